"""openroles (a job-board reader on PyPI) finds every open job of the demo the
way it reads any careers site: robots.txt, the sitemap it names, the pages
with a /jobs/ segment, and their JobPosting JSON-LD. Run against the live
server, nothing leaves the machine."""

import urllib.request
from decimal import Decimal
from urllib.parse import urlsplit

import openroles
import pytest
from django.core.management import call_command
from django.utils import timezone
from openroles import _http
from openroles.providers import careersite
from wagtail.models import Page, Site

from careers.models import JobPostingPage, WorkplaceType
from tests.conftest import restore_migrated_state


@pytest.fixture
def demo_site(live_server, django_db_serialized_rollback, migrated_state):
    """The project's demo (`manage.py load_demo`) as the live server's site,
    on the database as migrations left it (an earlier transactional test's
    flush may have removed Wagtail's root page, and Django's own serialized
    rollback does not bring it back after a browser test)."""
    if Page.get_first_root_node() is None:
        restore_migrated_state(migrated_state)
    call_command("load_demo", "--no-users", verbosity=0, stdout=None)
    address = urlsplit(live_server.url)
    Site.objects.filter(is_default_site=True).update(
        hostname=address.hostname, port=address.port
    )
    return address.netloc


@pytest.fixture
def robots_over_http(monkeypatch, demo_site):
    """openroles asks for https://<host>/robots.txt; the live server speaks
    plain HTTP. Only that one look-up is sent to http://: every other request
    (the sitemap, the job pages) goes to the address the site itself gives."""
    robots = f"https://{demo_site}/robots.txt"
    real_request = urllib.request.Request

    def request(url, *args, **kwargs):
        if url == robots:
            url = f"http://{demo_site}/robots.txt"
        return real_request(url, *args, **kwargs)

    monkeypatch.setattr(_http.urllib.request, "Request", request)
    monkeypatch.setattr(_http, "_ROBOTS", {})  # its per-process robots.txt memo


def open_english_jobs() -> list[JobPostingPage]:
    jobs = (
        JobPostingPage.objects.live()
        .filter(locale__language_code="en")
        .prefetch_related("locations__country")
    )
    return [job for job in jobs if not job.is_expired]


def places(job: JobPostingPage) -> list[str]:
    """A job's locations as openroles words them: city, region, country."""
    return [
        ", ".join(p for p in (loc.city, loc.region, loc.country.code) if p)
        for loc in job.locations.all()
    ]


def test_openroles_lists_every_open_job(demo_site, robots_over_http):
    report = {}
    board = openroles.Board(ats="careersite", token=f"{demo_site}/en")
    found = openroles.fetch(board, report=report)
    expected = open_english_jobs()
    assert len(expected) >= 10
    # The listing has a /jobs/ segment too: read, and rightly no JobPosting.
    listing = f"http://{demo_site}/en/jobs/"
    assert report[str(board)]["page_errors"] == {listing: "no JobPosting on the page"}
    by_url = {job.url: job for job in found}
    assert set(by_url) == {job.full_url for job in expected}
    for job in expected:
        got = by_url[job.full_url]
        where = job.full_url
        assert urlsplit(got.url).path.startswith("/en/jobs/"), where
        assert got.title == job.title, where
        posted = timezone.localtime(job.first_published_at).date()
        assert got.posted == posted.isoformat(), where
        if job.workplace_type == WorkplaceType.REMOTE:
            # JSON-LD tells remote jobs apart (TELECOMMUTE), not hybrid from on-site.
            assert got.remote is True and got.workplace == "remote", where
        else:
            assert not got.remote and got.workplace != "remote", where
            assert got.locations == places(job), where
        if job.has_salary:
            assert Decimal(str(got.salary_min)) == job.salary_min, where
            if job.salary_max is not None:
                assert Decimal(str(got.salary_max)) == job.salary_max, where
            assert got.salary_currency == job.salary_currency, where
            assert got.salary_period == job.salary_period.lower(), where
        else:
            assert got.salary_min is None and got.compensation == "", where


def test_openroles_reads_only_job_pages_from_the_sitemap(demo_site, robots_over_http):
    """The reader's own filter on the sitemap: the job pages and the listing
    (/en/jobs/), nothing else; no expired job, no other language."""
    pages = [url for url, _lastmod in careersite.job_pages(f"{demo_site}/en")]
    listing = f"http://{demo_site}/en/jobs/"
    assert sorted(pages) == sorted(
        [listing, *(j.full_url for j in open_english_jobs())]
    )
