"""GET /api/v1/jobs/ and /api/v1/jobs/{id}/: fields, filters, ordering, cursor."""

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from tests import factories

LIST = "/api/v1/jobs/"


def results(response) -> list[dict]:
    assert response.status_code == 200, response.content
    return response.json()["results"]


def ids(response) -> list[str]:
    return [j["id"] for j in results(response)]


@pytest.fixture
def board(home):
    """Three open jobs in two teams and two places, one remote with a hidden salary."""
    data = factories.team(home, "Data Science", key="team-ds")
    ops = factories.team(home, "Operations", key="team-ops")
    hamburg = factories.location("Hamburg", "DE", postal_code="20457", region="HH")
    vienna = factories.location("Vienna", "AT", postal_code="1010")
    ml = factories.job(
        home,
        "Route Planner",
        key="job-ml",
        team_page=data,
        locations=[hamburg],
        workplace_type="hybrid",
        salary_min=Decimal("70000"),
        salary_max=Decimal("90000"),
    )
    lead = factories.job(
        home,
        "Warehouse Lead",
        key="job-lead",
        team_page=ops,
        locations=[vienna],
        employment_type="PART_TIME",
        salary_min=Decimal("40000"),
        salary_max=Decimal("45000"),
    )
    remote = factories.job(
        home,
        "Remote Analyst",
        key="job-remote",
        team_page=data,
        workplace_type="remote",
        show_salary=False,
        salary_min=Decimal("99000"),
        salary_max=Decimal("99999"),
    )
    remote.applicant_countries.set(factories.Country.objects.filter(code="AT"))
    remote.save_revision().publish()
    return {"ml": ml, "lead": lead, "remote": remote, "hamburg": hamburg}


def test_list_shows_every_open_job_with_its_fields(api, board):
    """Each job carries the documented fields; the hidden salary is null."""
    jobs = {j["id"]: j for j in results(api.get(LIST))}
    assert set(jobs) == {"job-ml", "job-lead", "job-remote"}
    ml = jobs["job-ml"]
    assert ml["url"].startswith("http://") and ml["language"] == "en"
    assert ml["team"]["id"] == "team-ds" and ml["team"]["url"].startswith("http")
    assert ml["locations"] == [
        {
            "name": "Hamburg",
            "city": "Hamburg",
            "postal_code": "20457",
            "region": "HH",
            "country": "DE",
        }
    ]
    assert ml["salary"] == {
        "min": 70000.0,
        "max": 90000.0,
        "currency": "EUR",
        "period": "YEAR",
    }
    assert set(ml["dates"]) == {"posted", "updated", "valid_through"}
    assert ml["apply"]["url"] == "https://jobs.example.com/apply/1"
    assert ml["description"]["tasks"]["text"] == "• Plan shifts\n• Coach the team"
    assert ml["ai_evidence"]["technical_lead"] == {
        "name": "Dr. Anna Weber",
        "role": "Head of Data Science",
    }
    assert jobs["job-remote"]["salary"] is None
    assert jobs["job-remote"]["applicant_countries"] == ["AT"]


def test_detail_by_id_and_language(api, board):
    """A job by its id; ``language`` picks the translation; 404 otherwise."""
    factories.translate(board["ml"], "de", title="Tourenplaner:in")
    en = api.get("/api/v1/jobs/job-ml/").json()
    de = api.get("/api/v1/jobs/job-ml/?language=de").json()
    assert (en["language"], de["language"]) == ("en", "de")
    assert de["title"] == "Tourenplaner:in"
    assert en["translations"][0]["language"] == "de"
    assert de["translations"][0]["id"] == "job-ml"
    assert api.get("/api/v1/jobs/nope/").status_code == 404
    assert api.get("/api/v1/jobs/job-lead/?language=de").status_code == 404
    assert api.get("/api/v1/jobs/job-ml/?language=xx").status_code == 400


def test_dates_are_written_as_stored_in_utc(api, board, settings):
    """ISO 8601 with ``+00:00``, whatever the site's time zone (not DRF's
    default, which writes ``Z`` or the local offset)."""
    settings.TIME_ZONE = "Europe/Berlin"
    job = board["ml"]
    job.expire_at = dt.datetime(2031, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    job.save(update_fields=["expire_at"])
    dates = api.get("/api/v1/jobs/job-ml/").json()["dates"]
    assert dates["valid_through"] == "2031-01-02T03:04:05+00:00"
    assert dates["posted"] == job.first_published_at.isoformat()
    assert dates["posted"].endswith("+00:00")


def test_description_is_sanitised_html_and_plain_text(api, home):
    """Scripts, styles, images and javascript: links never reach consumers."""
    factories.job(
        home,
        key="job-x",
        introduction='<p>Hi <script>alert(1)</script><a href="javascript:x()">a</a>'
        '<a href="https://ok.example">b</a><img src="x"><b>bold</b></p>',
    )
    intro = results(api.get(LIST))[0]["description"]["introduction"]
    assert (
        intro["html"] == '<p>Hi <a>a</a><a href="https://ok.example">b</a>'
        "<b>bold</b></p>"
    )
    assert intro["text"] == "Hi abbold"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("team=team-ds", {"job-ml", "job-remote"}),
        ("team=team-ds&team=team-ops", {"job-ml", "job-remote", "job-lead"}),
        ("country=AT", {"job-lead", "job-remote"}),
        ("workplace_type=remote", {"job-remote"}),
        ("workplace_type=remote&workplace_type=hybrid", {"job-remote", "job-ml"}),
        ("employment_type=PART_TIME", {"job-lead"}),
        ("salary_min=60000", {"job-ml"}),
        ("language=en", {"job-ml", "job-lead", "job-remote"}),
        ("language=de", set()),
        ("team=team-ds&workplace_type=hybrid", {"job-ml"}),
        ("country=AT&employment_type=FULL_TIME", {"job-remote"}),
        ("q=Analyst", {"job-remote"}),
        ("q=Analyst&team=team-ops", set()),
    ],
)
def test_filters_combine(api, board, query, expected):
    assert set(ids(api.get(f"{LIST}?{query}"))) == expected


