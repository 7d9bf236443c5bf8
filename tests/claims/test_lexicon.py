"""The lexicon data files: complete, documented, and extensible without code."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from careers.claims import Bundle, check
from careers.claims.lexicon import LEXICON_DIR, Cues, build_lexicon, default_lexicon
from tests.claims.builders import page

RULES = {
    "text.too_long",
    "language.unsupported",
    "citation.stale",
    "capability.no_evidence",
    "strategy.roadmap_insufficient",
    "plan.no_milestone",
    "impact.no_measured_metric",
    "impact.number_unbacked",
    "team.no_qualified_team",
    "team.headcount_unbacked",
    "community.no_recent_activity",
    "data.no_data_asset",
    "superlative.no_recognition",
    "hiring_ai.no_compliance_record",
    "ai_role.no_technical_lead",
    "ai_role.no_interviewer",
    "ai_role.nothing_in_use",
    "ai_role.no_data_access",
    "ai_role.no_resources",
    "ai_role.no_roadmap_milestone",
    "stale.milestone_overdue",
    "stale.community_activity_old",
    "stale.metrics_old",
    "stale.hype_sentence",
    "stale.hype_title",
    "maturity.overstated",
}


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_rule_has_a_message_and_a_fix(language: str) -> None:
    messages = default_lexicon().language(language).messages
    assert set(messages) == RULES
    for texts in messages.values():
        assert texts["message"] and texts["fix"]


def test_readme_lists_every_rule() -> None:
    readme = (LEXICON_DIR / "README.md").read_text()
    assert set(re.findall(r"`([a-z_]+\.[a-z_]+)`", readme)) >= RULES


def test_rules_used_by_the_code_are_documented() -> None:
    source = "".join(p.read_text() for p in LEXICON_DIR.parent.glob("*.py"))
    prefixes = {rule.split(".")[0] for rule in RULES}
    used = {
        rule
        for rule in re.findall(r'"([a-z_]+\.[a-z_]+)"', source)
        if rule.split(".")[0] in prefixes
    }
    assert used <= RULES


@pytest.mark.parametrize(
    ("entry", "text", "found"),
    [
        ("=AI", "Our AI, said Kai", ["AI"]),
        ("machine learning", "Machine-Learning-Modelle", ["Machine-Learning"]),
        ("hackathon*", "Hackathons", ["Hackathons"]),
        (
            "künstlich* Intelligenz",
            "künstlicher Intelligenz",
            ["künstlicher Intelligenz"],
        ),
        ("*team", "KI-Forschungsteam", ["Forschungsteam"]),
        ("-first", "AI-first, first", ["first"]),
        ("~n't", "We don't", ["n't"]),
        ("e.g.", "see e.g. this", ["e.g."]),
    ],
)
def test_phrase_syntax(entry: str, text: str, found: list[str]) -> None:
    assert [text[a:b] for a, b in Cues([entry]).spans(text)] == found


def test_an_extra_directory_extends_the_lexicon(tmp_path: Path) -> None:
    (tmp_path / "en-extra.json").write_text(
        json.dumps(
            {
                "language": "en",
                "ai_terms": ["=RAG"],
                "messages": {
                    "capability.no_evidence": {
                        "message": "Prove it ({as_of}).",
                        "fix": "Publish a story.",
                    }
                },
            }
        )
    )
    lexicon = build_lexicon([LEXICON_DIR, tmp_path])
    report = check(Bundle(items=(page("We use RAG for search."),)), lexicon=lexicon)
    [finding] = report.items["p1"].findings
    assert finding.message.startswith("Prove it (")
    assert default_lexicon().cue("ai_terms").search("We use RAG") is False


def test_shipped_files_are_valid_json_with_a_language() -> None:
    for path in LEXICON_DIR.glob("*.json"):
        assert json.loads(path.read_text())["language"] == path.stem
