"""Every text input is bounded in size and in work: a 100 KB pathological
string through site search, the listing's filters, the API's and the feeds'
filters, and the claim checker.

No clock is read (a busy machine makes timings fail); the work is counted
instead: the search and the filters cut their input to a fixed size, so ten
times the input sends the database the same queries, no longer than the cut;
the claim checker's scanned characters (careers.claims.work) grow linearly,
not quadratically, and stay under its budget."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from careers.claims.work import WORK_PER_CHAR, metered
from careers.filters import MAX_QUERY_LENGTH
from careers.models import ApiKey
from tests import factories

from .conftest import built_once

SIZE = 100_000
PATHOLOGICAL = {
    "letters": "a",
    "spaces": "a ",
    "quotes": '"',
    "parentheses": "((",
    "operators": "OR -a ",
    "wildcards": "%_*",
    "backslashes": "\\",
    "angle": "<a ",
    "unicode": "é\u0301",
    "digits": "9",
}


def pathological(name: str, size: int = SIZE) -> str:
    unit = PATHOLOGICAL[name]
    return (unit * (size // len(unit) + 1))[:size]


def queries(request) -> list[str]:
    """The SQL (with its parameters) that ``request()`` sends the database."""
    with CaptureQueriesContext(connection) as captured:
        request()
    return [query["sql"] for query in captured.captured_queries]


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    def build():
        home = factories.careers_site()
        team = factories.team(home, "Data Science", key="team-ds")
        for n in range(3):
            factories.job(home, f"Data job {n}", team_page=team)
        return home.pk

    yield from built_once(django_db_blocker, build)


SURFACES = {
    "site search": ("/en/search/", "q", 200),
    "listing search": ("/en/jobs/", "q", 200),
    "listing team": ("/en/jobs/", "team", 200),
    "listing salary": ("/en/jobs/", "salary_min", 200),
    "listing updated": ("/en/jobs/", "updated_since", 200),
    "api search": ("/api/v1/jobs/", "q", 400),
    "api location": ("/api/v1/jobs/", "location", 400),
    "api cursor": ("/api/v1/jobs/", "cursor", 400),
    "api changes": ("/api/v1/jobs/changes/", "since", 400),
    "feed search": ("/feeds/jobs.rss", "q", 400),
}


@pytest.mark.parametrize("surface", SURFACES)
@pytest.mark.parametrize("name", ["letters", "quotes", "operators", "digits"])
def test_a_100kb_input_is_answered_fast_and_cut_to_size(
    client, site, db, surface, name
):
    url, param, status = SURFACES[surface]

    def get(size):
        def request():
            response = client.get(url, {param: pathological(name, size)})
            assert response.status_code == status, response.status_code
            return response

        return request

    get(SIZE // 10)()  # warm up what a first request looks up once
    small = queries(get(SIZE // 10))
    big = queries(get(SIZE))
    assert len(big) == len(small), surface
    # the same statements: the input was cut before it reached the database
    assert sum(map(len, big)) <= sum(map(len, small)) + 100, surface
    unit = PATHOLOGICAL[name]
    run = unit * (3 * MAX_QUERY_LENGTH // len(unit))  # quoting may double it
    assert not any(run in sql for sql in big), surface


@pytest.mark.parametrize("url", ["/en/search/", "/en/jobs/"])
def test_pages_repeat_at_most_the_maximum_query_length(client, site, db, url):
    """Pages repeat their query in language and pagination links: a huge
    query must not make a huge answer."""
    small = len(client.get(url, {"q": "data"}).content)
    huge = {"q": "x" * SIZE, "team": ["y" * SIZE] * 3, "junk": "z" * SIZE}
    body = client.get(url, huge).content.decode()
    assert "x" * MAX_QUERY_LENGTH in body
    assert "x" * (MAX_QUERY_LENGTH + 1) not in body
    assert "y" * (MAX_QUERY_LENGTH + 1) not in body and "zzz" not in body
    assert len(body) < small + 20 * MAX_QUERY_LENGTH


def bundle(text: str) -> bytes:
    item = {
        "id": "job-x",
        "kind": "job_post",
        "language": "en",
        "title": "ML Engineer",
        "text": text,
    }
    data = {"format": "careers-claims-bundle/1", "items": [item], "evidence": []}
    return json.dumps(data).encode()


@pytest.mark.parametrize(
    "text",
    ["AI. ", "AI team ", "we use AI 30 % ", "<a", "not AI but ", "KI-"],
    ids=["sentences", "teams", "numbers", "tags", "negations", "compounds"],
)
def test_the_claim_checker_is_fast_and_linear_on_100kb(client, db, text):
    _key, plaintext = ApiKey.issue(name="Checker", rights=["claims:check"])

    def check(size):
        body = bundle((text * (size // len(text) + 1))[:size])

        def request():
            response = client.post(
                "/api/v1/claims/check",
                body,
                content_type="application/json",
                HTTP_X_API_KEY=plaintext,
            )
            assert response.status_code == 200, response.content[:200]

        return request

    def work(size):
        with metered() as works:
            check(size)()
        assert works, "the text was not checked"
        return sum(w.used for w in works)

    big, quarter = work(SIZE), work(SIZE // 4)
    assert big <= 4 * quarter + 50_000, f"{quarter} -> {big} characters scanned"
    assert big < WORK_PER_CHAR * SIZE, "over the checker's budget"
