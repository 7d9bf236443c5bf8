"""The editor's day in the real admin, in Chromium: an employer-branding
editor and a claims reviewer sign in with their passwords and preview a job
post, read the Checks panel of a blocked draft, submit it for review, approve
it with a reason (clicking twice), filter the AI claims report and download
it, and cancel a delivered milestone that a live job shows.

With `make screenshots` each step also leaves a PNG of the admin screen
(admin-*.png, beside the public pages' screenshots)."""

from types import SimpleNamespace

import pytest
from playwright.sync_api import expect

from careers.admin import gate
from tests import factories

from .conftest import live_site, restore_migrated_state, screenshot

pytestmark = pytest.mark.browser

BACKED = "<p>We use machine learning to predict delivery times in all hubs.</p>"
BLOCKED = (
    "<p>Our AI screens every application before a recruiter reads it. "
    "Our AI lab of 60 researchers publishes at every conference.</p>"
)
REASON = "Works council approved the screening tool; the record follows."
EDITORS, REVIEWERS = "Employer branding editors", "Claims reviewers"


@pytest.fixture
def day(live_server, django_db_serialized_rollback, migrated_state, settings):
    """A careers home with a story in production, a roadmap with a delivered
    milestone, a live job that shows both, a blocked draft, and the editor
    and reviewer logins (password "pw")."""

    def build():
        home = factories.careers_site(title="Careers at Nordhafen")
        story = factories.story(home, "Fewer late deliveries", key="story-eta")
        roadmap = factories.roadmap(home)
        delivered = roadmap.milestones.get(status="delivered")
        live = factories.job(
            home,
            "Machine Learning Engineer",
            introduction=BACKED,
            team_page=factories.team(home, "Data Science"),
            stories=[story],
            milestones=[delivered],
        )
        draft = factories.job(home, "Recruiter", live=False, introduction=BLOCKED)
        factories.user("editor", groups=(EDITORS,))
        factories.user("reviewer", groups=(REVIEWERS,))
        return SimpleNamespace(
            home=home, roadmap=roadmap, delivered=delivered, live=live, draft=draft
        )

    return live_site(live_server, migrated_state, settings, build)


class Watch:
    """What went wrong in a tab: CSP reports and errors on the console,
    uncaught script errors, and answers of 500 and above."""

    def __init__(self, tab):
        self.console: list[str] = []
        self.failures: list[str] = []
        tab.on("console", self.on_console)
        tab.on("pageerror", lambda e: self.console.append(f"pageerror: {e}"))
        tab.on("response", self.on_response)

    def on_console(self, message) -> None:
        if message.type == "error" or "Content Security Policy" in message.text:
            self.console.append(message.text)

    def on_response(self, response) -> None:
        if response.status >= 500:
            self.failures.append(
                f"{response.status} {response.request.method} {response.url}"
            )

    def csp(self) -> list[str]:
        return [m for m in self.console if "Content Security Policy" in m]


def log_in(tab, base: str, username: str) -> None:
    """The admin's sign-in form, as a person uses it."""
    tab.context.clear_cookies()
    tab.goto(f"{base}/admin/login/")
    tab.get_by_label("Username").fill(username)
    tab.get_by_label("Password").fill("pw")
    tab.get_by_role("button", name="Sign in").click()
    tab.wait_for_url(f"{base}/admin/")


def edit(tab, base: str, page) -> None:
    tab.goto(f"{base}/admin/pages/{page.pk}/edit/")
    tab.locator("#page-edit-form").wait_for()


def open_side_panel(tab, name: str) -> None:
    tab.locator(f'[data-side-panel-toggle="{name}"]').click()
    tab.locator(f'[data-side-panel="{name}"]').wait_for()


def test_the_preview_panel_shows_the_job_post_under_our_csp(day, page):
    watch = Watch(page)
    log_in(page, day.base, "editor")
    edit(page, day.base, day.live)
    open_side_panel(page, "preview")
    frame = page.frame_locator("#w-preview-iframe")
    frame.get_by_role("heading", level=1, name=day.live.title).wait_for()
    frame.get_by_text("predict delivery times in all hubs").wait_for()
    screenshot(page, "admin-preview-panel")
    assert not watch.csp(), watch.csp()
    assert not watch.failures, watch.failures


