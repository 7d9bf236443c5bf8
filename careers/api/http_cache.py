"""Conditional GET and a response cache, both keyed by the content version.

The ETag is a hash of the version token (``careers.versioning``: in the
database, the same for every worker) and the request's variant (scheme,
host, path, normalised query string), never of the body: answering
``If-None-Match`` or ``If-Modified-Since`` needs no content query. Rendered
bodies are cached under the same key, so they die with the version; each is
capped in size, and so is what one window stores in all.

A large body (a feed, the sitemap) is built by one request at a time when
the cache can say so: the others wait for it. When the cache cannot (down,
read-only, full), every request builds its own answer at once."""

import enum
import hashlib
import logging
import time
from collections.abc import Callable, Collection
from functools import wraps

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.utils.http import http_date, parse_http_date_safe, quote_etag

from careers import versioning
from careers.conf import api_setting
from careers.counters import add_up

BODY_KEY = "careers:api:body:{digest}"
LOCK_KEY = "careers:api:building:{digest}"
BUDGET_KEY = "careers:api:budget:{window}"
BUILD_WAIT = 10  # seconds, while another request builds the same body
POLL = 0.05
logger = logging.getLogger("careers.cache")


class Lock(enum.Enum):
    TAKEN = "taken"  # this request builds
    HELD = "held"  # another request builds: wait for its body
    FAILED = "failed"  # the cache cannot tell: build without waiting


def variant(request: HttpRequest, params: Collection[str] | None = None) -> str:
    """What the answer depends on. Not the Accept header: the API and the
    feeds answer in one format, and a header would make endless variants."""
    query = sorted(
        (k, v)
        for k, values in request.GET.lists()
        if params is None or k in params
        for v in values
    )
    return f"{request.scheme}://{request.get_host()}{request.path}?{query!r}"


class HttpCache:
    """The caching state of one GET request."""

    def __init__(
        self,
        request: HttpRequest,
        params: Collection[str] | None = None,
        *,
        representation: str = "",
    ):
        """``representation``: the format chosen for the answer, when the view
        offers more than one (the OpenAPI document's JSON and YAML)."""
        self.request = request
        self.now = time.time()
        self.version = versioning.current()
        self.polls = 0  # how often this request looked for another's body
        self.owns_lock = False
        seed = f"{self.version.token}|{variant(request, params)}|{representation}"
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
        if response.status_code != 200 or timeout <= 0:
            return
        body = response.content
        if len(body) > api_setting("RESPONSE_CACHE_MAX_BYTES"):
            return
        if within_budget(len(body), self.now):
            value = (response["Content-Type"], body)
            cache.set(BODY_KEY.format(digest=self.digest), value, timeout)

    def lock(self) -> Lock:
        """Take the builder's lock, or tell who has it: nobody visible after
        a refused ``add`` means the cache failed, not that someone builds."""
        key = LOCK_KEY.format(digest=self.digest)
        if cache.add(key, 1, BUILD_WAIT * 4):
            return Lock.TAKEN
        return Lock.HELD if cache.get(key) is not None else Lock.FAILED

    def wait_for_builder(self) -> HttpResponse | None:
        """When another request is building this body (a large feed), wait for
        it rather than build it again, as long as it holds its lock (at most
        BUILD_WAIT seconds); when the cache cannot tell, build at once."""
        state = self.lock()
        self.owns_lock = state is Lock.TAKEN
        if state is not Lock.HELD:
            if state is Lock.FAILED:
                logger.info("No builder lock for %s: building it", self.request.path)
            return None
        key = LOCK_KEY.format(digest=self.digest)
        deadline = time.monotonic() + BUILD_WAIT
        while time.monotonic() < deadline:
            time.sleep(POLL)
            self.polls += 1
            hit = self.cached()
            if hit is not None or cache.get(key) is None:
                return hit  # built, or the builder gave up: build it here
        return None

    def release(self) -> None:
        if self.owns_lock:
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


def within_budget(size: int, now: float) -> bool:
    """Whether ``size`` more bytes fit in this hour's budget of stored bodies."""
    key = BUDGET_KEY.format(window=int(now // 3600))
    total = add_up(cache, key, size, 3600 + 60)
    return total is not None and total <= api_setting("RESPONSE_CACHE_BUDGET_BYTES")


def http_cached(
    view: Callable[..., HttpResponse], *, params: Collection[str] | None = None
) -> Callable[..., HttpResponse]:
    """For plain Django views (the feeds, the sitemap): 304s, cached bodies,
    cache headers. ``params``: the query parameters the view reads, when it
    does not refuse the others."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponseBase:
        if request.method not in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        state = HttpCache(request, params)
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
