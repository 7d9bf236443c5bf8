"""Security headers and cookies under the real production settings (in a
process of their own, as `check --deploy` runs in tests/config): HTTPS only
with HSTS, nosniff, a referrer policy, frame denial, the CSP on public pages
and not on the admin, secure and HTTP-only cookies."""

import json
import os
import subprocess
import sys

import pytest

from .servers import ROOT

PROBE = r"""
import json
from django.conf import settings
from django.test import Client

client = Client()
def headers(path, secure=True):
    response = client.get(path, secure=secure)
    found = {k.lower(): v for k, v in response.items()}
    return {"status": response.status_code, **found}

print(json.dumps({
    "robots": headers("/robots.txt"),
    "robots_http": headers("/robots.txt", secure=False),
    "healthz_http": headers("/healthz", secure=False),
    "admin": headers("/admin/"),
    "settings": {
        name: getattr(settings, name)
        for name in (
            "SESSION_COOKIE_SECURE", "SESSION_COOKIE_HTTPONLY", "CSRF_COOKIE_SECURE",
            "SECURE_HSTS_SECONDS", "DEBUG",
        )
    },
}))
"""


@pytest.fixture(scope="module")
def production(tmp_path_factory):
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        DJANGO_SECRET_KEY="k" * 20 + "Zq8_vX2-pL9wR4tY6uI0oP3aS5dF7gH1",
        DJANGO_ALLOWED_HOSTS="testserver",
        DATABASE_URL=f"sqlite:///{tmp_path_factory.mktemp('prod')}/db.sqlite3",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", PROBE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_https_only_with_hsts(production):
    assert production["robots_http"]["status"] == 301
    assert production["robots_http"]["location"].startswith("https://")
    assert production["healthz_http"]["status"] == 200  # load balancers
    hsts = production["robots"]["strict-transport-security"]
    assert "max-age=31536000" in hsts and "includeSubDomains" in hsts


def test_public_pages_carry_the_hardening_headers(production):
    robots = production["robots"]
    assert robots["status"] == 200
    assert robots["x-content-type-options"] == "nosniff"
    assert robots["referrer-policy"] == "strict-origin-when-cross-origin"
    assert robots["x-frame-options"] == "DENY"
    csp = robots["content-security-policy"]
    for directive in (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "object-src 'none'",
        "frame-ancestors 'none'",
        "base-uri 'self'",
    ):
        assert directive in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp


def test_the_admin_is_outside_the_csp_but_not_frameable(production):
    admin = production["admin"]
    assert admin["status"] == 302  # to the login page
    assert "content-security-policy" not in admin
    assert admin["x-frame-options"] == "DENY"


def test_cookies_are_secure_and_http_only(production):
    assert production["settings"] == {
        "SESSION_COOKIE_SECURE": True,
        "SESSION_COOKIE_HTTPONLY": True,
        "CSRF_COOKIE_SECURE": True,
        "SECURE_HSTS_SECONDS": 31536000,
        "DEBUG": False,
    }
