"""Full URLs of many pages at once, for the sitemap and the feeds.

``Page.get_full_url()`` looks up the site's root paths and reverses a URL for
every page: at 10,000 jobs, seconds. Every page of a site sits below that
site's root page in its locale, so its URL is the root's URL plus the rest of
its ``url_path``; the roots' URLs are found once, through Wagtail."""

from __future__ import annotations

from django.conf import settings
from django.core.cache import cache
from django.db.models import OuterRef, Subquery
from django.http import HttpRequest
from wagtail.models import Page, Site
from wagtail.models.sites import (
    SITE_ROOT_PATHS_CACHE_KEY,
    SITE_ROOT_PATHS_CACHE_VERSION,
    SiteRootPath,
)


class PageUrls:
    """``urls.of(path, url_path)``: the page's full URL, or "" for a page below
    no live site root (Wagtail gives it no URL either). The request's site
    only, or with ``all_sites`` every site (the request's first)."""

    def __init__(
        self, request: HttpRequest, site: Site | None = None, all_sites: bool = False
    ):
        site = site or Site.find_for_request(request)
        keys = [site.root_page.translation_key] if site is not None else []
        if all_sites:
            keys += [
                s.root_page.translation_key
                for s in Site.objects.select_related("root_page")
                if s.root_page.translation_key not in keys
            ]
        roots = sorted(
            Page.objects.filter(translation_key__in=keys).select_related("locale"),
            key=lambda r: (keys.index(r.translation_key), r.path),
        )
        self.roots: list[tuple[Page, str]] = [
            (r, r.get_full_url(request)) for r in roots if r.live
        ]

    def of(self, path: str, url_path: str) -> str:
        for root, base in self.roots:
            if path.startswith(root.path) and base:
                return base + url_path[len(root.url_path) :]
        return ""


#: Where ``Page.get_url`` keeps the root paths for a request (Wagtail's own).
ROOT_PATHS_ATTR = "_wagtail_cached_site_root_paths"


def site_root_paths(request: HttpRequest | None) -> None:
    """Give ``request`` the site root paths ``Page.get_url`` reads, in one
    query when they are not cached (Wagtail reads the sites, then each site's
    root translations), and cache them as Wagtail does. Left to Wagtail when
    two sites share a root page's translations."""
    if (
        request is None
        or hasattr(request, ROOT_PATHS_ATTR)
        or not getattr(settings, "WAGTAIL_I18N_ENABLED", False)
        or cache.get(SITE_ROOT_PATHS_CACHE_KEY, version=SITE_ROOT_PATHS_CACHE_VERSION)
        is not None
    ):
        return
    sites = Site.objects.filter(
        root_page__translation_key=OuterRef("translation_key")
    ).order_by("pk")

    def site(field: str, at: int = 0) -> Subquery:
        return Subquery(sites.values(field)[at : at + 1])

    roots = list(
        Page.objects.filter(
            translation_key__in=Site.objects.values("root_page__translation_key")
        )
        .annotate(
            site_id=site("pk"),
            other_site_id=site("pk", 1),
            site_hostname=site("hostname"),
            site_port=site("port"),
            site_is_default=site("is_default_site"),
            site_root_path=site("root_page__url_path"),
        )
        .select_related("locale")
    )
    if any(root.other_site_id is not None for root in roots):
        return
    # Wagtail's order: sites by their root page's url_path (descending), the
    # default site first, then by hostname; each site's roots by tree path.
    roots.sort(key=lambda r: r.path)
    roots.sort(key=lambda r: (r.site_hostname, r.site_id))
    roots.sort(key=lambda r: r.site_is_default, reverse=True)
    roots.sort(key=lambda r: r.site_root_path, reverse=True)
    found = [
        SiteRootPath(
            r.site_id,
            r.url_path,
            Site(hostname=r.site_hostname, port=r.site_port).root_url,
            r.locale.language_code,
        )
        for r in roots
    ]
    setattr(request, ROOT_PATHS_ATTR, found)
    cache.set(
        SITE_ROOT_PATHS_CACHE_KEY,
        found,
        3600,
        version=SITE_ROOT_PATHS_CACHE_VERSION,
    )
