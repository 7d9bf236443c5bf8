"""publish_scheduled, with the claim gate: a scheduled revision whose AI claims
have lost their evidence since it was scheduled is not published; it stays a
draft, its schedule is cleared, and the audit log says why. Afterwards the
stored claim verdicts are brought up to date (evidence goes stale by date)."""

from django.utils import timezone
from wagtail.log_actions import log
from wagtail.management.commands.publish_scheduled import Command as WagtailCommand
from wagtail.models import Revision

from careers import verdicts
from careers.admin.roads import blocked_revisions


class Command(WagtailCommand):
    def handle(self, *args, **options):
        if not options.get("dryrun"):
            due = Revision.objects.filter(approved_go_live_at__lt=timezone.now())
            for revision, verdict in blocked_revisions(due):
                revision.approved_go_live_at = None
                revision.save(update_fields=["approved_go_live_at"])
                log(
                    instance=revision.content_object,
                    action="careers.claims_blocked",
                    revision=revision,
                    data={
                        "rules": [f.rule for f in verdict.blocks],
                        "road": "schedule",
                    },
                )
                self.stderr.write(
                    f"Not published (AI claims without evidence): "
                    f"{revision.object_str} — {[f.rule for f in verdict.blocks]}"
                )
        super().handle(*args, **options)
        if not options.get("dryrun"):
            verdicts.refresh()
