"""Bundles (``careers-claims-bundle/1``) in and out of the CMS.

Export writes the site's pages as items and its published evidence, through
the same adapter the gate uses, so checking the exported bundle gives the same
verdict as checking the site. Import turns a bundle into pages and snippets,
in one transaction: idempotent by id, all or nothing, drafts unless asked to
publish, and publishing goes through the same gate.

Item ids are ``<reference id>:<language>``; evidence ids are reference ids.
Evidence is imported in the site's default language.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import ValidationError
from django.db import DataError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from modelcluster.models import get_all_child_relations
from wagtail.models import Locale, Page

from careers import claims, evidence
from careers.citations import rows_for
from careers.models import (
    CareersIndexPage,
    CareersPage,
    DataAsset,
    Department,
    ImpactMetric,
    ImpactStoryPage,
    JobDataAsset,
    JobImpactStory,
    JobMilestone,
    JobPostingPage,
    JobResource,
    Person,
    Resource,
    RoadmapMilestone,
    RoadmapPage,
    TeamMember,
    TeamPage,
)
from careers.models.pages_base import CareersBasePage
from careers.selectors.careers_pages import careers_page_models, careers_pages
from careers.text import safe_html

from . import gate
from .errors import ServiceError

FIELD_SEPARATOR = "\n\n"
_HAS_TAG = re.compile(r"<[a-zA-Z/][^>]*>")


class ImportRefused(ServiceError):
    """The bundle cannot be imported; ``problems`` say why (JSON paths)."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


# export ----------------------------------------------------------------------


def item_id(page: CareersBasePage) -> str:
    return f"{page.evidence_id}:{page.locale.language_code}"


def export_pages(
    *, include_drafts: bool = False, language: str | None = None
) -> list[CareersBasePage]:
    pages = careers_pages()
    if language:
        pages = [p for p in pages if p.locale.language_code[:2] == language[:2]]
    return pages if include_drafts else [p for p in pages if p.live]


def export_bundle(
    *,
    include_drafts: bool = False,
    as_of: dt.date | None = None,
    language: str | None = None,
) -> dict[str, Any]:
    """The site as a bundle: its pages as items, its published evidence.

    With ``language``, the pages of that language and the evidence as those
    pages see it (translations in that language where they exist): checking
    that bundle gives what the site says about those pages. Without, every
    page and the evidence in the site's default language."""
    pool = evidence.build_pool()
    view = evidence.for_language(pool, language)
    known = {e.id for e in view}
    items = [
        _export_item(page, known)
        for page in export_pages(include_drafts=include_drafts, language=language)
    ]
    bundle = claims.Bundle(
        items=tuple(items),
        evidence=tuple(view),
        organisation=evidence.organisation(),
        as_of=as_of or timezone.localdate(),
    )
    return claims.bundle_to_dict(bundle)


def _export_item(page: CareersBasePage, known: set[str]) -> claims.Item:
    """A page as a bundle item: its checked texts joined into one, its links
    and citations of published evidence only (as the site checks it)."""
    item = evidence.only_published(evidence.page_item(page), known)
    return claims.Item(
        id=item_id(page),
        kind=item.kind,
        language=item.language,
        title=item.title,
        texts={"text": FIELD_SEPARATOR.join(t for t in item.texts.values() if t)},
        data_access=item.data_access,
        resources=item.resources,
        is_ai_role=item.is_ai_role,
        links=item.links,
        citations=item.citations,
    )


def _cited(item: claims.Item) -> set[tuple[str, str]]:
    return {(c.sentence, i) for c in item.citations for i in c.evidence}


# import ----------------------------------------------------------------------


@dataclass
class ImportResult:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    published: list[str] = field(default_factory=list)
    blocked: dict[str, list[claims.Finding]] = field(default_factory=dict)

    def note(self, created: bool, label: str) -> None:
        (self.created if created else self.updated).append(label)


def import_bundle(*, data: Any, publish: bool = False) -> ImportResult:
    """Import ``data`` (a parsed JSON document). Raises ImportRefused, leaving
    the database untouched, when the bundle is invalid or has no home."""
    problems = claims.validate_bundle(data)
    if problems:
        raise ImportRefused(problems)
    data = _without_nul(data)
    bundle = claims.parse_bundle(data)
    with transaction.atomic():
        _one_import_at_a_time()
        return _Importer(bundle, publish=publish).run()


