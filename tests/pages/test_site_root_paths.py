"""The site root paths the careers pages give a request in one query are
the ones Wagtail would read (in two queries, and one more per site)."""

from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from careers.page_urls import ROOT_PATHS_ATTR, site_root_paths
from tests import factories


def test_the_root_paths_are_wagtails_in_one_query(home):
    factories.translate(home, "de")
    other_root = Page.objects.get(depth=1).add_child(
        instance=Page(title="Other site", slug="other-site")
    )
    Site.objects.create(hostname="other.example", port=443, root_page=other_root)
    cache.clear()
    request = RequestFactory().get("/en/")
    with CaptureQueriesContext(connection) as ctx:
        site_root_paths(request)
    assert len(ctx.captured_queries) == 1
    ours = getattr(request, ROOT_PATHS_ATTR)
    cache.clear()
    assert ours == Site.get_site_root_paths()
    assert {p.root_url for p in ours} >= {"https://other.example"}
