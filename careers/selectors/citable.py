"""Evidence an editor may cite for a claim, the most relevant first.

Only published evidence is offered (drafts back nothing). Each reference id
appears once, in the page's language where translated, as the checker sees
it. The order: evidence in the page's language before evidence in another,
then evidence whose words meet the claim's subject words (the checker's own
relevance test, read-only), then the rest by name.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.db.models import Q
from wagtail.models import Locale

from careers.claims.lexicon import default_lexicon
from careers.claims.relevance import Topics, keys_for
from careers.evidence_pool import (
    as_evidence,
    published_milestones,
    published_stories,
    published_teams,
)
from careers.models import (
    CommunityActivity,
    DataAsset,
    EvidenceType,
    HiringAICompliance,
    Recognition,
    Resource,
)
from careers.models.citations import TYPE_FIELDS

from .evidence_sentences import evidence_sentence

#: how many candidates of one type the chooser lists
LIMIT = 50

SNIPPETS = {
    EvidenceType.COMMUNITY_ACTIVITY: CommunityActivity,
    EvidenceType.DATA_ASSET: DataAsset,
    EvidenceType.RESOURCE: Resource,
    EvidenceType.RECOGNITION: Recognition,
    EvidenceType.HIRING_AI_COMPLIANCE: HiringAICompliance,
}
SEARCH_FIELDS = {
    EvidenceType.IMPACT_STORY: ("title", "product", "technique"),
    EvidenceType.ROADMAP_MILESTONE: ("title", "description"),
    EvidenceType.TEAM: ("title",),
    EvidenceType.COMMUNITY_ACTIVITY: ("title", "partner"),
    EvidenceType.DATA_ASSET: ("name", "description"),
    EvidenceType.RESOURCE: ("description",),
    EvidenceType.RECOGNITION: ("title", "issuer"),
    EvidenceType.HIRING_AI_COMPLIANCE: ("system",),
}


@dataclass(frozen=True)
class Candidate:
    evidence_type: str
    pk: int
    evidence_id: str
    label: str
    sentence: str
    language: str
    same_language: bool
    #: the claim's subject words this evidence is about
    matches: tuple[str, ...] = ()

    @property
    def field(self) -> str:
        """The citation's field that refers to evidence of this type."""
        return TYPE_FIELDS[self.evidence_type]

    @property
    def type_label(self) -> str:
        return str(dict(EvidenceType.choices)[self.evidence_type])


def _objects(kind: str, query: str) -> Iterable:
    if kind == EvidenceType.IMPACT_STORY:
        qs = published_stories()
    elif kind == EvidenceType.TEAM:
        qs = published_teams()
    elif kind == EvidenceType.ROADMAP_MILESTONE:
        qs = published_milestones().select_related("roadmap__locale")
    else:
        qs = SNIPPETS[kind].objects.filter(live=True)
    if query:
        found = Q()
        for name in SEARCH_FIELDS[kind]:
            found |= Q(**{f"{name}__icontains": query})
        qs = qs.filter(found)
    return qs


def _locale_id(obj) -> int:
    roadmap = getattr(obj, "roadmap", None)
    return roadmap.locale_id if roadmap is not None else obj.locale_id


def _one_per_id(objects: Iterable, locale_id: int, default_id: int) -> list:
    """Each evidence id once: the page's language, else the default, else any."""
    rank = {locale_id: 0, default_id: 1}
    chosen: dict[str, tuple[int, object]] = {}
    for obj in objects:
        order = rank.get(_locale_id(obj), 2)
        if obj.evidence_id not in chosen or order < chosen[obj.evidence_id][0]:
            chosen[obj.evidence_id] = (order, obj)
    return [obj for _, obj in chosen.values()]


def citable_evidence(
    *,
    types: Sequence[str],
    locale: Locale,
    sentence: str = "",
    query: str = "",
) -> list[Candidate]:
    """Published evidence of ``types`` for a claim of a page in ``locale``,
    the most relevant first (at most LIMIT of each type)."""
    meets = subject_matcher(sentence)
    codes = dict(Locale.objects.values_list("pk", "language_code"))
    default_id = Locale.get_default().pk
    found = []
    for kind in [t for t in types if t in SEARCH_FIELDS]:
        objects = _one_per_id(_objects(kind, query.strip()), locale.pk, default_id)
        for obj in objects:
            found.append(
                Candidate(
                    evidence_type=kind,
                    pk=obj.pk,
                    evidence_id=obj.evidence_id,
                    label=_label(obj),
                    sentence=evidence_sentence(obj),
                    language=codes.get(_locale_id(obj), ""),
                    same_language=_locale_id(obj) == locale.pk,
                    matches=meets(obj),
                )
            )
    found.sort(key=lambda c: (not c.same_language, -len(c.matches), c.label.lower()))
    return _limited(found)


def _limited(found: list[Candidate]) -> list[Candidate]:
    counts: dict[str, int] = {}
    kept = []
    for c in found:
        counts[c.evidence_type] = counts.get(c.evidence_type, 0) + 1
        if counts[c.evidence_type] <= LIMIT:
            kept.append(c)
    return kept


def _label(obj) -> str:
    return str(
        getattr(obj, "title", "")
        or getattr(obj, "name", "")
        or getattr(obj, "system", "")
        or obj
    )


def subject_matcher(sentence: str):
    """A function giving the claim's subject words a piece of evidence meets
    (the checker's relevance test)."""
    lexicon = default_lexicon()
    topics = Topics(lexicon, keys_for(lexicon))
    words = topics.subject(sentence).words if sentence else ()
    singles = [(w, topics.subject(w)) for w in words]

    def meets(obj) -> tuple[str, ...]:
        about = [topics.of(e) for e in as_evidence(obj)]
        return tuple(w for w, t in singles if any(t.meets(a) for a in about))

    return meets
