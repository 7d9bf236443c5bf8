"""The publish gate: one question ("may this page go live?") asked on every
road to live, always through ``careers.evidence``."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Page, Revision

from careers import claims, evidence
from careers.models import ClaimsOverride
from careers.models.pages_base import CareersBasePage

logger = logging.getLogger("careers.gate")

#: Where a finding that is not about a sentence belongs in the editor.
RULE_FIELDS = {
    "ai_role.no_technical_lead": "team",
    "ai_role.no_interviewer": "team",
    "ai_role.no_data_access": "data_access",
    "ai_role.no_resources": "resources",
}


class ClaimsBlocked(ValidationError):
    """Raised where a page would go live with a blocking finding."""

    def __init__(self, page: Page, report: claims.ItemReport):
        self.page, self.report = page, report
        lines = [finding_text(f) for f in blocking(report)]
        super().__init__(
            _("“%(title)s” cannot go live: %(findings)s")
            % {"title": page.title, "findings": " · ".join(lines)}
        )


@dataclass(frozen=True)
class Verdict:
    report: claims.ItemReport

    @property
    def blocks(self) -> list[claims.Finding]:
        return blocking(self.report)

    @property
    def warnings(self) -> list[claims.Finding]:
        return [f for f in self.report.findings if f.severity == "warn"]

    @property
    def publishable(self) -> bool:
        return self.report.publishable


def blocking(report: claims.ItemReport) -> list[claims.Finding]:
    return [f for f in report.findings if f.severity == "block"]


def finding_text(finding: claims.Finding) -> str:
    """“Sentence”: what is wrong. How to fix it."""
    parts = []
    if finding.sentence:
        parts.append(f"“{finding.sentence}”:")
    parts.append(finding.message)
    if finding.fix:
        parts.append(finding.fix)
    return " ".join(parts)


def form_field_for(finding: claims.Finding, fields) -> str | None:
    """The form field beside which a finding is shown (None: above the form)."""
    name = RULE_FIELDS.get(finding.rule, finding.field)
    return name if name in fields else None


def is_gated(page: Page) -> bool:
    return isinstance(page, CareersBasePage)


def page_verdict(
    page: CareersBasePage, *, links=None, pool=None, language: str | None = None
) -> Verdict:
    """``language``: the reader's, for the messages (sentences stay as written)."""
    return Verdict(
        evidence.page_report(page, links=links, pool=pool, language=language)
    )


def reader_language(request=None) -> str:
    """The admin user's language, in which findings are shown: their chosen
    admin language, else the admin's current one. A preview renders the page
    in the page's language, so there the site's default stands in."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        from wagtail.users.models import UserProfile

        chosen = UserProfile.get_for_user(user).preferred_language
        if chosen:
            return chosen[:2]
    if request is not None and getattr(request, "is_preview", False):
        return settings.LANGUAGE_CODE[:2]
    return (get_language() or settings.LANGUAGE_CODE)[:2]


def has_override(page: Page, revision: Revision | None) -> bool:
    return bool(
        revision
        and ClaimsOverride.objects.filter(page_id=page.pk, revision=revision).exists()
    )


def ensure_publishable(page: Page, *, revision: Revision | None = None) -> None:
    """The last safety net: raise ClaimsBlocked unless ``page`` may go live.

    A reviewer's recorded override of this very revision lets it through."""
    if not is_gated(page):
        return
    verdict = page_verdict(page)
    if verdict.publishable or has_override(page, revision):
        return
    logger.warning(
        "Blocked publishing of %r (page %s): %s",
        page.title,
        page.pk,
        [f.rule for f in verdict.blocks],
    )
    raise ClaimsBlocked(page, verdict.report)
