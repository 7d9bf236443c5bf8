"""docs/claims-bundle.schema.json describes the bundles the module reads and
writes: it accepts an exported site and the documented example (citations
included), and refuses what the checker's validator refuses."""

import json
import re
from pathlib import Path

import jsonschema
import pytest

from careers import claims
from careers.services.bundles import export_bundle
from tests import factories

DOCS = Path(__file__).resolve().parents[2] / "docs"
SCHEMA = json.loads((DOCS / "claims-bundle.schema.json").read_text())


def documented_example() -> dict:
    text = (DOCS / "claims.md").read_text()
    section = text[text.index("## The bundle format") :]
    return json.loads(re.search(r"```json\n(.*?)```", section, re.DOTALL).group(1))


def schema_problems(data) -> list[str]:
    validator = jsonschema.Draft202012Validator(SCHEMA)
    return [error.message for error in validator.iter_errors(data)]


def test_the_schema_is_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_the_documented_example_is_valid_with_its_citations():
    example = documented_example()
    assert example["items"][0]["citations"]
    assert schema_problems(example) == []
    assert claims.validate_bundle(example) == []


def test_an_exported_site_is_valid(home):
    team = factories.team(home)
    factories.story(home, "Fewer late deliveries", team=team)
    factories.job(home, "Planner", team_page=team)
    data = export_bundle(include_drafts=True)
    assert data["items"] and data["evidence"]
    assert schema_problems(data) == []


@pytest.mark.parametrize(
    "change",
    [
        lambda b: b["evidence"][1].update(status="done"),
        lambda b: b["items"][0].update(kind="article"),
        lambda b: b["items"][0]["citations"][0].update(evidence=[]),
        lambda b: b["evidence"][0].update(headcount=-1),
        lambda b: b.update(format="careers-claims-bundle/2"),
        lambda b: b["items"][0].update(surprise=True),
    ],
    ids=["status", "item-kind", "empty-citation", "headcount", "format", "extra"],
)
def test_what_the_validator_refuses_the_schema_refuses(change):
    example = documented_example()
    example["evidence"].append(
        {"id": "m-1", "type": "roadmap_milestone", "title": "ETA", "status": "planned",
         "departments": []}
    )  # fmt: skip
    example["evidence"].insert(1, example["evidence"].pop())
    change(example)
    assert claims.validate_bundle(example) != []
    assert schema_problems(example) != []
