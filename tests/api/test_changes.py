"""GET /api/v1/jobs/changes/: upserts and tombstones since a cursor."""

import datetime as dt

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageViewRestriction

from careers.models import JobChange, JobPostingPage
from careers.services import changes
from careers.services.errors import InvalidCursor
from tests import factories

URL = "/api/v1/jobs/changes/"


def start(api) -> str:
    response = api.get(URL)
    assert response.status_code == 200
    body = response.json()
    assert body["changes"] == [] and body["since"] is None
    return body["next"]


def since(api, cursor: str) -> dict:
    response = api.get(URL, {"since": cursor})
    assert response.status_code == 200, response.content
    return response.json()


def summary(body: dict) -> list[tuple[str, str, str]]:
    return [(c["type"], c["id"], c["reason"]) for c in body["changes"]]


def test_publish_is_an_upsert_with_the_job(api, home):
    cursor = start(api)
    factories.job(home, key="job-a")
    body = since(api, cursor)
    assert summary(body) == [("upsert", "job-a", "published")]
    assert body["changes"][0]["job"]["id"] == "job-a"
    assert since(api, body["next"])["changes"] == []


def test_unpublish_is_a_tombstone(api, home):
    job = factories.job(home, key="job-a")
    cursor = start(api)
    job.unpublish()
    body = since(api, cursor)
    assert summary(body) == [("tombstone", "job-a", "unpublished")]
    assert body["changes"][0]["job"] is None


def test_delete_is_a_tombstone(api, home):
    job = factories.job(home, key="job-a")
    cursor = start(api)
    job.delete()
    assert summary(since(api, cursor)) == [("tombstone", "job-a", "deleted")]


def test_expiry_by_the_scheduler_is_a_tombstone(api, home):
    job = factories.job(home, key="job-a")
    cursor = start(api)
    JobPostingPage.objects.filter(pk=job.pk).update(
        expire_at=timezone.now() - dt.timedelta(minutes=1)
    )
    call_command("publish_scheduled")
    assert summary(since(api, cursor)) == [("tombstone", "job-a", "expired")]


def test_expiry_before_the_scheduler_ran_is_a_tombstone(api, home):
    """A job past its valid-through date is gone for consumers at once."""
    soon = timezone.now() + dt.timedelta(seconds=1)
    factories.job(home, key="job-a", expire_at=soon + dt.timedelta(days=1))
    cursor = start(api)
    JobPostingPage.objects.filter(key="job-a").update(
        expire_at=timezone.now() - dt.timedelta(seconds=1)
    )
    body = since(api, cursor)
    assert summary(body) == [("tombstone", "job-a", "expired")]
    call_command("publish_scheduled")
    assert summary(since(api, body["next"])) == []


def test_making_a_job_private_is_a_tombstone_and_public_again_an_upsert(api, home):
    job = factories.job(home, key="job-a")
    cursor = start(api)
    restriction = PageViewRestriction.objects.create(
        page=job, restriction_type="password", password="x"
    )
    body = since(api, cursor)
    assert summary(body) == [("tombstone", "job-a", "private")]
    restriction.delete()
    assert summary(since(api, body["next"])) == [("upsert", "job-a", "published")]


def test_changes_collapse_to_the_latest_state_per_job_version(api, home):
    cursor = start(api)
    job = factories.job(home, key="job-a")
    other = factories.job(home, key="job-b")
    job.unpublish()
    other.save_revision().publish()
    assert summary(since(api, cursor)) == [
        ("tombstone", "job-a", "unpublished"),
        ("upsert", "job-b", "published"),
    ]


def test_translations_are_separate_versions(api, home):
    job = factories.job(home, key="job-a")
    cursor = start(api)
    factories.translate(job, "de", title="Lagerleitung")
    body = since(api, cursor)
    assert [(c["id"], c["language"]) for c in body["changes"]] == [("job-a", "de")]


def test_limit_pages_through_the_log(api, home):
    cursor = start(api)
    for i in range(3):
        factories.job(home, key=f"job-{i}")
    first = api.get(URL, {"since": cursor, "limit": 2}).json()
    assert first["has_more"] is True and len(first["changes"]) == 2
    rest = since(api, first["next"])
    assert rest["has_more"] is False
    assert [c["id"] for c in first["changes"] + rest["changes"]] == [
        "job-0",
        "job-1",
        "job-2",
    ]


def test_drafts_and_never_public_jobs_leave_no_trace(api, home):
    """A draft deleted, or a private job published, is never announced."""
    cursor = start(api)
    draft = factories.job(home, key="job-secret-draft", live=False)
    draft.delete()
    private_parent = factories.job(home, key="job-x", live=False)
    PageViewRestriction.objects.create(
        page=private_parent, restriction_type="password", password="x"
    )
    private_parent.save_revision().publish()
    assert since(api, cursor)["changes"] == []
    assert not JobChange.objects.filter(job_key="job-secret-draft").exists()


def test_changing_the_key_tombstones_the_old_id(api, home):
    job = factories.job(home, key="job-old")
    cursor = start(api)
    job.key = "job-new"
    job.save_revision().publish()
    assert summary(since(api, cursor)) == [
        ("tombstone", "job-old", "deleted"),
        ("upsert", "job-new", "published"),
    ]


@pytest.mark.parametrize(
    "cursor", ["nonsense", "%%%", "YzE6LTE", "YzI6MTA", "", "eyJhIjoxfQ"]
)
def test_bad_cursor_is_a_400(api, home, cursor):
    response = api.get(URL, {"since": cursor})
    assert response.status_code == 400 and "since" in response.json()


@pytest.mark.parametrize("limit", ["0", "1001", "x", "-1"])
def test_bad_limit_is_a_400(api, home, limit):
    response = api.get(URL, {"since": start(api), "limit": limit})
    assert response.status_code == 400 and "limit" in response.json()


def test_a_cursor_not_ours_is_the_services_own_error(db):
    """The change log raises its own error, no DRF below the API (which
    answers it with a 400: test_bad_cursor_is_a_400)."""
    with pytest.raises(InvalidCursor):
        changes.decode_cursor("bm90LWEtY3Vyc29y")
    assert changes.decode_cursor(changes.encode_cursor(7)) == 7
