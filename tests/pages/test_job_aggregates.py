"""What depends on every job (the number of open jobs, when jobs next expire,
where hidden sections start) is computed by a job's publish or unpublish
after its commit and kept under the new content version (careers.services.warm):
the pages rendered next show exactly what counting would show. A change to
anything else computes the evidence pool as well."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from careers.models import CareersPage
from careers.services import warm
from tests import factories
from tests.conftest import restore_migrated_state

pytestmark = pytest.mark.django_db

ON = {"PAGES": {"CACHE_SECONDS": 600}}


def open_jobs_shown(client) -> tuple[int, list[str]]:
    """The listing's number of open jobs, and its queries."""
    with CaptureQueriesContext(connection) as ctx:
        response = client.get("/en/jobs/")
    assert response.status_code == 200
    found = re.search(r"(\d+) open jobs?<", response.content.decode())
    assert found, "the listing shows its number of open jobs"
    return int(found.group(1)), [q["sql"] for q in ctx.captured_queries]


def test_the_kept_number_follows_every_publish_and_unpublish(
    home, client, settings, django_capture_on_commit_callbacks
):
    settings.CAREERS = ON
    with django_capture_on_commit_callbacks(execute=True):
        picker = factories.job(home, "Picker")
        factories.job(home, "Packer")
    assert open_jobs_shown(client)[0] == 2

    with django_capture_on_commit_callbacks(execute=True):
        factories.job(home, "Driver")
    shown, sql = open_jobs_shown(client)
    assert shown == 3
    assert not [q for q in sql if "COUNT(" in q], "the publish counted them"

    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=picker.pk).unpublish()
    shown, sql = open_jobs_shown(client)
    assert shown == 2
    assert not [q for q in sql if "COUNT(" in q]


def test_a_change_made_without_the_publish_hooks_is_counted_by_the_listing(
    home, client, settings
):
    """No callbacks run (as for a change whose commit hooks failed): the
    listing counts, and keeps the number for the next reader."""
    settings.CAREERS = ON
    factories.job(home, "Picker")
    shown, sql = open_jobs_shown(client)
    assert shown == 1
    assert [q for q in sql if "COUNT(" in q]
    client.get("/en/jobs/?page=1")  # another entry of the page cache, same version
    factories.job(home, "Packer")
    assert open_jobs_shown(client)[0] == 2


def test_jobs_under_a_section_unpublished_later_leave_the_listing(
    home, client, settings, django_capture_on_commit_callbacks
):
    """The hidden sections kept for a version are never those of another:
    unpublishing a section that holds a live job hides the job at once."""
    settings.CAREERS = ON
    section = factories.add_page(
        home, CareersPage(title="Warehouses", slug="warehouses")
    )
    with django_capture_on_commit_callbacks(execute=True):
        factories.job(section, "Section picker")
        factories.job(home, "Packer")
    first = client.get("/en/jobs/").content.decode()
    assert "Section picker" in first
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=section.pk).unpublish()
    shown = client.get("/en/jobs/").content.decode()
    assert "Section picker" not in shown
    assert "Packer" in shown


def test_a_change_to_the_evidence_keeps_the_pool_for_its_own_version(
    home, client, django_capture_on_commit_callbacks
):
    team = factories.team(home, "Data Science")
    story = factories.story(home, "Fewer late deliveries", team=team)
    job = factories.job(home, "Picker", team_page=team, stories=[story])
    story.title = "Fewer late deliveries, measured"
    with django_capture_on_commit_callbacks(execute=True):
        factories.publish(story)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(job.url)
    assert "Fewer late deliveries, measured" in response.content.decode()
    pool_reads = [
        q for q in ctx.captured_queries if "careers_communityactivity" in q["sql"]
    ]
    assert not pool_reads, "the publish built the pool"
    own_reads = [q for q in ctx.captured_queries if "careers_teammember" in q["sql"]]
    assert not own_reads, "the pool was kept with the team it was read from"


def test_a_transaction_computes_them_once_however_many_changes_it_makes(
    home, django_capture_on_commit_callbacks
):
    """An import publishes hundreds of jobs and evidence in one transaction:
    the open jobs are counted once, after the last change."""
    factories.locale("de")
    with django_capture_on_commit_callbacks() as callbacks:
        for title in ("Picker", "Packer", "Driver"):
            factories.job(home, title)
        factories.team(home, "Data Science")
    hooks = [c for c in callbacks if c.__module__ == warm.__name__]
    assert len(hooks) > 1
    with CaptureQueriesContext(connection) as ctx:
        for hook in hooks:
            hook()
    counted = [q for q in ctx.captured_queries if "COUNT(" in q["sql"]]
    assert len(counted) == 2  # once per language
    pool_reads = [
        q for q in ctx.captured_queries if "careers_communityactivity" in q["sql"]
    ]
    assert len(pool_reads) == 1


@pytest.fixture
def as_migrated(transactional_db, migrated_state):
    """The database as migrations left it, whatever an earlier transactional
    test's flush removed (after a browser test Django's own serialized
    rollback does not bring it back)."""
    restore_migrated_state(migrated_state)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_publish_outside_a_transaction_keeps_them_for_its_own_version(
    as_migrated, home, client, settings
):
    """Wagtail's editor publishes in autocommit, so the commit hooks run
    inside the publish signal: they must come after the new version is
    written, or what they keep is kept for the version before."""
    settings.CAREERS = ON
    factories.job(home, "Picker")
    packer = factories.job(home, "Packer")
    assert open_jobs_shown(client)[0] == 2
    Page.objects.get(pk=packer.pk).specific.save_revision().publish()
    shown, sql = open_jobs_shown(client)
    assert shown == 2
    assert not [q for q in sql if "COUNT(" in q], "the publish counted them"
    assert not [q for q in sql if "pageviewrestriction" in q], (
        "the publish kept the hidden sections"
    )
