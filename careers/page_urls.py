"""Full URLs of many pages at once, for the sitemap and the feeds.

``Page.get_full_url()`` looks up the site's root paths and reverses a URL for
every page: at 10,000 jobs, seconds. Every page of a site sits below that
site's root page in its locale, so its URL is the root's URL plus the rest of
its ``url_path``; the roots' URLs are found once, through Wagtail."""

from __future__ import annotations

from django.http import HttpRequest
from wagtail.models import Page, Site


class PageUrls:
    """``urls.of(path, url_path)``: the page's full URL on the request's site,
    or "" for a page outside it (or below a root that is not live)."""

    def __init__(self, request: HttpRequest, site: Site | None = None):
        site = site or Site.find_for_request(request)
        self.roots: list[tuple[Page, str]] = []
        if site is not None:
            roots = (
                Page.objects.filter(translation_key=site.root_page.translation_key)
                .select_related("locale")
                .order_by("path")
            )
            self.roots = [(r, r.get_full_url(request)) for r in roots if r.live]

    def of(self, path: str, url_path: str) -> str:
        for root, base in self.roots:
            if path.startswith(root.path) and base:
                return base + url_path[len(root.url_path) :]
        return ""
