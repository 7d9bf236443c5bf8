"""The OpenAPI document and the docs, served from our own static files."""

import json

import pytest
import yaml
from django.contrib.staticfiles import finders

from tests import factories


def test_schema_is_openapi_3_json_and_documents_every_endpoint(client, home):
    response = client.get("/api/v1/schema/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.oai.openapi+json")
    schema = json.loads(response.content)
    assert schema["openapi"].startswith("3.")
    paths = set(schema["paths"])
    assert {
        "/api/v1/jobs/",
        "/api/v1/jobs/{key}/",
        "/api/v1/jobs/changes/",
        "/api/v1/teams/",
        "/api/v1/roadmap/",
        "/api/v1/stories/",
        "/api/v1/community/",
        "/api/v1/claims/check",
    } <= paths
    params = {p["name"] for p in schema["paths"]["/api/v1/jobs/"]["get"]["parameters"]}
    assert {"q", "team", "country", "language", "salary_min", "updated_since"} <= params
    assert {"cursor", "page_size", "ordering"} <= params
    assert "ApiKey" in schema["components"]["securitySchemes"]


def test_schema_examples_hold_no_site_content(client, home):
    """Examples are made up, never read from the database."""
    factories.job(home, "Zorblax draft", key="job-zorblax", live=False)
    factories.team(home, "Quuxteam", key="team-quux")
    body = client.get("/api/v1/schema/").content.decode()
    assert "Zorblax" not in body and "zorblax" not in body
    assert "example.com" in body


def test_docs_are_served_without_a_cdn(client, home):
    response = client.get("/api/v1/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "/api/v1/schema/" in html
    assert "cdn." not in html and "unpkg" not in html and "jsdelivr" not in html
    assert finders.find("drf_spectacular_sidecar/redoc/bundles/redoc.standalone.js")
    swagger = client.get("/api/v1/docs/try/")
    assert swagger.status_code == 200 and "cdn." not in swagger.content.decode()


def test_schema_and_docs_need_no_global_drf_settings(client, home, settings):
    """A host without DRF or drf-spectacular settings gets our API's own
    document (not its other DRF views, such as Wagtail's admin API) and docs
    from local files."""
    settings.REST_FRAMEWORK = {}
    settings.SPECTACULAR_SETTINGS = {}
    response = client.get("/api/v1/schema/")
    assert response.status_code == 200
    schema = json.loads(response.content)
    assert schema["info"]["title"] == "Careers API"
    assert "/api/v1/jobs/" in schema["paths"]
    assert all(path.startswith("/api/v1/") for path in schema["paths"])
    for url in ("/api/v1/docs/", "/api/v1/docs/try/"):
        docs = client.get(url)
        assert docs.status_code == 200
        assert "drf_spectacular_sidecar/" in docs.content.decode()
        assert "cdn." not in docs.content.decode()


@pytest.mark.parametrize(
    "accept",
    [
        "",
        "*/*",
        "application/json",
        "application/vnd.oai.openapi+json",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    ],
)
def test_schema_is_json_to_json_readers(client, home, accept):
    """Browsers, ``*/*`` and JSON types get JSON (a generic ``Accept``
    header is no reason for a 406)."""
    headers = {"HTTP_ACCEPT": accept} if accept else {}
    response = client.get("/api/v1/schema/", **headers)
    assert response.status_code == 200, response.content
    assert "json" in response["Content-Type"]
    assert json.loads(response.content)["openapi"].startswith("3.")


@pytest.mark.parametrize(
    ("accept", "content_type"),
    [
        ("application/yaml", "application/yaml"),
        ("application/x-yaml", "application/x-yaml"),
        ("text/yaml", "text/yaml"),
        ("application/vnd.oai.openapi", "application/vnd.oai.openapi"),
    ],
)
def test_schema_is_yaml_to_yaml_readers(client, home, accept, content_type):
    response = client.get("/api/v1/schema/", HTTP_ACCEPT=accept)
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith(content_type)
    assert yaml.safe_load(response.content)["openapi"].startswith("3.")


def test_schema_caches_each_format_apart(client, home):
    """JSON and YAML have their own ETag and cached body, and say they vary
    by ``Accept``."""
    as_json = client.get("/api/v1/schema/", HTTP_ACCEPT="application/json")
    as_yaml = client.get("/api/v1/schema/", HTTP_ACCEPT="application/yaml")
    again = client.get("/api/v1/schema/", HTTP_ACCEPT="application/json")
    assert as_json["ETag"] != as_yaml["ETag"] and again["ETag"] == as_json["ETag"]
    assert "Accept" in as_yaml["Vary"] and "Accept" in again["Vary"]
    assert not as_yaml.content.lstrip().startswith(b"{")
    assert again.content == as_json.content
    not_modified = client.get(
        "/api/v1/schema/",
        HTTP_ACCEPT="application/yaml",
        HTTP_IF_NONE_MATCH=as_json["ETag"],
    )
    assert not_modified.status_code == 200
