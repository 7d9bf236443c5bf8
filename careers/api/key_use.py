"""When each API key was last used: written at most once a minute per key,
after the answer has been sent, and never waited for.

The request only notes the use (a key whose last use is older than a minute,
and only the first such request of the minute, counted in the rate-limit
cache that all workers share). The write happens when Django closes the
response, after the body went out, with a lock timeout of zero: while an
import holds the database's write lock, the write is skipped (the next
minute's request tries again), never a slow or failed answer."""

import contextlib
import datetime as dt
import logging

from asgiref.local import Local
from django.core.cache import caches
from django.core.signals import request_finished
from django.db import DatabaseError, connection, transaction
from django.db.models import Q

from careers.conf import api_setting
from careers.models import ApiKey

INTERVAL = dt.timedelta(minutes=1)
NOTED_KEY = "careers:api:key-used:{pk}"
logger = logging.getLogger("careers.api")
_pending = Local()


def note(key: ApiKey, now: dt.datetime) -> None:
    """Remember to write ``now`` as ``key``'s last use, if it is due."""
    if key.last_used_at is not None and now - key.last_used_at < INTERVAL:
        return
    rates = caches[api_setting("RATE_CACHE")]
    if not rates.add(NOTED_KEY.format(pk=key.pk), 1, int(INTERVAL.total_seconds())):
        return  # another request of this minute writes it (or the cache failed)
    if not hasattr(_pending, "uses"):
        _pending.uses = {}
    _pending.uses[key.pk] = now


def write_pending(**_kwargs) -> None:
    """``request_finished``: the noted uses, each in one UPDATE that waits for
    no lock."""
    uses = getattr(_pending, "uses", None)
    _pending.uses = {}
    for pk, now in (uses or {}).items():
        try:
            with no_lock_wait():
                ApiKey.objects.filter(pk=pk).filter(
                    Q(last_used_at__isnull=True) | Q(last_used_at__lt=now - INTERVAL)
                ).update(last_used_at=now)
        except DatabaseError as exc:
            logger.info("Last use of API key %s not written (%s): next time", pk, exc)


@contextlib.contextmanager
def no_lock_wait():
    """Fail at once instead of waiting for another transaction's lock:
    SQLite's busy timeout set to 0 around one autocommit statement (a
    transaction would wait for the lock as it begins), PostgreSQL's lock
    timeout for one short transaction."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA busy_timeout")
            waited = int(cursor.fetchone()[0])
            cursor.execute("PRAGMA busy_timeout = 0")
            try:
                yield
            finally:
                cursor.execute(f"PRAGMA busy_timeout = {waited}")
    elif connection.vendor == "postgresql":
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET LOCAL lock_timeout = '50ms'")
            yield
    else:
        yield


request_finished.connect(write_pending, dispatch_uid="careers.api.key_use")
