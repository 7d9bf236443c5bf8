"""Rendered careers pages for anonymous visitors, cached per content version.

A visitor without a session sees the same page as every other such visitor,
so its HTML is kept until the content changes (the version token in the key
changes with every publish, unpublish, delete and expiry). Private pages never
get here without a session: Wagtail answers them with its login or password
form before serving. Editors and previews are never cached.

Two readers of the same entries: the ``on_serve_page`` hook (it also writes
them), after Wagtail has routed the request and checked its privacy, and
``CachedPageMiddleware``, which answers a repeat visit before any URL
resolving, routing or query. The middleware only finds what the hook stored
for the same host, path, query and language under the current version, so it
serves nothing the hook would not."""

from __future__ import annotations

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language, get_language_from_path

from careers import versioning
from careers.conf import careers_setting
from careers.models.pages_base import CareersBasePage

PAGE_KEY = "careers:page:{version}:{digest}"
KEPT_HEADERS = ("Content-Type", "Content-Language")
MISS_ATTR = "_careers_page_cache_miss"


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


def _key(request: HttpRequest, version: versioning.ContentVersion) -> str:
    # get_language(): request.LANGUAGE_CODE exists only with LocaleMiddleware.
    variant = f"{request.get_host()}{request.get_full_path()}|{get_language()}"
    digest = hashlib.sha256(variant.encode()).hexdigest()[:32]
    return PAGE_KEY.format(version=version.token, digest=digest)


def _lookup(request: HttpRequest):
    """(key, content version, the cached answer or None). A miss the
    middleware already saw is not looked up again by the hook."""
    seen = getattr(request, MISS_ATTR, None)
    if seen is not None:
        return (*seen, None)
    version = versioning.current()
    key = _key(request, version)
    return key, version, _stored(key)


def cached_serve(serve):
    """``on_serve_page`` hook: wraps Wagtail's serve chain."""

    def serve_cached(page, request, args, kwargs):
        if not cacheable(page, request):
            return serve(page, request, args, kwargs)
        key, version, hit = _lookup(request)
        if hit is not None:
            return hit
        response = serve(page, request, args, kwargs)
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
        if response.status_code == 200 and not response.cookies:
            headers = {h: response[h] for h in KEPT_HEADERS if h in response}
            timeout = careers_setting("PAGES", "CACHE_SECONDS")
            left = version.seconds_left(time.time())
            if left is not None:
                timeout = min(timeout, int(left))
            if timeout > 0:
                cache.set(key, (200, response.content, headers), timeout)
        return response

    return serve_cached


def _stored(key: str) -> HttpResponse | None:
    hit = cache.get(key)
    if hit is None:
        return None
    status, body, headers = hit
    response = HttpResponse(body, status=status)
    for name, value in headers.items():
        response[name] = value
    # What a signed-in editor sees differs (the userbar): shared caches must
    # keep the two apart, as they do for the rendered page.
    patch_vary_headers(response, ("Cookie",))
    return response


class CachedPageMiddleware:
    """A repeat visit by a visitor without a session, answered from the page
    cache before URL resolving and Wagtail's routing (no query at all).

    Last in ``MIDDLEWARE``, so that every other middleware (security headers,
    CSP, locale, clickjacking) still handles the answer. Only paths under a
    language prefix are looked up (the pages of ``i18n_patterns``): the API,
    feeds, admin and static files are not slowed by a lookup that cannot
    hit. A miss goes on to the view, where the hook stores the page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if anonymous_read(request) and get_language_from_path(request.path_info):
            key, version, hit = _lookup(request)
            if hit is not None:
                return hit
            setattr(request, MISS_ATTR, (key, version))
        return self.get_response(request)
