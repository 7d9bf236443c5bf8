"""Typo tolerance for the job listing's search.

Wagtail's database search backend (the module's default) matches words, not
near-misses, so "warehuose" finds nothing. When a search finds nothing, the
listing offers the query with each unknown word replaced by the closest word
from the titles of the open jobs the reader could find ("Did you mean
warehouse?"). The vocabulary is what candidates can see (open, public jobs in
the listing's language), read in one query; the comparison is the standard
library's difflib, on at most ``MAX_WORDS`` words of the query."""

from __future__ import annotations

import difflib
import re

from wagtail.models import Locale

from .jobs import localized_jobs, open_jobs

#: Words of a query looked at; the rest is left as typed.
MAX_WORDS = 8
#: Shorter words (AI, KI, ML, "C++") are acronyms more often than typos.
MIN_LENGTH = 4
#: How close a word must be (difflib's ratio): "warehuose" -> "warehouse" is 0.89.
CUTOFF = 0.8

_WORD = re.compile(r"\w+")


def vocabulary(*, locale: Locale) -> list[str]:
    """The lowercased words of the titles of the listing's open jobs."""
    titles = localized_jobs(open_jobs(), locale=locale).values_list("title", flat=True)
    return sorted({w for t in titles for w in _WORD.findall(t.lower()) if len(w) > 2})


def suggest(query: str, *, locale: Locale) -> str | None:
    """``query`` with its unknown words replaced by the nearest known ones, or
    None when no word has a near neighbour."""
    words = _WORD.findall(query)[:MAX_WORDS]
    candidates = [w for w in words if len(w) >= MIN_LENGTH]
    if not candidates:
        return None
    known = vocabulary(locale=locale)
    vocab = set(known)
    fixes: dict[str, str] = {}
    for word in candidates:
        lower = word.lower()
        if lower in vocab or lower in fixes:
            continue
        near = difflib.get_close_matches(lower, known, n=1, cutoff=CUTOFF)
        if near:
            fixes[lower] = near[0]
    if not fixes:
        return None
    seen = 0

    def replace(match: re.Match) -> str:
        nonlocal seen
        seen += 1
        if seen > MAX_WORDS:
            return match.group()
        return fixes.get(match.group().lower(), match.group())

    return _WORD.sub(replace, query)