def test_the_checks_panel_lists_each_blocking_finding(day, page):
    watch = Watch(page)
    log_in(page, day.base, "editor")
    edit(page, day.base, day.draft)
    blocks = gate.page_verdict(day.draft).blocks
    assert len(blocks) >= 2
    open_side_panel(page, "checks")
    panel = page.locator('[data-side-panel="checks"]')
    expect(panel.locator("[data-content-checker-count]")).to_have_text(str(len(blocks)))
    rows = panel.locator('[data-content-checker-row][data-careers-finding="block"]')
    rows.nth(len(blocks) - 1).wait_for()
    assert rows.count() == len(blocks)
    texts = rows.locator("[data-content-checker-help]").all_text_contents()
    for finding, text in zip(blocks, texts, strict=True):
        assert finding.message in text, (finding.message, text)
    screenshot(page, "admin-checks-panel")
    assert not watch.csp() and not watch.failures, (watch.console, watch.failures)


# type and publish at once, on a real server --------------------------------

SEED = """
from tests import factories
home = factories.careers_site()
job = factories.job(home, "Warehouse Team Lead", key="job-race")
factories.user("editor", groups=("Employer branding editors",))
print(job.pk)
"""
TITLE = """
from careers.models import JobPostingPage
job = JobPostingPage.objects.get(pk={pk})
print(job.live, job.has_unpublished_changes, job.title, sep="|")
"""


@pytest.fixture
def server(transactional_db, django_db_serialized_rollback, migrated_state, tmp_path):
    """gunicorn (two workers with threads, as a small team runs the demo) on
    a database file of its own: SQLite with our settings when the suite runs
    on SQLite, PostgreSQL when it runs on PostgreSQL."""
    from tests.security.servers import Server, drop_scratch, make_scratch

    restore_migrated_state(migrated_state)
    scratch = make_scratch(tmp_path)
    seeded = scratch.manage("shell", "-c", SEED)
    assert seeded.returncode == 0, seeded.stderr
    server = Server(
        scratch,
        tmp_path / "gunicorn.log",
        workers=2,
        threads=4,
        CAREERS_TEST_STATIC_FINDERS="1",
    )
    server.scratch, server.job_pk = scratch, seeded.stdout.split()[-1]
    yield server
    server.stop()
    drop_scratch(scratch)


def test_typing_then_publishing_at_once_never_fails(server, page):
    """Each round types into the title and publishes straight away, while
    Wagtail's autosave of the typing is on its way: no 503, every publish
    goes live with what was typed."""
    watch = Watch(page)
    page.add_init_script(WATCHING_EDITS)
    log_in(page, server.base, "editor")
    for n in range(1, 4):
        page.goto(f"{server.base}/admin/pages/{server.job_pk}/edit/")
        title = page.locator("#id_title")
        title.fill("")
        page.wait_for_function("window.__watchingEdits === true")
        page.wait_for_timeout(500)  # Wagtail may take its baseline twice
        with page.expect_request(is_autosave):
            title.press_sequentially(f"Warehouse Team Lead {n}")
        publish_now(page)
        page.get_by_text(
            f"Page 'Warehouse Team Lead {n}' has been published"
        ).wait_for()
        screenshot(page, "admin-published") if n == 1 else None
    assert not watch.failures, (watch.failures, server.log_text()[-2000:])
    done = server.scratch.manage("shell", "-c", TITLE.format(pk=server.job_pk))
    assert done.stdout.splitlines()[-1] == "True|False|Warehouse Team Lead 3", (
        done.stdout,
        done.stderr,
    )
    assert "database is locked" not in server.log_text()


# Wagtail compares the form with what it held two seconds after loading: an
# editor's typing from then on is autosaved.
WATCHING_EDITS = """
document.addEventListener("w-unsaved:watch-edits", () => {
  window.__watchingEdits = true;
});
"""


def is_autosave(request) -> bool:
    """Wagtail's autosave: the edit form posted in the background for JSON."""
    return request.method == "POST" and "json" in request.headers.get("accept", "")


def publish_now(tab) -> None:
    """ "Publish" from the footer's menu, without waiting for anything."""
    tab.locator("footer [data-w-dropdown-target='toggle']").last.click()
    tab.get_by_role("button", name="Publish").click()
