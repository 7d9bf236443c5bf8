"""The checker is linear: pathological input stays fast, real posts are instant."""

from __future__ import annotations

import time
from datetime import date

import pytest

from careers.claims import Bundle, Item, check
from tests.claims.builders import rich_evidence

PATHOLOGICAL = {
    "letters": "a" * 100_000,
    "open tags": "<a" * 50_000,
    "empty paragraphs": "<p>" * 33_000,
    "ai terms": "AI " * 33_000,
    "ai sentences": "AI. " * 25_000,
    "ai lines": "AI\n" * 33_000,
    "initials": "a. " * 33_000,
    "numbers": "we use AI 30 % " * 7_000,
    "ai teams": "AI team " * 12_500,
    "compounds": "KI-" * 33_000,
    "digits": "1.2," * 25_000,
    "comments": "<!--" * 25_000,
    "entities": "&amp" * 25_000,
    "hyphens": "-" * 100_000,
    "negations": "not AI but " * 9_000,
}


def seconds(text: str) -> float:
    item = Item("x", "job_post", "en", "ML Engineer", {"text": text})
    bundle = Bundle(items=(item,), evidence=rich_evidence())
    start = time.perf_counter()
    check(bundle, as_of=date(2026, 11, 27))
    return time.perf_counter() - start


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_100kb_pathological_text_is_checked_in_well_under_a_second(name: str) -> None:
    assert seconds(PATHOLOGICAL[name]) < 1.0


SENTENCES = [
    "Nordlicht Logistik moves two million parcels a week across northern Germany.",
    "Since 2025 we use machine learning to predict delivery times in all hubs.",
    "Our AI cut late deliveries by 30 %.",
    "You build and maintain the models behind Nordlicht ETA, e.g. the ETA service.",
    "Experience with Python, scikit-learn and SQL is required.",
    "We offer 30 days of holiday and a public transport ticket.",
    "Our office in Kiel overlooks the harbour, and the coffee is good.",
    "We do not use AI to decide who gets hired.",
    "Unser KI-Team aus 9 Expertinnen und Experten entwickelt Prognosemodelle.",
    "The team plans its weeks together on Monday mornings.",
]


def test_a_1000_word_post_takes_milliseconds() -> None:
    paragraphs = []
    while sum(len(p.split()) for p in paragraphs) < 1000:
        paragraphs.append("<p>" + " ".join(SENTENCES) + "</p>")
    text = "".join(paragraphs)
    seconds(text)  # warm up the lexicon
    assert min(seconds(text) for _ in range(3)) < 0.05
