"""Score the claim checker on real, labelled sentences (see README.md).

`python -m tests.claims.realtext.score [dev|heldout] [--verbose] [--json]`: every
sentence is checked alone as a page of its organisation, without evidence.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from careers.claims import Bundle, Item, Organisation, check

AS_OF = date(2026, 12, 1)
HERE = Path(__file__).resolve().parent
LANGUAGES = ("en", "de", "all")
KINDS_ORDER = [
    *("capability", "strategy", "plan", "impact", "team"),
    *("community", "data", "superlative", "hiring_ai"),
]
KIND_COUNTS = ("labelled", "found", "missed", "extra")
COUNTS = [
    *("sentences", "claims", "flagged_claims", "flagged", "ai_no_claims"),
    *("false_blocks", "no_ai_term", "no_ai_term_blocks"),
]


@dataclass(frozen=True)
class Outcome:
    row: dict[str, Any]
    flagged: bool
    rules: tuple[str, ...]
    kinds: frozenset[str]


@dataclass
class Tally:
    sentences: int = 0
    claims: int = 0
    flagged_claims: int = 0
    flagged: int = 0
    ai_no_claims: int = 0
    false_blocks: int = 0
    no_ai_term: int = 0
    no_ai_term_blocks: int = 0
    kinds: dict[str, Counter[str]] = field(default_factory=dict)

    def add(self, out: Outcome) -> None:
        row = out.row
        self.sentences += 1
        self.flagged += out.flagged
        if row["label"] == "claim":
            self.claims += 1
            self.flagged_claims += out.flagged
            self._add_kinds(set(row["kinds"]), out.kinds)
        elif row["ai_term"]:
            self.ai_no_claims += 1
            self.false_blocks += out.flagged
        else:
            self.no_ai_term += 1
            self.no_ai_term_blocks += out.flagged

    def _add_kinds(self, want: set[str], got: frozenset[str]) -> None:
        got = got - _implied(want)
        for kind in want | got:
            c = self.kinds.setdefault(kind, Counter())
            c["labelled"] += kind in want
            c["found"] += kind in want and kind in got
            c["missed"] += kind in want and kind not in got
            c["extra"] += kind in got and kind not in want

    def figures(self) -> dict[str, Any]:
        out: dict[str, Any] = {name: getattr(self, name) for name in COUNTS}
        out["recall"] = _ratio(self.flagged_claims, self.claims)
        out["precision"] = _ratio(self.flagged_claims, self.flagged)
        out["false_block_rate"] = _ratio(self.false_blocks, self.ai_no_claims)
        out["kinds"] = {k: dict(self.kinds[k]) for k in _kind_order(self.kinds)}
        return out


def _implied(want: set[str]) -> frozenset[str]:
    """Kinds a labelled kind asserts too: a hiring-AI claim also claims capability."""
    return frozenset({"capability"}) if "hiring_ai" in want else frozenset()


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _kind_order(kinds: dict[str, Counter[str]]) -> list[str]:
    known = [k for k in KINDS_ORDER if k in kinds]
    return known + sorted(set(kinds) - set(KINDS_ORDER))


def load(name: str) -> list[dict[str, Any]]:
    """The rows of `<name>.jsonl` beside this file."""
    lines = (HERE / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def score_row(row: dict[str, Any]) -> Outcome:
    """Check one sentence (read with its previous one) as a page without evidence."""
    previous = row.get("previous") or ""
    body = f"{previous} {row['text']}" if previous else row["text"]
    offset = len(previous) + 1 if previous else 0
    item = Item(row["id"], "page", row["language"], "", {"body": body})
    bundle = Bundle(items=(item,), organisation=Organisation(name=row["org"]))
    report = check(bundle, as_of=AS_OF).items[row["id"]]
    blocks = [f for f in report.findings if f.blocks and _inside(f, offset)]
    kinds = frozenset(c.kind for c in report.claims if _inside(c, offset))
    return Outcome(row, bool(blocks), tuple(f.rule for f in blocks), kinds)


def _inside(found: Any, offset: int) -> bool:
    return found.field == "body" and found.start >= offset


def tally(outcomes: list[Outcome]) -> dict[str, Tally]:
    tallies = {lang: Tally() for lang in LANGUAGES}
    for out in outcomes:
        tallies[out.row["language"]].add(out)
        tallies["all"].add(out)
    return tallies


def _pct(value: float | None) -> str:
    return "   -  " if value is None else f"{value * 100:5.1f}%"


def table(tallies: dict[str, Tally]) -> str:
    lines = [
        f"{'':4} {'n':>4} {'claims':>6} {'recall':>7} {'precision':>9} "
        f"{'AI no-claim':>11} {'false blocks':>16} {'no AI term':>10} {'blocks':>6}"
    ]
    for lang, t in tallies.items():
        f = t.figures()
        lines.append(
            f"{lang:4} {t.sentences:4} {t.claims:6} {_pct(f['recall']):>7} "
            f"{_pct(f['precision']):>9} {t.ai_no_claims:11} "
            f"{t.false_blocks:5} ({_pct(f['false_block_rate'])}) "
            f"{t.no_ai_term:10} {t.no_ai_term_blocks:6}"
        )
    lines += ["", "kinds (labelled claims): labelled / found / missed / extra"]
    for lang, t in tallies.items():
        for kind, c in t.figures()["kinds"].items():
            counts = "".join(f"{c.get(k, 0):5}" for k in KIND_COUNTS)
            lines.append(f"{lang:4} {kind:12}{counts}")
    return "\n".join(lines)


def mistakes(outcomes: list[Outcome]) -> str:
    """Each missed claim, false block and kind difference, one line each."""
    lines = []
    for out in outcomes:
        row, want = out.row, set(out.row["kinds"])
        if row["label"] == "claim" and not out.flagged:
            what = "MISS"
        elif row["label"] != "claim" and out.flagged:
            what = "FALSE BLOCK" if row["ai_term"] else "NO-AI-TERM BLOCK"
        elif row["label"] == "claim" and want != out.kinds - _implied(want):
            what = "KINDS"
        else:
            continue
        expected = f"{row['label']} {sorted(want)}"
        got = f"rules={list(out.rules)} kinds={sorted(out.kinds)}"
        lines.append(f"{what:16} {row['id']}: {row['text']}")
        lines.append(f"{'':16} expected {expected}; got {got}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", nargs="?", default="dev", choices=["dev", "heldout"])
    parser.add_argument("--verbose", action="store_true", help="list every mistake")
    parser.add_argument("--json", action="store_true", help="print figures as JSON")
    args = parser.parse_args(argv)
    outcomes = [score_row(row) for row in load(args.set)]
    tallies = tally(outcomes)
    if args.json:
        figures: dict[str, Any] = {lang: t.figures() for lang, t in tallies.items()}
        if args.verbose:
            figures["mistakes"] = mistakes(outcomes).splitlines()
        out = json.dumps({"set": args.set, "as_of": str(AS_OF), **figures}, indent=2)
    else:
        out = f"set: {args.set} (as of {AS_OF})\n{table(tallies)}"
        if args.verbose:
            out += "\n\n" + mistakes(outcomes)
    sys.stdout.write(out + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
