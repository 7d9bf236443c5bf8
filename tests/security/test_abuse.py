"""Abuse of the public surfaces: rotating X-Forwarded-For does not dodge the
anonymous limits (with no proxy, or behind the configured one), page sizes,
cursors and change-feed limits are capped for any value, Basic auth logs
nobody in anywhere, and anonymous writes change nothing on any public URL.

tests/api/test_access.py has the API's own single-case tests; these sweep
every surface with many and generated values."""

import base64
import json
import random

import pytest
from django.test import Client, override_settings
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from wagtail.models import Page, Revision

from careers.models import JobChange
from tests import factories

from .conftest import built_once

READS = [
    "/api/v1/jobs/",
    "/api/v1/jobs/job-open/",
    "/api/v1/jobs/changes/",
    "/api/v1/teams/",
    "/api/v1/roadmap/",
    "/api/v1/stories/",
    "/api/v1/community/",
]
FEEDS = ["/feeds/jobs.rss", "/feeds/jobs.atom", "/feeds/indeed.xml"]
PAGES = ["/en/", "/en/jobs/", "/en/search/?q=job", "/en/open-job/", "/sitemap.xml"]
examples = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    def build():
        home = factories.careers_site()
        for n in range(3):
            factories.job(home, f"Job {n}", key=f"job-{n}")
        factories.job(home, "Open job", key="job-open")
        return home.pk

    yield from built_once(django_db_blocker, build)


def random_ip(rng: random.Random) -> str:
    return ".".join(str(rng.randrange(1, 255)) for _ in range(4))


@pytest.mark.parametrize("url", [*READS, *FEEDS])
def test_rotating_forwarded_for_does_not_dodge_the_limit(client, site, db, url):
    rng = random.Random(url)
    with override_settings(CAREERS={"API": {"ANON_RATE": 5}}):
        codes = [
            client.get(url, HTTP_X_FORWARDED_FOR=random_ip(rng)).status_code
            for _ in range(8)
        ]
    assert codes[:5] == [200] * 5 and codes[5:] == [429] * 3, codes


@pytest.mark.parametrize("url", ["/api/v1/jobs/", "/feeds/jobs.rss"])
def test_behind_one_proxy_only_the_address_it_saw_counts(client, site, db, url):
    """The proxy appends the address it saw; whatever the client put before
    it is ignored."""
    rng = random.Random(url)
    rest = {"NUM_PROXIES": 1}
    with (
        override_settings(CAREERS={"API": {"ANON_RATE": 5}}),
        override_settings(REST_FRAMEWORK={**settings_rest(), **rest}),
    ):
        codes = [
            client.get(
                url,
                HTTP_X_FORWARDED_FOR=f"{random_ip(rng)}, {random_ip(rng)}, 203.0.113.7",
            ).status_code
            for _ in range(7)
        ]
        other = client.get(url, HTTP_X_FORWARDED_FOR="198.51.100.1").status_code
    assert codes[:5] == [200] * 5 and codes[5:] == [429] * 2, codes
    assert other == 200


def settings_rest() -> dict:
    from django.conf import settings as django_settings

    return dict(django_settings.REST_FRAMEWORK)


def ascii_number(value) -> bool:
    """What the API reads as a number: ASCII digits only ("¹" and "٣" are
    digits to Python's isdigit(), and "¹" is not even a number to int())."""
    return str(value).isascii() and str(value).isdigit()


@given(size=st.one_of(st.integers(-10, 10_000), st.text(max_size=12)))
@example(size="¹")
@example(size="٣")
@examples
def test_page_size_is_capped(client, site, db, size):
    response = client.get("/api/v1/jobs/", {"page_size": size})
    valid = ascii_number(size) and 1 <= int(str(size)) <= 100
    assert response.status_code == (200 if valid else 400), (size, response.status_code)
    if valid:
        assert len(response.json()["results"]) <= int(str(size))


@given(limit=st.one_of(st.integers(-10, 100_000), st.text(max_size=12)))
@example(limit="¹")
@example(limit="٣")
@examples
def test_the_change_feed_limit_is_capped(client, site, db, limit):
    response = client.get("/api/v1/jobs/changes/", {"since": "YzE6MA", "limit": limit})
    valid = ascii_number(limit) and 1 <= int(str(limit)) <= 1000
    assert response.status_code == (200 if valid else 400), (
        limit,
        response.status_code,
    )


