"""Numbers in claims: finding them and deciding whether evidence backs them.

Only digits count: numbers written as words, years, dates, durations, quarters,
versions and ordinals are skipped. A number keeps the precision it was written
with, so "30 %" is backed by a change of 29.6 % and "29.6 %" is not backed by 30 %.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .lexicon import Lexicon
from .work import charge

_NUMBER = re.compile(r"\d+(?:[.,']\d+)*")
_RANGE_GAP = re.compile(r"\s*(?:[-\u2013\u2014]|to|bis)\s*")
# An e-mail address is tried only where a token starts (the lookbehind): without
# it every position of a long token would rescan the token looking for an "@".
_MASKED = re.compile(
    r"https?://\S+|www\.\S+|(?<![^\s@])[^\s@]+@\S+"
    r"|(?<!\d)(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})"
    r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?)(?!\d)"
)
_SUFFIX = re.compile(r"[^\W\d_]+")
_FACTOR_SUFFIX = frozenset({"x", "\u00d7", "fach", "mal", "fold"})
_MAX_DIGITS = 18
_WINDOW = 40  # how far around a number its unit and qualifier are looked for


@dataclass(frozen=True)
class Number:
    """One number of a claim, as written."""

    text: str
    value: Decimal
    decimals: int
    kind: str  # percent | points | factor | count
    start: int
    end: int
    low: Decimal | None = None  # the first end of a range "20-30 %"
    bound: str = "eq"  # eq | min (more than) | max (less than)
    scale: Decimal = Decimal(1)


@dataclass(frozen=True)
class Format:
    """How the item's language writes numbers."""

    decimal_sep: str = "."
    ordinal_dot: bool = False


def find_numbers(text: str, lexicon: Lexicon, fmt: Format) -> list[Number]:
    """The claim numbers in `text` (one sentence or unit, already normalised)."""
    charge(len(text))
    masked = [m.span() for m in _MASKED.finditer(text)]
    raw = [
        n
        for m in _NUMBER.finditer(text)
        if not any(a <= m.start() < b for a, b in masked)
        and (n := _read(text, m, lexicon, fmt)) is not None
    ]
    return _merge_ranges(text, raw)


def _read(text: str, m: re.Match[str], lexicon: Lexicon, fmt: Format) -> Number | None:
    start, end = m.span()
    if _attached_left(text, start) or _is_date_like(text, m):
        return None
    if fmt.ordinal_dot and re.match(r"\. [^\W\d_]", text[end : end + 3]):
        return None  # German ordinal: "am 3. Standort"
    parsed = _parse(m.group(0), fmt.decimal_sep)
    if parsed is None:
        return None
    value, decimals = parsed
    after = text[end : end + _WINDOW]
    suffix = _SUFFIX.match(after)
    if suffix and suffix.group(0).lower() not in _FACTOR_SUFFIX:
        return None  # 3rd, 5G, 4K, Q3 is caught on the left
    kind, unit_end = _unit(after, lexicon)
    if kind == "count" and _skipped(text, m, lexicon):
        return None
    scale, unit_end = _scale(after, unit_end, lexicon)
    return Number(
        text=text[start : end + unit_end].strip(),
        value=abs(value),
        decimals=decimals,
        kind=kind,
        start=start,
        end=end + unit_end,
        bound=_bound(text[max(0, start - _WINDOW) : start], lexicon),
        scale=scale,
    )


def _attached_left(text: str, start: int) -> bool:
    """GPT-4, Q3, 1/2, 9:30, v2: the number belongs to something else."""
    before = text[max(0, start - 2) : start]
    if not before:
        return False
    last = before[-1]
    if last.isalnum() or last in "_/:.,'#":
        return True
    return last in "-\u2010" and len(before) == 2 and before[0].isalpha()


def _is_date_like(text: str, m: re.Match[str]) -> bool:
    return bool(re.match(r"[/:]\d", text[m.end() : m.end() + 2]))


def _parse(token: str, decimal_sep: str) -> tuple[Decimal, int] | None:
    digits = token.replace(".", "").replace(",", "").replace("'", "")
    if len(digits) > _MAX_DIGITS:
        return None
    seps = [ch for ch in token if ch in ".,'"]
    groups = re.split(r"[.,']", token)
    if not seps:
        return Decimal(token), 0
    thousands = "." if decimal_sep == "," else ","
    if len(set(seps)) == 1 and len(seps) > 1:
        if seps[0] == decimal_sep or any(len(g) != 3 for g in groups[1:]):
            return None  # 1.2.3 is a version or a date
        return Decimal(digits), 0
    if len(set(seps)) == 1:
        if seps[0] in (thousands, "'") and len(groups[1]) == 3:
            return Decimal(digits), 0
        return _decimal(groups[0], groups[1])
    *whole, frac = groups
    if any(len(g) != 3 for g in whole[1:]):
        return None
    return _decimal("".join(whole), frac)


