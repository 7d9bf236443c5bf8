"""Relevance: evidence backs a claim only when it is about what the claim is
about, or when the item cites it for that claim."""

from __future__ import annotations

import pytest

from careers.claims import Citation, ImpactStory, Metric, Team, TeamMember
from tests.claims.builders import (
    AS_OF,
    activity,
    blocked_kinds,
    milestone,
    page,
    rules,
    run,
    story,
    team,
)

LATE = story()  # "Nordlicht ETA": late deliveries 12 % -> 8.4 % (-30 %)
CUSTOMS = ImpactStory(
    id="story-customs",
    product="Customs document reader",
    technique="OCR and a language model",
    metrics=(Metric("manual customs checks", 40.0, 100.0, "%", AS_OF),),
    in_production_since=AS_OF.replace(year=2025),
)


def receipts(report, kind: str, item: str = "p1") -> list[str]:
    return [list(c.backed_by) for c in report.items[item].claims if c.kind == kind][0]


# gaming: a number copied from evidence about something else ----------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Our AI-powered matching engine cut time-to-hire by 30 %.", "en"),
        ("Unsere KI-gestützte Matching-Engine senkt die Time-to-Hire um 30 %.", "de"),
    ],
)
def test_a_number_copied_from_an_unrelated_metric_is_not_backed(text, language):
    """30 % equals the late-deliveries change, but the sentence is about hiring:
    the number is not backed, and the message never says to change it."""
    report = run(page(text, language), evidence=(LATE, milestone()))
    assert "impact" in blocked_kinds(report, "p1")
    numbers = [f for f in report.items["p1"].findings if "number" in f.rule]
    assert [f.rule for f in numbers] == ["impact.number_not_relevant"]
    finding = numbers[0]
    assert "matching" in {w.lower() for w in finding.subjects}
    assert "30 %" in finding.message
    assert "change" not in finding.fix.lower() or "sentence" in finding.fix.lower()
    assert "late deliveries" not in finding.message + finding.fix
    assert receipts(report, "impact") == []


def test_the_same_number_about_the_metric_it_describes_is_backed() -> None:
    report = run(page("Our AI cut late deliveries by 30 %."), evidence=(LATE,))
    assert report.items["p1"].publishable
    assert receipts(report, "impact") == ["story-eta"]


def test_a_relevant_metric_that_says_otherwise_names_what_it_says() -> None:
    report = run(page("Our AI cut late deliveries by 45 %."), evidence=(LATE,))
    [finding] = report.items["p1"].findings
    assert finding.rule == "impact.number_unbacked"
    assert "late deliveries" in finding.details and "30 %" in finding.details
    assert "percentage points" in finding.details


# gaming: a named system backed by a story about something else ---------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Our NLP model answers every question in the customer service desk.", "en"),
        ("Unser NLP-Modell beantwortet jede Frage im Kundenservice.", "de"),
    ],
)
def test_a_system_is_not_backed_by_a_story_about_another(text, language) -> None:
    report = run(page(text, language), evidence=(CUSTOMS,))
    assert rules(report, "p1") == {"capability.not_relevant"}
    [finding] = report.items["p1"].findings
    assert finding.evidence_types == ("impact_story", "roadmap_milestone")
    assert "Cite" in finding.fix or "Ordnen Sie" in finding.fix


def test_citing_the_right_evidence_makes_the_claim_pass() -> None:
    text = "Our NLP model answers every question in the customer service desk."
    helpdesk = milestone(
        "m-desk", "delivered", ("Customer Service",), title="Answer drafts"
    )
    assert run(page(text), evidence=(CUSTOMS, helpdesk)).items["p1"].publishable
    cited = page(text, citations=(Citation(text, ("story-customs",)),))
    report = run(cited, evidence=(CUSTOMS,))
    assert report.items["p1"].publishable
    [claim] = report.items["p1"].claims
    assert claim.backed_by == ("story-customs",) and claim.cited == ("story-customs",)


def test_a_department_of_several_words_meets_only_as_a_whole_or_a_synonym() -> None:
    desk = milestone("m-desk", "delivered", ("Customer Service",), title="Drafts")
    whole = run(page("Our AI helps customer service."), evidence=(desk,))
    assert whole.items["p1"].publishable
    german = run(page("Unsere KI hilft im Kundenservice.", "de"), evidence=(desk,))
    assert german.items["p1"].publishable
    part = run(page("Our AI helps every customer."), evidence=(desk,))
    assert rules(part, "p1") == {"capability.not_relevant"}


# gaming: a specialty team that does not exist --------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Our NLP team of 9 builds the farmer chatbot.", "en"),
        ("Unser NLP-Team aus 9 Fachleuten baut den Chatbot.", "de"),
    ],
)
def test_a_specialty_no_team_has_blocks_even_with_a_matching_headcount(
    text, language
) -> None:
    report = run(page(text, language), evidence=(team(), milestone()))
    assert "team.no_specialty_team" in rules(report, "p1")
    finding = next(f for f in report.items["p1"].findings if f.kind == "team")
    assert [w.upper() for w in finding.subjects] == ["NLP"]
    assert "headcount" not in finding.fix.lower()


