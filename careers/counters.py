"""Counters in a cache that may fail: rate limits and cache budgets.

``add_up`` counts in one round trip in the usual case (the key exists) and
tells a cache that refuses writes (down, a read-only replica, full with
``noeviction``) from a count: it answers None, and the caller fails open."""

import logging
import time

from django.core.cache.backends.base import BaseCache

logger = logging.getLogger("careers.cache")
_last_logged = 0.0


def add_up(cache: BaseCache, key: str, amount: int, timeout: int) -> int | None:
    """``key``'s total after adding ``amount`` (made with ``timeout``), or
    None when the cache would not keep it."""
    for _attempt in range(2):
        try:
            return cache.incr(key, amount)
        except ValueError:  # not there yet (or gone): make it
            if cache.add(key, amount, timeout):
                return amount
    _refused(key)
    return None


def _refused(key: str) -> None:
    """Logged once a minute at most: a flood of refusals is one problem."""
    global _last_logged
    now = time.monotonic()
    if now - _last_logged > 60:
        _last_logged = now
        logger.warning("The cache refused to count %s: failing open", key)
