"""The job listing: shared filters that combine, search, pagination, a clear
no-results state, and a query count that does not grow with the jobs."""

import datetime as dt
import re

import pytest
from django import forms
from django.db import connection
from django.http import QueryDict
from django.test.signals import template_rendered
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale

from careers.filters import JobFilterSet
from careers.selectors.jobs import localized_jobs, open_jobs
from careers.templatetags.careers_tags import option_input
from careers.views import listing_form
from tests import factories

from .bulk import bulk_jobs
from .conftest import html

#: A generous ceiling; the tests below also pin that the count stays flat.
MAX_LISTING_QUERIES = 25
ONE_DAY = dt.timedelta(days=1)


def listing(client, query: str = "", lang: str = "en") -> str:
    response = client.get(f"/{lang}/jobs/{query}")
    assert response.status_code == 200
    return html(response)


def test_listing_shows_each_open_job_once_in_the_readers_language(content, client):
    en, de = listing(client), listing(client, lang="de")
    assert "Warehouse Team Lead" in en and "Teamleitung Lager" not in en
    assert "Teamleitung Lager" in de and "Warehouse Team Lead" not in de
    # Not translated: shown in its own language, marked as such.
    assert "Remote Dispatcher" in de
    assert 'lang="en"' in de


def test_filters_combine(content, client):
    hybrid = factories.job(
        content.home, "Hybrid Analyst", team_page=content.team, workplace_type="hybrid"
    )
    page = listing(client, "?team=team-ds&workplace_type=hybrid")
    assert hybrid.title in page
    assert "Warehouse Team Lead" not in page  # same team, on-site
    assert "Remote Dispatcher" not in page  # other team
    page = listing(client, "?workplace_type=hybrid&workplace_type=remote")
    assert hybrid.title in page and "Remote Dispatcher" in page
    assert "Warehouse Team Lead" not in page


def test_filters_by_location_country_employment_and_language(content, client):
    location = content.job.locations.first()
    page = listing(client, f"?location={location.pk}")
    assert "Warehouse Team Lead" in page and "Remote Dispatcher" not in page
    page = listing(client, "?country=AT")  # remote applicants may live there
    assert "Remote Dispatcher" in page and "Warehouse Team Lead" not in page
    page = listing(client, "?employment_type=PART_TIME")
    assert "Remote Dispatcher" in page and "Warehouse Team Lead" not in page
    page = listing(client, "?language=de", lang="de")
    assert "Teamleitung Lager" in page and "Remote Dispatcher" not in page


def test_full_text_search_through_the_search_backend(content, client):
    page = listing(client, "?q=dispatcher")
    assert "Remote Dispatcher" in page
    assert "Warehouse Team Lead" not in page


def test_filters_are_kept_in_the_form_for_a_shareable_url(content, client):
    page = listing(client, "?q=warehouse&workplace_type=onsite")
    assert 'value="warehouse"' in page
    assert 'value="onsite" id="id_workplace_type_0" checked' in page


def test_no_results_state(content, client):
    page = listing(client, "?q=astronaut")
    assert "No open jobs match these filters." in page
    assert "0 open jobs" in page
    assert 'href="/en/jobs/">Show all open jobs' in page


@pytest.mark.parametrize(
    "query",
    [
        "?team=nope",
        "?location=abc",
        "?country=XX",
        "?workplace_type=moon",
        "?salary_min=lots",
        "?updated_since=yesterday",
        "?language=fr",
        "?page=-3",
        "?page=9999",
        "?q=" + "x" * 500,
        "?q=%00",
        '?q="',
        '?q=lead"',
        "?q=%22%27%3C",
    ],
)
def test_bad_filter_values_give_a_message_not_an_error(content, client, query):
    response = client.get(f"/en/jobs/{query}")
    assert response.status_code == 200


def test_quoted_phrases_still_search(content, client):
    page = listing(client, '?q="Remote Dispatcher"')
    assert "Remote Dispatcher" in page and "Warehouse Team Lead" not in page