cursors = st.one_of(
    st.text(max_size=60),
    st.binary(max_size=60).map(lambda b: base64.urlsafe_b64encode(b).decode()),
    st.builds(
        lambda o, v, k: base64.urlsafe_b64encode(
            f'{{"o":{o},"v":{v},"k":{k}}}'.encode()
        ).decode(),
        st.sampled_from(['"-posted"', '"title"', "1", "null", '{"a":1}']),
        st.sampled_from(['"2026-01-01T00:00:00+00:00"', "1e999", "[]", '"x"', "null"]),
        st.sampled_from(["1", "-1", "1e400", "true", '"1"', "9" * 30]),
    ),
)


@given(cursor=cursors)
@examples
def test_forged_cursors_are_refused_or_harmless(client, site, db, cursor):
    for url, name in (("/api/v1/jobs/", "cursor"), ("/api/v1/jobs/changes/", "since")):
        response = client.get(url, {name: cursor})
        assert response.status_code in (200, 400), (url, cursor, response.status_code)


def cursor(ordering: str, value, pk) -> str:
    raw = json.dumps({"o": ordering, "v": value, "k": pk}).encode()
    return base64.urlsafe_b64encode(raw).decode()


FORGED = [
    ("-posted", "2026-01-01T00:00:00+00:00", 10**30),  # an id no column holds
    ("-posted", "2026-01-01T00:00:00+00:00", -1),
    ("-posted", "0001-01-01T00:00:00+23:59", 1),  # before year 1 in UTC
    ("-posted", "9999-12-31T23:59:59-23:59", 1),  # after year 9999 in UTC
    ("-posted", "2026-02-30T00:00:00+00:00", 1),  # no such day
    ("-posted", "2026-01-01T00:00:00", 1),  # naive
    ("salary", "NaN", 1),
    ("salary", "Infinity", 1),
    ("salary", "1e999", 1),
    ("title", ["not", "text"], 1),
]


@pytest.mark.parametrize(("ordering", "value", "pk"), FORGED)
def test_forged_cursor_values_are_a_400(client, site, db, ordering, value, pk):
    response = client.get(
        "/api/v1/jobs/", {"ordering": ordering, "cursor": cursor(ordering, value, pk)}
    )
    assert response.status_code == 400, response.status_code


@pytest.mark.parametrize("position", ["9" * 19, "9" * 40, "-1", "1e9"])
def test_forged_change_feed_positions_are_a_400(client, site, db, position):
    since = base64.urlsafe_b64encode(f"c1:{position}".encode()).decode()
    response = client.get("/api/v1/jobs/changes/", {"since": since})
    assert response.status_code == 400


@pytest.mark.parametrize("url", [*READS, *FEEDS, "/api/v1/claims/check"])
def test_basic_auth_logs_nobody_in(client, site, db, url):
    factories.user("boss", superuser=True)
    token = base64.b64encode(b"boss:pw").decode()
    response = client.get(url, HTTP_AUTHORIZATION=f"Basic {token}")
    assert "Basic" not in response.get("WWW-Authenticate", "")
    if url.endswith("check"):
        assert response.status_code in (401, 405)
    else:
        assert response.status_code == 200


def state() -> tuple:
    return (
        Page.objects.count(),
        Revision.objects.count(),
        JobChange.objects.count(),
        list(Page.objects.values_list("title", "live")),
    )


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_anonymous_writes_change_nothing_anywhere(site, db, method):
    client = Client(enforce_csrf_checks=True)  # as a browser or a script meets it
    before = state()
    for url in (*READS, *FEEDS, *PAGES):
        response = getattr(client, method)(
            url, '{"title": "Owned"}', content_type="application/json"
        )
        assert response.status_code in (401, 403, 405), (url, response.status_code)
    response = getattr(client, method)(
        "/api/v1/claims/check", "{}", content_type="application/json"
    )
    assert response.status_code in (401, 405)
    assert state() == before
