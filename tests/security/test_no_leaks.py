"""No leaks: for every content type, the draft, scheduled, expired, private
(password, login, groups) and unpublished-parent versions, and the newer draft
or scheduled revisions of live content, appear on no public surface: pages,
the job listing, search, the sitemap, JSON-LD, every API endpoint and the
change feed, every feed, and the receipts.

The one place that asserts this for the whole site (tests/security/hidden.py
builds it); other modules test their own surface in more detail."""

import datetime as dt
import json
import re
import time

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, Site

from careers.models import CareersIndexPage, JobPostingPage
from careers.services.changes import encode_cursor
from tests import factories

from .conftest import built_once
from .hidden import (
    HOME_VARIANTS,
    JOB_VARIANTS,
    LIVE_WITH_HIDDEN_REVISION,
    NEVER_PUBLIC,
    PAGE_TYPES,
    PAGE_VARIANTS,
    PRIVATE,
    SNIPPET_TYPES,
    SNIPPET_VARIANTS,
    WORD,
    build_hidden_site,
    leaks,
)

# db tests (pytest-django runs them before the live-server ones, which flush).
pytestmark = pytest.mark.django_db

#: Every public surface, with what it must show (so an empty answer fails).
SURFACES = {
    "home": ("/en/", "Visible job draft_change"),
    "home-de": ("/de/", "Visible job draft_change"),
    "listing": ("/en/jobs/", "Visible job with links"),
    "listing-de": ("/de/jobs/", "Visible job with links"),
    "listing-search": (f"/en/jobs/?q={WORD}", "jobs"),
    "listing-team": ("/en/jobs/?team=team-visible", "Visible job with links"),
    "search": (f"/en/search/?q={WORD}", "Visible careers page"),
    "search-de": (f"/de/search/?q={WORD}", "Visible careers page"),
    "search-title": ("/en/search/?q=links", "Visible job with links"),
    "job": ("/en/jobs/visible-job-with-links/", "Visible job with links"),
    "team": ("/en/visible-team/", "Visible team"),
    "story": ("/en/visible-story/", "Visible story"),
    "story-of-private-team": ("/en/visible-story-of-a-private-team/", "Visible"),
    "roadmap": ("/en/visible-roadmap/", "Visible milestone of team draft"),
    "community": ("/en/community/", "Visible hack days"),
    "careers-page": ("/en/visible-careers-page/", "Visible careers page"),
    "sitemap": ("/sitemap.xml", "visible-job-with-links"),
    "robots": ("/robots.txt", "Sitemap"),
    "api-jobs": ("/api/v1/jobs/?page_size=100", "Visible job with links"),
    "api-jobs-de": ("/api/v1/jobs/?language=de&page_size=100", "results"),
    "api-jobs-search": (f"/api/v1/jobs/?q={WORD}", "results"),
    "api-job": ("/api/v1/jobs/job-visible/", "Visible job with links"),
    "api-teams": ("/api/v1/teams/?page_size=100", "Visible team"),
    "api-roadmap": ("/api/v1/roadmap/?page_size=100", "Visible milestone"),
    "api-stories": ("/api/v1/stories/?page_size=100", "Visible story"),
    "api-community": ("/api/v1/community/?page_size=100", "Visible hack days"),
    "api-schema": ("/api/v1/schema/", "openapi"),
    "api-changes": (f"/api/v1/jobs/changes/?since={encode_cursor(0)}", "job-visible"),
    "rss": ("/feeds/jobs.rss", "Visible job with links"),
    "rss-de": ("/feeds/jobs.rss?language=de", "rss"),
    "rss-search": (f"/feeds/jobs.rss?q={WORD}", "rss"),
    "atom": ("/feeds/jobs.atom", "Visible job with links"),
    "indeed": ("/feeds/indeed.xml", "Visible job with links"),
}


@pytest.fixture(scope="module")
def site_ids(django_db_setup, django_db_blocker):
    def build():
        site = build_hidden_site()
        return {
            "pages": {key: page.pk for key, page in site.pages.items()},
            "snippets": {key: (type(s), s.pk) for key, s in site.snippets.items()},
            "public_job": site.public["job"].pk,
        }

    yield from built_once(django_db_blocker, build)


@pytest.fixture
def pages(site_ids, db):
    return {
        key: Page.objects.get(pk=pk).specific for key, pk in site_ids["pages"].items()
    }


