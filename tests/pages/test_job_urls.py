"""Job posts live at /<language>/jobs/<slug>/ (job boards look for a /jobs/
segment); their former address /<language>/<slug>/ answers 301 to it, but
only to whoever may see the post."""

import importlib
import json
import re

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from careers.models import JobPostingPage
from tests import factories

from .conftest import expire, html
from .test_visibility import PRIVACY_KINDS, restrict

BASE = "http://localhost"
LD_JSON = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)

#: Queries of a job post at its former address /en/<slug>/ before this change
#: (main at a0a02bc, the same request as test_the_new_address_costs_no_more_queries;
#: measured with pytest -s on a copy of it; 40 at the new address).
QUERIES_BEFORE = 41


def test_a_job_is_at_jobs_slug_in_each_language(content, client):
    job, job_de = content.job, content.job_de
    assert job.url == "/en/jobs/warehouse-team-lead/"
    assert job_de.url == f"/de/jobs/{job_de.slug}/"
    assert job.full_url == f"{BASE}/en/jobs/warehouse-team-lead/"
    assert job.get_url_parts()[2] == "/en/jobs/warehouse-team-lead/"
    # A plain Page (menus, rich-text links, Wagtail's cache purge) agrees.
    assert Page.objects.get(pk=job.pk).url == job.url
    response = client.get(job.url)
    assert response.status_code == 200
    assert "Warehouse Team Lead" in html(response)
    assert client.get(job_de.url).status_code == 200
    listing = client.get("/en/jobs/")
    assert listing.status_code == 200
    assert f'href="{job.url}"' in html(listing)


@pytest.mark.parametrize("query", ["", "?utm_source=board&ref=a%20b"])
def test_the_former_address_redirects_permanently(content, client, query):
    response = client.get(f"/en/warehouse-team-lead/{query}")
    assert response.status_code == 301
    assert response["Location"] == f"/en/jobs/warehouse-team-lead/{query}"
    response = client.get(f"/de/{content.job_de.slug}/")
    assert response.status_code == 301
    assert response["Location"] == content.job_de.url


@pytest.mark.parametrize("unpublish", [False, True], ids=["still-live", "unpublished"])
def test_an_expired_job_is_gone_at_the_new_address(content, client, unpublish):
    job = expire(content.job, unpublish=unpublish)
    assert client.get("/en/jobs/warehouse-team-lead/").status_code == 410
    response = client.get("/en/warehouse-team-lead/")
    assert response.status_code == 301
    assert response["Location"] == "/en/jobs/warehouse-team-lead/"
    assert job.url == "/en/jobs/warehouse-team-lead/"


