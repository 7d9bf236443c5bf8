"""Full URLs of many pages at once, for the sitemap and the feeds.

``Page.get_full_url()`` looks up the site's root paths and reverses a URL for
every page: at 10,000 jobs, seconds. Every page of a site sits below that
site's root page in its locale, so its URL is the root's URL plus the rest of
its ``url_path``; the roots' URLs are found once, through Wagtail."""

from __future__ import annotations

from django.http import HttpRequest
from wagtail.models import Page, Site


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
