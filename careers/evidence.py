"""The one adapter between the CMS and the claim checker.

CMS content becomes ``careers.claims`` plain data here, and only here: the
publish gate, the live checks, the receipts on pages, the API and the bundle
export all call these functions, so every entry point gives the same verdict.

Published evidence is what a candidate can see: live, public pages and live
snippets. Translations share a reference id; each id enters the pool once, in
the site's default language when that version is live.
"""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Iterable

from django.core.cache import cache
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from careers import claims
from careers.conf import careers_setting
from careers.models import (
    CommunityActivity,
    DataAsset,
    HiringAICompliance,
    ImpactStoryPage,
    JobPostingPage,
    OrganisationProfile,
    Recognition,
    Resource,
    RoadmapMilestone,
    TeamPage,
)
from careers.models.pages_base import CareersBasePage
from careers.selectors.visibility import published

POOL_CACHE_KEY = "careers:evidence:pool:{version}"
POOL_CACHE_SECONDS = 600


def _dedupe(objects: Iterable, default_locale_id: int) -> list:
    """One object per evidence id, preferring the default language."""
    chosen: dict[str, object] = {}
    for obj in objects:
        key = obj.evidence_id
        if key not in chosen or obj.locale_id == default_locale_id:
            chosen[key] = obj
    return list(chosen.values())


def _default_locale_id() -> int:
    return Locale.get_default().pk


def _milestone(m: RoadmapMilestone) -> claims.RoadmapMilestone:
    return claims.RoadmapMilestone(
        id=m.evidence_id,
        title=m.title,
        status=m.status,
        departments=tuple(d.name for d in m.departments.all()),
        target_date=m.target_date,
        delivered_on=m.delivered_on,
        owner_team=m.owner_team.evidence_id if m.owner_team else None,
        description=m.description,
    )


def _team(t: TeamPage) -> claims.Team:
    return claims.Team(
        id=t.evidence_id,
        name=t.title,
        headcount=t.headcount,
        members=tuple(
            claims.TeamMember(
                name=m.person.name,
                role=m.role,
                technical_lead=m.technical_lead,
                interviewer=m.interviewer,
            )
            for m in t.members.all()
        ),
    )


def _story(s: ImpactStoryPage) -> claims.ImpactStory:
    return claims.ImpactStory(
        id=s.evidence_id,
        title=s.title,
        product=s.product,
        technique=s.technique,
        in_production_since=s.in_production_since,
        decision_support=s.decision_support,
        metrics=tuple(
            claims.Metric(
                name=m.name,
                value=float(m.value),
                baseline=None if m.baseline is None else float(m.baseline),
                unit=m.unit,
                measured_on=m.measured_on,
            )
            for m in s.metrics.all()
        ),
    )


def _snippet(obj) -> claims.Evidence:
    if isinstance(obj, CommunityActivity):
        return claims.CommunityActivity(
            id=obj.evidence_id,
            kind=obj.kind,
            title=obj.title,
            date=obj.date,
            url=obj.url or None,
            partner=obj.partner or None,
        )
    if isinstance(obj, DataAsset):
        return claims.DataAsset(
            id=obj.evidence_id,
            name=obj.name,
            description=obj.description,
            volume=obj.volume,
            access=obj.access,
        )
    if isinstance(obj, Resource):
        return claims.Resource(
            id=obj.evidence_id, kind=obj.kind, description=obj.description
        )
    if isinstance(obj, Recognition):
        return claims.Recognition(
            id=obj.evidence_id,
            title=obj.title,
            date=obj.date,
            issuer=obj.issuer,
            url=obj.url or None,
        )
    return claims.HiringAICompliance(
        id=obj.evidence_id,
        system=obj.system,
        human_oversight=obj.human_oversight,
        reviewed_on=obj.reviewed_on,
        reviewer=obj.reviewer,
        url=obj.url or None,
    )


SNIPPET_MODELS = (
    CommunityActivity,
    DataAsset,
    Resource,
    Recognition,
    HiringAICompliance,
)


def published_milestones():
    roadmaps = published(Page.objects).values("pk")
    return (
        RoadmapMilestone.objects.filter(roadmap__in=roadmaps)
        .select_related("roadmap", "owner_team")
        .prefetch_related("departments")
        .order_by("roadmap__locale_id", "sort_order")
    )


def published_teams():
    return published(TeamPage.objects).prefetch_related("members__person")


def published_stories():
    return published(ImpactStoryPage.objects).prefetch_related("metrics")


