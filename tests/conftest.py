import json
import time
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connections, transaction
from django.utils import translation

from tests import factories


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database as a host has it after `migrate` and
    `careers_setup` (groups, workflow, locales), which is what tests that
    restore the database go back to (its serialized copy is taken again)."""
    with django_db_blocker.unblock():
        call_command("careers_setup", verbosity=0)
        for connection in connections.all(initialized_only=True):
            # taken whether or not a test asks for serialized rollback, so
            # that any transactional test can restore it (migrated_state)
            connection._test_serialized_contents = snapshot(connection)


@pytest.fixture(autouse=True)
def nothing_kept_in_the_process():
    """Each test starts with nothing kept in this process (``careers.version_cache``),
    as a test that clears the cache expects: a test's rolled-back content may
    have been kept under a token a later test's database reads again."""
    from careers import version_cache

    version_cache.clear_process()


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the site's default language: a request to a German
    page leaves German active in the test's thread (LocaleMiddleware does not
    switch back), and a later test would read German messages."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture
def home(db):
    """An English careers home as the site root."""
    return factories.careers_site()


@pytest.fixture
def admin_client(client, db):
    client.force_login(factories.user("admin", superuser=True))
    return client


@pytest.fixture(autouse=True)
def fresh_rate_limits(settings, monkeypatch):
    """Rate-limit windows start empty (counted in a cache of their own when
    there is no Redis, shared by the processes of this machine), and every
    request of a test falls in one window: the limits' clock stands still in
    the middle of the current minute. A real minute ending between two
    requests would start a new count, and "the second request is refused"
    would fail once in a while."""
    from django.core.cache import caches

    from careers.api import throttles

    alias = settings.CAREERS.get("API", {}).get("RATE_CACHE", "default")
    if alias != "default":
        caches[alias].clear()
    window = throttles.WINDOW
    middle = time.time() // window * window + window / 2
    monkeypatch.setattr(throttles, "time", SimpleNamespace(time=lambda: middle))


@pytest.fixture(scope="session")
def migrated_state(django_db_setup):
    """The database as migrations left it (seeded locales, countries, groups),
    serialized when the test database was made. Read before Playwright starts:
    Django keeps connections in context variables and Playwright's greenlets
    switch contexts, so later connections do not hold it and Django's own
    serialized rollback does not happen."""
    from django.db import connection

    return getattr(connection, "_test_serialized_contents", "")


def snapshot(connection=None) -> str:
    """The database's rows as Django serializes them for a test database,
    content types first: a row restored before them may ask for its content
    type (Wagtail's tasks and pages do, as they are made), which would create
    it under another id."""
    from django.db import connection as default

    rows = json.loads((connection or default).creation.serialize_db_to_string())
    rows.sort(key=lambda row: row["model"] != "contenttypes.contenttype")
    return json.dumps(rows)


def restore_migrated_state(state: str) -> None:
    """Reset the database to what migrations left, whatever an earlier
    transactional test's flush removed or post_migrate recreated."""
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from django.core.cache import cache
    from django.core.management import call_command
    from django.core.management.color import no_style
    from django.db import connection

    from careers import version_cache

    call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
    connection.creation.deserialize_db_from_string(state)
    # The rows came back with their ids: move PostgreSQL's sequences past them.
    models = apps.get_models(include_auto_created=True)
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(sql)
    ContentType.objects.clear_cache()
    cache.clear()
    version_cache.clear_process()


@pytest.fixture(scope="module")
def demo_module(django_db_setup, django_db_blocker):
    """The project's demo (`load_demo`), loaded once for a test module and
    rolled back at its end."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", "--no-users", verbosity=0, stdout=None)
        yield
        transaction.set_rollback(True)
