"""The one adapter between the CMS and the claim checker.

CMS content becomes ``careers.claims`` plain data here, and only here: the
publish gate, the live checks, the receipts on pages, the API and the bundle
export all call these functions, so every entry point gives the same verdict.

The published evidence (``careers.evidence_pool``) has one view per language:
each page is checked against the evidence as pages of its language see it.
A page's items carry its links and its citations; links and citations of
evidence that is not published are dropped (unpublished evidence backs
nothing).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import inspect
from collections.abc import Iterable
from dataclasses import replace

from django.core.cache import cache
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from careers import claims, request_memo
from careers.citations import page_citations
from careers.claims.model import Citation
from careers.conf import careers_setting
from careers.evidence_pool import (
    POOL_CACHE_SECONDS,
    SNIPPET_MODELS,
    SNIPPET_OF_DATA,
    STORY,
    TEAM,
    Pool,
    as_evidence,
    build_pool,
    evidence_pool,
    for_language,
    pool_digest,
    published_milestones,
    published_stories,
    published_teams,
    read_of,
    read_pages,
)
from careers.languages import default_locale
from careers.models import (
    EVIDENCE_LINKS,
    ImpactStoryPage,
    JobPostingPage,
    OrganisationProfile,
    RoadmapMilestone,
    TeamPage,
)
from careers.models.pages_base import CareersBasePage
from careers.selectors.visibility import published

__all__ = [
    "POOL_CACHE_SECONDS",
    "SNIPPET_MODELS",
    "SNIPPET_OF_DATA",
    "STORY",
    "TEAM",
    "Pool",
    "as_evidence",
    "build_pool",
    "check_items",
    "evidence_by_id",
    "evidence_pool",
    "for_language",
    "only_published",
    "page_item",
    "page_report",
    "published_milestones",
    "published_stories",
    "published_teams",
    "read_of",
    "read_pages",
]


def _default_locale_id() -> int:
    return default_locale().pk


def default_site() -> Site | None:
    """The default site, read once per request (not at all when the request's
    own site is the default one: ``seen_site``)."""
    memo = request_memo.memo("default_site")
    if "site" not in memo:
        memo["site"] = Site.objects.filter(is_default_site=True).first()
    return memo["site"]


def seen_site(site: Site | None) -> None:
    """A site this request found (``Site.find_for_request``): when it is the
    default site, ``default_site`` need not read it again."""
    if site is not None and site.is_default_site:
        request_memo.memo("default_site").setdefault("site", site)


def organisation(site: Site | None = None) -> claims.Organisation | None:
    site = site or default_site()
    if site is None:
        return None
    profile = OrganisationProfile.shown_for(site)
    if not profile.name:
        return None
    return claims.Organisation(
        name=profile.name, claimed_maturity=profile.claimed_maturity or None
    )


# items ---------------------------------------------------------------------


def linked_objects(page: Page) -> list:
    """What a job post links as evidence: its team, stories, milestones, data
    assets and resources (in-memory relations included, for unsaved pages)."""
    if not isinstance(page, JobPostingPage):
        return []
    found = [page.team] if page.team_id else []
    for kind in EVIDENCE_LINKS:
        rows = getattr(page, kind.relation).all()
        found.extend(getattr(row, kind.target) for row in rows)
    return [obj for obj in found if obj is not None]


def page_item(
    page: CareersBasePage,
    *,
    links: Iterable | None = None,
    citations: Iterable | None = None,
) -> claims.Item:
    """A page as a checker item; ``links`` and ``citations`` (ClaimCitation
    rows) override the page's own (the admin form passes what the editor has
    chosen but not saved yet)."""
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
        citations=page_citations(page, rows=citations),
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
    """Check items against the published evidence, each against its
    language's view of it (one checker run per view); links and citations of
    evidence that is not published are dropped.

    ``language``: the reader's (an admin user's); messages are in it while
    sentences are quoted as written. Default: each item's own language."""
    pool = evidence_pool() if pool is None else pool
    items = list(items)
    default = for_language(pool, None)
    groups: dict[int, tuple[tuple, list]] = {id(default): (default, [])}
    for item in items:
        view = for_language(pool, item.language)
        groups.setdefault(id(view), (view, []))[1].append(item)
    org = organisation(site)
    runs = [
        _run(view, group, org, as_of, language)
        for view, group in groups.values()
        if group or view is default
    ]
    reports = {key: r for run in runs for key, r in run.items.items()}
    return replace(runs[0], items={i.id: reports[i.id] for i in items})


def _run(
    view: tuple,
    items: list[claims.Item],
    org: claims.Organisation | None,
    as_of: dt.date | None,
    language: str | None,
) -> claims.Report:
    known = {e.id for e in view}
    items = [only_published(item, known) for item in items]
    bundle = claims.Bundle(items=tuple(items), evidence=tuple(view), organisation=org)
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


