"""/healthz answers 'ok' without the database, the cache or a session: the
load balancers' check and the benchmark's ceiling."""

from django.test import Client


def test_healthz_is_ok_without_queries_or_cookies():
    # No django_db mark: any query would raise.
    response = Client().get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert response["Content-Type"] == "text/plain"
    assert "no-cache" in response["Cache-Control"]
    assert not response.cookies


def test_healthz_refuses_writes():
    assert Client().post("/healthz").status_code == 405
