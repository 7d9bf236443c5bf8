"""The Indeed XML feed: every open job, one <job> per language version.

Written by hand (Indeed wants CDATA): every value goes through ``cdata()``,
which strips characters XML cannot carry and splits ``]]>``."""

import datetime as dt

from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse

from careers.languages import default_language
from careers.models import JobPostingPage
from careers.page_urls import PageUrls
from careers.text import cdata, plain_text, safe_html

from .feed_views import feed_jobs, feed_view, organisation

JOB_TYPES = {
    "FULL_TIME": "fulltime",
    "PART_TIME": "parttime",
    "CONTRACTOR": "contract",
    "TEMPORARY": "temporary",
    "INTERN": "internship",
    "VOLUNTEER": "volunteer",
    "PER_DIEM": "perdiem",
    "OTHER": "other",
}
REMOTE_TYPES = {"remote": "Fully remote", "hybrid": "Hybrid remote"}
PERIODS = {
    "HOUR": "per hour",
    "DAY": "per day",
    "WEEK": "per week",
    "MONTH": "per month",
    "YEAR": "per year",
}
SECTIONS = ("introduction", "tasks", "profile", "offer")


FIELDS = (
    "pk",
    "path",
    "url_path",
    "title",
    "first_published_at",
    "requisition_id",
    "key",
    "locale__language_code",
    "employment_type",
    "workplace_type",
    "show_salary",
    "salary_min",
    "salary_max",
    "salary_currency",
    "salary_period",
    *SECTIONS,
)
NO_PLACE = ("", "", "", "")
#: Fields with few distinct values: each value is escaped once per feed.
SHARED = {"company", "city", "state", "country", "jobtype", "remotetype"}


def reference(job: dict) -> str:
    base = job["requisition_id"] or job["key"]
    language = job["locale__language_code"]
    return base if language == default_language() else f"{base}-{language}"


def salary(job: dict) -> str:
    if not job["show_salary"] or job["salary_min"] is None:
        return ""
    span = f"{job['salary_min']:.0f}"
    if job["salary_max"] is not None:
        span += f"-{job['salary_max']:.0f}"
    period = PERIODS.get(job["salary_period"], "")
    return f"{span} {job['salary_currency']} {period}".strip()


def description(job: dict, clean=safe_html) -> str:
    return "".join(clean(job[name]) for name in SECTIONS)


def first_places(jobs: QuerySet) -> dict[int, tuple[str, str, str, str]]:
    """Each job's first location (by name, as the job post lists them): city,
    region, country code, postal code. One query for all jobs."""
    through = JobPostingPage._meta.get_field("locations").remote_field.through
    rows = (
        through.objects.filter(jobpostingpage__in=jobs.values("pk"))
        .order_by("jobpostingpage_id", "location__name", "location_id")
        .values_list(
            "jobpostingpage_id",
            "location__city",
            "location__region",
            "location__country__code",
            "location__postal_code",
        )
    )
    places: dict[int, tuple[str, str, str, str]] = {}
    for job_id, *place in rows:
        places.setdefault(job_id, tuple(place))
    return places


DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun")
MONTHS += ("Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def rfc_date(moment: dt.datetime) -> str:
    """``django.utils.http.http_date`` of an aware datetime, without its
    round trip through a timestamp and ``email.utils`` (20,000 per feed)."""
    t = moment.astimezone(dt.UTC)
    return (
        f"{DAYS[t.weekday()]}, {t.day:02d} {MONTHS[t.month]} {t.year} "
        f"{t.hour:02d}:{t.minute:02d}:{t.second:02d} GMT"
    )


def job_fields(job: dict, url: str, place: tuple, company: str, clean) -> list[tuple]:
    city, region, country, postal_code = place
    return [
        ("title", job["title"]),
        ("date", rfc_date(job["first_published_at"])),
        ("referencenumber", reference(job)),
        ("url", url),
        ("company", company),
        ("city", city),
        ("state", region),
        ("country", country),
        ("postalcode", postal_code),
        ("description", description(job, clean) or plain_text(job["title"])),
        ("salary", salary(job)),
        ("jobtype", JOB_TYPES.get(job["employment_type"], "other")),
        ("remotetype", REMOTE_TYPES.get(job["workplace_type"], "")),
    ]


def memo(function):
    """``function`` remembering its answers for one feed: the places and the
    sections that many jobs share (an organisation's offer, its offices)."""
    answers: dict = {}

    def remembered(value):
        if value not in answers:
            answers[value] = function(value)
        return answers[value]

    return remembered


def lines(request: HttpRequest, jobs: QuerySet, company: str, site_url: str):
    """The feed, from plain rows: at 10,000 jobs in two languages, model
    instances and ``get_full_url()`` per job took seconds (bench/README.md).
    One string per job; what jobs share is escaped or cleaned once."""
    urls = PageUrls(request, all_sites=True)
    places = first_places(jobs)
    clean, xml = memo(safe_html), memo(cdata)
    yield '<?xml version="1.0" encoding="utf-8"?>\n<source>\n'
    yield f"<publisher>{cdata(company)}</publisher>\n"
    yield f"<publisherurl>{cdata(site_url)}</publisherurl>\n"
    for job in jobs.values(*FIELDS).iterator(chunk_size=2000):
        url = urls.of(job["path"], job["url_path"])
        place = places.get(job["pk"], NO_PLACE)
        fields = job_fields(job, url, place, company, clean)
        yield (
            "<job>\n"
            + "".join(
                f"<{name}>{xml(value) if name in SHARED else cdata(value)}</{name}>\n"
                for name, value in fields
            )
            + "</job>\n"
        )
    yield "</source>\n"


def indeed(request: HttpRequest) -> HttpResponse:
    jobs, _language = feed_jobs(request, one_language=False)
    jobs = jobs.select_related(None).prefetch_related(None)
    company, site_url = organisation(request)
    return HttpResponse(
        "".join(lines(request, jobs, company, site_url)),
        content_type="application/xml; charset=utf-8",
    )


indeed_view = feed_view(indeed)
