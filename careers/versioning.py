"""The content version: one token in the shared cache that changes whenever
anything the API or the feeds show may have changed (publish, unpublish,
delete, privacy, and the moment the next job expires or goes live).

Reading it costs no query, except once per version to find the next expiry.
ETags, Last-Modified and the response cache all derive from it, so a
conditional request is answered without touching the content."""

import datetime as dt
import math
import secrets
import time
from dataclasses import dataclass

from django.core.cache import cache
from django.db import transaction
from django.db.models import Min, Q

VERSION_KEY = "careers:api:version"
#: (token, epoch seconds or NO_BOUNDARY): the next expiry, for that version.
BOUNDARY_KEY = "careers:api:boundary"
NO_BOUNDARY = 0.0


@dataclass(frozen=True)
class ContentVersion:
    token: str
    modified: int  # epoch seconds, strictly increasing from version to version
    boundary: float | None  # epoch seconds when the content changes by itself

    @property
    def last_modified(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.modified, tz=dt.UTC)

    def seconds_left(self, now: float) -> float | None:
        return None if self.boundary is None else max(self.boundary - now, 0.0)


def _new_record(previous: dict | None, now: float) -> dict:
    modified = math.ceil(now)
    if previous:
        modified = max(modified, previous["modified"] + 1)
    return {"token": f"{modified:x}{secrets.token_hex(4)}", "modified": modified}


def bump() -> None:
    """A new version now; again when the transaction commits, so that a reader
    that cached the old content during the transaction is not believed."""
    _bump_now()
    transaction.on_commit(_bump_now)


def _bump_now() -> None:
    cache.set(VERSION_KEY, _new_record(cache.get(VERSION_KEY), time.time()), None)


def next_boundary(now: float) -> float | None:
    """When the next live job expires or goes live (epoch seconds), if ever."""
    from careers.models import JobPostingPage

    at = dt.datetime.fromtimestamp(now, tz=dt.UTC)
    found = JobPostingPage.objects.filter(live=True, expired=False).aggregate(
        expire=Min("expire_at", filter=Q(expire_at__gt=at)),
        go_live=Min("go_live_at", filter=Q(go_live_at__gt=at)),
    )
    moments = [m.timestamp() for m in found.values() if m is not None]
    return min(moments) if moments else None


def current() -> ContentVersion:
    """The version in force; rolls over once the next expiry has passed."""
    now = time.time()
    found = cache.get_many([VERSION_KEY, BOUNDARY_KEY])  # one round trip
    record = found.get(VERSION_KEY)
    if record is None:
        record = _new_record(None, now)
        if not cache.add(VERSION_KEY, record, None):
            record = cache.get(VERSION_KEY) or record
    boundary = _boundary(record["token"], now, found.get(BOUNDARY_KEY))
    if boundary is not None and now >= boundary:
        _bump_now()
        return current()
    return ContentVersion(record["token"], record["modified"], boundary)


def _boundary(token: str, now: float, cached: tuple | None) -> float | None:
    """The version's next expiry: read with the version, found (one query)
    once per version."""
    if cached and cached[0] == token:
        stored = cached[1]
    else:
        found = next_boundary(now)
        stored = NO_BOUNDARY if found is None else found
        cache.set(BOUNDARY_KEY, (token, stored), 24 * 3600)
    return None if stored == NO_BOUNDARY else stored
