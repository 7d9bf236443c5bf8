"""The "AI claims review" workflow: clean content passes by itself, blocked
claims wait for a claims reviewer, whose override is recorded and audited."""

import json
import threading
import time

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.urls import reverse
from wagtail.models import PageLogEntry, TaskState, WorkflowState

from careers.models import ClaimsOverride, JobPostingPage
from careers.services.review import DECISION_LOCK, queue_decision, release_decisions
from tests import factories
from tests.admin.helpers import page_edit_url, post_form, read_form
from tests.conftest import restore_migrated_state

pytestmark = pytest.mark.django_db

REASON = "Works council approved the screening tool; record follows."


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


# the reason is checked on every road; a double submit approves once -----------


def approve_from_edit_page(client, page, comment: str):
    """What the editor's "Approve" menu item posts: the whole edit form, the
    action, and the reason collected by the dialog as JSON."""
    return post_form(client, page_edit_url(page), approve_form(client, page, comment))


def approve_form(client, page, comment: str):
    """The edit form as the editor's "Approve" menu item posts it."""
    data = read_form(client, page_edit_url(page))
    data["action-workflow-action"] = "true"
    data["workflow-action-name"] = "approve"
    data["workflow-action-extra-data"] = json.dumps({"comment": comment})
    return data


def test_a_one_letter_reason_posted_with_the_edit_form_approves_nothing(
    client, recruiter_client, blocked_draft, reviewer
):
    state = submit(recruiter_client, blocked_draft)
    client.force_login(reviewer)
    response = approve_from_edit_page(client, blocked_draft, "x")
    assert response.status_code == 302
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert not ClaimsOverride.objects.exists()
    page = client.get(response["Location"]).content.decode()
    assert "at least 10 characters" in page


def test_the_task_refuses_a_short_reason_whoever_calls_it(
    recruiter_client, blocked_draft, reviewer
):
    state = submit(recruiter_client, blocked_draft)
    task = state.current_task_state.task.specific
    with pytest.raises(ValidationError):
        task.on_action(
            state.current_task_state.specific, reviewer, "approve", comment="ok"
        )
    assert not ClaimsOverride.objects.exists()


def test_approving_twice_from_the_edit_page_approves_once(
    client, recruiter_client, blocked_draft, reviewer
):
    state = submit(recruiter_client, blocked_draft)
    client.force_login(reviewer)
    data = approve_form(client, blocked_draft, REASON)
    first = post_form(client, page_edit_url(blocked_draft), data)
    revisions = blocked_draft.revisions.count()
    second = post_form(client, page_edit_url(blocked_draft), data)
    assert (first.status_code, second.status_code) == (302, 302)
    assert ClaimsOverride.objects.count() == 1
    assert blocked_draft.revisions.count() == revisions, "no second revision"
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    followed = client.get(second["Location"]).content.decode()
    assert "already" in followed


@pytest.fixture
def as_migrated(transactional_db, migrated_state):
    """The database as migrations left it (the groups, the root page),
    whatever an earlier transactional test's flush removed: for a test whose
    requests run in threads of their own, outside the test's transaction."""
    restore_migrated_state(migrated_state)


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's advisory locks"
)
def test_a_second_click_waits_for_the_first_and_saves_nothing(
    as_migrated, client, recruiter_client, blocked_draft, reviewer
):
    """A double click on "Approve" sends the edit form twice. The second
    request waits while the first decides (here: this test's own decision,
    taken while holding the page's queue), then is told it was decided. It
    never saves its copy of the page, loaded while the page was a draft: that
    save would make the published page a draft again, or deadlock with the
    first request's publish."""
    state = submit(recruiter_client, blocked_draft)
    client.force_login(reviewer)
    data = approve_form(client, blocked_draft, REASON)
    revisions = blocked_draft.revisions.count()
    answers = []
    queue_decision(page_id=blocked_draft.pk)  # the first click is deciding

    def click_again():
        try:
            answers.append(post_form(client, page_edit_url(blocked_draft), data))
        finally:
            connection.close()  # this thread's own

    second = threading.Thread(target=click_again)
    second.start()
    try:
        while second.is_alive() and not waiting_for_the_queue(blocked_draft):
            time.sleep(0.01)
        assert waiting_for_the_queue(blocked_draft), "the second click did not wait"
        task = state.current_task_state.task.specific
        task.on_action(
            state.current_task_state.specific, reviewer, "approve", comment=REASON
        )
    finally:
        release_decisions()
        second.join()
    assert answers[0].status_code == 302
    assert "already decided" in client.get(answers[0]["Location"]).content.decode()
    page = JobPostingPage.objects.get(pk=blocked_draft.pk)
    assert page.live and page.live_revision_id
    assert ClaimsOverride.objects.count() == 1
    assert blocked_draft.revisions.count() == revisions, "the second click saved"


def waiting_for_the_queue(page) -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
            " AND NOT granted AND classid = %s AND objid = %s",
            [DECISION_LOCK, page.pk],
        )
        return cursor.fetchone()[0] > 0


def test_two_approvals_of_the_same_task_at_once_approve_once(
    recruiter_client, blocked_draft, reviewer
):
    """Both requests loaded the task before either finished: the second
    finds the decision taken and does nothing, and a page whose workflow
    has finished offers no task to act on (Wagtail would call None)."""
    state = submit(recruiter_client, blocked_draft)
    task = state.current_task_state.task.specific
    first = TaskState.objects.get(pk=state.current_task_state.pk).specific
    second = TaskState.objects.get(pk=state.current_task_state.pk).specific
    task.on_action(first, reviewer, "approve", comment=REASON)
    task.on_action(second, reviewer, "approve", comment=REASON)
    assert ClaimsOverride.objects.count() == 1
    page = JobPostingPage.objects.get(pk=blocked_draft.pk)
    assert page.live
    assert not page.current_workflow_task
    page.current_workflow_task.on_action(first, reviewer, "approve", comment=REASON)
    assert ClaimsOverride.objects.count() == 1


# the reviewer sees the findings first, and is told what happened ---------------


def test_the_approve_dialog_lists_each_finding_before_any_decision(
    client, recruiter_client, blocked_draft, reviewer
):
    state = submit(recruiter_client, blocked_draft)
    client.force_login(reviewer)
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=(blocked_draft.pk, "approve", state.current_task_state.pk),
    )
    html = client.get(url).json()["html"]
    assert "What the checker found" in html
    assert "Our AI screens every application before a recruiter reads it." in html
    assert 'class="careers-finding__missing"' in html  # what is missing
    assert "Cited for it:" in html
    assert reverse("careers_review_done", args=[state.current_task_state.pk]) in html


def test_after_approving_the_reviewer_is_told_what_happened(
    client, recruiter_client, blocked_draft, reviewer
):
    state = submit(recruiter_client, blocked_draft)
    client.force_login(reviewer)
    done = reverse("careers_review_done", args=[state.current_task_state.pk])
    response = act(client, blocked_draft, state, "approve", comment=REASON, next=done)
    assert response["Location"] == done
    page = client.get(done, follow=True).content.decode()
    assert "Approved: “Recruiter” is live." in page
    assert "Your reason is recorded in its history and in the AI claims report." in page


def test_approving_from_the_edit_page_says_so_too(
    client, recruiter_client, blocked_draft, reviewer
):
    submit(recruiter_client, blocked_draft)
    client.force_login(reviewer)
    response = approve_from_edit_page(client, blocked_draft, REASON)
    page = client.get(response["Location"]).content.decode()
    assert "Approved: “Recruiter” is live." in page
