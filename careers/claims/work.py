"""How much text the checker scans for one item, and the cap on it.

Every pass over text (the HTML scanner, the sentence splitter, each cue list, the
number finder) charges the characters it is given. The passes are linear in what
they are given (their regular expressions have no nested or overlapping
quantifiers over unbounded runs, and per-sentence passes see at most
`MAX_SENTENCE` characters), so the characters charged are the work done, and
tests can assert that it grows linearly with the input instead of timing it.

An item longer than `MAX_ITEM_CHARS`, or one whose check would scan more than
`WORK_PER_CHAR` characters per character of input, is not checked: it gets a
blocking `text.too_long` finding, since an unchecked text must not go live.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

MAX_ITEM_CHARS = 200_000  # about 30,000 words: far beyond any job post
WORK_PER_CHAR = 400  # each character is read by some dozens of cue lists
WORK_FLOOR = 2_000_000  # short texts still get room for their fixed costs


class TooMuchWork(Exception):
    """The check of one item went over its budget."""


@dataclass
class Work:
    cap: int
    used: int = 0
    #: what one item's passes have found already (a word index, a cue list's
    #: spans in a sentence): rules often read the same sentence with the same list
    memo: dict[Any, Any] = field(default_factory=dict)

    def charge(self, chars: int) -> None:
        self.used += chars
        if self.used > self.cap:
            raise TooMuchWork


_current: ContextVar[Work | None] = ContextVar("careers_claims_work", default=None)
_meters: ContextVar[list[Work] | None] = ContextVar(
    "careers_claims_meters", default=None
)


def charge(chars: int) -> None:
    """Counts `chars` against the current item's budget (if one is open)."""
    work = _current.get()
    if work is not None:
        work.charge(chars)


def current() -> Work | None:
    """The budget of the item being checked, or None outside a check (then
    nothing is charged and nothing kept)."""
    return _current.get()


@contextmanager
def budget(size: int) -> Iterator[Work]:
    """A budget for checking `size` characters of text."""
    work = Work(cap=max(WORK_FLOOR, WORK_PER_CHAR * size))
    meter = _meters.get()
    if meter is not None:
        meter.append(work)
    token = _current.set(work)
    try:
        yield work
    finally:
        _current.reset(token)


@contextmanager
def metered() -> Iterator[list[Work]]:
    """Collects the budgets of every item checked inside (for tests and benches)."""
    works: list[Work] = []
    token = _meters.set(works)
    try:
        yield works
    finally:
        _meters.reset(token)
