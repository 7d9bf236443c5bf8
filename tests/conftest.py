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
