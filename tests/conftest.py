import pytest

from tests import factories


@pytest.fixture
def home(db):
    """An English careers home as the site root."""
    return factories.careers_site()


@pytest.fixture
def admin_client(client, db):
    client.force_login(factories.user("admin", superuser=True))
    return client


@pytest.fixture(autouse=True)
def fresh_rate_limits(settings):
    """Rate-limit windows start empty (counted in a cache of their own when
    there is no Redis, shared by the processes of this machine)."""
    from django.core.cache import caches

    alias = settings.CAREERS.get("API", {}).get("RATE_CACHE", "default")
    if alias != "default":
        caches[alias].clear()
