"""German claims that were missed: continuations, quoted titles, plans in a
that-clause, a named person's team, quoted statements of the organisation."""

from __future__ import annotations

from datetime import date

import pytest

from careers.claims import Bundle, Item, Organisation, check
from careers.claims.lexicon import default_lexicon
from careers.claims.text import split_field

AS_OF = date(2026, 12, 1)
LEX = default_lexicon()


def claims(body: str, org: str = "Nordwind") -> list:
    """The claims of one German page of `org` with `body`, without evidence."""
    item = Item("p", "page", "de", "", {"body": body})
    bundle = Bundle(items=(item,), organisation=Organisation(name=org))
    return check(bundle, as_of=AS_OF).items["p"].claims


def covers(body: str, second: str) -> bool:
    """Whether a claim reaches into the sentence that starts with `second`."""
    start = body.index(second)
    return any(c.end > start for c in claims(body))


@pytest.mark.parametrize(
    ("body", "second"),
    [
        (
            "Eine KI, die nicht redet, sondern zuhört. Sie nutzt die Erfahrung "
            "der Pflegeteams und macht daraus klare Hinweise.",
            "Sie nutzt",
        ),
        (
            "Unser KI-Assistent sortiert Rechnungen vor. Sie nutzt dafür die "
            "Kenntnisse der Buchhaltung und spart so Zeit.",
            "Sie nutzt",
        ),
    ],
)
def test_she_it_continues_the_ai_sentence_despite_words_of_skill(
    body: str, second: str
) -> None:
    """ "Sie nutzt die Erfahrung der Mitarbeitenden" after an AI sentence is
    "it uses": the AI named before acts on someone's experience, nothing is
    asked of the candidate."""
    assert covers(body, second)


def test_a_tagline_stays_the_organisations_ai_when_a_long_sentence_continues_it() -> (
    None
):
    """ "Eine KI, die mitdenkt." presents the organisation's product; the
    sentence that goes on about it does not make it AI in general."""
    body = (
        "Eine KI, die nicht redet, sondern mitdenkt. Sie nutzt die Akten der "
        "Kanzlei, die Erfahrung der Anwältinnen, die echten Abläufe und macht "
        "daraus sichere Entwürfe für jeden einzelnen Fall im Alltag."
    )
    assert covers(body, "Sie nutzt")


@pytest.mark.parametrize(
    "body",
    [
        "In seiner Rolle berät er Vorstände, trennt Hype von Realität und "
        "entwickelt mit seinem Team KI-Anwendungen für Versicherer.",
        "Als Leiterin der Forschung baut sie mit ihrem Team eine KI-Plattform "
        "für die Diagnostik.",
    ],
)
def test_a_persons_team_building_ai_is_the_organisations(body: str) -> None:
    """A named staff member's team ("mit seinem Team", "mit ihrem Team")
    builds AI: the organisation's work, also beside a topic word ("Hype")."""
    assert claims(body)


@pytest.mark.parametrize(
    "body",
    [
        "Die Software soll so aufgebaut werden, dass einzelne Bausteine wie "
        "Sprachmodelle jederzeit ersetzt werden können.",
        "Das Portal soll so gestaltet werden, dass Verfahren wie neuronale "
        "Netze, Suchindizes oder Tabellen leicht kombiniert werden können.",
    ],
)
def test_a_that_clause_after_an_intent_is_part_of_the_plan(body: str) -> None:
    """ "soll so aufgebaut sein, dass ...": the that-clause says what is
    intended, so the AI named there is planned."""
    assert "plan" in {c.kind for c in claims(body)}


@pytest.mark.parametrize(
    "body",
    [
        "Derzeit wird maschinelles Lernen nur in der Rechnungsprüfung "
        'eingesetzt", sagt Jana Berg, die die IT der Stadtwerke leitet.',
        "„Im Bürgerbüro wird KI bereits für die Terminvergabe genutzt“, "
        "erklärt Amtsleiter Tom Kaya.",
    ],
)
def test_a_quoted_statement_of_present_use_claims(body: str) -> None:
    """A quotation closed before ", sagt <Name>" that says AI "wird ...
    eingesetzt": one of the organisation's people says what it does."""
    assert claims(body)


