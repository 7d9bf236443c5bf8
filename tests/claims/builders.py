"""Small builders for claim-checker tests: evidence, items and bundles inline."""

from __future__ import annotations

from datetime import date
from typing import Any

from careers.claims import (
    Bundle,
    CommunityActivity,
    DataAsset,
    HiringAICompliance,
    ImpactStory,
    Item,
    Metric,
    Organisation,
    Recognition,
    Report,
    Resource,
    RoadmapMilestone,
    Team,
    TeamMember,
    check,
)

AS_OF = date(2026, 11, 27)


def story(
    id: str = "story-eta",
    *,
    baseline: float | None = 12.0,
    value: float = 8.4,
    live: bool = True,
    measured_on: date | None = date(2026, 9, 30),
    decision_support: bool = False,
    product: str = "Nordlicht ETA",
    metric: str = "late deliveries",
) -> ImpactStory:
    return ImpactStory(
        id=id,
        product=product,
        technique="gradient-boosted trees",
        metrics=(Metric(metric, value, baseline, "%", measured_on),),
        in_production_since=date(2025, 6, 1) if live else None,
        decision_support=decision_support,
    )


def milestone(
    id: str = "m-eta",
    status: str = "delivered",
    departments: tuple[str, ...] = ("Logistics",),
    target: date | None = date(2026, 3, 31),
    title: str = "ETA prediction in all hubs",
) -> RoadmapMilestone:
    return RoadmapMilestone(
        id=id, title=title, status=status, departments=departments, target_date=target
    )


def team(
    id: str = "team-ds",
    name: str = "Data Science",
    *,
    headcount: int | None = 9,
    lead: bool = True,
    interviewer: bool = True,
    members: int = 3,
) -> Team:
    people = [
        TeamMember("Dr. Anna Weber", "Head of Data Science", lead, interviewer),
        TeamMember("Jonas Keller", "ML Engineer"),
        TeamMember("Mei Lin", "Data Scientist"),
        TeamMember("Ola Berg", "ML Engineer"),
    ][:members]
    return Team(id=id, name=name, members=tuple(people), headcount=headcount)


def activity(
    kind: str = "hackathon",
    day: date = date(2026, 5, 10),
    *,
    id: str | None = None,
    url: str | None = "https://example.com/a",
    partner: str | None = None,
    title: str = "Hack Days",
) -> CommunityActivity:
    return CommunityActivity(
        id=id or f"c-{kind}", kind=kind, title=title, date=day, url=url, partner=partner
    )


def recognition(
    day: date = date(2026, 3, 1), url: str | None = "https://example.com/award"
) -> Recognition:
    return Recognition(id="rec-award", title="Logistics AI Award", date=day, url=url)


def hiring_record(day: date = date(2026, 6, 1)) -> HiringAICompliance:
    return HiringAICompliance(
        id="hai-1",
        system="CV parser",
        human_oversight="A recruiter reads every application.",
        reviewed_on=day,
    )


def data_asset() -> DataAsset:
    return DataAsset(
        id="d-events",
        name="Shipment events",
        description="Scan events of every parcel across our logistics network",
    )


def resource() -> Resource:
    return Resource(id="r-gpu", kind="compute", description="A shared GPU pool")


def rich_evidence() -> tuple[Any, ...]:
    """Evidence that backs every kind of claim (the Nordlicht example, and more)."""
    return (
        milestone(),
        milestone("m-triage", "in_progress", ("Customer Service",), date(2027, 3, 31)),
        milestone("m-staff", "planned", ("Warehousing", "Finance"), date(2027, 9, 30)),
        team(),
        story(),
        activity("hackathon"),
        activity("open_source", date(2026, 8, 1)),
        activity(
            "university_partnership",
            date(2026, 1, 15),
            partner="Universität Hamburg",
            url=None,
        ),
        activity("conference_talk", date(2026, 4, 2)),
        activity("meetup", date(2026, 2, 2)),
        activity("publication", date(2025, 12, 1)),
        data_asset(),
        resource(),
        recognition(),
        hiring_record(),
    )


def page(text: str, language: str = "en", title: str = "Careers", **kw: Any) -> Item:
    return Item(
        id=kw.pop("id", "p1"),
        kind="page",
        language=language,
        title=title,
        texts={"text": text},
        **kw,
    )


def job(text: str, language: str = "en", title: str = "Engineer", **kw: Any) -> Item:
    return Item(
        id=kw.pop("id", "j1"),
        kind="job_post",
        language=language,
        title=title,
        texts={"text": text},
        **kw,
    )


def run(
    *items: Item,
    evidence: tuple[Any, ...] = (),
    maturity: str | None = None,
    as_of: date = AS_OF,
) -> Report:
    org = Organisation("Nordlicht Logistik GmbH", maturity)
    return check(Bundle(items=items, evidence=evidence, organisation=org), as_of=as_of)


def blocked_kinds(report: Report, item_id: str) -> set[str]:
    return {f.kind for f in report.items[item_id].findings if f.blocks}


def claim_kinds(report: Report, item_id: str) -> set[str]:
    return {c.kind for c in report.items[item_id].claims}


def rules(report: Report, item_id: str | None = None) -> set[str]:
    findings = (
        report.organisation.findings
        if item_id is None
        else report.items[item_id].findings
    )
    return {f.rule for f in findings}
