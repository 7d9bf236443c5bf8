"""Published, public, unexpired job posts, and the listing's prefetches."""

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

from django.conf import settings
from django.db import connection
from django.db.models import (
    DEFERRED,
    CharField,
    DateTimeField,
    DecimalField,
    Exists,
    F,
    Func,
    IntegerField,
    JSONField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Cast
from django.utils import timezone
from wagtail.models import Locale, Page

from careers import version_cache, versioning
from careers.claims.lexicon import default_lexicon
from careers.models import Country, JobPostingPage, Location
from careers.prepared import Prepared

from .visibility import published

#: Fields a listing card never shows; deferring them keeps listing rows small.
LISTING_DEFERRED = (
    "tasks",
    "profile",
    "offer",
    "data_access",
    "resources",
    "career_paths",
)


def open_jobs_q(*, now=None) -> Q:
    """Live, not expired, and not past its valid-through date (``expire_at``)
    even when the scheduler has not unpublished it yet."""
    now = now or timezone.now()
    return (
        Q(live=True, expired=False)
        & (Q(expire_at__isnull=True) | Q(expire_at__gt=now))
        & (Q(go_live_at__isnull=True) | Q(go_live_at__lte=now))
    )


def open_jobs(*, now=None) -> QuerySet[JobPostingPage]:
    """Every job a candidate or a consumer may see: live, open and public."""
    return published(JobPostingPage.objects.filter(open_jobs_q(now=now)))


def open_job_pages(*, now=None) -> QuerySet[Page]:
    """The rows of ``open_jobs`` as Wagtail's page rows alone, for counting
    them: every condition of ``open_jobs`` is on the page table, and joined
    to the job table PostgreSQL read both tables whole (a listing's number of
    jobs at 10,000 jobs: 43 ms, 14 ms without the join)."""
    return published(Page.objects.type(JobPostingPage).filter(open_jobs_q(now=now)))


#: The number of open jobs in a language, per content version (its name
#: changes with every job's publish and every expiry or go-live that passes).
OPEN_TOTAL_KEY = "careers:jobs:open-total:{version}:{locale}"
OPEN_TOTAL_SECONDS = 24 * 3600


def open_jobs_total(*, locale: Locale) -> Subquery | Value:
    """The number of rows of ``localized_jobs(open_jobs(), locale=locale)``:
    the number kept for the content version this request has read
    (``count_open_jobs``), else a subquery (``row_count``) over the page rows
    alone, for the query that reads the jobs shown (then
    ``remember_open_total``)."""
    version = versioning.known(versioning.JOBS)
    if version is not None:
        found = version_cache.get(_open_total_key(locale, version.token))
        if isinstance(found, int):
            return Value(found, output_field=IntegerField())
    return row_count(localized_jobs(open_job_pages(), locale=locale))


def remember_open_total(locale: Locale, total: int) -> None:
    """Keep ``total``, read with the rows under the version this request has
    read (when it has read one)."""
    version = versioning.known(versioning.JOBS)
    if version is not None:
        _keep_open_total(locale, version.token, total)


def count_open_jobs(locales: Iterable[Locale], version: str) -> None:
    """Count the open jobs in each of ``locales`` and keep the numbers under
    ``version``, the content version just read: after a job's change has
    committed, so that the first listing rendered after it does not count
    every job."""
    for locale in locales:
        total = localized_jobs(open_job_pages(), locale=locale).count()
        _keep_open_total(locale, version, total)


def _open_total_key(locale: Locale, version: str) -> str:
    return OPEN_TOTAL_KEY.format(version=version, locale=locale.pk)


def _keep_open_total(locale: Locale, version: str, total: int) -> None:
    version_cache.set(_open_total_key(locale, version), total, OPEN_TOTAL_SECONDS)


def localized_jobs(qs: QuerySet, *, locale: Locale) -> QuerySet:
    """One row per job: its version in ``locale`` when that is open, else the
    versions in other languages (so a German-only job still shows on /en/)."""
    # On Page, not JobPostingPage: translations share their page type, and the
    # join to the job table made the database read every job to build the
    # lookup (twice a listing: its rows and their number).
    same_job_in_locale = published(
        Page.objects.filter(
            open_jobs_q(), translation_key=OuterRef("translation_key"), locale=locale
        )
    )
    return qs.filter(Q(locale=locale) | ~Exists(same_job_in_locale))


def backend_search_ids(query: str) -> QuerySet:
    """Primary keys of the job posts matching ``query`` in the search backend,
    as a subquery (no rows are loaded)."""
    results = JobPostingPage.objects.search(query, order_by_relevance=False)
    return results.get_queryset().values("pk")


def split_ai_terms(query: str) -> tuple[bool, str]:
    """Whether ``query`` names AI in any language the claim lexicons know
    ("AI", "ai", "KI", "ML", "machine learning", "maschinelles Lernen"), and
    the words left once those names are taken out."""
    cues = default_lexicon().cue("ai_terms")
    spans = cues.spans(query)
    upper = query.upper()
    if not spans and len(upper) == len(query):  # "ai" as well as "AI"
        spans = cues.spans(upper)
    rest, start = [], 0
    for begin, end in spans:
        rest.append(query[start:begin])
        start = end
    rest.append(query[start:])
    return bool(spans), " ".join("".join(rest).split())


def job_search_ids(query: str) -> QuerySet:
    """Primary keys of the job posts a candidate means by ``query``: what the
    search backend finds, and, when the query names AI, every AI role (their
    texts rarely say "AI"; the job knows it is one) that matches the rest."""
    found = backend_search_ids(query)
    names_ai, rest = split_ai_terms(query)
    if not names_ai:
        return found
    ai_roles = JobPostingPage.objects.filter(is_ai_role=True)
    if rest:
        ai_roles = ai_roles.filter(pk__in=backend_search_ids(rest))
    either = Q(pk__in=found) | Q(pk__in=ai_roles.values("pk"))
    return JobPostingPage.objects.filter(either).values("pk")


def jobs_for_listing(
    qs: QuerySet[JobPostingPage] | None = None, places: bool = True
) -> QuerySet[JobPostingPage]:
    """Everything a listing card shows, in a fixed number of queries: the job,
    its team (a card names it when the public may see it: ``is_visible``),
    locale and image in one query; locations and countries in two, or none with
    ``places=False``: then ``attach_places`` gives the jobs shown theirs in one."""
    qs = open_jobs() if qs is None else qs
    qs = qs.select_related("team", "locale", "image")
    if places:
        qs = qs.prefetch_related(
            Prefetch("locations", Location.objects.select_related("country")),
            "applicant_countries",
        )
    return qs.defer(*LISTING_DEFERRED).order_by("-first_published_at", "-pk")


def card_rows(qs: QuerySet[JobPostingPage]) -> QuerySet[JobPostingPage]:
    """``qs`` in the listing's order, with only what names a kept card (the
    job and its publish time): the rest is read by ``jobs_for_cards`` for the
    cards not kept."""
    return qs.only("last_published_at").order_by("-first_published_at", "-pk")


def jobs_for_cards(rows: Iterable[JobPostingPage]) -> list[JobPostingPage]:
    """The jobs of ``rows`` (``card_rows``) with everything a card shows, in
    two queries (``jobs_for_listing`` and ``attach_places``)."""
    ids = [row.pk for row in rows]
    jobs = list(
        jobs_for_listing(JobPostingPage.objects.filter(pk__in=ids), places=False)
    )
    attach_places(jobs)
    return jobs


def row_count(qs: QuerySet) -> Subquery:
    """The number of ``qs``'s rows as an uncorrelated subquery, computed once
    by the database, over the bare filtered rows (no joins, annotations or
    order), to annotate a query that reads some of them."""
    count = Func(F("pk"), function="COUNT", output_field=IntegerField())
    return Subquery(qs.order_by().values(n=count))


#: The relations ``attach_places`` fills, as ``prefetch_related`` would.
PLACES = ("locations", "applicant_countries")


def attach_places(jobs: Iterable[JobPostingPage]) -> None:
    """Each job's locations (with their countries) and applicant countries,
    each by name, as ``prefetch_related`` leaves them (``job.locations.all()``
    reads no more): one query for all jobs and both relations (for one job,
    as a job post reads it, compiled once: ``PLACES_READ``)."""
    jobs = [
        job
        for job in jobs
        if not set(PLACES) <= prefetched(job)
        and not set(PLACES) & set(getattr(job, "_cluster_related_objects", {}))
    ]
    if not jobs:
        return
    using = Location.objects.db
    if len(jobs) == 1:
        rows = PLACES_READ.rows(jobs[0].pk, using=using)
    else:
        rows = places_query([job.pk for job in jobs]).using(using)
    found = {job.pk: ([], []) for job in jobs}
    place_fields, country_fields = _place_fields()
    split = len(place_fields)
    for kind, job_id, _sort, *values in rows:
        # As the database's rows (saved, of this database), not new objects.
        country = Country.from_db(using, country_fields, values[split:])
        if kind == 0:
            location = Location.from_db(using, place_fields, values[:split])
            location.country = country
            found[job_id][0].append(location)
        else:
            found[job_id][1].append(country)
    for job in jobs:
        for name, objects in zip(PLACES, found[job.pk], strict=True):
            set_prefetched(job, name, objects)


def _place_fields() -> tuple[list[str], list[str]]:
    return (
        [f.attname for f in Location._meta.concrete_fields],
        [f.attname for f in Country._meta.concrete_fields],
    )


def places_query(ids: list[int]) -> QuerySet:
    """The rows of ``attach_places``: (kind, job, sort, the location's
    columns, the country's), kind 0 for a location (with its country), 1 for
    an applicant country. Every column is text or an integer (the driver gives
    them as the ORM would)."""
    place_fields, country_fields = _place_fields()
    names = ["kind", "job", "sort", *(f"p{n}" for n in range(len(place_fields)))]
    names += [f"c{n}" for n in range(len(country_fields))]

    def part(through, kind: int, place: str | None, country: str):
        columns = {
            "kind": Value(kind),
            "job": F("jobpostingpage_id"),
            "sort": F(f"{place or country}__name"),
        }
        for n, name in enumerate(place_fields):
            # A NULL, typed by the first part's column.
            none = Value(None, output_field=CharField())
            columns[f"p{n}"] = F(f"{place}__{name}") if place else none
        for n, name in enumerate(country_fields):
            columns[f"c{n}"] = F(f"{country}__{name}")
        rows = through.objects.filter(jobpostingpage_id__in=ids).order_by()
        return rows.annotate(**columns).values_list(*names)

    located = part(JobPostingPage.locations.through, 0, "location", "location__country")
    applying = part(JobPostingPage.applicant_countries.through, 1, None, "country")
    return located.union(applying, all=True).order_by("kind", "sort", "p0", "c0")


#: One job's places, compiled once per database (``careers.prepared``).
PLACES_READ = Prepared(lambda job_id: places_query([job_id]), int)


def set_prefetched(obj, name: str, rows: list) -> None:
    """``obj.<name>.all()`` gives ``rows`` and reads nothing more, as Django's
    prefetch leaves a relation (Django has no public call for rows read by
    other means): the relation's query, its rows read."""
    qs = getattr(obj, name).get_queryset()
    qs._result_cache = rows
    qs._prefetch_done = True
    obj.__dict__.setdefault("_prefetched_objects_cache", {})[name] = qs


def prefetched(obj) -> set[str]:
    return set(getattr(obj, "_prefetched_objects_cache", {}))


def linked_fields(model) -> list:
    """The fields read of a ``model`` as JSON (``json_of``, ``linked_row``):
    all but its JSON fields (their JSON differs between databases)."""
    return [f for f in model._meta.concrete_fields if not isinstance(f, JSONField)]


def json_of(fields: list, prefix: str = "") -> dict:
    """The values of ``fields`` (``linked_fields``) for a ``JSONObject``, each
    reached through ``prefix``; decimals as text (JSON numbers are floats)."""
    return {
        f.attname: Cast(F(f"{prefix}{f.attname}"), CharField())
        if isinstance(f, DecimalField)
        else F(f"{prefix}{f.attname}")
        for f in fields
    }


def linked_row(model, fields: dict):
    """An object of ``model`` from its ``linked_fields`` as JSON (``json_of``),
    as if read from the database (the fields left out deferred)."""
    values = []
    for field in model._meta.concrete_fields:
        if field.attname not in fields:
            values.append(DEFERRED)
            continue
        value = fields[field.attname]
        if value is not None:
            value = field.to_python(value)
            naive = isinstance(field, DateTimeField) and timezone.is_naive(value)
            if naive and settings.USE_TZ:  # SQLite's JSON: UTC without a zone
                value = timezone.make_aware(value, dt.UTC)
            if isinstance(field, DecimalField):  # as the databases give them
                places = Decimal(1).scaleb(-field.decimal_places)
                value = value.quantize(places, context=field.context)
        values.append(value)
    names = [f.attname for f in model._meta.concrete_fields]
    return model.from_db(connection.alias, names, values)