@pytest.mark.parametrize(
    "body",
    [
        "„Heute wird KI überall eingesetzt“, sagt Professorin Lena Voss.",
        'Aktuell wird KI in vielen Verwaltungen eingesetzt", sagt Lena Voss.',
        "„KI wird künftig überall eingesetzt werden“, sagt Professorin Lena Voss.",
    ],
)
def test_a_quoted_statement_about_ai_anywhere_claims_nothing(body: str) -> None:
    """A quotation about AI in general ("in vielen Branchen", "überall")
    says nothing of the organisation's use."""
    assert not claims(body)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "Höhepunkt waren unsere drei „KI im Amt? Na klar!“ Werkstätten. Danach "
            "ging es weiter.",
            [
                "Höhepunkt waren unsere drei „KI im Amt? Na klar!“ Werkstätten.",
                "Danach ging es weiter.",
            ],
        ),
        (
            "Wir zeigen die Reihe „Was kann KI?“ für Schulen. Sie läuft im Mai.",
            ["Wir zeigen die Reihe „Was kann KI?“ für Schulen.", "Sie läuft im Mai."],
        ),
        (
            "„Nutzt ihr KI? Wir schon.“ Das sagt sie.",
            ["„Nutzt ihr KI?", "Wir schon.“ Das sagt sie."],
        ),
        (
            "Sie sagte: „Nutzt ihr KI? Wir schon.“ Dann ging sie.",
            ["Sie sagte: „Nutzt ihr KI?", "Wir schon.“ Dann ging sie."],
        ),
    ],
)
def test_a_question_inside_a_quoted_title_does_not_end_the_sentence(
    raw: str, expected: list[str]
) -> None:
    """A short quotation opened in mid-sentence names a title („Comms ohne
    KI? Ohne mich!“ Veranstaltungen): its "?" and "!" belong to the title. A
    quotation that opens the sentence is speech and ends as before."""
    assert [s.text for s in split_field("body", raw, LEX, True)] == expected


@pytest.mark.parametrize(
    "body",
    [
        "Mein Highlight waren unsere Veranstaltungen rund um das Thema KI in der "
        "Pflege.",
        "Besonders gefragt war unsere Veranstaltungsreihe zum Thema KI im Handwerk.",
    ],
)
def test_the_organisations_events_on_ai_are_community_claims(body: str) -> None:
    """The organisation's own events ("unsere Veranstaltungen") on AI as a
    topic are community activities it holds (a meetup)."""
    assert "community" in {c.kind for c in claims(body)}


@pytest.mark.parametrize(
    "body",
    [
        "Bei einer Live-Demonstration in der Halle konnten die Gäste aus dem "
        "Ministerium KI in der Lagerlogistik hautnah erleben.",
        "Am Stand wurde den Besuchern KI für die Prüfung von Schweißnähten vorgeführt.",
    ],
)
def test_a_demonstration_shows_ai_in_use(body: str) -> None:
    """A live demonstration of AI ("Live-Demonstration", "vorgeführt") shows
    an AI that runs: the organisation's AI in use."""
    assert claims(body)


@pytest.mark.parametrize(
    "body",
    [
        "Sie haben bei Nordwind im März einen Hackathon zum Thema KI in der "
        "Logistik ausgerichtet.",
        "Sie hatten im Oktober ein Meetup zu KI in der Pflege veranstaltet.",
    ],
)
def test_they_held_a_dated_event_is_no_address_to_the_candidate(body: str) -> None:
    """ "Sie haben im März ... ausgerichtet": a dated event in the past is
    what they (the organisation's people) did, not what the candidate has."""
    assert "community" in {c.kind for c in claims(body)}


@pytest.mark.parametrize(
    "body",
    [
        "Sie haben Erfahrung mit KI-Modellen gesammelt.",
        "Sie haben ab März Zeit für ein Praktikum im Bereich KI.",
    ],
)
def test_you_have_stays_a_requirement(body: str) -> None:
    assert not claims(body)


