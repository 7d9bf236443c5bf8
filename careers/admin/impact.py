"""Evidence can undermine live pages: before a team, story, roadmap or
evidence snippet is changed, unpublished or deleted, the editor sees which
live pages would lose their substantiation and confirms, or goes back.

Confirming re-sends the editor's own request with one more field, so the
same mechanism serves the edit, unpublish and delete views of pages and
snippets. Pages left unbacked are then listed as "unsubstantiated while
live" in the AI claims report and on the dashboard until fixed."""

from __future__ import annotations

from django.template.response import TemplateResponse
from django.utils.translation import get_language
from wagtail.log_actions import log

from careers import evidence
from careers.models import RoadmapPage
from careers.selectors.careers_pages import careers_pages

CONFIRM_FIELD = "confirm-claims-impact"
EVIDENCE_PAGES = ("TeamPage", "ImpactStoryPage", "RoadmapPage")


def is_evidence(obj) -> bool:
    return bool(evidence.as_evidence(obj)) or isinstance(obj, RoadmapPage)


def undermined_pages(*, replace=(), exclude=()) -> list[tuple[object, list]]:
    """Live pages whose claims are backed now and would not be afterwards."""
    pages = [p for p in careers_pages() if p.live]
    items = [evidence.replace_id(evidence.page_item(p), str(p.pk)) for p in pages]
    before = evidence.check_items(items)
    after = evidence.check_items(
        items,
        pool=evidence.build_pool(replace=replace, exclude=exclude),
        language=get_language(),
    )
    found = []
    for page, item in zip(pages, items, strict=True):
        was, now = before.items[item.id], after.items[item.id]
        if was.publishable and not now.publishable:
            found.append((page, [f for f in now.findings if f.severity == "block"]))
    return found


def confirm_or_none(request, obj, *, action: str, replace=(), exclude=()):
    """A confirmation page when ``action`` on evidence ``obj`` would leave live
    pages unbacked and the editor has not confirmed yet; else None."""
    if request.method != "POST" or not is_evidence(obj):
        return None
    affected = undermined_pages(replace=replace, exclude=exclude)
    if not affected:
        return None
    if request.POST.get(CONFIRM_FIELD):
        log(
            instance=obj,
            action="careers.evidence_impact_confirmed",
            user=request.user,
            data={"action": action, "pages": [p.pk for p, _ in affected]},
        )
        return None
    return TemplateResponse(
        request,
        "careers/admin/confirm_evidence_impact.html",
        {
            "object": obj,
            "action": action,
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