def only_published(item: claims.Item, known: set[str]) -> claims.Item:
    """``item`` without links and citations of evidence not in ``known``."""
    links = tuple(link for link in item.links if link in known)
    citations = tuple(
        Citation(c.sentence, ids)
        for c in item.citations
        if (ids := tuple(i for i in c.evidence if i in known))
    )
    if (links, citations) == (item.links, item.citations):
        return item
    return replace(item, links=links, citations=citations)


def with_own_evidence(pool: tuple, page: Page) -> tuple:
    """The view of the pool for ``page``'s language as it will be once
    ``page`` is live: a team, story or roadmap being published backs claims
    with its new version, its own included."""
    view = for_language(pool, _language(page))
    own = as_evidence(page)
    if not own:
        return view
    ids = {e.id for e in own}
    if hasattr(page, "milestones"):  # a roadmap replaces all its milestones
        ids |= {m.evidence_id for m in RoadmapMilestone.objects.filter(roadmap=page.pk)}
    return tuple(e for e in view if e.id not in ids) + tuple(own)


def page_report(page: CareersBasePage, **kwargs) -> claims.ItemReport:
    """The checker's verdict on ``page`` as if it went live now."""
    item = page_item(
        page, links=kwargs.pop("links", None), citations=kwargs.pop("citations", None)
    )
    pool = kwargs.pop("pool", None)
    pool = with_own_evidence(evidence_pool() if pool is None else pool, page)
    return check_items([item], pool=pool, **kwargs).items[item.id]


# read paths for pages and the API ------------------------------------------

CLAIMS_CACHE_KEY = "careers:claims:{version}:{digest}"


def _version(site: Site | None = None) -> str:
    """What a verdict depends on besides its item: the published evidence as
    the checker reads it (not its version: an edit to what the checker does
    not read, a team's photo or a story's body, leaves every verdict kept),
    the organisation, the day, and how unsupported languages are treated."""
    state = (
        pool_digest(),
        organisation(site),
        timezone.localdate(),
        unsupported_language_options(),
    )
    return _digest(state)


def _digest(value) -> str:
    return hashlib.sha1(repr(value).encode(), usedforsecurity=False).hexdigest()


def _item_digest(item: claims.Item) -> str:
    return _digest(item)


def item_report(item: claims.Item, *, site: Site | None = None) -> claims.ItemReport:
    """The verdict on one item, cached until the item or what the checker
    reads of the evidence changes."""
    key = CLAIMS_CACHE_KEY.format(version=_version(site), digest=_item_digest(item))
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


def _kinds_of(ids: set[str]) -> set[str]:
    """The checker's kinds of evidence (class names) among ``ids``, from the
    published evidence: only those models need reading."""
    pool = evidence_pool()
    views = getattr(pool, "views", None) or {"": pool}
    return {type(e).__name__ for view in views.values() for e in view if e.id in ids}


#: The checker's kind of evidence (``careers.claims`` class name) per model.
KIND_OF_MODEL = {
    "TeamPage": "Team",
    "ImpactStoryPage": "ImpactStory",
    "RoadmapMilestone": "RoadmapMilestone",
    "CommunityActivity": "CommunityActivity",
    "DataAsset": "DataAsset",
    "Resource": "Resource",
    "Recognition": "Recognition",
    "HiringAICompliance": "HiringAICompliance",
}


def evidence_by_id(ids: Iterable[str], locale: Locale | None = None) -> dict:
    """The live CMS objects behind evidence ids, in ``locale`` when translated.
    Only the models of the kinds of evidence asked for are read."""
    ids = set(ids)
    if not ids:
        return {}
    kinds = _kinds_of(ids)

    def wanted(model) -> bool:
        return KIND_OF_MODEL.get(model.__name__, "") in kinds

    found: dict[str, tuple[int, object]] = {}
    default = _default_locale_id()
    rank = {locale.pk if locale else default: 0, default: 1}

    def take(obj, locale_id) -> None:
        # as the pool chooses: the page's language, the default one, any other
        key, order = obj.evidence_id, rank.get(locale_id, 2)
        if key in ids and (key not in found or order < found[key][0]):
            found[key] = (order, obj)

    def pages_of(model, published_qs):
        read = read_of(model)  # when this request built the pool: no query
        if read is None:
            return published_qs.filter(key__in=ids)
        return [obj for obj in read if obj.key in ids]

    for model in (TeamPage, ImpactStoryPage):
        if wanted(model):
            for page in pages_of(model, published(model.objects)):
                take(page, page.locale_id)
    if wanted(RoadmapMilestone):
        for m in pages_of(RoadmapMilestone, published_milestones()):
            take(m, m.roadmap.locale_id)
    for model in SNIPPET_MODELS:
        if wanted(model):
            for obj in model.objects.filter(live=True, key__in=ids):
                take(obj, obj.locale_id)
    return {key: obj for key, (_, obj) in found.items()}
