"""Rate limits: per client IP for anonymous reads, per key for partners.

Fixed one-minute windows counted in the cache named by ``API["RATE_CACHE"]``
(atomic ``incr``): it must be shared by every worker, or each counts alone.
A cache that cannot count (down, read-only, full) lets the request through
and logs it: rate limits fail open, pages and the API stay up.
Every answer carries X-RateLimit-Limit/-Remaining/-Reset (Reset in epoch
seconds); a refused request gets 429 with Retry-After."""

import math
import time
from dataclasses import dataclass

from django.core.cache import caches
from django.http import HttpRequest, HttpResponseBase
from rest_framework.throttling import BaseThrottle

from careers.conf import api_setting
from careers.counters import add_up

WINDOW = 60
STATE_ATTR = "_careers_rate_limit"


@dataclass(frozen=True)
class RateState:
    limit: int
    count: int
    reset: int  # epoch seconds when the window ends

    @property
    def allowed(self) -> bool:
        return self.count <= self.limit

    @property
    def remaining(self) -> int:
        return max(self.limit - self.count, 0)

    def wait(self, now: float) -> int:
        return max(math.ceil(self.reset - now), 1)


def hit(bucket: str, limit: int, now: float | None = None) -> RateState:
    """Count one request in ``bucket``'s current window."""
    now = time.time() if now is None else now
    start = int(now // WINDOW * WINDOW)
    key = f"careers:api:rate:{bucket}:{start}"
    count = add_up(caches[api_setting("RATE_CACHE")], key, 1, WINDOW + 5)
    return RateState(limit=limit, count=count or 1, reset=start + WINDOW)


def client_ip(request: HttpRequest) -> str:
    """REMOTE_ADDR, or the X-Forwarded-For entry set by our NUM_PROXIES proxies."""
    return BaseThrottle().get_ident(request)


def rate_headers(request: HttpRequest, response: HttpResponseBase) -> None:
    state: RateState | None = getattr(request, STATE_ATTR, None)
    if state is not None:
        response["X-RateLimit-Limit"] = str(state.limit)
        response["X-RateLimit-Remaining"] = str(state.remaining)
        response["X-RateLimit-Reset"] = str(state.reset)


def check(request: HttpRequest, bucket: str, limit: int) -> RateState:
    state = hit(bucket, limit)
    setattr(getattr(request, "_request", request), STATE_ATTR, state)
    return state


class ApiRateThrottle(BaseThrottle):
    """Reads: ``ANON_RATE`` per IP, or the key's own rate (default ``KEY_RATE``)."""

    scope = "read"

    def allow_request(self, request, view) -> bool:
        bucket, limit = self.bucket(request)
        self.state = check(request, bucket, limit)
        return self.state.allowed

    def bucket(self, request) -> tuple[str, int]:
        key = request.auth
        if key is not None:
            rate = key.rate_per_minute or api_setting("KEY_RATE")
            return f"{self.scope}:key:{key.pk}", rate
        return f"{self.scope}:ip:{client_ip(request)}", api_setting("ANON_RATE")

    def wait(self) -> float:
        return self.state.wait(time.time())


class ClaimsRateThrottle(ApiRateThrottle):
    """Claim checks are expensive: ``CLAIMS_RATE`` per key."""

    scope = "claims"

    def bucket(self, request) -> tuple[str, int]:
        bucket, _rate = super().bucket(request)
        return bucket, api_setting("CLAIMS_RATE")
