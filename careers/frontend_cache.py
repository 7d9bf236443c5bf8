"""Purging an HTTP cache in front of the site (Varnish, a CDN) for exactly
the URLs a job's change affects, through ``wagtail.contrib.frontend_cache``.

Optional: connected only when the host has installed that app and configured
its ``WAGTAILFRONTENDCACHE`` backends (docs/settings.md). Wagtail purges a
published or unpublished page's own URLs; a job also shows elsewhere, so
for a job this purges, once the change has committed (a purge before it
would let the cache fetch the old page again):

- the job's page in each language (each translation's own URL),
- the careers home of each of those languages, with its listing and search
  routes (``CareersIndexPage.get_cached_paths``), and the job's team page in
  each language: what lists jobs,
- the feeds, the sitemap and the API's job list, change feed and the job.

Each is a path; a cache configured as config/varnish/default.vcl drops
every copy of the path, whatever its query string (the listing's filters).
Other changes (settings, snippets, privacy) are refreshed by the cache's
own expiry: ``CAREERS["PAGES"]["SHARED_CACHE_SECONDS"]``."""

from __future__ import annotations

from functools import partial

from django.db import transaction
from django.urls import NoReverseMatch, reverse
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished

from careers.models import CareersIndexPage, JobPostingPage, TeamPage

#: Outside the page tree: what lists every job (URL names, no arguments).
JOB_LISTS = (
    "careers_feed_rss",
    "careers_feed_atom",
    "careers_feed_indeed",
    "careers_sitemap",
    "careers_api_jobs",
    "careers_api_job_changes",
)


def job_urls(job: JobPostingPage) -> set[str]:
    """Every URL that shows ``job``: its pages, what lists it, the feeds."""
    batch = PurgeBatch()
    versions = list(Page.objects.filter(translation_key=job.translation_key))
    batch.add_pages(versions)
    homes = {
        home.pk: home
        for version in versions
        for home in CareersIndexPage.objects.ancestor_of(version)
    }
    batch.add_pages(homes.values())
    if job.team_id:
        team = TeamPage.objects.filter(pk=job.team_id).first()
        if team is not None:
            batch.add_pages(
                TeamPage.objects.filter(translation_key=team.translation_key)
            )
    site = job.get_site()
    if site is not None:
        batch.add_urls(site.root_url + path for path in site_paths(job))
    return batch.urls


def site_paths(job: JobPostingPage) -> list[str]:
    """The feeds, the sitemap and the API paths that list ``job``, among
    those the host has mounted."""
    found = []
    for name, args in [*((n, ()) for n in JOB_LISTS), ("careers_api_job", [job.key])]:
        try:
            found.append(reverse(name, args=args))
        except NoReverseMatch:
            continue
    return found


def purge_job(job: JobPostingPage, *, also: set[str] = frozenset()) -> None:
    """Purge ``job``'s URLs (and ``also``) once the current transaction commits."""
    urls = job_urls(job) | set(also)
    transaction.on_commit(partial(PurgeBatch(urls).purge))


def job_changed(sender, instance, **kwargs) -> None:
    purge_job(instance)


def job_moved(sender, instance, instance_before, **kwargs) -> None:
    """A new slug: the old address must go too (it answers 404 now)."""
    if isinstance(instance, JobPostingPage) and instance.live:
        old = PurgeBatch()
        old.add_page(instance_before)
        purge_job(instance, also=old.urls)


def connect() -> None:
    """Called from ``CareersConfig.ready()`` when the host uses
    ``wagtail.contrib.frontend_cache``."""
    uid = "careers.frontend_cache"
    page_published.connect(job_changed, sender=JobPostingPage, dispatch_uid=uid)
    page_unpublished.connect(job_changed, sender=JobPostingPage, dispatch_uid=uid)
    page_slug_changed.connect(job_moved, dispatch_uid=uid)