@pytest.mark.parametrize("name", SURFACES)
def test_no_public_surface_shows_hidden_content(site_ids, db, client, name):
    url, expected = SURFACES[name]
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    body = response.content.decode()
    assert expected in body, f"{url} does not show {expected!r}"
    assert not leaks(body), f"{url} leaks: {leaks(body)}"


def test_the_surfaces_cover_every_hidden_content_type_and_variant(site_ids):
    """The site under test has every content type in every variant."""
    pages = set(site_ids["pages"])
    for kind in PAGE_TYPES:
        variants = JOB_VARIANTS if kind == "job" else PAGE_VARIANTS
        assert {(kind, v) for v in variants} <= pages
    assert {("home", v) for v in HOME_VARIANTS} <= pages
    snippets = set(site_ids["snippets"])
    assert {(k, v) for k in SNIPPET_TYPES for v in SNIPPET_VARIANTS} <= snippets


def gone_or_missing(pages) -> list[tuple[str, str]]:
    return [
        key
        for key in pages
        if key[1] not in (*PRIVATE, *LIVE_WITH_HIDDEN_REVISION) and key[0] != "home"
    ]


def test_hidden_pages_answer_404_or_410_and_show_nothing(pages, client):
    """Drafts, scheduled, expired and unpublished-parent pages are 404; expired
    jobs are 410 with their title only (it was public) and no text."""
    for key in gone_or_missing(pages):
        page = pages[key]
        response = client.get(page.url)
        expected = (
            410
            if key[0] == "job" and key[1] in ("expired", "past_valid_through")
            else 404
        )
        assert response.status_code == expected, (key, page.url, response.status_code)
        body = response.content.decode()
        assert WORD not in body, key
        assert not leaks(body, allow=(page.title, page.url)), (key, leaks(body))


@pytest.mark.parametrize("kind", PRIVATE)
def test_private_pages_ask_who_you_are_and_show_nothing(pages, client, kind):
    """Password: the password form; login and groups: the login page, also for
    a signed-in user outside the group."""
    for (page_kind, variant), page in pages.items():
        if variant != kind or not page.url:
            continue
        response = client.get(page.url)
        body = response.content.decode()
        assert not leaks(body, allow=(page.url,)), (page_kind, leaks(body))
        if kind == "password":
            assert response.status_code == 200 and "password" in body.lower()
        else:
            assert response.status_code == 302, (page_kind, response.status_code)
            assert "/login/" in response["Location"] or "login" in response["Location"]


def test_a_group_restriction_keeps_out_signed_in_users_outside_the_group(pages, client):
    outsider = factories.user("outsider")
    client.force_login(outsider)
    page = pages["job", "groups"]
    response = client.get(page.url)
    assert response.status_code == 302
    assert not leaks(response.content.decode())
    insider = factories.user("insider")
    insider.groups.add(Group.objects.get(name="Insiders"))
    client.force_login(insider)
    assert client.get(page.url).status_code == 200  # the restriction is real


@pytest.mark.parametrize("variant", LIVE_WITH_HIDDEN_REVISION)
def test_live_pages_show_their_live_version_only(pages, client, variant):
    for kind in (*PAGE_TYPES, "home"):
        page = pages[kind, variant]
        response = client.get(page.url)
        assert response.status_code == 200, (kind, response.status_code)
        body = response.content.decode()
        assert not leaks(body), (kind, leaks(body))
        assert page.title in body


def test_hidden_jobs_are_not_in_the_api_by_id(pages, client):
    for (kind, variant), page in pages.items():
        if kind != "job" or variant in LIVE_WITH_HIDDEN_REVISION:
            continue
        response = client.get(f"/api/v1/jobs/{page.key}/")
        assert response.status_code == 404, (variant, response.status_code)


def test_the_change_feed_names_hidden_jobs_only_as_tombstones(pages, client):
    """Jobs that were public leave as tombstones without content; jobs that
    never were public are never named."""
    body = client.get(f"/api/v1/jobs/changes/?since={encode_cursor(0)}").json()
    named = {}
    for change in body["changes"]:
        named[change["id"], change["language"]] = change
    for (kind, variant), page in pages.items():
        if kind != "job":
            continue
        entry = named.get((page.key, page.locale.language_code))
        if variant in NEVER_PUBLIC:
            assert entry is None, variant
        elif variant in LIVE_WITH_HIDDEN_REVISION:
            assert entry["type"] == "upsert" and not leaks(json.dumps(entry))
        elif entry is not None:
            assert entry["type"] == "tombstone" and entry["job"] is None, variant


