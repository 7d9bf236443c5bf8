"""What the pages keep per content version and read on every page rendered:
the evidence pool, the chrome's pages, the organisation's look, the request's
site, the hidden sections, the moments, the number of open jobs.

Kept in the shared cache (every worker) and, in front of it, in the process:
a Django ``LocMemCache`` of its own, bounded, which copies values in and out
(pickled), so that no request changes another's objects. The process copy is
safe because every key names the content version it was built from, read from
the database on each request (``careers.versioning``): a change makes new
keys, never a stale hit, in any worker.

It is what keeps these reads off the network on every page rendered anew,
and what keeps a page from rebuilding all of them when the shared cache has
been flushed, restarted or cannot be reached (``config.cache`` fails open):
then only the page itself is rendered again, not the site's evidence with it.

Pages, cards and the API's bodies stay in the shared cache alone: there are
too many of them for a process, and each is read once per answer. When the
default cache is itself in the process (``LocMemCache``: the project's
settings without Redis), it is the only copy."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django.core.cache import cache, caches
from django.core.cache.backends.locmem import LocMemCache

#: Entries a process keeps: a few per site and language, one per image shown
#: with people's photos; the oldest quarter goes when it is full.
PROCESS_ENTRIES = 1000
process = LocMemCache(
    "careers-version-cache",
    {"TIMEOUT": 3600, "OPTIONS": {"MAX_ENTRIES": PROCESS_ENTRIES, "CULL_FREQUENCY": 4}},
)


def _shared() -> bool:
    """Whether the default cache lies outside the process (then this process
    keeps copies in front of it)."""
    return not isinstance(caches["default"], LocMemCache)


def get(key: str) -> Any:
    """The value kept under ``key`` (in the process, else in the shared cache,
    then in the process too), or None."""
    if not _shared():
        return cache.get(key)
    value = process.get(key)
    if value is None:
        value = cache.get(key)
        if value is not None:
            process.set(key, value)
    return value


def get_many(keys: Iterable[str]) -> dict[str, Any]:
    keys = list(keys)
    if not _shared():
        return cache.get_many(keys)
    found = process.get_many(keys)
    missing = [key for key in keys if key not in found]
    if missing:
        shared = cache.get_many(missing)
        process.set_many(shared)
        found.update(shared)
    return found


def set(key: str, value: Any, timeout: float) -> None:
    cache.set(key, value, timeout)
    if _shared():
        process.set(key, value, timeout)


def set_many(values: Mapping[str, Any], timeout: float) -> None:
    cache.set_many(values, timeout)
    if _shared():
        process.set_many(values, timeout)


def clear_process() -> None:
    """Forget what this process keeps (tests that start from an empty cache)."""
    process.clear()
