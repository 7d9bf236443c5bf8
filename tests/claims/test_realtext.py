"""The checker on real sentences (tests/claims/realtext): floors that keep
what has been reached, per language.

These are regression floors, not the goals. The goals (at least 97 % of claims
found, at most 2 % of AI sentences that claim nothing blocked) are reached on
the English and the German development sets, not yet on the held-out set; the
figures at each change are printed by
``python -m tests.claims.realtext.score dev`` (and ``heldout``). Raise a floor
when the checker gets better; never lower one to let a change in. The held-out
set is only for evaluation: its floors guard against a change that helps the
development set by hurting sentences it has never seen.

A floor follows its set: when sentences are added to the development set, its
floors are set to what the checker reaches on the larger set. The German
floors were 97 % / 1 % on 404 German sentences; 202 sentences of the kinds the
held-out set's false blocks fall into (requirements, job profiles, candidates'
own AI use, research and teaching, public programmes, the AI Act) were added
and labelled before the checker ran on them, and the floors were set to what
it reached on all 606 (94 % / 5 %). Rules for classes of German language
(reported speech in Konjunktiv I, "es geht um", topic and arrival nouns,
indefinite organisations and institutions as subjects, role labels, a third
person's work, trends of spreading, others served "für", AI meant to bring an
effect with "soll", "ihn" naming the system before) raised it to 97 % / 1.4 %
on the same 606, with the held-out figures unchanged; the floors follow."""

import pytest

from tests.claims.realtext.score import load, score_row, tally

# set -> language -> (least recall, most false-block rate)
FLOORS = {
    "dev": {"en": (0.97, 0.01), "de": (0.97, 0.015), "all": (0.97, 0.013)},
    "heldout": {"en": (0.94, 0.13), "de": (0.82, 0.22), "all": (0.90, 0.17)},
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def figures(request):
    outcomes = [score_row(row) for row in load(request.param)]
    return request.param, {k: t.figures() for k, t in tally(outcomes).items()}


def test_claims_found_and_false_blocks_stay_at_their_floors(figures):
    name, by_language = figures
    for language, (recall, false_blocks) in FLOORS[name].items():
        got = by_language[language]
        assert got["recall"] >= recall, (name, language, got["recall"])
        assert got["false_block_rate"] <= false_blocks, (
            name,
            language,
            got["false_block_rate"],
        )


def test_a_sentence_without_an_ai_term_never_blocks(figures):
    name, by_language = figures
    assert by_language["all"]["no_ai_term_blocks"] == 0, name
