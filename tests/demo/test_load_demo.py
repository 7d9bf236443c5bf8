"""The demo loader builds the showcase, in both languages, once; in a host's
site only under the page it is given."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.models import Page, Site

from careers.models import (
    CareersIndexPage,
    CommunityActivity,
    RoadmapMilestone,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


def counts() -> dict[str, int]:
    return {
        "pages": Page.objects.count(),
        "milestones": RoadmapMilestone.objects.count(),
        "activities": CommunityActivity.objects.count(),
        "users": get_user_model().objects.count(),
    }


def test_running_the_loader_twice_creates_nothing_new(demo):
    before = counts()
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert counts() == before


def host_site() -> tuple[Page, Site]:
    """A host's own site: a home page with a child, as the default site."""
    root = Page.get_first_root_node()
    for page in root.get_children():
        page.delete()
    root = Page.get_first_root_node()
    host_home = root.add_child(instance=Page(title="Host home", slug="host-home"))
    host_home.add_child(instance=Page(title="About us", slug="about"))
    site = Site.objects.filter(is_default_site=True).first() or Site()
    site.hostname, site.port, site.root_page = "www.host.example", 443, host_home
    site.is_default_site = True
    site.save()
    return host_home, site


def test_on_a_site_with_pages_it_needs_a_parent():
    host_site()
    with pytest.raises(CommandError, match="--parent PAGE_ID"):
        call_command("load_demo", stdout=io.StringIO())


def test_under_a_parent_it_touches_no_site_page_or_user():
    """The demo goes under the host's page; the Site, the host's pages and
    the users stay as they were."""
    host_home, site = host_site()
    pages_before = set(Page.objects.values_list("pk", "title", "path"))
    users_before = get_user_model().objects.count()
    call_command("load_demo", "--parent", str(host_home.pk), stdout=io.StringIO())
    assert set(Page.objects.values_list("pk", "title", "path")) >= pages_before
    assert get_user_model().objects.count() == users_before
    site.refresh_from_db()
    assert (site.hostname, site.port, site.root_page_id) == (
        "www.host.example",
        443,
        host_home.pk,
    )
    homes = CareersIndexPage.objects.filter(key="careers-home")
    assert {h.get_parent().pk for h in homes} == {host_home.pk}
    assert {h.locale.language_code for h in homes} == {"en", "de"}


def test_the_demo_site_follows_the_address_make_demo_serves(monkeypatch):
    """`make demo PORT=8080` writes its address into the demo's Site, which
    sitemap, canonical and feed URLs are made from."""
    monkeypatch.setenv("DEMO_URL", "http://127.0.0.1:8080/")
    call_command("load_demo", stdout=io.StringIO())
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8080)
