"""`manage.py check` names what a host forgot, with a careers.* id and the fix."""

import os
import subprocess
import sys

from django.conf import settings
from django.core import checks
from django.test import override_settings

from careers import checks as careers_checks


def ids(messages) -> list[str]:
    return [m.id for m in messages]


def test_our_host_passes_every_check():
    messages = checks.run_checks()
    assert [m for m in messages if m.id.startswith("careers.")] == []


def test_a_forgotten_app_is_named():
    """`manage.py check` of a host without wagtail.contrib.settings (which
    answered every admin page with a 500) fails and names the app."""
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": f"{__package__}.forgot_an_app_settings",
        },
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
        check=False,
    )
    assert result.returncode == 1
    assert "careers.E001" in result.stderr
    assert "Add 'wagtail.contrib.settings' to INSTALLED_APPS" in result.stderr


def test_templates_outside_the_app_directories_are_an_error():
    engine = {**settings.TEMPLATES[0], "APP_DIRS": False, "DIRS": []}
    with override_settings(TEMPLATES=[engine]):
        assert ids(careers_checks.templates()) == ["careers.E002"]


def test_a_layout_that_does_not_exist_is_an_error():
    with override_settings(CAREERS={"TEMPLATES": {"LAYOUT": "site/layout.html"}}):
        messages = careers_checks.templates()
    assert ids(messages) == ["careers.E004"]
    assert "site/layout.html" in messages[0].msg


def test_a_mistyped_setting_is_named():
    with override_settings(CAREERS={"PAGE": {}, "API": {"ANON_RATES": 5}}):
        messages = careers_checks.careers_settings()
    assert ids(messages) == ["careers.E003", "careers.E003"]
    assert "'PAGE'" in messages[0].msg
    assert "'ANON_RATES'" in messages[1].msg


def test_without_the_finish_action_approvals_are_warned_about():
    with override_settings(WAGTAIL_FINISH_WORKFLOW_ACTION=None):
        messages = careers_checks.workflow_finish_action()
    assert ids(messages) == ["careers.W001"]
    assert careers_checks.FINISH_ACTION in messages[0].hint


def test_without_the_request_context_processor_it_warns():
    options = {
        "context_processors": [
            p
            for p in settings.TEMPLATES[0]["OPTIONS"]["context_processors"]
            if not p.endswith(".request")
        ]
    }
    engine = {**settings.TEMPLATES[0], "OPTIONS": options}
    with override_settings(TEMPLATES=[engine]):
        assert ids(careers_checks.templates()) == ["careers.W002"]


def test_the_unsupported_language_setting_is_block_or_warn():
    with override_settings(CAREERS={"CLAIMS": {"UNSUPPORTED_LANGUAGE": "ignore"}}):
        messages = careers_checks.unsupported_language_setting()
    assert ids(messages) == ["careers.E005"]
    with override_settings(CAREERS={"CLAIMS": {"UNSUPPORTED_LANGUAGE": "warn"}}):
        assert careers_checks.unsupported_language_setting() == []
