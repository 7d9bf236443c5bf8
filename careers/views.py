"""Candidate-facing views that pages delegate to (listing, search, 410 Gone),
and the crawler files (robots.txt)."""

from functools import partial

from django import forms
from django.core.paginator import Page, Paginator
from django.db.models import QuerySet, Subquery
from django.http import HttpRequest, HttpResponse, QueryDict
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_filters.constants import EMPTY_VALUES

from careers import versioning
from careers.conf import careers_setting
from careers.filters import MAX_QUERY_LENGTH, JobFilterSet
from careers.languages import attach_locale
from careers.selectors.jobs import (
    card_rows,
    jobs_for_cards,
    localized_jobs,
    open_jobs,
    open_jobs_total,
    remember_open_total,
    row_count,
)
from careers.selectors.page_chrome import page_chrome
from careers.selectors.pages import gone_context, search_pages, search_summaries
from careers.selectors.spelling import suggest
from careers.widgets import PlainSelect

#: How many values of one parameter a listing or search URL carries on.
MAX_QUERY_VALUES = 100

#: The filters a candidate sees; the others (salary, updated since) still
#: apply from a shared URL.
LISTING_FILTERS = ("q", "ai_role", "team", "location", "workplace_type")
MORE_FILTERS = ("employment_type", "country", "language")
CHECKBOX_FILTERS = ("team", "location", "workplace_type", "employment_type")


def page_setting(name: str) -> int:
    return careers_setting("PAGES", name)


class SingleSelectMultiple(PlainSelect):
    """A drop-down for a multiple-choice filter: one value from the form, any
    number from a shared URL."""

    def value_from_datadict(self, data, files, name):
        values = data.getlist(name) if hasattr(data, "getlist") else data.get(name)
        return [v for v in values or [] if v]


class OnlyWhenChecked(forms.CheckboxInput):
    """A checkbox for a yes/no filter: ticked sends ``true`` (as the API and
    the feeds take it); unticked applies no filter at all, not ``false``."""

    def __init__(self):
        super().__init__(attrs={"value": "true"})

    def value_from_datadict(self, data, files, name):
        value = str(data.get(name, "")).lower()
        return True if value in {"true", "1", "on"} else None


def listing_form(filterset: JobFilterSet) -> forms.Form:
    """The filter set's own form, with widgets a keyboard can use well."""
    form = filterset.form
    for name in CHECKBOX_FILTERS:
        field = form.fields[name]
        field.widget = forms.CheckboxSelectMultiple()
        field.choices = list(field.choices)
    form.fields["ai_role"].widget = OnlyWhenChecked()
    country = form.fields["country"]
    country.widget = SingleSelectMultiple()
    country.choices = [("", _("Any country")), *country.choices]
    language = form.fields["language"]
    language.widget = PlainSelect(choices=language.choices)
    return form


def clean_query(value: str) -> str:
    """Search words as the search backends take them: no NUL characters, and
    no unbalanced double quote (SQLite's full-text search fails on one)."""
    value = " ".join(value.replace("\x00", "").split())
    if value.count('"') % 2:
        value = " ".join(value.replace('"', " ").split())
    return value


def bound_query(request: HttpRequest, names) -> None:
    """Keep only the parameters ``names``, each value cut to MAX_QUERY_LENGTH:
    a page repeats its query in every language and pagination link, so an
    unbounded one would make every answer as large as the request, many times."""
    bounded = QueryDict(mutable=True)
    for name, values in request.GET.lists():
        if name in names:
            values = values[:MAX_QUERY_VALUES]
            bounded.setlist(name, [value[:MAX_QUERY_LENGTH] for value in values])
    bounded._mutable = False
    request.GET = bounded


def listing_data(request: HttpRequest):
    return listing_data_of(request.GET.copy())


def listing_data_of(data):
    if "q" in data:
        data["q"] = clean_query(data["q"])
    return data or None


def paginate(request: HttpRequest, items, per_page: int, total=None):
    paginator = Paginator(items, per_page)
    number = request.GET.get("page")
    return counted_page(paginator, number, total) or paginator.get_page(number)


def counted_page(paginator: Paginator, number, total=None) -> Page | None:
    """Page ``number`` of a query set with the number of all its rows read in
    the same query, instead of a count first. None when that cannot be (not a
    plain query set, DISTINCT, not a page number, no rows there): ``get_page``
    then counts as usual.

    The number is an uncorrelated subquery counting the bare filtered rows
    (no joins, annotations or order), computed once. A window count over the
    full query (``COUNT(*) OVER ()``) made the database join, annotate and
    sort every matching row before the page's LIMIT applied: at 10,000 jobs
    that was 92 ms of a 188 ms listing.

    ``total``: that subquery when the caller has a cheaper one counting the
    same rows (``open_jobs_total``)."""
    items = paginator.object_list
    if not isinstance(items, QuerySet) or items.query.distinct or paginator.orphans:
        return None
    try:
        number = int(number or 1)
    except (TypeError, ValueError):
        return None
    if number < 1:
        return None
    bottom = (number - 1) * paginator.per_page
    total = row_count(items) if total is None else total
    counted = items.annotate(listing_total=total)
    rows = list(counted[bottom : bottom + paginator.per_page])
    if not rows:
        return None
    paginator.count = rows[0].listing_total
    return Page(rows, number, paginator)


