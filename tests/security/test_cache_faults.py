"""Caches never outlive what hid a page, whatever Redis does (issue 10).

Real gunicorn with two workers on a scratch database, the page cache on, and
a redis-server of the test's own: absent (each worker keeps its own memory
cache), down, read-only (a replica after a failover) and restarted with old
data. In each, three public jobs are cached by both workers; then, from
another process, one is unpublished, one gets a password and one expires
through ``publish_scheduled``; then 50 anonymous requests per job and to the
listing see none of them."""

import contextlib
import sqlite3

import pytest

from .servers import SEED, RedisServer, Server, drop_scratch, make_scratch

pytestmark = pytest.mark.django_db

REQUESTS = 50
HIDE = """
import datetime as dt
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction
from careers.models import JobPostingPage

def job(key):
    return JobPostingPage.objects.get(key=key)

Page.objects.get(pk=job("{prefix}-unpublish").pk).unpublish()
PageViewRestriction.objects.create(
    page=job("{prefix}-password"), restriction_type="password", password="secret"
)
# The clock passes the expiry (no signal, as time passes), then the scheduler runs.
past = timezone.now() - dt.timedelta(minutes=1)
JobPostingPage.objects.filter(key="{prefix}-expire").update(expire_at=past)
call_command("publish_scheduled")
"""
MAKE = """
from careers.models import CareersIndexPage
from tests import factories
home = CareersIndexPage.objects.get(slug="careers")
for how in ("unpublish", "password", "expire"):
    factories.job(
        home,
        f"{prefix} {{how}} job",
        key=f"{prefix}-{{how}}",
        introduction=f"<p>{prefix}{{how}}word</p>",
    )
"""


@pytest.fixture(scope="module")
def scratch(django_db_setup, django_db_blocker, tmp_path_factory):
    with django_db_blocker.unblock():
        db = make_scratch(tmp_path_factory.mktemp("cache-scratch"))
    seeded = db.manage("shell", "-c", SEED)
    assert seeded.returncode == 0, seeded.stderr
    yield db
    with django_db_blocker.unblock():
        drop_scratch(db)


def run(scratch, code: str) -> None:
    done = scratch.manage("shell", "-c", code)
    assert done.returncode == 0, done.stderr


class Jobs:
    """Three public jobs of one test, their URLs and their words."""

    def __init__(self, scratch, prefix: str):
        self.prefix = prefix
        run(scratch, MAKE.format(prefix=prefix))
        self.urls = {how: f"/en/{prefix}-{how}-job/" for how in self.hows}
        self.words = {how: f"{prefix}{how}word" for how in self.hows}

    hows = ("unpublish", "password", "expire")

    def warm(self, server) -> None:
        """Each job and the listing rendered and cached by both workers."""
        for _ in range(12):
            for how, url in self.urls.items():
                status, _headers, body = server.get(url)
                assert status == 200 and self.words[how] in body, (url, status)
            assert self.prefix in server.get("/en/jobs/")[2]

    def hide(self, scratch) -> None:
        run(scratch, HIDE.format(prefix=self.prefix))

    def assert_hidden(self, server) -> None:
        leaked = []
        for how, url in self.urls.items():
            for variant in (url, f"{url}?utm_source=x"):
                for _ in range(REQUESTS):
                    status, _headers, body = server.get(variant)
                    if self.words[how] in body or status not in (200, 404, 410):
                        leaked.append((variant, status))
                    if how == "password" and status == 200:
                        assert "password" in body.lower()
        for _ in range(REQUESTS):
            body = server.get("/en/jobs/")[2]
            leaked += [
                (f"/en/jobs/ {w}", 200) for w in self.words.values() if w in body
            ]
        assert not leaked, f"{len(leaked)} leaks, e.g. {leaked[:3]}"


def site(scratch, tmp_path, redis: RedisServer | None = None, **env) -> Server:
    env = {"CAREERS_PAGE_CACHE_SECONDS": "3600", **env}
    if redis is not None:
        env["REDIS_URL"] = redis.url
    return Server(scratch, tmp_path / "gunicorn.log", workers=2, **env)


def test_without_redis_hidden_pages_leave_every_worker_and_limits_are_shared(
    scratch, tmp_path
):
    """Each worker has its own memory cache: the content version in the
    database is what both read. The rate limit is one count for both."""
    jobs = Jobs(scratch, "noredis")
    server = site(scratch, tmp_path, DJANGO_NUM_PROXIES="1")
    try:
        jobs.warm(server)
        jobs.hide(scratch)
        jobs.assert_hidden(server)
        assert_rate_limit_shared(server)
    finally:
        server.stop()