def test_a_team_whose_roles_meet_the_specialty_backs_it() -> None:
    nlp = Team(
        "team-nlp",
        "Language Technology",
        (
            TeamMember("Ana", "NLP Lead", technical_lead=True, interviewer=True),
            TeamMember("Bo", "NLP Engineer"),
        ),
        headcount=9,
    )
    report = run(page("Our NLP team of 9 works in Hamburg."), evidence=(nlp,))
    assert report.items["p1"].publishable
    assert receipts(report, "team") == ["team-nlp"]


@pytest.mark.parametrize(
    "text",
    [
        "Our AI team of 9 works in Hamburg.",
        "Unser KI-Team aus 9 Fachleuten sitzt in Hamburg.",
        "Das Data-Science-Team aus 9 Fachleuten sitzt in Hamburg.",
        "Our growing machine learning team of 9 works in Hamburg.",
    ],
)
def test_ai_or_size_words_name_no_specialty(text: str) -> None:
    report = run(page(text), evidence=(team(),))
    assert report.items["p1"].publishable


def test_a_headcount_of_another_team_is_no_backing_for_a_specialty() -> None:
    """The contract's example: "NLP team of 7", only a crop team has 7."""
    crop = Team(
        "team-crop",
        "Crop Analytics",
        (
            TeamMember("Jana", "Lead Data Scientist", technical_lead=True),
            TeamMember("Piet", "Robotics Engineer", interviewer=True),
        ),
        headcount=7,
    )
    report = run(
        page("Our NLP team of 7 engineers builds a chatbot."), evidence=(crop,)
    )
    assert "team" in blocked_kinds(report, "p1")


# words meet through stems, compounds, umlauts and synonyms --------------------


@pytest.mark.parametrize(
    ("text", "language", "title"),
    [
        ("Our AI spots weeds between the rows.", "en", "Weed detection on robots"),
        (
            "Unsere KI-Feldroboter erkennen Unkraut.",
            "de",
            "Weed detection on field robots",
        ),
        ("Wir planen Touren mit KI.", "de", "Route planning for all vans"),
        ("Our AI plans every route.", "en", "Tourenplanung für alle Depots"),
        (
            "Unsere KI übernimmt die Qualitaetspruefung.",
            "de",
            "Qualitätsprüfung im Werk",
        ),
        ("Our AI reads customs documents.", "en", "Zolldokumente automatisch lesen"),
    ],
)
def test_words_meet_across_inflection_compounds_and_languages(
    text, language, title
) -> None:
    report = run(page(text, language), evidence=(milestone(title=title),))
    assert report.items["p1"].publishable, report.items["p1"].findings


def test_a_clipped_compound_part_does_not_meet_a_full_word() -> None:
    """ "Quali-" in "Quali- und Sicherheitsprüfung" is no "Qualitätsmanagement"."""
    text = "Unsere KI übernimmt die Quali- und Sicherheitsdokumentation."
    evidence = (milestone(title="Qualitätsmanagement"),)
    assert rules(run(page(text, "de"), evidence=evidence), "p1") == {
        "capability.not_relevant"
    }


def test_a_claim_without_subject_words_is_met_by_any_accepted_evidence() -> None:
    report = run(page("Wir setzen auf KI."), evidence=(CUSTOMS,))
    assert report.items["p1"].publishable


def test_the_organisation_name_is_not_a_subject_word() -> None:
    """ "Nordlicht" names the organisation: it meets no story by its product name."""
    report = run(page("Nordlicht uses AI every day."), evidence=(CUSTOMS,))
    assert report.items["p1"].publishable


# citations ---------------------------------------------------------------------


def test_a_stale_citation_is_ignored_and_warned_about() -> None:
    item = page(
        "Our AI keeps the crop rows clean.",
        citations=(Citation("Our AI keeps every crop row clean.", ("story-customs",)),),
    )
    report = run(item, evidence=(CUSTOMS,))
    assert rules(report, "p1") == {"citation.stale", "capability.not_relevant"}
    stale = next(f for f in report.items["p1"].findings if f.rule == "citation.stale")
    assert stale.severity == "warn" and "every crop row" in stale.message


def test_a_citation_does_not_lift_the_kind_rule() -> None:
    """Cited evidence is relevant whatever the words, but a story not yet in
    production still proves no AI in use."""
    planned = story("story-later", live=False)
    text = "Our AI keeps the crop rows clean."
    item = page(text, citations=(Citation(text, ("story-later",)),))
    assert rules(run(item, evidence=(planned,)), "p1") == {"capability.no_evidence"}


def test_receipts_list_only_relevant_evidence() -> None:
    other = story("story-other", product="Route Planner", metric="empty kilometres")
    report = run(page("Our AI cut late deliveries by 30 %."), evidence=(LATE, other))
    assert receipts(report, "capability") == ["story-eta"]


def test_community_claim_naming_a_partner_needs_an_activity_naming_it() -> None:
    text = "Mit der TU München forschen wir an KI für die Tourenplanung."
    hamburg = activity(
        "university_partnership", partner="Universität Hamburg", url=None
    )
    report = run(page(text, "de"), evidence=(hamburg,))
    assert rules(report, "p1") == {"community.not_relevant"}
    munich = activity("university_partnership", partner="TU München", url=None)
    assert run(page(text, "de"), evidence=(munich,)).items["p1"].publishable
