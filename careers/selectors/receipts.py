"""Receipts: the AI claims the checker finds in a page's text, each with the
published evidence that backs it, ready for the templates to mark."""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Site

from careers.models import Maturity, OrganisationProfile

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


@dataclass(frozen=True)
class Receipt:
    """One claimed sentence of a field: where it is, what kinds of claim it
    makes and what backs it."""

    kinds: tuple[str, ...]
    start: int
    end: int
    sentence: str
    evidence: tuple[EvidenceLink, ...] = ()

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
    label = (
        getattr(obj, "title", "")
        or getattr(obj, "name", "")
        or getattr(obj, "system", "")
        or str(obj)
    )
    if isinstance(obj, Page):
        url = obj.get_url(request) or ""
    elif isinstance(getattr(obj, "roadmap", None), Page):
        url = f"{obj.roadmap.get_url(request) or ''}#{obj.evidence_id}"
    else:
        url = getattr(obj, "url", "") or ""
    return EvidenceLink(id=evidence_id, kind=kind, label=str(label), url=url)


def page_receipts(page: Page, request: HttpRequest) -> dict[str, list[Receipt]]:
    """The claims of ``page`` by field, in text order, each with its live
    backing evidence. Empty when the checker is not installed."""
    try:
        from careers.evidence import evidence_by_id, page_claims
    except ImportError:
        return {}
    claims = list(page_claims(page))
    if not claims:
        return {}
    ids = sorted({i for claim in claims for i in claim.backed_by})
    found = evidence_by_id(ids, page.locale) if ids else {}
    # A sentence can make several kinds of claim: one receipt for all.
    spans: dict[tuple, dict] = {}
    for claim in sorted(claims, key=lambda c: (c.field, c.start, c.end)):
        span = spans.setdefault(
            (claim.field, claim.start, claim.end),
            {"kinds": [], "ids": [], "sentence": claim.sentence},
        )
        span["kinds"].append(claim.kind)
        span["ids"].extend(claim.backed_by)
    receipts: dict[str, list[Receipt]] = defaultdict(list)
    for (field, start, end), span in spans.items():
        links = tuple(
            evidence_link(i, found[i], request)
            for i in dict.fromkeys(span["ids"])
            if i in found and is_public(found[i])
        )
        kinds = tuple(dict.fromkeys(span["kinds"]))
        receipts[field].append(Receipt(kinds, start, end, span["sentence"], links))
    return dict(receipts)


def _level(value: Any) -> int | None:
    if value in (None, ""):
        return None
    if isinstance(value, str) and not (value.isascii() and value.isdigit()):
        values = [code for code, _label in Maturity.choices]
        return values.index(value) + 1 if value in values else None
    return int(value)


def evidenced_maturity(request: HttpRequest) -> dict[str, Any] | None:
    """The organisation's stated and evidenced AI maturity, for the badge;
    None when the profile hides it or the checker is not installed."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    profile = OrganisationProfile.for_site(site)
    if not profile.show_maturity:
        return None
    try:
        from careers.evidence import maturity
    except ImportError:
        return None
    result = maturity(site)
    get = result.get if isinstance(result, dict) else lambda k: getattr(result, k)
    labels = dict(enumerate((label for _code, label in Maturity.choices), start=1))
    evidenced, claimed = _level(get("evidenced")), _level(get("claimed"))
    if evidenced is None:
        return None
    return {
        "evidenced": evidenced,
        "evidenced_label": labels.get(evidenced, ""),
        "claimed": claimed,
        "claimed_label": labels.get(claimed, "") if claimed else "",
        "levels": len(labels),
    }
