"""German sentences that name AI without claiming the organisation uses it."""

from __future__ import annotations

import pytest

from careers.claims.detect import Context, read
from careers.claims.lexicon import Cues, default_lexicon
from careers.claims.numbers import Format

LEX = default_lexicon()


def reading(text: str, org: str, language: str = "de"):
    lang = LEX.language(language)
    fmt = Format(lang.decimal_separator, lang.ordinal_dot)
    return read(text, Context(LEX, fmt, 2026, Cues([org]), language))


@pytest.mark.parametrize(
    ("text", "org", "claim"),
    [
        (
            "Seit Jahren rückt der Rhein Hackathon das Thema KI in den Mittelpunkt.",
            "=Rhein Hackathon",
            False,
        ),
        (
            "Die Data Summit Köln widmet sich besonders dem Thema KI.",
            "=Data Summit Köln",
            False,
        ),
        # a team or an event the organisation names apart from its name still
        # gathers people around the topic
        (
            "Der Rhein Hackathon hat ein Team rund um das Thema KI aufgebaut.",
            "=Rhein Hackathon",
            True,
        ),
    ],
)
def test_an_event_word_in_the_organisations_name_gathers_nobody(
    text: str, org: str, claim: bool
) -> None:
    """An organisation named like an event or a lab ("MUC SUMMIT") that
    attends to AI as a topic does not gather a team or an activity around
    it: the word of its name is no activity of its own."""
    assert reading(text, org).is_claim is claim
