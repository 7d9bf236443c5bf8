"""Site search: Wagtail's search backend over the live, public pages in the
reader's language."""

import pytest

from .conftest import html


def search(client, query: str, lang: str = "en") -> str:
    response = client.get(f"/{lang}/search/{query}")
    assert response.status_code == 200
    return html(response)


def test_finds_pages_of_every_type_in_the_readers_language(content, client):
    page = search(client, "?q=parcels")
    assert "Data Science" in page  # team summary
    assert "Team showcase" in page  # what kind of page it is
    page = search(client, "?q=warehouse")
    assert "Warehouse Team Lead" in page and "Teamleitung Lager" not in page
    page = search(client, "?q=warehouse", lang="de")
    assert "Teamleitung Lager" in page and "Warehouse Team Lead" not in page


def test_without_a_query_only_the_form_shows(content, client):
    page = search(client, "")
    assert 'role="search"' in page
    assert "results for" not in page


def test_no_results_state(content, client):
    page = search(client, "?q=astronaut")
    assert "0 results for “astronaut”" in page
    assert "Nothing matches your search." in page


def test_results_are_paginated(content, client, settings):
    settings.CAREERS = {"PAGES": {"SEARCH_PER_PAGE": 1}}
    first = search(client, "?q=warehouse")
    assert 'href="?q=warehouse&amp;page=2"' in first


@pytest.mark.parametrize(
    "query",
    ["?q=%00", "?q=" + "x" * 5000, '?q="', "?q=%22%27%3C", "?q=a&page=x", "?q=*"],
)
def test_odd_queries_are_answered(content, client, query):
    search(client, query)


def test_search_results_are_not_indexed(content, client):
    assert '<meta name="robots" content="noindex">' in search(client, "?q=warehouse")
