"""Parsing a careers-claims-bundle/1 dict into the engine's dataclasses."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from . import model as m
from .validate import BundleError, parse_date, validate_bundle

__all__ = ["BundleError", "parse_bundle", "validate_bundle"]


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


def _milestone(d: dict[str, Any]) -> m.RoadmapMilestone:
    return m.RoadmapMilestone(
        id=d["id"],
        title=d["title"],
        status=d["status"],
        departments=tuple(d["departments"]),
        target_date=_d(d.get("target_date")),
        delivered_on=_d(d.get("delivered_on")),
        owner_team=d.get("owner_team"),
        description=d.get("description", ""),
    )


def _team(d: dict[str, Any]) -> m.Team:
    members = tuple(
        m.TeamMember(
            name=x["name"],
            role=x["role"],
            technical_lead=x.get("technical_lead", False),
            interviewer=x.get("interviewer", False),
        )
        for x in d["members"]
    )
    return m.Team(
        id=d["id"],
        name=d["name"],
        members=members,
        headcount=d.get("headcount"),
        description=d.get("description", ""),
    )


def _story(d: dict[str, Any]) -> m.ImpactStory:
    metrics = tuple(
        m.Metric(
            name=x["name"],
            value=x["value"],
            baseline=x.get("baseline"),
            unit=x.get("unit", ""),
            measured_on=_d(x.get("measured_on")),
        )
        for x in d["metrics"]
    )
    return m.ImpactStory(
        id=d["id"],
        product=d["product"],
        technique=d["technique"],
        metrics=metrics,
        title=d.get("title", ""),
        in_production_since=_d(d.get("in_production_since")),
        decision_support=d.get("decision_support", False),
    )


def _activity(d: dict[str, Any]) -> m.CommunityActivity:
    return m.CommunityActivity(
        id=d["id"],
        kind=d["kind"],
        title=d["title"],
        date=parse_date(d["date"]),  # type: ignore[arg-type]  # validated
        url=d.get("url"),
        partner=d.get("partner"),
    )


def _data_asset(d: dict[str, Any]) -> m.DataAsset:
    return m.DataAsset(
        id=d["id"],
        name=d["name"],
        description=d.get("description", ""),
        volume=d.get("volume", ""),
        access=d.get("access", ""),
    )


def _resource(d: dict[str, Any]) -> m.Resource:
    return m.Resource(id=d["id"], kind=d["kind"], description=d["description"])


def _recognition(d: dict[str, Any]) -> m.Recognition:
    return m.Recognition(
        id=d["id"],
        title=d["title"],
        date=parse_date(d["date"]),  # type: ignore[arg-type]  # validated
        issuer=d.get("issuer", ""),
        url=d.get("url"),
    )


def _hiring(d: dict[str, Any]) -> m.HiringAICompliance:
    return m.HiringAICompliance(
        id=d["id"],
        system=d["system"],
        human_oversight=d["human_oversight"],
        reviewed_on=parse_date(d["reviewed_on"]),  # type: ignore[arg-type]
        reviewer=d.get("reviewer", ""),
        url=d.get("url"),
    )


_PARSERS: dict[str, Callable[[dict[str, Any]], m.Evidence]] = {
    "roadmap_milestone": _milestone,
    "team": _team,
    "impact_story": _story,
    "community_activity": _activity,
    "data_asset": _data_asset,
    "resource": _resource,
    "recognition": _recognition,
    "hiring_ai_compliance": _hiring,
}
