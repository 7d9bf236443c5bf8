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
    out = []
    if not ev.linked(item, m.DataAsset) and not item.data_access.strip():
        assets = msgs.listing(label(a) for a in ev.assets)
        out.append(
            Issue(
                "ai_role",
                "ai_role.no_data_access",
                "warn",
                "data_access",
                {"assets": assets},
            )
        )
    if not ev.linked(item, m.Resource) and not item.resources.strip():
        resources = msgs.listing(label(r) for r in ev.resources)
        out.append(
            Issue(
                "ai_role",
                "ai_role.no_resources",
                "warn",
                "resources",
                {"resources": resources},
            )
        )
    open_milestones = [ms for ms in ev.milestones if ms.status != "cancelled"]
    linked = [
        ms for ms in ev.linked(item, m.RoadmapMilestone) if ms.status != "cancelled"
    ]
    if not linked:
        listing = msgs.listing(label(ms) for ms in open_milestones)
        out.append(
            Issue(
                "ai_role",
                "ai_role.no_roadmap_milestone",
                "warn",
                "links",
                {"milestones": listing},
            )
        )
    return out


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
    params = {
        "claimed": claimed,
        "claimed_level": level,
        "evidenced": m.MATURITY_LEVELS[evidenced - 1],
        "evidenced_level": evidenced,
        "needs": msgs.phrase(f"maturity_needs.{level}"),
    }
    return [
        Issue("maturity", "maturity.overstated", "block", "claimed_maturity", params)
    ]


def stale_issues(ev: Evidence) -> list[Issue]:
    """Warnings about evidence that has aged (overdue, old activities, old metrics)."""
    as_of = ev.as_of
    out = []
    for ms in ev.milestones_with("planned", "in_progress"):
        if ms.target_date and (as_of - ms.target_date).days > OVERDUE_DAYS:
            params = {
                "title": f"'{ms.title}'",
                "status": ms.status,
                "days": (as_of - ms.target_date).days,
                "target_date": ms.target_date.isoformat(),
            }
            out.append(Issue("stale", "stale.milestone_overdue", "warn", ms.id, params))
    limit = months_before(as_of, COMMUNITY_MONTHS)
    for a in ev.activities:
        if a.date < limit:
            params = {
                "title": f"'{a.title}'",
                "date": a.date.isoformat(),
                "kind": a.kind,
                "since": limit.isoformat(),
            }
            out.append(
                Issue("stale", "stale.community_activity_old", "warn", a.id, params)
            )
    metric_limit = months_before(as_of, METRIC_MONTHS)
    for s in ev.stories:
        dates = [x.measured_on for x in s.metrics if x.measured_on]
        if dates and max(dates) < metric_limit:
            params = {
                "title": label(s),
                "date": max(dates).isoformat(),
                "since": metric_limit.isoformat(),
            }
            out.append(Issue("stale", "stale.metrics_old", "warn", s.id, params))
    return out
