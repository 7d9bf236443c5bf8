"""Changing evidence that live pages rely on asks for confirmation first."""

import pytest
from django.urls import reverse
from wagtail.models import PageLogEntry

from careers.admin.impact import CONFIRM_FIELD
from careers.models import CareersPage, CommunityActivity
from tests import factories
from tests.admin.helpers import form_errors, page_edit_url, post_form, read_form

from .conftest import BACKED

pytestmark = pytest.mark.django_db


@pytest.fixture
def ai_job(home, evidence):
    team = factories.team(home, "Data Science")
    job = factories.job(
        home, "ML Engineer", introduction=BACKED, team_page=team, stories=[evidence]
    )
    return job, team


def test_removing_the_only_interviewers_asks_first(
    admin_client, ai_job, django_capture_on_commit_callbacks
):
    job, team = ai_job
    data = read_form(admin_client, page_edit_url(team))
    data.setdefault("gallery-count", "0")
    for i in range(int(data["members-TOTAL_FORMS"])):
        data.pop(f"members-{i}-interviewer", None)
    data["action-publish"] = "action-publish"
    response = post_form(admin_client, page_edit_url(team), data)
    assert response.status_code == 409
    html = response.content.decode()
    assert "ML Engineer" in html and "Publish anyway" in html
    team.refresh_from_db()
    assert team.members.filter(interviewer=True).exists(), "live version untouched"
    assert team.has_unpublished_changes, "the edit is kept as a draft"

    data[CONFIRM_FIELD] = "1"
    with django_capture_on_commit_callbacks(execute=True):
        response = post_form(admin_client, page_edit_url(team), data)
    assert response.status_code == 302
    assert not team.members.filter(interviewer=True).exists()
    assert PageLogEntry.objects.filter(
        page=team, action="careers.evidence_impact_confirmed"
    ).exists()
    report = admin_client.get(
        reverse("careers_claims_report"), {"status": "unsubstantiated"}
    ).content.decode()
    assert "ML Engineer" in report
    job.refresh_from_db()
    assert job.live


def test_unpublishing_a_story_a_live_job_relies_on_asks_first(
    admin_client, ai_job, evidence
):
    url = reverse("wagtailadmin_pages:unpublish", args=[evidence.pk])
    response = admin_client.post(url)
    assert response.status_code == 409
    evidence.refresh_from_db()
    assert evidence.live
    admin_client.post(url, {CONFIRM_FIELD: "1"})
    evidence.refresh_from_db()
    assert not evidence.live


def test_deleting_an_activity_a_live_page_relies_on_asks_first(admin_client, home):
    hack = factories.activity("hackathon")
    factories.add_page(
        home,
        CareersPage(title="Community", slug="why", body="<p>We run AI hackathons.</p>"),
    )
    url = reverse("wagtailsnippets_careers_communityactivity:delete", args=[hack.pk])
    response = admin_client.post(url)
    assert response.status_code == 409
    assert CommunityActivity.objects.filter(pk=hack.pk).exists()
    admin_client.post(url, {CONFIRM_FIELD: "1"})
    assert not CommunityActivity.objects.filter(pk=hack.pk).exists()


def test_changes_that_undermine_nothing_go_straight_through(
    admin_client, home, evidence
):
    url = reverse("wagtailadmin_pages:unpublish", args=[evidence.pk])
    response = admin_client.post(url)
    assert response.status_code == 302
    evidence.refresh_from_db()
    assert not evidence.live


def test_cancelling_a_delivered_milestone_a_live_job_shows_asks_first(
    admin_client, home
):
    """The job's claims stay backed (by its story), but the milestone would
    vanish from the post: the editor is told which pages, and confirms."""
    roadmap = factories.roadmap(
        home,
        [
            ("ETA prediction", "delivered", ["Logistics"]),
            ("Route planning", "delivered", ["Logistics", "Customer Service"]),
            ("Ticket triage", "in_progress", ["Customer Service"]),
            ("Staff planning", "planned", ["Warehousing"]),
        ],
    )
    delivered = roadmap.milestones.get(title="ETA prediction")
    story = factories.story(home, "ETA", key="story-eta")
    job = factories.job(
        home,
        "ML Engineer",
        introduction=BACKED,
        team_page=factories.team(home),
        stories=[story],
        milestones=[delivered],
    )
    data = read_form(admin_client, page_edit_url(roadmap))
    row = next(
        i
        for i in range(int(data["milestones-TOTAL_FORMS"]))
        if data[f"milestones-{i}-id"] == str(delivered.pk)
    )
    data[f"milestones-{row}-status"] = "cancelled"
    data["action-publish"] = "action-publish"
    response = post_form(admin_client, page_edit_url(roadmap), data)
    assert response.status_code == 409, form_errors(response)
    html = response.content.decode()
    assert job.title in html and "No longer shows:" in html
    assert delivered.title in html
    delivered.refresh_from_db()
    assert delivered.status == "delivered", "nothing changed yet"
    data[CONFIRM_FIELD] = "1"
    assert post_form(admin_client, page_edit_url(roadmap), data).status_code == 302
    delivered.refresh_from_db()
    assert delivered.status == "cancelled"


def test_removing_a_metric_a_live_page_cites_asks_first(admin_client, home, evidence):
    team = factories.team(home)
    factories.job(
        home, "Dispatcher", introduction=BACKED, team_page=team, stories=[evidence]
    )
    data = read_form(admin_client, page_edit_url(evidence))
    data.setdefault("gallery-count", "0")
    for i in range(int(data["metrics-TOTAL_FORMS"])):
        data[f"metrics-{i}-DELETE"] = "1"
    data["action-publish"] = "action-publish"
    response = post_form(admin_client, page_edit_url(evidence), data)
    assert response.status_code == 409
    assert "Dispatcher" in response.content.decode()
