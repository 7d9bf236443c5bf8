"""The listing's filter form without a query string is kept per site content
version (its teams, places and languages): a job's publish leaves it kept, a
new team shows in it at once, and a listing with a query string shows its
chosen values."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories

pytestmark = pytest.mark.django_db

ON = {"PAGES": {"CACHE_SECONDS": 600}}


def filters_of(client, url: str = "/en/jobs/") -> tuple[str, list[str]]:
    """The listing's filter form, and the queries of the request."""
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    form = re.search(
        r'<form class="filters".*?</form>', response.content.decode(), re.S
    )
    assert form, "the listing has its filter form"
    return form.group(0), [q["sql"] for q in ctx.captured_queries]


def test_the_form_is_kept_until_the_site_changes(home, client, settings):
    settings.CAREERS = ON
    routes = factories.team(home, "Route Planning")
    job = factories.job(home, "Planner", team_page=routes)
    first, _sql = filters_of(client)
    assert "Route Planning" in first

    factories.publish(job)
    kept, sql = filters_of(client)
    assert kept == first
    assert not [q for q in sql if '"careers_teampage"."key" AS "key"' in q], (
        "the teams offered came with the kept form"
    )

    factories.team(home, "Fleet")
    assert "Fleet" in filters_of(client)[0]


def test_a_query_string_shows_its_values(home, client, settings):
    settings.CAREERS = ON
    routes = factories.team(home, "Route Planning")
    factories.job(home, "Planner", team_page=routes)
    filters_of(client)
    chosen, _sql = filters_of(client, f"/en/jobs/?team={routes.key}")
    assert re.search(rf'value="{routes.key}"[^>]*checked', chosen)
    assert "Clear all filters" in chosen
    assert "Clear all filters" not in filters_of(client)[0]


def test_a_filtered_listing_reads_the_teams_once(home, client, settings):
    """Validating the query and showing the form share one list of teams."""
    settings.CAREERS = ON
    routes = factories.team(home, "Route Planning")
    factories.job(home, "Planner", team_page=routes)
    _form, sql = filters_of(
        client, f"/en/jobs/?team={routes.key}&workplace_type=hybrid"
    )
    assert len([q for q in sql if '"careers_teampage"."key" AS "key"' in q]) == 1
