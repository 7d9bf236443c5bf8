"""The AI claims report's read path: every careers page a user may edit, with
its claim status from stored verdicts (careers.verdicts), in a fixed number
of queries whatever the number of pages. Nothing is checked here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import (
    Case,
    CharField,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, WorkflowState
from wagtail.permission_policies.pages import PagePermissionPolicy

from careers.models import ClaimsOverride, ClaimsVerdict, TeamPage
from careers.verdicts import findings_in

from .careers_pages import careers_page_models
from .untranslated import shown_untranslated

#: In the order the report lists them: what needs someone first.
STATUS_LABELS = {
    "unsubstantiated": _("Unsubstantiated while live"),
    "draft_blocked": _("Live; the draft's changes are blocked"),
    "blocked": _("Blocked (draft)"),
    "in_review": _("Blocked, waiting for a claims reviewer"),
    "approved": _("Approved by a reviewer"),
    "overridden": _("Live by reviewer override"),
    "unchecked": _("Not checked yet"),
    "ok": _("Publishable"),
}
STATUS_RANK = {code: n for n, code in enumerate(STATUS_LABELS)}
LIVE_VERDICT = "live_revision__careers_claims_verdict__"
DRAFT_VERDICT = "latest_revision__careers_claims_verdict__"


def pages_for_user(user) -> QuerySet:
    """Careers pages ``user`` may edit or publish (what their edit views allow)."""
    allowed = PagePermissionPolicy().instances_user_has_any_permission_for(
        user, {"change", "publish"}
    )
    return Page.objects.type(*careers_page_models()).filter(pk__in=allowed.values("pk"))


def _override(revision: str) -> Exists:
    return Exists(
        ClaimsOverride.objects.filter(page=OuterRef("pk"), revision=OuterRef(revision))
    )


def _in_review() -> Exists:
    return Exists(
        WorkflowState.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id=Cast(OuterRef("pk"), output_field=CharField()),
            status=WorkflowState.STATUS_IN_PROGRESS,
        )
    )


def _status() -> Case:
    live_blocked = Q(live=True, **{f"{LIVE_VERDICT}blocks__gt": 0})
    return Case(
        When(live_blocked & Q(live_overridden=True), then=Value("overridden")),
        When(live_blocked, then=Value("unsubstantiated")),
        When(
            Q(live=True, **{f"{LIVE_VERDICT}blocks__isnull": True}),
            then=Value("unchecked"),
        ),
        When(
            Q(
                live=True,
                has_unpublished_changes=True,
                **{f"{DRAFT_VERDICT}blocks__gt": 0},
            ),
            then=Value("draft_blocked"),
        ),
        When(live=True, then=Value("ok")),
        When(**{f"{DRAFT_VERDICT}blocks__isnull": True}, then=Value("unchecked")),
        When(**{f"{DRAFT_VERDICT}blocks": 0}, then=Value("ok")),
        When(draft_overridden=True, then=Value("approved")),
        When(in_review=True, then=Value("in_review")),
        default=Value("blocked"),
        output_field=CharField(),
    )


def _shown(field: str) -> Case:
    """The live revision's value where the status is about it, else the
    latest draft's."""
    about_live = Q(live=True) & (
        Q(**{f"{LIVE_VERDICT}blocks__gt": 0}) | Q(has_unpublished_changes=False)
    )
    return Case(
        When(about_live, then=F(f"live_revision{field}")),
        default=F(f"latest_revision{field}"),
    )


def claims_report(user) -> QuerySet:
    """Careers pages ``user`` may edit, annotated with their claim status."""
    ranks = [When(claims_status=c, then=Value(n)) for c, n in STATUS_RANK.items()]
    return (
        pages_for_user(user)
        .annotate(
            live_overridden=_override("live_revision"),
            draft_overridden=_override("latest_revision"),
            in_review=_in_review(),
        )
        .annotate(
            claims_status=_status(),
            shown_revision=_shown("_id"),
            shown_blocks=Coalesce(_shown("__careers_claims_verdict__blocks"), 0),
            shown_warnings=Coalesce(_shown("__careers_claims_verdict__warnings"), 0),
            shown_stale=Coalesce(_shown("__careers_claims_verdict__stale"), 0),
            team=Coalesce(
                "jobpostingpage__team_id",
                "impactstorypage__team_id",
                "teampage__page_ptr_id",
            ),
        )
        .annotate(
            status_rank=Case(*ranks, default=Value(99), output_field=IntegerField()),
            has_override=Case(
                When(
                    Q(shown_revision=F("live_revision_id"), live_overridden=True)
                    | Q(shown_revision=F("latest_revision_id"), draft_overridden=True),
                    then=Value(True),
                ),
                default=Value(False),
            ),
        )
        .select_related("locale", "latest_revision")
    )


