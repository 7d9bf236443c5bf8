"""The content version: a token that changes whenever anything the pages, the
API or the feeds show may have changed (publish, unpublish, delete, privacy,
and the moments jobs expire or go live by themselves).

Tokens live in the database (``careers.models.ContentVersion``), written in
the same transaction as the change: every worker of every machine reads the
same ones, they commit and roll back with the change, and no cache can bring
an old one back. A request reads them once (one query by primary key).

Scoped, so that an edit to one job leaves the other job pages warm, and an
edit to the evidence leaves what frames every page warm: ``SITE`` changes
with anything that may hide content, move it or show around every page
(unpublish, privacy, moves, deletes, settings, images, navigation);
``EVIDENCE`` with evidence changed in place (a live team page or impact
story published again where it was, an evidence snippet, the rows of a page
that is not a job), for what pages say and the claims checked against it;
``JOBS`` with any job's publish, for what lists jobs; ``page_scope(job)``
with that job's (and its translations'). A job page is valid while SITE,
EVIDENCE and its own scope are; every other answer while SITE, EVIDENCE and
JOBS are. What is kept per site version alone (``site_key``: the navigation's
pages, the look, the request's site, the cards and filters that name teams)
outlives an evidence change.

Time changes content too: a job past its expiry leaves every surface before
the scheduler unpublishes it. The version therefore also names the latest
such moment that has passed (found by one query, kept in the cache per
token); every worker derives the same name from the same database, whatever
its cache holds. ETags, Last-Modified, the page cache and the response cache
all derive from the version, so a conditional request is answered without
touching the content."""

from __future__ import annotations

import datetime as dt
import math
import secrets
import time
from dataclasses import dataclass

from django.db import DatabaseError, connection, transaction
from django.db.models import Case, DateTimeField, F, Max, Min, Q, Subquery, Value, When
from django.db.models.functions import Cast, Greatest
from wagtail.models import Locale, Page

from careers import request_memo, version_cache
from careers.languages import locales_known, remember_locales
from careers.models import ContentVersion, JobPostingPage
from careers.prepared import Prepared
from careers.selectors.visibility import (
    remember_sections,
    section_starts,
    sections_known,
)

SITE = "site"  # anything: every cached answer depends on it
EVIDENCE = "evidence"  # what pages say: every page's content depends on it
JOBS = "jobs"  # what lists jobs: listings, homes, teams, search, API, feeds
#: (token, last moment passed, next moment, as epoch seconds or None), per token.
MOMENTS_KEY = "careers:version:moments:{token}"
MOMENTS_TIMEOUT = 24 * 3600
#: The hidden sections (``selectors.visibility``), per site and jobs token.
SECTIONS_KEY = "careers:version:sections:{token}"
UNCHANGED = "0"  # a scope never changed yet (no row)


@dataclass(frozen=True)
class Version:
    token: str  # changes with every change, including those time makes
    modified: int  # epoch seconds, never lower for a later version
    boundary: float | None  # epoch seconds when the content changes by itself

    @property
    def last_modified(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.modified, tz=dt.UTC)

    def seconds_left(self, now: float) -> float | None:
        return None if self.boundary is None else max(self.boundary - now, 0.0)


def page_scope(page) -> str:
    """A page and its translations (they link to each other)."""
    return ContentVersion.page_scope(page)


def bump(*scopes: str) -> None:
    """A new token for each scope (the whole site by default), written in the
    current transaction, so that it becomes visible exactly when the change
    does.

    Rows are locked in one order, the site's first, whatever scopes a
    transaction bumps and in which order its signals come (a job's publish,
    then its slug: JOBS before SITE; a reviewer's override, then the
    publish: SITE before JOBS): two transactions never wait for each other."""
    now = math.ceil(time.time())
    scopes = tuple(sorted(set(scopes or (SITE,)), key=_lock_order))
    with transaction.atomic(savepoint=False):
        if scopes[0] != SITE and connection.features.has_select_for_update:
            ContentVersion.objects.select_for_update().filter(scope=SITE).values_list(
                "pk"
            ).first()
        for scope in scopes:
            _bump(scope, now)
    request_memo.forget()


def _lock_order(scope: str) -> tuple[int, str]:
    return ({SITE: 0, EVIDENCE: 1, JOBS: 2}.get(scope, 3), scope)


