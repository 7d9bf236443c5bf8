"""The careers module's settings: one ``CAREERS`` dict in the host's settings,
merged over these defaults (a host sets only what it changes)."""

from typing import Any

from django.conf import settings

DEFAULTS: dict[str, Any] = {
    "TEMPLATES": {
        # The layout every careers page extends: careers/layout.html (a whole
        # page of its own), or the host's, with {% careers_head %},
        # {% careers_nav %} and a "content" block (docs/templates.md).
        "LAYOUT": "careers/layout.html",
    },
    "CLAIMS": {
        # A page in a language without a claims lexicon cannot be checked:
        # "block" refuses to publish it (saying so), "warn" publishes it with
        # a warning that its claims were not checked.
        "UNSUPPORTED_LANGUAGE": "block",
    },
    "PAGES": {
        # Where a careers home may be added, as Wagtail's parent_page_types
        # (e.g. ["home.HomePage"]); None: under any page that allows it.
        # Read at start-up.
        "HOME_PARENT_PAGE_TYPES": None,
        "JOBS_PER_PAGE": 20,
        "SEARCH_PER_PAGE": 10,
        # Rendered pages for visitors without a session, kept until the
        # content changes (the version is in the database, so a per-process
        # cache is safe too; a shared one keeps pages warm for every worker);
        # 0 (the default) keeps nothing.
        "CACHE_SECONDS": 0,
        # A page larger than this is not kept; once this many bytes have been
        # stored in one CACHE_SECONDS window, nothing more is until the next.
        "CACHE_MAX_ENTRY_BYTES": 512 * 1024,
        "CACHE_BUDGET_BYTES": 64 * 1024 * 1024,
        # How long an HTTP cache in front (Varnish, a CDN; never a browser)
        # may keep such a page: "Cache-Control: s-maxage", capped at the
        # next moment a job expires or goes live. Set it only with a cache
        # that is purged on change (careers.frontend_cache); 0 (the
        # default) sends no Cache-Control. Needs CACHE_SECONDS.
        "SHARED_CACHE_SECONDS": 0,
    },
    "API": {
        # Requests per minute: anonymous clients per IP, API keys per key
        # (a key's own rate in the admin overrides the default).
        "ANON_RATE": 120,
        "KEY_RATE": 1200,
        "CLAIMS_RATE": 30,
        "PAGE_SIZE": 20,
        "MAX_PAGE_SIZE": 100,
        "CHANGES_PAGE_SIZE": 500,
        # HTTP caching: browsers and CDNs may reuse an answer for MAX_AGE
        # seconds and serve it stale while revalidating for SWR seconds.
        "MAX_AGE": 60,
        "STALE_WHILE_REVALIDATE": 300,
        # Cached bodies die with the content version; these bound memory.
        "RESPONSE_CACHE_TIMEOUT": 3600,
        "RESPONSE_CACHE_MAX_BYTES": 16 * 1024 * 1024,
        "RESPONSE_CACHE_BUDGET_BYTES": 64 * 1024 * 1024,
        # The cache alias rate limits count in: it must be shared by every
        # worker (Redis, or a shared file cache on one machine).
        "RATE_CACHE": "default",
        "MAX_BODY_BYTES": 1024 * 1024,
        "FEED_MAX_ITEMS": 500,
    },
}


def careers_setting(section: str, name: str) -> Any:
    """``settings.CAREERS[section][name]``, else the module default."""
    host = getattr(settings, "CAREERS", {}).get(section, {})
    return host.get(name, DEFAULTS[section][name])


def api_setting(name: str) -> Any:
    return careers_setting("API", name)
