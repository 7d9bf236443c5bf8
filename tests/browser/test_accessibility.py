"""Every page type of the demo, at phone and desktop width, passes axe-core
with no violation of any impact."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from .conftest import WIDTHS, report, screenshot
from .demo import PAGE_TYPES

pytestmark = pytest.mark.browser

BLOCKING = {"minor", "moderate", "serious", "critical"}

axe = Axe()


def violations(page) -> list[dict]:
    results = axe.run(page)
    return results.response["violations"]


def describe(found: dict[str, list[dict]]) -> str:
    lines = []
    for where, items in found.items():
        for v in items:
            targets = [node["target"] for node in v["nodes"][:3]]
            lines.append(f"{where}: {v['impact']} {v['id']}: {v['help']} {targets}")
    return "\n".join(lines)


@pytest.mark.parametrize("width", WIDTHS.keys())
def test_every_page_type_passes_axe(demo, page, width):
    """The demo of `manage.py load_demo`: every page type, both languages."""
    site = demo
    page.set_viewport_size({"width": WIDTHS[width], "height": 900})
    blocking, summary = {}, {}
    pages = {name: site.urls[name] for name in PAGE_TYPES}
    if site.expired_url:
        pages["gone"] = site.expired_url
    pages["not_found"] = "/en/no-such-page/"
    for name, url in pages.items():
        response = page.goto(f"{site.base}{url}")
        expected = {"gone": 410, "not_found": 404}.get(name, 200)
        assert response.status == expected, f"{name} {url}: {response.status}"
        found = violations(page)
        summary[name] = {v["id"]: v["impact"] for v in found}
        blocking[name] = [v for v in found if v["impact"] in BLOCKING]
        screenshot(page, f"{name}-{WIDTHS[width]}")
    report(f"axe-{WIDTHS[width]}", summary)
    blocking = {name: items for name, items in blocking.items() if items}
    assert not blocking, "axe found violations:\n" + describe(blocking)


def test_no_horizontal_scrolling_at_320_px(demo, page):
    page.set_viewport_size({"width": 320, "height": 800})
    for name in PAGE_TYPES:
        page.goto(f"{demo.base}{demo.urls[name]}")
        overflow = page.evaluate(
            "document.documentElement.scrollWidth"
            " - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{name} scrolls sideways by {overflow}px at 320 px"
