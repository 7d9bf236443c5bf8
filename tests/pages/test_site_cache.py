"""The site a host finds (Wagtail's ``Site.find_for_request``) is kept per
site content version for the pages the page cache renders: a job's publish
leaves it kept, a new site for a host routes that host at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from careers.models import CareersIndexPage
from tests import factories

pytestmark = pytest.mark.django_db

ON = {"PAGES": {"CACHE_SECONDS": 600}}


def visit(client, url: str, host: str = "localhost") -> tuple[str, list[str]]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, HTTP_HOST=host)
    assert response.status_code == 200
    return response.content.decode(), [q["sql"] for q in ctx.captured_queries]


def test_the_site_is_kept_across_a_jobs_publish(home, client, settings):
    settings.CAREERS = ON
    job = factories.job(home, "Picker")
    visit(client, "/en/jobs/")
    factories.publish(job)
    html, sql = visit(client, "/en/jobs/")
    assert "Picker" in html
    assert not [q for q in sql if 'FROM "wagtailcore_site"' in q], (
        "the request's site came from the cache"
    )


def test_a_new_site_for_a_host_routes_it_at_once(home, client, settings):
    settings.CAREERS = ON
    settings.ALLOWED_HOSTS = ["localhost", "jobs.example.com"]
    factories.job(home, "Picker")
    assert "Picker" in visit(client, "/en/jobs/", "jobs.example.com")[0]

    root = Page.get_first_root_node()
    other = factories.add_page(
        root,
        CareersIndexPage(
            title="Jobs at Otherfirm",
            slug="other",
            key="other-home",
            locale=home.locale,
        ),
    )
    factories.job(other, "Courier")
    Site.objects.create(hostname="jobs.example.com", port=80, root_page=other)
    html, _sql = visit(client, "/en/jobs/", "jobs.example.com")
    assert "Jobs at Otherfirm" in html, html[:3000]
    assert "Picker" in visit(client, "/en/jobs/")[0]


def test_a_host_only_a_pattern_allows_is_not_kept(home, client, settings):
    """Entries are as many as ALLOWED_HOSTS names: a host that only a pattern
    allows (any subdomain) is looked up by Wagtail every time."""
    settings.CAREERS = ON
    settings.ALLOWED_HOSTS = ["localhost", ".example.com"]
    job = factories.job(home, "Picker")
    visit(client, "/en/jobs/", "a1.example.com")
    factories.publish(job)
    html, sql = visit(client, "/en/jobs/", "a1.example.com")
    assert "Picker" in html
    assert [q for q in sql if 'FROM "wagtailcore_site"' in q]
