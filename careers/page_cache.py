"""Rendered careers pages for anonymous visitors, kept until the content changes.

A visitor without a session sees the same page as every other such visitor,
so its HTML is kept. Each entry holds the content version it was rendered
under (``careers.versioning``: in the database, the same for every worker)
and is served only while that version is still in force, so no cache, per
process or shared, down, read-only or restarted with old data, can serve a
page after the change that hid it. A job page's version is its own (and the
site's): publishing one job leaves the other job pages warm; every other
page depends on all jobs. Private pages never get here without a
session: Wagtail answers them with its login or password form before
serving. Editors and previews are never cached.

Two readers of the same entries: the ``on_serve_page`` hook (it also writes
them), after Wagtail has routed the request and checked its privacy, and
``CachedPageMiddleware``, which answers a repeat visit before any URL
resolving or routing (one query: the version). The middleware only finds
what the hook stored for the same host, path, known query parameters and
language, so it serves nothing the hook would not.

Bounded: the key keeps only the query parameters careers pages read (each
value cut as the pages cut it), a query string with anything else is served
from the entry of its canonical form but never stored, an entry over
``CACHE_MAX_ENTRY_BYTES`` is not kept, and once ``CACHE_BUDGET_BYTES`` have
been stored in a ``CACHE_SECONDS`` window nothing more is until the next."""

from __future__ import annotations

import hashlib
import time
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.http.request import split_domain_port
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import get_language, get_language_from_path
from wagtail.models import Site

from careers import version_cache, versioning
from careers.conf import careers_setting
from careers.counters import add_up
from careers.filters import MAX_QUERY_LENGTH, JobFilterSet
from careers.models.jobs import JobPostingPage
from careers.models.pages_base import CareersBasePage

PAGE_KEY = "careers:page:{digest}"
#: The site a host and port find, per site content version (a change to any
#: site makes a new one): Wagtail's lookup builds and runs its query anew for
#: every request it routes. Only for hosts ``ALLOWED_HOSTS`` names one by
#: one, so that the entries are as many as the settings say.
SITE_KEY = "careers:site:{token}:{digest}"
SITE_SECONDS = 24 * 3600
BUDGET_KEY = "careers:page:budget:{window}"
KEPT_HEADERS = ("Content-Type", "Content-Language")
STATE_ATTR = "_careers_page_cache"
#: The query parameters careers pages read (the listing's filters, search, pages).
KNOWN_PARAMS = frozenset({*JobFilterSet.base_filters, "q", "page"})
MAX_VALUES = 100


def anonymous_read(request: HttpRequest) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and careers_setting("PAGES", "CACHE_SECONDS") > 0
    )


def cacheable(page, request: HttpRequest) -> bool:
    return (
        anonymous_read(request)
        and isinstance(page, CareersBasePage)
        and not getattr(request, "is_preview", False)
    )


def canonical_query(request: HttpRequest) -> tuple[str, bool]:
    """The query string with only known parameters, sorted, values cut as the
    pages cut them; and whether the request's own was already that."""
    pairs = []
    exact = True
    for name, values in sorted(request.GET.lists()):
        if name not in KNOWN_PARAMS or len(values) > MAX_VALUES:
            exact = False
        if name in KNOWN_PARAMS:
            cut = [v[:MAX_QUERY_LENGTH] for v in values[:MAX_VALUES]]
            exact = exact and cut == values
            pairs.extend((name, v) for v in cut)
    return urlencode(pairs), exact


class Lookup:
    """One request's view of the page cache: its key, the entry found if
    still valid, and the versions read before anything was rendered."""

    def __init__(self, request: HttpRequest):
        query, self.canonical = canonical_query(request)
        # get_language(): request.LANGUAGE_CODE exists only with LocaleMiddleware.
        variant = f"{request.get_host()}{request.path}?{query}|{get_language()}"
        digest = hashlib.sha256(variant.encode()).hexdigest()[:32]
        self.key = PAGE_KEY.format(digest=digest)
        entry = cache.get(self.key)
        # The site's and all jobs' versions, read before routing; a job
        # page's own scope is read once the page is known. Without an entry
        # the page is rendered: the moments come in the same query.
        scope = entry[0] if entry else versioning.JOBS
        version = versioning.current(scope, with_moments=entry is None)
        now = time.time()
        self.hit = self._valid(entry, version, now)
        if self.hit is None:  # to be rendered: what it needs, if kept
            versioning.use_kept_sections()
            use_kept_site(request)
        elif self.canonical:
            allow_shared_cache(self.hit, version, now)

    @staticmethod
    def _valid(entry, version, now: float) -> HttpResponse | None:
        if not entry or entry[1] != version.token or now >= entry[2]:
            return None
        _scope, _token, _until, status, body, headers = entry
        response = HttpResponse(body, status=status)
        for name, value in headers.items():
            response[name] = value
        # What a signed-in editor sees differs (the userbar): shared caches
        # must keep the two apart, as they do for the rendered page.
        patch_vary_headers(response, ("Cookie",))
        return response

    def store(self, response: HttpResponse, scope: str) -> None:
        if not self.canonical or response.status_code != 200 or response.cookies:
            return
        body = response.content
        if len(body) > careers_setting("PAGES", "CACHE_MAX_ENTRY_BYTES"):
            return
        now = time.time()
        version = versioning.current(scope)
        timeout = careers_setting("PAGES", "CACHE_SECONDS")
        left = version.seconds_left(now)
        if left is not None:
            timeout = min(timeout, int(left))
        if timeout <= 0 or not within_budget(len(body), now):
            return
        headers = {h: response[h] for h in KEPT_HEADERS if h in response}
        entry = (scope, version.token, now + timeout, 200, body, headers)
        cache.set(self.key, entry, timeout)


