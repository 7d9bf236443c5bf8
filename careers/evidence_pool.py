"""The published evidence as checker data, as the pages of each language see it.

Published evidence is what a candidate can see: live, public pages and live
snippets. Translations share a reference id, so each id enters a language's
view once: in that language when that version is live, else in the site's
default language, else in any live language. A German page is thus checked
against (and receipts show) the German version of every piece of evidence
that has one, never its English translation.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from contextlib import nullcontext
from dataclasses import dataclass

from django.db.models import F, Prefetch, QuerySet, Value, Window
from django.db.models.functions import JSONObject, RowNumber
from wagtail.models import Page

from careers import claims, request_memo, version_cache, versioning
from careers.languages import default_locale
from careers.languages import locales as all_locales
from careers.models import (
    CommunityActivity,
    DataAsset,
    Department,
    HiringAICompliance,
    ImpactMetric,
    ImpactStoryPage,
    Recognition,
    Resource,
    RoadmapMilestone,
    RoadmapPage,
    TeamMember,
    TeamPage,
)
from careers.selectors.jobs import json_of, linked_fields, linked_row, set_prefetched
from careers.selectors.visibility import published

POOL_CACHE_KEY = "careers:evidence:pool:{version}"
POOL_CACHE_SECONDS = 600
#: ``pool_digest``'s, per evidence version.
POOL_DIGEST_KEY = "careers:evidence:pool-digest:{version}"


class Pool(tuple):
    """The evidence in the site's default language's view (the tuple itself),
    with every language's view in ``views`` (language code -> tuple)."""

    views: dict[str, tuple]
    default: str

    def __new__(cls, views: dict[str, tuple] | None = None, default: str = ""):
        views = dict(views or {})
        pool = super().__new__(cls, views.get(default, ()))
        pool.views, pool.default = views, default
        return pool

    def __getnewargs__(self):  # unpickled from the shared cache
        return (self.views, self.default)

    def for_language(self, code: str | None) -> tuple:
        """The view for pages in language ``code`` (the same object for the
        same language, so that callers can group pages by it)."""
        found = self.views.get((code or "")[:2]) or self.views.get(self.default)
        return self if found is None else found

    def __repr__(self) -> str:  # digests of the pool see every view
        return repr((self.default, sorted(self.views.items())))


def for_language(pool: tuple, code: str | None) -> tuple:
    """The view of ``pool`` for pages in language ``code`` (a plain tuple is
    the same for every language)."""
    return pool.for_language(code) if isinstance(pool, Pool) else pool


# CMS objects -> checker data --------------------------------------------------


@dataclass(frozen=True)
class Mapping:
    """One kind of evidence in the CMS and its checker data, mapped both ways
    (the bundle import goes back through ``model_fields``). Each of
    ``fields`` is a name both sides share or a pair (CMS name, checker name);
    those in ``OPTIONAL`` are empty text in the CMS and None in the checker's
    data. Nested rows (members, metrics) are mapped by their owners."""

    model: type
    data: type
    fields: tuple[str | tuple[str, str], ...]

    OPTIONAL = frozenset({"url", "partner"})

    def pairs(self) -> list[tuple[str, str]]:
        return [(f, f) if isinstance(f, str) else f for f in self.fields]

    def as_data(self, obj, **nested) -> claims.Evidence:
        values = {theirs: getattr(obj, ours) for ours, theirs in self.pairs()}
        for name in self.OPTIONAL & values.keys():
            values[name] = values[name] or None
        return self.data(id=obj.evidence_id, **values, **nested)

    def model_fields(self, data: claims.Evidence) -> dict:
        values = {ours: getattr(data, theirs) for ours, theirs in self.pairs()}
        for name in self.OPTIONAL & values.keys():
            values[name] = values[name] or ""
        return values


