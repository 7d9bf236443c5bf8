"""Citations between the CMS and the checker.

A page's ``ClaimCitation`` rows (one per cited piece of evidence) become the
item's ``citations``: one ``claims.Citation`` per sentence, with the evidence
ids of what is cited for it. The checker treats cited evidence as relevant to
that sentence whatever its words; the adapter drops citations of evidence
that is not published (``careers.evidence.only_published``), and
``citation_rows`` says which, so the editor is told beside the citation.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Prefetch, prefetch_related_objects

from careers.claims.model import Citation
from careers.evidence_pool import SNIPPET_MODELS
from careers.models import ClaimCitation, ImpactStoryPage, RoadmapMilestone, TeamPage
from careers.models.citations import TYPE_FIELDS, EvidenceType


def citations_prefetch(prefix: str = "") -> Prefetch:
    """Prefetch a page's citations with the evidence they name (one query)."""
    rows = ClaimCitation.objects.select_related(*TYPE_FIELDS.values())
    return Prefetch(f"{prefix}claim_citations", queryset=rows)


def citation_objects(page, rows: Iterable | None = None) -> list[ClaimCitation]:
    """The page's citation rows (in memory for a draft or an unsaved form)."""
    if rows is not None:
        return list(rows)
    manager = getattr(page, "claim_citations", None)
    if manager is None:
        return []
    prefetched = "claim_citations" in getattr(page, "_prefetched_objects_cache", {})
    if prefetched or manager.is_deferring:
        return list(manager.all())  # in memory: a draft, a form, a prefetch
    # The rows alone, then the evidence of the types they cite (a query per
    # type cited, none for a page without citations): joined to every
    # evidence table at once, the query cost more to build than to run.
    rows = list(manager.all())
    prefetch_related_objects(rows, *TYPE_FIELDS.values())
    return rows


def page_citations(page, *, rows: Iterable | None = None) -> tuple:
    """The page's citations as checker data, one per sentence in the order
    first cited; rows whose evidence no longer exists cite nothing."""
    cited: dict[str, list[str]] = {}
    for row in citation_objects(page, rows):
        obj = row.evidence
        sentence = (row.sentence or "").strip()
        if obj is None or not sentence:
            continue
        cited.setdefault(sentence, [])
        if obj.evidence_id not in cited[sentence]:
            cited[sentence].append(obj.evidence_id)
    return tuple(Citation(sentence=s, evidence=tuple(ids)) for s, ids in cited.items())


@dataclass(frozen=True)
class CitedEvidence:
    """One citation as the editor sees it beside the claim."""

    sentence: str
    evidence_type: str
    evidence_id: str
    label: str
    #: published, so it backs the claim; otherwise the editor is told why not
    published: bool
    exists: bool = True

    @property
    def type_label(self) -> str:
        return str(dict(EvidenceType.choices).get(self.evidence_type, ""))


def citation_rows(page, known: set[str], rows: Iterable | None = None) -> list:
    """Every citation of ``page`` with whether it counts: the evidence exists
    and is published (its id is in ``known``, the page's view of the pool)."""
    out = []
    for row in citation_objects(page, rows):
        obj = row.evidence
        out.append(
            CitedEvidence(
                sentence=row.sentence,
                evidence_type=row.evidence_type,
                evidence_id=obj.evidence_id if obj is not None else "",
                label=str(obj) if obj is not None else "",
                published=obj is not None and obj.evidence_id in known,
                exists=obj is not None,
            )
        )
    return out


# bundles -> rows --------------------------------------------------------------


def rows_for(citations: Iterable[Citation], locale) -> list[ClaimCitation]:
    """Citations of a bundle item as rows of a page in ``locale``, each naming
    the evidence in that language where it is translated, numbered in the
    bundle's order (else PostgreSQL may read them back in any order)."""
    rows = []
    for citation in citations:
        for key in dict.fromkeys(citation.evidence):
            obj = evidence_object(key, locale)
            if obj is not None:
                row = ClaimCitation(sentence=citation.sentence, sort_order=len(rows))
                row.cite(obj)
                rows.append(row)
    return rows


def evidence_object(key: str, locale):
    """The CMS object behind an evidence id: its version in ``locale``, else
    in the default language, else any (live or not: an import cites what the
    bundle names, and the gate decides what counts)."""
    from wagtail.models import Locale

    order = {locale.pk: 0, Locale.get_default().pk: 1}
    found = []
    for model in (TeamPage, ImpactStoryPage, *SNIPPET_MODELS):
        found += [(order.get(o.locale_id, 2), o) for o in model.objects.filter(key=key)]
    if not found:
        rows = RoadmapMilestone.objects.filter(key=key).select_related("roadmap")
        found = [(order.get(m.roadmap.locale_id, 2), m) for m in rows]
    return min(found, key=lambda pair: pair[0])[1] if found else None
