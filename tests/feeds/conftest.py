import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate-limit windows, content versions and cached bodies start empty."""
    cache.clear()
    yield
    cache.clear()
