import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from careers.models import ApiKey


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate-limit windows, content versions and cached bodies start empty."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def api(db):
    return APIClient()


@pytest.fixture
def claims_key(db) -> str:
    _key, plaintext = ApiKey.issue(name="Partner", rights=["claims:check"])
    return plaintext


@pytest.fixture
def read_key(db) -> str:
    _key, plaintext = ApiKey.issue(name="Board", rate_per_minute=50)
    return plaintext
