"""Admin template tags for AI-claim findings: the reviewer's list."""

from django import template
from django.urls import reverse
from django.utils.translation import get_language

from careers import verdicts
from careers.models import ClaimsVerdict

register = template.Library()


@register.inclusion_tag("careers/admin/review_findings.html")
def claims_review_findings(task_state):
    """The findings on the version a reviewer is deciding on (the page's
    latest revision, which approval publishes), from its stored verdict."""
    page = task_state.workflow_state.content_object
    revision = page.get_latest_revision()
    verdict = ClaimsVerdict.objects.filter(revision=revision).first()
    if revision is not None and not verdicts.is_current(verdict):
        # saved before verdicts were stored, or reached against other evidence
        verdict = verdicts.store(revision)
    findings = verdicts.findings_in(verdict, get_language())
    return {
        "title": page.get_admin_display_title(),
        "findings": sorted(findings, key=lambda f: f["severity"] != "block"),
        "blocks": verdict.blocks if verdict else 0,
        "warnings": verdict.warnings if verdict else 0,
        "content_language": page.locale.language_code,
        # outside the editor, "Cite evidence" leads to the page's claims panel
        "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
    }
