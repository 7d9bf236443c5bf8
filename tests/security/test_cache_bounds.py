"""What anonymous visitors can make the cache hold is bounded, and a cache
that fails costs neither a wait nor a 500 (issue 10, findings 4 and 5).

A redis-server of this module's own, counted key by key."""

import logging

import pytest
from django.core.cache import cache
from django.test import RequestFactory, override_settings

from careers import counters
from careers.api.http_cache import BODY_KEY, LOCK_KEY, HttpCache, Lock
from config.cache import FailOpenRedisCache
from tests import factories

from .servers import RedisServer, free_port

pytestmark = pytest.mark.django_db
PREFIX = "cachehelper"


def redis_caches(url: str) -> dict:
    return {
        "default": {
            "BACKEND": "config.cache.FailOpenRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": PREFIX,
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }


def careers(**pages) -> dict:
    return {"PAGES": {"CACHE_SECONDS": 600, **pages}, "API": {"RATE_CACHE": "default"}}


@pytest.fixture(scope="module")
def redis(tmp_path_factory):
    server = RedisServer(tmp_path_factory.mktemp("redis"))
    yield server
    server.stop()


@pytest.fixture
def on_redis(redis, settings):
    redis.cli("REPLICAOF", "NO", "ONE")
    redis.cli("CONFIG", "SET", "maxmemory", "0")
    settings.CACHES = redis_caches(redis.url)
    settings.CAREERS = careers()
    redis.cli("FLUSHDB")
    yield redis
    redis.cli("REPLICAOF", "NO", "ONE")
    redis.cli("CONFIG", "SET", "maxmemory", "0")


def page_keys(redis) -> list[str]:
    keys = redis.cli("KEYS", f"{PREFIX}:*careers:page:*").splitlines()
    return [k for k in keys if ":budget:" not in k]


def test_unique_query_strings_store_nothing(on_redis, home, client):
    """Parameters no careers page reads are left out of the key: their
    answers come from the canonical page's entry and are never stored."""
    job = factories.job(home, "Picker")
    for n in range(50):
        assert client.get(f"{job.url}?utm_{n}=x").status_code == 200
    assert page_keys(on_redis) == []
    assert client.get(job.url).status_code == 200
    for n in range(50, 60):
        assert "Picker" in client.get(f"{job.url}?utm_{n}=x").content.decode()
    assert len(page_keys(on_redis)) == 1


def test_the_page_cache_keeps_to_its_budget_and_entry_size(on_redis, home, client):
    factories.job(home, "Picker")
    size = len(client.get("/en/jobs/?q=warmup").content)
    with override_settings(CAREERS=careers(CACHE_BUDGET_BYTES=size * 3 + size // 2)):
        for n in range(30):
            assert client.get(f"/en/jobs/?q=word{n}").status_code == 200
    assert 1 <= len(page_keys(on_redis)) <= 3
    on_redis.cli("FLUSHDB")
    with override_settings(CAREERS=careers(CACHE_MAX_ENTRY_BYTES=size // 2)):
        for n in range(5):
            assert client.get(f"/en/jobs/?q=big{n}").status_code == 200
    assert page_keys(on_redis) == []


def test_accept_headers_do_not_make_new_api_entries(on_redis, home, client):
    factories.job(home, "Picker")
    for n in range(20):
        response = client.get("/api/v1/jobs/", HTTP_ACCEPT=f"application/json, x/{n}")
        assert response.status_code == 200
    keys = on_redis.cli("KEYS", f"{PREFIX}:*careers:api:body:*").splitlines()
    assert len(keys) == 1


def request_for(path: str):
    request = RequestFactory().get(path)
    return request


def test_a_failed_cache_is_not_a_builder_holding_the_lock(on_redis, home):
    """Redis refusing writes or unreachable: nobody holds the lock, so the
    feed is built at once (no polling); a real holder is waited for."""
    state = HttpCache(request_for("/feeds/jobs.rss"))
    cache.add(LOCK_KEY.format(digest=state.digest), 1, 30)
    cache.set(BODY_KEY.format(digest=state.digest), ("text/plain", b"built"), 30)
    hit = state.wait_for_builder()
    assert hit is not None and hit.content == b"built" and state.polls == 1
    cache.delete(BODY_KEY.format(digest=state.digest))
    cache.delete(LOCK_KEY.format(digest=state.digest))

    on_redis.read_only()
    state = HttpCache(request_for("/feeds/jobs.rss"))
    assert state.lock() is Lock.FAILED
    assert state.wait_for_builder() is None and state.polls == 0

    with override_settings(CACHES=redis_caches(f"redis://127.0.0.1:{free_port()}/0")):
        state = HttpCache(request_for("/sitemap.xml"))
        assert state.wait_for_builder() is None and state.polls == 0


def test_rate_limits_fail_open_and_log_when_redis_refuses_writes(
    on_redis, home, client, caplog
):
    counters._last_logged = 0.0
    FailOpenRedisCache._last_logged = 0.0
    on_redis.read_only()
    with caplog.at_level(logging.WARNING):
        for _ in range(3):
            response = client.get("/api/v1/jobs/")
            assert response.status_code == 200
            assert response["X-RateLimit-Limit"] == "120"
    assert any("refused to count" in r.getMessage() for r in caplog.records)
    on_redis.out_of_memory()
    for _ in range(3):
        assert client.get("/api/v1/teams/").status_code == 200
