"""The content version: a token that changes whenever anything the pages, the
API or the feeds show may have changed (publish, unpublish, delete, privacy,
and the moments jobs expire or go live by themselves).

The token lives in the database (``careers.models.ContentVersion``), written
in the same transaction as the change: every worker of every machine reads
the same one, it commits and rolls back with the change, and no cache can
bring an old one back. A request reads it once (one query by primary key).

Time changes content too: a job past its expiry leaves every surface before
the scheduler unpublishes it. The version therefore also names the latest
such moment that has passed (found by one query, kept in the cache per
token); every worker derives the same name from the same database, whatever
its cache holds. ETags, Last-Modified, the page cache and the response cache
all derive from the version, so a conditional request is answered without
touching the content."""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import secrets
import time
from dataclasses import dataclass

from asgiref.local import Local
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import DatabaseError
from django.db.models import F, Max, Min, Q
from django.db.models.functions import Greatest

SITE = "site"
#: (token, last moment passed, next moment, as epoch seconds or None), per token.
MOMENTS_KEY = "careers:version:moments:{token}"
MOMENTS_TIMEOUT = 24 * 3600

_request = Local()  # the version read once per request


@dataclass(frozen=True)
class Version:
    token: str  # changes with every change, including those time makes
    modified: int  # epoch seconds, never lower for a later version
    boundary: float | None  # epoch seconds when the content changes by itself

    @property
    def last_modified(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.modified, tz=dt.UTC)

    def seconds_left(self, now: float) -> float | None:
        return None if self.boundary is None else max(self.boundary - now, 0.0)


def bump(scope: str = SITE) -> None:
    """A new token for ``scope``, written in the current transaction, so that
    it becomes visible exactly when the change does."""
    from careers.models import ContentVersion

    now = math.ceil(time.time())
    token = secrets.token_hex(8)
    fields = {"token": token, "modified": Greatest(F("modified") + 1, now)}
    rows = ContentVersion.objects.filter(scope=scope)
    if not rows.update(**fields):
        _row, created = ContentVersion.objects.get_or_create(
            scope=scope, defaults={"token": token, "modified": now}
        )
        if not created:  # another transaction made it first: change it again
            rows.update(**fields)
    forget()


def current() -> Version:
    """The site's version in force (read once per request)."""
    version = getattr(_request, "version", None)
    if version is None:
        version = _read(time.time())
        if getattr(_request, "active", False):
            _request.version = version
    return version


def _read(now: float) -> Version:
    token, modified = _stored()
    last, boundary = _moments(token, now)
    if last is not None:
        token = f"{token}.{int(last * 1000):x}"
        modified = max(modified, math.ceil(last))
    return Version(token, modified, boundary)


def _stored() -> tuple[str, int]:
    """The site's token and modification time; made on first use. When it
    cannot be made (the database refuses writes), a token of this request
    alone: nothing cached under it is ever found again."""
    from careers.models import ContentVersion

    row = ContentVersion.objects.filter(scope=SITE).values_list("token", "modified")
    found = row.first()
    if found is not None:
        return found
    try:
        bump(SITE)
    except DatabaseError:
        return f"unsaved-{secrets.token_hex(8)}", math.ceil(time.time())
    return row.first() or (f"unsaved-{secrets.token_hex(8)}", 0)


def _moments(token: str, now: float) -> tuple[float | None, ...]:
    """The latest expiry or go-live moment passed and the next one to come;
    from the cache while ``now`` lies between them (for this token)."""
    key = MOMENTS_KEY.format(token=token)
    kept = cache.get(key)
    if kept is not None and kept[0] == token:
        _token, last, boundary, since = kept
        if since <= now and (boundary is None or now < boundary):
            return last, boundary
    last, boundary = moments(now)
    cache.set(key, (token, last, boundary, now), MOMENTS_TIMEOUT)
    return last, boundary


def moments(now: float) -> tuple[float | None, float | None]:
    """When a live job last expired or went live (up to ``now``) and when the
    next one will (epoch seconds), in one query. The same database gives every
    worker the same answer."""
    from careers.models import JobPostingPage

    at = dt.datetime.fromtimestamp(now, tz=dt.UTC)
    found = JobPostingPage.objects.filter(live=True, expired=False).aggregate(
        next_expire=Min("expire_at", filter=Q(expire_at__gt=at)),
        next_live=Min("go_live_at", filter=Q(go_live_at__gt=at)),
        last_expire=Max("expire_at", filter=Q(expire_at__lte=at)),
        last_live=Max("go_live_at", filter=Q(go_live_at__lte=at)),
    )
    nexts = [found["next_expire"], found["next_live"]]
    lasts = [found["last_expire"], found["last_live"]]
    return _epoch(max, lasts), _epoch(min, nexts)


def _epoch(pick, moments: list) -> float | None:
    found = [m.timestamp() for m in moments if m is not None]
    return pick(found) if found else None


def forget(**_kwargs) -> None:
    """Read the version again (a new request, or a change in this one)."""
    with contextlib.suppress(AttributeError):
        del _request.version


def _started(**_kwargs) -> None:
    forget()
    _request.active = True


def _finished(**_kwargs) -> None:
    forget()
    _request.active = False


request_started.connect(_started, dispatch_uid="careers.versioning.started")
request_finished.connect(_finished, dispatch_uid="careers.versioning.finished")
