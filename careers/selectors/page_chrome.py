"""What every careers page shows around its content: navigation, the language
switcher, hreflang alternates, canonical and Open Graph data, and the receipts
of its AI claims."""

from __future__ import annotations

from operator import attrgetter
from typing import Any

from django.db.models import Q, Value
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from careers import version_cache, versioning
from careers.conf import careers_setting
from careers.languages import (
    active_language,
    attach_locale,
    content_languages,
    default_language,
)
from careers.models import (
    CareersIndexPage,
    CareersPage,
    CommunityPage,
    OrganisationProfile,
    RoadmapPage,
)
from careers.page_urls import site_root_paths
from careers.selectors.look import (
    SHARE_RENDITION,
    legal_pages,
    legal_pages_q,
    look_image,
    site_look,
    site_profile,
)
from careers.selectors.receipts import page_receipts
from careers.selectors.visibility import is_visible

OG_RENDITION = SHARE_RENDITION
#: Open Graph wants language_TERRITORY.
OG_LOCALES = {"en": "en_GB", "de": "de_DE"}
DESCRIPTION_LENGTH = 160


def home_path(page: Page) -> str:
    """The tree path of the careers home ``page`` belongs to (its parent's,
    or its own)."""
    if isinstance(page, CareersIndexPage):
        return page.path
    return page.path[: -Page.steplen]


NAVIGATION_TYPES = (RoadmapPage, CommunityPage, CareersPage)


#: The rows of ``chrome_pages`` that are the same for every page of a careers
#: home (the home, its translations, navigation, legal pages), per site token.
CHROME_KEY = "careers:chrome:{token}:{path}"
CHROME_SECONDS = 24 * 3600
by_path = attrgetter("path")


def chrome_pages(page: Page, legal: Q) -> list[Page]:
    """In one query, every page the chrome of ``page`` shows: its careers home,
    the versions of the page and of its home in every language, the home's
    children that navigation may list, and the pages ``legal`` selects.
    Unfiltered: the callers keep what the public may see.

    All but the page's own versions are kept for the site's content version
    (only a change to the site changes them): a page rendered after a job's
    publish reads just the job's versions, a home or listing nothing."""
    path = home_path(page)
    key = versioning.site_key(CHROME_KEY, path=path)
    kept = version_cache.get(key) if key else None
    if isinstance(kept, list):
        own = []
        if page.path != path:
            own = Page.objects.filter(translation_key=page.translation_key)
        return _by_path([*kept, *own])
    home_keys = Page.objects.filter(path=path).values("translation_key")
    children = Page.objects.type(*NAVIGATION_TYPES).filter(
        path__startswith=path, depth=len(path) // Page.steplen + 1
    )
    # A union, each part read through an index: OR-ed in one WHERE (with
    # subqueries), they made PostgreSQL read every page (6 ms at 20,000).
    # Each part is marked, so that the rows of the site's parts can be kept.
    wanted = [
        Q(translation_key=page.translation_key),
        Q(path=path),
        Q(translation_key__in=home_keys),
        *or_terms(legal),
    ]
    parts = [Page.objects.filter(q).order_by() for q in wanted] + [children.order_by()]
    marked = [qs.annotate(chrome_part=Value(n)) for n, qs in enumerate(parts)]
    rows = list(marked[0].union(*marked[1:], all=True))
    if key:
        site_rows = [row for row in rows if row.chrome_part != 0]
        version_cache.set(key, _by_path(site_rows), CHROME_SECONDS)
    return _by_path(rows)


def _by_path(rows) -> list[Page]:
    """Each page once, in tree order, with its locale."""
    unique = {row.pk: row for row in rows}
    return [attach_locale(row) for row in sorted(unique.values(), key=by_path)]


def or_terms(q: Q) -> list[Q]:
    """The terms of ``q`` OR-ed at its top (``q`` itself when it is not an OR)."""
    if q.connector != Q.OR or q.negated:
        return [q]
    return [term if isinstance(term, Q) else Q(term) for term in q.children]


def careers_home(page: Page, rows: list[Page]) -> Page:
    """The careers home a page belongs to (itself, or its parent among ``rows``)."""
    if isinstance(page, CareersIndexPage):
        return page
    path = home_path(page)
    found = next((row for row in rows if row.path == path), None)
    return found if found is not None else page.get_parent()


def navigation(
    home: Page, rows: list[Page], request: HttpRequest, current: str, *, hidden=()
) -> list[dict]:
    """Jobs, the roadmap and community pages under ``home`` (among ``rows``),
    and search. ``current`` is the URL being shown, for aria-current; pages
    with the translation keys ``hidden`` (the legal pages, in the footer) are
    left out."""
    base = home.get_url(request) or "/"
    children = sorted(
        (
            row
            for row in rows
            if row.path.startswith(home.path)
            and row.depth == home.depth + 1
            and issubclass(row.specific_class or Page, NAVIGATION_TYPES)
            and row.translation_key not in set(hidden)
            and is_visible(row)
        ),
        key=lambda row: row.path,
    )
    items = [{"title": _("Jobs"), "url": f"{base}jobs/"}]
    items += [{"title": p.title, "url": p.get_url(request)} for p in children]
    items.append({"title": _("Search"), "url": f"{base}search/"})
    for item in items:
        item["current"] = item["url"] == current
    return items


def language_links(
    page: Page,
    home: Page,
    rows: list[Page],
    request: HttpRequest,
    suffix: str = "",
    query: str = "",
) -> tuple[list[dict], list[dict]]:
    """The switcher's links (the translation of ``page`` in each language, else
    that language's careers home) and the hreflang alternates (translations
    only), from ``rows``. ``suffix`` is a route under the page such as 'jobs/'."""
    keys = {page.translation_key, home.translation_key}
    versions = [row for row in rows if row.translation_key in keys and is_visible(row)]
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
    site_root_paths(request)  # what every URL below needs, in one query
    profile = site_profile(request)
    rows = chrome_pages(page, legal_pages_q(profile))
    home = careers_home(page, rows)
    url = f"{page.get_url(request)}{suffix}"
    languages, alternates = language_links(page, home, rows, request, suffix, query)
    look = site_look(
        request,
        hero_id=getattr(page, "image_id", None),
        legal=legal_pages(profile, rows),
    )
    hidden = [link["key"] for link in look["legal"]]
    return {
        "careers_layout": careers_setting("TEMPLATES", "LAYOUT"),
        "site_label": site_label(request),
        "noindex": False,
        "feed_links": feed_links(active_language()),
        "careers_home": home,
        "careers_home_url": home.get_url(request),
        "navigation": navigation(home, rows, request, url, hidden=hidden),
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
