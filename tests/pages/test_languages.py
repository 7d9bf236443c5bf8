"""The language switcher lands on the translated page, else on the other
language's careers home; every page declares its language."""

import re

from django.conf import global_settings
from django.test import override_settings

from tests import factories

from .conftest import html


def switcher(page: str) -> dict[str, str]:
    nav = page[page.index('<nav class="languages"') :]
    nav = nav[: nav.index("</nav>")]
    links = re.findall(r'<a href="([^"]*)" hreflang="[^"]*" lang="(\w+)"', nav)
    return {lang: href for href, lang in links}


def test_switcher_links_to_the_translation(content, client):
    page = html(client.get(content.job.url))
    assert switcher(page) == {
        "en": "/en/jobs/warehouse-team-lead/",
        "de": "/de/jobs/warehouse-team-lead/",
    }
    assert '<html lang="en">' in page
    page = html(client.get(content.job_de.url))
    assert switcher(page)["en"] == "/en/jobs/warehouse-team-lead/"
    assert '<html lang="de">' in page


def test_switcher_marks_the_current_language(content, client):
    page = html(client.get("/de/"))
    assert 'lang="de" aria-current="true">Deutsch</a>' in page
    assert 'lang="en">English</a>' in page


def test_switcher_falls_back_to_the_other_languages_home(content, client):
    page = html(client.get(content.story.url))  # no German version
    assert switcher(page)["de"] == "/de/"


def test_switcher_without_any_translation_goes_to_the_language_root(home, client):
    page = html(client.get("/en/"))
    assert switcher(page) == {"en": "/en/", "de": "/de/"}


def test_switcher_keeps_the_listings_filters(content, client):
    page = html(client.get("/en/jobs/?workplace_type=remote&q=dispatcher"))
    assert switcher(page)["de"] == "/de/jobs/?workplace_type=remote&amp;q=dispatcher"


def test_switcher_on_search_keeps_the_query(content, client):
    page = html(client.get("/de/search/?q=lager"))
    assert switcher(page)["en"] == "/en/search/?q=lager"


def test_german_pages_are_in_german(content, client):
    page = html(client.get("/de/jobs/"))
    assert "Offene Stellen" in page
    assert "Zum Hauptinhalt springen" in page
    page = html(client.get(content.team_de.url))
    assert "Datenwissenschaft" in page
    assert "Die Menschen" in page


def test_dates_follow_the_language(content, client):
    job = content.job
    en = html(client.get(job.url))
    de = html(client.get(content.job_de.url))
    year = f"{job.first_published_at:%Y}"
    assert re.search(rf"<dd>\w+\.? \d+, {year}</dd>", en)
    assert re.search(rf"<dd>\d+\. \w+ {year}</dd>", de)


def test_a_german_only_job_is_listed_in_english_marked_as_german(content, client):
    only_de = factories.job(content.home_de, "Lagerhelfer:in")
    page = html(client.get("/en/jobs/"))
    assert only_de.title in page
    assert "Posted in German only" in page


def test_switcher_offers_the_content_languages_only(content, client):
    """Django's hundred default LANGUAGES are not offered: the switcher lists
    the host's content languages."""
    with override_settings(
        LANGUAGES=global_settings.LANGUAGES,
        WAGTAIL_CONTENT_LANGUAGES=[("en", "English"), ("de", "German")],
    ):
        page = html(client.get("/en/jobs/"))
    assert set(switcher(page)) == {"en", "de"}
    select = page[page.index('name="language"') :]
    select = select[: select.index("</select>")]
    assert re.findall(r'<option value="(\w*)"', select) == ["", "en", "de"]


def test_one_content_language_shows_no_switcher(content, client):
    with override_settings(WAGTAIL_CONTENT_LANGUAGES=[("en", "English")]):
        page = html(client.get("/en/jobs/"))
    assert '<nav class="languages"' not in page
