"""Rendered careers pages for anonymous visitors, cached per content version.

A visitor without a session sees the same page as every other such visitor,
so its HTML is kept until the content changes (the version token in the key
changes with every publish, unpublish, delete and expiry). Private pages never
get here without a session: Wagtail answers them with its login or password
form before serving. Editors and previews are never cached."""

from __future__ import annotations

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse

from careers import versioning
from careers.conf import careers_setting
from careers.models.pages_base import CareersBasePage

PAGE_KEY = "careers:page:{version}:{digest}"
KEPT_HEADERS = ("Content-Type", "Content-Language")


def cacheable(page, request: HttpRequest) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and isinstance(page, CareersBasePage)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not getattr(request, "is_preview", False)
        and careers_setting("PAGES", "CACHE_SECONDS") > 0
    )


def _key(request: HttpRequest) -> str:
    variant = f"{request.get_host()}{request.get_full_path()}|{request.LANGUAGE_CODE}"
    digest = hashlib.sha256(variant.encode()).hexdigest()[:32]
    return PAGE_KEY.format(version=versioning.current().token, digest=digest)


def cached_serve(serve):
    """``on_serve_page`` hook: wraps Wagtail's serve chain."""

    def serve_cached(page, request, args, kwargs):
        if not cacheable(page, request):
            return serve(page, request, args, kwargs)
        key = _key(request)
        hit = cache.get(key)
        if hit is not None:
            status, body, headers = hit
            response = HttpResponse(body, status=status)
            for name, value in headers.items():
                response[name] = value
            return response
        response = serve(page, request, args, kwargs)
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
        if response.status_code == 200 and not response.cookies:
            headers = {h: response[h] for h in KEPT_HEADERS if h in response}
            timeout = careers_setting("PAGES", "CACHE_SECONDS")
            left = versioning.current().seconds_left(time.time())
            if left is not None:
                timeout = min(timeout, int(left))
            if timeout > 0:
                cache.set(key, (200, response.content, headers), timeout)
        return response

    return serve_cached
