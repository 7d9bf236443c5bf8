"""Receipts: the AI claims the checker finds in a page's text, each with the
published evidence that backs it, ready for the templates to mark."""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.db.models import prefetch_related_objects
from django.http import HttpRequest
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Site

from careers import evidence
from careers.content_language import in_language, locale_code, mark_untranslated
from careers.models import (
    ClaimsOverride,
    DataAsset,
    HiringAICompliance,
    ImpactMetric,
    ImpactStoryPage,
    Maturity,
    OrganisationProfile,
    Recognition,
    Resource,
    RoadmapMilestone,
    RoadmapPage,
    TeamPage,
)

from .evidence_sentences import evidence_sentence

#: Pages that are evidence themselves: their title names what they show.
EVIDENCE_PAGES = (RoadmapPage, TeamPage, ImpactStoryPage)

logger = logging.getLogger(__name__)

CLAIM_KINDS = {
    "capability": _("AI in use"),
    "strategy": _("AI strategy"),
    "plan": _("AI plans"),
    "impact": _("Measured impact"),
    "team": _("AI team"),
    "community": _("Community work"),
    "data": _("Data"),
    "superlative": _("Recognition"),
    "hiring_ai": _("AI in hiring"),
}


@dataclass(frozen=True)
class EvidenceLink:
    id: str
    kind: str
    label: str
    url: str = ""
    #: What it is, since when, measured how: one short sentence.
    sentence: str = ""


@dataclass(frozen=True)
class Receipt:
    """One claimed sentence of a field: where it is, what kinds of claim it
    makes and what backs it."""

    kinds: tuple[str, ...]
    start: int
    end: int
    sentence: str
    evidence: tuple[EvidenceLink, ...] = ()
    #: Published without evidence because a claims reviewer approved it.
    overridden: bool = False

    @property
    def kind_label(self) -> str:
        return " · ".join(str(CLAIM_KINDS.get(k, k)) for k in self.kinds)


def is_public(obj: Any) -> bool:
    """Only live evidence backs a claim a candidate sees."""
    roadmap = getattr(obj, "roadmap", None)
    if roadmap is not None and isinstance(roadmap, Page):
        return roadmap.live
    return bool(getattr(obj, "live", True))


def evidence_link(evidence_id: str, obj: Any, request: HttpRequest) -> EvidenceLink:
    kind = capfirst(str(obj._meta.verbose_name))
    field = next((f for f in ("title", "name", "system") if getattr(obj, f, "")), "")
    label = in_language(obj, field) if field else str(obj)
    if isinstance(obj, Page):
        url = obj.get_url(request) or ""
    elif isinstance(getattr(obj, "roadmap", None), Page):
        url = f"{obj.roadmap.get_url(request) or ''}#{obj.evidence_id}"
    else:
        url = getattr(obj, "url", "") or ""
    return EvidenceLink(
        id=evidence_id,
        kind=kind,
        label=label,
        url=url,
        sentence=evidence_sentence(obj),
    )


def shown_on(obj: Any, page: Page) -> bool:
    """Whether ``obj`` is ``page`` itself or part of it (a roadmap's own
    milestone): the page already shows it, a receipt would repeat it."""
    if isinstance(obj, Page):
        return obj.pk == page.pk
    return getattr(obj, "roadmap_id", None) == page.pk


def overridden_live(page: Page) -> bool:
    """Whether a claims reviewer let the live revision of ``page`` through
    without evidence (careers.ClaimsOverride, written on approval)."""
    if not page.live_revision_id:
        return False
    return ClaimsOverride.objects.filter(
        page_id=page.pk, revision_id=page.live_revision_id
    ).exists()


def cited_first(claim) -> list[str]:
    """What backs a claim, the evidence the editor cited for it first: only
    what the checker found relevant (its ``backed_by``) is ever listed."""
    cited = [i for i in getattr(claim, "cited", ()) if i in claim.backed_by]
    return cited + [i for i in claim.backed_by if i not in cited]


#: The fields of evidence a receipt shows, by model, as a translation may
#: leave them in its source language.
RECEIPT_FIELDS = {
    ImpactStoryPage: ("title", "product"),
    TeamPage: ("title", "summary"),
    DataAsset: ("name", "volume", "description"),
    Resource: ("description",),
    Recognition: ("title",),
    HiringAICompliance: ("system", "human_oversight"),
}


