"""/sitemap.xml: every live, public page of the site in every language, each
careers home's job listing, lastmod and hreflang alternates between
translations. Expired jobs, drafts and private pages are left out.

Built as plain strings from one query of plain rows (no page instances), each
group of translations' alternates written once: at 10,000 jobs a template and
``get_full_url`` per page and per alternate took seconds. Split into a sitemap
index past 50,000 URLs, as the protocol requires; cached per content version."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

# These escape the XML we write; nothing here parses XML.
from xml.sax.saxutils import escape, quoteattr  # nosec B406

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField
from django.db.models.functions import Cast, TruncDate
from django.http import Http404, HttpRequest, HttpResponse
from wagtail.models import Site

from careers.api.http_cache import http_cached
from careers.models import CareersIndexPage
from careers.page_urls import PageUrls
from careers.selectors.pages import sitemap_pages

MAX_URLS = 50_000
HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
    'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
)


def entries(request: HttpRequest, site: Site) -> list[str]:
    """One ``<url>`` element per page (and per careers home's listing)."""
    page_urls = PageUrls(request, site)
    roots = [root for root, _url in page_urls.roots]
    # The day and the key as PostgreSQL's plain types: parsing 20,000 aware
    # datetimes and UUIDs in Python cost more than the query.
    rows = (
        sitemap_pages(roots)
        .annotate(
            day=TruncDate("last_published_at", tzinfo=dt.UTC),
            group=Cast("translation_key", CharField()),
        )
        .values_list(
            "path", "url_path", "group", "locale__language_code", "day", "content_type"
        )
    )
    # A careers home also answers its job listing, wherever it is in the tree.
    home_type = ContentType.objects.get_for_model(CareersIndexPage).pk
    pages = []
    versions = defaultdict(list)
    languages: dict[str, str] = {}
    for path, url_path, key, language, day, type_id in rows:
        url = page_urls.of(path, url_path)
        if not url:
            continue
        suffixes = ("", "jobs/") if type_id == home_type else ("",)
        if language not in languages:
            languages[language] = quoteattr(language)
        lastmod = f"<lastmod>{day.isoformat()}</lastmod>" if day else ""
        page = (url, key, languages[language], lastmod, suffixes)
        pages.append(page)
        versions[key].append(page)
    # The alternates are the same for every version of a page: written once.
    alternates: dict[tuple, str] = {}
    out = []
    for url, key, _language, lastmod, suffixes in pages:
        for suffix in suffixes:
            links = alternates.get((key, suffix))
            if links is None:
                links = alternates[(key, suffix)] = _alternates(versions[key], suffix)
            out.append(
                f"<url><loc>{escape(url + suffix)}</loc>{lastmod}{links}</url>\n"
            )
    return out


def _alternates(versions: list[tuple], suffix: str) -> str:
    """The hreflang links between a page's translations (none for one)."""
    if len(versions) < 2:
        return ""
    return "".join(
        f'<xhtml:link rel="alternate" hreflang={language} '
        f"href={quoteattr(url + suffix)}/>"
        for url, _key, language, _lastmod, _suffixes in versions
    )


def build_sitemap(request: HttpRequest) -> HttpResponse:
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    items = entries(request, site)
    chunks = [items[i : i + MAX_URLS] for i in range(0, len(items), MAX_URLS)] or [[]]
    if len(chunks) == 1:
        return _xml(HEAD + "".join(chunks[0]) + "</urlset>\n")
    page = request.GET.get("p")
    if page is None:
        return _xml(_index(request, len(chunks)))
    if not (page.isascii() and page.isdigit()) or not 1 <= int(page) <= len(chunks):
        raise Http404
    return _xml(HEAD + "".join(chunks[int(page) - 1]) + "</urlset>\n")


#: Only ``p`` changes the answer: other query strings share its cached copy.
sitemap_view = http_cached(build_sitemap, params={"p"})


def _index(request: HttpRequest, count: int) -> str:
    base = request.build_absolute_uri(request.path)
    maps = "".join(
        f"<sitemap><loc>{escape(base)}?p={n}</loc></sitemap>\n"
        for n in range(1, count + 1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{maps}</sitemapindex>\n"
    )


def _xml(body: str) -> HttpResponse:
    return HttpResponse(body, content_type="application/xml; charset=utf-8")