@contextmanager
def _refusing(label: str) -> Iterator[None]:
    """What the database or a model refuses while ``label`` is written refuses
    the whole import, naming ``label`` (a value too long for its field, a
    number out of range), instead of a traceback."""
    try:
        yield
    except ValidationError as error:
        raise ImportRefused([f"{label}: {m}" for m in error.messages]) from error
    except (DataError, OverflowError) as error:
        raise ImportRefused(
            [f"{label}: a value does not fit its field ({error})"]
        ) from error


def _clean(obj, label: str) -> None:
    """Validates ``obj``'s own values (lengths, ranges, choices) before it is
    written: SQLite stores an over-long text, PostgreSQL refuses it, and the
    same bundle must do the same on both."""
    related = [f.name for f in obj._meta.get_fields() if f.is_relation]
    with _refusing(label):
        obj.clean_fields(exclude=related)


def _clean_rows(page: Page, label: str) -> None:
    """Validates the page's inline rows (members, metrics, milestones, links)."""
    for relation in get_all_child_relations(page):
        for row in getattr(page, relation.get_accessor_name()).all():
            _clean(row, label)


def _measure(value: float | None) -> Decimal | None:
    """A metric's number as the field stores it (four decimal places), written
    as given (8.4, not 8.4000000000000003552713678800500929355621337890625)."""
    if value is None:
        return None
    try:
        return Decimal(str(value)).quantize(Decimal("0.0001"))
    except InvalidOperation:  # infinity, or too many digits: the field says so
        return Decimal(str(value))


