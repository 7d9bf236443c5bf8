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
from .relevance import Topics, keys_for
from .rules import KIND_RULES, ClaimContext, evidence_types
from .text import NORMALISE, split_field
from .units import Unit, units
from .work import MAX_ITEM_CHARS, TooMuchWork, budget

HYPE_TERMS = 3
_TOKENS = re.compile(r"[^\W\d_]+")
_SPACES = re.compile(r"\s+")


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
    topics: Topics
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
        texts: list[str] = []
        for name, raw in item.fields():
            for unit in units(
                split_field(name, raw, self.ctx.lexicon, ordinal), self.ctx
            ):
                if item.citations:
                    texts.append(plain(unit.text))
                self.check_unit(unit)
        for citation in item.citations:
            if not any(_cites(plain(citation.sentence), t) for t in texts):
                params = {"sentence": citation.sentence}
                self.add(Issue("citation", "citation.stale", "warn", "text", params))
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

    def cited(self, unit: Unit) -> tuple[str, ...]:
        """The evidence the item cites for this unit's sentence (known ids only)."""
        text = plain(unit.text)
        ids = [
            i
            for c in self.item.citations
            if _cites(plain(c.sentence), text)
            for i in c.evidence
            if i in self.evidence.by_id
        ]
        return tuple(dict.fromkeys(ids))

    def check_claim(self, unit: Unit, reading: Reading) -> None:
        topics = self.topics
        kinds = reading.kinds
        claim = ClaimContext(
            text=unit.norm,
            item=self.item,
            evidence=self.evidence,
            messages=self.msgs,
            topics=topics,
            topic=topics.subject(unit.norm),
            community=tuple(reading.community),
            numbers=tuple(reading.numbers),
            is_team="team" in kinds,
            is_data="data" in kinds,
            is_hiring="hiring_ai" in kinds,
            cited=self.cited(unit),
            specialty=topics.specialty(unit.norm) if "team" in kinds else None,
            partners=topics.partners(unit.norm) if "community" in kinds else None,
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
                    claim.cited,
                )
            )
            for f in outcome.failures:
                self.add(Issue(f.kind, f.rule, "block", unit.field, f.params), unit)

    def add(self, issue: Issue, unit: Unit | None = None) -> None:
        self.findings.append(finding(self.item.id, issue, self.msgs, unit))


def finding(
    item_id: str | None, issue: Issue, msgs: Messages, unit: Unit | None = None
) -> m.Finding:
    """An issue as the finding people read: message, fix and details rendered."""
    message, fix = msgs.render(issue.rule, issue.params)
    return m.Finding(
        item=item_id,
        kind=issue.kind,
        severity=issue.severity,
        rule=issue.rule,
        field=unit.field if unit else issue.field,
        start=unit.start if unit else 0,
        end=unit.end if unit else 0,
        sentence=unit.text if unit else issue.params.get("sentence", ""),
        message=message,
        fix=fix,
        subjects=tuple(issue.params.get("subjects", ())),
        details=msgs.details(issue.rule, issue.params),
        evidence_types=evidence_types(issue.rule),
    )


def plain(text: str) -> str:
    """A sentence as citations compare it: quotes, dashes and spaces normalised."""
    return _SPACES.sub(" ", text.translate(NORMALISE)).strip()


def _cites(citation: str, unit: str) -> bool:
    """A citation names the unit's sentence, or one sentence of a merged unit."""
    if not citation:
        return False
    if citation == unit:
        return True
    at = unit.find(citation)
    return (
        at >= 0
        and (at == 0 or unit[at - 1] == " ")
        and (at + len(citation) == len(unit) or unit[at + len(citation)] == " ")
    )


def check_item(
    item: m.Item,
    ev: Evidence,
    lex: Lexicon,
    names: Cues,
    *,
    topics: Topics | None = None,
    language: str | None = None,
    unsupported: str = "block",
) -> m.ItemReport:
    """One item's findings and claims. `language` picks the messages' language
    (default: the item's); `unsupported` is the severity of the finding for an
    item whose language has no lexicon ("block" or "warn")."""
    code = guess_language(item, lex)
    msgs = Messages(lex, language or code)
    size = sum(len(text) for _, text in item.fields())
    if size > MAX_ITEM_CHARS:
        return _unchecked(item, msgs, "text.too_long", "block", size)
    lang = lex.language(code)
    fmt = Format(lang.decimal_separator, lang.ordinal_dot)
    ctx = Context(lex, fmt, ev.as_of.year, names, code)
    topics = topics or Topics(lex, keys_for(lex))
    checker = ItemChecker(item, ev, ctx, msgs, topics)
    try:
        with budget(size):
            report = checker.run()
    except TooMuchWork:
        return _unchecked(item, msgs, "text.too_long", "block", size)
    if item.language and item.language not in lex.languages:
        issue = Issue("unchecked", "language.unsupported", unsupported, "language")
        checker.add(issue)
        return m.ItemReport(tuple(checker.findings), report.claims, report.is_ai_role)
    return report


def _unchecked(
    item: m.Item, msgs: Messages, rule: str, severity: str, size: int
) -> m.ItemReport:
    """A report for an item that was not checked: one finding that says why."""
    params = {"size": size, "limit": MAX_ITEM_CHARS, "language": item.language}
    issue = Issue("unchecked", rule, severity, "text", params)
    return m.ItemReport((finding(item.id, issue, msgs),), (), item.is_ai_role)
