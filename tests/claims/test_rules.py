"""The evidence each claim kind needs, with the receipts it names."""

from __future__ import annotations

from datetime import date

import pytest

from careers.claims import DataAsset
from careers.claims.lexicon import default_lexicon
from tests.claims.builders import (
    activity,
    blocked_kinds,
    claim_kinds,
    data_asset,
    hiring_record,
    milestone,
    page,
    recognition,
    rich_evidence,
    rules,
    run,
    story,
    team,
)


def receipts(report, kind: str, item: str = "p1") -> list[str]:
    return [list(c.backed_by) for c in report.items[item].claims if c.kind == kind][0]


# capability ---------------------------------------------------------------


def test_capability_is_backed_by_a_story_in_production() -> None:
    text = "We use machine learning to predict late deliveries in all hubs."
    report = run(page(text), evidence=(story(),))
    assert report.items["p1"].publishable
    assert receipts(report, "capability") == ["story-eta"]


def test_capability_is_backed_by_a_delivered_milestone() -> None:
    report = run(page("Wir setzen KI ein."), evidence=(milestone(),))
    assert receipts(report, "capability") == ["m-eta"]


def test_capability_without_evidence_blocks_and_names_what_is_pending() -> None:
    evidence = (story(live=False), milestone(status="in_progress"))
    report = run(page("We use AI to plan every route."), evidence=evidence)
    [finding] = report.items["p1"].findings
    assert finding.rule == "capability.no_evidence"
    assert "\u201cETA prediction in all hubs\u201d" in finding.details
    assert receipts(report, "capability") == []


def test_story_in_production_after_as_of_does_not_count() -> None:
    report = run(
        page("We use AI to plan routes."), evidence=(story(),), as_of=date(2025, 5, 1)
    )
    assert blocked_kinds(report, "p1") == {"capability"}


def test_receipts_prefer_evidence_the_sentence_names() -> None:
    other = story("story-other", product="Route Planner")
    report = run(page("Route Planner uses AI."), evidence=(story(), other))
    assert receipts(report, "capability") == ["story-other"]


def test_receipts_prefer_linked_evidence() -> None:
    other = story("story-other", product="Route Planner")
    item = page("We use AI everywhere.", links=("story-other",))
    report = run(item, evidence=(story(), other))
    assert receipts(report, "capability") == ["story-other"]


# strategy -----------------------------------------------------------------


def test_strategy_needs_three_milestones_two_departments_and_one_going() -> None:
    roadmap = (
        milestone("a", "delivered", ("Logistics",)),
        milestone("b", "planned", ("Finance",)),
        milestone("c", "planned", ("Finance",)),
    )
    text = "We follow a company-wide AI roadmap."
    assert run(page(text), evidence=roadmap).items["p1"].publishable
    assert receipts(run(page(text), evidence=roadmap), "strategy") == ["a", "b", "c"]
    too_few = roadmap[:2] + (milestone("c", "cancelled", ("HR",)),)
    assert "strategy" in blocked_kinds(run(page(text), evidence=too_few), "p1")
    one_department = tuple(milestone(m.id, m.status, ("Logistics",)) for m in roadmap)
    report = run(page(text), evidence=one_department)
    assert "strategy.roadmap_insufficient" in rules(report, "p1")
    nothing_going = tuple(milestone(m.id, "planned", m.departments) for m in roadmap)
    assert "strategy" in blocked_kinds(run(page(text), evidence=nothing_going), "p1")


# plan ---------------------------------------------------------------------


def test_plan_needs_a_planned_or_running_milestone() -> None:
    text = "In 2027 we will bring LLMs to our support desk."
    desk = ("Customer Service",)
    planned = milestone(status="planned", departments=desk)
    assert run(page(text), evidence=(planned,)).items["p1"].publishable
    report = run(
        page(text), evidence=(milestone(status="delivered", departments=desk),)
    )
    assert blocked_kinds(report, "p1") == {"plan"}


# impact and numbers -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "publishable"),
    [
        ("Our AI cut late deliveries by 30 %.", True),
        ("Our AI cut late deliveries by 50 %.", False),
        ("Unsere KI senkt verspätete Lieferungen um 30 Prozent.", True),
        ("Our AI reduced late deliveries by 3.6 percentage points.", True),
        ("Our AI cut late deliveries from 12 % to 8.4 %.", True),
        ("ML made deliveries 3x more punctual.", False),
        ("KI verbessert unseren Service.", True),
    ],
)
def test_impact_numbers(text: str, publishable: bool) -> None:
    report = run(page(text), evidence=(story(),))
    assert report.items["p1"].publishable is publishable
    if not publishable:
        assert blocked_kinds(report, "p1") == {"impact"}


