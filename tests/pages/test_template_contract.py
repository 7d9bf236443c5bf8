"""The careers pages fit into any host's layout: the head tags come from
{% careers_head %}, the section's navigation from {% careers_nav %}, and
without a host layout careers/layout.html is a whole page of its own."""

from pathlib import Path

import pytest
from django.conf import settings
from django.template import Context, Template
from django.test import override_settings

from .conftest import html

HOST_TEMPLATES = Path(__file__).parent / "host_templates"


def with_layout(layout: str | None):
    """Settings of a host whose layout is ``layout`` (None: our default)."""
    engine = {**settings.TEMPLATES[0], "DIRS": [HOST_TEMPLATES]}
    careers = {"TEMPLATES": {"LAYOUT": layout}} if layout else {}
    return override_settings(TEMPLATES=[engine], CAREERS=careers)


def head_of(page: str) -> str:
    return page[: page.index("</head>")]


def assert_full_head(head: str, job) -> None:
    assert '<script type="application/ld+json">' in head
    assert f'<link rel="canonical" href="http://localhost{job.url}">' in head
    assert '<link rel="alternate" hreflang="de"' in head
    assert '<link rel="alternate" hreflang="x-default"' in head
    assert "careers/careers.css" in head
    assert "careers/careers.js" in head
    assert 'type="application/rss+xml"' in head


def test_default_layout_is_a_whole_page(content, client):
    """Without a host layout, a job post is a complete page with every head
    tag, the careers navigation and the language switcher."""
    with with_layout(None):
        page = html(client.get(content.job.url))
    assert page.startswith("<!doctype html>")
    assert_full_head(head_of(page), content.job)
    assert '<nav class="site-nav"' in page
    assert '<nav class="languages"' in page
    # The organisation's footer (legal pages, contact) is the module's too.
    assert '<footer class="site-footer">' in page


def test_a_host_layout_gets_the_head_tags_from_the_tag(content, client):
    """A host layout with {% careers_head %} and a "content" block shows the
    job post inside its own markup, with JSON-LD, canonical and hreflang."""
    with with_layout("plain_host.html"):
        page = html(client.get(content.job.url))
    assert '<div id="plain-host">' in page
    assert_full_head(head_of(page), content.job)
    assert content.job.title in page


def test_a_host_layout_with_another_block_name_needs_one_adapter(content, client):
    """A layout whose main block is not called "content" is adapted by a
    two-line template; the job post then renders inside it."""
    with with_layout("main_block_adapter.html"):
        response = client.get(content.job.url)
    assert response.status_code == 200
    page = html(response)
    assert '<div id="main-block-host">' in page
    assert content.job.title in page


@pytest.mark.parametrize("url", ["/en/jobs/", "/en/search/?q=lead"])
def test_routes_under_the_home_use_the_host_layout(content, client, url):
    with with_layout("plain_host.html"):
        page = html(client.get(url))
    assert '<div id="plain-host">' in page
    assert "careers/careers.css" in head_of(page)


def test_tags_render_nothing_outside_the_careers_pages():
    """On a host page (no careers context) both tags are empty, so a host
    may put them in the layout every page shares."""
    template = Template(
        "{% load careers_layout %}[{% careers_head %}{% careers_nav %}]"
    )
    assert "".join(template.render(Context({"page": object()})).split()) == "[]"


def test_a_search_is_not_indexed(content, client):
    page = html(client.get("/en/search/?q=lead"))
    assert '<meta name="robots" content="noindex">' in head_of(page)
