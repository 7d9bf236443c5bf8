"""German claims and the kinds they are of (lexicon cues by kind)."""

from __future__ import annotations

import pytest

from careers.claims.detect import Context, read
from careers.claims.lexicon import Cues, default_lexicon
from careers.claims.numbers import Format

LEX = default_lexicon()


def kinds(text: str) -> set[str]:
    lang = LEX.language("de")
    fmt = Format(lang.decimal_separator, lang.ordinal_dot)
    found = read(text, Context(LEX, fmt, 2026, Cues(["=Nordlicht"]), "de"))
    assert found.is_claim, text
    return set(found.kinds)


@pytest.mark.parametrize(
    "text",
    [
        "Unser KI-Modell lernt von jeder abgeschlossenen Lieferung.",
        "Wir haben das KI-Modell mit annotierten Daten aus unseren Lagern trainiert.",
        "Die KI nutzt Daten zur Auslastung der Hubs, um Schichten zu planen.",
        "Unsere Arbeit mit Daten und KI beginnt im Lager.",
    ],
)
def test_german_data_claims_name_their_data(text: str) -> None:
    """What the AI learns from or works on ("lernt von", "annotierte Daten",
    "Daten zur Auslastung", "Daten und KI") makes a data claim, as "learns
    from" and "training data" do in English."""
    assert "data" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nordlicht investiert viel in künstliche Intelligenz für die Disposition.",
        "Der Fokus liegt bei uns auf KI für die Tourenplanung.",
        "KI ist für unser Geschäft unverzichtbar.",
        "Wir haben ein Regelwerk für den Einsatz unserer KI-Systeme entwickelt.",
        "Wir wollen KI aus den Pilotprojekten in die Breite bringen.",
    ],
)
def test_german_strategy_claims_beyond_the_word_strategie(text: str) -> None:
    """Investing in AI, a focus on it, AI as indispensable, rules for its use
    and taking it to scale are strategy, as "doubling down on" and "at the
    core of our" are in English."""
    assert "strategy" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Unser KI-Zentrum erstellt die Prognosen für alle Hubs.",
        "Nordlicht hat ein Team, das sich mit Sprachmodellen für den Kundenservice "
        "befasst.",
        "Für den Einsatz unserer KI haben wir zwölf Disponenten umgeschult.",
    ],
)
def test_german_team_claims_beyond_the_word_team(text: str) -> None:
    """An AI centre ("KI-Zentrum"), a team described by what it does with AI
    ("ein Team, das sich mit Sprachmodellen befasst") and people retrained or
    hired for AI are team claims, as "center of excellence" and "a team
    with" are in English."""
    assert "team" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Im Bewerbungsgespräch wertet unsere KI die Antworten nach Kriterien aus.",
        "Die Sichtung der Unterlagen übernimmt bei Nordlicht eine KI.",
        "Unsere Interviewsoftware fasst mit KI die Antworten zusammen.",
    ],
)
def test_german_hiring_ai_in_interviews_and_screening(text: str) -> None:
    """AI at the job interview ("Bewerbungsgespräch", "Interviewsoftware")
    or at the screening of papers ("Sichtung der Unterlagen") is hiring AI,
    as "video interview" and "CV screening" are in English."""
    assert "hiring_ai" in kinds(text)


def test_an_interview_about_the_candidates_ai_skills_stays_a_requirement() -> None:
    lang = LEX.language("de")
    fmt = Format(lang.decimal_separator, lang.ordinal_dot)
    text = "Im Vorstellungsgespräch sprichst du mit uns über deine Erfahrung mit KI."
    found = read(text, Context(LEX, fmt, 2026, Cues(["=Nordlicht"]), "de"))
    assert not found.is_claim


def test_ai_along_the_value_chain_is_strategy() -> None:
    text = "Entlang der ganzen Wertschöpfungskette setzen wir KI ein."
    assert "strategy" in kinds(text)
