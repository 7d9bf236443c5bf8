"""The API's read paths: everything a job's JSON shows in a fixed number of
queries, whatever the page size, with evidence limited to what is live."""

from collections import defaultdict
from collections.abc import Iterable

from django.db.models import Prefetch, QuerySet
from modelcluster.queryset import FakeQuerySet
from wagtail.models import Page

from careers.citations import citations_prefetch
from careers.models import (
    EVIDENCE_LINKS,
    CommunityActivity,
    EvidenceLink,
    ImpactStoryPage,
    JobPostingPage,
    RoadmapMilestone,
    RoadmapPage,
    TeamMember,
    TeamPage,
)
from careers.selectors import open_jobs
from careers.selectors.visibility import is_public, published

from .richtext import page_link_ids


def api_jobs(qs: QuerySet[JobPostingPage] | None = None) -> QuerySet[JobPostingPage]:
    """Open jobs with their team, technical lead and places; their live
    evidence and citations come with ``with_evidence()``."""
    qs = open_jobs() if qs is None else qs
    leads = TeamMember.objects.filter(technical_lead=True).select_related("person")
    return qs.select_related("team", "locale").prefetch_related(
        "locations__country",
        "applicant_countries",
        Prefetch("team__members", queryset=leads, to_attr="api_leads"),
    )


def with_evidence(jobs: list[JobPostingPage]) -> list[JobPostingPage]:
    """Attach the jobs' links to live evidence and their citations, one query
    per relation. The link relations keep their own names
    (careers.models.EVIDENCE_LINKS): the claims adapter
    (careers.evidence.claims_verdicts) walks them too."""
    for kind in EVIDENCE_LINKS:
        attach(jobs, kind.relation, shown_links(kind))
    citations = citations_prefetch()
    attach(jobs, citations.prefetch_through, citations.queryset)
    return jobs


def attach(pages: list[Page], relation: str, queryset: QuerySet) -> None:
    """What ``prefetch_related(Prefetch(relation, queryset))`` does for a
    child relation (a ParentalKey), in one query, but without Django's copy of
    the queryset for each page (with its select_related, per page and relation
    that was most of loading a change feed page of 500 jobs): the rows are
    kept in modelcluster's in-memory FakeQuerySet."""
    pages = [p for p in pages if relation not in _prefetched(p)]
    if not pages:
        return
    key = pages[0]._meta.get_field(relation).field
    found: dict[int, list] = defaultdict(list)
    for row in queryset.filter(**{f"{key.name}__in": [p.pk for p in pages]}):
        found[getattr(row, key.attname)].append(row)
    for page in pages:
        rows = found.get(page.pk, [])
        for row in rows:
            key.set_cached_value(row, page)
        _prefetched(page)[relation] = FakeQuerySet(queryset.model, rows)


def _prefetched(page: Page) -> dict:
    return page.__dict__.setdefault("_prefetched_objects_cache", {})


def shown_links(kind: EvidenceLink) -> QuerySet:
    """Links to published evidence, with what the API shows of it."""
    qs = kind.live_links()
    if kind.target == "story":
        return qs.select_related("story__locale").prefetch_related("story__metrics")
    if kind.target == "milestone":
        return qs.select_related("milestone__roadmap")
    return qs


def translations_of(pages: Iterable[Page], qs: QuerySet) -> dict[str, list[Page]]:
    """Open versions sharing each page's translation key, in one query."""
    keys = {p.translation_key for p in pages}
    found: dict[str, list[Page]] = defaultdict(list)
    if keys:
        rows = qs.filter(translation_key__in=keys).select_related("locale")
        for row in rows.only(
            "pk", "key", "url_path", "path", "translation_key", "locale"
        ):
            found[str(row.translation_key)].append(row)
    return found


def linked_pages(texts: Iterable[str]) -> dict[int, Page]:
    """Live, public pages that rich-text links point at, in one query."""
    ids: set[int] = set()
    for text in texts:
        ids |= page_link_ids(text)
    if not ids:
        return {}
    pages = Page.objects.live().filter(pk__in=ids)
    pages = pages.only("pk", "url_path", "path", "depth")
    return {p.pk: p for p in pages if is_public(p)}


def api_teams() -> QuerySet[TeamPage]:
    members = TeamMember.objects.select_related("person").order_by("sort_order", "pk")
    return (
        published(TeamPage.objects)
        .select_related("locale", "department")
        .prefetch_related(Prefetch("members", queryset=members))
        .defer_streamfields()
    )


def api_stories() -> QuerySet[ImpactStoryPage]:
    return (
        published(ImpactStoryPage.objects)
        .select_related("locale", "team")
        .prefetch_related("metrics")
        .defer_streamfields()
    )


def api_roadmaps() -> QuerySet[RoadmapPage]:
    milestones = RoadmapMilestone.objects.select_related("owner_team").prefetch_related(
        "departments"
    )
    return (
        published(RoadmapPage.objects)
        .select_related("locale")
        .prefetch_related(Prefetch("milestones", queryset=milestones))
    )


def api_activities() -> QuerySet[CommunityActivity]:
    return CommunityActivity.objects.filter(live=True).select_related("locale")