def use_kept_site(request: HttpRequest) -> None:
    """Give ``request`` its site as ``Site.find_for_request`` finds it (and
    keeps it: ``request._wagtail_site``), with its root page, from the cache
    when kept for this site version, else found now (routing would next) and
    kept."""
    host = request.get_host()
    if hasattr(request, "_wagtail_site") or not named_host(host):
        return
    where = f"{host}|{request.get_port()}"
    digest = hashlib.sha256(where.encode()).hexdigest()[:32]
    key = versioning.site_key(SITE_KEY, digest=digest)
    if key is None:
        return
    site = version_cache.get(key)
    if isinstance(site, Site):
        request._wagtail_site = site
        return
    site = Site.find_for_request(request)
    if site is not None:
        # Its root page as routing reads it (``root_page.localized.specific``):
        # already specific, so that routing does not read it again.
        site.root_page = site.root_page.specific
        version_cache.set(key, site, SITE_SECONDS)


def named_host(host: str) -> bool:
    """Whether ``host`` (with its port, if any) is one of ``ALLOWED_HOSTS``
    as written, not matched by a pattern (``*``, ``.example.com``)."""
    name, _port = split_domain_port(host)
    return name in {
        allowed.lower()
        for allowed in settings.ALLOWED_HOSTS
        if allowed != "*" and not allowed.startswith(".")
    }


def allow_shared_cache(response: HttpResponse, version, now: float) -> None:
    """Let an HTTP cache in front keep the page (never a browser: it is not
    purged) until the next moment content changes by itself, when the host
    asks for it (``SHARED_CACHE_SECONDS``, with a cache it purges)."""
    seconds = careers_setting("PAGES", "SHARED_CACHE_SECONDS")
    left = version.seconds_left(now)
    if left is not None:
        seconds = min(seconds, int(left))
    if seconds > 0 and response.status_code == 200 and not response.cookies:
        patch_cache_control(response, max_age=0, s_maxage=seconds)


def scope_of(page) -> str:
    return (
        versioning.page_scope(page)
        if isinstance(page, JobPostingPage)
        else (versioning.JOBS)
    )


def reloaded(page, scope: str):
    """``page`` read again with the token of ``scope`` (a job post with its
    team: its receipts name it)."""
    pages = versioning.with_token(page.specific_class.objects, scope)
    if isinstance(page, JobPostingPage):
        pages = pages.select_related("team")
    fresh = pages.get(pk=page.pk)
    versioning.remember_token(scope, fresh)
    return fresh


def within_budget(size: int, now: float) -> bool:
    """Whether ``size`` more bytes fit in this window's budget (counted in the
    cache itself; a cache that cannot count stores nothing either)."""
    window_seconds = careers_setting("PAGES", "CACHE_SECONDS")
    window = int(now // window_seconds)
    key = BUDGET_KEY.format(window=window)
    total = add_up(cache, key, size, window_seconds + 60)
    return total is not None and total <= careers_setting("PAGES", "CACHE_BUDGET_BYTES")


def cached_serve(serve):
    """``on_serve_page`` hook: wraps Wagtail's serve chain."""

    def serve_cached(page, request, args, kwargs):
        if not cacheable(page, request):
            return serve(page, request, args, kwargs)
        looked_up = getattr(request, STATE_ATTR, None)
        lookup = looked_up or Lookup(request)
        if lookup.hit is not None:
            return lookup.hit
        scope = scope_of(page)
        if scope != versioning.JOBS and hasattr(page, "careers_version_token"):
            # Routed with its own version, in the same query (a job post at
            # its address): what is stored is exactly as new as its version.
            versioning.remember_token(scope, page)
        elif looked_up is None or scope != versioning.JOBS:
            # Routing loaded the page before its version was read: load it
            # again (with its own version, in the same query), so that what
            # is stored is at least as new as its version.
            page = reloaded(page, scope)
        versioning.current(scope)
        response = serve(page, request, args, kwargs)
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
        lookup.store(response, scope)
        if lookup.canonical:
            allow_shared_cache(response, versioning.current(scope), time.time())
        return response

    return serve_cached


class CachedPageMiddleware:
    """A repeat visit by a visitor without a session, answered from the page
    cache before URL resolving and Wagtail's routing (one query: the version).

    Last in ``MIDDLEWARE``, so that every other middleware (security headers,
    CSP, locale, clickjacking) still handles the answer. Only paths under a
    language prefix are looked up (the pages of ``i18n_patterns``): the API,
    feeds, admin and static files are not slowed by a lookup that cannot
    hit. A miss goes on to the view, where the hook stores the page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if anonymous_read(request) and get_language_from_path(request.path_info):
            lookup = Lookup(request)
            if lookup.hit is not None:
                return lookup.hit
            setattr(request, STATE_ATTR, lookup)
        return self.get_response(request)
