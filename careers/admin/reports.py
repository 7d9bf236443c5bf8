"""Oversight: every careers page with its claim status, in the Reports menu
(CSV and XLSX exports) and as totals on the dashboard."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.core.cache import cache
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from careers import evidence
from careers.compat import NumberColumn
from careers.models import ClaimsOverride, JobPostingPage
from careers.models.pages_base import CareersBasePage

STATUS_LABELS = {
    "unsubstantiated": _("Unsubstantiated while live"),
    "blocked": _("Blocked (draft)"),
    "overridden": _("Live by reviewer override"),
    "ok": _("Publishable"),
}
STATUS_ORDER = list(STATUS_LABELS)

JOB_LINKS = (
    "team__members__person",
    "story_links__story__metrics",
    "milestone_links__milestone__departments",
    "data_asset_links__data_asset",
    "resource_links__resource",
)


@dataclass(frozen=True)
class ClaimRow:
    """One page's claim status: plain values, cached per content version."""

    pk: int
    title: str
    page_type: str
    language: str
    url: str
    status_code: str
    blocks: int
    warnings: int
    stale: int

    @property
    def status(self) -> str:
        return str(STATUS_LABELS[self.status_code])

    @property
    def edit_url(self) -> str:
        return reverse("wagtailadmin_pages:edit", args=[self.pk])


def careers_pages() -> list[CareersBasePage]:
    """Every careers page as stored: the live version of live pages, the
    latest draft of the others (Wagtail keeps drafts of unpublished pages in
    the page row)."""
    models = [m for m in _page_models() if m is not JobPostingPage]
    pages = list(Page.objects.type(*models).select_related("locale").specific())
    pages += JobPostingPage.objects.select_related("locale", "team").prefetch_related(
        *JOB_LINKS
    )
    return sorted(pages, key=lambda p: (p.locale.language_code, p.path))


def _page_models() -> list[type[CareersBasePage]]:
    from django.apps import apps

    return [
        m
        for m in apps.get_app_config("careers").get_models()
        if issubclass(m, CareersBasePage)
    ]


ROWS_CACHE_KEY = "careers:claims-report:{version}"


def claim_rows() -> list[ClaimRow]:
    """Every careers page's claim status, cached until the content changes."""
    from careers import versioning

    key = ROWS_CACHE_KEY.format(version=versioning.current().token)
    rows = cache.get(key)
    if rows is None:
        rows = compute_claim_rows()
        cache.set(key, rows, 3600)
    return rows


def compute_claim_rows() -> list[ClaimRow]:
    """One checker run over every careers page."""
    pages = careers_pages()
    items = [evidence.replace_id(evidence.page_item(p), str(p.pk)) for p in pages]
    report = evidence.check_items(items)
    stale_ids = Counter(
        f.field for f in report.organisation.findings if f.kind == "stale"
    )
    overridden = set(
        ClaimsOverride.objects.filter(page__live=True).values_list(
            "page_id", "revision_id"
        )
    )
    rows = []
    for page, item in zip(pages, items, strict=True):
        result = report.items[item.id]
        blocks = sum(f.severity == "block" for f in result.findings)
        behind = set(item.links) | {i for c in result.claims for i in c.backed_by}
        rows.append(
            ClaimRow(
                pk=page.pk,
                title=page.title,
                page_type=str(page._meta.verbose_name),
                language=page.locale.language_code,
                url=page.full_url or "",
                status_code=_status(page, blocks, overridden),
                blocks=blocks,
                warnings=sum(f.severity == "warn" for f in result.findings),
                stale=sum(stale_ids[i] for i in behind),
            )
        )
    return rows


def _status(page, blocks: int, overridden: set) -> str:
    if not blocks:
        return "ok"
    if not page.live:
        return "blocked"
    if (page.pk, page.live_revision_id) in overridden:
        return "overridden"
    return "unsubstantiated"


def neutralise_formula(value):
    """Spreadsheet apps run cells starting with = + - @ as formulas."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


class ClaimsReportView(ReportView):
    page_title = _("AI claims")
    header_icon = "warning"
    index_url_name = "careers_claims_report"
    index_results_url_name = "careers_claims_report_results"
    paginate_by = 100
    list_export = [
        "title",
        "page_type",
        "language",
        "status",
        "blocks",
        "warnings",
        "stale",
        "url",
    ]
    export_headings = {
        "title": _("Title"),
        "page_type": _("Type"),
        "language": _("Language"),
        "status": _("Claim status"),
        "blocks": _("Blocking findings"),
        "warnings": _("Warnings"),
        "stale": _("Stale evidence"),
        "url": _("URL"),
    }
    columns = [
        TitleColumn("title", label=_("Page"), get_url=lambda row: row.edit_url),
        Column("page_type", label=_("Type")),
        Column("language", label=_("Language")),
        Column("status", label=_("Claim status")),
        NumberColumn("blocks", label=_("Blocking")),
        NumberColumn("warnings", label=_("Warnings")),
        NumberColumn("stale", label=_("Stale evidence")),
    ]

    def get_queryset(self):
        rows = claim_rows()
        return sorted(
            rows,
            key=lambda r: (STATUS_ORDER.index(r.status_code), -r.blocks, r.title),
        )

    def get_heading(self, queryset, field):
        return str(self.export_headings.get(field, field))

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return neutralise_formula(str(value) if value is not None else "")


class ClaimsSummaryPanel(Component):
    """Dashboard totals with a link to the report."""

    name = "careers_claims_summary"
    order = 50
    template_name = "careers/admin/claims_summary_panel.html"

    def get_context_data(self, parent_context):
        rows = claim_rows()
        totals = Counter(r.status_code for r in rows)
        return {
            "pages": len(rows),
            "publishable": totals["ok"],
            "blocked": totals["blocked"],
            "unsubstantiated": [r for r in rows if r.status_code == "unsubstantiated"],
            "overridden": totals["overridden"],
            "stale": sum(r.stale for r in rows),
            "report_url": reverse("careers_claims_report"),
        }