def job_listing(request: HttpRequest, page) -> HttpResponse:
    """Open jobs in the reader's language, filtered by the shared filter set."""
    bound_query(request, {*JobFilterSet.base_filters, "page"})
    attach_locale(page)
    jobs = localized_jobs(open_jobs(), locale=page.locale)
    filterset = JobFilterSet(listing_data(request), queryset=jobs, request=request)
    # Built when rendered: a listing without a query string keeps its form.
    # A bound one is built now, before validating reads the choices.
    form = (
        listing_form(filterset)
        if filterset.is_bound
        else SimpleLazyObject(lambda: listing_form(filterset))
    )
    # Unfiltered, the open jobs are counted from the page rows alone, or
    # their number is known already for this content version.
    total = None if narrows(filterset) else open_jobs_total(locale=page.locale)
    results = paginate(
        request,
        card_rows(filterset.qs),
        page_setting("JOBS_PER_PAGE"),
        total,
    )
    if isinstance(total, Subquery):  # counted by the query: kept for the next
        remember_open_total(page.locale, results.paginator.count)
    filtering = any(request.GET.get(name) for name in filterset.filters)
    # What the "Filters (n)" button counts: every chosen value.
    active_filters = sum(
        len([v for v in request.GET.getlist(name) if v]) for name in filterset.filters
    )
    context = page_chrome(
        page, request, suffix="jobs/", query=request.GET.urlencode(), receipts=False
    )
    context.update(
        {
            "page": page,
            "form": form,
            "suggestion": spelling_suggestion(request, jobs, results, page.locale),
            "filters_key": filters_key(request),
            "visible_fields": partial(form_fields, form, LISTING_FILTERS),
            "more_fields": partial(form_fields, form, MORE_FILTERS),
            "more_open": filterset.is_bound
            and any(
                request.GET.get(name) or name in form.errors for name in MORE_FILTERS
            ),
            "invalid_fields": form_fields(form, form.errors)
            if filterset.is_bound
            else [],
            "results": results,  # the cards' rows: ``load_cards`` reads the rest
            "load_cards": load_cards,
            "filtering": filtering,
            "active_filters": active_filters,
        }
    )
    return TemplateResponse(request, "careers/job_listing.html", context)


def form_fields(form: forms.Form, names) -> list:
    return [form[name] for name in names]


def filters_key(request: HttpRequest) -> str | None:
    """What names the listing's filter form when it has no query string: it
    offers the site's teams, places and languages (the site's content
    version) in the reader's language, its address on the host. None when it
    shows a query, or no version was read (nothing is kept)."""
    if request.GET:
        return None
    pattern = "{token}:{host}:{language}"
    return versioning.site_key(
        pattern, host=request.get_host(), language=get_language()
    )


def load_cards(rows) -> list:
    """The listing's jobs whose card is not kept, read whole (for the
    ``job_cards`` tag: a template would call it with no arguments)."""
    return jobs_for_cards(rows)


load_cards.do_not_call_in_templates = True


def narrows(filterset: JobFilterSet) -> bool:
    """Whether ``filterset.qs`` may have fewer rows than its queryset: a
    filter with a value (django-filter applies none with an empty value, nor
    those of values that are not valid)."""
    if not filterset.is_bound:
        return False
    filterset.is_valid()  # cleans the form, once
    values = filterset.form.cleaned_data.values()
    return any(value not in EMPTY_VALUES for value in values)


def spelling_suggestion(request: HttpRequest, jobs, results, locale) -> dict | None:
    """When a search finds nothing: the query with its typos corrected, and
    the listing's address for it (other filters kept), if that finds jobs."""
    query = clean_query(request.GET.get("q", "")).strip()[:MAX_QUERY_LENGTH]
    if not query or results.paginator.count:
        return None
    corrected = suggest(query, locale=locale)
    if corrected is None:
        return None
    data = request.GET.copy()
    data.pop("page", None)
    data["q"] = corrected
    if not JobFilterSet(listing_data_of(data), queryset=jobs).qs.exists():
        return None
    return {"query": corrected, "url": "?" + data.urlencode()}


def site_search(request: HttpRequest, page) -> HttpResponse:
    """Full-text search over the live, public pages in the reader's language."""
    bound_query(request, {"q", "page"})
    query = clean_query(request.GET.get("q", ""))[:MAX_QUERY_LENGTH]
    results = None
    if query:
        results = paginate(
            request,
            search_pages(query, locale=page.locale),
            page_setting("SEARCH_PER_PAGE"),
        )
    context = page_chrome(
        page, request, suffix="search/", query=request.GET.urlencode(), receipts=False
    )
    context.update(
        {
            "page": page,
            "noindex": bool(query),
            "query": query,
            "results": results,
            "hits": search_hits(results or []),
        }
    )
    return TemplateResponse(request, "careers/search.html", context)


def search_hits(results) -> list[dict]:
    summaries = search_summaries(results)
    return [{"page": page, **summaries.get(page.pk, {})} for page in results]


def job_gone(request: HttpRequest, job) -> HttpResponse:
    """410 Gone for an expired job post, with similar open jobs."""
    context = gone_context(job, request)
    context["page"] = job
    response = TemplateResponse(request, "careers/job_gone.html", context, status=410)
    response["X-Robots-Tag"] = "noindex"
    return response


def robots_txt(request: HttpRequest) -> HttpResponse:
    try:
        admin = reverse("wagtailadmin_home")
    except NoReverseMatch:
        admin = "/admin/"
    lines = [
        "User-agent: *",
        "Allow: /",
        f"Disallow: {admin}",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('careers_sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
