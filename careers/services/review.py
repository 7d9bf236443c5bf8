"""The claims reviewer's decisions: approving blocked claims with a written
reason (recorded as an override, in our table and in Wagtail's audit log),
and what an approved workflow does last. How the admin asks and what it
says: ``careers.admin.review``."""

from __future__ import annotations

import threading

from django.core.exceptions import ValidationError
from django.db import DatabaseError, connection, transaction
from django.utils.translation import gettext as _gettext
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import Page, TaskState
from wagtail.workflows import publish_workflow_state

from careers.models import ClaimsOverride

from . import gate
from .errors import ServiceError

REASON_MIN, REASON_MAX = 10, 2000
#: The first key of the PostgreSQL advisory locks that queue decisions on a
#: page (the second is the page's id): "CREV" in ASCII.
DECISION_LOCK = 0x43524556
_held = threading.local()  # page ids whose decision lock this thread holds


class AlreadyDecided(ServiceError):
    """The review was decided before this decision arrived (a second click,
    a second tab): nothing was changed."""

    def __init__(self, page: Page):
        self.page = page
        super().__init__(
            _gettext("“%(title)s” was already decided; nothing was changed.")
            % {"title": page.get_admin_display_title()}
        )


class ReasonRequired(ServiceError, ValidationError):
    """No reason, or one too short or too long, for letting blocked claims go
    live (also a Django ValidationError: forms show it on their field)."""


def validate_override_reason(reason: str) -> str:
    """The reason a reviewer gives for letting blocked claims go live, stripped:
    the one rule, used by the dialog and by the task itself (every road passes)."""
    reason = (reason or "").strip()
    if len(reason) < REASON_MIN:
        raise ReasonRequired(
            _(
                "Give a reason of at least %(min)d characters: it is recorded in "
                "the page's history and shown in the AI claims report."
            ),
            code="reason_too_short",
            params={"min": REASON_MIN},
        )
    if len(reason) > REASON_MAX:
        raise ReasonRequired(
            _("Keep the reason under %(max)d characters."),
            code="reason_too_long",
            params={"max": REASON_MAX},
        )
    return reason


def queue_decision(*, page_id: int) -> None:
    """Decisions on one page are taken one at a time: wait until no other
    request is deciding on page ``page_id``, then hold it until
    ``release_decisions`` (at the end of the request). A second click on
    "Approve" thus starts only once the first has committed, reads the
    decision taken, and writes nothing; without the queue, Wagtail's edit
    view would first save its copy of the page, loaded before the first
    click published it (a draft again, or a deadlock between the two).
    PostgreSQL advisory lock, held across transactions. SQLite has no such
    lock: there a second click is refused only once the first has finished
    (``check_workflow_action``)."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_lock(%s, %s)", [DECISION_LOCK, page_id])
    _held.pages = [*getattr(_held, "pages", []), page_id]


def release_decisions(**_kwargs) -> None:
    """Let the next decision on the pages this thread queued for start (a
    ``request_finished`` receiver). A connection closed or broken since has
    released them already."""
    pages, _held.pages = getattr(_held, "pages", []), []
    if not pages or connection.connection is None:
        return
    try:
        with connection.cursor() as cursor:
            for page_id in pages:
                cursor.execute(
                    "SELECT pg_advisory_unlock(%s, %s)", [DECISION_LOCK, page_id]
                )
    except DatabaseError:
        connection.close()  # the session, and its locks, end with it


def ensure_pending(*, task_state: TaskState) -> None:
    """Raise AlreadyDecided unless ``task_state`` still awaits a decision, read
    afresh under a row lock (PostgreSQL; SQLite's immediate transactions
    serialise the same). Call it inside the decision's transaction.

    The page's row is locked first, as every save of the page does before it
    writes the content version: a decision that wrote the version first and
    the page then would deadlock with an editor saving the page meanwhile."""
    Page.objects.select_for_update().filter(
        pk=task_state.workflow_state.object_id
    ).values_list("pk").first()
    current = (
        TaskState.objects.select_for_update()
        .filter(pk=task_state.pk)
        .values_list("status", flat=True)
        .first()
    )
    if current != TaskState.STATUS_IN_PROGRESS:
        raise AlreadyDecided(task_state.workflow_state.content_object)


@transaction.atomic
def approve_despite_findings(
    *, task_state: TaskState, user, reason: str
) -> ClaimsOverride | None:
    """Approve the claims review ``task_state``; Wagtail then finishes the
    workflow (``publish_approved``). When the checker blocks the revision
    under review, the reason is required and who let it through, and why, is
    recorded first; a revision that passes by now needs no reason.

    Raises AlreadyDecided (nothing changed) or ReasonRequired (nothing
    approved). Returns the override, or None when nothing was blocked."""
    ensure_pending(task_state=task_state)
    override = _record_override(task_state, user, reason)
    task_state.approve(user=user, comment=reason)
    return override


@transaction.atomic
def request_changes(*, task_state: TaskState, user, comment: str = "") -> None:
    """Send the page back to its author; raises AlreadyDecided."""
    ensure_pending(task_state=task_state)
    task_state.reject(user=user, comment=comment)


def verdict_for(revision) -> gate.Verdict | None:
    """The checker's verdict on a revision of a careers page, or None."""
    page = revision.as_object() if revision else None
    if page is None or not gate.is_gated(page):
        return None
    return gate.page_verdict(page)


def _record_override(task_state, user, reason: str) -> ClaimsOverride | None:
    page = task_state.workflow_state.content_object
    revision = page.get_latest_revision()
    verdict = verdict_for(revision)
    if verdict is None or verdict.publishable:
        return None
    reason = validate_override_reason(reason)
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


def publish_approved(*, workflow_state, user=None) -> None:
    """An approved workflow publishes the page unless its claims are blocked
    and no reviewer overrode them; then the page stays a draft and the audit
    log says why (``WAGTAIL_FINISH_WORKFLOW_ACTION``, through
    ``careers.admin.workflow_finish``)."""
    revision = workflow_state.content_object.get_latest_revision()
    page = revision.as_object()
    if not gate.is_gated(page):
        # The host's own pages: exactly what Wagtail's default action does.
        return publish_workflow_state(workflow_state, user=user)
    verdict = gate.page_verdict(page)
    if not verdict.publishable and not gate.has_override(page, revision):
        log(
            instance=workflow_state.content_object,
            action="careers.claims_blocked",
            user=user,
            revision=revision,
            data={"rules": [f.rule for f in verdict.blocks], "road": "workflow"},
        )
        return
    # The approved workflow is the authority: the submitter may lack the
    # publish permission (a recruiter), as Wagtail's own approvals do.
    revision.publish(user=user, skip_permission_checks=True)
