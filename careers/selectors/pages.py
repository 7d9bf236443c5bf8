"""Read paths for the candidate-facing pages: everything a template shows, in
a fixed number of queries whatever the number of rows. Pages shown as evidence
are live and public, snippets live, and each in the reader's language when a
translation exists."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import urlsplit

from django.db import DEFAULT_DB_ALIAS
from django.db.models import (
    F,
    Prefetch,
    Q,
    QuerySet,
    Value,
    prefetch_related_objects,
)
from django.db.models.functions import JSONObject
from django.http import HttpRequest
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from careers.content_language import locale_code, mark_untranslated
from careers.evidence import evidence_pool, read_of
from careers.jsonld import job_posting_script
from careers.languages import attach_locale
from careers.models import (
    EVIDENCE_LINKS,
    CareersIndexPage,
    CommunityActivity,
    CommunityPage,
    Country,
    DataAsset,
    FeaturedJob,
    FeaturedStory,
    ImpactMetric,
    ImpactStoryPage,
    JobInterviewer,
    JobMilestone,
    JobPostingPage,
    Location,
    Resource,
    RoadmapMilestone,
    RoadmapPage,
    TeamMember,
    TeamPage,
)
from careers.page_urls import site_root_paths
from careers.prepared import Prepared
from careers.selectors.jobs import (
    attach_places,
    jobs_for_listing,
    json_of,
    linked_fields,
    linked_row,
    localized_jobs,
    open_jobs,
    open_jobs_total,
    set_prefetched,
)
from careers.selectors.look import expect_look, page_images
from careers.selectors.metrics import metric_rows
from careers.selectors.page_chrome import description_of, page_chrome
from careers.selectors.receipts import evidenced_maturity
from careers.selectors.visibility import is_visible, published

#: Rendition specs, as the templates ask for them (1x and 2x for srcset).
# As the templates ask for them (careers/templates/careers/partials/).
CARD_RENDITIONS = ("fill-480x270|format-webp", "fill-960x540|format-webp")
AVATAR_RENDITIONS = ("fill-96x96|format-webp", "fill-192x192|format-webp")
GALLERY_RENDITIONS = ("width-640|format-webp", "width-1280|format-webp")

HOME_JOBS = 6
HOME_STORIES = 3
SIMILAR_JOBS = 6


def images(*specs: str) -> QuerySet:
    """Images with the renditions ``specs`` prefetched."""
    return get_image_model().objects.prefetch_renditions(*specs)


def attach_card_images(pages: list) -> None:
    """The card images of ``pages`` (of any types) with their renditions, in
    one query and one more for the renditions (with the look's images)."""
    attach_images(pages, "image", CARD_RENDITIONS)


def attach_images(objects: list, field: str, specs: tuple[str, ...]) -> None:
    """Each object's image ``field`` with the renditions ``specs``, read with
    the page's look (``page_images``)."""
    attr = f"{field}_id"
    found = page_images([getattr(obj, attr) for obj in objects], specs)
    for obj in objects:
        pk = getattr(obj, attr)
        if pk:
            setattr(obj, field, found.get(pk))


def with_card_image(qs: QuerySet) -> QuerySet:
    return qs.prefetch_related(Prefetch("image", queryset=images(*CARD_RENDITIONS)))


def members_qs() -> QuerySet[TeamMember]:
    """Team members with their people (the photos: ``job_post_context``)."""
    return TeamMember.objects.select_related("person")


def visible_pages(model) -> QuerySet:
    return published(model.objects)


def in_locale(qs: QuerySet, pks: Iterable[int], locale: Locale) -> dict[int, Any]:
    """For each of ``pks`` (in order), the row of ``qs`` in ``locale`` with the
    same translation key, else the row itself; rows not in ``qs`` (drafts,
    private pages) are left out. One query, plus ``qs``'s prefetches."""
    pks = list(dict.fromkeys(pks))
    if not pks:
        return {}
    keys = qs.model._default_manager.filter(pk__in=pks).values("translation_key")
    rows = list(qs.filter(Q(pk__in=pks) | Q(translation_key__in=keys, locale=locale)))
    return pick_in_locale(rows, pks, locale)


def pick_in_locale(rows: Iterable, pks: Iterable[int], locale: Locale) -> dict:
    """``in_locale`` among ``rows`` in hand (all that ``qs`` holds, or those
    of them it would read), without a query."""
    rows = list(rows)
    by_pk = {row.pk: row for row in rows}
    by_key = {row.translation_key: row for row in rows if row.locale_id == locale.pk}
    out = {}
    for pk in dict.fromkeys(pks):
        if pk in by_pk:
            out[pk] = by_key.get(by_pk[pk].translation_key, by_pk[pk])
    return out


def unique(rows: Iterable) -> list:
    return list({row.pk: row for row in rows}.values())


def milestones_in_locale(pks: Iterable[int], locale: Locale) -> list[RoadmapMilestone]:
    """Milestones of live, public roadmaps, each from the roadmap in ``locale``
    when it has one with the same key (translations copy milestones)."""
    pks = list(dict.fromkeys(pks))
    if not pks:
        return []
    keys = RoadmapMilestone.objects.filter(pk__in=pks).exclude(key="").values("key")
    rows = list(
        RoadmapMilestone.objects.filter(
            Q(pk__in=pks) | Q(key__in=keys, roadmap__locale=locale),
            roadmap__in=visible_pages(RoadmapPage).values("pk"),
        )
        .select_related("roadmap", "owner_team")
        .prefetch_related("departments")
    )
    return pick_milestones(rows, pks, locale)


def pick_milestones(rows: Iterable, pks: Iterable[int], locale: Locale) -> list:
    """``milestones_in_locale`` among ``rows`` in hand (all that it would read,
    or those of them it reads), without a query."""
    by_pk = {m.pk: m for m in rows}
    by_key = {
        m.key: m for m in by_pk.values() if m.key and m.roadmap.locale_id == locale.pk
    }
    found = unique(by_key.get(by_pk[pk].key, by_pk[pk]) for pk in pks if pk in by_pk)
    for m in found:  # the language of a milestone is its roadmap's
        m.content_language = locale_code(m.roadmap.locale_id)
    return found


def linked_milestones(links: list[JobMilestone], locale: Locale) -> list:
    """The milestones of a post's ``links``, as ``milestones_in_locale`` finds
    them: without a query when the links came with their milestones' roadmaps
    (``job_links``) and all are in ``locale`` already, or when this request
    read the milestones for the evidence pool (those, with their departments)."""
    pool = read_of(RoadmapMilestone)
    if pool is not None:
        return pick_milestones(pool, [link.milestone_id for link in links], locale)
    read = all(
        JobMilestone.milestone.is_cached(link)
        and RoadmapMilestone.roadmap.is_cached(link.milestone)
        for link in links
    )
    if not read or any(link.milestone.roadmap.locale_id != locale.pk for link in links):
        return milestones_in_locale([link.milestone_id for link in links], locale)
    found = unique(
        link.milestone for link in links if is_visible(link.milestone.roadmap)
    )
    for m in found:
        m.content_language = locale_code(m.roadmap.locale_id)
    return found


# --- what a translation still shows in its source language --------------------


def mark_translations(
    objects: Iterable, fields: tuple[str, ...], *, model, language: str
) -> None:
    """Marks ``fields`` of ``objects`` (translatable pages or snippets of
    ``model``) that their translation left as in the source language (one
    query)."""
    mark_untranslated(
        [(o, o.translation_key) for o in objects if o is not None],
        fields,
        model=model,
        key="translation_key",
        locale_path="locale",
        language=language,
    )


def mark_stories(stories: Iterable[ImpactStoryPage], language: str) -> None:
    """Marks the product and technique of ``stories`` the translation left
    as they are in the source language (one query)."""
    mark_translations(
        stories, ("product", "technique"), model=ImpactStoryPage, language=language
    )


def mark_metrics(pairs: Iterable[tuple[ImpactMetric, ImpactStoryPage]], language):
    """Marks metric names left untranslated; ``pairs``: (metric, its story)."""
    mark_untranslated(
        [(m, story.translation_key) for m, story in pairs],
        ("name",),
        model=ImpactMetric,
        key="story__translation_key",
        locale_path="story__locale",
        language=language,
    )


def mark_milestones(milestones: Iterable[RoadmapMilestone], language) -> None:
    """Marks milestone titles and descriptions a roadmap's translation left
    as in its source (milestones share their key across translations)."""
    mark_untranslated(
        [(m, m.key) for m in milestones if m.key],
        ("title", "description"),
        model=RoadmapMilestone,
        key="key",
        locale_path="roadmap__locale",
        language=language,
    )


def mark_members(members: Iterable[TeamMember], team: TeamPage, language) -> None:
    """Marks the roles of a team's members left untranslated."""
    mark_untranslated(
        [(m, team.translation_key) for m in members],
        ("role",),
        model=TeamMember,
        key="team__translation_key",
        locale_path="team__locale",
        language=language,
    )


def gallery_images(stream) -> list[dict[str, Any]]:
    """The images of an image-block gallery with their renditions prefetched,
    each with its alt text ('' when decorative)."""
    blocks = [block.value for block in stream if block.value is not None]
    found = images(*GALLERY_RENDITIONS).in_bulk([image.pk for image in blocks])
    return [
        {"image": found[image.pk], "alt": getattr(image, "contextual_alt_text", "")}
        for image in blocks
        if image.pk in found
    ]


def open_listing(locale: Locale, places: bool = True) -> QuerySet[JobPostingPage]:
    """Open jobs, each once, in the reader's language when translated (their
    places prefetched unless ``places=False``: see ``jobs_for_listing``)."""
    jobs = localized_jobs(open_jobs(), locale=locale)
    return jobs_for_listing(jobs, places=places)


# --- page types ---------------------------------------------------------------


def featured_ids(page: CareersIndexPage) -> tuple[list[int], list[int]]:
    """The ids of the home's featured jobs and featured stories, each in its
    order: one query for both (the page's own lists when it holds them, as a
    preview's page does)."""
    held = getattr(page, "_cluster_related_objects", {})
    if page.pk is None or "featured_jobs" in held or "featured_stories" in held:
        return (
            [f.job_id for f in page.featured_jobs.all()],
            [f.story_id for f in page.featured_stories.all()],
        )
    fields = ("kind", "sort_order", "id", "target")
    jobs = FeaturedJob.objects.filter(page=page).annotate(
        kind=Value(0), target=F("job_id")
    )
    stories = FeaturedStory.objects.filter(page=page).annotate(
        kind=Value(1), target=F("story_id")
    )
    rows = (
        jobs.order_by()
        .values_list(*fields)
        .union(stories.order_by().values_list(*fields), all=True)
        .order_by(*fields[:3])
    )
    found: tuple[list[int], list[int]] = ([], [])
    for kind, _order, _pk, target in rows:
        found[kind].append(target)
    return found


def job_places(job: JobPostingPage) -> tuple[list[Location], list[Country]]:
    """The job's locations (with their countries) and the countries it takes
    applicants from, each by name: one query for both (the page's own lists
    when it holds them, as a preview's page does)."""
    held = getattr(job, "_cluster_related_objects", {})
    if job.pk is None or "locations" in held or "applicant_countries" in held:
        return (
            list(job.locations.select_related("country")),
            list(job.applicant_countries.all()),
        )
    attach_places([job])
    return list(job.locations.all()), list(job.applicant_countries.all())


def home_context(page: CareersIndexPage, request: HttpRequest) -> dict[str, Any]:
    locale = page.locale
    job_ids, story_ids = featured_ids(page)
    # The number of open jobs comes with the jobs shown (a subquery counted
    # once); no jobs shown is no open job.
    count = {"careers_open_jobs": open_jobs_total(locale=locale)}
    listing = jobs_for_listing(open_jobs(), places=False).annotate(**count)
    featured_jobs = in_locale(listing, job_ids, locale)
    jobs = unique(featured_jobs.values()) or list(
        open_listing(locale, places=False).annotate(**count)[:HOME_JOBS]
    )
    attach_places(jobs)
    # The maturity reads the published evidence (when not cached): first, so
    # that the stories shown are among the stories it read.
    maturity = evidenced_maturity(request)
    stories = home_stories(story_ids, locale)
    teams = list(visible_pages(TeamPage).child_of(page).order_by("title"))
    attach_card_images([*stories, *teams])
    mark_stories(stories, locale.language_code)
    return {
        "jobs": jobs,
        "open_job_count": jobs[0].careers_open_jobs if jobs else 0,
        "stories": stories,
        "teams": teams,
        "maturity": maturity,
    }


def home_stories(ids: list[int], locale: Locale) -> list[ImpactStoryPage]:
    """The home's featured stories (``ids``) in ``locale``, else its latest
    stories in ``locale``: from the stories this request read for the
    evidence pool when it did (no query), else from the database."""
    qs = visible_pages(ImpactStoryPage)
    latest = qs.filter(locale=locale).order_by("-first_published_at")
    read = read_of(ImpactStoryPage)
    if read is None:
        return unique(in_locale(qs, ids, locale).values()) or list(
            latest[:HOME_STORIES]
        )
    featured = unique(pick_in_locale(read, ids, locale).values())
    own = [story for story in read if story.locale_id == locale.pk]
    if featured or any(story.first_published_at is None for story in own):
        return featured or list(latest[:HOME_STORIES])
    own.sort(key=lambda story: story.first_published_at, reverse=True)
    return own[:HOME_STORIES]


def job_post_context(page: JobPostingPage, request: HttpRequest) -> dict[str, Any]:
    locale = page.locale
    team = team_with_members(page.team_id, locale)
    members = list(team.members.all()) if team else []
    linked = [link.person for link in page.interviewer_links.all()]
    interviewers = linked or [m.person for m in members if m.interviewer]
    # Every photo shown (the technical leads' and the panel's) in one query
    # with the look's images, with their renditions in one more.
    leads = [m.person for m in members if m.technical_lead]
    attach_images([*leads, *interviewers], "photo", AVATAR_RENDITIONS)
    stories = linked_in_locale(
        [link.story for link in page.story_links.all()],
        visible_pages(ImpactStoryPage),
        locale,
        shown=is_visible,
    )
    read = read_of(ImpactStoryPage)
    if read is not None:  # the same stories, their metrics read with the pool's
        by_pk = {story.pk: story for story in read}
        stories = [by_pk.get(story.pk, story) for story in stories]
    milestones = linked_milestones(list(page.milestone_links.all()), locale)
    language = locale.language_code
    if team:
        mark_members(members, team, language)
    story_rows = stories
    prefetch_related_objects(story_rows, "metrics")
    mark_stories(story_rows, language)
    story_metrics = [(s, list(s.metrics.all())) for s in story_rows]
    mark_metrics([(m, s) for s, ms in story_metrics for m in ms], language)
    data_assets = linked_in_locale(
        [link.data_asset for link in page.data_asset_links.all()],
        DataAsset.objects.filter(live=True),
        locale,
        shown=lambda obj: obj.live,
    )
    mark_translations(
        data_assets, ("volume", "access"), model=DataAsset, language=language
    )
    Status = RoadmapMilestone.Status
    locations, countries = job_places(page)
    context = {
        "team": team,
        "technical_leads": [m for m in members if m.technical_lead],
        "interviewers": interviewers,
        "stories": [
            {"story": s, "metrics": metric_rows(metrics)}
            for s, metrics in story_metrics
        ],
        # Each milestone once: delivered is in use today, the rest is ahead.
        "milestones_in_use": [m for m in milestones if m.status == Status.DELIVERED],
        "milestones_ahead": [
            m for m in milestones if m.status in {Status.PLANNED, Status.IN_PROGRESS}
        ],
        "data_assets": data_assets,
        "linked_resources": linked_in_locale(
            [link.resource for link in page.resource_links.all()],
            Resource.objects.filter(live=True),
            locale,
            shown=lambda obj: obj.live,
        ),
        "locations": locations,
        "applicant_countries": countries,
        "apply_href": apply_href(page),
        "apply_email": "" if page.apply_url else page.apply_email,
        "apply_host": urlsplit(page.apply_url).hostname if page.apply_url else "",
    }
    if not page.is_expired:
        context["jsonld"] = job_posting_script(
            page, request=request, locations=locations, countries=countries
        )
    return context


def linked_in_locale(objects: list, qs: QuerySet, locale: Locale, *, shown) -> list:
    """A post's linked ``objects`` (prefetched, in order) each in ``locale``
    when translated, those ``qs`` holds only: without a query when all are in
    ``locale`` already (``shown`` then says which ``qs`` would hold)."""
    if all(obj.locale_id == locale.pk for obj in objects):
        return unique(obj for obj in objects if shown(obj))
    return unique(in_locale(qs, [obj.pk for obj in objects], locale).values())


def snippets_in_locale(model, pks: list[int], locale: Locale) -> list:
    found = in_locale(model.objects.filter(live=True), pks, locale)
    return unique(found.values())


def team_with_members(team_id: int | None, locale: Locale) -> TeamPage | None:
    if not team_id:
        return None
    read = read_of(TeamPage)
    if read is not None:
        return pick_in_locale(read, [team_id], locale).get(team_id)
    qs = visible_pages(TeamPage).prefetch_related(
        Prefetch("members", queryset=members_qs())
    )
    return in_locale(qs, [team_id], locale).get(team_id)


def apply_href(job: JobPostingPage) -> str:
    if job.apply_url:
        return job.apply_url
    if job.apply_email:
        from urllib.parse import quote

        return f"mailto:{job.apply_email}?subject={quote(job.title)}"
    return ""


def team_context(page: TeamPage, request: HttpRequest) -> dict[str, Any]:
    locale = page.locale
    same_team = Q(team__translation_key=page.translation_key)
    stories = with_card_image(visible_pages(ImpactStoryPage)).filter(
        same_team, locale=locale
    )
    owned = RoadmapMilestone.objects.filter(
        owner_team__translation_key=page.translation_key,
        roadmap__locale=locale,
        roadmap__in=visible_pages(RoadmapPage).values("pk"),
    ).exclude(status=RoadmapMilestone.Status.CANCELLED)
    members = list(page.members.select_related("person").order_by("sort_order", "pk"))
    mark_members(members, page, locale.language_code)
    stories = list(stories.order_by("-first_published_at"))
    mark_stories(stories, locale.language_code)
    milestones = list(
        owned.select_related("roadmap")
        .prefetch_related("departments")
        .order_by("sort_order", "pk")
    )
    mark_milestones(milestones, locale.language_code)
    return {
        "members": members,
        "department": page.department,
        "gallery": gallery_images(page.gallery),
        "jobs": list(open_listing(locale).filter(same_team)),
        "stories": stories,
        "milestones": milestones,
    }


def roadmap_context(page: RoadmapPage, request: HttpRequest) -> dict[str, Any]:
    milestones = list(
        page.milestones.select_related("owner_team").prefetch_related("departments")
    )
    mark_milestones(milestones, page.locale.language_code)
    teams = in_locale(
        visible_pages(TeamPage),
        [m.owner_team_id for m in milestones if m.owner_team_id],
        page.locale,
    )
    Status = RoadmapMilestone.Status
    lanes = []
    for status in (Status.DELIVERED, Status.IN_PROGRESS, Status.PLANNED):
        rows = [
            {"milestone": m, "team": teams.get(m.owner_team_id)}
            for m in milestones
            if m.status == status
        ]
        lanes.append({"status": status, "label": status.label, "rows": rows})
    return {"lanes": lanes, "maturity": evidenced_maturity(request)}


def story_context(page: ImpactStoryPage, request: HttpRequest) -> dict[str, Any]:
    team = None
    if page.team_id:
        team = in_locale(visible_pages(TeamPage), [page.team_id], page.locale).get(
            page.team_id
        )
    metrics = list(page.metrics.all())
    mark_stories([page], page.locale.language_code)
    mark_metrics([(m, page) for m in metrics], page.locale.language_code)
    return {
        "team": team,
        "metrics": metric_rows(metrics),
        "gallery": gallery_images(page.gallery),
    }


def community_context(page: CommunityPage, request: HttpRequest) -> dict[str, Any]:
    activities = CommunityActivity.objects.filter(live=True, locale_id=page.locale_id)
    return {"activities": list(activities.order_by("-date", "title"))}


def similar_jobs(job: JobPostingPage, *, locale: Locale) -> list[JobPostingPage]:
    """Open jobs of the same team or at one of the same locations, else the
    newest open jobs: what a 410 page offers instead."""
    location_ids = list(job.locations.values_list("pk", flat=True))
    same = Q(locations__in=location_ids) if location_ids else Q(pk__in=[])
    if job.team_id:
        team_key = TeamPage.objects.filter(pk=job.team_id).values("translation_key")
        same |= Q(team__translation_key__in=team_key)
    others = open_listing(locale).exclude(translation_key=job.translation_key)
    matches = others.filter(pk__in=open_jobs().filter(same).values("pk")).distinct()
    return list(matches[:SIMILAR_JOBS]) or list(others[:SIMILAR_JOBS])


BUILDERS: dict[type, Callable[[Any, HttpRequest], dict[str, Any]]] = {
    CareersIndexPage: home_context,
    JobPostingPage: job_post_context,
    TeamPage: team_context,
    RoadmapPage: roadmap_context,
    ImpactStoryPage: story_context,
    CommunityPage: community_context,
}


#: A job post's links with what they point at: read once, in one query
#: (``attach_job_links``), both by the page's own sections and by the claims
#: adapter behind its receipts.
JOB_LINKS = (
    ("interviewer_links", JobInterviewer, "person"),
    *((kind.relation, kind.model, kind.target) for kind in EVIDENCE_LINKS),
)


def attach_job_links(job: JobPostingPage) -> None:
    """The job's links (``JOB_LINKS``), each with what it links, as
    ``prefetch_related`` leaves them (``job.story_links.all()`` reads no
    more): one query over the link tables, the linked rows as JSON. A
    milestone comes without its roadmap (``linked_milestones`` reads those it
    shows); a linked row's JSON fields are left deferred."""
    found: list[list] = [[] for _ in JOB_LINKS]
    for n, sort_order, pk, target_pk, fields in job_link_rows(job):
        _name, model, target = JOB_LINKS[n]
        link = model(pk=pk, sort_order=sort_order, job=job)
        setattr(link, f"{target}_id", target_pk)
        related = model._meta.get_field(target).related_model
        setattr(link, target, linked_row(related, fields))
        link._state.adding, link._state.db = False, job._state.db
        found[n].append(link)
    for (name, _model, _target), links in zip(JOB_LINKS, found, strict=True):
        set_prefetched(job, name, links)


def job_links_query(job_id: int) -> QuerySet:
    """The rows of ``attach_job_links``: (link kind, sort order, link id,
    linked id, linked row as JSON), for the job ``job_id``."""
    parts = []
    for n, (_name, model, target) in enumerate(JOB_LINKS):
        fields = linked_fields(model._meta.get_field(target).related_model)
        parts.append(
            model.objects.filter(job_id=job_id)
            .order_by()
            .annotate(
                kind_n=Value(n),
                target_pk=F(f"{target}_id"),
                fields=JSONObject(**json_of(fields, f"{target}__")),
            )
            .values_list("kind_n", "sort_order", "pk", "target_pk", "fields")
        )
    return parts[0].union(*parts[1:], all=True).order_by("kind_n", "sort_order", "pk")


#: ``job_links_query`` compiled once per database: its shape is ``JOB_LINKS``
#: and only the job's id changes, and building and compiling its hundred
#: columns took most of its time (15 of 18 ms), the database the rest.
JOB_LINKS_READ = Prepared(job_links_query, int)


def job_link_rows(job: JobPostingPage) -> list[tuple]:
    """``job_links_query(job.pk)``'s rows (the JSON column decoded as the ORM
    decodes it)."""
    rows = JOB_LINKS_READ.rows(job.pk, using=job._state.db or DEFAULT_DB_ALIAS)
    return [
        (
            n,
            order,
            pk,
            target,
            json.loads(fields) if isinstance(fields, str) else fields,
        )
        for n, order, pk, target, fields in rows
    ]


def page_context(page: Page, request: HttpRequest) -> dict[str, Any]:
    """The context of ``page``'s own template: the chrome every page shows
    (navigation, languages, receipts) and what its type shows."""
    attach_locale(page)
    site_root_paths(request)
    if isinstance(page, JobPostingPage):
        # Its receipts check it against the published evidence: read that
        # first (when not cached), so that the post's team, stories and
        # milestones are those it read.
        evidence_pool()
        if not getattr(request, "is_preview", False):
            attach_job_links(page)
    builder = BUILDERS.get(type(page))
    # The page's own images are read with the look's (page_images).
    expect_look(request, getattr(page, "image_id", None))
    own = builder(page, request) if builder is not None else {}
    context = page_chrome(page, request)
    context.update(own)
    return context


def gone_context(job: JobPostingPage, request: HttpRequest) -> dict[str, Any]:
    context = page_chrome(job, request, receipts=False)
    # Gone: not to be indexed, and no longer a version of its translations.
    context.update(noindex=True, alternates=[], meta_description="")
    context["similar_jobs"] = similar_jobs(job, locale=Locale.get_active())
    context["now"] = timezone.now()
    return context


# --- search and sitemap -------------------------------------------------------


def expired_job_ids(now=None) -> QuerySet:
    now = now or timezone.now()
    return JobPostingPage.objects.filter(
        Q(expired=True) | Q(expire_at__lte=now)
    ).values("pk")


def searchable_pages(*, locale: Locale | None = None) -> QuerySet[Page]:
    """Live, public pages (not the tree's root, not expired jobs)."""
    pages = published(Page.objects).filter(depth__gt=1)
    if locale is not None:
        pages = pages.filter(locale=locale)
    return pages.exclude(pk__in=expired_job_ids())


def search_pages(query: str, *, locale: Locale):
    """Wagtail search over the live, public pages in ``locale``."""
    return searchable_pages(locale=locale).search(query)


def search_summaries(results: Iterable[Page]) -> dict[int, dict[str, str]]:
    """What a search result shows besides its title: the kind of page and a
    line of its text. One query per page type on the results page."""
    pks = [page.pk for page in results]
    pages = Page.objects.filter(pk__in=pks).specific(defer=False)
    return {
        page.pk: {
            "kind": str(page._meta.verbose_name),
            "summary": description_of(page),
        }
        for page in pages
    }


def sitemap_pages(roots: Iterable[Page]) -> QuerySet[Page]:
    """Everything a sitemap lists: live, public pages under ``roots`` (a
    site's root page and its translations), not expired jobs."""
    under = Q(pk__in=[])
    for root in roots:
        under |= Q(path__startswith=root.path)
    return searchable_pages().filter(under).select_related("locale").order_by("path")
