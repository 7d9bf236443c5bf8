"""The site works under its Content-Security-Policy: in real Chromium, every
page type (both languages, 404 and 410, an editor's userbar) loads without a
single CSP violation, the JSON-LD is there, and the site's own script runs.
The API docs (excluded from the policy, see config/settings/base.py) work
too. Part of the security suite (SECURITY.md); it lives here to share the
session's one browser (tests/browser/conftest.py)."""

import json
import re

import pytest
from django.test import Client

from tests import factories

from .demo import PAGE_TYPES

pytestmark = pytest.mark.browser

LISTEN = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.lineNumber}`);
});
"""
INJECT = """() => {
  const s = document.createElement("script");
  s.textContent = "window.__ran = 1";
  document.body.append(s);
}"""


def watch(tab) -> list[str]:
    """CSP reports from the page's event and from Chromium's console."""
    found: list[str] = []
    tab.add_init_script(LISTEN)
    tab.on(
        "console",
        lambda m: found.append(m.text) if "Content Security Policy" in m.text else None,
    )
    tab.on("pageerror", lambda e: found.append(f"error: {e}"))
    return found


def visit(tab, url: str, expected: int = 200) -> list[str]:
    response = tab.goto(url)
    assert response.status == expected, (url, response.status)
    tab.wait_for_load_state("load")
    return tab.evaluate("window.__csp")


def test_every_page_type_loads_without_a_csp_violation(site, page):
    console = watch(page)
    pages = {name: site.urls[name] for name in PAGE_TYPES}
    statuses = {"gone": 410, "not_found": 404}
    pages["gone"], pages["not_found"] = site.expired_url, "/en/no-such-page/"
    violations = {}
    for name, url in pages.items():
        response = page.request.get(f"{site.base}{url}")
        assert "script-src 'self'" in response.headers["content-security-policy"]
        found = visit(page, f"{site.base}{url}", statuses.get(name, 200))
        if found:
            violations[name] = found
    assert not violations and not console, (violations, console)


def test_json_ld_is_data_and_the_sites_own_script_runs(site, page):
    console = watch(page)
    visit(page, f"{site.base}{site.urls['job']}")
    blocks = page.locator('script[type="application/ld+json"]').all_text_contents()
    assert json.loads(blocks[0])["@type"] == "JobPosting"
    target = page.locator("details.receipt").first.get_attribute("id")
    # careers.js opens a receipt named in the address: scripts from 'self' run.
    visit(page, f"{site.base}{site.urls['listing']}")
    visit(page, f"{site.base}{site.urls['job']}#{target}")
    assert page.locator(f"details#{target}").evaluate("d => d.open")
    assert not page.evaluate("window.__csp") and not console
    # The policy is enforced, and the listener hears it: an injected inline
    # script is blocked and reported.
    page.evaluate(INJECT)
    page.wait_for_function("window.__csp.length > 0")
    assert page.evaluate("window.__ran") is None
    assert "script-src" in page.evaluate("window.__csp")[0]


def test_an_editors_userbar_works_under_the_policy(site, page, live_server):
    editor = factories.user("csp-editor", superuser=True)
    client = Client()
    client.force_login(editor)
    cookie = client.cookies["sessionid"]
    page.context.add_cookies(
        [{"name": "sessionid", "value": cookie.value, "url": live_server.url}]
    )
    console = watch(page)
    found = visit(page, f"{site.base}{site.urls['job']}")
    assert page.locator("wagtail-userbar").count() == 1
    assert not found and not console, (found, console)


@pytest.mark.parametrize("path", ["/api/v1/docs/", "/api/v1/docs/try/"])
def test_the_api_docs_outside_the_policy_still_work(site, page, path):
    response = page.goto(f"{site.base}{path}")
    assert response.status == 200
    assert "content-security-policy" not in response.headers
    page.wait_for_selector("text=/jobs/", timeout=15_000)
    assert re.search("Careers API", page.content())
