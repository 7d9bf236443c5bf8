"""Admin registration: evidence and shared lists as snippets, a milestone chooser."""

from django.http import Http404
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .admin import citations, impact, review
from .admin.checks import admin_css, editor_js, use_claims_checker
from .admin.choosers import milestone_chooser_viewset, team_chooser_viewset
from .admin.reports import ClaimsReportView, ClaimsSummaryPanel
from .admin.roads import refuse_blocked_bulk_publish
from .models import (
    CommunityActivity,
    Country,
    DataAsset,
    Department,
    HiringAICompliance,
    Location,
    Person,
    Recognition,
    Resource,
)
from .models.pages_base import CareersBasePage
from .page_cache import cached_serve
from .richtext import PublishedPageLinkHandler
from .selectors.visibility import is_in_unpublished_section


class EvidenceGroup(SnippetViewSetGroup):
    menu_label = _("Evidence")
    menu_icon = "tasks"
    menu_order = 210
    items = (
        SnippetViewSet(
            model=CommunityActivity,
            icon="group",
            list_display=["title", "kind", "date", "partner"],
            list_filter=["kind", "locale"],
            search_fields=["title", "partner"],
        ),
        SnippetViewSet(model=DataAsset, icon="table", list_display=["name", "volume"]),
        SnippetViewSet(
            model=Resource,
            icon="cogs",
            list_display=["description", "kind"],
            list_filter=["kind"],
        ),
        SnippetViewSet(
            model=Recognition,
            icon="pick",
            list_display=["title", "kind", "issuer", "date"],
        ),
        SnippetViewSet(
            model=HiringAICompliance,
            icon="warning",
            list_display=["system", "reviewed_on", "reviewer"],
        ),
    )


class ListsGroup(SnippetViewSetGroup):
    menu_label = _("People & places")
    menu_icon = "user"
    menu_order = 220
    items = (
        SnippetViewSet(
            model=Person,
            icon="user",
            list_display=["name", "job_title"],
            search_fields=["name", "job_title"],
        ),
        SnippetViewSet(
            model=Department, icon="folder-inverse", list_display=["name", "name_de"]
        ),
        SnippetViewSet(
            model=Location,
            icon="site",
            list_display=["name", "city", "country"],
            list_filter=["country"],
        ),
        SnippetViewSet(
            model=Country,
            icon="globe",
            list_display=["name", "name_de", "code"],
            search_fields=["name", "name_de", "code"],
        ),
    )


register_snippet(EvidenceGroup)
register_snippet(ListsGroup)


hooks.register("before_bulk_action", refuse_blocked_bulk_publish)
hooks.register("before_edit_page", review.check_workflow_action)
hooks.register("after_edit_page", review.after_edit_page)
hooks.register("construct_wagtail_userbar", use_claims_checker)
hooks.register("insert_editor_js", editor_js)
hooks.register("insert_global_admin_css", admin_css)
hooks.register("on_serve_page", cached_serve)
hooks.register("before_publish_page", impact.before_publish_page)
hooks.register("before_unpublish_page", impact.before_unpublish_page)
hooks.register("before_delete_page", impact.before_delete_page)
hooks.register("before_publish", impact.before_publish_snippet)
hooks.register("before_unpublish", impact.before_unpublish_snippet)
hooks.register("before_delete_snippet", impact.before_delete_snippet)


@hooks.register("before_serve_page")
def hide_pages_in_unpublished_sections(page, request, serve_args, serve_kwargs):
    """Wagtail serves a live page under an unpublished one; not ours."""
    if isinstance(page, CareersBasePage) and is_in_unpublished_section(page):
        raise Http404


@hooks.register("register_rich_text_features", order=100)
def links_to_published_pages_only(features):
    """After Wagtail's own page link type, which it replaces."""
    features.register_link_type(PublishedPageLinkHandler)


@hooks.register("register_admin_urls")
def claims_report_urls():
    return [
        path(
            "reports/ai-claims/",
            ClaimsReportView.as_view(),
            name="careers_claims_report",
        ),
        path(
            "reports/ai-claims/results/",
            ClaimsReportView.as_view(results_only=True),
            name="careers_claims_report_results",
        ),
        path(
            "claims-review/<int:task_state_id>/done/",
            review.review_done,
            name="careers_review_done",
        ),
    ]


@hooks.register("register_admin_urls")
def citation_urls():
    return [
        path(
            "careers/cite-evidence/",
            citations.cite_evidence,
            name="careers_cite_evidence",
        ),
    ]


@hooks.register("insert_editor_js")
def citations_js():
    return format_html(
        '<script src="{}" defer></script>', static("careers/admin/citations.js")
    )


@hooks.register("insert_global_admin_css")
def citations_css():
    return format_html(
        '<link rel="stylesheet" href="{}">', static("careers/admin/citations.css")
    )


@hooks.register("register_reports_menu_item")
def claims_report_menu_item():
    return MenuItem(
        _("AI claims"), reverse("careers_claims_report"), icon_name="warning", order=50
    )


@hooks.register("construct_homepage_panels")
def claims_summary_panel(request, panels):
    panels.append(ClaimsSummaryPanel(request))


@hooks.register("register_log_actions")
def register_claims_log_actions(actions):
    actions.register_action(
        "careers.claims_blocked",
        _("Publishing blocked: AI claims without evidence"),
        _("Publishing blocked: AI claims without evidence"),
    )
    actions.register_action(
        "careers.evidence_impact_confirmed",
        _("Evidence changed although live pages relied on it"),
        _("Evidence changed although live pages relied on it"),
    )
    actions.register_action(
        "careers.claims_override",
        _("AI claims approved by a reviewer despite findings"),
        _("AI claims approved by a reviewer despite findings"),
    )


@hooks.register("register_admin_viewset")
def register_choosers():
    return [milestone_chooser_viewset, team_chooser_viewset]


from careers.api import wagtail_hooks as _api_hooks  # noqa: F401,E402
