"""The publish gate: one question ("may this page go live?") asked on every
road to live, always through ``careers.evidence``. Where and in which
language the admin shows the answer: ``careers.admin.gate``."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.models import Page, Revision

from careers import claims, evidence
from careers.models import ClaimsOverride
from careers.models.pages_base import CareersBasePage

from .errors import ServiceError

logger = logging.getLogger("careers.gate")


class ClaimsBlocked(ServiceError, ValidationError):
    """Raised where a page would go live with a blocking finding (also a
    Django ValidationError: Wagtail's publish views show it as one)."""

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


def is_gated(page: Page) -> bool:
    return isinstance(page, CareersBasePage)


def page_verdict(
    page: CareersBasePage, *, links=None, pool=None, language: str | None = None
) -> Verdict:
    """``language``: the reader's, for the messages (sentences stay as written)."""
    return Verdict(
        evidence.page_report(page, links=links, pool=pool, language=language)
    )


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
