"""The benchmark's bulk seeding makes jobs that the site serves like
published ones, in both languages, with their teams and evidence."""

import pytest
from django.core.cache import cache
from django.db import transaction
from django.test import Client
from wagtail.models import Page

from bench.seed import BULK_KEY, seed_base, seed_jobs
from careers.models import JobChange, JobPostingPage
from careers.selectors import open_jobs

pytestmark = pytest.mark.django_db

JOBS = 30


@pytest.fixture(scope="module")
def seeded_once(django_db_setup, django_db_blocker):
    """Seeded once per module in a transaction rolled back at the end (the
    demo company goes through Wagtail's publish path and takes seconds)."""
    with django_db_blocker.unblock(), transaction.atomic():
        loader = seed_base()
        seed_jobs(loader, JOBS)
        yield loader
        transaction.set_rollback(True)


@pytest.fixture
def seeded(seeded_once, db):
    cache.clear()
    return seeded_once


def bulk_jobs():
    return JobPostingPage.objects.filter(key__regex=BULK_KEY)


def test_bulk_jobs_are_open_public_and_translated(seeded):
    jobs = bulk_jobs()
    assert jobs.count() == 2 * JOBS
    assert open_jobs().filter(key__regex=BULK_KEY).count() == 2 * JOBS
    by_language = {
        code: set(
            jobs.filter(locale__language_code=code).values_list(
                "key", "translation_key"
            )
        )
        for code in ("en", "de")
    }
    assert len(by_language["en"]) == JOBS
    assert by_language["en"] == by_language["de"]
    assert Page.find_problems() == ([], [], [], [], [])
    for home in seeded.homes.values():
        home.refresh_from_db()
        assert home.numchild == home.get_children().count()


def test_bulk_jobs_have_teams_places_and_evidence(seeded):
    jobs = bulk_jobs()
    assert not jobs.filter(team__isnull=True, is_ai_role=True).exists()
    assert not jobs.filter(locations__isnull=True).exists()
    assert jobs.filter(story_links__isnull=False).exists()
    assert jobs.filter(milestone_links__isnull=False).exists()
    assert jobs.filter(interviewer_links__isnull=False).exists()
    assert JobChange.objects.filter(page_id__in=jobs.values("pk")).count() == 2 * JOBS


def test_listing_search_api_and_post_show_bulk_jobs(seeded):
    client = Client(HTTP_HOST="127.0.0.1")
    job = bulk_jobs().filter(locale__language_code="en").last()
    listing = client.get("/en/jobs/")
    assert listing.status_code == 200
    assert job.title in listing.content.decode()
    found = client.get("/en/jobs/", {"q": job.title.split()[0]})
    assert found.status_code == 200
    assert job.title in found.content.decode()
    api = client.get("/api/v1/jobs/", {"page_size": 100})
    assert api.status_code == 200
    keys = {row["id"] for row in api.json()["results"]}
    assert job.key in keys
    assert client.get(job.url).status_code == 200
    assert client.get(f"/api/v1/jobs/{job.key}/").status_code == 200
