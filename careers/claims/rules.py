"""The evidence each claim kind needs (the contract's table), relevance, and
number backing.

Each kind rule first takes the evidence its kind accepts, then keeps what is
relevant to the sentence: cited by the item for it, or about its subject words
(all of it when the sentence has none). A blocking finding that relevance
decides names the subject words and says to cite or add evidence about them;
it never suggests changing a number to fit evidence about something else.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
from .relevance import Topic, Topics


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
    topics: Topics
    topic: Topic  # the sentence's subject words
    community: tuple[str, ...] = ()
    numbers: tuple[Number, ...] = ()
    is_team: bool = False
    is_data: bool = False
    is_hiring: bool = False
    cited: tuple[str, ...] = ()  # evidence the item cites for this sentence
    specialty: Topic | None = None  # what qualifies "team", if anything
    partners: Topic | None = None  # partners or projects a community claim names

    @property
    def as_of(self) -> str:
        return self.evidence.as_of.isoformat()

    @property
    def subjects(self) -> tuple[str, ...]:
        return self.topic.words

    def relevant(self, candidates: Sequence[Any], topic: Topic | None = None) -> list:
        """The candidates that back this claim: those cited for it, and those
        about its subject (every one when the subject is empty)."""
        topic = self.topic if topic is None else topic
        cited = [e for e in candidates if e.id in self.cited]
        if not topic.words:
            return cited + [e for e in candidates if e not in cited]
        about = [
            e
            for e in candidates
            if e not in cited and self.topics.about(topic, self.text, e)
        ]
        return cited + about

    def receipts(self, backing: Sequence[Any]) -> list[str]:
        """Backing evidence as receipts: cited first, then what the sentence
        names or the item links (or all of it)."""
        cited = [e.id for e in backing if e.id in self.cited]
        rest = [e for e in backing if e.id not in self.cited]
        return cited + (prefer(self.text, rest, self.item.links) if rest else [])

    def fail(self, kind: str, rule: str, /, **params: Any) -> Outcome:
        params.setdefault("subjects", self.subjects)
        params.setdefault("subject_list", self.messages.words(params["subjects"]))
        return Outcome(failures=[Failure(kind, rule, params)])

    def backed(self, kind: str, found: Sequence[Any]) -> Outcome:
        """The receipts of what in `found` is relevant to this claim, or the
        kind's "not_relevant" finding, which lists what there is."""
        relevant = self.relevant(found)
        if relevant:
            return Outcome(self.receipts(relevant))
        return self.fail(
            kind,
            f"{kind}.not_relevant",
            available=self.messages.listing(label(e) for e in found),
        )

    def lacking(
        self, kind: str, rule: str, /, dated: bool = False, **shown: Sequence[Any]
    ) -> Outcome:
        """`rule`'s finding that the evidence holds nothing of what the kind
        needs (whatever the subject), with its date if `dated`, and each of
        `shown` listed by label."""
        params: dict[str, Any] = {"as_of": self.as_of} if dated else {}
        for name, evidence in shown.items():
            params[name] = self.messages.listing(label(e) for e in evidence)
        return self.fail(kind, rule, subjects=(), **params)

    def recent(
        self, kind: str, rule: str, found: Sequence[Any], months: int, /, **params: Any
    ) -> Outcome:
        """The receipts of `found` (what is recent enough), or `rule`'s
        finding: nothing in the `months` before the evidence's date."""
        if found:
            return Outcome(self.receipts(found))
        since = months_before(self.evidence.as_of, months).isoformat()
        return self.fail(
            kind, rule, subjects=(), since=since, as_of=self.as_of, **params
        )


def capability(c: ClaimContext) -> Outcome:
    ev = c.evidence
    found: list[Any] = ev.live_stories() + ev.milestones_with("delivered")
    if c.is_hiring:  # a record proves the hiring system is in use (its review
        found += ev.hiring  # date is the hiring_ai rule's business)
    if not found:
        pending = [s for s in ev.stories if s not in found]
        pending += ev.milestones_with("planned", "in_progress")
        return c.lacking(
            "capability", "capability.no_evidence", dated=True, pending=pending
        )
    return c.backed("capability", found)


