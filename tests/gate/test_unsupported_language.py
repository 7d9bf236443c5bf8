"""A page in a language the claim checker has no lexicon for is not passed
silently: the editor is told its claims were not checked, and the setting
CAREERS["CLAIMS"]["UNSUPPORTED_LANGUAGE"] decides whether that blocks."""

import pytest
from django.test import override_settings
from wagtail.models import Locale

from careers import evidence
from tests import factories

from .conftest import UNBACKED

LANGUAGES = [("en", "English"), ("de", "German"), ("fr", "French")]


@pytest.fixture
def french_job(home):
    with override_settings(LANGUAGES=LANGUAGES, WAGTAIL_CONTENT_LANGUAGES=LANGUAGES):
        french = Locale.objects.create(language_code="fr")
        job = factories.job(home, "Préparateur", live=False)
        job.locale = french
        job.introduction = UNBACKED
        yield job


def findings(job) -> dict[str, str]:
    report = evidence.page_report(job)
    return {f.rule: f.severity for f in report.findings}


def test_by_default_it_blocks_publishing(french_job):
    report = evidence.page_report(french_job)
    assert not report.publishable
    assert findings(french_job)["language.unsupported"] == "block"
    message = next(f for f in report.findings if f.rule == "language.unsupported")
    assert message.message


def test_a_host_may_let_it_through_with_a_warning(french_job):
    with override_settings(CAREERS={"CLAIMS": {"UNSUPPORTED_LANGUAGE": "warn"}}):
        assert findings(french_job)["language.unsupported"] == "warn"


def test_english_and_german_pages_are_checked_as_before(home):
    job = factories.job(home, "Recruiter", live=False, introduction=UNBACKED)
    assert "language.unsupported" not in findings(job)
    assert not evidence.page_report(job).publishable
