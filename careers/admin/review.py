"""The "AI claims review" task in the admin: auto-approval, the reviewer's
actions and dialog, and what the reviewer is told. The decisions themselves
(the override record, "already decided"): ``careers.services.review``."""

from __future__ import annotations

import json

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _gettext
from django.utils.translation import gettext_lazy as _
from wagtail.forms import TaskStateCommentForm
from wagtail.models import Page, TaskState

from careers.models import ClaimsOverride, ClaimsReviewTask
from careers.services.review import (
    REASON_MAX,
    AlreadyDecided,
    ReasonRequired,
    queue_decision,
    validate_override_reason,
    verdict_for,
)

AUTO_APPROVED = _("Approved automatically: every AI claim has published evidence.")
REVIEW_TEMPLATE = "careers/admin/review_action_modal.html"


class OverrideReasonForm(TaskStateCommentForm):
    comment = forms.CharField(
        label=_("Why may these claims go live without evidence?"),
        help_text=_(
            "Required. Recorded in the page's history and shown in the claims "
            "report, e.g. 'Award confirmed by e-mail; evidence page follows Monday.'"
        ),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=REASON_MAX,
    )

    def clean_comment(self) -> str:
        return validate_override_reason(self.cleaned_data.get("comment", ""))


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


def template_for(action: str) -> str | None:
    """The reviewer's dialog lists the findings before any decision."""
    return REVIEW_TEMPLATE if action in ("approve", "reject") else None


# the edit page's road: the whole form posted with the action ------------------


def check_workflow_action(request, page):
    """``before_edit_page``: a decision posted with the edit form waits for
    any other decision on the page to finish, and is refused before Wagtail
    saves anything when it was already taken (a second click) or when its
    reason would be refused by the task."""
    if request.method != "POST" or not request.POST.get("action-workflow-action"):
        return None
    queue_decision(page_id=page.pk)
    task = page.current_workflow_task
    if not task:
        messages.info(request, str(AlreadyDecided(page)))
        return redirect("wagtailadmin_pages:edit", page.pk)
    action = request.POST.get("workflow-action-name")
    if not isinstance(task, ClaimsReviewTask) or action != "approve":
        return None
    error = _reason_error(request.POST.get("workflow-action-extra-data"))
    if error:
        messages.error(request, _gettext("Not approved: %(error)s") % {"error": error})
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


def _reason_error(extra_data: str | None) -> str:
    """What is wrong with the reason the dialog sent (JSON), or ''."""
    try:
        data = json.loads(extra_data or "{}")
    except ValueError:
        return _gettext("the dialog's data could not be read; approve again.")
    comment = data.get("comment") if isinstance(data, dict) else None
    try:
        validate_override_reason(comment if isinstance(comment, str) else "")
    except ReasonRequired as error:
        return " ".join(error.messages)
    return ""


# after a decision: say what happened --------------------------------------------


def tell_decision(request, task_state) -> None:
    """A success message naming what the decision did to the page."""
    page = Page.objects.get(pk=task_state.workflow_state.object_id)
    title = page.get_admin_display_title()
    if task_state.status == TaskState.STATUS_REJECTED:
        text = _gettext("Changes requested for “%(title)s”.") % {"title": title}
    elif task_state.status == TaskState.STATUS_APPROVED:
        text = _approved_text(page, title)
    else:
        return
    messages.success(request, text)


def _approved_text(page, title: str) -> str:
    revision = page.get_latest_revision()
    if page.live and page.live_revision_id == revision.pk:
        text = _gettext("Approved: “%(title)s” is live.")
    elif revision.approved_go_live_at:
        text = _gettext("Approved: “%(title)s” goes live on %(when)s.")
    elif page.workflow_in_progress:
        text = _gettext("Approved: “%(title)s” goes to the next review step.")
    else:
        text = _gettext("Approved, but “%(title)s” stays a draft: see its history.")
    text %= {
        "title": title,
        "when": revision.approved_go_live_at
        and date_format(localtime(revision.approved_go_live_at), "DATETIME_FORMAT"),
    }
    if ClaimsOverride.objects.filter(revision=revision).exists():
        text += " " + _gettext(
            "Your reason is recorded in its history and in the AI claims report."
        )
    return text


def review_done(request, task_state_id: int):
    """Where the reviewer's dialog returns to after a decision."""
    task_state = get_object_or_404(TaskState, pk=task_state_id)
    page = Page.objects.get(pk=task_state.workflow_state.object_id)
    if task_state.finished_by_id == request.user.pk:
        tell_decision(request, task_state)
    if page.permissions_for_user(request.user).can_edit():
        return redirect("wagtailadmin_pages:edit", page.pk)
    return redirect("wagtailadmin_home")


def after_edit_page(request, page):
    """``after_edit_page``: a decision taken from the edit page is told too."""
    if request.method != "POST" or not request.POST.get("action-workflow-action"):
        return None
    finished = (
        TaskState.objects.filter(
            workflow_state__object_id=str(page.pk), finished_by=request.user
        )
        .order_by("-finished_at")
        .first()
    )
    if finished is not None:
        tell_decision(request, finished)
    return None
