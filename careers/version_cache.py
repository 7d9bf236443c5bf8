"""What the pages keep per content version and read on every page rendered:
the evidence pool, the chrome's pages, the organisation's look, the request's
site, the hidden sections, the moments, the number of open jobs.

Kept in the shared cache (every worker) and, in front of it, in the process:
a Django ``LocMemCache`` of its own, bounded. Both keep a value pickled, as
bytes: each request unpickles its own copy, so that no request changes
another's objects, and a worker copies what another kept as it came. The process copy is
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

# values this module wrote, read back from the site's own caches
import pickle  # nosec B403
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
    key = _pickled(key)
    data = process.get(key)
    if data is None:
        data = cache.get(key)
        if data is not None:
            process.set(key, data)
    return _loads(data)


def get_many(keys: Iterable[str]) -> dict[str, Any]:
    keys = list(keys)
    if not _shared():
        return cache.get_many(keys)
    named = {_pickled(key): key for key in keys}
    found = process.get_many(named)
    missing = [key for key in named if key not in found]
    if missing:
        shared = cache.get_many(missing)
        process.set_many(shared)
        found.update(shared)
    values = {named[key]: _loads(data) for key, data in found.items()}
    return {key: value for key, value in values.items() if value is not None}


def set(key: str, value: Any, timeout: float) -> None:
    if not _shared():
        cache.set(key, value, timeout)
        return
    key, data = _pickled(key), _dumps(value)
    cache.set(key, data, timeout)
    process.set(key, data, timeout)


def set_many(values: Mapping[str, Any], timeout: float) -> None:
    if not _shared():
        cache.set_many(values, timeout)
        return
    data = {_pickled(key): _dumps(value) for key, value in values.items()}
    cache.set_many(data, timeout)
    process.set_many(data, timeout)


# In front of a shared cache, values are kept as pickled bytes, in both: a
# worker copies what another kept into its process as it came (pickling
# bytes is a copy), and unpickles it once per request, as it would from
# either. Under keys of their own: a worker of a release that kept the
# values themselves (during a rolling deploy) never reads bytes as a value,
# nor this release its values as bytes.


def _pickled(key: str) -> str:
    return f"{key}:pickled"


def _dumps(value: Any) -> bytes:
    return pickle.dumps(value, pickle.HIGHEST_PROTOCOL)


def _loads(data: Any) -> Any:
    # Only what ``_dumps`` wrote, read back from the caches this site's
    # settings name, as Django's own cache backends read them.
    return pickle.loads(data) if isinstance(data, bytes) else None  # noqa: S301  # nosec B301


def clear_process() -> None:
    """Forget what this process keeps (tests that start from an empty cache)."""
    process.clear()
