"""A candidate finds the AI roles of the demo: by typing "AI" or "KI" into
the listing's search, by the "AI roles only" filter (listing, API and feeds
read the same URL), and on a 375 px phone the first result is on screen
after filtering, with nothing wider than the screen."""

import feedparser
import pytest
from playwright.sync_api import expect

from careers.models import JobPostingPage
from careers.selectors.jobs import localized_jobs, open_jobs

from .test_mobile import PHONE, TOO_WIDE, first_result_is_on_screen

pytestmark = pytest.mark.browser


def ai_role_titles(language: str) -> set[str]:
    """The open AI roles a listing in ``language`` shows (a job without a
    version in that language shows in the language it has)."""
    locale = JobPostingPage.objects.filter(locale__language_code=language)
    jobs = localized_jobs(open_jobs(), locale=locale.first().locale)
    titles = set(jobs.filter(is_ai_role=True).values_list("title", flat=True))
    assert len(titles) >= 2, "the demo has several AI roles"
    return titles


def shown_titles(tab) -> list[str]:
    return tab.locator(".results .job-card .card__title").all_inner_texts()


@pytest.mark.parametrize(("language", "query"), [("en", "AI"), ("de", "KI")])
def test_searching_ai_lists_every_open_ai_role(demo, page, language, query):
    expected = ai_role_titles(language)
    page.goto(f"{demo.base}/{language}/jobs/")
    page.locator('#filters input[name="q"]').fill(query)
    with page.expect_navigation():
        page.locator("#filters button[type=submit]").click()
    shown = set(shown_titles(page))
    assert expected <= shown, f"missing: {expected - shown}"


def test_lower_case_and_spelled_out_names_find_them_too(demo, page):
    expected = ai_role_titles("en")
    for query in ("ai", "machine learning"):
        page.goto(f"{demo.base}/en/jobs/?q={query}")
        assert expected <= set(shown_titles(page)), query
    page.goto(f"{demo.base}/de/jobs/?q=maschinelles Lernen")
    assert ai_role_titles("de") <= set(shown_titles(page))


def test_the_ai_roles_filter_in_the_listing_on_a_phone(demo, browser):
    """Open the filters, tick "AI roles only", show jobs: only AI roles, all
    of them, the first on the first screen, and nothing wider than it."""
    context = browser.new_context(viewport=PHONE, locale="en-GB")
    tab = context.new_page()
    try:
        tab.goto(f"{demo.base}/en/jobs/")
        tab.get_by_role("link", name="Filters").click()
        tab.get_by_label("AI roles only").check()
        with tab.expect_navigation():
            tab.locator("#filters button[type=submit]").click()
        assert "ai_role=true" in tab.url
        assert sorted(shown_titles(tab)) == sorted(ai_role_titles("en"))
        expect(tab.locator(".filters-toggle")).to_have_text("Filters (1)")
        expect(tab.get_by_label("AI roles only")).to_be_checked()
        assert tab.evaluate("window.scrollY") == 0
        assert first_result_is_on_screen(tab)
        assert tab.evaluate(TOO_WIDE) == []
    finally:
        context.close()


def test_the_german_listing_offers_the_filter_in_german(demo, page):
    page.goto(f"{demo.base}/de/jobs/?ai_role=true")
    expect(page.get_by_label("Nur KI-Stellen")).to_be_checked()
    assert sorted(shown_titles(page)) == sorted(ai_role_titles("de"))


def test_the_api_and_the_feeds_take_the_same_filter(demo, page):
    expected = ai_role_titles("en")
    api = page.request.get(f"{demo.base}/api/v1/jobs/?ai_role=true&language=en")
    assert api.ok, api.status
    assert {job["title"] for job in api.json()["results"]} == expected
    assert all(job["is_ai_role"] for job in api.json()["results"])
    others = page.request.get(f"{demo.base}/api/v1/jobs/?ai_role=false&language=en")
    assert expected.isdisjoint(job["title"] for job in others.json()["results"])
    for feed in ("jobs.atom", "jobs.rss"):
        answer = page.request.get(f"{demo.base}/feeds/{feed}?ai_role=true")
        assert answer.ok, (feed, answer.status)
        titles = {entry.title for entry in feedparser.parse(answer.body()).entries}
        assert titles == expected, feed