def assert_rate_limit_shared(server) -> None:
    """Sequential requests from one address: within a window, each answer has
    one request fewer left, whichever worker answered, then 429."""
    seen: dict[str, list[tuple[int, int]]] = {}
    for _ in range(130):
        status, headers, _body = server.get(
            "/api/v1/teams/", **{"X-Forwarded-For": "198.51.100.77"}
        )
        assert status in (200, 429), status
        window = seen.setdefault(headers["X-RateLimit-Reset"], [])
        window.append((status, int(headers["X-RateLimit-Remaining"])))
    for answers in seen.values():
        allowed = [left for status, left in answers if status == 200]
        assert allowed == list(range(allowed[0], allowed[0] - len(allowed), -1))
        refused = answers[len(allowed) :]
        assert all(status == 429 for status, _left in refused), answers
        if refused:
            assert allowed[-1] == 0


def test_redis_down_hidden_pages_stay_hidden_and_builders_do_not_wait(
    scratch, tmp_path
):
    redis = RedisServer(tmp_path)
    jobs = Jobs(scratch, "redisdown")
    server = site(scratch, tmp_path, redis)
    try:
        jobs.warm(server)
        redis.stop()
        jobs.hide(scratch)
        jobs.assert_hidden(server)
        for url in ("/sitemap.xml", "/feeds/jobs.rss", "/feeds/indeed.xml"):
            status, _headers, body = server.get(url)
            assert status == 200 and "redisdown" not in body, url
    finally:
        server.stop()
        redis.stop()


def test_redis_read_only_hidden_pages_stay_hidden_and_the_api_answers(
    scratch, tmp_path
):
    """A replica after a failover keeps old entries readable and refuses
    writes; then a full Redis (maxmemory, noeviction) refuses them too."""
    redis = RedisServer(tmp_path)
    jobs = Jobs(scratch, "readonly")
    server = site(scratch, tmp_path, redis)
    try:
        jobs.warm(server)
        redis.read_only()
        jobs.hide(scratch)
        jobs.assert_hidden(server)
        assert_api_answers(server)
        redis.out_of_memory()
        assert_api_answers(server)
        body = server.get("/sitemap.xml")[2]
        assert "readonly" not in body
    finally:
        server.stop()
        redis.stop()
    assert "Traceback" not in (tmp_path / "gunicorn.log").read_text()


def assert_api_answers(server) -> None:
    for path in (
        "/api/v1/jobs/?q=x",
        "/api/v1/teams/?page_size=",
        "/feeds/jobs.atom?q=x",
    ):
        for n in range(3):
            status, headers, _body = server.get(f"{path}{n + 1}")
            assert status == 200, (path, status)
            assert "X-RateLimit-Limit" in headers


def test_redis_restarted_with_old_data_serves_nothing_it_hid(scratch, tmp_path):
    """Redis saved its data while the jobs were public, went down, the jobs
    were hidden meanwhile, and it came back with the old data."""
    redis = RedisServer(tmp_path)
    jobs = Jobs(scratch, "restarted")
    server = site(scratch, tmp_path, redis)
    try:
        jobs.warm(server)
        redis.save()
        redis.stop()
        jobs.hide(scratch)
        redis.start()
        assert redis.cli("DBSIZE") != "0", "the old data is back"
        jobs.assert_hidden(server)
    finally:
        server.stop()
        redis.stop()


KEY = """
from careers.models import ApiKey
print(ApiKey.issue(name="Board during an import")[1])
"""


def test_keyed_reads_answer_while_an_import_holds_the_write_lock(scratch, tmp_path):
    """A key's last use is not written on the request's path: while another
    transaction holds the lock a write would need, keyed reads answer 200."""
    done = scratch.manage("shell", "-c", KEY)
    assert done.returncode == 0, done.stderr
    plaintext = done.stdout.strip().splitlines()[-1]
    server = site(scratch, tmp_path)
    try:
        with write_lock(scratch):
            for _ in range(4):
                status, _headers, body = server.get(
                    "/api/v1/teams/", **{"X-Api-Key": plaintext}
                )
                assert status == 200, (status, body[:200])
        status, _headers, _body = server.get(
            "/api/v1/teams/", **{"X-Api-Key": plaintext}
        )
        assert status == 200
    finally:
        server.stop()


@contextlib.contextmanager
def write_lock(scratch):
    """What a long import holds: SQLite's RESERVED lock (readers go on,
    writers wait), or on PostgreSQL a lock that lets only readers in."""
    if scratch.vendor == "sqlite":
        held = sqlite3.connect(scratch.name, isolation_level=None)
        held.execute("BEGIN IMMEDIATE")
    else:
        import psycopg

        held = psycopg.connect(scratch.url.replace("postgres://", "postgresql://"))
        held.execute("LOCK TABLE careers_apikey IN EXCLUSIVE MODE")
    try:
        yield
    finally:
        held.rollback() if scratch.vendor != "sqlite" else held.execute("ROLLBACK")
        held.close()
