"""Who may call what, how often: anonymous reads per IP, partners' keys with
their own limits, revocation at once, 429 with the rate-limit headers."""

import pytest
from django.test import override_settings

from careers.models import ApiKey
from tests import factories

JOBS = "/api/v1/jobs/"


def limits(**api) -> override_settings:
    return override_settings(CAREERS={"API": api})


def test_anonymous_reads_carry_rate_limit_headers(api, home):
    response = api.get(JOBS)
    assert response.status_code == 200
    assert response["X-RateLimit-Limit"] == "120"
    assert response["X-RateLimit-Remaining"] == "119"
    assert int(response["X-RateLimit-Reset"]) > 0


def test_anonymous_limit_gives_429_with_retry_after(api, home):
    with limits(ANON_RATE=2):
        assert api.get(JOBS).status_code == 200
        assert api.get(JOBS).status_code == 200
        refused = api.get(JOBS)
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert refused["X-RateLimit-Remaining"] == "0"
    assert refused["X-RateLimit-Limit"] == "2"


def test_limits_are_per_client_ip(api, home):
    with limits(ANON_RATE=1):
        assert api.get(JOBS, REMOTE_ADDR="10.0.0.1").status_code == 200
        assert api.get(JOBS, REMOTE_ADDR="10.0.0.1").status_code == 429
        assert api.get(JOBS, REMOTE_ADDR="10.0.0.2").status_code == 200


def test_forwarded_for_is_ignored_without_a_configured_proxy(api, home):
    with limits(ANON_RATE=1):
        assert api.get(JOBS, HTTP_X_FORWARDED_FOR="1.1.1.1").status_code == 200
        assert api.get(JOBS, HTTP_X_FORWARDED_FOR="2.2.2.2").status_code == 429


def test_forwarded_for_is_honoured_behind_one_proxy(api, home, settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}
    with limits(ANON_RATE=1):
        assert api.get(JOBS, HTTP_X_FORWARDED_FOR="1.1.1.1").status_code == 200
        assert api.get(JOBS, HTTP_X_FORWARDED_FOR="2.2.2.2").status_code == 200
        assert api.get(JOBS, HTTP_X_FORWARDED_FOR="9.9.9.9, 1.1.1.1").status_code == 429


def test_a_key_has_its_own_higher_limit(api, home, read_key):
    with limits(ANON_RATE=1):
        assert api.get(JOBS).status_code == 200
        assert api.get(JOBS).status_code == 429
        keyed = api.get(JOBS, headers={"Authorization": f"Api-Key {read_key}"})
    assert keyed.status_code == 200
    assert keyed["X-RateLimit-Limit"] == "50"


def test_x_api_key_header_works_too(api, home, read_key):
    response = api.get(JOBS, headers={"X-Api-Key": read_key})
    assert response.status_code == 200 and response["X-RateLimit-Limit"] == "50"


def test_unknown_key_is_refused(api, home):
    response = api.get(JOBS, headers={"Authorization": "Api-Key ck_nope"})
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Api-Key")


def test_revoked_key_is_refused_at_once(api, home, read_key):
    assert api.get(JOBS, headers={"X-Api-Key": read_key}).status_code == 200
    ApiKey.objects.get().revoke()
    assert api.get(JOBS, headers={"X-Api-Key": read_key}).status_code == 401


def test_key_revoked_in_the_admin_is_refused_at_once(api, admin_client, home):
    admin_client.post(
        "/admin/careers_api_keys/new/", {"name": "Board", "rights": ["claims:check"]}
    )
    key = ApiKey.objects.get()
    assert key.key_hash and len(key.key_hash) == 64 and key.prefix.startswith("ck_")
    response = admin_client.post("/admin/careers_api_keys/new/", {"name": "Other"})
    page = response.content.decode().split('id="api-key-value"')[1]
    plaintext = page.split('value="')[1].split('"')[0]
    assert plaintext.startswith("ck_")
    assert plaintext not in str(ApiKey.objects.values_list())
    assert api.get(JOBS, headers={"X-Api-Key": plaintext}).status_code == 200
    other = ApiKey.objects.get(name="Other")
    admin_client.post(f"/admin/careers_api_keys/delete/{other.pk}/")
    assert api.get(JOBS, headers={"X-Api-Key": plaintext}).status_code == 401
    listing = admin_client.get("/admin/careers_api_keys/").content.decode()
    assert "Other" in listing and plaintext not in listing


def test_sessions_and_basic_auth_are_ignored(admin_client, home):
    """A logged-in editor is anonymous to the API: no cookie-based writes."""
    response = admin_client.post(
        "/api/v1/claims/check", {}, content_type="application/json"
    )
    assert response.status_code == 401
    basic = admin_client.post(
        "/api/v1/claims/check",
        {},
        content_type="application/json",
        headers={"Authorization": "Basic YWRtaW46cHc="},
    )
    assert basic.status_code == 401


def test_feeds_are_rate_limited_too(client, home):
    factories.job(home)
    with limits(ANON_RATE=1):
        assert client.get("/feeds/jobs.rss").status_code == 200
        refused = client.get("/feeds/jobs.rss")
    assert refused.status_code == 429 and int(refused["Retry-After"]) >= 1
    assert refused["X-RateLimit-Remaining"] == "0"


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_reads_are_read_only(api, home, method):
    assert getattr(api, method)(JOBS).status_code == 405


def test_a_keys_last_use_is_written_after_the_answer_once_a_minute(api, home, read_key):
    """The first keyed read of a minute notes the use; the write follows the
    answer (when the response is closed); the next reads write nothing."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    key = ApiKey.objects.get(name="Board")
    assert key.last_used_at is None
    with CaptureQueriesContext(connection) as first:
        response = api.get(JOBS, HTTP_X_API_KEY=read_key)
        assert response.status_code == 200
    written = ApiKey.objects.get(pk=key.pk).last_used_at
    assert written is not None
    updates = [q["sql"] for q in first.captured_queries if "UPDATE" in q["sql"]]
    assert len(updates) == 1 and "last_used_at" in updates[0]
    last = [q["sql"] for q in first.captured_queries if "PRAGMA" not in q["sql"]]
    assert "RELEASE SAVEPOINT" in last[-1] or last[-1] == updates[0], last[-3:]
    with CaptureQueriesContext(connection) as again:
        for _ in range(3):
            assert api.get(JOBS, HTTP_X_API_KEY=read_key).status_code == 200
    assert not [q for q in again.captured_queries if "UPDATE" in q["sql"]]
    assert ApiKey.objects.get(pk=key.pk).last_used_at == written