def test_unbacked_number_message_names_the_number_and_the_evidence() -> None:
    report = run(page("Our AI cut late deliveries by 50 %."), evidence=(story(),))
    [finding] = report.items["p1"].findings
    assert finding.rule == "impact.number_unbacked"
    assert "50 %" in finding.message and "\u201clate\u201d" in finding.message
    assert "late deliveries" in finding.details and "30" in finding.details
    assert finding.subjects == ("late", "deliveries")


def test_impact_needs_a_measured_metric() -> None:
    report = run(
        page("KI verbessert unseren Service."), evidence=(story(measured_on=None),)
    )
    assert rules(report, "p1") == {"impact.no_measured_metric"}


def test_number_in_a_capability_claim_must_be_backed() -> None:
    text = "With AI we predict 40 late deliveries a day."
    report = run(page(text), evidence=(story(),))
    assert blocked_kinds(report, "p1") == {"impact"}


def test_continuing_sentence_is_read_with_the_claim() -> None:
    text = "Our AI plans every route. It cut late deliveries by 50 %."
    report = run(page(text), evidence=(story(),))
    [finding] = report.items["p1"].findings
    assert finding.rule == "impact.number_unbacked"
    assert finding.sentence == text
    assert (finding.start, finding.end) == (0, len(text))


def test_a_quotation_goes_on_until_it_closes() -> None:
    """The sentences inside one quotation are one statement: a team sentence
    there is read with the AI sentence that opened the quotation."""
    text = (
        "\u201eUnsere Abteilung arbeitet rund um KI. Wir haben dafür "
        "auch Leute eingestellt\u201c, sagt die Leiterin."
    )
    [finding] = run(page(text, "de")).items["p1"].findings
    assert (finding.start, finding.end) == (0, len(text))


def test_continuation_stops_at_a_paragraph() -> None:
    text = "<p>Our AI predicts late deliveries.</p><p>It cut costs by 50 %.</p>"
    assert run(page(text), evidence=(story(),)).items["p1"].publishable


# team ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "publishable"),
    [
        ("Unser KI-Team aus 9 Expertinnen und Experten entwickelt Modelle.", True),
        ("Unser KI-Team aus 20 Expertinnen und Experten entwickelt Modelle.", False),
        ("Our AI team of 3 builds the models.", True),  # named members
        ("Our AI team of 14 builds the models.", False),
        ("Our AI team of 12 builds the models.", True),  # a metric's baseline is 12
    ],
)
def test_team_headcount(text: str, publishable: bool) -> None:
    report = run(page(text), evidence=(story(), team()))
    assert report.items["p1"].publishable is publishable
    if not publishable:
        assert rules(report, "p1") == {"team.headcount_unbacked"}


def test_team_claim_needs_two_named_members_and_a_technical_lead() -> None:
    text = "Erfahrene KI-Expertinnen und -Experten arbeiten bei uns."
    assert run(page(text), evidence=(team(),)).items["p1"].publishable
    for weak in (team(lead=False), team(members=1)):
        report = run(page(text), evidence=(weak,))
        assert rules(report, "p1") == {"team.no_qualified_team"}


# community ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("We regularly host hackathons on AI.", "hackathon"),
        ("We contribute to open-source ML libraries.", "open_source"),
        ("Mit der Universität Hamburg forschen wir an KI.", "university_partnership"),
        ("Our developers present our AI work at conferences.", "conference_talk"),
        ("We run a monthly AI meetup.", "meetup"),
        ("We publish peer-reviewed papers on machine learning.", "publication"),
    ],
)
def test_community_needs_a_recent_activity_of_each_kind(text: str, kind: str) -> None:
    report = run(page(text), evidence=rich_evidence())
    assert report.items["p1"].publishable
    assert claim_kinds(report, "p1") == {"community"}
    old = run(page(text), evidence=(activity(kind, date(2024, 11, 26)),))
    assert blocked_kinds(old, "p1") == {"community"}
    fix = old.items["p1"].findings[0].fix
    name = default_lexicon().language("en").phrases["kinds"][kind]
    assert name in fix and "2024-11-27" in fix