def build_pool(
    *,
    replace: Iterable[object] = (),
    remove: Iterable[str] = (),
    exclude: Iterable[object] = (),
) -> tuple:
    """Every piece of published evidence as checker data (about a dozen queries).

    ``replace`` swaps in unsaved versions of evidence (an edit being weighed),
    ``exclude`` leaves out CMS objects (an unpublish or delete being weighed;
    a translation of the same evidence still counts) and ``remove`` drops
    evidence ids outright."""
    default = _default_locale_id()
    gone = {(type(obj)._meta.label, obj.pk) for obj in exclude}

    def kept(objects):
        return [o for o in objects if (type(o)._meta.label, o.pk) not in gone]

    pool: dict[str, claims.Evidence] = {}
    milestones = [
        m
        for m in published_milestones()
        if ("careers.RoadmapPage", m.roadmap_id) not in gone
    ]
    for m in _dedupe_milestones(milestones, default):
        pool[m.evidence_id] = _milestone(m)
    for t in _dedupe(kept(published_teams()), default):
        pool[t.evidence_id] = _team(t)
    for s in _dedupe(kept(published_stories()), default):
        pool[s.evidence_id] = _story(s)
    for model in SNIPPET_MODELS:
        for obj in _dedupe(kept(model.objects.filter(live=True)), default):
            pool[obj.evidence_id] = _snippet(obj)
    for obj in replace:
        for item in as_evidence(obj):
            pool[item.id] = item
    for key in remove:
        pool.pop(key, None)
    return tuple(pool.values())


def _dedupe_milestones(milestones: list[RoadmapMilestone], default: int) -> list:
    chosen: dict[str, RoadmapMilestone] = {}
    for m in milestones:
        if m.evidence_id not in chosen or m.roadmap.locale_id == default:
            chosen[m.evidence_id] = m
    return list(chosen.values())


def as_evidence(obj) -> list[claims.Evidence]:
    """Checker data for one CMS object (a roadmap gives all its milestones)."""
    from careers.models import RoadmapPage

    if isinstance(obj, RoadmapPage):
        return [_milestone(m) for m in obj.milestones.all()]
    if isinstance(obj, TeamPage):
        return [_team(obj)]
    if isinstance(obj, ImpactStoryPage):
        return [_story(obj)]
    if isinstance(obj, RoadmapMilestone):
        return [_milestone(obj)]
    if isinstance(obj, SNIPPET_MODELS):
        return [_snippet(obj)]
    return []


def evidence_pool() -> tuple:
    """The published evidence, cached until the content changes."""
    from careers import versioning

    key = POOL_CACHE_KEY.format(version=versioning.current().token)
    pool = cache.get(key)
    if pool is None:
        pool = build_pool()
        cache.set(key, pool, POOL_CACHE_SECONDS)
    return pool


def organisation(site: Site | None = None) -> claims.Organisation | None:
    site = site or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    profile = OrganisationProfile.for_site(site)
    if not profile.name:
        return None
    return claims.Organisation(
        name=profile.name, claimed_maturity=profile.claimed_maturity or None
    )


# items ---------------------------------------------------------------------

LINK_RELATIONS = {
    "story_links": "story",
    "milestone_links": "milestone",
    "data_asset_links": "data_asset",
    "resource_links": "resource",
}


def linked_objects(page: Page) -> list:
    """What a job post links as evidence: its team, stories, milestones, data
    assets and resources (in-memory relations included, for unsaved pages)."""
    if not isinstance(page, JobPostingPage):
        return []
    found = [page.team] if page.team_id else []
    for relation, attr in LINK_RELATIONS.items():
        found.extend(getattr(link, attr) for link in getattr(page, relation).all())
    return [obj for obj in found if obj is not None]


def page_item(page: CareersBasePage, *, links: Iterable | None = None) -> claims.Item:
    """A page as a checker item; ``links`` overrides the page's own links (the
    admin form passes what the editor has chosen but not saved yet)."""
    objects = linked_objects(page) if links is None else list(links)
    ids = tuple(dict.fromkeys(_link_id(obj) for obj in objects))
    is_job = isinstance(page, JobPostingPage)
    return claims.Item(
        id=page.evidence_id,
        kind="job_post" if is_job else "page",
        language=_language(page),
        title=page.title or "",
        texts=page.claim_texts(),
        data_access=page.data_access if is_job else "",
        resources=page.resources if is_job else "",
        is_ai_role=page.is_ai_role if is_job else False,
        links=ids,
    )


def _link_id(obj) -> str:
    return obj.evidence_id


def _language(page: Page) -> str:
    """The page's language as the checker names languages ('en-gb' is 'en').
    A language without a lexicon is passed on as it is: the checker reports
    that it could not check it (language.unsupported), never checks it as
    English."""
    code = page.locale.language_code if page.locale_id else "en"
    return code.split("-")[0].lower()


def check_items(
    items: Iterable[claims.Item],
    *,
    pool: tuple | None = None,
    site: Site | None = None,
    as_of: dt.date | None = None,
    language: str | None = None,
) -> claims.Report:
    """Check items against the published evidence; links to evidence that is
    not published are dropped (unpublished evidence backs nothing).

    ``language``: the reader's (an admin user's); messages are in it while
    sentences are quoted as written. Default: each item's own language."""
    pool = evidence_pool() if pool is None else pool
    known = {e.id for e in pool}
    items = tuple(_only_known_links(item, known) for item in items)
    bundle = claims.Bundle(items=items, evidence=pool, organisation=organisation(site))
    options = {"language": language} if language and CHECK_TAKES_LANGUAGE else {}
    options.update(unsupported_language_options())
    return claims.check(bundle, as_of=as_of or timezone.localdate(), **options)


