"""The claims reviewer's approval as a service (careers.services.review),
called directly: no admin, no request."""

import pytest
from wagtail.models import PageLogEntry, TaskState, WorkflowState

from careers.models import ClaimsOverride, JobPostingPage
from careers.services import review
from careers.services.errors import ServiceError
from tests import factories

pytestmark = pytest.mark.django_db

REASON = "Works council approved the screening tool; record follows."


@pytest.fixture
def reviewer(db):
    return factories.user("rev", groups=("Claims reviewers",))


@pytest.fixture
def task_state(blocked_draft):
    """The claims review waiting for a reviewer on a blocked draft."""
    submitter = factories.user("rita", groups=("Recruiters",))
    blocked_draft.get_workflow().start(blocked_draft, submitter)
    state = WorkflowState.objects.for_instance(blocked_draft).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    return state.current_task_state.specific


def test_approving_blocked_claims_records_the_reason_and_publishes(
    task_state, reviewer, blocked_draft
):
    override = review.approve_despite_findings(
        task_state=task_state, user=reviewer, reason=f"  {REASON}  "
    )
    assert override == ClaimsOverride.objects.get(page=blocked_draft)
    assert (override.user, override.reason) == (reviewer, REASON)
    assert "hiring_ai.no_compliance_record" in override.findings
    assert PageLogEntry.objects.filter(
        page=blocked_draft, action="careers.claims_override"
    ).exists()
    assert JobPostingPage.objects.get(pk=blocked_draft.pk).live


def test_the_second_decision_raises_already_decided(task_state, reviewer):
    stale = TaskState.objects.get(pk=task_state.pk).specific
    review.approve_despite_findings(task_state=task_state, user=reviewer, reason=REASON)
    with pytest.raises(review.AlreadyDecided) as raised:
        review.approve_despite_findings(task_state=stale, user=reviewer, reason=REASON)
    assert isinstance(raised.value, ServiceError)
    assert "already decided" in str(raised.value)
    assert ClaimsOverride.objects.count() == 1


@pytest.mark.parametrize("reason", ["", "   ", "too short", "x" * 2001])
def test_a_missing_or_bad_reason_raises_and_approves_nothing(
    task_state, reviewer, blocked_draft, reason
):
    with pytest.raises(review.ReasonRequired) as raised:
        review.approve_despite_findings(
            task_state=task_state, user=reviewer, reason=reason
        )
    assert isinstance(raised.value, ServiceError)
    assert not ClaimsOverride.objects.exists()
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS
    assert not JobPostingPage.objects.get(pk=blocked_draft.pk).live


def test_the_reviewers_dialog_shows_findings_against_todays_evidence(
    task_state, monkeypatch
):
    """Evidence published since the draft was checked backs its claim: the
    dialog checks the draft again rather than show a verdict reached against
    other evidence (an evidence change re-checks only the newest pages)."""
    from careers import verdicts
    from careers.templatetags.claims_admin import claims_review_findings

    rules = lambda: {f["rule"] for f in claims_review_findings(task_state)["findings"]}  # noqa: E731
    assert "hiring_ai.no_compliance_record" in rules()
    monkeypatch.setattr(verdicts, "IN_REQUEST", 0)
    factories.hiring_record("CV screening")
    assert "hiring_ai.no_compliance_record" not in rules()