def _without_nul(value: Any) -> Any:
    """``value`` with NUL characters removed from every string: they carry no
    text, and PostgreSQL cannot store them (SQLite can: the same bundle must
    give the same site on both)."""
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, dict):
        return {_without_nul(k): _without_nul(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_without_nul(v) for v in value]
    return value


def _one_import_at_a_time() -> None:
    """Imports queue up: the first statement writes the tree's root row, so a
    second import of the same bundle waits for the first to commit and then
    finds everything there (one copy, not two; PostgreSQL row lock, SQLite
    write lock)."""
    Page.objects.filter(depth=1).update(numchild=F("numchild"))


def _html(text: str) -> str:
    """Plain text becomes paragraphs; HTML is sanitised."""
    if _HAS_TAG.search(text or ""):
        return safe_html(text)
    paragraphs = [p.strip() for p in (text or "").split("\n\n") if p.strip()]
    return "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)


class _Importer:
    def __init__(self, bundle: claims.Bundle, *, publish: bool):
        self.bundle, self.publish = bundle, publish
        self.result = ImportResult()
        self.default = Locale.get_default()
        self.homes: dict[str, CareersIndexPage] = {}

    def run(self) -> ImportResult:
        home = self.home(self.default.language_code)
        for team in self.bundle.of_type(claims.Team):
            self.team(home, team)
        for story in self.bundle.of_type(claims.ImpactStory):
            self.story(home, story)
        milestones = self.bundle.of_type(claims.RoadmapMilestone)
        if milestones:
            self.roadmap(home, milestones)
        for ev in self.bundle.evidence:
            if not isinstance(
                ev, claims.Team | claims.ImpactStory | claims.RoadmapMilestone
            ):
                self.snippet(ev)
        for item in self.bundle.items:
            self.item(item)
        return self.result

    # pages -------------------------------------------------------------------

    def home(self, language: str) -> CareersIndexPage:
        if language in self.homes:
            return self.homes[language]
        locale = Locale.objects.get(language_code=language)
        home = CareersIndexPage.objects.filter(locale=locale).first()
        if home is None:
            source = CareersIndexPage.objects.filter(locale=self.default).first()
            if source is None:
                raise ImportRefused(
                    [
                        "There is no careers home to import into: create one first "
                        "(or run manage.py load_demo)."
                    ]
                )
            home = source.copy_for_translation(locale, copy_parents=True)
            self.save(home, f"careers home ({language})", created=True)
        self.homes[language] = home
        return home

    def find(self, model, key: str, locale) -> Page | None:
        return model.objects.filter(key=key, locale=locale).first()

    def place(self, model, key: str, parent: Page, **fields) -> tuple[Page, bool]:
        page = self.find(model, key, parent.locale)
        if page is None:
            slug = self.free_slug(parent, slugify(fields.get("title") or key) or key)
            page = model(key=key, slug=slug, locale=parent.locale, live=False, **fields)
            with _refusing(key):  # Page.save runs full_clean
                parent.add_child(instance=page)
            return page, True
        if page.live:  # edit the newest version; the live one stays until publish
            page = page.get_latest_revision_as_object()
        for name, value in fields.items():
            setattr(page, name, value)
        return page, False

    def free_slug(self, parent: Page, slug: str) -> str:
        taken = set(parent.get_children().values_list("slug", flat=True))
        candidate, n = slug[:240], 1
        while candidate in taken or candidate in {"jobs", "search"}:
            n += 1
            candidate = f"{slug[:230]}-{n}"
        return candidate

    def save(self, page: Page, label: str, *, created: bool) -> None:
        """A draft revision; published too when asked and the gate allows."""
        self.result.note(created, label)
        _clean(page, label)
        _clean_rows(page, label)
        with _refusing(label):
            if not page.live:  # a draft-only page keeps its content in its row
                page.save()
            revision = page.save_revision()
        if not self.publish:
            return
        if gate.is_gated(page):
            verdict = gate.page_verdict(page)
            if not verdict.publishable:
                self.result.blocked[label] = verdict.blocks
                return
        revision.publish()
        self.result.published.append(label)

    def unchanged(self, model, ev, locale) -> bool:
        """Whether the evidence page already says what ``ev`` says."""
        page = self.find(model, ev.id, locale)
        if page is None:
            return False
        current = evidence.as_evidence(page.get_latest_revision_as_object())
        if current and current[0] == ev:
            self.result.unchanged.append(ev.id)
            return True
        return False

    def team(self, home: Page, team: claims.Team) -> None:
        if self.unchanged(TeamPage, team, home.locale):
            return
        page, created = self.place(
            TeamPage, team.id, home, **evidence.TEAM.model_fields(team)
        )
        if team.description:  # not given: the page keeps its own
            page.description = _html(team.description)
        page.members = [
            TeamMember(
                person=self.person(m.name, m.role),
                role=m.role,
                technical_lead=m.technical_lead,
                interviewer=m.interviewer,
            )
            for m in team.members
        ]
        self.save(page, team.id, created=created)

    def person(self, name: str, role: str) -> Person:
        found = Person.objects.filter(name=name).first()
        if found is None:
            found = Person(name=name, job_title=role)
            _clean(found, f"person {name[:40]!r}")
            found.save()
        return found

    def story(self, home: Page, story: claims.ImpactStory) -> None:
        if self.unchanged(ImpactStoryPage, story, home.locale):
            return
        fields = evidence.STORY.model_fields(story)
        fields["title"] = story.title or story.product
        page, created = self.place(ImpactStoryPage, story.id, home, **fields)
        page.metrics = [
            ImpactMetric(
                name=m.name,
                value=_measure(m.value),
                baseline=_measure(m.baseline),
                unit=m.unit,
                measured_on=m.measured_on,
            )
            for m in story.metrics
        ]
        self.save(page, story.id, created=created)

    def roadmap(self, home: Page, milestones: list[claims.RoadmapMilestone]) -> None:
        page = RoadmapPage.objects.filter(locale=home.locale).first()
        created = page is None
        if created:
            page = RoadmapPage(
                title="AI roadmap", key="roadmap", slug="ai-roadmap", live=False
            )
            page.locale = home.locale
            home.add_child(instance=page)
        elif page.live:
            page = page.get_latest_revision_as_object()
        current = {e.id: e for e in evidence.as_evidence(page)}
        if all(current.get(m.id) == m for m in milestones):
            self.result.unchanged.append("roadmap")
            return
        existing = {m.key: m for m in page.milestones.all()}
        ordered = []
        for m in milestones:
            row = existing.pop(m.id, None) or RoadmapMilestone(key=m.id)
            row.title, row.status, row.description = m.title, m.status, m.description
            row.target_date, row.delivered_on = m.target_date, m.delivered_on
            row.owner_team = self.find(TeamPage, m.owner_team or "", home.locale)
            with _refusing(m.id):
                row.departments = [
                    Department.objects.get_or_create(name=name)[0]
                    for name in m.departments
                ]
            ordered.append(row)
        page.milestones = ordered + list(existing.values())
        self.save(page, "roadmap", created=created)

    # snippets ----------------------------------------------------------------

    def snippet(self, ev) -> None:
        mapping = evidence.SNIPPET_OF_DATA[type(ev)]
        model, fields = mapping.model, mapping.model_fields(ev)
        obj = model.objects.filter(key=ev.id, locale=self.default).first()
        created = obj is None
        if created:
            obj = model(key=ev.id, locale=self.default, live=False, **fields)
        elif all(getattr(obj, k) == v for k, v in fields.items()):
            self.result.unchanged.append(ev.id)
            return
        else:
            for name, value in fields.items():
                setattr(obj, name, value)
        with _refusing(ev.id):
            obj.full_clean()
            obj.save()
            revision = obj.save_revision()
        self.result.note(created, ev.id)
        if self.publish:
            revision.publish()
            self.result.published.append(ev.id)

    # items -------------------------------------------------------------------

    def item(self, item: claims.Item) -> None:
        key = item.id.removesuffix(f":{item.language}")
        home = self.home(item.language)
        page = self.existing_page(key, home.locale)
        text = item.texts.get("text", "")
        if page is not None and self.same_text(page, item, text):
            self.result.unchanged.append(item.id)
            return
        if item.kind == "job_post" or isinstance(page, JobPostingPage):
            self.job(home, key, item, text)
        else:
            self.careers_page(home, key, item, text, page)

    def existing_page(self, key: str, locale) -> CareersBasePage | None:
        for model in careers_page_models():
            found = self.find(model, key, locale)
            if found is not None:
                return found
        return None

    def same_text(self, page: CareersBasePage, item: claims.Item, text: str) -> bool:
        current = evidence.page_item(page)
        joined = FIELD_SEPARATOR.join(t for t in current.texts.values() if t)
        return (current.title, joined) == (item.title, text) and (
            current.data_access,
            current.resources,
            current.is_ai_role,
            set(current.links),
            _cited(current),
        ) == (
            item.data_access,
            item.resources,
            item.is_ai_role,
            set(item.links),
            _cited(item),
        )

    def linked(self, model, keys: list[str], locale) -> list:
        found = []
        for key in keys:
            obj = model.objects.filter(key=key, locale=locale).first() or (
                model.objects.filter(key=key, locale=self.default).first()
            )
            if obj is not None:
                found.append(obj)
        return found

    def job(self, home: Page, key: str, item: claims.Item, text: str) -> None:
        teams = self.linked(TeamPage, list(item.links), home.locale)
        page, created = self.place(
            JobPostingPage,
            key,
            home,
            title=item.title,
            introduction=_html(text),
            tasks="",
            profile="",
            offer="",
            data_access=item.data_access,
            resources=item.resources,
            is_ai_role=item.is_ai_role,
            team=teams[0] if teams else None,
        )
        links = list(item.links)
        page.story_links = [
            JobImpactStory(story=s)
            for s in self.linked(ImpactStoryPage, links, home.locale)
        ]
        milestones = [
            m
            for key_ in links
            for m in RoadmapMilestone.objects.filter(key=key_).order_by(
                "-roadmap__locale_id"
            )[:1]
        ]
        page.milestone_links = [JobMilestone(milestone=m) for m in milestones]
        page.data_asset_links = [
            JobDataAsset(data_asset=d)
            for d in self.linked(DataAsset, links, home.locale)
        ]
        page.resource_links = [
            JobResource(resource=r) for r in self.linked(Resource, links, home.locale)
        ]
        page.claim_citations = rows_for(item.citations, home.locale)
        self.save(page, item.id, created=created)

    def careers_page(self, home, key, item, text, page) -> None:
        if page is None or isinstance(page, CareersPage):
            page, created = self.place(
                CareersPage, key, home, title=item.title, body=_html(text)
            )
        else:  # another page type: the bundle's text replaces its checked text
            created = False
            if page.live:
                page = page.get_latest_revision_as_object()
            first, *rest = page.claim_fields
            setattr(page, first, _html(text))
            for name in rest:
                setattr(page, name, "")
            page.title = item.title
        page.claim_citations = rows_for(item.citations, home.locale)
        self.save(page, item.id, created=created)