def test_bad_filter_value_is_named_and_the_other_filters_still_apply(content, client):
    page = listing(client, "?team=nope&workplace_type=remote")
    assert "Some filters could not be applied" in page
    assert "nope" in page
    assert "Remote Dispatcher" in page and "Warehouse Team Lead" not in page


def test_pagination(content, client, settings):
    settings.CAREERS = {"PAGES": {"JOBS_PER_PAGE": 2}}
    factories.job(content.home, "Third job")
    first = listing(client)
    assert "3 open jobs" in first
    assert 'href="?page=2"' in first and 'rel="next"' in first
    second = listing(client, "?page=2")
    assert 'aria-current="page"' in second and 'rel="prev"' in second
    settings.CAREERS = {"PAGES": {"JOBS_PER_PAGE": 1}}
    filtered = listing(client, "?workplace_type=onsite&page=1")
    assert "workplace_type=onsite&amp;page=2" in filtered


def count_listing_queries(client, query: str = "") -> int:
    client.get(f"/en/jobs/{query}")  # warm the site and content-type caches
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(f"/en/jobs/{query}")
    assert response.status_code == 200
    return len(ctx.captured_queries)


@pytest.fixture
def listing_site(home, settings):
    settings.CAREERS = {"PAGES": {"JOBS_PER_PAGE": 50}}
    team = factories.team(home, "Logistics", key="team-logistics")
    locations = [factories.location("Hamburg"), factories.location("Bremen")]
    return home, team, locations


def test_listing_queries_at_1_and_50_jobs_per_page(
    listing_site, client, django_assert_max_num_queries
):
    home, team, locations = listing_site
    bulk_jobs(home, 1, team=team, locations=locations, prefix="one")
    one = count_listing_queries(client)
    assert "1 open job" in listing(client)
    bulk_jobs(home, 49, team=team, locations=locations, prefix="more")
    with django_assert_max_num_queries(one):
        page = listing(client)
    assert "50 open jobs" in page
    assert page.count('class="card job-card"') == 50
    assert one <= MAX_LISTING_QUERIES


def test_listing_queries_with_1000_jobs_in_the_database(
    listing_site, client, django_assert_num_queries
):
    home, team, locations = listing_site
    bulk_jobs(home, 1, team=team, locations=locations, prefix="one")
    one = count_listing_queries(client)
    filtered_one = count_listing_queries(client, "?team=team-logistics&page=2")
    bulk_jobs(home, 999, team=team, locations=locations, prefix="many")
    with django_assert_num_queries(one):
        page = listing(client)
    assert "1000 open jobs" in page
    assert page.count('class="card job-card"') == 50
    with django_assert_num_queries(filtered_one):
        listing(client, "?team=team-logistics&page=2")


def test_listing_total_does_not_make_the_database_load_every_job(
    listing_site, client, settings
):
    """The page's jobs and their total come in one query, but the total is
    counted over the bare filtered rows: a window count over the page query
    (``COUNT(*) OVER ()``) made the database join, annotate and sort every
    open job before the page's LIMIT (92 of 188 ms at 10,000 jobs)."""
    home, team, locations = listing_site
    settings.CAREERS = {"PAGES": {"JOBS_PER_PAGE": 2}}
    bulk_jobs(home, 5, team=team, locations=locations, prefix="few")
    client.get("/en/jobs/")
    with CaptureQueriesContext(connection) as ctx:
        page = listing(client, "?page=2")
    assert "5 open jobs" in page
    assert page.count('class="card job-card"') == 2
    windows = [q["sql"] for q in ctx.captured_queries if " OVER (" in q["sql"]]
    assert windows == []


def test_finding_the_readers_translation_reads_no_job_rows(content):
    """A job in another language shows when the reader's language has no open
    version of it. That lookup reads pages only: joined to the job table, it
    made the database read every job to build it, twice per listing (16 of
    64 ms of the listing query at 10,000 jobs)."""
    en = Locale.objects.get(language_code="en")
    sql = str(localized_jobs(open_jobs(), locale=en).query)
    lookup = sql.split("EXISTS", 1)[1]
    assert "careers_jobpostingpage" not in lookup


