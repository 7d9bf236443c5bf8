"""check(bundle) -> Report: the one place where items, evidence and rules meet."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from . import model as m
from .detect import Context, Reading, read
from .evidence import Evidence
from .lexicon import Cues, Lexicon, default_lexicon
from .messages import Messages
from .numbers import Format, find_numbers
from .organisation import (
    Issue,
    ai_role_issues,
    evidenced_maturity,
    maturity_issues,
    stale_issues,
)
from .rules import KIND_RULES, ClaimContext
from .text import MAX_SENTENCE, Sentence, split_field

HYPE_TERMS = 3
_TOKENS = re.compile(r"[^\W\d_]+")
# German "Sie spart ..." (it saves) continues; "Sie haben ..." (you have) does not
_THIRD_PERSON_SIE = re.compile(r"Sie [^\W\d_]+t\b")
_CONTINUING_KINDS = ("impact", "team_experts", "data", "superlative", "strategy")


@dataclass(frozen=True)
class Unit:
    """A sentence, or a sentence read together with the ones that continue it."""

    field: str
    start: int
    end: int
    text: str
    norm: str
    tail: int | None = None  # where continuing sentences begin in `norm`


@dataclass
class ItemCheck:
    findings: list[m.Finding] = field(default_factory=list)
    claims: list[m.Claim] = field(default_factory=list)
    is_ai_role: bool = False
    texts_mention_ai: bool = False
    title_ai: bool = False
    readings: dict[tuple[str, bool], Reading] = field(default_factory=dict)


def check(
    bundle: m.Bundle, *, as_of: date | None = None, lexicon: Lexicon | None = None
) -> m.Report:
    """Every claim of every item against the bundle's evidence, as of a date."""
    lex = lexicon or default_lexicon()
    day = as_of or bundle.as_of or date.today()
    ev = Evidence(bundle, day)
    ev.asset_numbers = _asset_numbers(ev, lex)
    names = _names(bundle)
    items = {item.id: _check_item(item, ev, lex, names) for item in bundle.items}
    evidenced = evidenced_maturity(ev)
    claimed = bundle.organisation.claimed_maturity if bundle.organisation else None
    english = Messages(lex, "en")
    issues = maturity_issues(claimed, evidenced, english) + stale_issues(ev)
    org_findings = tuple(_org_finding(i, english) for i in issues)
    level = m.MATURITY_LEVELS.index(claimed) + 1 if claimed else None
    return m.Report(
        as_of=day,
        organisation=m.OrganisationReport(org_findings),
        items=items,
        maturity=m.Maturity(claimed=level, evidenced=evidenced),
    )


def _asset_numbers(ev: Evidence, lex: Lexicon) -> dict[str, list[float]]:
    """The numbers each data asset states in its volume or description."""
    out = {}
    for asset in ev.assets:
        text = f"{asset.volume} {asset.description}"
        found = find_numbers(text, lex, Format())
        out[asset.id] = [float(n.value * n.scale) for n in found]
        out[asset.id] += [float(n.value) for n in found]
    return out


def _names(bundle: m.Bundle) -> Cues:
    """The organisation's name, its first word, and product names mark "us"."""
    names = []
    if bundle.organisation:
        name = bundle.organisation.name.strip()
        names.append(name)
        first = name.split()[0] if name.split() else ""
        if len(first) >= 4 and first[0].isupper():
            names.append(first)
    names += [s.product for s in bundle.of_type(m.ImpactStory)]
    return Cues("=" + n.strip("=~-* ") for n in names if n.strip("=~-* "))


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


def _check_item(item: m.Item, ev: Evidence, lex: Lexicon, names: Cues) -> m.ItemReport:
    code = guess_language(item, lex)
    language = lex.language(code)
    fmt = Format(language.decimal_separator, language.ordinal_dot)
    ctx = Context(lex, fmt, ev.as_of.year, names)
    msgs = Messages(lex, code)
    result = ItemCheck(is_ai_role=item.is_ai_role)
    for name, raw in item.fields():
        sentences = split_field(name, raw, lex, language.ordinal_dot)
        for unit in _units(sentences, ctx):
            _check_unit(unit, item, ev, ctx, msgs, result)
    if item.kind == "job_post" and result.is_ai_role:
        for issue in ai_role_issues(item, ev, msgs):
            result.findings.append(_item_finding(item, issue, msgs))
    if result.title_ai and not result.texts_mention_ai:
        issue = Issue("stale", "stale.hype_title", "warn", "title")
        result.findings.append(_item_finding(item, issue, msgs, _title_unit(item)))
    return m.ItemReport(
        findings=tuple(result.findings),
        claims=tuple(result.claims),
        is_ai_role=item.kind == "job_post" and result.is_ai_role,
    )


