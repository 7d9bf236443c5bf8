"""The shared Redis cache fails open: Redis down costs speed, never availability."""

import logging

import pytest
from django.core.cache import cache
from django.test import override_settings

from config.cache import FailOpenRedisCache

DOWN = "redis://127.0.0.1:6399/0"  # nothing listens there
UP = "redis://127.0.0.1:6379/15"


def backend(location: str) -> FailOpenRedisCache:
    return FailOpenRedisCache(
        location, {"OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2}}
    )


def test_reads_miss_and_writes_are_dropped_when_redis_is_down(caplog):
    redis = backend(DOWN)
    FailOpenRedisCache._last_logged = 0.0  # the warning is rate-limited
    with caplog.at_level(logging.WARNING, logger="config.cache"):
        assert redis.set("k", "v") is None
        assert redis.get("k", "default") == "default"
        assert redis.get_many(["a", "b"]) == {}
        assert redis.add("k", "v") is False
        assert redis.delete("k") is False
        assert redis.incr("n", 2) == 2
    assert any("Redis unavailable" in r.message for r in caplog.records)


def test_the_same_backend_caches_when_redis_is_up():
    redis = backend(UP)
    redis.set("careers-test-key", {"a": 1}, 30)
    assert redis.get("careers-test-key") == {"a": 1}
    redis.delete("careers-test-key")


def test_incr_counts_existing_keys_only_as_djangos_does():
    """One round trip (config.cache), the same contract as Django's incr."""
    redis = backend(UP)
    redis.delete("careers-test-counter")
    with pytest.raises(ValueError, match="not found"):
        redis.incr("careers-test-counter")
    assert redis.get("careers-test-counter") is None, "a missing key is not created"
    assert redis.add("careers-test-counter", 1, 30)
    assert redis.incr("careers-test-counter") == 2
    assert redis.incr("careers-test-counter", 5) == 7
    assert redis.get("careers-test-counter") == 7
    raw_key = redis.make_key("careers-test-counter")
    assert 0 < redis._cache.get_client(raw_key).ttl(raw_key) <= 30, "expiry kept"
    redis.delete("careers-test-counter")


@pytest.mark.django_db
def test_pages_are_served_while_redis_is_down(home, client):
    settings = {
        "default": {
            "BACKEND": "config.cache.FailOpenRedisCache",
            "LOCATION": DOWN,
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    with override_settings(CACHES=settings):
        assert cache.get("anything", "miss") == "miss"
        response = client.get("/en/")
        assert response.status_code == 200