def test_places_attached_in_one_query_are_the_saved_rows(home):
    """``attach_places`` fills a job's locations and applicant countries as
    Django's prefetch would: the database's own rows, in name order, that
    equal (and can be saved as) what the relation reads."""
    from careers.models import Country, JobPostingPage
    from careers.selectors.jobs import attach_places

    places = [factories.location("Kiel"), factories.location("Berlin")]
    made = factories.job(home, locations=places)
    made.applicant_countries = [Country.objects.get(code="DE")]
    made.save()
    job = JobPostingPage.objects.get(pk=made.pk)
    with CaptureQueriesContext(connection) as queries:
        attach_places([job])
        located, countries = (
            list(job.locations.all()),
            list(job.applicant_countries.all()),
        )
    assert len(queries) == 1
    assert [p.city for p in located] == ["Berlin", "Kiel"]
    assert located == sorted(places, key=lambda p: p.name)
    assert [c.code for c in countries] == ["DE"]
    for obj in [*located, *countries, located[0].country]:
        assert not obj._state.adding and obj._state.db == "default"


@pytest.mark.parametrize(
    ("path", "total"), [("/en/jobs/", "listing_total"), ("/en/", "careers_open_jobs")]
)
def test_the_number_of_open_jobs_reads_no_job_rows(content, client, path, total):
    """Unfiltered, the listing and the home count their open jobs from the
    page rows alone: every condition is on them, and joined to the job table
    PostgreSQL read both tables whole (43 ms at 10,000 jobs, 14 ms without
    the join). The number stays that of the jobs listed (a German-only job
    counts on /de/, one past its valid-through date does not)."""
    factories.job(content.home, "Past Deadline", expire_at=timezone.now() - ONE_DAY)
    client.get(path)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(path).status_code == 200
    counted = [q["sql"] for q in ctx.captured_queries if f'"{total}"' in q["sql"]]
    assert counted
    for sql in counted:
        count = sql.split("(SELECT COUNT(", 1)[1].split(f'AS "{total}"', 1)[0]
        assert "careers_jobpostingpage" not in count
    for lang in ("en", "de"):
        page = listing(client, lang=lang)
        cards = page.count('class="card job-card"')
        shown = re.search(r'class="results__count"[^>]*>(\d+) ', page)
        assert shown and int(shown[1]) == cards and "Past Deadline" not in page


def test_filter_checkboxes_are_written_without_a_template_per_option(content, client):
    """Each checkbox of the filters was two templates rendered (Django's
    ``input.html`` and ``attrs.html``), each country of its drop-down one:
    most of the filters' rendering. ``option_input`` and ``select_html``
    write the same HTML."""
    names = []

    def rendered(sender, template, **kwargs):
        names.append(template.name)

    template_rendered.connect(rendered)
    try:
        page = listing(client, "?workplace_type=hybrid&workplace_type=remote")
    finally:
        template_rendered.disconnect(rendered)
    assert "django/forms/widgets/checkbox_option.html" not in names
    assert "django/forms/widgets/select_option.html" not in names
    assert 'value="hybrid" id="id_workplace_type_1" checked>' in page
    query = QueryDict("workplace_type=remote&team=x&ai_role=true")
    form = listing_form(JobFilterSet(query, queryset=open_jobs()))
    form.is_valid()
    for name in ("team", "location", "workplace_type", "employment_type"):
        for choice in form[name]:
            assert option_input(choice) == choice.tag()
    country = form.fields["country"].widget
    for value in ([], ["DE"], ['"><b>']):
        context = country.get_context("country", value, {"id": "id_country"})
        django_html = forms.Select._render(country, country.template_name, context)
        assert country._render(country.template_name, context) == django_html
