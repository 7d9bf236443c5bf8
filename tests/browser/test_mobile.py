"""On a 375 px phone: results come first, the filters wait behind a
"Filters (n)" link that works without script, the apply button stays in
reach, and nothing is wider than the screen."""

import pytest
from playwright.sync_api import expect

from .demo import PAGE_TYPES

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 667}

#: Elements wider than the screen, or reaching past its edges (hidden ones
#: and the off-screen skip link aside).
TOO_WIDE = """() => {
  const width = document.documentElement.clientWidth;
  const found = [];
  for (const el of document.body.querySelectorAll("*")) {
    if (el.closest(".visually-hidden, .skip-link, script, style")) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.right > width + 0.5 || box.left < -0.5) {
      const where = `${Math.round(box.left)}..${Math.round(box.right)}`;
      found.push(`${el.tagName.toLowerCase()}.${el.className} ${where}`);
    }
  }
  return found.slice(0, 5);
}"""


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, locale="en-GB")
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    yield tab
    context.close()


@pytest.fixture
def phone_without_script(browser):
    context = browser.new_context(
        viewport=PHONE, locale="en-GB", java_script_enabled=False
    )
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    yield tab
    context.close()


def test_no_element_is_wider_than_a_375_px_screen(demo, phone):
    found = {}
    for name in (*PAGE_TYPES, "gone"):
        url = demo.urls.get(name) or demo.expired_url
        if not url:
            continue
        phone.goto(f"{demo.base}{url}")
        wide = phone.evaluate(TOO_WIDE)
        if wide:
            found[name] = wide
    assert not found, found


def first_result_is_on_screen(tab) -> bool:
    box = tab.locator(".results .job-card").first.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + 80 <= PHONE["height"]


def test_filters_wait_behind_a_link_and_results_come_first(demo, phone_without_script):
    """Without script: the filters open as the link's target; after applying
    one, the first result is on the first screen and the link counts it."""
    tab = phone_without_script
    tab.goto(f"{demo.base}{demo.urls['listing']}")
    assert not tab.locator("#filters").is_visible()
    assert first_result_is_on_screen(tab)
    tab.get_by_role("link", name="Filters").click()
    assert tab.locator("#filters").is_visible()
    tab.locator('#filters input[name="workplace_type"][value="remote"]').check()
    with tab.expect_navigation():
        tab.locator("#filters button[type=submit]").click()
    assert "workplace_type=remote" in tab.url
    assert not tab.locator("#filters").is_visible()
    assert tab.locator(".filters-toggle").inner_text() == "Filters (1)"
    assert first_result_is_on_screen(tab)
    assert tab.evaluate("window.scrollY") == 0


def test_the_filter_link_says_whether_the_filters_are_open(demo, phone):
    """The script follows the link's fragment on `hashchange`, which the
    browser fires after the click returns: wait for the state, don't sample
    it (sampled at once it was still the old value in about 1 run in 10)."""
    phone.goto(f"{demo.base}{demo.urls['listing']}")
    toggle = phone.locator(".filters-toggle")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(phone.locator("#filters")).to_be_visible()
    phone.locator(".filters__close").click()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(phone.locator("#filters")).to_be_hidden()


def test_the_apply_button_stays_in_reach_on_a_long_job_post(demo, phone):
    phone.goto(f"{demo.base}{demo.urls['job']}")
    height = phone.evaluate("document.documentElement.scrollHeight")
    assert height > 3 * PHONE["height"]  # a long post, as in the demo
    for fraction in (0.3, 0.6):
        phone.evaluate(f"window.scrollTo(0, {int(height * fraction)})")
        bar = phone.locator(".apply-bar .button")
        box = bar.bounding_box()
        assert box and box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"]
        assert bar.get_attribute("href")
