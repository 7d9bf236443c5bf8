"""Anonymous visitors get pages from the cache until the content changes."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from tests import factories

pytestmark = pytest.mark.django_db

ON = {"PAGES": {"CACHE_SECONDS": 600}}


def queries(client, url: str) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries), response.content.decode()


def test_a_repeated_visit_is_not_rendered_again(home, client, settings):
    settings.CAREERS = ON
    job = factories.job(home, "Picker")
    client.get("/en/")  # the site settings rows are made on the first visit
    rendered, first = queries(client, job.url)
    cached, html = queries(client, job.url)
    assert html == first
    assert "Picker" in html
    assert rendered > 4  # a rendered page reads its content
    # Answered before routing, by careers.page_cache: one query, the content
    # version (in the database, the same for every worker).
    assert cached == 1


def test_a_cached_answer_keeps_every_header_of_the_site(home, client, settings):
    settings.CAREERS = ON
    job = factories.job(home, "Picker")
    client.get("/en/")
    first = client.get(job.url)
    again = client.get(job.url)
    for name in (
        "Content-Type",
        "Content-Language",
        "X-Frame-Options",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Cross-Origin-Opener-Policy",
    ):
        assert again.get(name) == first.get(name), name
        assert again.get(name), name
    assert again.get("Vary") == first.get("Vary")
    assert not again.cookies


def test_the_language_and_the_query_string_are_part_of_the_key(home, client, settings):
    settings.CAREERS = ON
    factories.job(home, "Picker")
    client.get("/en/")
    listing = client.get("/en/jobs/").content.decode()
    searched = client.get("/en/jobs/?q=nothing-matches-this").content.decode()
    assert "Picker" in listing
    assert "Picker" not in searched
    assert client.get("/en/jobs/").content.decode() == listing


def test_publishing_shows_at_once(home, client, settings):
    settings.CAREERS = ON
    queries(client, "/en/jobs/")
    factories.job(home, "Forklift Driver")
    _, html = queries(client, "/en/jobs/")
    assert "Forklift Driver" in html


def test_visitors_with_a_session_are_never_served_from_the_cache(
    home, admin_client, settings
):
    settings.CAREERS = ON
    job = factories.job(home, "Picker")
    admin_client.get("/en/")
    queries(admin_client, job.url)
    second, _ = queries(admin_client, job.url)
    assert second > 5, "rendered again, not served from the cache"


def test_private_pages_are_not_cached_for_anyone(home, client, settings):
    from wagtail.models import PageViewRestriction

    settings.CAREERS = ON
    job = factories.job(home, "Secret")
    PageViewRestriction.objects.create(
        page=job, restriction_type="password", password="x"
    )
    for _ in range(2):
        response = client.get(job.url)
        assert "Secret" not in response.content.decode() or response.status_code != 200


def test_publishing_one_job_leaves_the_other_job_pages_warm(home, client, settings):
    """An edit to one job reaches its own page and what lists jobs; every
    other job page is still answered from the cache (one query)."""
    settings.CAREERS = ON
    picker = factories.job(home, "Picker")
    packer = factories.job(home, "Packer")
    client.get("/en/")
    for url in (picker.url, packer.url, "/en/jobs/"):
        queries(client, url)
    picker.title = "Picker (night shift)"
    factories.publish(picker)
    # Served from the cache: the versions, and once per version the next
    # expiry (the jobs changed); not rendered again.
    assert queries(client, packer.url)[0] <= 2
    assert queries(client, packer.url)[0] == 1
    rendered, html = queries(client, picker.url)
    assert rendered > 1 and "Picker (night shift)" in html
    assert "Picker (night shift)" in queries(client, "/en/jobs/")[1]


def test_hiding_a_job_reaches_every_page_that_links_to_it(home, client, settings):
    """Unpublishing changes the site's version: a cached page linking to the
    job loses the link's address at once."""
    settings.CAREERS = ON
    picker = factories.job(home, "Picker")
    link = f'<p>See <a linktype="page" id="{picker.pk}">the picker</a>.</p>'
    packer = factories.job(home, "Packer", introduction=link)
    client.get("/en/")
    assert f'href="{picker.url}"' in queries(client, packer.url)[1]
    assert queries(client, packer.url)[0] == 1
    Page.objects.get(pk=picker.pk).unpublish()
    rendered, html = queries(client, packer.url)
    assert rendered > 1
    assert f'href="{picker.url}"' not in html and "the picker" in html


def test_without_locale_middleware_the_active_language_keys_the_cache(
    home, client, settings
):
    """A host without LocaleMiddleware (no request.LANGUAGE_CODE) gets its
    pages cached under the active language, not a 500."""
    settings.CAREERS = ON
    settings.MIDDLEWARE = [
        m
        for m in settings.MIDDLEWARE
        if m != "django.middleware.locale.LocaleMiddleware"
    ]
    job = factories.job(home, "Picker")
    first = client.get(job.url)
    assert first.status_code == 200
    assert queries(client, job.url)[1] == first.content.decode()


def test_publishing_a_job_with_evidence_links_leaves_the_other_job_pages_warm(
    home, client, settings
):
    """Publishing a post saves its link rows (interviewers, stories,
    milestones, data assets): they are the post's change, not the site's."""
    settings.CAREERS = ON
    team = factories.team(home, "Data Science")
    story = factories.story(home, "Fewer late deliveries", team=team)
    picker = factories.job(
        home,
        "Picker",
        team_page=team,
        interviewers=[factories.person("Mia Brandt")],
        stories=[story],
        data_assets=[factories.data_asset("Shipment events")],
    )
    packer = factories.job(home, "Packer")
    client.get("/en/")
    for url in (picker.url, packer.url):
        queries(client, url)
    picker.title = "Picker (night shift)"
    factories.publish(picker)
    assert queries(client, packer.url)[0] <= 2
    rendered, html = queries(client, picker.url)
    assert rendered > 1 and "Picker (night shift)" in html