def mark_evidence(objects: list, language: str) -> None:
    """Marks what the receipts of a page in ``language`` show untranslated:
    fields a translation left as in its source (one query per kind shown,
    none on pages in the default language); milestones take the language
    of their roadmap."""
    for m in objects:
        if isinstance(m, RoadmapMilestone):
            m.content_language = locale_code(m.roadmap.locale_id)
    for model, fields in RECEIPT_FIELDS.items():
        rows = [o for o in objects if isinstance(o, model)]
        if rows:
            mark_untranslated(
                [(o, o.translation_key) for o in rows],
                fields,
                model=model,
                key="translation_key",
                locale_path="locale",
                language=language,
            )
    stories = [o for o in objects if isinstance(o, ImpactStoryPage)]
    metrics = [(m, s.translation_key) for s in stories for m in s.metrics.all()]
    if metrics:
        mark_untranslated(
            metrics,
            ("name",),
            model=ImpactMetric,
            key="story__translation_key",
            locale_path="story__locale",
            language=language,
        )


def page_receipts(page: Page, request: HttpRequest) -> dict[str, list[Receipt]]:
    """The claims of ``page`` by field, in text order, each with its live
    backing evidence. Empty when it makes no claims."""
    claims = list(evidence.page_claims(page))
    if not claims:
        return {}
    ids = sorted({i for claim in claims for i in claim.backed_by})
    found = evidence.evidence_by_id(ids, page.locale) if ids else {}
    stories = [obj for obj in found.values() if isinstance(obj, ImpactStoryPage)]
    prefetch_related_objects(stories, "metrics")
    mark_evidence(list(found.values()), page.locale.language_code)
    # A sentence can make several kinds of claim: one receipt for all.
    spans: dict[tuple, dict] = {}
    for claim in sorted(claims, key=lambda c: (c.field, c.start, c.end)):
        span = spans.setdefault(
            (claim.field, claim.start, claim.end),
            {"kinds": [], "ids": [], "sentence": claim.sentence},
        )
        span["kinds"].append(claim.kind)
        span["ids"].extend(cited_first(claim))
    receipts: dict[str, list[Receipt]] = defaultdict(list)
    overridden = None
    for (field, start, end), span in spans.items():
        objects = [
            (i, found[i])
            for i in dict.fromkeys(span["ids"])
            if i in found and is_public(found[i])
        ]
        if field == "title":
            # The title is the page's heading: a receipt under it only helps
            # on a page that is no evidence itself, with evidence from elsewhere.
            objects = [(i, obj) for i, obj in objects if not shown_on(obj, page)]
            if not objects or isinstance(page, EVIDENCE_PAGES):
                continue
        links = tuple(evidence_link(i, obj, request) for i, obj in objects)
        if not links and overridden is None:
            overridden = overridden_live(page)
        kinds = tuple(dict.fromkeys(span["kinds"]))
        receipts[field].append(
            Receipt(
                kinds,
                start,
                end,
                span["sentence"],
                links,
                overridden=not links and bool(overridden),
            )
        )
    return dict(receipts)


def _level(value: Any) -> int | None:
    if value in (None, ""):
        return None
    if isinstance(value, str) and not (value.isascii() and value.isdigit()):
        values = [code for code, _label in Maturity.choices]
        return values.index(value) + 1 if value in values else None
    return int(value)


#: What each maturity level means, in words a candidate uses.
MATURITY_MEANING = {
    1: _("We are finding out where AI could help us."),
    2: _("We have AI projects under way or running."),
    3: _("AI runs in production, and we have measured what it changes."),
    4: _(
        "Several AI systems run in production with measured results, and our "
        "roadmap reaches at least three departments."
    ),
    5: _(
        "Several AI systems run in production with measured results, our roadmap "
        "reaches at least three departments, and people make business decisions "
        "with what they produce."
    ),
}


def evidenced_maturity(request: HttpRequest) -> dict[str, Any] | None:
    """How far the organisation is with AI, in plain words: the level its
    published evidence shows and what that means; the stated level only when
    it is more modest. None when the profile hides it."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    profile = OrganisationProfile.shown_for(site)
    if not profile.show_maturity:
        return None
    result = evidence.maturity(site)
    get = result.get if isinstance(result, dict) else lambda k: getattr(result, k)
    names = [label.split("·")[-1].strip() for _code, label in Maturity.choices]
    evidenced, claimed = _level(get("evidenced")), _level(get("claimed"))
    if evidenced is None:
        return None
    modest = claimed is not None and claimed < evidenced
    return {
        "evidenced": evidenced,
        "evidenced_name": names[evidenced - 1] if evidenced <= len(names) else "",
        "meaning": MATURITY_MEANING.get(evidenced, ""),
        "claimed": claimed if modest else None,
        "claimed_name": names[claimed - 1] if modest else "",
        "levels": len(names),
    }
