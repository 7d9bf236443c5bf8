"""Evidence changes can change live pages: before a team, story, roadmap or
evidence snippet is changed, unpublished or deleted, the editor sees which
live pages would lose evidence they show (a cancelled milestone, a removed
member or metric, an unpublished story) or the substantiation of their AI
claims, and confirms, or goes back.

Confirming re-sends the editor's own request with one more field, so the
same mechanism serves the edit, unpublish and delete views of pages and
snippets. Pages left unbacked are then listed as "unsubstantiated while
live" in the AI claims report and on the dashboard until fixed."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from careers import claims, evidence
from careers.claims.evidence import label
from careers.models import RoadmapPage
from careers.selectors.careers_pages import careers_pages

CONFIRM_FIELD = "confirm-claims-impact"
ACTIONS = {
    "publish": _("Publish anyway"),
    "unpublish": _("Unpublish anyway"),
    "delete": _("Delete anyway"),
}


@dataclass
class Impact:
    """What one live page loses: evidence it shows, and findings that would
    block it (its AI claims no longer backed)."""

    page: object
    loses: list[str] = field(default_factory=list)
    findings: list = field(default_factory=list)


def is_evidence(obj) -> bool:
    return bool(evidence.as_evidence(obj)) or isinstance(obj, RoadmapPage)


def lost_evidence(before: tuple, after: tuple) -> dict[str, claims.Evidence]:
    """Evidence the change takes away: gone, a milestone cancelled, a team
    member or a story's metric removed."""
    now = {e.id: e for e in after}
    return {e.id: e for e in before if _loses(e, now.get(e.id))}


def _loses(before: claims.Evidence, after: claims.Evidence | None) -> bool:
    if after is None:
        return True
    if isinstance(before, claims.RoadmapMilestone):
        return after.status == "cancelled" != before.status
    if isinstance(before, claims.Team):
        return not {m.name for m in before.members} <= {m.name for m in after.members}
    if isinstance(before, claims.ImpactStory):
        return not {m.name for m in before.metrics} <= {m.name for m in after.metrics}
    return False


def _shown_by(page, item, report: claims.ItemReport, lost: dict) -> list[str]:
    """The lost evidence ``page`` shows: linked, backing a claim, or (for a
    team page) a milestone the team owns."""
    backing = {i for c in report.claims for i in c.backed_by}
    return [
        label(e)
        for i, e in lost.items()
        if i in item.links
        or i in backing
        or getattr(e, "owner_team", None) == page.evidence_id
    ]


def _ref(obj) -> tuple[str, int]:
    return type(obj)._meta.label, obj.pk


def affected_pages(*, replace=(), exclude=()) -> list[Impact]:
    """Live pages (other than the ones changed) that would lose evidence they
    show, or whose claims are backed now and would not be afterwards."""
    changed = {(type(o)._meta.label, o.pk) for o in [*replace, *exclude]}
    pages = [
        p
        for p in careers_pages()
        if p.live and (type(p)._meta.label, p.pk) not in changed
    ]
    items = [evidence.replace_id(evidence.page_item(p), str(p.pk)) for p in pages]
    pool = evidence.evidence_pool()
    after_pool = evidence.build_pool(replace=replace, exclude=exclude)
    lost = lost_evidence(pool, after_pool)
    before = evidence.check_items(items, pool=pool)
    after = evidence.check_items(items, pool=after_pool, language=get_language())
    found = []
    for page, item in zip(pages, items, strict=True):
        was, now = before.items[item.id], after.items[item.id]
        impact = Impact(page, loses=_shown_by(page, item, was, lost))
        if was.publishable and not now.publishable:
            impact.findings = [f for f in now.findings if f.severity == "block"]
        if impact.loses or impact.findings:
            found.append(impact)
    return found


def confirm_or_none(request, obj, *, action: str, replace=(), exclude=()):
    """A confirmation page when ``action`` on evidence ``obj`` would leave live
    pages unbacked and the editor has not confirmed yet; else None."""
    if request.method != "POST" or not is_evidence(obj):
        return None
    affected = affected_pages(replace=replace, exclude=exclude)
    if not affected:
        return None
    if request.POST.get(CONFIRM_FIELD):
        log(
            instance=obj,
            action="careers.evidence_impact_confirmed",
            user=request.user,
            data={"action": action, "pages": [a.page.pk for a in affected]},
        )
        return None
    return TemplateResponse(
        request,
        "careers/admin/confirm_evidence_impact.html",
        {
            "header_title": _("Live pages will change"),
            "object": obj,
            "action": action,
            "confirm_label": ACTIONS.get(action, action),
            "affected": affected,
            "post_items": [
                (key, value)
                for key, values in request.POST.lists()
                for value in values
                if key != CONFIRM_FIELD
            ],
            "confirm_field": CONFIRM_FIELD,
            "action_url": request.get_full_path(),
        },
        status=409,
    )


# hooks ---------------------------------------------------------------------


def before_publish_page(request, page):
    return confirm_or_none(request, page, action="publish", replace=[page])


def before_unpublish_page(request, page):
    return confirm_or_none(
        request, page.specific, action="unpublish", exclude=[page.specific]
    )


def before_delete_page(request, page):
    return confirm_or_none(
        request, page.specific, action="delete", exclude=[page.specific]
    )


def before_publish_snippet(request, obj):
    return confirm_or_none(request, obj, action="publish", replace=[obj])


def before_unpublish_snippet(request, obj):
    return confirm_or_none(request, obj, action="unpublish", exclude=[obj])


def before_delete_snippet(request, instances):
    for obj in instances:
        response = confirm_or_none(
            request, obj, action="delete", exclude=list(instances)
        )
        if response is not None:
            return response
    return None
