"""Rules on the item as a whole (AI-role transparency) and on the organisation
(stated maturity, stale evidence)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import model as m
from .evidence import (
    COMMUNITY_MONTHS,
    METRIC_MONTHS,
    OVERDUE_DAYS,
    Evidence,
    label,
    months_before,
)
from .messages import Messages


@dataclass(frozen=True)
class Issue:
    """A finding before it gets its message: rule, severity, where, and details."""

    kind: str
    rule: str
    severity: str
    field: str
    params: dict[str, Any] = field(default_factory=dict)


def ai_role_issues(item: m.Item, ev: Evidence, msgs: Messages) -> list[Issue]:
    """What an AI role must link (the contract's transparency table)."""
    return [
        *_team_issues(item, ev, msgs),
        *_in_use_issues(item, ev, msgs),
        *_context_issues(item, ev, msgs),
    ]


def _team_issues(item: m.Item, ev: Evidence, msgs: Messages) -> list[Issue]:
    led = [t for t in ev.linked(item, m.Team) if t.has_technical_lead]
    if not led:
        teams = msgs.listing(label(t) for t in ev.teams if t.has_technical_lead)
        return [
            Issue(
                "ai_role",
                "ai_role.no_technical_lead",
                "block",
                "links",
                {"teams": teams},
            )
        ]
    if not any(t.has_interviewer for t in led):
        team = msgs.listing(label(t) for t in led)
        return [
            Issue("ai_role", "ai_role.no_interviewer", "block", "links", {"team": team})
        ]
    return []


def _in_use(ev: Evidence, candidates: list[Any]) -> list[Any]:
    return [
        e
        for e in candidates
        if (isinstance(e, m.ImpactStory) and e.in_production(ev.as_of))
        or (
            isinstance(e, m.RoadmapMilestone)
            and e.status in ("delivered", "in_progress")
        )
    ]


def _in_use_issues(item: m.Item, ev: Evidence, msgs: Messages) -> list[Issue]:
    linked = [ev.by_id[i] for i in item.links if i in ev.by_id]
    if _in_use(ev, linked):
        return []
    available = msgs.listing(label(e) for e in _in_use(ev, list(ev.by_id.values())))
    return [
        Issue(
            "ai_role",
            "ai_role.nothing_in_use",
            "block",
            "links",
            {"candidates": available},
        )
    ]


def _context_issues(item: m.Item, ev: Evidence, msgs: Messages) -> list[Issue]:
    """The warnings: which data, which means, which milestone."""
    out = []
    if not ev.linked(item, m.DataAsset) and not item.data_access.strip():
        params = {"assets": msgs.listing(label(a) for a in ev.assets)}
        out.append(_warn("ai_role.no_data_access", "data_access", params))
    if not ev.linked(item, m.Resource) and not item.resources.strip():
        params = {"resources": msgs.listing(label(r) for r in ev.resources)}
        out.append(_warn("ai_role.no_resources", "resources", params))
    if not [x for x in ev.linked(item, m.RoadmapMilestone) if x.status != "cancelled"]:
        open_ones = [x for x in ev.milestones if x.status != "cancelled"]
        params = {"milestones": msgs.listing(label(x) for x in open_ones)}
        out.append(_warn("ai_role.no_roadmap_milestone", "links", params))
    return out


def _warn(rule: str, field: str, params: dict[str, Any]) -> Issue:
    return Issue(rule.split(".")[0], rule, "warn", field, params)


def evidenced_maturity(ev: Evidence) -> int:
    """The highest level whose condition the evidence meets (1 to 5)."""
    live = ev.live_stories()
    going = ev.milestones_with("delivered", "in_progress")
    measured = [s for s in live if s.has_measured_metric]
    active = [ms for ms in ev.milestones if ms.status != "cancelled"]
    departments = {d.strip().lower() for ms in active for d in ms.departments}
    level = 1
    if going or live:
        level = 2
    if level == 2 and measured:
        level = 3
    if level == 3 and len(measured) >= 2 and len(departments) >= 3:
        level = 4
    if level == 4 and any(s.decision_support for s in ev.stories):
        level = 5
    return level


def maturity_issues(claimed: str | None, evidenced: int, msgs: Messages) -> list[Issue]:
    if claimed not in m.MATURITY_LEVELS:
        return []
    level = m.MATURITY_LEVELS.index(claimed) + 1
    if level <= evidenced:
        return []
    evidenced_name = m.MATURITY_LEVELS[evidenced - 1]
    params = {
        "claimed": claimed,
        "claimed_name": msgs.phrase(f"maturity_names.{claimed}"),
        "evidenced_name": msgs.phrase(f"maturity_names.{evidenced_name}"),
        "claimed_level": level,
        "evidenced": m.MATURITY_LEVELS[evidenced - 1],
        "evidenced_level": evidenced,
        "needs": msgs.phrase(f"maturity_needs.{level}"),
    }
    return [
        Issue("maturity", "maturity.overstated", "block", "claimed_maturity", params)
    ]


def stale_issues(ev: Evidence, msgs: Messages) -> list[Issue]:
    """Warnings about evidence that has aged (overdue, old activities, old metrics)."""
    return [*_overdue(ev, msgs), *_old_activities(ev, msgs), *_old_metrics(ev, msgs)]


def _overdue(ev: Evidence, msgs: Messages) -> list[Issue]:
    out = []
    for ms in ev.milestones_with("planned", "in_progress"):
        days = (ev.as_of - ms.target_date).days if ms.target_date else 0
        if days > OVERDUE_DAYS:
            params = {
                "title": msgs.words([ms.title]),
                "status": msgs.phrase(f"statuses.{ms.status}"),
                "days": days,
                "target_date": ms.target_date.isoformat() if ms.target_date else "",
            }
            out.append(_warn("stale.milestone_overdue", ms.id, params))
    return out


def _old_activities(ev: Evidence, msgs: Messages) -> list[Issue]:
    limit = months_before(ev.as_of, COMMUNITY_MONTHS)
    return [
        _warn(
            "stale.community_activity_old",
            a.id,
            {
                "title": msgs.words([a.title]),
                "kind_name": msgs.phrase(f"kinds.{a.kind}"),
                "date": a.date.isoformat(),
                "kind": a.kind,
                "since": limit.isoformat(),
            },
        )
        for a in ev.activities
        if a.date < limit
    ]


def _old_metrics(ev: Evidence, msgs: Messages) -> list[Issue]:
    limit = months_before(ev.as_of, METRIC_MONTHS)
    out = []
    for s in ev.stories:
        dates = [x.measured_on for x in s.metrics if x.measured_on]
        if dates and max(dates) < limit:
            params = {
                "title": msgs.words([label(s)]),
                "date": max(dates).isoformat(),
                "since": limit.isoformat(),
            }
            out.append(_warn("stale.metrics_old", s.id, params))
    return out
