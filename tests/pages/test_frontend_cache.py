"""An HTTP cache in front (careers.frontend_cache, docs/settings.md): pages
say how long it may keep them only when the host asks, and a job's change
purges exactly the URLs that show the job, after the change commits.
The whole path through a real Varnish: tests/varnish/varnish_test.py."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from wagtail.signals import page_published, page_slug_changed, page_unpublished

from careers import frontend_cache
from careers.models import JobPostingPage
from tests import factories

pytestmark = pytest.mark.django_db

ON = {"PAGES": {"CACHE_SECONDS": 600}}
SHARED = {"PAGES": {"CACHE_SECONDS": 600, "SHARED_CACHE_SECONDS": 300}}
LISTS = [
    "/feeds/jobs.rss",
    "/feeds/jobs.atom",
    "/feeds/indeed.xml",
    "/sitemap.xml",
    "/api/v1/jobs/",
    "/api/v1/jobs/changes/",
]


def test_pages_say_nothing_to_shared_caches_unless_the_host_asks(
    home, client, settings
):
    settings.CAREERS = ON
    job = factories.job(home, "Picker")
    for _ in range(2):  # rendered, then from the page cache
        assert "Cache-Control" not in client.get(job.url)


def test_shared_caches_may_keep_a_page_for_the_hosts_seconds(home, client, settings):
    """Never a browser (max-age=0: it is not purged), on a miss and a hit."""
    settings.CAREERS = SHARED
    job = factories.job(home, "Picker")
    for _ in range(2):
        cache_control = client.get(job.url)["Cache-Control"]
        assert set(cache_control.split(", ")) == {"max-age=0", "s-maxage=300"}


def test_no_shared_copy_of_an_address_with_unknown_parameters(home, client, settings):
    """Endless addresses must not fill the cache in front."""
    settings.CAREERS = SHARED
    job = factories.job(home, "Picker")
    client.get(job.url)
    assert "Cache-Control" not in client.get(job.url + "?utm_source=x")


def test_an_editors_page_is_never_marked_shareable(home, admin_client, settings):
    settings.CAREERS = SHARED
    job = factories.job(home, "Picker")
    assert "s-maxage" not in admin_client.get(job.url).get("Cache-Control", "")


class Purges(BaseHTTPRequestHandler):
    """A cache that records what it is told to purge."""

    seen: list[tuple[str, str]] = []

    def do_PURGE(self):  # the HTTP method's name
        self.seen.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_server(settings):
    Purges.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Purges)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.WAGTAILFRONTENDCACHE = {
        "cache": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    settings.WAGTAILFRONTENDCACHE_LANGUAGES = []
    frontend_cache.connect()
    yield Purges.seen
    uid = "careers.frontend_cache"
    for signal in (page_published, page_unpublished):
        signal.disconnect(sender=JobPostingPage, dispatch_uid=uid)
    page_slug_changed.disconnect(dispatch_uid=uid)
    server.shutdown()
    server.server_close()


@pytest.fixture
def job_in_two_languages(home):
    team = factories.team(home, "Fleet")
    job = factories.job(home, "Driver", team_page=team)
    team_de = factories.translate(team, title="Flotte")
    factories.translate(job, title="Fahrer", slug="fahrer")
    return job, team_de


def test_a_jobs_change_purges_what_shows_it_and_nothing_else(
    purge_server, job_in_two_languages, home, django_capture_on_commit_callbacks
):
    job, team_de = job_in_two_languages
    factories.job(home, "Unrelated")
    with django_capture_on_commit_callbacks(execute=True):
        job.save_revision().publish()
        assert purge_server == [], "nothing is purged before the change commits"
    expected = {
        f"/en/jobs/{job.slug}/",
        "/de/jobs/fahrer/",
        *(f"/{lang}/{route}" for lang in ("en", "de") for route in HOME_ROUTES),
        f"/en/{job.team.slug}/",
        f"/de/{team_de.slug}/",
        *LISTS,
        f"/api/v1/jobs/{job.key}/",
    }
    assert {path for _host, path in purge_server} == expected
    assert {host for host, _path in purge_server} == {"localhost"}


HOME_ROUTES = ("", "jobs/", "search/", "accessibility/")


def test_unpublishing_a_job_purges_its_pages(
    purge_server, job_in_two_languages, django_capture_on_commit_callbacks
):
    job, _team_de = job_in_two_languages
    with django_capture_on_commit_callbacks(execute=True):
        job.unpublish()
    paths = {path for _host, path in purge_server}
    assert {
        f"/en/jobs/{job.slug}/",
        "/de/jobs/fahrer/",
        "/en/jobs/",
        "/sitemap.xml",
    } <= paths


def test_a_new_slug_purges_the_old_address(
    purge_server, job_in_two_languages, django_capture_on_commit_callbacks
):
    job, _team_de = job_in_two_languages
    old = f"/en/jobs/{job.slug}/"
    job.slug = "lorry-driver"
    with django_capture_on_commit_callbacks(execute=True):
        job.save_revision().publish()
    paths = {path for _host, path in purge_server}
    assert {old, "/en/jobs/lorry-driver/"} <= paths
