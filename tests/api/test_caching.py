"""HTTP caching: ETag and Last-Modified on every GET, 304s that cost no content
query, and cached answers that die the moment content changes."""

import datetime as dt
import time

import pytest
from django.utils import timezone
from django.utils.http import http_date

from careers.models import JobPostingPage
from tests import factories

GETS = [
    "/api/v1/jobs/",
    "/api/v1/jobs/job-a/",
    "/api/v1/jobs/changes/",
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
def job(home):
    return factories.job(home, key="job-a")


@pytest.mark.parametrize("url", GETS)
def test_every_get_has_validators_and_cache_control(client, job, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["ETag"].startswith('"')
    assert response["Last-Modified"].endswith("GMT")
    assert "public" in response["Cache-Control"]
    assert "max-age=" in response["Cache-Control"]
    assert "stale-while-revalidate=" in response["Cache-Control"]


#: The content version, by primary key (in the database: one for every worker).
VERSION_QUERIES = 1


@pytest.mark.parametrize("url", GETS)
def test_if_none_match_answers_304_reading_only_the_version(
    client, job, url, django_assert_num_queries
):
    etag = client.get(url)["ETag"]
    with django_assert_num_queries(VERSION_QUERIES):
        response = client.get(url, headers={"If-None-Match": etag})
    assert response.status_code == 304
    assert response["ETag"] == etag
    assert response.content == b""


def test_if_modified_since_answers_304(client, job, django_assert_num_queries):
    modified = client.get("/api/v1/jobs/")["Last-Modified"]
    with django_assert_num_queries(VERSION_QUERIES):
        response = client.get("/api/v1/jobs/", headers={"If-Modified-Since": modified})
    assert response.status_code == 304
    older = http_date(time.time() - 3600)
    response = client.get("/api/v1/jobs/", headers={"If-Modified-Since": older})
    assert response.status_code == 200


def test_etag_differs_by_query_and_a_stale_etag_gets_the_body(client, job):
    a = client.get("/api/v1/jobs/")["ETag"]
    b = client.get("/api/v1/jobs/?ordering=title")["ETag"]
    assert a != b
    response = client.get("/api/v1/jobs/", headers={"If-None-Match": '"stale"'})
    assert response.status_code == 200 and response.json()["results"]


def test_a_repeated_get_is_served_from_the_cache(
    client, job, django_assert_num_queries
):
    first = client.get("/api/v1/jobs/")
    with django_assert_num_queries(VERSION_QUERIES):
        again = client.get("/api/v1/jobs/")
    assert again.content == first.content
    assert again["ETag"] == first["ETag"]


def test_publishing_invalidates_at_once(client, home, job):
    """A new job, an unpublished job and an edit show on the very next request."""
    first = client.get("/api/v1/jobs/")
    factories.job(home, "Second", key="job-b")
    second = client.get("/api/v1/jobs/", headers={"If-None-Match": first["ETag"]})
    assert second.status_code == 200
    assert {j["id"] for j in second.json()["results"]} == {"job-a", "job-b"}
    assert second["Last-Modified"] != first["Last-Modified"] or (
        second["ETag"] != first["ETag"]
    )
    job.unpublish()
    third = client.get("/api/v1/jobs/", headers={"If-None-Match": second["ETag"]})
    assert [j["id"] for j in third.json()["results"]] == ["job-b"]
    feed = client.get("/feeds/indeed.xml")
    assert b"job-a" not in feed.content


def test_last_modified_moves_forward_on_every_change(client, home, job):
    seen = [client.get("/api/v1/jobs/")["Last-Modified"]]
    for i in range(2):
        factories.job(home, f"J{i}", key=f"job-{i}")
        seen.append(client.get("/api/v1/jobs/")["Last-Modified"])
    stamps = [dt.datetime.strptime(s, "%a, %d %b %Y %H:%M:%S GMT") for s in seen]
    assert stamps == sorted(stamps) and len(set(stamps)) == 3


def test_evidence_changes_invalidate_too(client, home, job):
    first = client.get("/api/v1/community/")
    factories.activity(title="Hack Days")
    second = client.get("/api/v1/community/", headers={"If-None-Match": first["ETag"]})
    assert second.status_code == 200
    assert [a["title"] for a in second.json()["results"]] == ["Hack Days"]


def test_expiry_invalidates_without_any_signal(client, home):
    """max-age never outlives the next expiry; the cache rolls over then."""
    expires = timezone.now() + dt.timedelta(seconds=2)
    factories.job(home, key="job-short", expire_at=expires)
    first = client.get("/api/v1/jobs/")
    assert [j["id"] for j in first.json()["results"]] == ["job-short"]
    max_age = int(first["Cache-Control"].split("max-age=")[1].split(",")[0])
    assert max_age <= 2
    time.sleep(max(0.0, (expires - timezone.now()).total_seconds()) + 0.1)
    later = client.get("/api/v1/jobs/", headers={"If-None-Match": first["ETag"]})
    assert later.status_code == 200 and later.json()["results"] == []
    assert JobPostingPage.objects.get(key="job-short").live  # scheduler not run