def _bump(scope: str, now: int) -> None:
    token = secrets.token_hex(8)
    fields = {"token": token, "modified": Greatest(F("modified") + 1, now)}
    rows = ContentVersion.objects.filter(scope=scope)
    if not rows.update(**fields):
        _row, created = ContentVersion.objects.get_or_create(
            scope=scope, defaults={"token": token, "modified": now}
        )
        if not created:  # another transaction made it first: change it again
            rows.update(**fields)


def current(scope: str = JOBS, *, with_moments: bool = False) -> Version:
    """The version in force for the site and ``scope``: ``JOBS`` for whatever
    lists jobs, ``page_scope(page)`` for a job page. Read once per request
    (one query for all scopes).

    ``with_moments``: when the tokens are read, read the moments (``moments``)
    and the hidden sections (``selectors.visibility``) in the same query,
    instead of taking them from the cache or a query of their own: for a
    request about to render a page, which needs them whenever the content
    changed (and the cache is then without them)."""
    versions = request_memo.memo("versions")
    if scope in versions:
        return versions[scope]
    now = time.time()
    found = _tokens((SITE, EVIDENCE, JOBS, scope), now if with_moments else None)
    named = [found[s] for s in dict.fromkeys((SITE, EVIDENCE, scope))]
    last, boundary = _moments(f"{found[SITE][0]}.{found[JOBS][0]}", now)
    name = ".".join(token for token, _modified in named)
    modified = max(modified for _token, modified in named)
    if last is not None:
        name = f"{name}.{int(last * 1000):x}"
        modified = max(modified, math.ceil(last))
    versions[scope] = Version(name, modified, boundary)
    return versions[scope]


def known_token(scope: str = SITE) -> str | None:
    """The token this request has read for ``scope``, else None (as ``known``)."""
    found = request_memo.memo("tokens").get(scope)
    return None if found is None else found[0]


def site_key(pattern: str, **parts) -> str | None:
    """The cache key ``pattern`` for the site's content version this request
    has read (its ``{token}``) and ``parts``; None when it has read none:
    what is kept per site version is kept only under a version read. For
    what no evidence changed in place shows (``EVIDENCE``): the navigation's
    pages, the look, the request's site, the job cards, the filter form."""
    token = known_token(SITE)
    return pattern.format(token=token, **parts) if token else None


def known(scope: str = JOBS) -> Version | None:
    """The version this request has read for ``scope`` (the page cache reads
    it before anything is rendered), else None: for what is kept per
    version, without reading the version only for that."""
    return request_memo.memo("versions").get(scope)


def with_token(qs, scope: str):
    """``qs`` with the token of ``scope`` read in the same query, so that its
    rows are exactly as new as that token (``remember_token``)."""
    rows = ContentVersion.objects.filter(scope=scope)
    return qs.annotate(
        careers_version_token=Subquery(rows.values("token")[:1]),
        careers_version_modified=Subquery(rows.values("modified")[:1]),
    )


def remember_token(scope: str, row) -> None:
    """The token of ``scope`` as ``with_token`` read it with ``row``: what
    ``current`` uses for the rest of the request."""
    token = row.careers_version_token
    found = (UNCHANGED, 0) if token is None else (token, row.careers_version_modified)
    request_memo.memo("tokens").setdefault(scope, found)


def evidence_token() -> str:
    """The version of what backs claims (the published evidence and the
    organisation's profile): every change to it changes ``SITE`` or
    ``EVIDENCE``, and a job's publish leaves both as they were, so the
    evidence pool and the claim verdicts keyed by it stay warm when one job
    is published."""
    return current(EVIDENCE).token


def _tokens(scopes: tuple[str, ...], at: float | None) -> dict[str, tuple[str, int]]:
    """Each scope's (token, modified), from this request's memo or one query
    (with the moments at ``at`` when given)."""
    memo = request_memo.memo("tokens")
    missing = [s for s in dict.fromkeys(scopes) if s not in memo]
    if missing:
        memo.update(_read(missing, at))
    return memo


