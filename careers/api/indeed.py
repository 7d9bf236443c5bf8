"""The Indeed XML feed: every open job, one <job> per language version.

Written by hand (Indeed wants CDATA): every value goes through ``cdata()``,
which strips characters XML cannot carry and splits ``]]>``."""

from collections.abc import Iterator

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.http import http_date

from careers.models import JobPostingPage

from .feed_views import FeedQuery, feed_query, feed_view
from .text import cdata, plain_text, safe_html

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


def reference(job: JobPostingPage) -> str:
    base = job.requisition_id or job.key
    language = job.locale.language_code
    return base if language == settings.LANGUAGE_CODE else f"{base}-{language}"


def salary(job: JobPostingPage) -> str:
    if not job.has_salary:
        return ""
    span = f"{job.salary_min:.0f}"
    if job.salary_max is not None:
        span += f"-{job.salary_max:.0f}"
    return f"{span} {job.salary_currency} {PERIODS.get(job.salary_period, '')}".strip()


def description(job: JobPostingPage) -> str:
    return "".join(safe_html(getattr(job, name)) for name in SECTIONS)


def job_fields(job: JobPostingPage, query: FeedQuery) -> list[tuple[str, str]]:
    place = next(iter(job.locations.all()), None)
    return [
        ("title", job.title),
        ("date", http_date(job.first_published_at.timestamp())),
        ("referencenumber", reference(job)),
        ("url", job.get_full_url(query.request)),
        ("company", query.company),
        ("city", place.city if place else ""),
        ("state", place.region if place else ""),
        ("country", place.country.code if place else ""),
        ("postalcode", place.postal_code if place else ""),
        ("description", description(job) or plain_text(job.title)),
        ("salary", salary(job)),
        ("jobtype", JOB_TYPES.get(job.employment_type, "other")),
        ("remotetype", REMOTE_TYPES.get(job.workplace_type, "")),
    ]


def lines(query: FeedQuery) -> Iterator[str]:
    yield '<?xml version="1.0" encoding="utf-8"?>\n<source>\n'
    yield f"<publisher>{cdata(query.company)}</publisher>\n"
    yield f"<publisherurl>{cdata(query.site_url)}</publisherurl>\n"
    for job in query.jobs:
        yield "<job>\n"
        for name, value in job_fields(job, query):
            yield f"<{name}>{cdata(value)}</{name}>\n"
        yield "</job>\n"
    yield "</source>\n"


def indeed(request: HttpRequest) -> HttpResponse:
    query = feed_query(request, localize=False, limit=None)
    return HttpResponse(
        "".join(lines(query)), content_type="application/xml; charset=utf-8"
    )


indeed_view = feed_view(indeed)
