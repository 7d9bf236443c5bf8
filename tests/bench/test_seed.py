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
        # A pool cached by an earlier module (its content version rolled
        # back since) would be the one the seed's stored verdicts are reached
        # against.
        cache.clear()
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


def test_bulk_jobs_have_a_live_revision_and_its_stored_verdict(seeded):
    """As publishing leaves them: the page's content in its live revision,
    and the claims verdict on that revision (copied per template, the same
    as checking each job finds)."""
    from careers import evidence, verdicts
    from careers.models import ClaimsVerdict
    from careers.selectors.careers_pages import careers_pages

    jobs = careers_pages(ids=bulk_jobs().values_list("pk", flat=True))
    assert len(jobs) == 2 * JOBS
    for job in jobs:
        revision = job.live_revision
        assert revision is not None and job.latest_revision_id == revision.pk
        as_of_revision = revision.as_object()  # what the checker reads of it
        assert evidence.page_item(as_of_revision) == evidence.page_item(job)
        assert as_of_revision.key == job.key and as_of_revision.live_revision is None
    stored = {v.page_id: v for v in ClaimsVerdict.objects.filter(page__in=jobs)}
    fresh = verdicts.check(
        [(job.live_revision_id, job) for job in jobs], evidence.evidence_pool()
    )
    fields = ("revision_id", "blocks", "warnings", "stale", "findings")
    fields += ("evidence_digest", "checked_on")
    for verdict in fresh:
        copied = stored[verdict.page_id]
        assert [getattr(copied, f) for f in fields] == [
            getattr(verdict, f) for f in fields
        ]
    assert verdicts.live_verdicts(jobs) == {v.page_id: v.blocks == 0 for v in fresh}
