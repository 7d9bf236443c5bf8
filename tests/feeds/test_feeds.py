"""RSS, Atom and Indeed feeds, read by real parsers."""

import datetime as dt
import xml.etree.ElementTree as ET
from decimal import Decimal

import feedparser
import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from careers.models import JobPostingPage
from tests import factories


@pytest.fixture
def board(home):
    team = factories.team(home, "Operations", key="team-ops")
    hamburg = factories.location("Hamburg", "DE", postal_code="20457", region="HH")
    a = factories.job(
        home,
        "Route Planner",
        key="job-a",
        team_page=team,
        locations=[hamburg],
        requisition_id="REQ-1",
        workplace_type="hybrid",
        introduction="<p>Plan routes \x0b with ]]> care &amp; joy.</p>",
    )
    b = factories.job(
        home,
        "Night Shift Lead",
        key="job-b",
        employment_type="PART_TIME",
        workplace_type="remote",
        show_salary=False,
    )
    factories.translate(a, "de", title="Tourenplaner:in")
    factories.job(home, "Draft", key="job-draft", live=False)
    return {"a": a, "b": b}


def parse(client, url: str):
    response = client.get(url)
    assert response.status_code == 200, response.content
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


@pytest.mark.parametrize("url", ["/feeds/jobs.rss", "/feeds/jobs.atom"])
def test_feeds_parse_and_list_open_jobs_once_each(client, board, url):
    """Without ``language``: one entry per job, in the default language."""
    parsed = parse(client, url)
    titles = sorted(e.title for e in parsed.entries)
    assert titles == ["Night Shift Lead", "Route Planner"]
    entry = next(e for e in parsed.entries if e.title == "Route Planner")
    assert entry.link.startswith("http://") and "/en/" in entry.link
    assert "Operations" in [t.term for t in entry.tags]
    assert "\x0b" not in entry.summary


@pytest.mark.parametrize("url", ["/feeds/jobs.rss", "/feeds/jobs.atom"])
def test_feeds_filter_like_the_api(client, board, url):
    assert [e.title for e in parse(client, f"{url}?language=de").entries] == [
        "Tourenplaner:in"
    ]
    assert parse(client, f"{url}?language=de").feed.language == "de"
    remote = parse(client, f"{url}?workplace_type=remote").entries
    assert [e.title for e in remote] == ["Night Shift Lead"]
    assert [e.title for e in parse(client, f"{url}?team=team-ops").entries] == [
        "Route Planner"
    ]


@pytest.mark.parametrize(
    "url", ["/feeds/jobs.rss", "/feeds/jobs.atom", "/feeds/indeed.xml"]
)
@pytest.mark.parametrize(
    "query",
    [
        "colour=red",
        "language=xx",
        "workplace_type=moon",
        "salary_min=x",
        "updated_since=soon",
        "team=nope",
    ],
)
def test_bad_queries_are_plain_text_400s(client, board, url, query):
    response = client.get(f"{url}?{query}")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    assert query.split("=")[0] in response.content.decode()


def indeed_jobs(client, query: str = "") -> list[ET.Element]:
    response = client.get(f"/feeds/indeed.xml{query}")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 (our own output)
    assert root.tag == "source" and root.findtext("publisher")
    return root.findall("job")


def test_indeed_carries_every_open_job(client, board):
    jobs = indeed_jobs(client)
    open_refs = {"REQ-1", "REQ-1-de", "job-b"}
    assert {j.findtext("referencenumber") for j in jobs} == open_refs
    assert len(jobs) == JobPostingPage.objects.filter(live=True).count()
    planner = next(j for j in jobs if j.findtext("referencenumber") == "REQ-1")
    assert planner.findtext("title") == "Route Planner"
    assert planner.findtext("city") == "Hamburg"
    assert planner.findtext("state") == "HH"
    assert planner.findtext("country") == "DE"
    assert planner.findtext("postalcode") == "20457"
    assert planner.findtext("salary") == "50000-62000 EUR per year"
    assert planner.findtext("jobtype") == "fulltime"
    assert planner.findtext("remotetype") == "Hybrid remote"
    assert "with ]]&gt; care &amp; joy" in planner.findtext("description")
    assert "\x0b" not in planner.findtext("description")
    night = next(j for j in jobs if j.findtext("referencenumber") == "job-b")
    assert night.findtext("salary") == "" and night.findtext("jobtype") == "parttime"


def test_indeed_survives_control_characters_and_cdata_ends(client, home):
    """Control characters and CDATA terminators in any field stay parseable."""
    factories.job(
        home,
        "Odd ]]> title \x01\x1f",
        key="job-odd",
        requisition_id="R]]>1",
        salary_min=Decimal("1"),
    )
    [job] = indeed_jobs(client)
    assert job.findtext("title") == "Odd ]]> title "
    assert job.findtext("referencenumber") == "R]]>1"


