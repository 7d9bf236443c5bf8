"""Every page type renders with its key content, in English and German."""

import datetime as dt

from django.utils import timezone, translation

from careers.models import JobPostingPage, OrganisationProfile
from tests import factories

from .conftest import html


def test_careers_home_shows_intro_jobs_stories_and_teams(content, client):
    page = html(client.get("/en/"))
    assert "We make parcels arrive on time." in page
    assert "Warehouse Team Lead" in page  # newest open jobs when none featured
    assert "Fewer late deliveries" in page
    assert "Data Science" in page
    assert 'href="/en/jobs/"' in page


def test_careers_home_shows_featured_jobs_in_the_readers_language(content, client):
    """Featured jobs replace the newest ones; on /de/ the German version shows."""
    from careers.models import FeaturedJob

    home = content.home_de
    home.featured_jobs.add(FeaturedJob(job=content.job))
    factories.publish(home)
    page = html(client.get("/de/"))
    assert "Teamleitung Lager" in page
    assert "Remote Dispatcher" not in page


def test_job_post_shows_the_evidence_a_candidate_looks_for(content, client):
    response = client.get(content.job.url)
    assert response.status_code == 200
    page = html(response)
    for text in (
        "Warehouse Team Lead",
        "50,000–62,000 EUR per year",
        "On-site: Hamburg",
        "Data Science",
        "Dr. Anna Weber",  # the team's technical lead
        "Technical lead",
        "Mia Brandt",  # the interview panel from the job's links
        "Fewer late deliveries",
        "late deliveries",  # its metric
        "ETA prediction",  # delivered milestone: in use today
        "Staff planning",  # planned milestone: contributed to
        "Shipment events",
        "&lt;Shipment&gt; events &amp; more",  # plain text escaped
        "2,000 EUR per year",
        "10&nbsp;%",  # a number never breaks from its unit
        "Towards team lead or specialist.",
        "REQ-42",
        'href="https://jobs.example.com/apply/1"',
    ):
        assert text in page, text


def test_interview_panel_falls_back_to_the_teams_interviewers(content, client):
    job = factories.job(content.home, "Picker", team_page=content.team)
    page = html(client.get(job.url))
    assert "Who you will meet" in page
    assert "Jonas Keller" in page


def test_remote_job_shows_applicant_countries_and_mailto(content, client):
    page = html(client.get(content.remote_job.url))
    assert "Remote" in page
    assert "Austria" in page
    assert "mailto:jobs@example.com?subject=Remote%20Dispatcher" in page
    assert "Salary" not in page


def test_job_post_in_german_formats_numbers_and_dates(content, client):
    page = html(client.get(content.job_de.url))
    assert "Teamleitung Lager" in page
    assert "50.000–62.000 EUR" in page
    assert 'lang="de"' in page


def test_draft_evidence_never_appears_on_a_job_post(content, client):
    draft_story = factories.story(content.home, "Unpublished pilot", live=False)
    draft_asset = factories.data_asset("Secret data")
    draft_asset.unpublish()
    job = factories.job(
        content.home,
        "Sorter",
        stories=[draft_story],
        data_assets=[draft_asset],
    )
    page = html(client.get(job.url))
    assert "Unpublished pilot" not in page
    assert "Secret data" not in page


def test_team_page_shows_people_stories_milestones_and_jobs(content, client):
    page = html(client.get(content.team.url))
    for text in (
        "We forecast parcels.",
        "Dr. Anna Weber",
        "Head of Data Science",
        "Fewer late deliveries",
        "Warehouse Team Lead",
        "9 people",
    ):
        assert text in page, text


def test_roadmap_is_a_timeline_with_dates_and_departments(content, client):
    page = html(client.get(content.roadmap.url))
    delivered = page.index("ETA prediction")
    in_progress = page.index("Ticket triage")
    planned = page.index("Staff planning")
    assert delivered < in_progress < planned
    assert "Delivered" in page and "In progress" in page and "Planned" in page
    assert "Customer Service" in page and "Warehousing" in page
    delivered_on = dt.date.today() - dt.timedelta(days=60)
    assert f"{delivered_on:%Y}" in page
    milestone = content.milestones["delivered"]
    assert f'id="{milestone.evidence_id}"' in page


def test_impact_story_shows_metrics(content, client):
    page = html(client.get(content.story.url))
    assert "Fewer late deliveries" in page
    assert "gradient-boosted trees" in page
    assert "12\xa0%" in page and "8.4\xa0%" in page
    assert "−3.6\xa0percentage points (−30\xa0%)" in page


def test_community_page_lists_the_published_activities_of_its_language(content, client):
    page = html(client.get(content.community.url))
    assert "Harbour Hack Days" in page
    assert "Secret draft meetup" not in page
    assert "Hafen-Hackathon" not in page


def test_pages_name_the_organisation(content, client):
    profile = OrganisationProfile.for_site(content.home.get_site())
    profile.name = "Testfirma GmbH"
    profile.save()
    page = html(client.get(content.team.url))
    assert "<title>Data Science · Testfirma GmbH</title>" in page


def test_unknown_url_is_a_friendly_404(content, client):
    response = client.get("/de/gibt-es-nicht/")
    assert response.status_code == 404
    assert 'lang="de"' in html(response)
    assert 'href="/de/jobs/"' in html(response)


def test_job_scheduled_for_later_is_not_listed(content, client):
    job = factories.job(content.home, "Future job")
    job.go_live_at = timezone.now() + dt.timedelta(days=3)
    job.save()
    assert "Future job" not in html(client.get("/en/jobs/"))


def test_a_choice_label_translates_that_label_alone(home, monkeypatch):
    """A job card shows three choice labels; Django's ``get_<field>_display``
    translated every label of the field's choices for each (hashing them), a
    quarter of the card's rendering. The labels stay Django's own."""
    job = factories.job(home, employment_type="PART_TIME", salary_period="MONTH")
    for lang in ("en", "de"):
        with translation.override(lang):
            for name in ("employment_type", "salary_period", "workplace_type"):
                field = JobPostingPage._meta.get_field(name)
                assert getattr(job, f"get_{name}_display")() == str(
                    dict(field.flatchoices)[getattr(job, name)]
                )
    job.employment_type = "not a choice"
    assert job.get_employment_type_display() == "not a choice"
    asked = []
    real = translation._trans.gettext
    monkeypatch.setattr(
        translation._trans, "gettext", lambda text: asked.append(text) or real(text)
    )
    with translation.override("de"):
        assert job.get_salary_period_display() == "pro Monat"
    assert asked == ["per month"]