#: The kinds of rows ``_read`` reads besides tokens.
LOCALE_ROW, MOMENTS_ROW, SECTION_ROW = "locale", "moments", "section"
#: A hidden section's start is live: its token column says so.
LIVE = "live"
#: A row's last columns: the moments (``moments``), NULL but in its own row.
MOMENT_COLUMNS = ("next_expire", "next_live", "last_expire", "last_live")
#: Typed NULLs: PostgreSQL types the first two parts' columns alone, and an
#: untyped NULL there is text.
NO_MOMENTS = {name: Cast(Value(None), DateTimeField()) for name in MOMENT_COLUMNS}


def _token_parts(scopes, *, with_locales: bool) -> list:
    """The query sets of ``_read``'s tokens and, ``with_locales``, locales."""
    parts = [
        ContentVersion.objects.filter(scope__in=scopes)
        .order_by()
        .annotate(row_kind=Value(""), **NO_MOMENTS)
        .values_list("row_kind", "scope", "token", "modified", *MOMENT_COLUMNS)
    ]
    if with_locales:
        parts.append(
            Locale.objects.order_by()
            .annotate(row_kind=Value(LOCALE_ROW), none=Value(""), **NO_MOMENTS)
            .values_list("row_kind", "language_code", "none", "pk", *MOMENT_COLUMNS)
        )
    return parts


def _union(parts: list):
    return parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]


#: The tokens (and locales) read without the moments: what every request
#: reads, a cached answer nothing else; compiled once per number of scopes.
TOKEN_READS: dict[tuple[int, bool], Prepared] = {}


def _token_rows(scopes: list[str], *, with_locales: bool) -> list[tuple]:
    key = (len(scopes), with_locales)
    if key not in TOKEN_READS:
        TOKEN_READS[key] = Prepared(
            lambda *names: _union(_token_parts(names, with_locales=with_locales)),
            *(str for _ in scopes),
        )
    return TOKEN_READS[key].rows(*scopes)


def _read(scopes: list[str], at: float | None) -> dict[str, tuple[str, int]]:
    """The tokens of ``scopes``, in one query with: the locales, when this
    request has not read them yet (every page reads them next); the moments
    at ``at`` when given (kept for ``_moments``), and then the hidden
    sections, when this request has not read them yet (a page about to be
    rendered reads them next)."""
    with_locales = not locales_known()
    if at is None:
        read = _Rows(_token_rows(scopes, with_locales=with_locales))
    else:
        parts = _token_parts(scopes, with_locales=with_locales)
        read = _Rows.of([*parts, _moments_row(at)], sections=True)
    if with_locales:
        remember_locales(read.locales)
    if at is not None:
        request_memo.memo("moments")[at] = read.moments
    found = read.tokens
    if SITE in scopes and SITE not in found:
        found[SITE] = _first_site_token()
    # A scope never changed has no row yet: its token is UNCHANGED.
    tokens = {scope: found.get(scope, (UNCHANGED, 0)) for scope in scopes}
    if read.sections is not None and SITE in tokens and JOBS in tokens:
        key = SECTIONS_KEY.format(token=f"{tokens[SITE][0]}.{tokens[JOBS][0]}")
        version_cache.set(key, read.sections, MOMENTS_TIMEOUT)
    return tokens


class _Rows:
    """Rows shaped as ``_read``'s: tokens by scope, the locales' (pk, language
    code), the moments, the hidden sections ((path, depth, live) as (scope,
    modified, token)) when read (``of``)."""

    @classmethod
    def of(cls, parts: list, *, sections: bool) -> _Rows:
        """The rows of one query of ``parts``; with ``sections``, the hidden
        sections too when this request has not read them yet (then kept for
        it)."""
        with_sections = sections and not sections_known()
        if with_sections:
            live = Case(When(live=True, then=Value(LIVE)), default=Value(""))
            parts = parts + [
                pages.annotate(
                    row_kind=Value(SECTION_ROW), live_mark=live, **NO_MOMENTS
                ).values_list("row_kind", "path", "live_mark", "depth", *MOMENT_COLUMNS)
                for pages in section_starts()
            ]
        read = cls(_union(parts))
        if with_sections:
            remember_sections(read.sections_read)
            read.sections = read.sections_read
        return read

    def __init__(self, rows):
        self.tokens: dict[str, tuple[str, int]] = {}
        self.locales: list[tuple[int, str]] = []
        self.moments: tuple[float | None, float | None] = (None, None)
        self.sections: list | None = None  # (path, depth, live) when read
        self.sections_read: list = []
        sections_read = self.sections_read
        for kind, scope, token, modified, *moment_values in rows:
            if kind == LOCALE_ROW:
                self.locales.append((modified, scope))
            elif kind == SECTION_ROW:
                sections_read.append((scope, modified, token == LIVE))
            elif kind == MOMENTS_ROW:
                self.moments = _as_moments(*moment_values)
            else:
                self.tokens[scope] = (token, modified)