def strategy(c: ClaimContext) -> Outcome:
    active = [ms for ms in c.evidence.milestones if ms.status != "cancelled"]
    departments = {d.strip().lower() for ms in active for d in ms.departments}
    going = [ms for ms in active if ms.status in ("delivered", "in_progress")]
    if len(active) >= 3 and len(departments) >= 2 and going:
        return Outcome([ms.id for ms in active])
    return c.fail(
        "strategy",
        "strategy.roadmap_insufficient",
        subjects=(),
        count=len(active),
        departments=len(departments),
        active=len(going),
        milestones=c.messages.listing(label(ms) for ms in active),
    )


def plan(c: ClaimContext) -> Outcome:
    found = c.evidence.milestones_with("planned", "in_progress")
    if not found:
        return c.fail("plan", "plan.no_milestone", subjects=())
    return c.backed("plan", found)


def impact(c: ClaimContext) -> Outcome:
    stories = c.evidence.measured_stories()
    if not stories:
        return c.lacking(
            "impact", "impact.no_measured_metric", stories=c.evidence.stories
        )
    # a team claim's numbers are the team rule's business
    numbers = Outcome() if c.is_team else _numbers(c)
    if numbers.failures:
        return Outcome(failures=numbers.failures)
    if numbers.backed_by:
        return Outcome(numbers.backed_by)
    return c.backed("impact", stories)


def team(c: ClaimContext) -> Outcome:
    teams = c.evidence.qualified_teams()
    if not teams:
        return c.lacking("team", "team.no_qualified_team", teams=c.evidence.teams)
    specialty = c.specialty
    if specialty is not None:
        teams = [
            t for t in teams if t.id in c.cited or specialty.meets(c.topics.of_team(t))
        ]
        if not teams:
            return c.fail(
                "team",
                "team.no_specialty_team",
                subjects=specialty.words,
                subject_list=c.messages.words(specialty.words),
                teams=c.messages.listing(
                    label(t) for t in c.evidence.qualified_teams()
                ),
            )
    numbers = _numbers(c, teams)
    if numbers.failures:
        return Outcome(failures=numbers.failures)
    named = [i for i in numbers.backed_by if isinstance(c.evidence.by_id[i], m.Team)]
    return Outcome(named or c.receipts(teams))


def community(c: ClaimContext) -> Outcome:
    out = Outcome()
    since = months_before(c.evidence.as_of, COMMUNITY_MONTHS).isoformat()
    for kind in c.community:
        found = c.evidence.recent_activities(kind)
        if found and c.partners is not None:
            named = c.relevant(found, c.partners)
            if not named:
                out.failures += c.fail(
                    "community",
                    "community.not_relevant",
                    subjects=c.partners.words,
                    subject_list=c.messages.words(c.partners.words),
                    kind_name=c.messages.phrase(f"kinds.{kind}"),
                ).failures
                continue
            found = named
        if found:
            out.backed_by += [r for r in c.receipts(found) if r not in out.backed_by]
            continue
        needs = {"open_source": "needs_url", "university_partnership": "needs_partner"}
        requirement = c.messages.phrase(needs[kind]) if kind in needs else ""
        out.failures += c.fail(
            "community",
            "community.no_recent_activity",
            subjects=(),
            kind=kind,
            kind_name=c.messages.phrase(f"kinds.{kind}"),
            requirement=requirement,
            since=since,
            as_of=c.as_of,
        ).failures
    return Outcome(failures=out.failures) if out.failures else out


def data(c: ClaimContext) -> Outcome:
    assets = c.evidence.assets
    if not assets:
        return c.fail("data", "data.no_data_asset", subjects=())
    return c.backed("data", assets)


def superlative(c: ClaimContext) -> Outcome:
    found = c.evidence.recent_recognitions()
    return c.recent(
        "superlative", "superlative.no_recognition", found, RECOGNITION_MONTHS
    )


