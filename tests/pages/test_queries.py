"""Pages read what they show in a fixed number of queries: more evidence on a
page does not mean more queries (templates run none of their own)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from careers.models import JobPostingPage, JobResource, RoadmapPage
from tests import factories


def queries(client, url: str) -> int:
    client.get(url)  # warm the site, content-type and claims caches
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def job_with(home, n: int, title: str):
    team = factories.team(
        home,
        f"Team {title}",
        members=[(f"Member {title} {i}", "Engineer", i == 0, True) for i in range(n)],
    )
    stories = [factories.story(home, f"Story {title} {i}", team=team) for i in range(n)]
    roadmap = home.get_children().type(RoadmapPage).first() or factories.roadmap(
        home,
        [(f"Step {i}", "planned", ["Logistics", "Sales"]) for i in range(5)],
        title="Roadmap",
    )
    return factories.job(
        home,
        title,
        team_page=team,
        locations=[factories.location(f"City {title} {i}") for i in range(n)],
        interviewers=[factories.person(f"Interviewer {title} {i}") for i in range(n)],
        stories=stories,
        milestones=list(roadmap.specific.milestones.all()[:n]),
        data_assets=[factories.data_asset(f"Data {title} {i}") for i in range(n)],
    )


def test_job_post_queries_do_not_grow_with_its_evidence(home, client):
    small = job_with(home, 1, "Small")
    large = job_with(home, 4, "Large")
    assert queries(client, large.url) == queries(client, small.url)


def test_team_page_queries_do_not_grow_with_members_jobs_and_stories(home, client):
    small = job_with(home, 1, "Small").team
    large = job_with(home, 4, "Large").team
    for i in range(3):
        factories.job(home, f"More {i}", team_page=large)
    assert queries(client, large.url) == queries(client, small.url)


def test_home_and_roadmap_queries_do_not_grow_with_content(home, client):
    job_with(home, 1, "Small")
    home_queries = queries(client, "/en/")
    job_with(home, 4, "Large")
    assert queries(client, "/en/") == home_queries


def test_a_linked_row_keeps_the_sites_time_zone_setting(settings):
    """``linked_row`` rebuilds a row from JSON: SQLite's JSON holds a date-time
    in UTC without a zone, which a site with time zones reads as UTC and a
    site without them (USE_TZ = False, a host's choice) keeps naive, as
    Django reads its columns."""
    import datetime as dt

    from careers.models import ImpactStoryPage
    from careers.selectors.pages import linked_row

    row = {"id": 7, "page_ptr_id": 7, "first_published_at": "2026-01-02 10:30:00"}
    settings.USE_TZ = True
    aware = linked_row(ImpactStoryPage, row).first_published_at
    assert aware == dt.datetime(2026, 1, 2, 10, 30, tzinfo=dt.UTC)
    settings.USE_TZ = False
    naive = linked_row(ImpactStoryPage, row).first_published_at
    assert naive == dt.datetime(2026, 1, 2, 10, 30) and naive.tzinfo is None


def test_the_job_links_query_compiled_once_reads_what_the_orm_reads(home):
    """attach_job_links runs its query's SQL compiled once per database (only
    the job's id changes): each job gets exactly the rows the query set itself
    reads, with the linked rows' JSON decoded the same way."""
    from careers.selectors import pages

    first = job_with(home, 3, "First")
    second = job_with(home, 2, "Second")
    for job in (first, second):
        resource = factories.resource(description=job.title)
        JobResource.objects.create(job=job, resource=resource)
        expected = list(pages.job_links_query(job.pk))
        assert {row[0] for row in expected} == set(range(len(pages.JOB_LINKS)))
        assert pages.job_link_rows(job) == expected
    compiled = dict(pages.JOB_LINKS_READ.compiled)
    assert pages.job_link_rows(first) == list(pages.job_links_query(first.pk))
    assert compiled == pages.JOB_LINKS_READ.compiled and len(compiled) == 1


def test_one_jobs_places_compiled_once_read_what_the_orm_reads(home):
    """attach_places for one job (a job post) runs its query's SQL compiled
    once per database: each job gets exactly the places the query set reads
    (locations with their countries, applicant countries, by name)."""
    from careers.selectors import jobs as selected

    towns = [factories.location(f"Town {i}") for i in range(3)]
    first = factories.job(home, "First", locations=towns[:2])
    second = factories.job(home, "Second", locations=towns[2:])
    for job in (first, second):
        fresh = JobPostingPage.objects.get(pk=job.pk)
        selected.attach_places([fresh])
        expected = list(selected.places_query([job.pk]))
        assert [row[:3] for row in selected.PLACES_READ.rows(job.pk)] == [
            row[:3] for row in expected
        ]
        shown = [loc.pk for loc in fresh.locations.all()]
        assert shown == [row[3] for row in expected if row[0] == 0]
        assert all(loc.country.pk for loc in fresh.locations.all())
    compiled = dict(selected.PLACES_READ.compiled)
    selected.attach_places([JobPostingPage.objects.get(pk=first.pk)])
    assert compiled == selected.PLACES_READ.compiled and len(compiled) == 1
