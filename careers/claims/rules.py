"""The evidence each claim kind needs (the contract's table), and number backing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import model as m
from .evidence import (
    COMMUNITY_MONTHS,
    HIRING_REVIEW_MONTHS,
    RECOGNITION_MONTHS,
    Evidence,
    label,
    months_before,
    prefer,
)
from .messages import Messages
from .numbers import Number, backs


@dataclass(frozen=True)
class Failure:
    """A kind the evidence does not substantiate: which rule, with what details."""

    kind: str
    rule: str
    params: dict[str, Any]


@dataclass
class Outcome:
    backed_by: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)


@dataclass(frozen=True)
class ClaimContext:
    """One claim as the rules see it."""

    text: str
    item: m.Item
    evidence: Evidence
    messages: Messages
    community: tuple[str, ...] = ()
    numbers: tuple[Number, ...] = ()
    is_team: bool = False
    is_data: bool = False
    cited: tuple[str, ...] = ()  # evidence the item cites for this sentence

    def prefer(self, candidates: list[Any]) -> list[str]:
        return prefer(self.text, candidates, self.item.links)

    @property
    def as_of(self) -> str:
        return self.evidence.as_of.isoformat()


def _fail(kind: str, rule: str, **params: Any) -> Outcome:
    return Outcome(failures=[Failure(kind, rule, params)])


def capability(c: ClaimContext) -> Outcome:
    ev = c.evidence
    found = ev.live_stories() + ev.milestones_with("delivered")
    if found:
        return Outcome(c.prefer(found))
    pending = [s for s in ev.stories if s not in found]
    pending += ev.milestones_with("planned", "in_progress")
    return _fail(
        "capability",
        "capability.no_evidence",
        as_of=c.as_of,
        pending=c.messages.listing(label(e) for e in pending),
    )


def strategy(c: ClaimContext) -> Outcome:
    active = [ms for ms in c.evidence.milestones if ms.status != "cancelled"]
    departments = {d.strip().lower() for ms in active for d in ms.departments}
    going = [ms for ms in active if ms.status in ("delivered", "in_progress")]
    if len(active) >= 3 and len(departments) >= 2 and going:
        return Outcome([ms.id for ms in active])
    return _fail(
        "strategy",
        "strategy.roadmap_insufficient",
        count=len(active),
        departments=len(departments),
        active=len(going),
        milestones=c.messages.listing(label(ms) for ms in active),
    )


def plan(c: ClaimContext) -> Outcome:
    found = c.evidence.milestones_with("planned", "in_progress")
    if found:
        return Outcome(c.prefer(found))
    return _fail("plan", "plan.no_milestone")


def impact(c: ClaimContext) -> Outcome:
    stories = c.evidence.measured_stories()
    outcome = Outcome() if c.is_team else _numbers(c)
    if not stories:
        outcome.failures.insert(
            0,
            Failure(
                "impact",
                "impact.no_measured_metric",
                {"stories": c.messages.listing(label(s) for s in c.evidence.stories)},
            ),
        )
    if outcome.failures:
        return Outcome(failures=outcome.failures)
    receipts = outcome.backed_by or c.prefer(stories)
    return Outcome(receipts)


def team(c: ClaimContext) -> Outcome:
    teams = c.evidence.qualified_teams()
    failures = []
    if not teams:
        failures.append(
            Failure(
                "team",
                "team.no_qualified_team",
                {"teams": c.messages.listing(label(t) for t in c.evidence.teams)},
            )
        )
    numbers = _numbers(c)
    failures += numbers.failures
    if failures:
        return Outcome(failures=failures)
    named = [i for i in numbers.backed_by if isinstance(c.evidence.by_id[i], m.Team)]
    return Outcome(named or c.prefer(teams))


def community(c: ClaimContext) -> Outcome:
    out = Outcome()
    since = months_before(c.evidence.as_of, COMMUNITY_MONTHS).isoformat()
    for kind in c.community:
        found = c.evidence.recent_activities(kind)
        if found:
            out.backed_by += c.prefer(found)
            continue
        needs = {"open_source": "needs_url", "university_partnership": "needs_partner"}
        requirement = c.messages.phrase(needs[kind]) if kind in needs else ""
        out.failures.append(
            Failure(
                "community",
                "community.no_recent_activity",
                {
                    "kind": kind,
                    "kind_name": c.messages.phrase(f"kinds.{kind}"),
                    "requirement": requirement,
                    "since": since,
                    "as_of": c.as_of,
                },
            )
        )
    return Outcome(failures=out.failures) if out.failures else out


def data(c: ClaimContext) -> Outcome:
    if c.evidence.assets:
        return Outcome(c.prefer(c.evidence.assets))
    return _fail("data", "data.no_data_asset")


def superlative(c: ClaimContext) -> Outcome:
    found = c.evidence.recent_recognitions()
    if found:
        return Outcome(c.prefer(found))
    since = months_before(c.evidence.as_of, RECOGNITION_MONTHS).isoformat()
    return _fail(
        "superlative", "superlative.no_recognition", since=since, as_of=c.as_of
    )


def hiring_ai(c: ClaimContext) -> Outcome:
    found = c.evidence.valid_hiring_records()
    if found:
        return Outcome(c.prefer(found))
    since = months_before(c.evidence.as_of, HIRING_REVIEW_MONTHS).isoformat()
    records = c.messages.listing(label(h) for h in c.evidence.hiring)
    return _fail(
        "hiring_ai",
        "hiring_ai.no_compliance_record",
        since=since,
        as_of=c.as_of,
        records=records,
    )


#: the evidence types that can back a finding of each rule (by the rule's prefix,
#: or the whole rule id where it differs), so a UI can open the right chooser
EVIDENCE_TYPES: dict[str, tuple[str, ...]] = {
    "capability": ("impact_story", "roadmap_milestone"),
    "strategy": ("roadmap_milestone",),
    "plan": ("roadmap_milestone",),
    "impact": ("impact_story",),
    "team": ("team",),
    "team.headcount_unbacked": ("team", "impact_story"),
    "community": ("community_activity",),
    "data": ("data_asset",),
    "superlative": ("recognition",),
    "hiring_ai": ("hiring_ai_compliance",),
    "ai_role.no_technical_lead": ("team",),
    "ai_role.no_interviewer": ("team",),
    "ai_role.nothing_in_use": ("impact_story", "roadmap_milestone"),
    "ai_role.no_data_access": ("data_asset",),
    "ai_role.no_resources": ("resource",),
    "ai_role.no_roadmap_milestone": ("roadmap_milestone",),
}


def evidence_types(rule: str) -> tuple[str, ...]:
    return EVIDENCE_TYPES.get(rule) or EVIDENCE_TYPES.get(rule.split(".")[0], ())


KIND_RULES: dict[str, Callable[[ClaimContext], Outcome]] = {
    "capability": capability,
    "strategy": strategy,
    "plan": plan,
    "impact": impact,
    "team": team,
    "community": community,
    "data": data,
    "superlative": superlative,
    "hiring_ai": hiring_ai,
}


def _numbers(c: ClaimContext) -> Outcome:
    """Each number of the claim backed by a metric (or, in a team claim, a team)."""
    out = Outcome()
    seen: set[tuple[str, str]] = set()
    for number in c.numbers:
        if (number.text, number.kind) in seen:
            continue  # one finding per distinct number of a sentence
        seen.add((number.text, number.kind))
        receipts = _backers(c, number)
        if receipts:
            out.backed_by += [r for r in receipts if r not in out.backed_by]
            continue
        kind = "team" if c.is_team else "impact"
        out.failures.append(
            Failure(
                kind,
                f"{kind}.headcount_unbacked" if c.is_team else "impact.number_unbacked",
                {
                    "number": number.text,
                    "evidence": _what_evidence_says(c),
                    "teams": c.messages.listing(label(t) for t in c.evidence.teams),
                },
            )
        )
    return out


def _backers(c: ClaimContext, number: Number) -> list[str]:
    found = [s.id for s in c.evidence.stories if _story_backs(s, number)]
    if c.is_team:
        found += [t.id for t in c.evidence.teams if backs(number, _team_counts(t))]
    if c.is_data:  # "learn from 2 billion events": the asset's stated volume
        numbers = c.evidence.asset_numbers
        found += [i for i, values in numbers.items() if backs(number, values)]
    return found


def _team_counts(t: m.Team) -> list[float]:
    counts = [float(len(t.members))]
    return counts + ([float(t.headcount)] if t.headcount is not None else [])


def _story_backs(story: m.ImpactStory, number: Number) -> bool:
    return any(backs(number, metric_candidates(x, number.kind)) for x in story.metrics)


def metric_candidates(metric: m.Metric, kind: str) -> list[float]:
    """What a metric can back: its value, baseline, change, relative change, ratio."""
    v, b = float(metric.value), metric.baseline
    if b is None:
        return [v]
    b = float(b)
    change = abs(v - b)
    relative = [change / abs(b) * 100] if b else []
    ratio = [max(v / b, b / v)] if v and b and (v > 0) == (b > 0) else []
    if kind == "factor":
        return ratio + [v, b]
    return [v, b, change, *relative]


def _what_evidence_says(c: ClaimContext) -> str:
    msgs = c.messages
    parts = [_metric_phrase(msgs, s, x) for s in c.evidence.stories for x in s.metrics]
    if c.is_team:
        parts += [
            msgs.phrase(
                "team",
                name=t.name,
                id=t.id,
                headcount=msgs.num(t.headcount),
                members=len(t.members),
            )
            for t in c.evidence.teams
        ]
    if not parts:
        return msgs.phrase("no_teams" if c.is_team else "no_metrics")
    return "; ".join(parts[:6])


def _metric_phrase(msgs: Messages, story: m.ImpactStory, x: m.Metric) -> str:
    unit = f" {x.unit}" if x.unit else ""
    value = msgs.num(x.value) + unit
    if x.baseline is None:
        return msgs.phrase(
            "metric_no_baseline", name=x.name, story=story.id, value=value
        )
    change = abs(x.value - x.baseline)
    relative = change / abs(x.baseline) * 100 if x.baseline else None
    return msgs.phrase(
        "metric",
        name=x.name,
        story=story.id,
        baseline=msgs.num(x.baseline) + unit,
        value=value,
        change=msgs.num(change) + unit,
        relative=msgs.num(relative),
    )
