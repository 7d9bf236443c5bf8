"""The demo's German pages show the module's own words in German: the
receipts, the filter button, the footer, the maturity box, the apply path
and the accessibility statement (editors' content is checked elsewhere)."""

import pytest

pytestmark = pytest.mark.browser

ENGLISH = (
    "Why you can believe this",
    "Filters",
    "Close",
    "Apply by e-mail",
    "Questions about a job?",
    "Legal and more",
    "Where we are with AI",
    "This follows from what we publish here",
    "What we check on every change",
    "in production since",
    "measured on",
)

#: The text a reader sees that is not marked as another language.
GERMAN_TEXT = """() => {
  const parts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const el = walker.currentNode.parentElement;
    if (!el || el.closest("script, style")) continue;
    const marked = el.closest("[lang]");
    if (marked && !marked.lang.startsWith("de")) continue;
    parts.push(walker.currentNode.textContent);
  }
  return parts.join(" ");
}"""


def test_german_pages_show_no_english_words_of_the_module(demo, page):
    pages = ("home_de", "listing_de", "job_de", "accessibility")
    found = {}
    for name in pages:
        url = demo.urls[name]
        if name == "accessibility":
            url = f"{demo.urls['home_de']}accessibility/"
        page.goto(f"{demo.base}{url}")
        assert page.locator("html").get_attribute("lang").startswith("de"), url
        text = page.evaluate(GERMAN_TEXT)
        english = [words for words in ENGLISH if words in text]
        if english:
            found[url] = english
    assert not found, found
    page.goto(f"{demo.base}{demo.urls['home_de']}")
    assert page.get_by_text("Warum Sie das glauben können").count() >= 1
