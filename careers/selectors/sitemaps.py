"""The careers pages' entries in wagtail.contrib.sitemaps (a host's sitemap);
the module's own sitemap.xml is careers/sitemap.py."""

from __future__ import annotations

from django.utils import timezone
from wagtail.models import Page

from careers.models import CareersIndexPage, JobPostingPage
from careers.selectors.visibility import is_in_unpublished_section


def sitemap_urls(page: Page, request=None) -> list[dict]:
    """The entries of ``page`` in wagtail.contrib.sitemaps: none for an
    expired job or a page in an unpublished section; a careers home's job
    listing besides the home itself."""
    if isinstance(page, JobPostingPage) and (
        page.expired or (page.expire_at and page.expire_at <= timezone.now())
    ):
        return []
    url = page.get_full_url(request)
    if not url or is_in_unpublished_section(page):
        return []
    entry = {
        "location": url,
        "lastmod": page.last_published_at or page.latest_revision_created_at,
    }
    if isinstance(page, CareersIndexPage):
        return [entry, {**entry, "location": f"{url}jobs/"}]
    return [entry]
