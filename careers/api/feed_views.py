"""What the feeds share: strict, filterable query strings (the API's job
filters), rate limits, HTTP caching, and their read path."""

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import wraps

from django.conf import settings
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.views.decorators.http import require_safe
from wagtail.models import Page, Site

from careers.conf import api_setting
from careers.filters import JobFilterSet
from careers.languages import default_language
from careers.models import JobPostingPage, OrganisationProfile
from careers.page_urls import PageUrls
from careers.selectors import open_jobs

from . import throttles
from .http_cache import http_cached


class BadQuery(Exception):
    pass


@dataclass
class FeedJob:
    """What an RSS or Atom entry shows of a job: plain values, its team (or
    None) and the cities of its places."""

    url: str
    title: str
    introduction: str
    tasks: str
    first_published_at: datetime
    last_published_at: datetime | None
    workplace_type: str
    employment_type: str
    team: Page | None
    cities: list[str]


@dataclass
class FeedQuery:
    request: HttpRequest
    jobs: list[FeedJob]
    language: str
    company: str
    site_url: str


def feed_jobs(request: HttpRequest, *, one_language: bool) -> tuple[QuerySet, str]:
    """Open jobs matching the query string, newest first, and their language.

    ``one_language``: the feed is in one language, the one asked for or else
    the default, and lists exactly the jobs the API's ``?language=`` lists in
    it (the same filter, the same rule). Otherwise all languages' versions."""
    unknown = sorted(set(request.GET) - set(JobFilterSet.base_filters))
    if unknown:
        raise BadQuery(f"Unknown query parameter(s): {', '.join(unknown)}.")
    data = request.GET
    if one_language and not data.get("language"):
        data = data.copy()
        data["language"] = default_language()
    filterset = JobFilterSet(data, queryset=open_jobs(), request=request)
    if not filterset.is_valid():
        lines = [f"{k}: {' '.join(v)}" for k, v in filterset.errors.items()]
        raise BadQuery("\n".join(lines))
    language = filterset.form.cleaned_data.get("language") or default_language()
    qs = filterset.qs.select_related("team", "locale")
    qs = qs.prefetch_related("locations__country")
    return qs.order_by("-first_published_at", "-pk"), language


def organisation(request: HttpRequest) -> tuple[str, str]:
    """The organisation's name and website (or the site's root URL)."""
    site = (
        Site.find_for_request(request)
        or Site.objects.filter(is_default_site=True).first()
    )
    profile = OrganisationProfile.shown_for(site) if site else None
    name = (profile.name if profile else "") or getattr(
        settings, "WAGTAIL_SITE_NAME", ""
    )
    url = (profile.website if profile else "") or (site.root_url if site else "")
    return name, url


ENTRY_FIELDS = (
    "pk",
    "path",
    "url_path",
    "title",
    "introduction",
    "tasks",
    "first_published_at",
    "last_published_at",
    "workplace_type",
    "employment_type",
    "team_id",
)


def feed_query(request: HttpRequest, *, limit: int | None) -> FeedQuery:
    """The jobs of a feed in one language (see ``feed_jobs``), as plain rows:
    one query for the jobs, one for their teams, one for their cities."""
    qs, language = feed_jobs(request, one_language=True)
    qs = qs.select_related(None).prefetch_related(None)
    rows = list((qs[:limit] if limit else qs).values(*ENTRY_FIELDS))
    team_ids = {row["team_id"] for row in rows if row["team_id"]}
    teams = Page.objects.only("pk", "title", "live", "path").in_bulk(team_ids)
    cities = defaultdict(list)
    through = JobPostingPage._meta.get_field("locations").remote_field.through
    places = (
        through.objects.filter(jobpostingpage__in=[row["pk"] for row in rows])
        .order_by("jobpostingpage_id", "location__name", "location_id")
        .values_list("jobpostingpage_id", "location__city")
    )
    for job_id, city in places:
        cities[job_id].append(city)
    urls = PageUrls(request, all_sites=True)
    jobs = [
        FeedJob(
            url=urls.of(row.pop("path"), row.pop("url_path")),
            team=teams.get(row.pop("team_id")),
            cities=cities[row.pop("pk")],
            **row,
        )
        for row in rows
    ]
    company, site_url = organisation(request)
    return FeedQuery(request, jobs, language, company, site_url)


def feed_view(render: Callable[[HttpRequest], HttpResponse]) -> Callable:
    """Read-only (GET and HEAD), rate-limited per client IP, cached by content
    version, 400 on bad input."""
    cached = http_cached(render)

    @require_safe
    @wraps(render)
    def view(request: HttpRequest) -> HttpResponse:
        state = throttles.check(
            request, f"feed:ip:{throttles.client_ip(request)}", api_setting("ANON_RATE")
        )
        if not state.allowed:
            response = HttpResponse(
                "Too many requests.\n", status=429, content_type="text/plain"
            )
            response["Retry-After"] = str(state.wait(state.reset - 60))
        else:
            try:
                response = cached(request)
            except BadQuery as exc:
                response = HttpResponseBadRequest(
                    f"{exc}\n", content_type="text/plain; charset=utf-8"
                )
        throttles.rate_headers(request, response)
        return response

    return view