def _decimal(whole: str, frac: str) -> tuple[Decimal, int] | None:
    try:
        return Decimal(f"{whole}.{frac}"), len(frac)
    except InvalidOperation:
        return None


def _unit(after: str, lexicon: Lexicon) -> tuple[str, int]:
    """The number's kind from what follows it, and where that unit ends."""
    gap = len(after) - len(after.lstrip(" \u00a0-"))
    for kind, cue in (
        ("points", "points"),
        ("percent", "percent"),
        ("factor", "factor"),
    ):
        end = lexicon.cue(cue).match_at(after, gap)
        if end < 0 and gap:
            end = lexicon.cue(cue).match_at(after, 0)
        if end >= 0:
            return kind, end
    return "count", 0


def _skipped(text: str, m: re.Match[str], lexicon: Lexicon) -> bool:
    """Years, dates, durations, versions: not numbers in the contract's sense."""
    token, (start, end) = m.group(0), m.span()
    if (
        token.isascii()
        and token.isdigit()
        and len(token) == 4
        and 1900 <= int(token) <= 2100
    ):
        return True
    after = text[end : end + _WINDOW].lstrip(" .\u00a0-")
    if lexicon.cue("duration_units").match_at(after, 0) >= 0:
        return True
    if lexicon.cue("months").match_at(after, 0) >= 0:
        return True
    word = _last_word(text[max(0, start - _WINDOW) : start].rstrip())
    return bool(word) and (
        lexicon.cue("months").search(word) or _is_excluded(word, lexicon)
    )


def _last_word(before: str) -> str:
    parts = before.rsplit(None, 1)
    return parts[-1] if parts else ""


def _is_excluded(word: str, lexicon: Lexicon) -> bool:
    cue = lexicon.cue("not_numbers_after")
    return any(cue.match_at(w, 0) == len(w) for w in (word, word.rstrip(".:")) if w)


def _scale(after: str, unit_end: int, lexicon: Lexicon) -> tuple[Decimal, int]:
    rest = after[unit_end:]
    m = re.match(r"\s*([^\W\d_]+\.?)", rest)
    if not m:
        return Decimal(1), unit_end
    word = m.group(1).lower()
    factor = lexicon.scale.get(word) or lexicon.scale.get(word.rstrip("."))
    if factor is None:
        return Decimal(1), unit_end
    return Decimal(str(factor)), unit_end + m.end()


def _bound(before: str, lexicon: Lexicon) -> str:
    tail = before[-30:]
    stripped = tail.rstrip(" \u00a0~\u2248+")
    for bound, cue in (("min", "at_least"), ("max", "at_most")):
        if any(b == len(stripped) for _, b in lexicon.cue(cue).spans(stripped)):
            return bound
    return "eq"


def _merge_ranges(text: str, numbers: list[Number]) -> list[Number]:
    """20-30 % or 20 bis 30 Prozent: one number, backed anywhere in the range."""
    out: list[Number] = []
    for n in numbers:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "count"
            and prev.low is None
            and _RANGE_GAP.fullmatch(text[prev.end : n.start])
        ):
            low = min(prev.value, n.value)
            out[-1] = Number(
                text=text[prev.start : n.end],
                value=max(prev.value, n.value),
                decimals=max(prev.decimals, n.decimals),
                kind=n.kind,
                start=prev.start,
                end=n.end,
                low=low,
                bound=prev.bound,
                scale=n.scale,
            )
            continue
        out.append(n)
    return out


def rounded(value: float, decimals: int) -> Decimal:
    """The value at a claim's precision, rounding half up."""
    quantum = Decimal(1).scaleb(-decimals)
    return Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP)


def backs(number: Number, candidates: Iterable[float]) -> bool:
    """Whether any candidate value backs the number at its precision."""
    targets = {number.value, number.value * number.scale}
    for c in candidates:
        if not _finite(c):
            continue
        try:
            got = rounded(abs(c), number.decimals)
        except InvalidOperation:
            continue
        if number.low is not None and number.low <= got <= number.value:
            return True
        if number.bound == "min" and got >= number.value:
            return True
        if number.bound == "max" and 0 < got <= number.value:
            return True
        if got in targets:
            return True
    return False


def _finite(value: float) -> bool:
    return value == value and value not in (float("inf"), float("-inf"))
