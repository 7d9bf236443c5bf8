"""The checker's work is linear in its input and capped; nothing here is timed.

The work is the number of characters the checker's passes scan
(careers/claims/work.py); its passes are linear in what they are given, so a
bound on the characters scanned is a bound on the time. Speed itself is
measured by `make bench`.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careers.claims import Bundle, Item, check
from careers.claims.lexicon import default_lexicon
from careers.claims.relevance import keys_for
from careers.claims.text import split_field
from careers.claims.work import MAX_ITEM_CHARS, WORK_PER_CHAR, metered
from tests.claims.builders import rich_evidence

AS_OF = date(2026, 11, 27)
# the characters scanned per character of input, far below the cap: a pass that
# became quadratic would charge thousands per character on these inputs
LINEAR = 120
FIXED = 500_000
PATHOLOGICAL = {
    "letters": "a",
    "open tags": "<a",
    "empty paragraphs": "<p>",
    "ai terms": "AI ",
    "ai sentences": "AI. ",
    "ai lines": "AI\n",
    "initials": "a. ",
    "numbers": "we use AI 30 % ",
    "ai teams": "AI team ",
    "compounds": "KI-",
    "digits": "1.2,",
    "comments": "<!--",
    "entities": "&amp",
    "hyphens": "-",
    "negations": "not AI but ",
    "dots": ".",
    "exclamations": "!",
    "ellipses": "\u2026",
    "question marks": "?",
    "at signs": "a@",
    "long token": "x",
    "german future": "Wir werden KI ",
    "quotes": '."',
}


def work(text: str, language: str = "en") -> int:
    item = Item("x", "job_post", language, "ML Engineer", {"text": text})
    with metered() as works:
        report = check(Bundle(items=(item,), evidence=rich_evidence()), as_of=AS_OF)
    assert not any(f.rule == "text.too_long" for f in report.findings)
    return sum(w.used for w in works)


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_text_costs_linear_work(name: str) -> None:
    """Doubling a pathological text at most doubles the characters scanned."""
    unit = PATHOLOGICAL[name]
    small = unit * (50_000 // len(unit))
    large = small * 2
    small_work, large_work = work(small), work(large)
    assert large_work <= 2 * small_work + 10_000
    assert large_work <= LINEAR * len(large)


@pytest.mark.parametrize("ch", [".", "!", "\u2026", "?"])
def test_a_megabyte_of_end_punctuation_is_split_at_once(ch: str) -> None:
    """'!' * 1,000,000 + 'x' gives 1,000-character pieces, not a quadratic scan
    (it took 18 s for 20,000 dots before the splitter tried each run once)."""
    sentences = split_field("text", ch * 1_000_000 + "x", default_lexicon(), False)
    assert len(sentences) == 1001


def test_text_beyond_the_limit_is_not_checked_and_blocks() -> None:
    """Text over the limit is not scanned at all; publishing it is refused."""
    text = "We use AI. " * (MAX_ITEM_CHARS // 11 + 1)
    item = Item("x", "page", "en", "", {"text": text})
    with metered() as works:
        report = check(Bundle(items=(item,)), as_of=AS_OF)
    found = report.items["x"].findings
    assert [f.rule for f in found] == ["text.too_long"]
    assert found[0].blocks and not works
    assert "too long" in found[0].message


def test_work_over_the_budget_stops_the_check_with_a_blocking_finding(
    monkeypatch,
) -> None:
    """When a check would scan more than its budget, it stops and blocks."""
    monkeypatch.setattr("careers.claims.work.WORK_FLOOR", 10)
    monkeypatch.setattr("careers.claims.work.WORK_PER_CHAR", 1)
    item = Item("x", "page", "en", "", {"text": "Our AI plans every route."})
    report = check(Bundle(items=(item,)), as_of=AS_OF)
    assert [f.rule for f in report.items["x"].findings] == ["text.too_long"]
    assert not report.publishable


@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.lists(
        st.sampled_from(sorted(PATHOLOGICAL.values()) + ["Our AI cut costs by 30 %. "]),
        min_size=1,
        max_size=6,
    ),
    st.integers(min_value=1, max_value=MAX_ITEM_CHARS // 40),
    st.sampled_from(["en", "de"]),
)
def test_any_text_up_to_the_limit_costs_linear_work(parts, repeat, language) -> None:
    """Mixed pathological texts of any length up to the limit: the work per
    character stays bounded, far below the budget."""
    text = ("".join(parts) * repeat)[: MAX_ITEM_CHARS - 100]  # the title counts too
    # FIXED: what any check scans once (title, evidence index), ~0.4 M characters
    assert work(text, language) <= LINEAR * len(text) + FIXED
    assert LINEAR < WORK_PER_CHAR


def test_a_megabyte_text_is_refused_without_work() -> None:
    """A 1 MB text (the API's body limit) costs nothing: it is over the limit."""
    item = Item("x", "page", "en", "", {"text": "AI! " * 262_144})
    with metered() as works:
        report = check(Bundle(items=(item,)), as_of=AS_OF)
    assert not works and not report.publishable


def test_what_evidence_is_about_is_worked_out_once_for_every_check() -> None:
    """Every page is checked against the same evidence: what each piece is
    about is read once per lexicon, so a second check of the same text costs
    less work than the first (only the claim's own side is read again)."""
    keys_for(default_lexicon()).text_topics.clear()
    text = "Our route-planning AI cut late deliveries by 30 %."
    first, second = work(text), work(text)
    assert second < first
    keys_for(default_lexicon()).text_topics.clear()
    assert work(text) == first


@pytest.fixture
def compiled(monkeypatch) -> list[str]:
    """The regular expressions compiled while the test runs (Python's own
    cache of compiled patterns emptied first, so that none is found there)."""
    import re

    sources: list[str] = []
    compile_ = re.compile

    def counting(pattern, flags=0):
        sources.append(pattern)
        return compile_(pattern, flags)

    re.purge()
    monkeypatch.setattr(re, "compile", counting)
    return sources


def test_a_lexicon_is_built_without_compiling_its_phrase_lists(compiled) -> None:
    """A worker's first check builds the lexicon: thousands of phrase lists,
    each compiled into regular expressions. Built, it has compiled only the
    few that cannot wait; each list's expressions are compiled when a text
    first starts a word with their letters."""
    from careers.claims.lexicon import LEXICON_DIR, build_lexicon

    lexicon = build_lexicon([LEXICON_DIR])
    assert len(compiled) < 100  # it was about 2,200
    built = len(compiled)
    item = Item("x", "job_post", "en", "ML Engineer", {"text": "We use AI daily."})
    check(Bundle(items=(item,)), as_of=AS_OF, lexicon=lexicon)
    assert built < len(compiled) < built + 500  # 66 for this sentence
