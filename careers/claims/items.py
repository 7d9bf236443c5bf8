"""Checking one item: its fields, sentence by sentence, then the item as a whole."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import model as m
from .detect import Context, Reading, read
from .evidence import Evidence
from .lexicon import Cues, Lexicon
from .messages import Messages
from .numbers import Format
from .organisation import Issue, ai_role_issues
from .rules import KIND_RULES, ClaimContext
from .text import split_field
from .units import Unit, units

HYPE_TERMS = 3
_TOKENS = re.compile(r"[^\W\d_]+")


def guess_language(item: m.Item, lex: Lexicon) -> str:
    """The item's language, or the one whose stopwords its text uses most."""
    if item.language in lex.languages:
        return item.language
    words = [
        w.lower()
        for t in (item.title, *item.texts.values())
        for w in _TOKENS.findall(t[:5000])
    ]
    scores = {
        code: sum(w in lang.stopwords for w in words)
        for code, lang in lex.languages.items()
    }
    best = max(scores, key=lambda c: (scores[c], c == "en"), default="en")
    return best if scores.get(best) else "en"


@dataclass
class ItemChecker:
    """Collects one item's findings and claims while its units are read."""

    item: m.Item
    evidence: Evidence
    ctx: Context
    msgs: Messages
    findings: list[m.Finding] = field(default_factory=list)
    claims: list[m.Claim] = field(default_factory=list)
    is_ai_role: bool = False
    texts_mention_ai: bool = False
    title_ai: bool = False
    readings: dict[tuple[str, bool], Reading] = field(default_factory=dict)

    def run(self) -> m.ItemReport:
        item = self.item
        self.is_ai_role = item.is_ai_role
        ordinal = self.ctx.number_format.ordinal_dot
        for name, raw in item.fields():
            for unit in units(
                split_field(name, raw, self.ctx.lexicon, ordinal), self.ctx
            ):
                self.check_unit(unit)
        is_role = item.kind == "job_post" and self.is_ai_role
        if is_role:
            for issue in ai_role_issues(item, self.evidence, self.msgs):
                self.add(issue)
        if self.title_ai and not self.texts_mention_ai:
            title = Unit("title", 0, len(item.title), item.title.strip(), item.title)
            self.add(Issue("stale", "stale.hype_title", "warn", "title"), title)
        return m.ItemReport(tuple(self.findings), tuple(self.claims), is_role)

    def reading(self, unit: Unit) -> Reading:
        key = (unit.norm, unit.field == "title")
        if key not in self.readings:
            self.readings[key] = read(unit.norm, self.ctx, title=key[1], tail=unit.tail)
        return self.readings[key]

    def check_unit(self, unit: Unit) -> None:
        reading = self.reading(unit)
        if unit.field == "title":
            # a job title names a role ("ML Engineer"); only a page title is hype
            hype = self.item.kind != "job_post" or reading.is_claim
            self.title_ai = self.title_ai or (hype and bool(reading.live_terms))
            self.is_ai_role |= self.item.kind == "job_post" and bool(reading.live_terms)
        elif reading.live_terms:
            self.texts_mention_ai = True
        self.is_ai_role |= reading.makes_ai_role
        if len(reading.ai_terms) > HYPE_TERMS:
            params = {"count": len(reading.ai_terms)}
            self.add(
                Issue("stale", "stale.hype_sentence", "warn", unit.field, params), unit
            )
        if reading.is_claim:
            self.check_claim(unit, reading)

    def check_claim(self, unit: Unit, reading: Reading) -> None:
        claim = ClaimContext(
            text=unit.norm,
            item=self.item,
            evidence=self.evidence,
            messages=self.msgs,
            community=tuple(reading.community),
            numbers=tuple(reading.numbers),
            is_team="team" in reading.kinds,
            is_data="data" in reading.kinds,
        )
        for kind in reading.kinds:
            outcome = KIND_RULES[kind](claim)
            receipts = tuple(outcome.backed_by)
            self.claims.append(
                m.Claim(
                    self.item.id,
                    kind,
                    unit.field,
                    unit.start,
                    unit.end,
                    unit.text,
                    receipts,
                )
            )
            for f in outcome.failures:
                self.add(Issue(f.kind, f.rule, "block", unit.field, f.params), unit)

    def add(self, issue: Issue, unit: Unit | None = None) -> None:
        message, fix = self.msgs.render(issue.rule, issue.params)
        self.findings.append(
            m.Finding(
                item=self.item.id,
                kind=issue.kind,
                severity=issue.severity,
                rule=issue.rule,
                field=unit.field if unit else issue.field,
                start=unit.start if unit else 0,
                end=unit.end if unit else 0,
                sentence=unit.text if unit else "",
                message=message,
                fix=fix,
            )
        )


def check_item(item: m.Item, ev: Evidence, lex: Lexicon, names: Cues) -> m.ItemReport:
    code = guess_language(item, lex)
    language = lex.language(code)
    fmt = Format(language.decimal_separator, language.ordinal_dot)
    ctx = Context(lex, fmt, ev.as_of.year, names)
    return ItemChecker(item, ev, ctx, Messages(lex, code)).run()