def test_the_json_ld_of_a_public_job_is_intact_and_shows_nothing_hidden(
    site_ids, db, client
):
    body = client.get("/en/jobs/visible-job-with-links/").content.decode()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', body)
    assert len(blocks) == 1
    data = json.loads(blocks[0])
    assert data["title"] == "Visible job with links"
    assert not leaks(json.dumps(data))


def test_receipts_show_only_published_evidence(site_ids, db, client):
    """The public job's AI claim is backed by its public story only."""
    job = JobPostingPage.objects.get(pk=site_ids["public_job"])
    job.introduction = (
        "<p>Since 2025 we use machine learning to predict delivery times.</p>"
        + job.introduction
    )
    factories.publish(job)
    body = client.get(job.url).content.decode()
    assert 'class="receipt"' in body
    assert "Visible story" in body
    assert not leaks(body)


def test_rich_text_links_keep_public_addresses_and_drop_hidden_ones(
    site_ids, db, client
):
    body = client.get("/en/jobs/visible-job-with-links/").content.decode()
    assert '<a href="/en/visible-team/">our team</a>' in body
    linked = [
        key
        for key in site_ids["pages"]
        if key[0] != "home"
        and key[1] not in (*LIVE_WITH_HIDDEN_REVISION, "past_valid_through")
    ]
    assert body.count("<a>a link</a>") == len(linked)


def test_a_live_page_under_an_unpublished_careers_home_is_not_served(
    db, client, settings
):
    """Wagtail serves a live page whose parent is unpublished; we do not, in a
    site whose careers home sits below the host's home page."""
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "other.example"]
    root = Page.get_first_root_node()
    host = root.add_child(
        instance=Page(title="Host", slug="host", locale=factories.locale())
    )
    Site.objects.create(hostname="other.example", root_page=host)
    careers = factories.add_page(
        host, CareersIndexPage(title="Careers", slug="careers", key="c2")
    )
    job = factories.job(careers, "Hushhush job under a draft home", key="job-c2")
    assert client.get(job.url, HTTP_HOST="other.example").status_code == 200
    Page.objects.get(pk=careers.pk).unpublish()
    response = client.get(job.url, HTTP_HOST="other.example")
    assert response.status_code == 404
    assert not leaks(response.content.decode(), allow=(job.url,))


def hide(job: JobPostingPage, home, how: str) -> None:
    """Hide a public job the way an editor, the scheduler or time would."""
    if how == "unpublish":
        Page.objects.get(pk=job.pk).unpublish()
    elif how in PRIVATE:
        kind = {"groups": PageViewRestriction.GROUPS}.get(how, how)
        restriction = PageViewRestriction.objects.create(
            page=job, restriction_type=kind, password="secret"
        )
        if how == "groups":
            restriction.groups.add(Group.objects.get_or_create(name="Insiders")[0])
    elif how == "expire":  # valid-through passes; the scheduler has not run
        time.sleep(max((job.expire_at - timezone.now()).total_seconds(), 0) + 0.1)
    elif how == "delete":
        Page.objects.get(pk=job.pk).delete()


@pytest.mark.parametrize(
    ("how", "status"),
    [
        ("unpublish", 404),
        ("password", 200),
        ("login", 302),
        ("groups", 302),
        ("expire", 410),
        ("delete", 404),
    ],
)
def test_a_page_cached_while_public_is_not_served_once_hidden(
    client, home, settings, how, status
):
    """The rendered-page cache (on in production) never outlives what it
    showed: every way of hiding a page changes the content version."""
    settings.CAREERS = {"PAGES": {"CACHE_SECONDS": 3600}}
    soon = timezone.now() + dt.timedelta(seconds=4) if how == "expire" else None
    job = factories.job(
        home,
        "Dispatcher",
        key="job-cached",
        introduction=f"<p>{WORD} text</p>",
        expire_at=soon,
    )
    for _ in range(2):  # rendered, then served from the cache
        assert WORD in client.get(job.url).content.decode()
    hide(job, home, how)
    response = client.get(job.url)
    assert response.status_code == status, (how, response.status_code)
    assert WORD not in response.content.decode()
    assert WORD not in client.get("/en/jobs/").content.decode()
