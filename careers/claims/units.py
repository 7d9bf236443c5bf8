"""Sentence units: a sentence, or a sentence read with the ones that continue it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .detect import Context
from .numbers import find_numbers
from .text import MAX_SENTENCE, Sentence

# German "Sie spart ..." (it saves) continues; "Sie haben ..." (you have) does not
_THIRD_PERSON_SIE = re.compile(r"Sie [^\W\d_]+t\b")
_CONTINUING_KINDS = (
    "impact",
    "team_experts",
    "data",
    "superlative",
    "strategy",
    "usage",
    "plan",
    "org_markers",
)


@dataclass(frozen=True)
class Unit:
    """A sentence, or a sentence read together with the ones that continue it."""

    field: str
    start: int
    end: int
    text: str
    norm: str
    tail: int | None = None  # where continuing sentences begin in `norm`


def units(sentences: list[Sentence], ctx: Context) -> list[Unit]:
    """Sentences, each merged with the following ones that continue it."""
    units: list[Unit] = []
    ai_terms = ctx.lexicon.cue("ai_terms")
    previous: Sentence | None = None
    previous_ai = False  # whether the unit before holds an AI term
    for s in sentences:
        # its spans, not a yes or no: the unit's reading needs them (kept per item)
        has_ai = bool(ai_terms.spans(s.norm))
        if (
            previous_ai
            and not has_ai
            and previous is not None
            and previous.block == s.block
            and _continues(s, units[-1], ctx)
        ):
            last = units[-1]
            tail = len(last.norm) + 1 if last.tail is None else last.tail
            units[-1] = Unit(
                last.field,
                last.start,
                s.end,
                f"{last.text} {s.text}",
                f"{last.norm} {s.norm}",
                tail,
            )
        else:
            units.append(Unit(s.field, s.start, s.end, s.text, s.norm))
            previous_ai = has_ai
        previous = s
    return units


def _continues(s: Sentence, unit: Unit, ctx: Context) -> bool:
    """ "It cut costs by 30 %." after an AI sentence: read with it."""
    lex, norm = ctx.lexicon, s.norm
    if s.field == "title" or len(unit.norm) + len(norm) > MAX_SENTENCE:
        return False
    numbers = bool(find_numbers(norm, lex, ctx.number_format))
    # "Über 1.000 Unternehmen nutzen die Plattform": a number said of the AI
    # named before ("die Plattform", "dazu") continues it too
    starts = lex.cue("continuation").match_at(norm, 0) >= 0 or _open_quote(unit.norm)
    # "we have applied this technology to ...": it names the AI named before
    named = lex.cue("ai_anaphors").search(norm)
    if not (starts or named) and not (numbers and lex.cue("anaphors").search(norm)):
        return False
    # "Sie nutzt die Erfahrung der Mitarbeitenden": the AI named before acts
    # on someone's experience; nothing is asked of the candidate
    it = bool(_THIRD_PERSON_SIE.match(norm))
    if lex.cue("requirements").search(norm) and not it:
        return False
    if lex.cue("pronouns").search(norm) and not it:
        return False
    return numbers or any(lex.cue(k).search(norm) for k in _CONTINUING_KINDS)


def _open_quote(norm: str) -> bool:
    """A quotation opened and not yet closed (quotes are plain in `norm`): the
    sentences up to its end are one person's statement ("„Mein Team ist um KI
    gebildet worden. Wir haben Leute eingestellt“, sagt sie.")."""
    return norm.count('"') % 2 == 1
