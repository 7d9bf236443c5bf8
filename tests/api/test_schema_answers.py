"""Real answers of the API validate against the OpenAPI document it serves,
read by openapi-core (OpenAPI 3.0 semantics: ``nullable`` counts only where a
``type`` stands beside it), and the document itself passes
openapi-spec-validator."""

import json

import pytest
from openapi_core import OpenAPI
from openapi_core.contrib.django import DjangoOpenAPIRequest, DjangoOpenAPIResponse
from openapi_spec_validator import validate

from tests import factories


@pytest.fixture
def document(api, home) -> dict:
    response = api.get("/api/v1/schema/", HTTP_ACCEPT="application/json")
    assert response.status_code == 200, response.content
    return json.loads(response.content)


@pytest.fixture
def site(home):
    """A job with a team, people, a story and a roadmap milestone, in English
    and German; a job without a team; a German-only job; and the content
    lists' pages."""
    team = factories.team(home, "Logistics", key="team-logistics")
    story = factories.story(home, key="story-eta")
    roadmap = factories.roadmap(home)
    hamburg = factories.location("Hamburg", "DE", postal_code="20457", region="HH")
    planner = factories.job(
        home,
        "Route Planner",
        key="job-planner",
        team_page=team,
        locations=[hamburg],
        interviewers=[factories.person("Mia Brandt", "Team Lead")],
        stories=[story],
        milestones=[roadmap.milestones.first()],
        is_ai_role=True,
    )
    factories.translate(planner, "de", title="Tourenplaner:in")
    factories.job(home, "Night Shift Lead", key="job-teamless", show_salary=False)
    german_only = factories.job(home, "Lagerhelfer:in", key="job-de-only")
    factories.translate(german_only, "de", title="Lagerhelfer:in")
    german_only.unpublish()
    factories.community_page(home)
    factories.activity()
    return home


def check(openapi: OpenAPI, response) -> dict:
    """Validate one real answer (request and response) against the document."""
    assert response.status_code == 200, response.content
    openapi.validate_response(
        DjangoOpenAPIRequest(response.wsgi_request), DjangoOpenAPIResponse(response)
    )
    return response.json()


def test_the_document_is_valid_openapi(document):
    validate(document)


def test_nullable_schemas_are_nullable_in_openapi_3_0(document):
    """``nullable`` without a ``type`` beside it (drf-spectacular's ``allOf``
    + ``nullable`` for a nested serializer) means nothing in 3.0."""
    untyped = [s for s in _nullable_schemas(document) if "type" not in s]
    assert untyped == []
    team = document["components"]["schemas"]["Job"]["properties"]["team"]
    assert {"$ref": "#/components/schemas/PageRef"} in team["oneOf"], team


def _nullable_schemas(node):
    if isinstance(node, dict):
        if node.get("nullable"):
            yield node
        for value in node.values():
            yield from _nullable_schemas(value)
    elif isinstance(node, list):
        for value in node:
            yield from _nullable_schemas(value)


def test_job_answers_validate(api, site, document):
    openapi = OpenAPI.from_dict(document)
    jobs = check(openapi, api.get("/api/v1/jobs/"))["results"]
    assert {j["id"] for j in jobs} >= {"job-planner", "job-teamless"}
    teamless = check(openapi, api.get("/api/v1/jobs/job-teamless/"))
    assert teamless["team"] is None
    assert check(openapi, api.get("/api/v1/jobs/job-planner/"))["team"]
    german = check(openapi, api.get("/api/v1/jobs/job-planner/", {"language": "de"}))
    assert german["language"] == "de"
    check(openapi, api.get("/api/v1/jobs/", {"language": "de", "page_size": 1}))


def test_changes_answers_validate(api, site, document):
    """Upserts carry the job (one without a team too), tombstones ``null``."""
    openapi = OpenAPI.from_dict(document)
    body = check(openapi, api.get("/api/v1/jobs/changes/"))
    factories.job(site, "Picker", key="job-picker")
    factories.job(site, "Packer", key="job-packer").unpublish()
    body = check(openapi, api.get("/api/v1/jobs/changes/", {"since": body["next"]}))
    kinds = {(c["type"], c["id"]) for c in body["changes"]}
    assert ("upsert", "job-picker") in kinds and ("tombstone", "job-packer") in kinds
    assert any(c["job"] and c["job"]["team"] is None for c in body["changes"])


@pytest.mark.parametrize(
    "url",
    ["/api/v1/teams/", "/api/v1/roadmap/", "/api/v1/stories/", "/api/v1/community/"],
)
def test_content_answers_validate(api, site, document, url):
    openapi = OpenAPI.from_dict(document)
    assert check(openapi, api.get(url))["results"]
