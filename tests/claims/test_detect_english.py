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


# sentences that hold a live AI term and claim nothing, by what they speak of
NO_CLAIMS = [
    # winners, honorees and giants are other organisations: their award or
    # rank says nothing of the organisation's AI
    "Last year's Applied AI Award was presented to Contoso for its fraud models.",
    "All 12 winners of the AI Excellence Awards run machine learning in production.",
    "The big AI giants are at the forefront of generative models.",
    "This year's honorees show how AI can serve public agencies.",
    # a country or a region that leads in AI is not the organisation
    "Germany is a leader in industrial AI.",
    "The US remains the world leader in AI research.",
    "China has become a global leader in computer vision.",
    # ... also when the organisation speaks only in another clause
    "Germany has long been a leader in industrial AI, but if we want the "
    "benefits, we need to act.",
    # a definition under a condition: what any such company is
    "A startup is AI-first when AI shapes every product decision.",
    "An insurer is data-driven if machine learning prices every policy.",
    # the state of the art *in* a field is the field's
    "This approach has pushed the state of the art in machine learning for years.",
    "Their work advanced the state of the art in computer vision.",
    # AI as a subject of discussion: its challenges, the shift to it
    "A key challenge of machine learning is that models are only as good as "
    "their training data.",
    "The shift to AI-first retail rewrites the playbook.",
    # a "we" of everyone
    "The voice assistants we use in daily life run on deep learning.",
    # a thesis says what may be; "automatable" is no use of AI
    "Our thesis: most of the work in logistics will be touched by AI.",
    "Our thesis: 80 % of dispatch work is automatable with AI.",
    # "we hire" names the roles it fills: a hiring line, no team claim
    "We hire engineers across backend, data and machine learning.",
]


@pytest.mark.parametrize("text", NO_CLAIMS)
def test_english_sentences_that_claim_nothing(text: str) -> None:
    r = reading(text)
    assert r.live_terms
    assert not r.is_claim


CLAIMS = [
    # the organisation's own award or rank
    ("We won the Applied AI Award for our routing models.", "superlative"),
    ("Nordlicht is a leader in AI for logistics.", "superlative"),
    ("We build state-of-the-art machine learning models.", "superlative"),
    # the organisation stands in the AI clause
    ("Germany is home to our AI lab, which builds our routing models.", "capability"),
    ("We use deep learning in our daily work.", "capability"),
    # an AI interviewer is hiring AI
    (
        "The AI Interviewer is a tool that supports the recruitment process for "
        "every role.",
        "hiring_ai",
    ),
    ("Our AI interview assistant greets each candidate by name.", "hiring_ai"),
    # notices to applicants hedge ("may make use of AI"): the AI still works on
    # the applicant in this organisation's process
    (
        "Your video answers are marked by the assessment software, which may make "
        "use of AI.",
        "hiring_ai",
    ),
    (
        "Applications for our graduate scheme may be screened with machine learning.",
        "hiring_ai",
    ),
    # "built-in" marks the product's own AI, even in an instruction to its
    # user; an AI that "is implemented" is in use
    ("Use the built-in AI chatbot to summarise your invoices.", "capability"),
    (
        "Done: the RouteBot AI assistant is fully implemented with live traffic data.",
        "capability",
    ),
    # mission and vision statements built on AI are strategy
    (
        "Our mission is to make every delivery on time with machine learning.",
        "strategy",
    ),
    ("Our vision is to build the AI dispatcher of the future.", "strategy"),
    ("We are a logistics company with deep learning at the core.", "strategy"),
    # work on AI under way is a plan
    ("Nordlicht is developing an AI assistant for dispatchers.", "plan"),
    ("We have several AI features in development for our drivers.", "plan"),
    # "the only", "world's largest" and "SOTA" rank the AI
    ("Nordlicht is the only carrier that routes every parcel with AI.", "superlative"),
    ("Our models run on the world's largest AI cluster for logistics.", "superlative"),
    ("Our dispatch assistant is built on SOTA LLMs.", "superlative"),
    # data assets and rich data are data
    ("We apply machine learning to the data assets of 40 hubs.", "data"),
    ("We combine AI with rich data about every route.", "data"),
]


@pytest.mark.parametrize(("text", "kind"), CLAIMS)
def test_english_claims_and_their_kinds(text: str, kind: str) -> None:
    r = reading(text)
    assert r.is_claim
    assert kind in r.kinds


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