def test_a_draft_is_a_404_at_both_addresses(content, client):
    draft = factories.job(content.home, "Draft Warehouse Planner", live=False)
    for path in ("/en/draft-warehouse-planner/", "/en/jobs/draft-warehouse-planner/"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert "Location" not in response
    assert Page.objects.get(pk=draft.pk).url_path.endswith(
        "/jobs/draft-warehouse-planner/"
    )


@pytest.mark.parametrize("kind", PRIVACY_KINDS)
def test_a_private_job_does_not_reveal_its_new_address(content, client, kind):
    job = factories.job(content.home, "Private Warehouse Planner")
    restrict(job, kind)
    old = client.get("/en/private-warehouse-planner/")
    new = client.get("/en/jobs/private-warehouse-planner/")
    assert old.status_code == new.status_code
    assert old.status_code in (200, 302)  # the password form, or the login
    assert "jobs/private-warehouse-planner" not in old.get("Location", "")
    assert "jobs/private-warehouse-planner" not in html(old)
    assert job.title not in html(old) and job.title not in html(new)


def test_a_private_job_redirects_whoever_may_see_it(content, client, django_user_model):
    job = factories.job(content.home, "Private Warehouse Planner")
    restrict(job, PageViewRestriction.LOGIN)
    client.force_login(django_user_model.objects.create_user("insider", "x@y.z", "pw"))
    response = client.get("/en/private-warehouse-planner/")
    assert response.status_code == 301
    assert response["Location"] == "/en/jobs/private-warehouse-planner/"
    assert job.title in html(client.get(response["Location"]))


@pytest.mark.parametrize("slug", ["jobs", "search", "accessibility", "feeds"])
def test_a_job_slug_never_shadows_the_homes_routes(content, client, slug):
    """Such slugs are refused on save (careers.slugs); a job that has one
    anyway (older data) is at jobs/<slug>/ and the home's routes still win."""
    job = factories.job(content.home, f"Job called {slug}")
    url_path = f"{content.home.url_path}jobs/{slug}/"
    JobPostingPage.objects.filter(pk=job.pk).update(slug=slug, url_path=url_path)
    job.refresh_from_db()
    assert job.url == f"/en/jobs/{slug}/"
    assert f"Job called {slug}" in html(client.get(job.url))
    listing = html(client.get("/en/jobs/"))
    assert "Warehouse Team Lead" in listing and 'class="job-head"' not in listing
    search = client.get("/en/search/?q=warehouse")
    assert search.status_code == 200 and 'class="job-head"' not in html(search)
    assert client.get("/en/accessibility/").status_code == 200
    assert client.get("/feeds/jobs.rss").status_code == 200


def test_other_pages_keep_their_address_and_jobs_slug_404s(content, client):
    assert content.team.url == f"/en/{content.team.slug}/"
    assert client.get(content.team.url).status_code == 200
    assert client.get(f"/en/jobs/{content.team.slug}/").status_code == 404
    assert client.get("/en/jobs/no-such-job/").status_code == 404
    assert client.get("/en/jobs/warehouse-team-lead/more/").status_code == 404


def test_crawlers_feeds_and_the_api_give_the_new_address(content, client):
    job, job_de = content.job, content.job_de
    new, new_de = f"{BASE}{job.url}", f"{BASE}{job_de.url}"
    sitemap = html(client.get("/sitemap.xml"))
    assert f"<loc>{new}</loc>" in sitemap
    assert f'hreflang="de" href="{new_de}"' in sitemap
    assert f"{BASE}/en/warehouse-team-lead/" not in sitemap
    page = html(client.get(job.url))
    head = page[: page.index("</head>")]
    assert f'<link rel="canonical" href="{new}">' in head
    assert f'<link rel="alternate" hreflang="de" href="{new_de}">' in head
    posting = next(
        d for d in map(json.loads, LD_JSON.findall(page)) if d["@type"] == "JobPosting"
    )
    assert posting["url"] == new
    for feed in ("/feeds/jobs.rss", "/feeds/jobs.atom", "/feeds/indeed.xml"):
        body = html(client.get(feed))
        assert new in body, feed
        assert f"{BASE}/en/warehouse-team-lead/" not in body, feed
    detail = client.get(f"/api/v1/jobs/{job.key}/").json()
    assert detail["url"] == new
    listed = client.get("/api/v1/jobs/").json()
    assert new in json.dumps(listed)


def test_the_admin_links_to_the_new_address(content, admin_client):
    edit = html(admin_client.get(f"/admin/pages/{content.job.pk}/edit/"))
    assert "/en/jobs/warehouse-team-lead/" in edit
    preview = admin_client.get(f"/admin/pages/{content.job.pk}/edit/preview/")
    assert preview.status_code in (200, 405)


def test_the_new_address_costs_no_more_queries(content, client):
    client.get(content.job.url)  # warm the site, content-type and claims caches
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(content.job.url, HTTP_COOKIE="sessionid=x")
    assert response.status_code == 200
    assert len(ctx.captured_queries) <= QUERIES_BEFORE


def test_moving_and_wagtails_set_url_paths_keep_the_jobs_segment(content):
    other_home = factories.add_page(
        content.home.get_parent(),
        type(content.home)(title="Careers two", slug="careers-two", key="home-2"),
    )
    plain = Page.objects.get(pk=content.remote_job.pk)  # as Wagtail moves pages
    plain.move(other_home, pos="last-child")
    moved = JobPostingPage.objects.get(pk=plain.pk)
    assert moved.url_path == f"{other_home.url_path}jobs/remote-dispatcher/"
    call_command("set_url_paths")
    job = JobPostingPage.objects.get(pk=content.job.pk)
    assert job.url_path == f"{content.home.url_path}jobs/warehouse-team-lead/"


def test_the_migration_moves_existing_jobs_and_back(content):
    migration = importlib.import_module("careers.migrations.0013_job_urls_under_jobs")
    job = content.job
    migration.backwards(apps, None)
    job.refresh_from_db()
    assert job.url_path == f"{content.home.url_path}warehouse-team-lead/"
    migration.forwards(apps, None)
    job.refresh_from_db()
    assert job.url_path == f"{content.home.url_path}jobs/warehouse-team-lead/"
    team = Page.objects.get(pk=content.team.pk)
    assert team.url_path == f"{content.home.url_path}{content.team.slug}/"
