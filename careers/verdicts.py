"""Stored verdicts: the checker's findings on each revision of a careers page,
kept in ``ClaimsVerdict`` so that the report, the dashboard and the reviewer's
dialog read them instead of checking content while someone waits.

A verdict is stored when a revision is saved (``store``) and refreshed, for
the revisions that matter (the live one and the latest draft of each page),
when the published evidence or the date changes (``refresh``): the newest
after an evidence change commits (``IN_REQUEST``), all of them from
``publish_scheduled``."""

from __future__ import annotations

import functools
import hashlib
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Q
from django.utils import timezone
from django.utils.text import capfirst
from wagtail.models import Page, Revision

from careers import claims, evidence
from careers.claims.evidence import label
from careers.models import ClaimsVerdict
from careers.models.pages_base import CareersBasePage
from careers.selectors.careers_pages import careers_page_models, careers_pages

#: (evidence digest, day) of the last complete refresh: a quick "nothing to do".
REFRESHED_KEY = "careers:verdicts:refreshed"
CHUNK = 200


def languages() -> list[str]:
    """The languages findings are stored in: the site's, where the checker
    has messages for them (others read the site's first language)."""
    site = [code[:2] for code, _ in settings.LANGUAGES]
    found = [code for code in dict.fromkeys(site) if code in claims.model.LANGUAGES]
    return found or ["en"]


def evidence_digest(pool: tuple) -> str:
    """What a verdict was reached against: the evidence, the organisation (its
    name marks "us" in claims; its claimed maturity is checked too) and the
    checker itself (an upgrade may change its findings)."""
    checked = repr((pool, evidence.organisation(), checker_fingerprint()))
    return hashlib.sha1(checked.encode(), usedforsecurity=False).hexdigest()


@functools.cache
def checker_fingerprint() -> str:
    """The installed checker's code and lexicons, as one digest."""
    root = Path(claims.__file__).parent
    digest = hashlib.sha1(usedforsecurity=False)
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def is_gated_model(model) -> bool:
    return model is not None and issubclass(model, CareersBasePage)


# checking --------------------------------------------------------------------


def _finding(
    f: claims.Finding, report: claims.ItemReport, pool: dict, fields: dict
) -> dict:
    claim = next(
        (
            c
            for c in report.claims
            if c.field == f.field and c.start <= f.start and f.end <= c.end
        ),
        None,
    )
    cited = tuple(getattr(claim, "cited", ()) or ()) if claim else ()
    return {
        "rule": f.rule,
        "kind": f.kind,
        "severity": f.severity,
        "field": f.field,
        "field_label": fields.get(f.field, ""),
        "sentence": f.sentence,
        "message": f.message,
        "fix": f.fix,
        "details": getattr(f, "details", "") or "",
        "evidence_types": list(getattr(f, "evidence_types", ()) or ()),
        "subjects": list(getattr(f, "subjects", ()) or ()),
        "cited": [{"id": i, "label": pool.get(i, i)} for i in cited],
    }


def name_of(e: claims.Evidence) -> str:
    """What an editor calls a piece of evidence (its name, no internal id)."""
    return label(e).rsplit(" (", 1)[0].strip("'")


def field_labels(page) -> dict[str, str]:
    """The page's checked fields by name, as the edit form labels them."""
    names = ["title", *getattr(page, "claim_fields", ()), "data_access", "resources"]
    out = {}
    for name in names:
        try:
            out[name] = str(capfirst(page._meta.get_field(name).verbose_name))
        except FieldDoesNotExist:
            continue
    return out


def finding_dicts(report: claims.ItemReport, pool: tuple, page=None) -> list[dict]:
    """An item's findings as stored and shown (the finding partial's shape)."""
    labels = {e.id: name_of(e) for e in pool}
    fields = field_labels(page) if page is not None else {}
    return [_finding(f, report, labels, fields) for f in report.findings]


def check(pages: list[tuple[int, CareersBasePage]], pool: tuple) -> list[ClaimsVerdict]:
    """Unsaved verdicts for (revision id, page as of that revision) pairs: one
    checker run per stored language for all of them."""
    if not pages:
        return []
    items = [
        evidence.replace_id(evidence.page_item(page), str(rid)) for rid, page in pages
    ]
    labels = {e.id: name_of(e) for e in pool}
    digest, today = evidence_digest(pool), timezone.localdate()
    # One run per language once the checker renders messages in a reader's
    # language; before that, every language would read the same messages.
    langs = languages() if evidence.CHECK_TAKES_LANGUAGE else languages()[:1]
    reports = {
        lang: evidence.check_items(items, pool=pool, as_of=today, language=lang)
        for lang in langs
    }
    first = reports[langs[0]]
    stale_ids = Counter(
        f.field for f in first.organisation.findings if f.kind == "stale"
    )
    verdicts = []
    for (rid, page), item in zip(pages, items, strict=True):
        result = first.items[item.id]
        behind = set(item.links) | {i for c in result.claims for i in c.backed_by}
        verdicts.append(
            ClaimsVerdict(
                revision_id=rid,
                page_id=page.pk,
                blocks=sum(f.severity == "block" for f in result.findings),
                warnings=sum(f.severity == "warn" for f in result.findings),
                stale=sum(stale_ids[i] for i in behind),
                findings={
                    lang: [
                        _finding(f, report.items[item.id], labels, field_labels(page))
                        for f in report.items[item.id].findings
                    ]
                    for lang, report in reports.items()
                },
                evidence_digest=digest,
                checked_on=today,
            )
        )
    return verdicts