def _title_unit(item: m.Item) -> Unit:
    return Unit("title", 0, len(item.title), item.title.strip(), item.title)


def _units(sentences: list[Sentence], ctx: Context) -> list[Unit]:
    """Sentences, each merged with the following ones that continue it."""
    units: list[Unit] = []
    ai_terms = ctx.lexicon.cue("ai_terms")
    previous: Sentence | None = None
    previous_ai = False  # whether the unit before holds an AI term
    for s in sentences:
        has_ai = ai_terms.search(s.norm)
        if (
            previous_ai
            and not has_ai
            and previous is not None
            and previous.block == s.block
            and _continues(s, units[-1], ctx)
        ):
            last = units[-1]
            tail = len(last.norm) + 1 if last.tail is None else last.tail
            units[-1] = Unit(
                last.field,
                last.start,
                s.end,
                f"{last.text} {s.text}",
                f"{last.norm} {s.norm}",
                tail,
            )
        else:
            units.append(Unit(s.field, s.start, s.end, s.text, s.norm))
            previous_ai = has_ai
        previous = s
    return units


def _continues(s: Sentence, unit: Unit, ctx: Context) -> bool:
    """ "It cut costs by 30 %." after an AI sentence: read with it."""
    lex, norm = ctx.lexicon, s.norm
    if s.field == "title" or len(unit.norm) + len(norm) > MAX_SENTENCE:
        return False
    if lex.cue("continuation").match_at(norm, 0) < 0:
        return False
    if lex.cue("requirements").search(norm):
        return False
    if lex.cue("pronouns").search(norm) and not _THIRD_PERSON_SIE.match(norm):
        return False
    return bool(find_numbers(norm, lex, ctx.number_format)) or any(
        lex.cue(k).search(norm) for k in _CONTINUING_KINDS
    )


def _check_unit(
    unit: Unit,
    item: m.Item,
    ev: Evidence,
    ctx: Context,
    msgs: Messages,
    result: ItemCheck,
) -> None:
    key = (unit.norm, unit.field == "title")
    reading = result.readings.get(key)
    if reading is None:
        reading = read(unit.norm, ctx, title=key[1], tail=unit.tail)
        result.readings[key] = reading
    if unit.field == "title":
        # a job title names a role ("ML Engineer"); only a page title can be hype
        hype = item.kind != "job_post" or reading.is_claim
        result.title_ai = result.title_ai or (hype and bool(reading.live_terms))
        if item.kind == "job_post" and reading.live_terms:
            result.is_ai_role = True
    elif reading.live_terms:
        result.texts_mention_ai = True
    if reading.makes_ai_role:
        result.is_ai_role = True
    if len(reading.ai_terms) > HYPE_TERMS:
        issue = Issue(
            "stale",
            "stale.hype_sentence",
            "warn",
            unit.field,
            {"count": len(reading.ai_terms)},
        )
        result.findings.append(_item_finding(item, issue, msgs, unit))
    if reading.is_claim:
        _check_claim(unit, reading, item, ev, ctx, msgs, result)


def _check_claim(
    unit: Unit,
    reading: Reading,
    item: m.Item,
    ev: Evidence,
    ctx: Context,
    msgs: Messages,
    result: ItemCheck,
) -> None:
    claim = ClaimContext(
        text=unit.norm,
        item=item,
        evidence=ev,
        messages=msgs,
        community=tuple(reading.community),
        numbers=tuple(reading.numbers),
        is_team="team" in reading.kinds,
        is_data="data" in reading.kinds,
    )
    for kind in reading.kinds:
        outcome = KIND_RULES[kind](claim)
        result.claims.append(
            m.Claim(
                item.id,
                kind,
                unit.field,
                unit.start,
                unit.end,
                unit.text,
                tuple(outcome.backed_by),
            )
        )
        for failure in outcome.failures:
            issue = Issue(
                failure.kind, failure.rule, "block", unit.field, failure.params
            )
            result.findings.append(_item_finding(item, issue, msgs, unit))


def _item_finding(
    item: m.Item, issue: Issue, msgs: Messages, unit: Unit | None = None
) -> m.Finding:
    message, fix = msgs.render(issue.rule, issue.params)
    return m.Finding(
        item=item.id,
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


def _org_finding(issue: Issue, msgs: Messages) -> m.Finding:
    message, fix = msgs.render(issue.rule, issue.params)
    return m.Finding(
        item=None,
        kind=issue.kind,
        severity=issue.severity,
        rule=issue.rule,
        field=issue.field,
        start=0,
        end=0,
        sentence="",
        message=message,
        fix=fix,
    )