def test_location_and_updated_since_filters(api, board):
    hamburg = board["hamburg"].pk
    assert ids(api.get(f"{LIST}?location={hamburg}")) == ["job-ml"]
    later = (timezone.now() + dt.timedelta(minutes=1)).isoformat()
    assert ids(api.get(LIST, {"updated_since": later})) == []
    earlier = (timezone.now() - dt.timedelta(hours=1)).isoformat()
    assert len(ids(api.get(LIST, {"updated_since": earlier}))) == 3


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("colour=red", ["colour"]),
        ("colour=red&size=xl&team=team-ds", ["colour", "size"]),
        ("format=json", ["format"]),
    ],
)
def test_unknown_parameters_are_named_in_a_400(api, board, query, names):
    response = api.get(f"{LIST}?{query}")
    assert response.status_code == 400
    assert response.json()["unknown_parameters"] == names


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("team=no-such-team", "team"),
        ("workplace_type=moon", "workplace_type"),
        ("employment_type=x", "employment_type"),
        ("country=ZZ", "country"),
        ("location=abc", "location"),
        ("salary_min=lots", "salary_min"),
        ("salary_min=-5", "salary_min"),
        ("language=xx", "language"),
        ("updated_since=yesterday", "updated_since"),
        ("updated_since=2026-13-45T00:00:00", "updated_since"),
        ("ordering=colour", "ordering"),
        ("page_size=0", "page_size"),
        ("page_size=101", "page_size"),
        ("page_size=ten", "page_size"),
        ("cursor=%%%", "cursor"),
        ("cursor=bm90LWpzb24", "cursor"),
        ("cursor=eyJvIjoiLXBvc3RlZCIsInYiOjEsImsiOjF9", "cursor"),
        ("q=" + "x" * 201, "q"),
    ],
)
def test_bad_values_answer_400_naming_the_parameter(api, board, query, field):
    response = api.get(f"{LIST}?{query}")
    assert response.status_code == 400, response.content
    assert field in response.json()


def test_cursor_made_for_another_ordering_is_refused(api, board):
    first = api.get(f"{LIST}?page_size=1&ordering=title").json()
    cursor = first["next"].split("cursor=")[1].split("&")[0]
    response = api.get(f"{LIST}?page_size=1&ordering=-posted&cursor={cursor}")
    assert response.status_code == 400 and "cursor" in response.json()


@pytest.mark.parametrize(
    ("ordering", "expected"),
    [
        ("title", ["job-remote", "job-ml", "job-lead"]),
        ("-title", ["job-lead", "job-ml", "job-remote"]),
        ("posted", ["job-ml", "job-lead", "job-remote"]),
        ("-posted", ["job-remote", "job-lead", "job-ml"]),
        ("updated", ["job-ml", "job-lead", "job-remote"]),
        ("-salary", ["job-ml", "job-lead", "job-remote"]),
        ("salary", ["job-remote", "job-lead", "job-ml"]),
    ],
)
def test_ordering(api, board, ordering, expected):
    """Hidden salaries sort lowest: their amount is never revealed by order."""
    assert ids(api.get(f"{LIST}?ordering={ordering}")) == expected


def walk(api, url: str) -> list[str]:
    seen = []
    while url:
        page = api.get(url).json()
        seen += [j["id"] for j in page["results"]]
        url = page["next"]
    return seen


@pytest.mark.parametrize("ordering", ["-posted", "posted", "title", "-salary"])
def test_cursor_is_stable_under_inserts(api, home, ordering):
    """Jobs published while a consumer pages through never shift or repeat rows."""
    for i in range(5):
        factories.job(
            home,
            f"Job {i}",
            key=f"job-{i}",
            salary_min=Decimal(1000 * i),
            salary_max=None,
        )
    first = api.get(f"{LIST}?page_size=2&ordering={ordering}").json()
    seen = [j["id"] for j in first["results"]]
    factories.job(
        home, "Aaa", key="job-new-1", salary_min=Decimal(9999), salary_max=None
    )
    factories.job(
        home, "Job 2b", key="job-new-2", salary_min=Decimal(2500), salary_max=None
    )
    seen += walk(api, first["next"])
    assert len(seen) == len(set(seen))
    assert {f"job-{i}" for i in range(5)} <= set(seen)