TEAM = Mapping(TeamPage, claims.Team, (("title", "name"), "headcount"))
STORY = Mapping(
    ImpactStoryPage,
    claims.ImpactStory,
    ("title", "product", "technique", "in_production_since", "decision_support"),
)
SNIPPETS = (
    Mapping(
        CommunityActivity,
        claims.CommunityActivity,
        ("kind", "title", "date", "url", "partner"),
    ),
    Mapping(DataAsset, claims.DataAsset, ("name", "description", "volume", "access")),
    Mapping(Resource, claims.Resource, ("kind", "description")),
    Mapping(Recognition, claims.Recognition, ("title", "date", "issuer", "url")),
    Mapping(
        HiringAICompliance,
        claims.HiringAICompliance,
        ("system", "human_oversight", "reviewed_on", "reviewer", "url"),
    ),
)
SNIPPET_MODELS = tuple(mapping.model for mapping in SNIPPETS)
SNIPPET_OF_DATA = {mapping.data: mapping for mapping in SNIPPETS}


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
    return TEAM.as_data(
        t,
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
    return STORY.as_data(
        s,
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
    return next(m for m in SNIPPETS if isinstance(obj, m.model)).as_data(obj)


def as_evidence(obj) -> list[claims.Evidence]:
    """Checker data for one CMS object (a roadmap gives all its milestones)."""
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


# read paths -------------------------------------------------------------------


def published_milestones():
    roadmaps = published(Page.objects).values("pk")
    return (
        RoadmapMilestone.objects.filter(roadmap__in=roadmaps)
        .select_related("roadmap", "owner_team")
        .prefetch_related(Prefetch("departments", queryset=in_order(Department)))
        .order_by("roadmap__locale_id", "sort_order", "pk")
    )


def published_teams():
    members = in_order(TeamMember).select_related("person")
    return published(TeamPage.objects).prefetch_related(
        Prefetch("members", queryset=members)
    )


def published_stories():
    return published(ImpactStoryPage.objects).prefetch_related(
        Prefetch("metrics", queryset=in_order(ImpactMetric))
    )


def in_order(model):
    """``model``'s rows in its own order, ties by id: the same order on every
    database and every run (PostgreSQL returns ties in the order it finds
    them on disk), so that the pool, and the digest of it that stored
    verdicts carry, is the same for the same content."""
    return model.objects.order_by(*model._meta.ordering, "pk")


#: What the pool reads of a snippet: its identity and its checker fields.
SNIPPET_IDENTITY = ("pk", "locale_id", "key", "translation_key")


@dataclass(frozen=True)
class Children:
    """A relation of the pool's pages (``owner.<name>.all()``) read with the
    live snippets (``live_snippets``) instead of as a prefetch of its own:
    its ``rows`` (a many-to-many's through rows), the owner's id in them, the
    ``path`` from them to the objects the relation gives, the owner's
    foreign key on those (``back``) and one they come with (``joined``)."""

    owner: type
    name: str
    model: type
    rows: QuerySet
    owner_id: str
    path: str = ""
    back: str = ""
    joined: str = ""


def page_children() -> list[Children]:
    """What the pool's pages would prefetch (``published_milestones``,
    ``published_teams``, ``published_stories``): of published pages only."""
    roadmaps = published(Page.objects).values("pk")
    teams = published(TeamPage.objects).values("pk")
    stories = published(ImpactStoryPage.objects).values("pk")
    through = RoadmapMilestone.departments.through.objects
    return [
        Children(
            RoadmapMilestone,
            "departments",
            Department,
            through.filter(roadmapmilestone__roadmap__in=roadmaps),
            "roadmapmilestone_id",
            path="department__",
        ),
        Children(
            TeamPage,
            "members",
            TeamMember,
            TeamMember.objects.filter(team__in=teams),
            "team_id",
            back="team",
            joined="person",
        ),
        Children(
            ImpactStoryPage,
            "metrics",
            ImpactMetric,
            ImpactMetric.objects.filter(story__in=stories),
            "story_id",
            back="story",
        ),
    ]


def in_own_order(model, path: str = "") -> list:
    """``in_order``'s order, for a window over rows that reach ``model``
    through ``path``."""
    names = [*model._meta.ordering, "pk"]
    return [
        F(path + o[1:]).desc() if o.startswith("-") else F(path + o).asc()
        for o in names
    ]


def live_snippets(
    children: Iterable[Children] = (),
) -> tuple[list, list[tuple[Children, dict]]]:
    """Every live evidence snippet, in one query over the snippet tables: kind
    by kind (in ``SNIPPETS`` order), each kind in its model's own order, as it
    reads them one kind at a time. The objects hold what the pool maps and
    nothing else (``SNIPPET_IDENTITY`` and their mapping's fields).

    With the rows of ``children`` in the same query, as JSON (``json_of``),
    each relation in its model's own order; for ``attach_children``, each
    with its objects by owner id."""
    children = list(children)
    parts = []
    for n, mapping in enumerate(SNIPPETS):
        model = mapping.model
        names = SNIPPET_IDENTITY + tuple(ours for ours, _ in mapping.pairs())
        parts.append(
            model.objects.filter(live=True)
            .order_by()
            .annotate(
                kind_n=Value(n),
                # ties in the same order on every database and run
                row_n=Window(RowNumber(), order_by=in_own_order(model)),
                fields=JSONObject(**{name: F(name) for name in names}),
            )
            .values_list("kind_n", "row_n", "fields")
        )
    for n, kind in enumerate(children, len(SNIPPETS)):
        values = json_of(linked_fields(kind.model), kind.path)
        if kind.joined:
            joined = kind.model._meta.get_field(kind.joined).related_model
            values[kind.joined] = JSONObject(
                **json_of(linked_fields(joined), f"{kind.joined}__")
            )
        parts.append(
            kind.rows.order_by()
            .annotate(
                kind_n=Value(n),
                row_n=Window(RowNumber(), order_by=in_own_order(kind.model, kind.path)),
                fields=JSONObject(owner=F(kind.owner_id), **values),
            )
            .values_list("kind_n", "row_n", "fields")
        )
    rows = parts[0].union(*parts[1:], all=True).order_by("kind_n", "row_n")
    snippets = []
    read: list[dict] = [{} for _ in children]
    for n, _row, fields in rows:
        if n < len(SNIPPETS):
            snippets.append(_snippet_object(SNIPPETS[n].model, fields))
            continue
        kind = children[n - len(SNIPPETS)]
        owner = fields.pop("owner")
        joined = fields.pop(kind.joined, None)
        obj = linked_row(kind.model, fields)
        if kind.joined:
            related = kind.model._meta.get_field(kind.joined).related_model
            setattr(obj, kind.joined, linked_row(related, joined))
        read[n - len(SNIPPETS)].setdefault(owner, []).append(obj)
    return snippets, list(zip(children, read, strict=True))


def attach_children(objects: Iterable, found: list[tuple[Children, dict]]) -> None:
    """Each of ``objects`` with its relations read by ``live_snippets``
    (``found``), as ``prefetch_related`` leaves them."""
    for obj in objects:
        for kind, by_owner in found:
            if isinstance(obj, kind.owner):
                rows = by_owner.get(obj.pk, [])
                for row in rows:
                    if kind.back:
                        setattr(row, kind.back, obj)
                set_prefetched(obj, kind.name, rows)


def _snippet_object(model, fields: dict):
    meta = model._meta
    values = {}
    for name, value in fields.items():
        field = meta.pk if name == "pk" else meta.get_field(name.removesuffix("_id"))
        values[field.attname] = None if value is None else field.to_python(value)
    return model(**values)


def _ref(obj) -> tuple[str, object]:
    return (type(obj)._meta.label, obj.pk)


def _locale_id(obj) -> int | None:
    if isinstance(obj, RoadmapMilestone):
        return obj.roadmap.locale_id
    return getattr(obj, "locale_id", None)


def _candidates(replace: Iterable, exclude: Iterable) -> list[tuple[int | None, list]]:
    """(locale id, checker data) of every live evidence object, with the
    unsaved versions in ``replace`` instead of theirs and ``exclude`` left out."""
    gone = {_ref(obj) for obj in exclude}
    swaps = [obj for obj in replace if obj is not None]
    gone |= {_ref(obj) for obj in swaps if obj.pk is not None}
    roadmaps = {obj.pk for obj in swaps if isinstance(obj, RoadmapPage)}
    roadmaps |= {pk for label, pk in gone if label == "careers.RoadmapPage"}
    # Their relations come with the snippets: one query for the four.
    milestones = published_milestones().prefetch_related(None)
    objects = [m for m in milestones if m.roadmap_id not in roadmaps]
    objects += list(published_teams().prefetch_related(None))
    objects += list(published_stories().prefetch_related(None))
    snippets, children = live_snippets(page_children())
    attach_children(objects, children)
    if not roadmaps:  # all of them: what ``read_pages`` gives for this request
        request_memo.memo("evidence_pages")["objects"] = list(objects)
    objects += snippets
    found = [(_locale_id(o), as_evidence(o)) for o in objects if _ref(o) not in gone]
    found += [(getattr(o, "locale_id", None), as_evidence(o)) for o in swaps]
    return found


def read_pages() -> list | None:
    """The published milestones, teams (with their members) and stories
    (with their metrics) this request read to build the pool (or found with
    it in the cache), as
    ``published_milestones``, ``published_teams`` and ``published_stories``
    give them; None when it did not build it."""
    return request_memo.memo("evidence_pages").get("objects")


def read_of(model) -> list | None:
    """The published objects of ``model`` among ``read_pages`` (milestones with
    their departments, teams with their members, stories with their metrics);
    None when this request did not read them for the pool."""
    read = read_pages()
    return None if read is None else [obj for obj in read if type(obj) is model]


def build_pool(
    *,
    replace: Iterable[object] = (),
    remove: Iterable[str] = (),
    exclude: Iterable[object] = (),
) -> Pool:
    """Every piece of published evidence as checker data, in each language's
    view (about a dozen queries).

    ``replace`` swaps in unsaved versions of evidence (an edit being weighed),
    ``exclude`` leaves out CMS objects (an unpublish or delete being weighed;
    a translation of the same evidence still counts) and ``remove`` drops
    evidence ids outright."""
    locales = {loc.pk: loc.language_code for loc in all_locales().values()}
    default = default_locale().pk
    found = _candidates(replace, exclude)
    removed = set(remove)
    views = {}
    for pk, code in locales.items():
        rank = {pk: 0, default: 1}
        chosen: dict[str, tuple[int, claims.Evidence]] = {}
        for locale_id, items in found:
            order = rank.get(locale_id, 2)
            for item in items:
                if item.id in removed:
                    continue
                if item.id not in chosen or order < chosen[item.id][0]:
                    chosen[item.id] = (order, item)
        views.setdefault(code[:2], tuple(item for _, item in chosen.values()))
    return Pool(views, locales.get(default, "")[:2])


def evidence_pool() -> Pool:
    """The published evidence, cached until the evidence changes (a job's
    publish leaves it warm), with the objects it was read from (``read_pages``
    gives them to this request: a job post shows its team, stories and
    milestones from them instead of reading them again). Once per request:
    a page asks for it more than once (its evidence, its claims' check), and
    each copy from the cache is unpickled anew."""
    key = POOL_CACHE_KEY.format(version=versioning.evidence_token())
    memo = request_memo.memo("evidence_pool")
    if key in memo:
        return memo[key]
    kept = version_cache.get(key)
    if isinstance(kept, dict) and isinstance(kept.get("pool"), Pool):
        request_memo.memo("evidence_pages").setdefault("objects", kept["objects"])
        memo[key] = kept["pool"]
        return kept["pool"]
    # Outside a request (a writer's hook, a command) in a scope of its own,
    # so that the objects are kept all the same.
    with nullcontext() if request_memo.active() else request_memo.scope():
        pool, objects = build_pool(), read_pages()
    version_cache.set(key, {"pool": pool, "objects": objects}, POOL_CACHE_SECONDS)
    memo[key] = pool
    return pool


def pool_digest() -> str:
    """A digest of ``evidence_pool()`` (the published evidence as the checker
    reads it), kept apart from it: what the claim verdicts are kept by, read
    without unpickling the pool on a page that does not show its evidence."""
    key = POOL_DIGEST_KEY.format(version=versioning.evidence_token())
    memo = request_memo.memo("evidence_pool")
    if key not in memo:
        found = version_cache.get(key)
        if not isinstance(found, str):
            text = repr(evidence_pool())
            found = hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()
            version_cache.set(key, found, POOL_CACHE_SECONDS)
        memo[key] = found
    return memo[key]
