"""HTML to text with offsets, and sentence splitting in English and German."""

from __future__ import annotations

import pytest

from careers.claims.lexicon import default_lexicon
from careers.claims.text import MAX_SENTENCE, split_field

LEX = default_lexicon()


def sentences(raw: str, ordinal_dot: bool = False) -> list[str]:
    return [s.text for s in split_field("text", raw, LEX, ordinal_dot)]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "Wir nutzen KI, z. B. für Touren. Dr. Weber leitet das Team u. a. in Kiel.",
            [
                "Wir nutzen KI, z. B. für Touren.",
                "Dr. Weber leitet das Team u. a. in Kiel.",
            ],
        ),
        (
            "Das spart ca. 12,5 % bzw. mehr. Am 3. Mai startet es!",
            ["Das spart ca. 12,5 % bzw. mehr.", "Am 3. Mai startet es!"],
        ),
        (
            "We use AI, e.g. for routing, i.e. planning. It cut costs by 30 %.",
            ["We use AI, e.g. for routing, i.e. planning.", "It cut costs by 30 %."],
        ),
        (
            "Machine Learning Engineer (m/w/d). Really? Yes!",
            ["Machine Learning Engineer (m/w/d).", "Really?", "Yes!"],
        ),
        ("We use A.I. to plan. Next.", ["We use A.I. to plan.", "Next."]),
        ("Version 3.12 is out. Next.", ["Version 3.12 is out.", "Next."]),
        ("Python, Go etc. Our AI is new.", ["Python, Go etc.", "Our AI is new."]),
        ("Python, Go usw. und mehr.", ["Python, Go usw. und mehr."]),
    ],
)
def test_sentence_splitting(raw: str, expected: list[str]) -> None:
    assert sentences(raw, ordinal_dot=True) == expected


def test_offsets_point_into_the_raw_html() -> None:
    raw = "<p>Our AI plans routes.</p><p>It cut costs by <b>30&nbsp;%</b>.</p>"
    found = split_field("text", raw, LEX, False)
    assert [raw[s.start : s.end] for s in found] == [
        "Our AI plans routes.",
        "It cut costs by <b>30&nbsp;%</b>.",
    ]
    assert found[1].text == "It cut costs by 30 %."
    assert found[0].block != found[1].block


def test_entities_and_inline_tags() -> None:
    raw = "Text &amp; <em>more</em> &#8364;5"
    [s] = split_field("text", raw, LEX, False)
    assert s.text == "Text & more €5"
    assert (s.start, s.end) == (0, len(raw))


@pytest.mark.parametrize(
    "raw",
    [
        "One.\n\nTwo.",
        "<p>One.</p><p>Two.</p>",
        "One.<br>Two.",
        "<li>One.</li><li>Two.</li>",
        "<h2>One.</h2>Two.",
        "One.\n \t\nTwo.",
    ],
)
def test_hard_boundaries_make_blocks(raw: str) -> None:
    found = split_field("text", raw, LEX, False)
    assert [s.text for s in found] == ["One.", "Two."]
    assert found[0].block != found[1].block


def test_single_newline_ends_a_sentence_within_a_block() -> None:
    found = split_field(
        "text", "Your tasks\n- Build ML models\n* Ship them", LEX, False
    )
    assert [s.text for s in found] == ["Your tasks", "Build ML models", "Ship them"]
    assert len({s.block for s in found}) == 1


def test_script_style_and_comments_are_dropped() -> None:
    raw = (
        "<script>var ai = 'AI. AI.';</script>Hello <!-- AI --> world<style>p{}</style>"
    )
    assert sentences(raw) == ["Hello world"]


def test_broken_markup_is_text() -> None:
    assert sentences("a < b and c > d") == ["a < b and c > d"]
    assert sentences("x <unclosed") == ["x <unclosed"]


def test_run_on_text_is_read_in_pieces() -> None:
    raw = "word " * 1000
    found = split_field("text", raw, LEX, False)
    assert len(found) > 1
    assert all(len(s.text) <= MAX_SENTENCE for s in found)
