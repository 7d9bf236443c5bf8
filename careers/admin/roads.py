"""Every road to live that is not the editor's form: the safety net where a
page is saved live, bulk publishing, workflow approval and scheduled publishing."""

from __future__ import annotations

from django.db.models.signals import pre_save
from django.dispatch import receiver
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Revision

from careers.models.pages_base import CareersBasePage
from careers.services import gate

from .gate import reader_language


def _goes_live(page: Page) -> bool:
    """True when this save makes a new version live (publish, copy as live),
    not when a live page is moved or its draft pointer updated."""
    if not page.live:
        return False
    if page.pk is None:
        return True
    before = (
        Page.objects.filter(pk=page.pk).values_list("live", "live_revision_id").first()
    )
    return before is None or before != (True, page.live_revision_id)


@receiver(pre_save)
def claims_safety_net(sender, instance, update_fields=None, raw=False, **kwargs):
    if raw or not isinstance(instance, CareersBasePage) or update_fields is not None:
        return
    if _goes_live(instance):
        gate.ensure_publishable(instance, revision=instance.live_revision)


def blocked_revisions(revisions) -> list[tuple[Revision, gate.Verdict]]:
    """The revisions among ``revisions`` that may not go live, with why."""
    blocked = []
    for revision in revisions:
        page = revision.as_object()
        if not gate.is_gated(page):
            continue
        verdict = gate.page_verdict(page, language=reader_language())
        if not verdict.publishable and not gate.has_override(page, revision):
            blocked.append((revision, verdict))
    return blocked


def refuse_blocked_bulk_publish(request, action_type, objects, action_class_instance):
    """``before_bulk_action``: bulk publishing is all or nothing."""
    if action_type != "publish":
        return None
    revisions = [p.get_latest_revision() for p in objects if isinstance(p, Page)]
    blocked = blocked_revisions([r for r in revisions if r is not None])
    if not blocked:
        return None
    rows = [(revision.as_object(), verdict) for revision, verdict in blocked]
    return TemplateResponse(
        request,
        "careers/admin/bulk_publish_blocked.html",
        {
            "header_title": _("Publishing blocked"),
            "rows": rows,
            "count": len(objects),
        },
        status=409,
    )
