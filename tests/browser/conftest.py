"""Real Chromium through Playwright against pytest-django's live server.

One browser per session and a fresh page per test. Chromium is Debian's
(/usr/bin/chromium); never `playwright install`."""

import dataclasses
import json
import os
from pathlib import Path

import pytest

from tests.conftest import restore_migrated_state, snapshot

# The live server runs in a thread while Playwright's sync API holds an event
# loop in this one; Django must allow its ORM calls anyway.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-dev-shm-usage",
]
WIDTHS = {"phone": 375, "desktop": 1280}
#: `make screenshots` sets this to a folder; the page tests then save PNGs.
SCREENSHOTS = os.environ.get("CAREERS_SCREENSHOTS", "")


@pytest.fixture(scope="session")
def browser(migrated_state):
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: `make test` installs Debian's "
            "chromium, or `apt-get install chromium`"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


#: Each site builder's database, serialized after its first build, and what it
#: returned: later tests restore that copy (a second) instead of building the
#: site again (10-20 seconds for the project's demo).
_BUILT: dict = {}


def live_site(live_server, migrated_state, settings, build, *, reuse=False):
    """The site `build` makes, on the live server. With `reuse`, `build`
    returns only what is read again from the database (URLs), and a later
    test gets its copy of the database instead of a new build."""
    settings.ROOT_URLCONF = "tests.browser.urls"
    if reuse and build in _BUILT:
        state, built = _BUILT[build]
        restore_migrated_state(state)
        demo = dataclasses.replace(built)  # a test's own copy to add to
    else:
        restore_migrated_state(migrated_state)
        demo = build()
        if reuse:
            _BUILT[build] = (snapshot(), dataclasses.replace(demo))
    demo.base = live_server.url
    return demo


@pytest.fixture
def site(live_server, django_db_serialized_rollback, migrated_state, settings):
    """A small demo-like site (tests/browser/demo.py) on the live server; the
    database is flushed after the test and restored for the next."""
    from .demo import build_demo

    return live_site(live_server, migrated_state, settings, build_demo, reuse=True)


@pytest.fixture
def demo(live_server, django_db_serialized_rollback, migrated_state, settings):
    """The project's demo (`manage.py load_demo`) on the live server."""
    from .demo import load_demo_site

    return live_site(live_server, migrated_state, settings, load_demo_site, reuse=True)


@pytest.fixture
def page(browser):
    context = browser.new_context(
        viewport={"width": WIDTHS["desktop"], "height": 900},
        reduced_motion="reduce",
        locale="en-GB",
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def screenshot(page, name: str) -> None:
    if SCREENSHOTS:
        folder = Path(SCREENSHOTS)
        folder.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(folder / f"{name}.png"), full_page=True)


def report(name: str, data) -> None:
    """With `make screenshots`, also the axe findings per page, as JSON."""
    if SCREENSHOTS:
        folder = Path(SCREENSHOTS)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{name}.json").write_text(json.dumps(data, indent=2) + "\n")