def test_community_window_is_24_months_inclusive() -> None:
    text = "We regularly host hackathons on AI."
    ok = run(page(text), evidence=(activity("hackathon", date(2024, 11, 27)),))
    assert ok.items["p1"].publishable
    future = run(page(text), evidence=(activity("hackathon", date(2026, 12, 1)),))
    assert not future.items["p1"].publishable


def test_open_source_needs_a_url_and_a_partnership_a_partner() -> None:
    oss = run(
        page("We contribute to open-source ML libraries."),
        evidence=(activity("open_source", url=None),),
    )
    assert "(with a link)" in oss.items["p1"].findings[0].fix
    uni = run(
        page("Mit der Universität Hamburg forschen wir an KI.", "de"),
        evidence=(activity("university_partnership", partner=None),),
    )
    assert blocked_kinds(uni, "p1") == {"community"}


def test_each_named_community_kind_must_be_backed() -> None:
    text = "We host AI hackathons and meetups."
    report = run(page(text), evidence=(activity("hackathon"),))
    [finding] = report.items["p1"].findings
    assert "meetup" in finding.message


# data, superlative, hiring ------------------------------------------------


def test_data_claim_needs_a_data_asset() -> None:
    text = "Our ML models learn from one of Europe's largest logistics datasets."
    evidence = (milestone(),)
    assert blocked_kinds(run(page(text), evidence=evidence), "p1") == {"data"}
    ok = run(page(text), evidence=(*evidence, data_asset()))
    assert ok.items["p1"].publishable


@pytest.mark.parametrize(
    "text",
    [
        "Wir sind der führende KI-Anbieter der Logistikbranche.",
        "Our cutting-edge AI predicts every delivery.",
        "Mit modernster KI sagen wir Ankunftszeiten voraus.",
    ],
)
def test_superlative_needs_a_recent_recognition_with_url(text: str) -> None:
    base = (story(), milestone())
    assert run(page(text), evidence=(*base, recognition())).items["p1"].publishable
    for rec in (recognition(date(2023, 11, 26)), recognition(url=None)):
        report = run(page(text), evidence=(*base, rec))
        assert blocked_kinds(report, "p1") == {"superlative"}


@pytest.mark.parametrize(
    "text",
    [
        "An AI screening tool ranks every application before a recruiter reads it.",
        "KI bewertet Ihre Bewerbung.",
        "Our AI pre-selects applications.",
    ],
)
def test_hiring_ai_needs_a_compliance_record_reviewed_within_a_year(text) -> None:
    base = (story(),)
    assert run(page(text), evidence=(*base, hiring_record())).items["p1"].publishable
    stale = run(page(text), evidence=(*base, hiring_record(date(2025, 11, 26))))
    assert blocked_kinds(stale, "p1") == {"hiring_ai"}
    assert "2025-11-27" in stale.items["p1"].findings[0].fix


def test_messages_follow_the_item_language() -> None:
    report = run(page("Wir setzen KI in der Schadenbearbeitung ein.", "de"))
    finding = report.items["p1"].findings[0]
    assert finding.message.startswith("Dieser Satz")
    assert finding.fix.startswith("Veröffentlichen Sie")


def test_no_message_has_an_unfilled_placeholder() -> None:
    texts = [
        "We use AI.",
        "Our AI-first strategy.",
        "In 2027 we will use LLMs.",
        "Our AI cut costs by 50 %.",
        "Our AI team of 40 is the best.",
        "We host AI hackathons, meetups and talks at conferences.",
        "Our ML learns from our own datasets.",
        "Our AI screens applications.",
    ]
    for language in ("en", "de"):
        items = [page(t, language, id=f"p{i}") for i, t in enumerate(texts)]
        report = run(*items, maturity="transforming")
        for finding in report.findings:
            assert "{" not in finding.message + finding.fix, finding


def test_data_claim_numbers_may_be_backed_by_the_assets_volume() -> None:
    asset = DataAsset(id="d-events", name="Shipment events", volume="2 billion events")
    text = "Our ML models learn from {} shipment events in our datasets."
    tracking = story(metric="late shipments")
    ok = run(page(text.format("2 billion")), evidence=(tracking, asset))
    assert ok.items["p1"].publishable
    bad = run(page(text.format("3 billion")), evidence=(tracking, asset))
    assert rules(bad, "p1") == {"impact.number_unbacked"}
