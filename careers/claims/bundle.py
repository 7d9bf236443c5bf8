"""Parsing a careers-claims-bundle/1 dict into the engine's dataclasses."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from datetime import date
from typing import Any, TypeVar

from . import model as m
from .validate import BundleError, parse_date, validate_bundle

__all__ = ["BundleError", "parse_bundle", "validate_bundle"]

T = TypeVar("T")


def parse_bundle(data: Any) -> m.Bundle:
    """A valid bundle dict as dataclasses; raises BundleError with every problem."""
    problems = validate_bundle(data)
    if problems:
        raise BundleError(problems)
    org = data.get("organisation")
    as_of = data.get("as_of")
    return m.Bundle(
        items=tuple(_item(i) for i in data["items"]),
        evidence=tuple(_parse_evidence(e) for e in data["evidence"]),
        organisation=_organisation(org) if org is not None else None,
        as_of=parse_date(as_of) if as_of else None,
    )


def _organisation(d: dict[str, Any]) -> m.Organisation:
    return m.Organisation(name=d["name"], claimed_maturity=d.get("claimed_maturity"))


def _item(d: dict[str, Any]) -> m.Item:
    return m.Item(
        id=d["id"],
        kind=d["kind"],
        language=d.get("language", ""),
        title=d["title"],
        texts={"text": d["text"]},
        data_access=d.get("data_access", ""),
        resources=d.get("resources", ""),
        is_ai_role=d.get("is_ai_role", False),
        links=tuple(d.get("links", ())),
        citations=tuple(
            m.Citation(sentence=c["sentence"], evidence=tuple(c["evidence"]))
            for c in d.get("citations", ())
        ),
    )


def _d(value: str | None) -> date | None:
    return parse_date(value) if value else None


def _parse_evidence(d: dict[str, Any]) -> m.Evidence:
    return _PARSERS[d["type"]](d)


def _record(cls: type[T], /, **convert: Callable[[Any], Any]) -> Callable[[dict], T]:
    """A parser of ``cls`` from a validated bundle dict: each field of
    ``cls`` the dict holds, through ``convert[name]`` where given; a field
    the dict leaves out keeps the dataclass's default."""
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type]

    def parse(d: dict[str, Any]) -> T:
        return cls(**{k: convert.get(k, _as_is)(v) for k, v in d.items() if k in names})

    return parse


def _each(parse: Callable[[Any], T]) -> Callable[[list], tuple[T, ...]]:
    return lambda values: tuple(parse(v) for v in values)


def _as_is(value: Any) -> Any:
    return value


_PARSERS: dict[str, Callable[[dict[str, Any]], m.Evidence]] = {
    "roadmap_milestone": _record(
        m.RoadmapMilestone, departments=tuple, target_date=_d, delivered_on=_d
    ),
    "team": _record(m.Team, members=_each(_record(m.TeamMember))),
    "impact_story": _record(
        m.ImpactStory,
        metrics=_each(_record(m.Metric, measured_on=_d)),
        in_production_since=_d,
    ),
    "community_activity": _record(m.CommunityActivity, date=_d),
    "data_asset": _record(m.DataAsset),
    "resource": _record(m.Resource),
    "recognition": _record(m.Recognition, date=_d),
    "hiring_ai_compliance": _record(m.HiringAICompliance, reviewed_on=_d),
}
