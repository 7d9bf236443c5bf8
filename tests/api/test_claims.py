"""POST /api/v1/claims/check: the claim checker over HTTP, for keys with the
claims:check right; 400 with the problems, 413 over 1 MiB."""

import io
import json

import pytest
from django.core.management import call_command
from django.test import override_settings

from careers.models import ApiKey

URL = "/api/v1/claims/check"

BUNDLE = {
    "format": "careers-claims-bundle/1",
    "as_of": "2026-11-27",
    "organisation": {"name": "Nordlicht Logistik GmbH"},
    "items": [
        {
            "id": "job-eta",
            "kind": "job_post",
            "language": "en",
            "title": "Route Planner",
            "text": "Our AI-powered routing plans every delivery. "
            "ML cut late deliveries by 30 %.",
            "links": ["story-eta"],
        },
        {
            "id": "job-hype",
            "kind": "job_post",
            "language": "en",
            "title": "Analyst",
            "text": "We are the leading AI company in Europe.",
        },
    ],
    "evidence": [
        {
            "id": "story-eta",
            "type": "impact_story",
            "product": "Nordlicht ETA",
            "technique": "gradient-boosted trees",
            "in_production_since": "2025-06-01",
            "decision_support": False,
            "metrics": [
                {
                    "name": "late deliveries",
                    "baseline": 12.0,
                    "value": 8.4,
                    "unit": "%",
                    "measured_on": "2026-09-30",
                }
            ],
        }
    ],
}


def post(api, body, key=None, **extra):
    headers = {"X-Api-Key": key} if key else {}
    data = body if isinstance(body, bytes) else json.dumps(body)
    return api.post(
        URL, data=data, content_type="application/json", headers=headers, **extra
    )


def cli_report(bundle: dict, tmp_path) -> dict:
    path = tmp_path / "bundle.json"
    path.write_text(json.dumps(bundle))
    out = io.StringIO()
    with pytest.raises(SystemExit):
        call_command("check_claims", str(path), "--format", "json", stdout=out)
    return json.loads(out.getvalue())


def test_report_equals_the_command_line_verdict(api, claims_key, tmp_path):
    response = post(api, BUNDLE, claims_key)
    assert response.status_code == 200, response.content
    report = response.json()
    assert report["items"]["job-eta"]["claims"][0]["backed_by"] == ["story-eta"]
    hype = report["items"]["job-hype"]
    assert hype["publishable"] is False
    assert any(f["kind"] == "superlative" for f in hype["findings"])
    assert report["publishable"] is False
    assert report == cli_report(BUNDLE, tmp_path)


def test_invalid_bundle_lists_its_problems(api, claims_key):
    bad = {**BUNDLE, "evidence": [{**BUNDLE["evidence"][0], "type": "rumour"}]}
    response = post(api, bad, claims_key)
    assert response.status_code == 400
    problems = response.json()["problems"]
    assert problems and all(isinstance(p, str) for p in problems)
    assert any("evidence[0]" in p for p in problems)


@pytest.mark.parametrize("body", [b"{not json", b"", b"NaN", "ä".encode("latin-1")])
def test_a_body_that_is_not_json_is_a_400(api, claims_key, body):
    response = post(api, body, claims_key)
    assert response.status_code == 400 and response.json()["problems"]


def test_a_body_over_1_mib_is_refused_before_parsing(api, claims_key):
    big = b'{"pad": "' + b"x" * (1024 * 1024) + b'"}'
    assert post(api, big, claims_key).status_code == 413


def test_without_a_key_401_and_without_the_right_403(api, db):
    assert post(api, BUNDLE).status_code == 401
    _key, plaintext = ApiKey.issue(name="Reader")
    assert post(api, BUNDLE, plaintext).status_code == 403


def test_revoked_key_cannot_check(api, claims_key):
    ApiKey.objects.get().revoke()
    assert post(api, BUNDLE, claims_key).status_code == 401


def test_claim_checks_are_rate_limited_per_key(api, claims_key):
    with override_settings(CAREERS={"API": {"CLAIMS_RATE": 1}}):
        assert post(api, BUNDLE, claims_key).status_code == 200
        refused = post(api, BUNDLE, claims_key)
    assert refused.status_code == 429 and refused["Retry-After"]
    assert refused["X-RateLimit-Limit"] == "1"