def unsupported_language_options() -> dict[str, str]:
    """How the checker treats an item in a language it has no lexicon for:
    the host's CAREERS["CLAIMS"]["UNSUPPORTED_LANGUAGE"] ("block" or "warn")."""
    if not CHECK_TAKES_UNSUPPORTED:
        return {}
    return {"unsupported_language": careers_setting("CLAIMS", "UNSUPPORTED_LANGUAGE")}


#: The checker renders messages in a reader's language from this version on.
CHECK_TAKES_LANGUAGE = "language" in inspect.signature(claims.check).parameters
CHECK_TAKES_UNSUPPORTED = (
    "unsupported_language" in inspect.signature(claims.check).parameters
)


def _only_known_links(item: claims.Item, known: set[str]) -> claims.Item:
    links = tuple(link for link in item.links if link in known)
    if links == item.links:
        return item
    from dataclasses import replace

    return replace(item, links=links)


def with_own_evidence(pool: tuple, page: Page) -> tuple:
    """The pool as it will be once ``page`` is live: a team, story or roadmap
    being published backs claims with its new version, its own included."""
    own = as_evidence(page)
    if not own:
        return pool
    ids = {e.id for e in own}
    if hasattr(page, "milestones"):  # a roadmap replaces all its milestones
        ids |= {m.evidence_id for m in RoadmapMilestone.objects.filter(roadmap=page.pk)}
    return tuple(e for e in pool if e.id not in ids) + tuple(own)


def page_report(page: CareersBasePage, **kwargs) -> claims.ItemReport:
    """The checker's verdict on ``page`` as if it went live now."""
    item = page_item(page, links=kwargs.pop("links", None))
    pool = kwargs.pop("pool", None)
    pool = with_own_evidence(evidence_pool() if pool is None else pool, page)
    return check_items([item], pool=pool, **kwargs).items[item.id]


# read paths for pages and the API ------------------------------------------

CLAIMS_CACHE_KEY = "careers:claims:{version}:{digest}"


def _version() -> str:
    from careers import versioning

    return versioning.current().token


def _item_digest(item: claims.Item) -> str:
    import hashlib

    return hashlib.sha1(repr(item).encode(), usedforsecurity=False).hexdigest()


def item_report(item: claims.Item, *, site: Site | None = None) -> claims.ItemReport:
    """The verdict on one item, cached until the content or the item changes."""
    key = CLAIMS_CACHE_KEY.format(version=_version(), digest=_item_digest(item))
    report = cache.get(key)
    if report is None:
        report = check_items([item], site=site).items[item.id]
        cache.set(key, report, POOL_CACHE_SECONDS)
    return report


def page_claims(page: CareersBasePage) -> tuple[claims.Claim, ...]:
    """Every AI claim in ``page``'s text, with the evidence ids backing it:
    what the receipts on the page show."""
    if not isinstance(page, CareersBasePage):
        return ()
    return item_report(page_item(page)).claims


def claims_verdicts(pages: Iterable[CareersBasePage]) -> dict[int, bool]:
    """Whether each page's AI claims are all backed (True) or some block.
    Uses the pages' prefetched links; one checker run for all misses."""
    version, verdicts, missing = _version(), {}, []
    for page in pages:
        item = page_item(page)
        key = CLAIMS_CACHE_KEY.format(version=version, digest=_item_digest(item))
        missing.append((page.pk, item, key))
    cached = cache.get_many([key for _, _, key in missing])
    todo = [(pk, item, key) for pk, item, key in missing if key not in cached]
    if todo:
        items = [
            replace_id(item, f"{n}:{item.id}") for n, (_, item, _) in enumerate(todo)
        ]
        report = check_items(items)
        fresh = {key: report.items[items[n].id] for n, (_, _, key) in enumerate(todo)}
        cache.set_many(fresh, POOL_CACHE_SECONDS)
        cached.update(fresh)
    for pk, _, key in missing:
        verdicts[pk] = cached[key].publishable
    return verdicts


def replace_id(item: claims.Item, new_id: str) -> claims.Item:
    from dataclasses import replace

    return replace(item, id=new_id)


def maturity(site: Site | None = None) -> claims.Maturity:
    """The stated and the evidenced AI maturity (levels 1-5)."""
    return check_items([], site=site).maturity


def evidence_by_id(ids: Iterable[str], locale: Locale | None = None) -> dict:
    """The live CMS objects behind evidence ids, in ``locale`` when translated."""
    ids = set(ids)
    if not ids:
        return {}
    found: dict[str, object] = {}
    preferred = locale.pk if locale else _default_locale_id()

    def take(obj, locale_id) -> None:
        key = obj.evidence_id
        if key in ids and (key not in found or locale_id == preferred):
            found[key] = obj

    for model in (TeamPage, ImpactStoryPage):
        for page in published(model.objects).filter(key__in=ids):
            take(page, page.locale_id)
    for m in published_milestones().filter(key__in=ids):
        take(m, m.roadmap.locale_id)
    for model in SNIPPET_MODELS:
        for obj in model.objects.filter(live=True, key__in=ids):
            take(obj, obj.locale_id)
    return found
