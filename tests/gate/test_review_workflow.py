"""The "AI claims review" workflow: clean content passes by itself, blocked
claims wait for a claims reviewer, whose override is recorded and audited."""

import pytest
from django.urls import reverse
from wagtail.models import PageLogEntry, WorkflowState

from careers.models import ClaimsOverride
from tests import factories
from tests.admin.helpers import page_edit_url, post_form, read_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def recruiter_client(client, db):
    client.force_login(factories.user("rita", groups=("Recruiters",)))
    return client


@pytest.fixture
def reviewer(db):
    return factories.user("rev", groups=("Claims reviewers",))


def submit(client, page):
    data = read_form(client, page_edit_url(page))
    data["action-submit"] = "action-submit"
    response = post_form(client, page_edit_url(page), data)
    assert response.status_code == 302, response.status_code
    return WorkflowState.objects.for_instance(page).order_by("-pk").first()


def act(client, page, state, action, **data):
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=(page.pk, action, state.current_task_state.pk),
    )
    return client.post(url, data)


def test_a_recruiters_clean_job_passes_the_review_by_itself(recruiter_client, home):
    job = factories.job(home, "Driver", live=False)
    state = submit(recruiter_client, job)
    assert state.status == WorkflowState.STATUS_APPROVED
    job.refresh_from_db()
    assert job.live


def test_blocked_claims_wait_for_a_claims_reviewer(recruiter_client, blocked_draft):
    state = submit(recruiter_client, blocked_draft)
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.name == "AI claims review"
    blocked_draft.refresh_from_db()
    assert not blocked_draft.live


def test_reviewer_must_give_a_reason_to_approve_blocked_claims(
    client, recruiter_client, blocked_draft, reviewer
):
    state = submit(recruiter_client, blocked_draft)
    client.force_login(reviewer)
    response = act(client, blocked_draft, state, "approve", comment="")
    assert response.status_code in (200, 302)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert not ClaimsOverride.objects.exists()


def test_reviewer_override_publishes_and_is_in_the_page_history(
    client, recruiter_client, blocked_draft, reviewer
):
    state = submit(recruiter_client, blocked_draft)
    client.force_login(reviewer)
    reason = "Works council approved the screening tool; record follows."
    act(client, blocked_draft, state, "approve", comment=reason)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    blocked_draft.refresh_from_db()
    assert blocked_draft.live
    override = ClaimsOverride.objects.get(page=blocked_draft)
    assert override.reason == reason and override.user == reviewer
    assert "hiring_ai.no_compliance_record" in override.findings
    entry = PageLogEntry.objects.get(
        page=blocked_draft, action="careers.claims_override"
    )
    assert entry.data["reason"] == reason
    history = client.get(reverse("wagtailadmin_pages:history", args=[blocked_draft.pk]))
    assert "AI claims approved by a reviewer" in history.content.decode()


def test_reviewer_can_request_changes(
    client, recruiter_client, blocked_draft, reviewer
):
    state = submit(recruiter_client, blocked_draft)
    client.force_login(reviewer)
    act(client, blocked_draft, state, "reject", comment="Add the compliance record.")
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES


def test_only_claims_reviewers_can_act(recruiter_client, blocked_draft):
    state = submit(recruiter_client, blocked_draft)
    act(recruiter_client, blocked_draft, state, "approve", comment="I say so, really.")
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