def hiring_ai(c: ClaimContext) -> Outcome:
    return c.recent(
        "hiring_ai",
        "hiring_ai.no_compliance_record",
        c.evidence.valid_hiring_records(),
        HIRING_REVIEW_MONTHS,
        records=c.messages.listing(label(h) for h in c.evidence.hiring),
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


def _numbers(c: ClaimContext, teams: Sequence[m.Team] = ()) -> Outcome:
    """Each number of the claim backed by a metric about the same thing (or, in
    a team claim, by one of `teams`; in a data claim, by a relevant asset)."""
    out = Outcome()
    seen: set[tuple[str, str]] = set()
    for number in c.numbers:
        if (number.text, number.kind) in seen:
            continue  # one finding per distinct number of a sentence
        seen.add((number.text, number.kind))
        receipts = _backers(c, number, teams)
        if receipts:
            out.backed_by += [r for r in receipts if r not in out.backed_by]
            continue
        out.failures.append(_unbacked(c, number, teams))
    return out


def _unbacked(c: ClaimContext, number: Number, teams: Sequence[m.Team]) -> Failure:
    msgs = c.messages
    metrics = _relevant_metrics(c)
    says = [_metric_phrase(msgs, s, x) for s, x in metrics]
    if c.is_team:
        says += [_team_phrase(msgs, t) for t in teams]
        rule = "team.headcount_unbacked"
    else:
        rule = "impact.number_unbacked" if metrics else "impact.number_not_relevant"
    params = {
        "number": number.text,
        "subjects": c.subjects,
        "subject_list": msgs.words(c.subjects),
        "evidence": "; ".join(says[:6]) or msgs.phrase("nothing_relevant"),
    }
    return Failure("team" if c.is_team else "impact", rule, params)


def _relevant_metrics(c: ClaimContext) -> list[tuple[m.ImpactStory, m.Metric]]:
    """The metrics a number of this claim may be compared with."""
    out = []
    for story in c.evidence.stories:
        for i, metric in enumerate(story.metrics):
            if (
                story.id in c.cited
                or not c.subjects
                or c.topic.meets(c.topics.of_metric(story, i))
            ):
                out.append((story, metric))
    return out


def _backers(c: ClaimContext, number: Number, teams: Sequence[m.Team]) -> list[str]:
    found = [
        s.id
        for s, x in _relevant_metrics(c)
        if backs(number, metric_candidates(x, number.kind))
    ]
    if c.is_team:
        found += [t.id for t in teams if backs(number, _team_counts(t))]
    if c.is_data:  # "learn from 2 billion events": the asset's stated volume
        assets = {a.id for a in c.relevant(c.evidence.assets)}
        numbers = c.evidence.asset_numbers
        found += [
            i for i, values in numbers.items() if i in assets and backs(number, values)
        ]
    return list(dict.fromkeys(found))


def _team_counts(t: m.Team) -> list[float]:
    counts = [float(len(t.members))]
    return counts + ([float(t.headcount)] if t.headcount is not None else [])


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


def _team_phrase(msgs: Messages, t: m.Team) -> str:
    return msgs.phrase(
        "team", name=t.name, headcount=msgs.num(t.headcount), members=len(t.members)
    )


def _metric_phrase(msgs: Messages, story: m.ImpactStory, x: m.Metric) -> str:
    unit = f" {x.unit}" if x.unit else ""
    value = msgs.num(x.value) + unit
    story_name = story.product or story.title
    if x.baseline is None:
        return msgs.phrase(
            "metric_no_baseline", name=x.name, story=story_name, value=value
        )
    change = abs(x.value - x.baseline)
    relative = change / abs(x.baseline) * 100 if x.baseline else None
    points = unit.strip() == "%"
    return msgs.phrase(
        "metric_points" if points else "metric",
        name=x.name,
        story=story_name,
        baseline=msgs.num(x.baseline) + unit,
        value=value,
        change=msgs.num(change) + ("" if points else unit),
        relative=msgs.num(relative),
    )
