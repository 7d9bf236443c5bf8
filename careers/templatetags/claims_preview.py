"""{% claims_preview_findings page %}: in a preview, the checker's findings on
the page as it would be published, for the editor and the Checks panel."""

from django import template

from careers.admin import gate

register = template.Library()


@register.inclusion_tag("careers/admin/preview_findings.html", takes_context=True)
def claims_preview_findings(context, page=None):
    request = context.get("request")
    page = page or context.get("page")
    if not getattr(request, "is_preview", False) or not gate.is_gated(page):
        return {"show": False}
    verdict = gate.page_verdict(page)
    return {
        "show": True,
        "blocks": verdict.blocks,
        "warnings": verdict.warnings,
        "text": gate.finding_text,
        "findings": [
            (f, gate.finding_text(f)) for f in [*verdict.blocks, *verdict.warnings]
        ],
    }
