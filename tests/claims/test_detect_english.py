"""Reading English sentences of company AI pages, engineering blogs and
hiring-AI notices: whose AI a sentence speaks of, and of which kinds."""

from __future__ import annotations

from datetime import date

import pytest

from careers.claims import Bundle, Item, check
from careers.claims.detect import Context, read
from careers.claims.lexicon import Cues, default_lexicon
from careers.claims.numbers import Format

LEX = default_lexicon()


def reading(text: str):
    lang = LEX.language("en")
    fmt = Format(lang.decimal_separator, lang.ordinal_dot)
    return read(text, Context(LEX, fmt, 2026, Cues(["=Nordlicht"]), "en"))


@pytest.mark.parametrize(
    "text",
    [
        "Last year's Applied AI Award was presented to Contoso for its fraud models.",
        "All 12 winners of the AI Excellence Awards run machine learning in "
        "production.",
        "The big AI giants are at the forefront of generative models.",
        "This year's honorees show how AI can serve public agencies.",
    ],
)
def test_an_award_or_a_ranking_of_others_is_no_claim(text: str) -> None:
    """Winners, honorees and giants are other organisations: their award or
    their rank says nothing of the organisation's AI."""
    r = reading(text)
    assert r.live_terms
    assert not r.is_claim


@pytest.mark.parametrize(
    "text",
    [
        "Germany is a leader in industrial AI.",
        "The US remains the world leader in AI research.",
        "China has become a global leader in computer vision.",
    ],
)
def test_a_country_as_the_subject_is_no_claim(text: str) -> None:
    """A country or a region that leads in AI is not the organisation."""
    r = reading(text)
    assert r.live_terms
    assert not r.is_claim


@pytest.mark.parametrize(
    "text",
    [
        "We won the Applied AI Award for our routing models.",
        "Nordlicht is a leader in AI for logistics.",
    ],
)
def test_the_organisations_own_award_or_rank_still_claims(text: str) -> None:
    r = reading(text)
    assert r.is_claim
    assert "superlative" in r.kinds


@pytest.mark.parametrize(
    "text",
    [
        "A startup is AI-first when AI shapes every product decision.",
        "An insurer is data-driven if machine learning prices every policy.",
    ],
)
def test_a_definition_by_a_condition_is_no_claim(text: str) -> None:
    """ "A startup is AI-first when ...": what any such company is."""
    r = reading(text)
    assert r.live_terms
    assert not r.is_claim


@pytest.mark.parametrize(
    "text",
    [
        "This approach has pushed the state of the art in machine learning for years.",
        "Their work advanced the state of the art in computer vision.",
    ],
)
def test_the_state_of_the_art_of_a_field_is_no_claim(text: str) -> None:
    """The state of the art *in* a field is the field's, not a superlative of
    the organisation's AI; "state-of-the-art models" still is one."""
    assert not reading(text).is_claim
    r = reading("We build state-of-the-art machine learning models.")
    assert r.is_claim
    assert "superlative" in r.kinds


def test_we_hire_people_in_ai_is_a_hiring_line() -> None:
    """ "We hire engineers across ... and AI research" names the roles it fills;
    it is no team claim."""
    r = reading("We hire engineers across backend, data and machine learning.")
    assert not r.is_claim


@pytest.mark.parametrize(
    "text",
    [
        "The AI Interviewer is a tool that supports the recruitment process for "
        "every role.",
        "Our AI interview assistant greets each candidate by name.",
    ],
)
def test_an_ai_interviewer_is_hiring_ai(text: str) -> None:
    r = reading(text)
    assert r.is_claim
    assert "hiring_ai" in r.kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Our mission is to make every delivery on time with machine learning.",
            "strategy",
        ),
        ("Our vision is to build the AI dispatcher of the future.", "strategy"),
        ("We are a logistics company with deep learning at the core.", "strategy"),
        ("Nordlicht is developing an AI assistant for dispatchers.", "plan"),
        ("We have several AI features in development for our drivers.", "plan"),
        (
            "Nordlicht is the only carrier that routes every parcel with AI.",
            "superlative",
        ),
        (
            "Our models run on the world's largest AI cluster for logistics.",
            "superlative",
        ),
        ("Our dispatch assistant is built on SOTA LLMs.", "superlative"),
        ("We apply machine learning to the data assets of 40 hubs.", "data"),
        ("We combine AI with rich data about every route.", "data"),
    ],
)
def test_english_kind_cues(text: str, kind: str) -> None:
    """Mission and vision statements built on AI are strategy; work on AI under
    way is a plan; "the only", "largest" and "SOTA" rank the AI; data assets
    are data."""
    r = reading(text)
    assert r.is_claim
    assert kind in r.kinds