@dataclass
class ClaimRow:
    """One page's line in the report and its exports."""

    pk: int
    title: str
    page_type: str
    language: str
    team: str
    status_code: str
    status: str
    blocks: int
    warnings: int
    stale: int
    first_finding: str
    findings: list[dict]
    reason: str
    reviewer: str
    checked_at: dt.datetime | None
    url: str
    #: What the page shows from another language (editor content to translate).
    untranslated: list[str] = field(default_factory=list)

    @property
    def untranslated_text(self) -> str:
        return "; ".join(self.untranslated)

    @property
    def edit_url(self) -> str:
        from django.urls import reverse

        return reverse("wagtailadmin_pages:edit", args=[self.pk])


def finding_line(finding: dict) -> str:
    """“Sentence”: what is wrong. How to fix it."""
    parts = [f"“{finding['sentence']}”:"] if finding.get("sentence") else []
    parts += [finding.get("message", ""), finding.get("fix", "")]
    return " ".join(p for p in parts if p)


def rows(pages: list[Page], *, language: str, request=None) -> list[ClaimRow]:
    """Report rows for a page of results: three more queries in all, plus,
    for each page in another language than the default, those of listing
    what it shows untranslated (careers.selectors.untranslated)."""
    shown = [p.shown_revision for p in pages if p.shown_revision]
    verdicts = ClaimsVerdict.objects.in_bulk(shown)
    overrides = {
        o.revision_id: o
        for o in ClaimsOverride.objects.filter(revision_id__in=shown)
        .select_related("user")
        .order_by("created_at")
    }
    teams = dict(
        TeamPage.objects.filter(pk__in={p.team for p in pages if p.team}).values_list(
            "pk", "title"
        )
    )
    found = [_row(p, verdicts, overrides, teams, language, request) for p in pages]
    if request is not None:
        for row, page in zip(found, pages, strict=True):
            row.untranslated = shown_untranslated(page, request)
    return found


def _row(page, verdicts, overrides, teams, language, request) -> ClaimRow:
    verdict = verdicts.get(page.shown_revision)
    findings = findings_in(verdict, language)
    blocking = [f for f in findings if f["severity"] == "block"] or findings
    override = overrides.get(page.shown_revision)
    return ClaimRow(
        pk=page.pk,
        title=page.title,
        page_type=_type_name(page.content_type_id),
        language=page.locale.language_code,
        team=teams.get(page.team, ""),
        status_code=page.claims_status,
        status=status_label(page),
        blocks=page.shown_blocks,
        warnings=page.shown_warnings,
        stale=page.shown_stale,
        first_finding=finding_line(blocking[0]) if blocking else "",
        findings=findings,
        reason=override.reason if override else "",
        reviewer=override.user.get_username() if override and override.user else "",
        checked_at=verdict.checked_at if verdict else None,
        url=page.get_full_url(request) or "",
    )


def _type_name(content_type_id: int) -> str:
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return str(model._meta.verbose_name) if model else ""


def status_label(page) -> str:
    """What is true of the page: "Approved by a reviewer, scheduled for …"."""
    label = str(STATUS_LABELS[page.claims_status])
    revision = page.latest_revision
    go_live = revision.approved_go_live_at if revision else None
    if page.claims_status == "approved" and go_live:
        from django.utils.formats import date_format
        from django.utils.timezone import localtime

        when = date_format(localtime(go_live), "DATETIME_FORMAT")
        return str(_("%(status)s, scheduled for %(when)s")) % {
            "status": label,
            "when": when,
        }
    return label