def test_nothing_hidden_is_in_the_feeds(client, board, home):
    private = factories.job(home, "Private", key="job-private")
    PageViewRestriction.objects.create(
        page=private, restriction_type="password", password="x"
    )
    expired = factories.job(home, "Expired", key="job-expired")
    JobPostingPage.objects.filter(pk=expired.pk).update(
        expire_at=timezone.now() - dt.timedelta(seconds=1)
    )
    for url in ("/feeds/jobs.rss", "/feeds/jobs.atom", "/feeds/indeed.xml"):
        body = client.get(url).content.decode()
        for word in ("Private", "Expired", "Draft"):
            assert word not in body, (url, word)


def test_indeed_urls_are_wagtails_own(client, board):
    """The feed builds URLs from the site roots' (careers.page_urls), not by
    asking every page: they must be the ones Wagtail gives each job."""
    jobs = indeed_jobs(client)
    expected = {
        page.get_full_url(): page for page in JobPostingPage.objects.live().specific()
    }
    assert {j.findtext("url") for j in jobs} == set(expected)
    assert all(url.startswith("http") for url in expected)
    assert any("/de/" in url for url in expected)


def test_indeed_gives_a_job_on_another_site_that_sites_url(client, board):
    from wagtail.models import Page, Site

    from careers.models import CareersIndexPage

    other = factories.add_page(
        Page.get_first_root_node(),
        CareersIndexPage(
            title="Careers at Schwesterfirma",
            slug="sister",
            key="sister-home",
            locale=factories.locale("en"),
        ),
    )
    Site.objects.create(hostname="jobs.sister.example", port=443, root_page=other)
    job = factories.job(other, "Dock Planner", key="job-sister")

    jobs = indeed_jobs(client)
    urls = {j.findtext("referencenumber"): j.findtext("url") for j in jobs}

    assert urls["job-sister"] == job.get_full_url()
    assert urls["job-sister"] == "https://jobs.sister.example/en/jobs/dock-planner/"
    assert urls["REQ-1"] == board["a"].get_full_url()


ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def atom_root(client, query: str = "") -> ET.Element:
    response = client.get(f"/feeds/jobs.atom{query}")
    assert response.status_code == 200
    return ET.fromstring(response.content)  # noqa: S314 (our own output)


def test_atom_names_its_author(client, board):
    """RFC 4287: every entry has an author, here the feed's own (the
    organisation, with its website)."""
    root = atom_root(client)
    name = root.findtext(f"{ATOM}author/{ATOM}name")
    assert name and name in root.findtext(f"{ATOM}title")
    assert root.findtext(f"{ATOM}author/{ATOM}uri", "").startswith("http")
    parsed = parse(client, "/feeds/jobs.atom")
    assert parsed.feed.author_detail.name == name


@pytest.fixture
def german_only(home, board):
    """A job that exists only in German (its English version unpublished)."""
    job = factories.job(home, "Lagerhelfer", key="job-de-only")
    german = factories.translate(job, "de", title="Lagerhelfer:in")
    job.unpublish()
    return german


@pytest.mark.parametrize("url", ["/feeds/jobs.rss", "/feeds/jobs.atom"])
def test_a_feed_lists_what_the_api_lists_in_its_language(
    client, board, german_only, url
):
    """One language rule: the feed in a language holds exactly the jobs the
    API's ``?language=`` gives; without ``language``, the default one's."""
    for language in ("en", "de"):
        api = client.get("/api/v1/jobs/", {"language": language})
        assert api.status_code == 200
        in_api = {job["url"] for job in api.json()["results"]}
        parsed = parse(client, f"{url}?language={language}")
        assert {e.link for e in parsed.entries} == in_api, language
        assert parsed.feed.language == language
    default = parse(client, url)
    assert [e.title for e in default.entries] == ["Night Shift Lead", "Route Planner"]
    assert "Lagerhelfer:in" in {
        e.title for e in parse(client, f"{url}?language=de").entries
    }


@pytest.mark.parametrize("url", ["/feeds/jobs.rss", "/feeds/jobs.atom"])
def test_the_german_feed_is_german(client, board, url):
    """German titles and a self link that names its language."""
    german = parse(client, f"{url}?language=de")
    english = parse(client, url)
    assert german.feed.title.startswith("Stellen bei ")
    assert english.feed.title.startswith("Jobs at ")
    [self_de] = [link.href for link in german.feed.links if link.rel == "self"]
    [self_en] = [link.href for link in english.feed.links if link.rel == "self"]
    assert self_de.startswith("http") and "language=de" in self_de
    assert self_en.startswith("http") and "language=en" in self_en


def test_each_atom_feed_has_its_own_id(client, board):
    """The German feed is another feed: its own id and xml:lang. A filtered
    feed is another feed too."""
    english, german = atom_root(client), atom_root(client, "?language=de")
    remote = atom_root(client, "?workplace_type=remote")
    ids = {r.findtext(f"{ATOM}id") for r in (english, german, remote)}
    assert len(ids) == 3 and all(ids)
    assert german.get(XML_LANG) == "de" and english.get(XML_LANG) == "en"
    assert atom_root(client, "?language=en").findtext(f"{ATOM}id") == english.findtext(
        f"{ATOM}id"
    )
