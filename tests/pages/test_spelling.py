"""Typos in the listing's search: Wagtail's database search backend has no
fuzzy matching, so a search that finds nothing offers the nearest words from
the titles of the open jobs in the reader's language ("Did you mean …?")."""

import pytest

from careers.selectors.spelling import MAX_WORDS, suggest
from tests import factories

from .test_listing import listing


def test_a_typo_that_finds_nothing_offers_the_word_the_jobs_use(content, client):
    page = listing(client, "?q=warehuose")
    assert "No open jobs match these filters." in page
    assert "Did you mean" in page
    assert 'href="?q=warehouse">warehouse</a>' in page
    assert "Warehouse Team Lead" in listing(client, "?q=warehouse")


def test_the_suggestion_keeps_the_other_filters(content, client):
    page = listing(client, "?workplace_type=onsite&q=warehose")
    assert 'href="?workplace_type=onsite&amp;q=warehouse">warehouse</a>' in page


def test_german_words_for_the_german_listing(content, client):
    page = listing(client, "?q=teamleitng", lang="de")
    assert "Meinten Sie" in page
    assert 'href="?q=teamleitung">teamleitung</a>' in page


def test_no_suggestion_when_results_or_nothing_near(content, client):
    assert "Did you mean" not in listing(client, "?q=warehouse")
    assert "Did you mean" not in listing(client, "?q=astronaut")
    # a correction that would still find nothing is not offered
    assert "Did you mean" not in listing(client, "?q=warehuose&workplace_type=hybrid")


def test_drafts_and_other_languages_lend_no_words(content, client):
    factories.job(content.home, "Quantum Choreographer", live=False)
    assert "Did you mean" not in listing(client, "?q=choreografer")
    assert "Did you mean" not in listing(client, "?q=teamleitng")  # German title


def test_the_work_is_bounded(content, django_assert_max_num_queries):
    """A fixed number of queries (the private sections, read as the listing
    reads them, and the titles), and at most MAX_WORDS words looked at."""
    from wagtail.models import Locale

    en = Locale.objects.get(language_code="en")
    with django_assert_max_num_queries(3):
        assert suggest("warehuose", locale=en) == "warehouse"
    many = " ".join(["warehuose"] * (MAX_WORDS + 5))
    assert suggest(many, locale=en).split().count("warehouse") == MAX_WORDS


@pytest.mark.parametrize("query", ["", "ai", "%00", "x" * 5000, "??"])
def test_odd_queries(content, client, query):
    listing(client, f"?q={query}")
