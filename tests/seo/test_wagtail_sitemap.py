"""wagtail.contrib.sitemaps lists the careers pages a host's site holds: each
careers home with its job listing, open jobs, never expired ones, wherever
the careers home is in the tree."""

import datetime as dt
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone
from wagtail.models import Page, Site

from careers.models import CareersIndexPage, JobPostingPage
from tests import factories

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}

pytestmark = pytest.mark.urls("tests.seo.wagtail_sitemap_urls")


def locations(client) -> set[str]:
    response = client.get("/wagtail-sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 (Wagtail's sitemap)
    return {url.findtext("sm:loc", namespaces=NS) for url in root.findall("sm:url", NS)}


@pytest.fixture
def host_home(db):
    """A host's own home page as the site root, with a careers home below."""
    for page in Page.objects.filter(depth=2):
        page.delete()
    root = Page.get_first_root_node()
    host_home = root.add_child(
        instance=Page(title="Host", slug="host", locale=factories.locale("en"))
    )
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": host_home},
    )
    return host_home


def test_a_careers_home_under_the_hosts_home_is_listed_with_its_jobs(host_home, client):
    home = factories.add_page(
        host_home,
        CareersIndexPage(title="Careers", slug="careers", locale=host_home.locale),
    )
    job = factories.job(home, "Picker")
    gone = factories.job(home, "Night picker")
    JobPostingPage.objects.filter(pk=gone.pk).update(
        expire_at=timezone.now() - dt.timedelta(days=1)
    )
    urls = locations(client)
    base = "http://localhost"
    assert {
        f"{base}/en/",
        f"{base}/en/careers/",
        f"{base}/en/careers/jobs/",
        f"{base}{job.url}",
    } <= urls
    assert f"{base}{gone.url}" not in urls


def test_pages_under_an_unpublished_careers_home_are_not_listed(host_home, client):
    home = factories.add_page(
        host_home,
        CareersIndexPage(title="Careers", slug="careers", locale=host_home.locale),
    )
    job = factories.job(home, "Picker")
    home.unpublish()
    assert f"http://localhost{job.url}" not in locations(client)
