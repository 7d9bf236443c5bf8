"""How the careers pages of a site look, from its organisation profile: the
brand stylesheet, logo, favicon, hero image and footer. Images come with the
renditions the templates use, in one query."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from careers import branding, request_memo
from careers.languages import active_locale
from careers.models import OrganisationProfile

LOGO_RENDITIONS = ("height-48", "height-96")
FAVICON_RENDITIONS = ("fill-32x32|format-png", "fill-180x180|format-png")
HERO_RENDITIONS = (
    "fill-720x480|format-webp",
    "fill-1200x800|format-webp",
    "fill-1600x900|format-webp",
)
#: Also asked for by the sharing data and the job posts' JSON-LD: fetched with
#: the others, so that the page reads each image once.
SHARE_RENDITION = "fill-1200x630"
JSONLD_LOGO_RENDITION = "max-512x512"
DEFAULT_FAVICON = "careers/favicon.svg"


def _images(*ids: int | None) -> dict[int, Any]:
    """The images ``ids`` with the renditions pages ask for (kept for the
    request: ``look_image`` finds them again)."""
    wanted = [pk for pk in ids if pk]
    if not wanted:
        return {}
    specs = (
        *LOGO_RENDITIONS,
        *FAVICON_RENDITIONS,
        *HERO_RENDITIONS,
        SHARE_RENDITION,
        JSONLD_LOGO_RENDITION,
    )
    found = get_image_model().objects.prefetch_renditions(*specs).in_bulk(wanted)
    request_memo.memo("look_images").update(found)
    return found


def look_image(pk: int | None):
    """The image ``pk`` as this request's look read it with its renditions,
    else read now."""
    if not pk:
        return None
    found = request_memo.memo("look_images").get(pk)
    return found if found is not None else get_image_model().objects.get(pk=pk)


def _rendition_url(image, spec: str) -> str:
    return image.get_rendition(spec).url if image is not None else ""


def localized(page: Page | None) -> Page | None:
    """``page`` in the reader's language when translated and live."""
    if page is None:
        return None
    active = active_locale()
    version = page
    if page.locale_id != active.pk:
        version = page.get_translation_or_none(active) or page
    return version if version.live else (page if page.live else None)


def footer_links(profile: OrganisationProfile, request: HttpRequest) -> list[dict]:
    links = []
    for block in profile.footer_links:
        links.append(
            {
                "label": block.value["label"],
                "url": block.value["url"],
                "lang": settings.LANGUAGE_CODE,
            }
        )
    return links


def legal_links(profile: OrganisationProfile, request: HttpRequest) -> list[dict]:
    """The imprint and privacy pages in the reader's language."""
    ids = [pk for pk in (profile.imprint_page_id, profile.privacy_page_id) if pk]
    pages = Page.objects.in_bulk(ids) if ids else {}
    found = []
    for pk in (profile.imprint_page_id, profile.privacy_page_id):
        page = localized(pages.get(pk))
        if page is not None:
            found.append(
                {
                    "label": page.title,
                    "url": page.get_url(request),
                    "key": page.translation_key,
                }
            )
    return found


def site_look(request: HttpRequest, *, hero_id: int | None = None) -> dict[str, Any]:
    """Everything the layout and footer show about the organisation's look."""
    site = Site.find_for_request(request)
    profile = OrganisationProfile.shown_for(site) if site else OrganisationProfile()
    hero_id = hero_id or profile.default_hero_id
    images = _images(profile.logo_id, profile.favicon_id, hero_id)
    logo, favicon = images.get(profile.logo_id), images.get(profile.favicon_id)
    return {
        "brand_css": reverse(
            "careers_brand_css", args=[branding.version_of(profile.brand)]
        ),
        "logo": logo,
        "favicon": _rendition_url(favicon, FAVICON_RENDITIONS[0])
        or static(DEFAULT_FAVICON),
        "touch_icon": _rendition_url(favicon, FAVICON_RENDITIONS[1]),
        "hero": images.get(hero_id),
        "footer_text": profile.footer_text,
        "contact_email": profile.contact_email,
        "legal": legal_links(profile, request),
        "links": footer_links(profile, request),
        "language": translation.get_language(),
    }
