"""The careers-claims-bundle/1 format: validation messages, parsing, export."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

import pytest

from careers.claims import (
    Bundle,
    BundleError,
    Item,
    Organisation,
    bundle_to_dict,
    parse_bundle,
    validate_bundle,
)
from tests.claims.builders import rich_evidence


def minimal() -> dict[str, Any]:
    return {
        "format": "careers-claims-bundle/1",
        "as_of": "2026-11-27",
        "organisation": {"name": "Nordlicht", "claimed_maturity": "operational"},
        "items": [
            {
                "id": "job-ml",
                "kind": "job_post",
                "language": "de",
                "title": "ML Engineer",
                "text": "Du baust Modelle.",
                "links": ["m-eta"],
            }
        ],
        "evidence": [
            {
                "id": "m-eta",
                "type": "roadmap_milestone",
                "title": "ETA",
                "status": "delivered",
                "departments": ["Logistics"],
            },
            {"id": "team-x", "type": "team", "name": "X", "members": []},
            {
                "id": "story-x",
                "type": "impact_story",
                "product": "P",
                "technique": "T",
                "metrics": [{"name": "m", "value": 1}],
            },
        ],
    }


def test_a_valid_bundle_has_no_problems() -> None:
    assert validate_bundle(minimal()) == []
    bundle = parse_bundle(minimal())
    assert bundle.as_of == date(2026, 11, 27)
    assert bundle.items[0].texts == {"text": "Du baust Modelle."}
    assert bundle.items[0].links == ("m-eta",)


@pytest.mark.parametrize(
    ("path", "value", "problem"),
    [
        (
            ("evidence", 0, "status"),
            "done",
            "evidence[0].status: 'done' is not one of planned, in_progress, "
            "delivered, cancelled",
        ),
        (("format",), "v2", "format: expected 'careers-claims-bundle/1', got 'v2'"),
        (("as_of",), "2026-13-01", "as_of: '2026-13-01' is not a valid date"),
        (("items", 0, "kind"), "blog", "items[0].kind: 'blog' is not one of"),
        (("items", 0, "id"), "bad id!", "items[0].id: 'bad id!' is not a valid id"),
        (("items", 0, "text"), 3, "items[0].text: expected a string, got a number"),
        (("items", 0, "is_ai_role"), "yes", "items[0].is_ai_role: expected a boolean"),
        (("evidence", 1, "headcount"), -1, "evidence[1].headcount: must be 0 or more"),
        (("evidence", 1, "headcount"), True, "evidence[1].headcount: expected an int"),
        (("evidence", 2, "metrics", 0, "value"), "1", "metrics[0].value: expected a n"),
        (("organisation", "claimed_maturity"), "great", "is not one of exploring"),
        (("evidence", 0, "type"), "rumour", "evidence[0].type: 'rumour' is not one"),
    ],
)
def test_problems_name_their_json_path(path, value, problem: str) -> None:
    data = minimal()
    node: Any = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    problems = validate_bundle(data)
    assert any(problem in p for p in problems), problems
    with pytest.raises(BundleError) as info:
        parse_bundle(data)
    assert info.value.problems == problems


def test_missing_and_unexpected_properties() -> None:
    data = minimal()
    del data["items"][0]["title"]
    data["items"][0]["colour"] = "red"
    problems = validate_bundle(data)
    assert "items[0].title: required property is missing" in problems
    assert "items[0].colour: unexpected property" in problems


def test_urls_must_be_http() -> None:
    data = minimal()
    data["evidence"].append(
        {
            "id": "rec",
            "type": "recognition",
            "title": "Award",
            "date": "2026-01-01",
            "url": "ftp://example.com",
        }
    )
    assert validate_bundle(data) == [
        "evidence[3].url: 'ftp://example.com' is not an http(s) URL"
    ]


def test_repeated_ids_and_dangling_links_are_invalid() -> None:
    data = minimal()
    data["evidence"][1]["id"] = "m-eta"
    data["items"][0]["links"] = ["m-eta", "nowhere"]
    problems = validate_bundle(data)
    assert "evidence[1].id: id 'm-eta' repeats evidence[0].id" in problems
    assert "items[0].links[1]: 'nowhere' names no evidence" in problems


def test_an_id_that_is_no_string_is_a_problem_not_a_crash() -> None:
    """Found by the property test: an evidence id given as a list (or an
    object) is named as a problem of its path; links are still checked."""
    data = minimal()
    data["evidence"][1]["id"] = ["m-eta"]
    data["items"][0]["links"] = ["nowhere"]
    problems = validate_bundle(data)
    assert any(p.startswith("evidence[1].id") for p in problems), problems
    assert "items[0].links[0]: 'nowhere' names no evidence" in problems
    with pytest.raises(BundleError):
        parse_bundle(data)


def test_repeated_links_are_invalid() -> None:
    data = minimal()
    data["items"][0]["links"] = ["m-eta", "m-eta"]
    assert validate_bundle(data) == ["items[0].links[1]: 'm-eta' is repeated"]


@pytest.mark.parametrize("data", [None, [], "x", 3, {"format": 1}, {"items": {}}])
def test_non_bundles_are_problems_not_crashes(data: Any) -> None:
    assert validate_bundle(data)
    with pytest.raises(BundleError):
        parse_bundle(data)


def test_nan_is_not_a_number() -> None:
    data = minimal()
    data["evidence"][2]["metrics"][0]["value"] = float("nan")
    assert validate_bundle(data) == [
        "evidence[2].metrics[0].value: expected a finite number, got nan"
    ]


def test_export_round_trips() -> None:
    data = minimal()
    bundle = parse_bundle(data)
    assert parse_bundle(bundle_to_dict(bundle)) == bundle
    assert bundle_to_dict(bundle)["items"] == data["items"]


def test_export_of_rich_evidence_round_trips_and_validates() -> None:
    item = Item(
        id="p",
        kind="page",
        language="en",
        title="T",
        texts={"text": "x"},
        data_access="events",
        resources="GPUs",
        is_ai_role=True,
        links=("team-ds",),
    )
    bundle = Bundle(
        items=(item,),
        evidence=rich_evidence(),
        organisation=Organisation("N", "scaling"),
        as_of=date(2026, 1, 1),
    )
    data = bundle_to_dict(bundle)
    assert validate_bundle(data) == []
    assert parse_bundle(copy.deepcopy(data)) == bundle


def test_several_texts_are_joined_with_a_blank_line() -> None:
    item = Item("p", "page", "en", "T", {"intro": "One.", "body": "", "more": "Two."})
    data = bundle_to_dict(Bundle(items=(item,)))
    assert data["items"][0]["text"] == "One.\n\nTwo."
