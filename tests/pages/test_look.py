"""The organisation's look from its profile: a brand colour checked for
contrast before it is accepted, its stylesheet, logo, favicon and a footer
with the legal pages in the reader's language."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from careers.models import CareersPage, OrganisationProfile
from tests import factories

from .conftest import html


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def profile_of(content) -> OrganisationProfile:
    return OrganisationProfile.for_site(content.home.get_site())


def test_a_brand_colour_too_light_is_refused(content):
    profile = profile_of(content)
    profile.brand_colour = "#ffcc00"
    with pytest.raises(ValidationError) as refused:
        profile.full_clean()
    message = refused.value.message_dict["brand_colour"][0]
    assert "#ffcc00 is too light" in message and "1.5:1" in message
    assert "4.5:1" in message
    assert "#907200" in message  # a darker shade that passes


def test_a_brand_colour_in_any_css_form_is_kept_as_hex(content):
    profile = profile_of(content)
    profile.brand_colour = "rgb(15 91 115)"
    profile.full_clean()
    assert profile.brand_colour == "#0f5b73"
    profile.brand_colour = "not a colour"
    with pytest.raises(ValidationError):
        profile.full_clean()


def test_pages_link_the_brand_stylesheet_named_by_its_colour(content, client):
    profile = profile_of(content)
    profile.brand_colour = "#0f5b73"
    profile.save()
    page = html(client.get(content.job.url))
    assert '<link rel="stylesheet" href="/careers/brand-0f5b73.css">' in page
    css = client.get("/careers/brand-0f5b73.css")
    assert css["Content-Type"] == "text/css"
    assert "--brand:#0f5b73;" in css.content.decode()
    assert "immutable" in css["Cache-Control"]
    assert client.get("/careers/brand-zzzzzz.css").status_code == 404
    assert '<link rel="icon" href="/static/careers/favicon.svg">' in page


def test_footer_links_the_legal_pages_in_the_readers_language(content, client):
    imprint = factories.add_page(
        content.home, CareersPage(title="Imprint", key="imprint", slug="imprint")
    )
    factories.translate(imprint, "de", title="Impressum", slug="impressum")
    profile = profile_of(content)
    profile.imprint_page = imprint
    profile.contact_email = "jobs@example.com"
    profile.save()
    page = html(client.get("/en/"))
    footer = page[page.index('<footer class="site-footer">') :]
    assert f'<a href="{imprint.url}">Imprint</a>' in footer
    assert "jobs@example.com" in footer and "/en/accessibility/" in footer
    nav = page[page.index('<nav class="site-nav"') :]
    assert "Imprint" not in nav[: nav.index("</nav>")]  # footer only
    german = html(client.get("/de/"))
    assert ">Impressum</a>" in german[german.index('<footer class="site-footer">') :]


def test_logo_sits_in_the_header(content, client):
    profile = profile_of(content)
    profile.logo = get_image_model().objects.create(
        title="Logo", file=get_test_image_file("logo.png")
    )
    profile.save()
    page = html(client.get("/en/"))
    header = page[page.index('<header class="site-header">') :]
    header = header[: header.index("</header>")]
    assert 'class="brand__logo"' in header


def test_the_hero_is_served_as_webp_in_every_width(content, client):
    """The hero is the careers home's largest paint: WebP is about a third
    of the JPEG's size for the same picture (Lighthouse's LCP on mobile)."""
    profile = profile_of(content)
    profile.default_hero = get_image_model().objects.create(
        title="Harbour", file=get_test_image_file("harbour.png", size=(1600, 900))
    )
    profile.save()
    page = html(client.get("/en/"))
    hero = page[page.index('class="hero__image"') - 600 :]
    hero = hero[hero.rindex("<img", 0, 600) : hero.index(">", 600) + 1]
    srcset = hero.split('srcset="', 1)[1].split('"', 1)[0]
    widths = [entry.split()[-1] for entry in srcset.split(", ")]
    assert widths == ["720w", "1200w", "1600w"], hero
    assert all(entry.split()[0].endswith(".webp") for entry in srcset.split(", "))
    assert 'fetchpriority="high"' in hero


def test_card_images_are_webp_and_load_lazily(content, client):
    """Cards sit below the hero: their images come as WebP and only when the
    reader scrolls near them, so they do not compete with the first screen."""
    story = content.story
    story.image = get_image_model().objects.create(
        title="Quay", file=get_test_image_file("quay.png", size=(960, 540))
    )
    factories.publish(story)
    page = html(client.get(content.team.url))
    card = page[page.index('class="card story-card"') :]
    image = card[card.index("<img") : card.index(">", card.index("<img")) + 1]
    srcset = image.split('srcset="', 1)[1].split('"', 1)[0]
    assert all(entry.split()[0].endswith(".webp") for entry in srcset.split(", "))
    assert 'loading="lazy"' in image


def test_an_edited_image_shows_at_once_on_kept_pages(content, client, settings):
    """Pages and the look are kept per site version: an image's edit (here
    its focal point, which names new crops) makes a new one, an upload or the
    sizes Wagtail notes down do not."""
    settings.CAREERS = {"PAGES": {"CACHE_SECONDS": 600}}
    profile = profile_of(content)
    hero = get_image_model().objects.create(
        title="Harbour", file=get_test_image_file("harbour.png", size=(1600, 900))
    )
    profile.default_hero = hero
    profile.save()
    before = html(client.get("/en/"))
    get_image_model().objects.create(title="Quay", file=get_test_image_file())
    hero.save(update_fields=["file_size"])
    assert html(client.get("/en/")) == before, "still the kept page"

    hero.focal_point_x, hero.focal_point_y = 100, 100
    hero.focal_point_width = hero.focal_point_height = 50
    hero.save()
    after = html(client.get("/en/"))
    assert hero.get_focal_point() is not None
    crops = [
        r.file.name for r in hero.renditions.filter(filter_spec__startswith="fill")
    ]
    assert any(name.split("/")[-1] in after for name in crops)
    assert after != before
