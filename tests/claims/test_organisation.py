"""AI-role transparency, stated maturity and stale evidence."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.builders import (
    activity,
    data_asset,
    job,
    milestone,
    page,
    resource,
    rich_evidence,
    rules,
    run,
    story,
    team,
)

ML_TEXT = "You will build the models behind Nordlicht ETA. You know scikit-learn."
FULL_LINKS = ("team-ds", "story-eta", "m-eta", "d-events", "r-gpu")


def test_fully_linked_ai_role_is_publishable() -> None:
    item = job(ML_TEXT, title="Machine Learning Engineer (m/w/d)", links=FULL_LINKS)
    report = run(item, evidence=rich_evidence())
    assert report.items["j1"].publishable
    assert report.items["j1"].findings == ()
    assert report.items["j1"].is_ai_role


@pytest.mark.parametrize(
    ("title", "text", "flag"),
    [
        ("Machine Learning Engineer (m/w/d)", "You help our customers.", False),
        ("KI-Entwickler:in", "Du hilfst unseren Kunden.", False),
        (
            "Data Scientist (m/w/d)",
            "Du entwickelst Modelle mit maschinellem Lernen.",
            False,
        ),
        ("Data Scientist", "Experience with LLMs is a plus.", False),
        ("Analyst", "You help our customers.", True),
    ],
)
def test_what_makes_an_ai_role(title: str, text: str, flag: bool) -> None:
    report = run(job(text, title=title, is_ai_role=flag), evidence=rich_evidence())
    assert report.items["j1"].is_ai_role
    assert {"ai_role.no_technical_lead", "ai_role.nothing_in_use"} <= rules(
        report, "j1"
    )


@pytest.mark.parametrize(
    "text",
    [
        "You help our customers by phone and chat. No knowledge of AI is required.",
        "Keine KI-Kenntnisse erforderlich.",
        "Our office in Kiel overlooks the harbour.",
    ],
)
def test_negated_or_absent_ai_makes_no_ai_role(text: str) -> None:
    report = run(job(text, title="Customer Service Agent"), evidence=rich_evidence())
    assert not report.items["j1"].is_ai_role
    assert report.items["j1"].findings == ()


def test_pages_are_never_ai_roles() -> None:
    report = run(page("You have experience with LLMs."), evidence=rich_evidence())
    assert report.items["p1"].findings == ()


def test_team_without_technical_lead_blocks() -> None:
    people = team("team-hr", "People", lead=False)
    item = job(ML_TEXT, title="ML Engineer", links=("team-hr", "story-eta"))
    report = run(item, evidence=(people, story()))
    assert "ai_role.no_technical_lead" in rules(report, "j1")
    assert not report.items["j1"].publishable


def test_team_without_interviewer_blocks() -> None:
    quiet = team(interviewer=False)
    item = job(ML_TEXT, title="ML Engineer", links=("team-ds", "story-eta"))
    report = run(item, evidence=(quiet, story()))
    assert "ai_role.no_interviewer" in rules(report, "j1")
    assert "\u201cData Science\u201d" in report.items["j1"].findings[0].fix


def test_nothing_in_use_blocks_and_names_what_could_be_linked() -> None:
    item = job(ML_TEXT, title="ML Engineer", links=("team-ds", "m-plan"))
    evidence = (team(), story(), milestone("m-plan", "planned"))
    report = run(item, evidence=evidence)
    [finding] = [f for f in report.items["j1"].findings if f.blocks]
    assert finding.rule == "ai_role.nothing_in_use"
    assert "\u201cNordlicht ETA\u201d" in finding.details


def test_missing_context_only_warns() -> None:
    item = job(ML_TEXT, title="ML Engineer", links=("team-ds", "story-eta"))
    report = run(item, evidence=(team(), story(), data_asset(), resource()))
    assert report.items["j1"].publishable
    assert rules(report, "j1") == {
        "ai_role.no_data_access",
        "ai_role.no_resources",
        "ai_role.no_roadmap_milestone",
    }
    texts = job(
        ML_TEXT,
        title="ML Engineer",
        links=("team-ds", "story-eta", "m-eta"),
        data_access="Shipment events since 2019",
        resources="Shared GPU pool",
    )
    report = run(texts, evidence=(team(), story(), milestone()))
    assert report.items["j1"].findings == ()


# maturity -----------------------------------------------------------------

LEVEL_EVIDENCE = {
    1: (milestone("m1", "planned"),),
    2: (milestone("m1", "in_progress"),),
    3: (story(),),
    4: (
        story(),
        story("s2", product="Route Planner"),
        milestone("a", "delivered", ("Logistics", "Finance")),
        milestone("b", "planned", ("HR",)),
    ),
    5: (
        story(),
        story("s2", product="Route Planner", decision_support=True),
        milestone("a", "delivered", ("Logistics", "Finance", "HR")),
    ),
}
LEVELS = ("exploring", "experimenting", "operational", "scaling", "transforming")


@pytest.mark.parametrize("level", [1, 2, 3, 4, 5])
def test_evidenced_maturity_levels(level: int) -> None:
    report = run(evidence=LEVEL_EVIDENCE[level], maturity=LEVELS[level - 1])
    assert report.maturity.evidenced == level
    assert report.maturity.claimed == level
    assert report.organisation.publishable


@pytest.mark.parametrize("level", [1, 2, 3, 4])
def test_overstated_maturity_blocks_the_organisation(level: int) -> None:
    report = run(evidence=LEVEL_EVIDENCE[level], maturity=LEVELS[level])
    [finding] = [f for f in report.organisation.findings if f.kind == "maturity"]
    assert (finding.rule, finding.kind, finding.severity) == (
        "maturity.overstated",
        "maturity",
        "block",
    )
    assert finding.item is None and finding.field == "claimed_maturity"
    assert not report.publishable


def test_level_three_needs_a_measured_metric_in_production() -> None:
    unmeasured = (story(measured_on=None),)
    assert run(evidence=unmeasured).maturity.evidenced == 2
    pilot = (story(live=False),)
    assert run(evidence=pilot).maturity.evidenced == 1


def test_no_stated_maturity() -> None:
    report = run(evidence=())
    assert report.maturity.claimed is None and report.maturity.evidenced == 1
    assert report.publishable


# staleness ----------------------------------------------------------------


def test_overdue_milestone_warns_after_180_days() -> None:
    on_time = milestone("m", "in_progress", target=date(2026, 5, 31))  # 180 days
    late = milestone("late", "planned", target=date(2026, 5, 30))  # 181 days
    done = milestone("done", "delivered", target=date(2020, 1, 1))
    report = run(evidence=(on_time, late, done))
    [finding] = report.organisation.findings
    assert finding.rule == "stale.milestone_overdue" and finding.field == "late"
    assert finding.severity == "warn" and report.publishable


def test_old_community_activity_and_old_metrics_warn() -> None:
    old = activity("meetup", date(2024, 11, 26))
    report = run(
        evidence=(old, story(measured_on=date(2024, 11, 1)), activity("hackathon"))
    )
    assert rules(report) == {"stale.community_activity_old", "stale.metrics_old"}
    assert {f.field for f in report.organisation.findings} == {"c-meetup", "story-eta"}


def test_old_metrics_still_back_claims() -> None:
    report = run(
        page("Our AI cut late deliveries by 30 %."),
        evidence=(story(measured_on=date(2023, 1, 1)),),
    )
    assert report.items["p1"].publishable


def test_hype_sentence_and_hype_title_warn() -> None:
    hype = page("Our AI, ML, GenAI and LLM platform is great.", id="h1")
    title = page("Welcome to the team.", title="AI at Nordlicht", id="h2")
    report = run(hype, title, evidence=rich_evidence())
    assert "stale.hype_sentence" in rules(report, "h1")
    assert rules(report, "h2") == {"stale.hype_title"}
    assert report.items["h2"].findings[0].field == "title"
    assert report.publishable
