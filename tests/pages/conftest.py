import datetime as dt
from dataclasses import dataclass, field

import pytest
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from careers.models import JobPostingPage, RoadmapMilestone
from tests import factories


@dataclass
class Content:
    """A small careers site in English with German translations of the home,
    the team and one job."""

    home: Page
    home_de: Page
    team: Page
    team_de: Page
    roadmap: Page
    story: Page
    job: JobPostingPage
    job_de: JobPostingPage
    remote_job: JobPostingPage
    community: Page
    milestones: dict[str, RoadmapMilestone] = field(default_factory=dict)


def build_content() -> dict[str, int]:
    """The site's pages and evidence; returns the ids of what tests use."""
    home = factories.careers_site()
    team = factories.team(
        home, "Data Science", summary="We forecast parcels.", key="team-ds"
    )
    roadmap = factories.roadmap(home, title="Our roadmap")
    story = factories.story(home, "Fewer late deliveries", team=team)
    hamburg = factories.location("Hamburg", "DE", street_address="Kai 1")
    interviewer = factories.person("Mia Brandt", "Staff Engineer")
    job = factories.job(
        home,
        "Warehouse Team Lead",
        team_page=team,
        locations=[hamburg],
        interviewers=[interviewer],
        stories=[story],
        milestones=list(roadmap.milestones.all()),
        data_assets=[factories.data_asset("Shipment events", volume="2 billion")],
        data_access="<Shipment> events & more from day one.",
        learning_budget=2000,
        research_time_percent=10,
        career_paths="Towards team lead or specialist.",
        requisition_id="REQ-42",
    )
    remote_job = factories.job(
        home,
        "Remote Dispatcher",
        workplace_type="remote",
        employment_type="PART_TIME",
        apply_url="",
        apply_email="jobs@example.com",
        show_salary=False,
    )
    remote_job.applicant_countries.set(factories.Country.objects.filter(code="AT"))
    factories.publish(remote_job)
    community = factories.community_page(home, intro="<p>We give back.</p>")
    factories.activity(title="Harbour Hack Days")
    factories.activity(title="Secret draft meetup", live=False)
    factories.activity(title="Hafen-Hackathon", language="de")
    home_de = factories.translate(home, "de", title="Karriere bei Testfirma")
    team_de = factories.translate(team, "de", title="Datenwissenschaft")
    job_de = factories.translate(job, "de", title="Teamleitung Lager")
    pages = {
        "home": home,
        "home_de": home_de,
        "team": team,
        "team_de": team_de,
        "roadmap": roadmap,
        "story": story,
        "job": job,
        "job_de": job_de,
        "remote_job": remote_job,
        "community": community,
    }
    return {name: page.pk for name, page in pages.items()}


@pytest.fixture(scope="module")
def content_ids(django_db_setup, django_db_blocker):
    """Built once per module inside a transaction that is rolled back at the
    end; each test runs in a savepoint within it (publishing through the
    claims gate makes building the site take seconds)."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_content()
        transaction.set_rollback(True)


@pytest.fixture
def content(content_ids, db) -> Content:
    """Fresh instances of the module's site for each test. The cache goes:
    other tests may have cached site root paths that were rolled back."""
    cache.clear()
    pages = {name: Page.objects.get(pk=pk).specific for name, pk in content_ids.items()}
    milestones = {m.status: m for m in pages["roadmap"].milestones.all()}
    return Content(**pages, milestones=milestones)


def html(response) -> str:
    return response.content.decode()


def expire(job: JobPostingPage, *, unpublish: bool = False) -> JobPostingPage:
    """Past its valid-through date; ``unpublish`` as publish_scheduled does."""
    past = timezone.now() - dt.timedelta(days=1)
    JobPostingPage.objects.filter(pk=job.pk).update(expire_at=past)
    if unpublish:
        JobPostingPage.objects.filter(pk=job.pk).update(live=False, expired=True)
    job.refresh_from_db()
    return job