@pytest.mark.parametrize(
    "text",
    [
        "A key challenge of machine learning is that models are only as good as "
        "their training data.",
        "The shift to AI-first retail rewrites the playbook.",
    ],
)
def test_ai_as_a_subject_of_discussion_is_no_claim(text: str) -> None:
    """The challenges of AI or the shift to it are talk about the field."""
    r = reading(text)
    assert r.live_terms
    assert not r.is_claim


def test_everyones_we_is_not_the_organisation() -> None:
    """ "the assistants we use in daily life" speaks of everyone, not of the
    organisation; "we use deep learning in our daily work" still claims."""
    assert not reading(
        "The voice assistants we use in daily life run on deep learning."
    ).is_claim
    assert reading("We use deep learning in our daily work.").is_claim


@pytest.mark.parametrize(
    "text",
    [
        "Our thesis: most of the work in logistics will be touched by AI.",
        "Our thesis: 80 % of dispatch work is automatable with AI.",
    ],
)
def test_a_thesis_is_an_opinion_not_a_claim(text: str) -> None:
    """A thesis says what may be; "automatable" is no use of AI."""
    r = reading(text)
    assert r.live_terms
    assert not r.is_claim


def test_another_subjects_ai_beside_the_organisation_in_another_clause() -> None:
    """A country or another organisation leads the AI clause; the organisation
    speaks only in another clause: the AI is theirs. Where the organisation
    stands in the AI clause, the AI is its own."""
    assert not reading(
        "Germany has long been a leader in industrial AI, but if we want the "
        "benefits, we need to act."
    ).is_claim
    assert reading(
        "Germany is home to our AI lab, which builds our routing models."
    ).is_claim


@pytest.mark.parametrize(
    "text",
    [
        "Use the built-in AI chatbot to summarise your invoices.",
        "Done: the RouteBot AI assistant is fully implemented with live traffic data.",
    ],
)
def test_a_built_in_or_implemented_ai_is_the_products_own(text: str) -> None:
    """ "the built-in AI chatbot" is the product's own AI, even in an
    instruction to its user; an AI that "is implemented" is in use."""
    r = reading(text)
    assert r.is_claim
    assert "capability" in r.kinds


def test_this_technology_after_an_ai_sentence_continues_it() -> None:
    """ "We have applied this technology to ..." names the AI of the sentence
    before: the two are read together, so the second one claims too."""
    body = (
        "Computer vision turns camera images into counts. At Nordlicht we have "
        "applied this technology to parcel scanning."
    )
    item = Item("p", "page", "en", "", {"body": body})
    report = check(Bundle(items=(item,)), as_of=date(2026, 12, 1)).items["p"]
    start = body.index("At Nordlicht")
    assert any(f.blocks and f.end > start for f in report.findings)


@pytest.mark.parametrize(
    "text",
    [
        "Your video answers are marked by the assessment software, which may make "
        "use of AI.",
        "Applications for our graduate scheme may be screened with machine learning.",
    ],
)
def test_a_hedged_notice_of_hiring_ai_still_claims(text: str) -> None:
    """Notices to applicants hedge ("may make use of AI"): the AI still works on
    the applicant in this organisation's process, so it is hiring AI, not AI in
    general."""
    r = reading(text)
    assert r.is_claim
    assert "hiring_ai" in r.kinds
