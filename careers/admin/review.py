"""The "AI claims review" task's decisions: auto-approval, the reviewer's
actions, and the override record with its audit-log entry."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.forms import TaskStateCommentForm
from wagtail.log_actions import log

from careers.models import ClaimsOverride

from . import gate

AUTO_APPROVED = _("Approved automatically: every AI claim has published evidence.")


class OverrideReasonForm(TaskStateCommentForm):
    comment = forms.CharField(
        label=_("Why may these claims go live without evidence?"),
        help_text=_(
            "Required. Recorded in the page's history and shown in the claims "
            "report, e.g. 'Award confirmed by e-mail; evidence page follows Monday.'"
        ),
        widget=forms.Textarea(attrs={"rows": 4}),
        min_length=10,
        max_length=2000,
    )


def verdict_for(revision) -> gate.Verdict | None:
    page = revision.as_object() if revision else None
    if page is None or not gate.is_gated(page):
        return None
    return gate.page_verdict(page)


def passes(revision) -> bool:
    verdict = verdict_for(revision)
    return verdict is None or verdict.publishable


def actions_for(obj, actions: list) -> list:
    """Blocked claims can be approved only with a written reason."""
    if not actions or passes(obj.get_latest_revision()):
        return actions
    return [
        ("reject", _("Request changes"), True),
        ("approve", _("Approve despite findings (reason required)"), True),
    ]


def form_for(action: str):
    return OverrideReasonForm if action == "approve" else None


def record_override(task_state, user, reason: str) -> ClaimsOverride | None:
    """When the checker blocks the revision under review, remember who let it
    through and why, in our table and in Wagtail's audit log."""
    page = task_state.workflow_state.content_object
    revision = page.get_latest_revision()
    verdict = verdict_for(revision)
    if verdict is None or verdict.publishable:
        return None
    if not reason.strip():
        raise ValidationError(_("A reason is required to approve blocked claims."))
    rules = [f.rule for f in verdict.blocks]
    override = ClaimsOverride.objects.create(
        page=page, revision=revision, user=user, reason=reason, findings=rules
    )
    log(
        instance=page,
        action="careers.claims_override",
        user=user,
        revision=revision,
        data={"reason": reason, "rules": rules},
    )
    return override
