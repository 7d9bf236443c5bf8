"""manage.py refresh_claims_verdicts [--all]: check the live version and the
latest draft of every careers page whose stored verdict is missing or out of
date (after an upgrade, a restore, or evidence changed outside the admin).
``publish_scheduled`` does the same after each run."""

from django.core.management.base import BaseCommand

from careers import verdicts


class Command(BaseCommand):
    help = "Store the AI-claim checker's verdict on every careers page's revisions."

    def add_arguments(self, parser):
        parser.add_argument(
            "--all", action="store_true", help="re-check even verdicts that are current"
        )

    def handle(self, *args, **options):
        count = verdicts.refresh(force=options["all"])
        self.stdout.write(f"{count} revision(s) checked.")