def test_you_have_with_a_month_but_no_participle_stays_a_requirement() -> None:
    """ "Sie haben Zeit im Mai ... bis jetzt": an adverb, not a deed, ends it."""
    assert not claims("Sie haben Zeit im Mai für ein Praktikum mit KI bis jetzt")


def test_a_demonstration_of_what_ai_can_is_no_claim() -> None:
    """A demonstration of what AI can do in general shows nobody's AI in use."""
    assert not claims("Eine Demonstration von Chatbots zeigt, was KI heute kann.")


def test_others_with_their_team_building_ai_claim_nothing() -> None:
    """ "Viele Mittelständler ... mit ihrem Team": the team is theirs."""
    assert not claims(
        "Viele Mittelständler entwickeln mit ihrem Team erste KI-Anwendungen."
    )


@pytest.mark.parametrize(
    ("text", "claimed"),
    [
        ("Der Lotse ist eine künstliche Intelligenz.", True),
        ("Im Rathaus ist die neue Auskunft ein KI-Chatbot.", True),
        ("KI ist eine Querschnittstechnologie.", False),
        (
            "Ein Chatbot ist ein Programm, das mithilfe von KI Fragen beantwortet.",
            False,
        ),
    ],
)
def test_a_particular_thing_said_to_be_an_ai_claims(text: str, claimed: bool) -> None:
    """A thing named with a definite article is said to be an AI ("Der Lotse
    ist eine künstliche Intelligenz", also with the copula first: "ist die
    neue Auskunft ein KI-Chatbot"): that system is an AI in use. AI in general
    said to be something, or a kind defined with an indefinite article, is
    not."""
    assert bool(claims(text)) is claimed


@pytest.mark.parametrize(
    ("text", "planned"),
    [
        ("KI soll Bürgerinnen und Bürgern den Zugang zu den Ämtern erleichtern.", True),
        ("KI-Assistenten sollen die Sachbearbeitung spürbar entlasten.", True),
        ("Künstliche Intelligenz soll die Bearbeitung beschleunigen.", True),
        ("KI soll den Menschen dienen.", False),
        ("KI-Systeme sollen transparent und nachvollziehbar sein.", False),
        ("KI kann die Bearbeitung von Anträgen beschleunigen.", False),
    ],
)
def test_ai_that_shall_bring_an_effect_is_a_plan(text: str, planned: bool) -> None:
    """AI as the subject of a modal of intent ("soll", "sollen") and a verb of
    effect closing the clause ("soll den Zugang erleichtern", "sollen die
    Sachbearbeitung entlasten") announces what the organisation means to
    achieve with AI: a plan. A norm for AI ("soll den Menschen dienen",
    "sollen transparent sein") or what AI can do in general is none."""
    found = claims(text)
    assert bool(found) is planned
    assert all(c.kind == "plan" for c in found)


@pytest.mark.parametrize(
    ("body", "second", "continued"),
    [
        (
            "Im Bürgerbüro antwortet der KI-Chatbot Lotse. Die Stadt hat ihn im "
            "Frühjahr installiert.",
            "Die Stadt",
            True,
        ),
        (
            "Der Rechnungsprüfer ist ein KI-Assistent. Wir haben ihn im Mai "
            "eingeführt.",
            "Wir haben",
            True,
        ),
        (
            "Der Lotse ist ein KI-Chatbot. Die Stadt hat ihn im Frühjahr gelobt.",
            "Die Stadt",
            False,
        ),
    ],
)
def test_him_after_a_verb_of_deployment_continues_the_ai_sentence(
    body: str, second: str, continued: bool
) -> None:
    """ "Die Stadt hat ihn installiert" after a sentence about an AI system:
    "ihn" names the system named before, and installing or introducing it is
    its deployment; the sentence is read with the AI sentence. A verb that
    does not deploy ("gelobt") adds no claim."""
    assert covers(body, second) is continued
