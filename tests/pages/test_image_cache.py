"""The images a page shows (people's photos, with their renditions) are kept
per site content version: a job post rendered again after its publish reads
none, and shows the same photos; a new photo shows at once."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from careers.models import OrganisationProfile
from tests import factories

pytestmark = pytest.mark.django_db

ON = {"PAGES": {"CACHE_SECONDS": 600}}


def visit(client, url: str) -> tuple[str, list[str]]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode(), [q["sql"] for q in ctx.captured_queries]


def photo(name: str):
    return get_image_model().objects.create(
        title=name, file=get_test_image_file(f"{name}.png", size=(300, 300))
    )


def test_a_job_posts_photos_are_kept_across_its_publish(home, client, settings):
    settings.CAREERS = ON
    mei = factories.person("Mei Lin", photo=photo("mei"))
    job = factories.job(home, "Picker", interviewers=[mei])
    first, _sql = visit(client, job.url)  # makes the photo's renditions
    visit(client, "/en/jobs/")
    factories.publish(job)
    again, _sql = visit(client, job.url)
    assert 'class="person__photo"' in again
    factories.publish(job)
    html, sql = visit(client, job.url)
    assert not [q for q in sql if "wagtailimages" in q], "photos came kept"
    assert html.count(".webp") == again.count(".webp") > 0

    chidi = factories.person("Chidi Okafor", photo=photo("chidi"))
    job.interviewer_links.create(person=chidi)
    factories.publish(job)
    assert visit(client, job.url)[0].count('class="person__photo"') == 2


def test_one_image_as_logo_and_favicon_is_kept_with_the_renditions_of_both(
    home, client, settings
):
    """The look is kept with each image's renditions, those of every use:
    the logo's (its JSON-LD size included) and the favicon's, when one image
    is both. A rendition missing from the kept copy is made again on every
    page after (Wagtail draws the file before it finds the row)."""
    settings.CAREERS = ON
    profile = OrganisationProfile.for_site(home.get_site())
    profile.logo = profile.favicon = photo("mark")
    profile.save()
    job = factories.job(home, "Picker")
    visit(client, job.url)  # reads the look, and keeps it
    factories.publish(job)
    html, sql = visit(client, job.url)  # with the look kept
    assert not [q for q in sql if "wagtailimages" in q], "the look came kept"
    logo = r'"logo": "http://testserver/media/images/mark[^"]*\.max-512x512\.png"'
    assert re.search(logo, html), "the JSON-LD names the logo"
    assert re.search(r'rel="icon" href="[^"]*mark[^"]*fill-32x32', html)