def save(verdicts: Iterable[ClaimsVerdict]) -> None:
    for verdict in verdicts:
        ClaimsVerdict.objects.update_or_create(
            revision_id=verdict.revision_id,
            defaults={
                f.name: getattr(verdict, f.name)
                for f in ClaimsVerdict._meta.concrete_fields
                if f.name not in ("revision", "checked_at")
            },
        )


def store(revision: Revision) -> ClaimsVerdict | None:
    """The verdict on ``revision`` (a careers page's), as if it went live now."""
    if not is_gated_model(revision.content_type.model_class()):
        return None
    page = revision.as_object()
    pool = evidence.evidence_pool()
    if evidence.as_evidence(page):  # checked against its own new version
        pool = evidence.with_own_evidence(pool, page)
    [verdict] = check([(revision.pk, page)], pool)
    save([verdict])
    return verdict


# refreshing ------------------------------------------------------------------


def shown_revisions() -> dict[int, tuple[int, bool]]:
    """{revision id: (page id, whether the page row holds that revision's
    content)} for each careers page's live revision and latest draft."""
    rows = Page.objects.type(*careers_page_models()).values_list(
        "pk", "live", "live_revision_id", "latest_revision_id"
    )
    shown: dict[int, tuple[int, bool]] = {}
    for pk, live, live_rid, latest_rid in rows:
        row_rid = live_rid if live else latest_rid
        if row_rid:
            shown[row_rid] = (pk, True)
        if latest_rid and latest_rid != row_rid:
            shown[latest_rid] = (pk, False)
    return shown


#: Revisions re-checked in the request that changed the evidence, the newest
#: first (drafts being edited, the posts published last): under a second. At
#: 10,000 jobs, re-checking every one there kept the editor's publish waiting
#: two minutes, past any server's timeout. ``publish_scheduled``, which a
#: Wagtail site runs every few minutes, and ``refresh_claims_verdicts`` check
#: the rest; the reviewer's dialog re-checks the verdict it shows when it is
#: not current, and the API checks a job whose verdict is not.
IN_REQUEST = 100


def refresh(*, force: bool = False, limit: int | None = None) -> int:
    """Re-check the shown revisions whose verdict is missing or was reached
    against other evidence or on an earlier day, the newest first, ``limit``
    of them at most. Returns how many."""
    pool = evidence.evidence_pool()
    stamp = (evidence_digest(pool), timezone.localdate().isoformat())
    if not force and cache.get(REFRESHED_KEY) == stamp:
        return 0
    shown = shown_revisions()
    current = set(
        ClaimsVerdict.objects.filter(
            Q(evidence_digest=stamp[0]) & Q(checked_on=stamp[1])
        ).values_list("revision_id", flat=True)
    )
    todo = sorted((rid for rid in shown if force or rid not in current), reverse=True)
    done = todo if limit is None else todo[:limit]
    for start in range(0, len(done), CHUNK):
        save(check(_as_pages(done[start : start + CHUNK], shown), pool))
    if len(done) == len(todo):
        cache.set(REFRESHED_KEY, stamp, None)
    return len(done)


#: The evidence (digest, day) whose newest revisions a request has re-checked.
IN_REQUEST_KEY = "careers:verdicts:in-request:{digest}:{day}"


def refresh_in_request() -> int:
    """After an evidence change commits: the newest ``IN_REQUEST`` revisions,
    once per state of the evidence, in any worker (a publish sends several
    signals that each ask for it). Without a cache to tell, none: the
    scheduled run checks them."""
    digest = evidence_digest(evidence.evidence_pool())
    key = IN_REQUEST_KEY.format(digest=digest, day=timezone.localdate().isoformat())
    if not cache.add(key, 1, 24 * 3600):
        return 0
    return refresh(limit=IN_REQUEST)


def is_current(verdict: ClaimsVerdict | None) -> bool:
    """Whether ``verdict`` was reached against today's evidence, today."""
    return (
        verdict is not None
        and verdict.checked_on == timezone.localdate()
        and verdict.evidence_digest == evidence_digest(evidence.evidence_pool())
    )


def _as_pages(rids: list[int], shown: dict) -> list[tuple[int, CareersBasePage]]:
    """Pages as of each revision: the page row (with the links prefetched)
    where it holds that content, the revision itself for drafts of live pages."""
    row_ids = {shown[rid][0]: rid for rid in rids if shown[rid][1]}
    found = [(row_ids[p.pk], p) for p in careers_pages(ids=list(row_ids))]
    drafts = Revision.objects.filter(pk__in=[r for r in rids if not shown[r][1]])
    found += [(r.pk, r.as_object()) for r in drafts]
    return [(rid, page) for rid, page in found if page.pk is not None]


def live_verdicts(pages: Iterable[CareersBasePage]) -> dict[int, bool]:
    """Whether each live page's AI claims are all backed (True) or some block,
    from the verdict stored on its live revision when it was reached against
    today's evidence (what checking the page now would find); pages without
    one are left out. One query, however many pages."""
    revisions = {p.live_revision_id: p.pk for p in pages if p.live_revision_id}
    if not revisions:
        return {}
    rows = ClaimsVerdict.objects.filter(
        revision_id__in=revisions,
        evidence_digest=evidence_digest(evidence.evidence_pool()),
        checked_on=timezone.localdate(),
    ).values_list("revision_id", "page_id", "blocks")
    return {
        page_id: blocks == 0
        for revision_id, page_id, blocks in rows
        if revisions[revision_id] == page_id
    }


def findings_in(verdict: ClaimsVerdict | None, language: str) -> list[dict]:
    """A stored verdict's findings with messages in ``language`` when stored,
    else in the first language stored."""
    if verdict is None or not verdict.findings:
        return []
    found = verdict.findings.get(language[:2])
    return found if found is not None else next(iter(verdict.findings.values()))
