"""Every public page of the demo in German: no English text outside an
element marked ``lang="en"``. Editor content the demo leaves in English (a
person's bio, a metric name) is marked by the page, so a screen reader reads
it in English; the rest is German.

English is told by its commonest words: a text node in German that has one
of STOP_WORDS as a whole word is English. ALLOWED are the proper names in
the demo that contain one (none today: kept to say where they would go)."""

import re
from html.parser import HTMLParser

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page

from careers.models import CareersIndexPage, JobPostingPage

pytestmark = pytest.mark.django_db

#: Common English words that are not German words (whole words, any case).
STOP_WORDS = ("the", "and", "with", "our", "for", "you", "your", "of", "to", "is")

#: Proper names (products, events, organisations) a German page may show as
#: they are, each with why. A text node equal to one of them is not English.
ALLOWED: dict[str, str] = {}

ENGLISH = re.compile(rf"\b({'|'.join(STOP_WORDS)})\b", re.I)
SKIPPED = {"script", "style", "template", "noscript"}
VOID = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
    "source", "track", "wbr",
}  # fmt: skip


class UnmarkedText(HTMLParser):
    """The body's text nodes with the language of their nearest ``lang``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.texts: list[tuple[str, str]] = []

    def language(self) -> str:
        for _tag, lang in reversed(self.stack):
            if lang:
                return lang
        return ""

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        self.stack.append((tag, dict(attrs).get("lang")))

    def handle_endtag(self, tag):
        for n in range(len(self.stack) - 1, -1, -1):
            if self.stack[n][0] == tag:
                del self.stack[n:]
                return

    def handle_data(self, data):
        if any(tag in SKIPPED for tag, _ in self.stack) or not data.strip():
            return
        self.texts.append((self.language(), " ".join(data.split())))


def english_outside_markers(html: str) -> list[str]:
    parser = UnmarkedText()
    parser.feed(html)
    return [
        text
        for lang, text in parser.texts
        if not lang.startswith("en") and text not in ALLOWED and ENGLISH.search(text)
    ]


def german_urls() -> list[str]:
    """Every public German page, its home's routes and a gone job's page."""
    german = Locale.objects.get(language_code="de")
    pages = Page.objects.live().public().filter(locale=german, depth__gt=1)
    urls = [page.url for page in pages.specific()]
    home = CareersIndexPage.objects.get(locale=german)
    urls += [
        f"{home.url}jobs/",
        f"{home.url}jobs/?q=Daten",
        f"{home.url}search/?q=Daten",
        f"{home.url}search/?q=nichtszufinden",
        f"{home.url}accessibility/",
    ]
    gone = JobPostingPage.objects.filter(locale=german, expired=True).first()
    assert gone is not None, "the demo has an expired German job"
    urls.append(gone.url)
    return urls


def test_every_german_demo_page_marks_the_english_it_shows(client, settings):
    settings.ALLOWED_HOSTS = ["*"]
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    urls = german_urls()
    assert len(urls) >= 20
    found = {}
    for url in urls:
        response = client.get(url, HTTP_HOST="127.0.0.1:8000")
        assert response.status_code in (200, 410), url
        html = response.content.decode()
        assert '<html lang="de"' in html, url
        english = english_outside_markers(html)
        if english:
            found[url] = english
    report = "\n".join(f"{u}: {t}" for u, ts in found.items() for t in ts)
    assert not found, report


def test_the_check_finds_unmarked_english():
    page = (
        '<html lang="de"><body><p>Wir liefern.</p><p>We care for the parcels.</p>'
        '<p lang="en">Runs the ETA model</p><script>var the = 1;</script></body>'
    )
    assert english_outside_markers(page) == ["We care for the parcels."]
