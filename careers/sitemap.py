"""/sitemap.xml: every live, public page of the site in every language, each
careers home's job listing, lastmod and hreflang alternates between
translations. Expired jobs, drafts and private pages are left out.

Built as plain strings from one query: at 10,000 jobs a template and
``get_full_url`` per page and per alternate took seconds. Split into a sitemap
index past 50,000 URLs, as the protocol requires; cached per content version."""

from __future__ import annotations

from collections import defaultdict

# These escape the XML we write; nothing here parses XML.
from xml.sax.saxutils import escape, quoteattr  # nosec B406

from django.contrib.contenttypes.models import ContentType
from django.http import Http404, HttpRequest, HttpResponse
from wagtail.models import Page, Site

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
    pages = list(
        sitemap_pages(roots).only(
            "pk",
            "path",
            "url_path",
            "translation_key",
            "locale",
            "last_published_at",
            "content_type",
        )
    )
    urls = {p.pk: page_urls.of(p.path, p.url_path) for p in pages}
    versions = defaultdict(list)
    for p in pages:
        if urls[p.pk]:
            versions[p.translation_key].append(p)
    # A careers home also answers its job listing, wherever it is in the tree.
    home_type = ContentType.objects.get_for_model(CareersIndexPage).pk
    out = []
    for p in pages:
        if not urls[p.pk]:
            continue
        for suffix in ("", "jobs/") if p.content_type_id == home_type else ("",):
            out.append(_element(p, urls, versions[p.translation_key], suffix))
    return out


def _element(page: Page, urls: dict, versions: list[Page], suffix: str) -> str:
    parts = [f"<url><loc>{escape(urls[page.pk] + suffix)}</loc>"]
    if page.last_published_at:
        parts.append(f"<lastmod>{page.last_published_at.date().isoformat()}</lastmod>")
    if len(versions) > 1:
        for v in versions:
            href = quoteattr(urls[v.pk] + suffix)
            lang = quoteattr(v.locale.language_code)
            parts.append(f'<xhtml:link rel="alternate" hreflang={lang} href={href}/>')
    parts.append("</url>\n")
    return "".join(parts)


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
