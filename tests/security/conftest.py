import pytest
from django.core.cache import cache
from django.db import transaction


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate-limit windows, content versions and cached bodies start empty."""
    cache.clear()
    yield
    cache.clear()


def built_once(django_db_blocker, build):
    """``build()`` once for a module, inside a transaction rolled back at the
    end; each test then runs in a savepoint within it."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build()
        transaction.set_rollback(True)
