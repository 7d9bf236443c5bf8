"""The engine as a whole: fields, as_of, the report formats."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from careers.claims import (
    Bundle,
    Item,
    Organisation,
    bundle_to_dict,
    check,
    parse_bundle,
    report_to_dict,
    report_to_text,
)
from tests.claims.builders import job, page, rich_evidence, run, story

FIELDS = {
    "intro": "<p>We use machine learning in all hubs.</p>",
    "body": "<p>Our AI cut late deliveries by 50 %.</p><ul><li>It is great.</li></ul>",
    "outro": "We host AI hackathons. It cut costs by 12 %.",
    "empty": "",
    "more": "Unser KI-Team aus 20 Expertinnen entwickelt Modelle.",
}


def verdict(report, item_id: str):
    r = report.items[item_id]
    kinds = {f.kind for f in r.findings if f.blocks}
    return r.publishable, kinds, sorted(c.kind for c in r.claims)


@pytest.mark.parametrize("kind", ["page", "job_post"])
def test_separate_fields_and_joined_export_give_one_verdict(kind: str) -> None:
    """What the checker says about a page equals what it says about its bundle."""
    item = Item("x", kind, "en", "ML at Nordlicht", FIELDS, links=("story-eta",))
    bundle = Bundle(items=(item,), evidence=rich_evidence(), as_of=date(2026, 11, 27))
    exported = parse_bundle(bundle_to_dict(bundle))
    assert verdict(check(bundle), "x") == verdict(check(exported), "x")
    assert exported.items[0].texts.keys() == {"text"}


def test_findings_name_their_field_and_offsets() -> None:
    item = Item("x", "page", "en", "Why us", FIELDS)
    report = check(
        Bundle(items=(item,), evidence=rich_evidence()), as_of=date(2026, 11, 27)
    )
    by_field = {f.field: f for f in report.items["x"].findings}
    body = by_field["body"]
    assert (
        FIELDS["body"][body.start : body.end] == "Our AI cut late deliveries by 50 %."
    )
    assert body.sentence == "Our AI cut late deliveries by 50 %."
    assert by_field["more"].kind == "team"


def test_title_data_access_and_resources_are_checked() -> None:
    item = page(
        "Welcome.",
        title="The leading AI employer",
        data_access="Our AI learns from one of the largest datasets in Europe.",
    )
    report = run(item, evidence=(story(),))
    fields = {(f.field, f.kind) for f in report.items["p1"].findings}
    assert ("title", "superlative") in fields
    assert ("data_access", "data") in fields


def test_job_title_naming_an_ai_role_is_no_claim() -> None:
    report = run(job("You help customers.", title="Machine Learning Engineer (m/w/d)"))
    assert report.items["j1"].claims == ()


def test_as_of_comes_from_argument_then_bundle_then_today() -> None:
    activity_day = date(2026, 5, 10)
    item = page("We regularly host hackathons on AI.")
    bundle = Bundle(items=(item,), evidence=rich_evidence(), as_of=date(2026, 11, 27))
    assert check(bundle).as_of == date(2026, 11, 27)
    assert check(bundle).items["p1"].publishable
    later = check(bundle, as_of=activity_day + timedelta(days=800))
    assert not later.items["p1"].publishable
    undated = Bundle(items=(item,), evidence=())
    assert check(undated).as_of == date.today()


def test_language_is_guessed_when_missing() -> None:
    item = Item(
        "x", "page", "", "Über uns", {"text": "Wir setzen KI in der Disposition ein."}
    )
    report = check(Bundle(items=(item,)), as_of=date(2026, 1, 1))
    assert report.items["x"].findings[0].message.startswith("Dieser Satz")


def test_report_dict_has_the_contract_shape() -> None:
    report = run(page("Our AI cut late deliveries by 50 %."), evidence=(story(),))
    data = report_to_dict(report)
    json.dumps(data)
    assert set(data) == {"publishable", "organisation", "items", "maturity"}
    assert data["publishable"] is False
    item = data["items"]["p1"]
    assert set(item) == {"publishable", "findings", "claims"}
    assert set(item["findings"][0]) == {
        "item",
        "kind",
        "severity",
        "rule",
        "field",
        "start",
        "end",
        "sentence",
        "message",
        "fix",
        "details",
        "subjects",
        "evidence_types",
    }
    assert set(item["claims"][0]) == {
        "kind",
        "field",
        "start",
        "end",
        "sentence",
        "backed_by",
        "cited",
    }
    assert data["maturity"] == {"claimed": None, "evidenced": 3}


def test_text_report_shows_verdicts_findings_and_receipts() -> None:
    report = run(
        page("Our AI cut late deliveries by 50 %.", id="bad"),
        page("We use AI to predict late deliveries.", id="good"),
        evidence=(story(),),
    )
    text = report_to_text(report)
    assert "bad: BLOCKED" in text and "good: publishable" in text
    assert "impact.number_unbacked" in text and "Fix:" in text
    assert "Details: What the measurements say: late deliveries" in text
    assert "backed by story-eta" in text


def test_the_checker_never_changes_content() -> None:
    item = page("<p>Our AI cut costs by 50 %.</p>")
    bundle = Bundle(items=(item,), evidence=(story(),))
    before = bundle_to_dict(bundle)
    check(bundle)
    assert bundle_to_dict(bundle) == before


def test_a_lowercase_organisation_name_opening_a_sentence_marks_it() -> None:
    """ "deepset" writes itself in lowercase; a sentence opens with "Deepset"."""
    item = Item("p", "page", "de", "", {"body": "Nordwind gilt als Adresse für KI."})
    bundle = Bundle(items=(item,), organisation=Organisation(name="nordwind"))
    report = check(bundle, as_of=date(2026, 12, 1))
    assert report.items["p"].claims


def claims_on_the_page_of(org: str, language: str, body: str) -> list:
    """The claims of one page of `org` with `body`, without evidence."""
    item = Item("p", "page", language, "", {"body": body})
    bundle = Bundle(items=(item,), organisation=Organisation(name=org))
    return check(bundle, as_of=date(2026, 12, 1)).items["p"].claims


def test_a_declined_adjective_in_the_organisations_name_still_names_it() -> None:
    """ "Friesische Datenwerft" is "der Friesischen Datenwerft" in the dative."""
    body = "Die Teams der Friesischen Datenwerft für KI stellten ihre Themen vor."
    assert claims_on_the_page_of("Friesische Datenwerft für KI", "de", body)


@pytest.mark.parametrize(
    ("language", "body", "second"),
    [
        (
            "de",
            "Unsere KI-Agenten beantworten Anrufe. Über 1.000 Kunden nutzen die "
            "Plattform täglich.",
            "Über 1.000",
        ),
        (
            "en",
            "Our AI agents answer calls. Over 1,000 customers use the platform daily.",
            "Over 1,000",
        ),
    ],
)
def test_a_number_said_of_the_ai_named_before_continues_its_sentence(
    language: str, body: str, second: str
) -> None:
    """ "die Plattform", "dazu" refer back to the AI sentence: its number is
    read with it, even when the sentence does not open with "Sie", "It"."""
    item = Item("p", "page", language, "", {"body": body})
    report = check(Bundle(items=(item,)), as_of=date(2026, 12, 1)).items["p"]
    start = body.index(second)
    assert any(
        f.blocks and f.kind == "impact" and f.end > start for f in report.findings
    )


@pytest.mark.parametrize(
    "body",
    [
        "Acme AI is hiring engineers to build our payments platform.",
        "Join Acme AI as a senior backend engineer.",
        "Acme AI builds payment software for small shops.",
    ],
)
def test_an_ai_term_only_in_the_organisations_brand_name_claims_nothing(
    body: str,
) -> None:
    """ "Acme AI" is a name: a sentence whose only AI term is inside it says
    nothing about the organisation's use of AI. A name that says what the
    organisation is for ("Datenwerft für KI", above) still does."""
    assert not claims_on_the_page_of("Acme AI", "en", body)


def test_an_ai_term_beside_the_brand_name_still_claims() -> None:
    body = "Acme AI uses machine learning to route every payment."
    assert claims_on_the_page_of("Acme AI", "en", body)
