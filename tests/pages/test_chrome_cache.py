"""The chrome's pages (the careers home, its translations, navigation and
legal pages) are kept per site content version (careers.selectors.page_chrome):
every change to them shows at once, and a page's own translations are always
read for it."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from careers import versioning
from careers.models import CareersPage, ContentVersion, OrganisationProfile
from careers.selectors import look
from tests import factories

pytestmark = pytest.mark.django_db

ON = {"PAGES": {"CACHE_SECONDS": 600}}


def html(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_navigation_follows_every_publish_and_unpublish(home, client, settings):
    settings.CAREERS = ON
    job = factories.job(home, "Picker")
    assert "Benefits" not in html(client, "/en/jobs/")
    assert "Benefits" not in html(client, job.url)

    benefits = factories.add_page(home, CareersPage(title="Benefits", slug="benefits"))
    assert 'href="/en/benefits/"' in html(client, "/en/jobs/")
    assert 'href="/en/benefits/"' in html(client, job.url)

    Page.objects.get(pk=benefits.pk).unpublish()
    assert "Benefits" not in html(client, "/en/jobs/")
    assert "Benefits" not in html(client, job.url)


def test_a_job_posts_own_translations_are_read_with_the_kept_chrome(
    home, client, settings
):
    """After a job's publish the chrome's site rows are kept (not read again),
    and the job's own versions are read: the switcher links its translation."""
    settings.CAREERS = ON
    factories.translate(home, "de", title="Karriere")
    job = factories.job(home, "Picker")
    german = factories.translate(job, "de", title="Kommissionierer")
    assert german.url in html(client, job.url)

    factories.publish(job)
    with CaptureQueriesContext(connection) as ctx:
        page = html(client, job.url)
    assert "Picker" in page and german.url in page
    navigation = [
        q["sql"]
        for q in ctx.captured_queries
        if "UNION" in q["sql"] and '"wagtailcore_page"."path" LIKE' in q["sql"]
    ]
    assert not navigation, "the site's rows of the chrome came from the cache"


def test_the_look_is_kept_per_site_version_and_follows_the_profile(
    home, client, settings
):
    """The organisation profile and its images are kept with the site's
    version: a job's publish leaves them kept, a change to the profile shows
    at once."""
    settings.CAREERS = ON
    job = factories.job(home, "Picker")
    profile = OrganisationProfile.for_site(Site.objects.get(is_default_site=True))
    profile.footer_text = "Made in Leipzig"
    profile.save()
    assert "Made in Leipzig" in html(client, "/en/jobs/")

    factories.publish(job)
    with CaptureQueriesContext(connection) as ctx:
        assert "Made in Leipzig" in html(client, "/en/jobs/")
    read = [q["sql"] for q in ctx.captured_queries]
    assert not [q for q in read if "careers_organisationprofile" in q]

    profile.footer_text = "Made in Halle"
    profile.save()
    page = html(client, "/en/jobs/")
    assert "Made in Halle" in page and "Made in Leipzig" not in page


def test_a_look_kept_in_another_shape_is_read_again(home, client, settings):
    """What an earlier release kept under the same key (another shape) is
    not trusted: the page reads the look again."""
    settings.CAREERS = ON
    job = factories.job(home, "Picker")
    client.get("/en/jobs/")
    token = ContentVersion.objects.get(scope=versioning.SITE).token
    site = Site.objects.get(is_default_site=True)
    key = look.LOOK_KEY.format(token=token, site=site.pk)
    assert isinstance(cache.get(key), dict), "the listing kept the look"
    cache.set(key, {"profile": None, "images": {}})
    job.title = "Picker (nights)"
    factories.publish(job)
    assert "Picker (nights)" in html(client, "/en/jobs/")
