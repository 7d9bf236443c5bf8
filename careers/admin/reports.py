"""Oversight: every careers page the user may edit with its claim status, in
the Reports menu (filters, sortable columns, CSV and XLSX exports) and as
totals on the dashboard. Statuses come from verdicts stored when each
revision was saved (careers.verdicts): loading the report checks nothing."""

from __future__ import annotations

import django_filters
from django import forms
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language, override
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets import HeaderButton
from wagtail.models import Page

from careers.compat import NumberColumn
from careers.models import TeamPage
from careers.selectors.careers_pages import careers_page_models, careers_pages
from careers.selectors.claims_report import (
    STATUS_LABELS,
    ClaimRow,
    claims_report,
    rows,
)

__all__ = ["ClaimsReportView", "ClaimsSummaryPanel", "careers_pages"]


def neutralise_formula(value):
    """Spreadsheet apps run cells starting with = + - @ as formulas."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _page_types(request=None):
    return ContentType.objects.filter(
        pk__in=[ContentType.objects.get_for_model(m).pk for m in careers_page_models()]
    )


class ClaimsReportFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Claim status"),
        field_name="claims_status",
        choices=list(STATUS_LABELS.items()),
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    page_type = django_filters.ModelChoiceFilter(
        label=_("Page type"), field_name="content_type", queryset=_page_types
    )
    team = django_filters.ModelChoiceFilter(
        label=_("Team"),
        method="filter_team",
        queryset=lambda request: TeamPage.objects.order_by("locale_id", "title"),
    )
    has_override = django_filters.BooleanFilter(
        label=_("Approved by a reviewer despite findings"), field_name="has_override"
    )
    stale = django_filters.BooleanFilter(
        label=_("Relies on stale evidence"), method="filter_stale"
    )

    class Meta:
        model = Page
        fields = []

    def filter_team(self, queryset, name, value):
        """A team's own page, its jobs and its stories."""
        return queryset.filter(team=value.pk) if value else queryset

    def filter_stale(self, queryset, name, value):
        if value is None:
            return queryset
        return (
            queryset.filter(shown_stale__gt=0)
            if value
            else queryset.filter(shown_stale=0)
        )


class UntranslatedColumn(Column):
    """What a page in another language shows untranslated, one per line."""

    cell_template_name = "careers/admin/includes/untranslated_cell.html"


class ClaimsReportView(ReportView):
    page_title = _("AI claims")
    header_icon = "warning"
    index_url_name = "careers_claims_report"
    index_results_url_name = "careers_claims_report_results"
    filterset_class = ClaimsReportFilterSet
    paginate_by = 50
    default_ordering = ("status_rank", "-shown_blocks", "title")
    list_export = [
        "title",
        "page_type",
        "language",
        "team",
        "status",
        "blocks",
        "warnings",
        "stale",
        "first_finding",
        "reason",
        "reviewer",
        "checked_at",
        "untranslated_text",
        "url",
    ]
    export_headings = {
        "title": _("Title"),
        "page_type": _("Type"),
        "language": _("Language"),
        "team": _("Team"),
        "status": _("Claim status"),
        "blocks": _("Blocking findings"),
        "warnings": _("Warnings"),
        "stale": _("Stale evidence"),
        "first_finding": _("First finding"),
        "reason": _("Reviewer's reason"),
        "reviewer": _("Reviewer"),
        "checked_at": _("Checked"),
        "untranslated_text": _("Shown untranslated"),
        "url": _("URL"),
    }

    @property
    def columns(self):
        return [
            TitleColumn(
                "title",
                label=_("Page"),
                get_url=lambda row: row.edit_url,
                sort_key="title",
            ),
            Column("page_type", label=_("Type")),
            Column("language", label=_("Language"), sort_key="locale__language_code"),
            Column("team", label=_("Team")),
            Column("status", label=_("Claim status"), sort_key="status_rank"),
            NumberColumn("blocks", label=_("Blocking"), sort_key="shown_blocks"),
            NumberColumn("warnings", label=_("Warnings"), sort_key="shown_warnings"),
            NumberColumn("stale", label=_("Stale evidence"), sort_key="shown_stale"),
            Column("first_finding", label=_("First finding")),
            Column("reason", label=_("Reviewer's reason")),
            Column("reviewer", label=_("Reviewer")),
            DateColumn("checked_at", label=_("Checked")),
            UntranslatedColumn("untranslated", label=_("Shown untranslated")),
        ]

    def get_base_queryset(self):
        return claims_report(self.request.user)

    def get_valid_orderings(self):
        return [*super().get_valid_orderings(), self.default_ordering]

    def order_queryset(self, queryset):
        ordering = self.ordering
        if isinstance(ordering, str):
            ordering = (ordering, "title")
        return queryset.order_by(*ordering)

    def paginate_queryset(self, queryset, page_size):
        paginator, page, object_list, paginated = super().paginate_queryset(
            queryset, page_size
        )
        return paginator, page, self.decorate_paginated_queryset(object_list), paginated

    def decorate_paginated_queryset(self, object_list):
        """Rows for one page of results (all of them for an export)."""
        pages = list(object_list)
        if pages and isinstance(pages[0], ClaimRow):
            return pages
        return rows(pages, language=get_language(), request=self.request)

    @property
    def header_buttons(self):
        """The downloads in plain sight, not under "…"."""
        return [
            HeaderButton(
                _("Download CSV"), url=self.csv_export_url, icon_name="download"
            ),
            HeaderButton(
                _("Download XLSX"), url=self.xlsx_export_url, icon_name="download"
            ),
        ]

    @property
    def header_more_buttons(self):
        return []

    def get_heading(self, queryset, field):
        return str(self.export_headings.get(field, field))

    def stream_csv(self, queryset):
        """Wagtail streams the CSV after the view has returned, when the
        editor's language is no longer active: write each line in it."""
        return in_language(super().stream_csv(queryset), get_language())

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return neutralise_formula(str(value) if value is not None else "")


def in_language(lines, language):
    while True:
        with override(language):
            line = next(lines, None)
        if line is None:
            return
        yield line


def report_url(**filters) -> str:
    url = reverse("careers_claims_report")
    return f"{url}?{urlencode(filters)}" if filters else url


class ClaimsSummaryPanel(Component):
    """Dashboard totals, each linking to the report filtered to it."""

    name = "careers_claims_summary"
    order = 50
    template_name = "careers/admin/claims_summary_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        report = claims_report(self.request.user)
        totals = dict(
            report.order_by()
            .values_list("claims_status")
            .annotate(n=Count("pk"))
            .values_list("claims_status", "n")
        )
        unsubstantiated = rows(
            list(report.filter(claims_status="unsubstantiated").order_by("title")[:10]),
            language=get_language(),
            request=self.request,
        )
        lines = [
            (code, totals[code], str(label), report_url(status=code))
            for code, label in STATUS_LABELS.items()
            if totals.get(code)
        ]
        return {
            "pages": sum(totals.values()),
            "lines": lines,
            "unsubstantiated": unsubstantiated,
            "stale_url": report_url(stale="true"),
            "stale": report.filter(shown_stale__gt=0).count(),
            "report_url": report_url(),
        }
