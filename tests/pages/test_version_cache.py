"""What every page reads per content version (the evidence pool, the chrome,
the look, the site, the moments) is kept in the process in front of a shared
cache (``careers.version_cache``): a page rendered again does not rebuild it
when the shared cache was flushed or cannot be reached, and a change shows at
once all the same, since every key names the version it was built from."""

import datetime as dt
import time
from uuid import uuid4

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from careers import version_cache, versioning
from tests import factories

pytestmark = pytest.mark.django_db

#: Redis down, or flushed before every read: nothing comes back from it.
UNREACHABLE = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}


@pytest.fixture
def shared_cache_gone(settings):
    settings.CACHES = {**settings.CACHES, "default": UNREACHABLE}


@pytest.fixture
def shared_cache(settings):
    """A real Redis as the shared cache, keys of this test's own."""
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "config.cache.FailOpenRedisCache",
            "LOCATION": "redis://127.0.0.1:6379/15",
            "KEY_PREFIX": f"test-{uuid4().hex}",
        },
    }
    version_cache.clear_process()
    yield
    version_cache.clear_process()


class Counted:
    """A value that counts how often it is pickled."""

    pickled = 0

    def __reduce__(self):
        Counted.pickled += 1
        return (Counted, ())


def render(client, url: str) -> tuple[list[str], str]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return [q["sql"] for q in ctx.captured_queries], response.content.decode()


def pool_reads(sqls: list[str]) -> int:
    """The pool's query over the evidence snippets."""
    return sum('"careers_communityactivity"' in sql for sql in sqls)


def test_a_page_rendered_again_without_the_shared_cache_keeps_the_evidence(
    home, client, shared_cache_gone
):
    team = factories.team(home, "Data Science")
    story = factories.story(home, "Fewer late deliveries", team=team)
    job = factories.job(home, "Picker", team_page=team, stories=[story])
    version_cache.clear_process()  # a worker started after the publish
    first, _ = render(client, job.url)
    again, html = render(client, job.url)
    assert pool_reads(first) == 1
    assert pool_reads(again) == 0, "the pool was built again"
    assert len(again) < len(first)
    assert "Fewer late deliveries" in html

    story.title = "Fewer late deliveries, measured"
    factories.publish(story)
    after, html = render(client, job.url)
    assert "Fewer late deliveries, measured" in html, "a change shows at once"
    assert pool_reads(after) == 1


def test_each_request_gets_its_own_copy(shared_cache_gone):
    key = f"test:{uuid4().hex}"
    version_cache.set(key, {"rows": [1]}, 60)
    mine = version_cache.get(key)
    mine["rows"].append(2)
    assert version_cache.get(key) == {"rows": [1]}


def test_an_in_process_default_cache_is_the_only_copy():
    """The test settings' LocMemCache: nothing is kept twice."""
    key = f"test:{uuid4().hex}"
    version_cache.set(key, 1, 60)
    assert version_cache.get(key) == 1
    assert version_cache.process.get(key) is None


def test_the_moments_are_kept_in_the_process_until_the_next_one(
    home, shared_cache_gone
):
    """A cached page's answer reads the version and the page's entry; the
    moments of a version (when jobs last and next expire or go live), the
    same in every worker, are kept in the process until the next one."""
    expires = timezone.now() + dt.timedelta(hours=1)
    factories.job(home, "Picker", expire_at=expires)
    token = f"test-{uuid4().hex}"
    now = time.time()
    first = versioning._moments(token, now)
    assert first[1] == pytest.approx(expires.timestamp())
    with CaptureQueriesContext(connection) as ctx:
        assert versioning._moments(token, now + 1) == first
    assert not ctx.captured_queries, "kept in the process"
    with CaptureQueriesContext(connection) as ctx:
        versioning._moments(token, expires.timestamp() + 1)
    assert ctx.captured_queries, "past the next moment: read again"


def test_a_worker_copies_what_another_kept_without_pickling_it_again(shared_cache):
    """The first page a worker renders after a change reads what another
    kept (the evidence pool: 65 kB, a millisecond to pickle): it keeps its own
    copy as it came, and each request unpickles it once."""
    key = f"test:{uuid4().hex}"
    Counted.pickled = 0
    version_cache.set(key, Counted(), 60)
    assert Counted.pickled == 1
    version_cache.clear_process()  # another worker
    assert isinstance(version_cache.get(key), Counted)
    assert isinstance(version_cache.get(key), Counted)
    assert isinstance(version_cache.get_many([key, "test:none"])[key], Counted)
    assert Counted.pickled == 1
    assert version_cache.get_many(["test:none"]) == {}


def test_what_an_older_release_kept_is_never_read_as_a_value(shared_cache):
    """During a rolling deploy, workers of the release before (which kept the
    values themselves) share the cache: neither reads the other's form."""
    from django.core.cache import cache

    key = f"test:{uuid4().hex}"
    cache.set(key, {"rows": [1]}, 60)  # as the release before kept it
    assert version_cache.get(key) is None
    assert version_cache.get_many([key]) == {}
    version_cache.set(key, {"rows": [2]}, 60)
    assert cache.get(key) == {"rows": [1]}, "the older release reads its own"
    assert version_cache.get(key) == {"rows": [2]}
