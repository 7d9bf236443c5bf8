"""The list endpoint's and the feeds' query counts do not grow with page size or
with the number of jobs (1 vs 100 per page; 1,000 jobs in the database)."""

import datetime as dt

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from careers.models import JobPostingPage
from tests import factories

FULL = "/api/v1/jobs/?page_size={size}"
FEEDS = ("/feeds/jobs.rss", "/feeds/jobs.atom", "/feeds/indeed.xml")


def count(client, url: str) -> int:
    cache.clear()  # no cached body, no cached version: the worst case
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return len(queries)


def rich_job(home, i: int, evidence: dict) -> JobPostingPage:
    job = factories.job(
        home,
        f"Job {i}",
        key=f"job-{i}",
        team_page=evidence["team"],
        stories=[evidence["story"]],
        milestones=evidence["milestones"],
        locations=[evidence["place"]],
        introduction=f'<p><a linktype="page" id="{evidence["story"].pk}">it</a></p>',
    )
    job.applicant_countries.set(factories.Country.objects.filter(code__in=["DE", "AT"]))
    return job


def evidence_for(home) -> dict:
    return {
        "team": factories.team(home),
        "story": factories.story(home),
        "milestones": list(factories.roadmap(home).milestones.all()),
        "place": factories.location(),
    }


def test_list_queries_do_not_grow_with_page_size(client, home):
    evidence = evidence_for(home)
    first = rich_job(home, 0, evidence)
    factories.translate(first, "de", title="Stelle 0")
    one_job = count(client, FULL.format(size=1))
    feeds_one = [count(client, url) for url in FEEDS]
    for i in range(1, 101):
        rich_job(home, i, evidence)
    page_of_one = count(client, FULL.format(size=1))
    page_of_100 = count(client, FULL.format(size=100))
    filtered = count(
        client, FULL.format(size=100) + "&country=DE&workplace_type=onsite"
    )
    assert one_job == page_of_one == page_of_100
    assert filtered <= page_of_100 + 1  # the country choices, once
    feeds_many = [count(client, url) for url in FEEDS]
    assert feeds_one == feeds_many


def quick_jobs(home, n: int) -> None:
    """Many plain live jobs, straight into the tree (no revisions): fast."""
    now = timezone.now()
    for i in range(n):
        home.add_child(
            instance=JobPostingPage(
                title=f"Bulk {i}",
                slug=f"bulk-{i}",
                key=f"bulk-{i}",
                live=True,
                first_published_at=now - dt.timedelta(seconds=i),
                last_published_at=now,
                salary_min=50000,
            )
        )


def test_list_queries_do_not_grow_with_the_database(client, home):
    evidence = evidence_for(home)
    rich_job(home, 0, evidence)
    small = count(client, FULL.format(size=100))
    indeed_small = count(client, FEEDS[2])
    quick_jobs(home, 1000)
    assert JobPostingPage.objects.filter(live=True).count() == 1001
    large = count(client, FULL.format(size=100))
    last_page = count(client, FULL.format(size=100) + "&ordering=posted")
    assert small == large
    assert last_page <= large  # plain jobs: some prefetches have nothing to fetch
    assert count(client, FEEDS[2]) == indeed_small


def test_sitemap_and_change_feed_queries_do_not_grow_with_the_jobs(client, home):
    """5 jobs or 30 (translated, with evidence): the same number of queries for
    the sitemap, the change feed's first page and the feeds."""
    first_cursor = "/api/v1/jobs/changes/?since=YzE6MA"  # position 0: every change
    urls = ("/sitemap.xml", first_cursor, *FEEDS)
    evidence = evidence_for(home)

    def add(start: int, stop: int) -> None:
        for i in range(start, stop):
            job = rich_job(home, i, evidence)
            factories.translate(job, "de", title=f"Stelle {i}")

    add(0, 5)
    few = {url: count(client, url) for url in urls}
    add(5, 30)
    many = {url: count(client, url) for url in urls}
    assert many == few
    assert len(client.get(first_cursor).json()["changes"]) == 60


def test_the_change_feed_sets_up_its_serializer_fields_once(client, home, monkeypatch):
    """DRF copies a serializer's declared fields whenever a serializer is made;
    made once per job, that was most of a 500-job change feed page. 5 jobs or
    30 (with evidence): the same number of field copies."""
    from rest_framework import fields

    copies = []
    copy = fields.Field.__deepcopy__

    def counted(self, memo):
        copies.append(type(self))
        return copy(self, memo)

    monkeypatch.setattr(fields.Field, "__deepcopy__", counted)
    first_cursor = "/api/v1/jobs/changes/?since=YzE6MA"
    evidence = evidence_for(home)

    def field_copies() -> int:
        cache.clear()
        copies.clear()
        assert client.get(first_cursor).status_code == 200
        return len(copies)

    for i in range(5):
        rich_job(home, i, evidence)
    field_copies()  # the first answer also sets up what every later one reuses
    few = field_copies()
    for i in range(5, 30):
        rich_job(home, i, evidence)
    assert field_copies() == few
    assert len(client.get(first_cursor).json()["changes"]) == 30


def test_the_collector_does_not_pass_over_a_change_feed_page_as_it_is_built(
    client, home
):
    """Every object made for a page of jobs lives until the page is rendered:
    the cyclic garbage collector's passes over them free nothing. 5 jobs or
    30 (translated, with evidence): as many passes, and it is on afterwards."""
    import gc

    first_cursor = "/api/v1/jobs/changes/?since=YzE6MA"
    evidence = evidence_for(home)
    passes = []

    def counted(phase, info):
        if phase == "start":
            passes.append(info["generation"])

    def collector_passes() -> int:
        cache.clear()
        passes.clear()
        gc.callbacks.append(counted)
        try:
            assert client.get(first_cursor).status_code == 200
        finally:
            gc.callbacks.remove(counted)
        assert gc.isenabled()
        return len(passes)

    def add(start: int, stop: int) -> None:
        for i in range(start, stop):
            job = rich_job(home, i, evidence)
            factories.translate(job, "de", title=f"Stelle {i}")

    add(0, 5)
    collector_passes()  # the first answer also sets up what later ones reuse
    few = collector_passes()
    add(5, 30)
    assert collector_passes() <= few + 1  # one may fall in rendering the body
