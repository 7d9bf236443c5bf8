"""Published, public, unexpired job posts, and the listing's prefetches."""

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.utils import timezone
from wagtail.models import Locale, Page

from careers.claims.lexicon import default_lexicon
from careers.models import JobPostingPage, Location

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
    qs: QuerySet[JobPostingPage] | None = None,
) -> QuerySet[JobPostingPage]:
    """Everything a listing card shows, in a fixed number of queries: the job,
    its team (``team_is_public`` says whether a card may name it), locale and
    image in one query; locations and countries in two."""
    qs = open_jobs() if qs is None else qs
    return (
        qs.select_related("team", "locale", "image")
        .annotate(team_is_public=is_published_page("team_id"))
        .prefetch_related(
            Prefetch("locations", Location.objects.select_related("country")),
            "applicant_countries",
        )
        .defer(*LISTING_DEFERRED)
        .order_by("-first_published_at", "-pk")
    )
