"""What one request reads once: a memo per name, kept for the request and
forgotten at its end and at any content change in it (``versioning.bump``
calls ``forget``). Outside a request each call gets a fresh dict, so nothing
is kept (management commands, tests that call functions directly).

For what a request would otherwise read again and again: the hidden
sections, the locales, the organisation profile, the look's images."""

from __future__ import annotations

import contextlib

from asgiref.local import Local
from django.core.signals import request_finished, request_started

_request = Local()
_NAMES: set[str] = set()


def memo(name: str) -> dict:
    """This request's memo ``name`` (a fresh dict outside requests)."""
    if not getattr(_request, "active", False):
        return {}
    found = getattr(_request, name, None)
    if found is None:
        found = {}
        _NAMES.add(name)
        setattr(_request, name, found)
    return found


def forget(**_kwargs) -> None:
    """Read everything again (a new request, or a change in this one)."""
    for name in list(_NAMES):
        with contextlib.suppress(AttributeError):
            delattr(_request, name)


def _started(**_kwargs) -> None:
    forget()
    _request.active = True


def active() -> bool:
    """Whether memos are kept (in a request, or a ``scope``)."""
    return getattr(_request, "active", False)


@contextlib.contextmanager
def scope():
    """Keep memos for the block, as a request does (the block's own: nothing
    read before it, and nothing it read is kept after it)."""
    was_active = getattr(_request, "active", False)
    forget()
    _request.active = True
    try:
        yield
    finally:
        forget()
        _request.active = was_active


def _finished(**_kwargs) -> None:
    forget()
    _request.active = False


request_started.connect(_started, dispatch_uid="careers.request_memo.started")
request_finished.connect(_finished, dispatch_uid="careers.request_memo.finished")
