"""A candidate who uses only the keyboard can skip to the content, filter the
job listing, switch the language and open the evidence behind a claim."""

import re

import pytest

pytestmark = pytest.mark.browser

MAX_TABS = 80


def tab_to(page, selector: str) -> None:
    """Press Tab until ``selector`` has the focus, as a keyboard user would."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if page.evaluate(
            "sel => document.activeElement && document.activeElement.matches(sel)",
            selector,
        ):
            return
    raise AssertionError(f"Tab never reached {selector}")


def focus_is_visible(page) -> bool:
    """The focused element draws an outline (our :focus-visible style)."""
    return page.evaluate(
        """() => {
            const style = getComputedStyle(document.activeElement);
            return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        }"""
    )


def test_skip_link_is_the_first_stop_and_moves_to_the_content(site, page):
    page.goto(f"{site.base}{site.urls['job']}")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    assert page.locator(".skip-link").is_visible()
    assert focus_is_visible(page)
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_filters_with_the_keyboard_only(site, page):
    page.goto(f"{site.base}{site.urls['listing']}")
    tab_to(page, "#id_q")
    page.keyboard.type("dispatcher")
    tab_to(page, 'input[name="workplace_type"][value="remote"]')
    assert focus_is_visible(page)
    page.keyboard.press("Space")
    tab_to(page, ".filters button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert re.search(r"q=dispatcher", page.url)
    assert re.search(r"workplace_type=remote", page.url)
    results = page.locator(".results .job-card h3").all_inner_texts()
    assert results == ["Remote Dispatcher"]
    assert page.locator('input[value="remote"]').is_checked()
    # Combine with a team filter: no match, and a way back.
    tab_to(page, 'input[name="team"][value="team-ds"]')
    page.keyboard.press("Space")
    tab_to(page, ".filters button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "No open jobs match these filters." in page.inner_text(".results")
    tab_to(page, ".empty a")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith("/en/jobs/")
    assert page.locator(".results .job-card").count() >= 4


def test_language_switcher_with_the_keyboard(site, page):
    page.goto(f"{site.base}{site.urls['job']}")
    assert page.get_attribute("html", "lang") == "en"
    tab_to(page, '.languages a[hreflang="de"]')
    assert focus_is_visible(page)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.get_attribute("html", "lang") == "de"
    assert page.url.endswith("/de/jobs/machine-learning-engineer/")
    assert page.inner_text("h1") == "Machine Learning Engineer (m/w/d)"
    assert "Jetzt bewerben" in page.inner_text("main")
    tab_to(page, '.languages a[hreflang="en"]')
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith("/en/jobs/machine-learning-engineer/")


def test_language_switcher_without_translation_lands_on_the_home(site, page):
    page.goto(f"{site.base}{site.urls['story']}")
    tab_to(page, '.languages a[hreflang="de"]')
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith("/de/")
    assert page.inner_text("h1") == "Karriere bei Nordhafen"


def test_evidence_behind_a_claim_opens_with_the_keyboard(site, page):
    page.goto(f"{site.base}{site.urls['home']}")
    receipt = page.locator("details.receipt").first
    assert not receipt.evaluate("el => el.open")
    tab_to(page, "details.receipt summary")
    assert focus_is_visible(page)
    page.keyboard.press("Enter")
    assert receipt.evaluate("el => el.open")
    assert "Why you can believe this" in receipt.locator("summary").inner_text()
    evidence = receipt.locator(".receipt__evidence a").all_inner_texts()
    assert "Fewer late deliveries" in evidence
    page.keyboard.press("Enter")  # the summary toggles it closed again
    assert not receipt.evaluate("el => el.open")
