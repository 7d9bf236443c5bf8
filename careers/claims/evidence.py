"""The organisation's evidence, indexed once per check, with the date arithmetic of
the contract ("within 24 months before as_of")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Any

from . import model as m

COMMUNITY_MONTHS = 24
RECOGNITION_MONTHS = 36
HIRING_REVIEW_MONTHS = 12
METRIC_MONTHS = 24
OVERDUE_DAYS = 180


def months_before(day: date, months: int) -> date:
    """The same day `months` earlier, clamped to the month's end."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    following = date(year + (month == 11), (month + 1) % 12 + 1, 1)
    last = (following - timedelta(days=1)).day
    return date(year, month + 1, min(day.day, last))


def within(day: date | None, as_of: date, months: int) -> bool:
    """Dated on or before as_of and no more than `months` before it."""
    return day is not None and months_before(as_of, months) <= day <= as_of


class Evidence:
    """Every piece of evidence of a bundle, by type and by id."""

    def __init__(self, bundle: m.Bundle, as_of: date) -> None:
        self.as_of = as_of
        self.by_id: dict[str, m.Evidence] = {e.id: e for e in bundle.evidence}
        self.milestones: list[m.RoadmapMilestone] = bundle.of_type(m.RoadmapMilestone)
        self.teams: list[m.Team] = bundle.of_type(m.Team)
        self.stories: list[m.ImpactStory] = bundle.of_type(m.ImpactStory)
        self.activities: list[m.CommunityActivity] = bundle.of_type(m.CommunityActivity)
        self.assets: list[m.DataAsset] = bundle.of_type(m.DataAsset)
        self.resources: list[m.Resource] = bundle.of_type(m.Resource)
        self.recognitions: list[m.Recognition] = bundle.of_type(m.Recognition)
        self.hiring: list[m.HiringAICompliance] = bundle.of_type(m.HiringAICompliance)
        # numbers stated by data assets ("2 billion events"), filled in by the engine
        self.asset_numbers: dict[str, list[float]] = {}

    def live_stories(self) -> list[m.ImpactStory]:
        return [s for s in self.stories if s.in_production(self.as_of)]

    def measured_stories(self) -> list[m.ImpactStory]:
        return [s for s in self.stories if s.has_measured_metric]

    def milestones_with(self, *statuses: str) -> list[m.RoadmapMilestone]:
        return [ms for ms in self.milestones if ms.status in statuses]

    def qualified_teams(self) -> list[m.Team]:
        """Teams with at least 2 named members, one of them a technical lead."""
        return [t for t in self.teams if len(t.members) >= 2 and t.has_technical_lead]

    def recent_activities(self, kind: str) -> list[m.CommunityActivity]:
        return [
            a
            for a in self.activities
            if a.kind == kind
            and within(a.date, self.as_of, COMMUNITY_MONTHS)
            and (kind != "open_source" or bool(a.url))
            and (kind != "university_partnership" or bool((a.partner or "").strip()))
        ]

    def recent_recognitions(self) -> list[m.Recognition]:
        return [
            r
            for r in self.recognitions
            if r.url and within(r.date, self.as_of, RECOGNITION_MONTHS)
        ]

    def valid_hiring_records(self) -> list[m.HiringAICompliance]:
        return [
            h
            for h in self.hiring
            if h.system.strip()
            and h.human_oversight.strip()
            and within(h.reviewed_on, self.as_of, HIRING_REVIEW_MONTHS)
        ]

    def linked(self, item: m.Item, cls: type) -> list[Any]:
        return [e for i in item.links if isinstance(e := self.by_id.get(i), cls)]


def label(e: m.Evidence) -> str:
    """A human name for a piece of evidence ("Data Science"); messages quote it."""
    name = (
        getattr(e, "name", "") or getattr(e, "title", "") or getattr(e, "product", "")
    )
    name = name or getattr(e, "system", "") or _short(getattr(e, "description", ""))
    return name or e.id


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


def names_of(e: m.Evidence) -> list[str]:
    """The names by which a sentence may mention a piece of evidence."""
    fields = ("name", "title", "product", "partner", "system")
    return [v for f in fields if isinstance(v := getattr(e, f, None), str) and v]


def mentioned(text: str, e: m.Evidence) -> bool:
    lowered = text.lower()
    return any(
        re.search(rf"(?<!\w){re.escape(n.lower())}(?!\w)", lowered) for n in names_of(e)
    )


def prefer(
    text: str, candidates: Sequence[m.Evidence], links: Iterable[str]
) -> list[str]:
    """The receipts for a claim: those it names, else those its item links, else all."""
    named = [e.id for e in candidates if mentioned(text, e)]
    if named:
        return named
    linked = set(links)
    return [e.id for e in candidates if e.id in linked] or [e.id for e in candidates]
