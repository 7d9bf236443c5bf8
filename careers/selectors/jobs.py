"""Published, public, unexpired job posts, and the listing's prefetches."""

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone
from wagtail.models import Locale

from careers.models import JobPostingPage

from .visibility import is_published_page, published

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


def localized_jobs(
    qs: QuerySet[JobPostingPage], *, locale: Locale
) -> QuerySet[JobPostingPage]:
    """One row per job: its version in ``locale`` when that is open, else the
    versions in other languages (so a German-only job still shows on /en/)."""
    same_job_in_locale = open_jobs().filter(
        translation_key=OuterRef("translation_key"), locale=locale
    )
    return qs.filter(Q(locale=locale) | ~Exists(same_job_in_locale))


def job_search_ids(query: str) -> QuerySet:
    """Primary keys of the job posts matching ``query`` in the search backend,
    as a subquery (no rows are loaded)."""
    results = JobPostingPage.objects.search(query, order_by_relevance=False)
    return results.get_queryset().values("pk")


def jobs_for_listing(
    qs: QuerySet[JobPostingPage] | None = None,
) -> QuerySet[JobPostingPage]:
    """Everything a listing card shows, in a fixed number of queries: the job,
    its team (``team_is_public`` says whether a card may name it), locale and
    image in one query; locations and countries in two."""
    qs = open_jobs() if qs is None else qs
    return (
        qs.select_related("team", "locale", "image")
        .annotate(team_is_public=is_published_page("team_id"))
        .prefetch_related("locations__country", "applicant_countries")
        .defer(*LISTING_DEFERRED)
        .order_by("-first_published_at", "-pk")
    )
