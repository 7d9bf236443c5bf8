"""What every careers page shows around its content: navigation, the language
switcher, hreflang alternates, canonical and Open Graph data, and the receipts
of its AI claims."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from careers.conf import careers_setting
from careers.languages import active_language, content_languages, default_language
from careers.models import (
    CareersIndexPage,
    CareersPage,
    CommunityPage,
    OrganisationProfile,
    RoadmapPage,
)
from careers.selectors.look import SHARE_RENDITION, look_image, site_look
from careers.selectors.receipts import page_receipts
from careers.selectors.visibility import published

OG_RENDITION = SHARE_RENDITION
#: Open Graph wants language_TERRITORY.
OG_LOCALES = {"en": "en_GB", "de": "de_DE"}
DESCRIPTION_LENGTH = 160


def careers_home(page: Page) -> Page:
    """The careers home a page belongs to (its parent, or itself)."""
    return page if isinstance(page, CareersIndexPage) else page.get_parent()


def navigation(
    home: Page, request: HttpRequest, current: str, *, hidden=()
) -> list[dict]:
    """Jobs, the roadmap and community pages under ``home``, and search.
    ``current`` is the URL being shown, for aria-current; pages with the
    translation keys ``hidden`` (the legal pages, in the footer) are left out."""
    base = home.get_url(request) or "/"
    children = (
        published(Page.objects.child_of(home))
        .type(RoadmapPage, CommunityPage, CareersPage)
        .exclude(translation_key__in=list(hidden))
        .order_by("path")
    )
    items = [{"title": _("Jobs"), "url": f"{base}jobs/"}]
    items += [{"title": p.title, "url": p.get_url(request)} for p in children]
    items.append({"title": _("Search"), "url": f"{base}search/"})
    for item in items:
        item["current"] = item["url"] == current
    return items


def language_links(
    page: Page, home: Page, request: HttpRequest, suffix: str = "", query: str = ""
) -> tuple[list[dict], list[dict]]:
    """The switcher's links (the translation of ``page`` in each language, else
    that language's careers home) and the hreflang alternates (translations
    only). ``suffix`` is a route under the page such as 'jobs/'."""
    versions = published(
        Page.objects.filter(
            translation_key__in={page.translation_key, home.translation_key}
        )
    ).select_related("locale")
    pages, homes = {}, {}
    for version in versions:
        code = version.locale.language_code
        if version.translation_key == page.translation_key:
            pages[code] = version
        if version.translation_key == home.translation_key:
            homes[code] = version
    current = translation.get_language()
    links, alternates = [], []
    for code in content_languages():
        info = translation.get_language_info(code)
        target = pages.get(code)
        if target is not None:
            url = f"{target.get_url(request)}{suffix}"
            alternates.append(
                {"code": code, "url": f"{target.get_full_url(request)}{suffix}"}
            )
            if query:
                url = f"{url}?{query}"
        elif code in homes:
            url = homes[code].get_url(request)
        else:
            url = f"/{code}/"
        links.append(
            {
                "code": code,
                "name": info["name_local"],
                "url": url,
                "current": code == current,
                "translated": target is not None,
            }
        )
    default = next((a for a in alternates if a["code"] == default_language()), None)
    if default is not None:
        alternates.append({"code": "x-default", "url": default["url"]})
    return links, alternates


def description_of(page: Page) -> str:
    if page.search_description:
        return page.search_description
    for name in getattr(page, "claim_fields", ()):
        text = strip_tags(str(getattr(page, name, "") or "")).strip()
        if text:
            return Truncator(" ".join(text.split())).chars(DESCRIPTION_LENGTH)
    return ""


def share_image(page: Page, request: HttpRequest) -> str:
    image_id = getattr(page, "image_id", None)
    if not image_id:
        return ""
    image = look_image(image_id)  # read with the look's (the page's hero)
    return request.build_absolute_uri(image.get_rendition(OG_RENDITION).url)


def site_label(request: HttpRequest) -> str:
    """The organisation's name (its profile for the request's site), else
    'Careers'."""
    site = Site.find_for_request(request)
    profile = OrganisationProfile.shown_for(site) if site else None
    return (profile.name if profile else "") or _("Careers")


#: The job feeds a careers page announces (<link rel="alternate">).
FEEDS = (
    ("careers_feed_rss", "application/rss+xml", "RSS"),
    ("careers_feed_atom", "application/atom+xml", "Atom"),
)


def feed_links(language: str) -> list[dict]:
    """The job feeds in ``language``; none when the host did not mount the
    careers URLs."""
    links = []
    for name, mime, label in FEEDS:
        try:
            url = reverse(name)
        except NoReverseMatch:
            continue
        links.append(
            {"url": f"{url}?language={language}", "type": mime, "title": label}
        )
    return links


def page_chrome(
    page: Page,
    request: HttpRequest,
    *,
    suffix: str = "",
    query: str = "",
    receipts: bool = True,
) -> dict[str, Any]:
    """Navigation, languages and sharing data of ``page`` (shown at ``suffix``,
    a route below it, with the query string ``query`` kept on switching)."""
    home = careers_home(page)
    url = f"{page.get_url(request)}{suffix}"
    languages, alternates = language_links(page, home, request, suffix, query)
    look = site_look(request, hero_id=getattr(page, "image_id", None))
    hidden = [link["key"] for link in look["legal"]]
    return {
        "careers_layout": careers_setting("TEMPLATES", "LAYOUT"),
        "site_label": site_label(request),
        "noindex": False,
        "feed_links": feed_links(active_language()),
        "careers_home": home,
        "careers_home_url": home.get_url(request),
        "navigation": navigation(home, request, url, hidden=hidden),
        "languages": languages,
        "alternates": alternates,
        "canonical_url": f"{page.get_full_url(request)}{suffix}",
        "meta_description": description_of(page),
        "og_image": share_image(page, request),
        "og_locale": OG_LOCALES.get(
            translation.get_language(),
            translation.to_locale(translation.get_language()),
        ),
        "receipts": page_receipts(page, request) if receipts else {},
        "look": look,
    }
