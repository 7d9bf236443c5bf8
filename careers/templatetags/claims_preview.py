"""{% claims_preview_findings page %}: in a preview, the checker's findings on
the page as it would be published, for the editor and the Checks panel. The
same verdict the publish gate reaches, with messages in the editor's admin
language and sentences quoted as the page has them."""

from django import template

from careers import evidence
from careers.admin.gate import reader_language
from careers.selectors.claims_report import finding_line
from careers.services import gate
from careers.verdicts import finding_dicts

register = template.Library()


@register.inclusion_tag("careers/admin/preview_findings.html", takes_context=True)
def claims_preview_findings(context, page=None):
    request = context.get("request")
    page = page or context.get("page")
    if not getattr(request, "is_preview", False) or not gate.is_gated(page):
        return {"show": False}
    language = reader_language(request)
    verdict = gate.page_verdict(page, language=language)
    findings = finding_dicts(verdict.report, evidence.evidence_pool(), page)
    findings.sort(key=lambda f: f["severity"] != "block")  # blocking first
    return {
        "show": True,
        "blocks": len(verdict.blocks),
        "warnings": len(verdict.warnings),
        "findings": [(f, finding_line(f)) for f in findings],
        "reader_language": language,
        "content_language": page.locale.language_code if page.locale_id else "",
    }
