"""Conditional GET and a response cache, both keyed by the content version.

The ETag is a hash of the version token and the request's variant (scheme,
host, path, normalised query string), never of the body: answering
``If-None-Match`` or ``If-Modified-Since`` needs no content query. Rendered
bodies are cached under the same key, so they die with the version."""

import hashlib
import time
from collections.abc import Callable
from functools import wraps

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.utils.http import http_date, parse_http_date_safe, quote_etag

from careers import versioning
from careers.conf import api_setting

BODY_KEY = "careers:api:body:{digest}"
LOCK_KEY = "careers:api:building:{digest}"
BUILD_WAIT = 10  # seconds


def variant(request: HttpRequest) -> str:
    query = sorted((k, v) for k, values in request.GET.lists() for v in values)
    accept = request.headers.get("Accept", "")
    return f"{request.scheme}://{request.get_host()}{request.path}?{query!r}|{accept}"


class HttpCache:
    """The caching state of one GET request."""

    def __init__(self, request: HttpRequest):
        self.request = request
        self.now = time.time()
        self.version = versioning.current()
        seed = f"{self.version.token}|{variant(request)}"
        self.digest = hashlib.sha256(seed.encode()).hexdigest()[:32]
        self.etag = quote_etag(self.digest)

    def max_age(self) -> int:
        age = api_setting("MAX_AGE")
        left = self.version.seconds_left(self.now)
        return int(min(age, left)) if left is not None else age

    def is_not_modified(self) -> bool:
        headers = self.request.headers
        if "If-None-Match" in headers:
            tags = [t.strip() for t in headers["If-None-Match"].split(",")]
            return "*" in tags or self.etag in tags or f"W/{self.etag}" in tags
        since = parse_http_date_safe(headers.get("If-Modified-Since", ""))
        return since is not None and self.version.modified <= since

    def not_modified(self) -> HttpResponse:
        response = HttpResponse(status=304)
        del response["Content-Type"]
        return self.decorate(response)

    def cached(self) -> HttpResponse | None:
        hit = cache.get(BODY_KEY.format(digest=self.digest))
        if hit is None:
            return None
        content_type, body = hit
        return self.decorate(HttpResponse(body, content_type=content_type))

    def store(self, response: HttpResponseBase) -> None:
        """Keep the body until the content changes: its key holds the version,
        so only a change that comes by itself (the next expiry) caps it."""
        timeout = api_setting("RESPONSE_CACHE_TIMEOUT")
        left = self.version.seconds_left(self.now)
        if left is not None:
            timeout = min(timeout, int(left))
        if response.status_code == 200 and timeout > 0:
            value = (response["Content-Type"], response.content)
            cache.set(BODY_KEY.format(digest=self.digest), value, timeout)

    def wait_for_builder(self) -> HttpResponse | None:
        """When another request is building this body (a large feed), wait for
        it rather than build it again; after BUILD_WAIT seconds, build anyway."""
        if cache.add(LOCK_KEY.format(digest=self.digest), 1, BUILD_WAIT * 4):
            return None
        deadline = time.monotonic() + BUILD_WAIT
        while time.monotonic() < deadline:
            time.sleep(0.05)
            hit = self.cached()
            if hit is not None:
                return hit
        return None

    def release(self) -> None:
        cache.delete(LOCK_KEY.format(digest=self.digest))

    def decorate(self, response: HttpResponseBase) -> HttpResponseBase:
        if response.status_code in (200, 304):
            response["ETag"] = self.etag
            response["Last-Modified"] = http_date(self.version.modified)
            swr = api_setting("STALE_WHILE_REVALIDATE")
            response["Cache-Control"] = (
                f"public, max-age={self.max_age()}, stale-while-revalidate={swr}"
            )
        return response


def http_cached(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """For plain Django views (the feeds): 304s, cached bodies, cache headers."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponseBase:
        if request.method not in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        state = HttpCache(request)
        if state.is_not_modified():
            return state.not_modified()
        hit = state.cached() or state.wait_for_builder()
        if hit is not None:
            return hit
        try:
            response = view(request, *args, **kwargs)
            state.store(response)
        finally:
            state.release()
        return state.decorate(response)

    return wrapped
