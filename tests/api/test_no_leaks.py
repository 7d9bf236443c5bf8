"""Nothing unpublished or private reaches a consumer: not drafts, private pages,
expired jobs (even before the scheduler ran), unpublished evidence, nor people
data that the public pages do not show."""

import datetime as dt

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from careers.models import JobPostingPage
from tests import factories

SECRET = "Zorblax"  # in every title or field that must stay hidden
ENDPOINTS = [
    "/api/v1/jobs/",
    "/api/v1/jobs/?language=en",
    "/api/v1/jobs/job-open/",
    "/api/v1/teams/",
    "/api/v1/roadmap/",
    "/api/v1/stories/",
    "/api/v1/community/",
    "/api/v1/schema/",
    "/feeds/jobs.rss",
    "/feeds/jobs.atom",
    "/feeds/indeed.xml",
]


@pytest.fixture
def site(home):
    draft_team = factories.team(home, f"{SECRET} draft team", live=False)
    team = factories.team(home, "Public team", key="team-public")
    lead = team.members.get(technical_lead=True).person
    lead.job_title, lead.bio = f"{SECRET} title", f"{SECRET} bio"
    lead.profile_url = f"https://{SECRET.lower()}.example/"
    lead.save()
    live_story = factories.story(home, "Public story", key="story-public")
    draft_story = factories.story(home, f"{SECRET} draft story", live=False)
    private_story = factories.story(home, f"{SECRET} private story")
    PageViewRestriction.objects.create(
        page=private_story, restriction_type="password", password="x"
    )
    hidden_roadmap = factories.roadmap(
        home,
        [(f"{SECRET} milestone", "delivered", ["Logistics"])],
        live=False,
        title=f"{SECRET} roadmap",
    )
    factories.activity(title=f"{SECRET} draft activity", live=False)
    factories.data_asset(f"{SECRET} data", live=False)
    link = f'<p>See <a linktype="page" id="{private_story.pk}">{SECRET} link</a>.</p>'
    factories.job(
        home,
        "Open job",
        key="job-open",
        team_page=team,
        stories=[live_story, draft_story, private_story],
        milestones=list(hidden_roadmap.milestones.all()),
        introduction=link.replace(f"{SECRET} link", "the story"),
        interviewers=[factories.person(f"{SECRET} interviewer")],
    )
    factories.job(home, "Second open job", key="job-open-2", team_page=draft_team)
    factories.job(home, f"{SECRET} draft job", key=f"job-{SECRET}-draft", live=False)
    private = factories.job(home, f"{SECRET} private job", key=f"job-{SECRET}-private")
    PageViewRestriction.objects.create(
        page=private, restriction_type="password", password="x"
    )
    expired = factories.job(home, f"{SECRET} expired job", key=f"job-{SECRET}-exp")
    JobPostingPage.objects.filter(pk=expired.pk).update(
        expire_at=timezone.now() - dt.timedelta(minutes=1)
    )
    return home


@pytest.mark.parametrize("url", ENDPOINTS)
def test_no_endpoint_or_feed_shows_hidden_content(client, site, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    body = response.content.decode()
    assert SECRET not in body and SECRET.lower() not in body
    assert "Open job" in body or "/jobs/" not in url


def test_hidden_jobs_are_404_by_id(client, site):
    for key in (f"job-{SECRET}-draft", f"job-{SECRET}-private", f"job-{SECRET}-exp"):
        assert client.get(f"/api/v1/jobs/{key}/").status_code == 404


def test_evidence_shows_only_live_public_items(client, site):
    job = client.get("/api/v1/jobs/job-open/").json()
    evidence = job["ai_evidence"]
    assert [s["id"] for s in evidence["in_use"]["stories"]] == ["story-public"]
    assert evidence["in_use"]["milestones"] == []
    assert evidence["technical_lead"] == {
        "name": "Dr. Anna Weber",
        "role": "Head of Data Science",
    }
    assert job["description"]["introduction"]["html"] == "<p>See <a>the story</a>.</p>"
    second = client.get("/api/v1/jobs/job-open-2/").json()
    assert second["team"] is None and second["ai_evidence"]["team"] is None


def test_change_feed_names_hidden_jobs_only_as_tombstones(client, site):
    """Jobs that were public get a tombstone (consumers must drop them); jobs
    that never were are never named; no hidden content travels."""
    body = client.get("/api/v1/jobs/changes/", {"since": "YzE6MA"}).json()
    named = {c["id"]: c for c in body["changes"]}
    assert f"job-{SECRET}-draft" not in named
    for key in (f"job-{SECRET}-private", f"job-{SECRET}-exp"):
        assert named[key]["type"] == "tombstone" and named[key]["job"] is None
    upserts = [c for c in body["changes"] if c["type"] == "upsert"]
    assert SECRET not in str(upserts)