def use_kept_sections() -> None:
    """The hidden sections kept for the site's and all jobs' tokens in force,
    for this request, when it has not read them yet (for a page about to be
    rendered; a cached answer needs none). They change only with what changes
    one of those tokens (a page published, unpublished, moved, deleted or
    made private), so a page rendered again after a job's publish does not
    read every page for them once the writer or another request has."""
    if sections_known():
        return
    tokens = _tokens((SITE, JOBS), None)
    token = f"{tokens[SITE][0]}.{tokens[JOBS][0]}"
    found = version_cache.get(SECTIONS_KEY.format(token=token))
    if isinstance(found, list):
        remember_sections(found)


def _first_site_token() -> tuple[str, int]:
    """The site's row, made on first use with a random token (so that a new
    or restored database never matches old cache entries); when it cannot be
    made (the database refuses writes), a token of this request alone."""
    try:
        bump(SITE)
        row = ContentVersion.objects.filter(scope=SITE).values_list("token", "modified")
        return row.get()
    except (DatabaseError, ContentVersion.DoesNotExist):
        return f"unsaved-{secrets.token_hex(8)}", math.ceil(time.time())


def _moments(token: str, now: float) -> tuple[float | None, ...]:
    """The latest expiry or go-live moment passed and the next one to come;
    kept (``careers.version_cache``: in the process, else in the shared cache) while
    ``now`` lies between them (for this token). The same for every worker:
    they follow from the token's rows and the time."""
    found = version_cache.get(MOMENTS_KEY.format(token=token))
    if _holds(found, token, now):
        return found[1], found[2]
    read = request_memo.memo("moments").get(now)
    last, boundary = read if read is not None else moments(now)
    version_cache.set(
        MOMENTS_KEY.format(token=token), (token, last, boundary, now), MOMENTS_TIMEOUT
    )
    return last, boundary


def _holds(found, token: str, now: float) -> bool:
    if not isinstance(found, tuple) or len(found) != 4 or found[0] != token:
        return False
    _token, _last, boundary, since = found
    return since <= now and (boundary is None or now < boundary)


def moments(now: float) -> tuple[float | None, float | None]:
    """When a live job last expired or went live (up to ``now``) and when the
    next one will (epoch seconds), in one query. The same database gives every
    worker the same answer.

    The hidden sections come in the same query when this request has not read
    them yet: a page rendered anew after a change reads them next."""
    return _Rows.of([_moments_row(now)], sections=True).moments


def _moments_row(at: float):
    """The row of ``moments`` at ``at``, shaped as ``_read``'s rows."""
    at_time = dt.datetime.fromtimestamp(at, tz=dt.UTC)
    # Read from Wagtail's page rows alone: joined to the job rows, PostgreSQL
    # read both tables whole (17 ms at 20,000 jobs; 4 ms without the join).
    jobs = Page.objects.type(JobPostingPage).filter(live=True, expired=False)
    # Grouped by constants alone: one row, whatever the number of jobs.
    return (
        jobs.order_by()
        .values(
            row_kind=Value(MOMENTS_ROW),
            none=Value(""),
            nothing=Value(""),
            zero=Value(0),
        )
        .annotate(
            next_expire=Min("expire_at", filter=Q(expire_at__gt=at_time)),
            next_live=Min("go_live_at", filter=Q(go_live_at__gt=at_time)),
            last_expire=Max("expire_at", filter=Q(expire_at__lte=at_time)),
            last_live=Max("go_live_at", filter=Q(go_live_at__lte=at_time)),
        )
        .values_list("row_kind", "none", "nothing", "zero", *MOMENT_COLUMNS)
    )


def _as_moments(next_expire, next_live, last_expire, last_live):
    return _epoch(max, [last_expire, last_live]), _epoch(min, [next_expire, next_live])


def _epoch(pick, moments: list) -> float | None:
    found = [m.timestamp() for m in moments if m is not None]
    return pick(found) if found else None
