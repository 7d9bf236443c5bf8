"""Faults: Redis down (pages and API answer, cache and throttle fail open, a
warning is logged); the database down (503 with Retry-After and no
traceback, then recovery without restarting the worker, on a real gunicorn);
two editors saving the same job post (the second is warned, nothing is
lost); an import interrupted halfway (nothing left behind, also when its
process is killed mid-transaction); the same bundle imported twice at once
(one copy: imports queue up on PostgreSQL and SQLite alike)."""

import json
import logging
import os
import shutil
import signal
import sqlite3
import time

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client, override_settings
from django.urls import reverse
from wagtail.admin.models import EditingSession
from wagtail.models import Page

from careers.models import ApiKey, DataAsset, ImpactStoryPage, JobPostingPage, TeamPage
from careers.services.bundles import ImportRefused, import_bundle
from config.cache import FailOpenRedisCache
from tests import factories

from .forms import form_fields
from .servers import SEED, Server, drop_scratch, make_scratch, psql

# db tests (pytest-django runs them before the live-server ones, which flush).
pytestmark = pytest.mark.django_db

REDIS_DOWN = {
    "default": {
        "BACKEND": "config.cache.FailOpenRedisCache",
        "LOCATION": "redis://127.0.0.1:6399/0",  # nothing listens there
        "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
    }
}


# Redis down ------------------------------------------------------------------


@pytest.mark.django_db
def test_redis_down_pages_and_api_answer_and_a_warning_is_logged(client, caplog):
    home = factories.careers_site()
    job = factories.job(home, "Warehouse Team Lead", key="job-redis")
    _key, plaintext = ApiKey.issue(name="Checker", rights=["claims:check"])
    FailOpenRedisCache._last_logged = 0.0  # the warning is rate-limited
    urls = ["/en/", "/en/jobs/", job.url, "/en/search/?q=warehouse", "/sitemap.xml"]
    urls += ["/api/v1/jobs/", "/api/v1/jobs/job-redis/", "/feeds/jobs.rss"]
    with (
        override_settings(
            CACHES=REDIS_DOWN, CAREERS={"API": {"RATE_CACHE": "default"}}
        ),
        caplog.at_level(logging.WARNING, logger="config.cache"),
    ):
        assert cache.get("anything", "miss") == "miss"
        for url in urls:
            for _ in range(2):  # the second request too: nothing half-cached
                response = client.get(url)
                assert response.status_code == 200, (url, response.status_code)
        api = client.get("/api/v1/jobs/")
        assert "Warehouse Team Lead" in api.content.decode()
        assert api["X-RateLimit-Limit"] == "120"  # the throttle counts, failing open
        body = json.dumps(
            {"format": "careers-claims-bundle/1", "items": [], "evidence": []}
        )
        check = client.post(
            "/api/v1/claims/check",
            body,
            content_type="application/json",
            HTTP_X_API_KEY=plaintext,
        )
        assert check.status_code == 200
    warnings = [r for r in caplog.records if "Redis unavailable" in r.getMessage()]
    assert len(warnings) == 1  # logged, and only once a minute


# real processes: a scratch database, gunicorn, import commands ----------------


@pytest.fixture(scope="module")
def scratch(django_db_setup, django_db_blocker, tmp_path_factory):
    """A migrated database of its own with a careers site, outside the test
    transaction, for processes to share."""
    with django_db_blocker.unblock():
        db = make_scratch(tmp_path_factory.mktemp("scratch"))
    seeded = db.manage("shell", "-c", SEED)
    assert seeded.returncode == 0, seeded.stderr
    yield db
    with django_db_blocker.unblock():
        drop_scratch(db)


class DatabaseOutage:
    """Take the scratch database away from new and existing connections, and
    bring it back, as an operator or a failover would."""

    def __init__(self, scratch):
        self.scratch = scratch
        self.path = scratch.name
        self.away = f"{scratch.name}.away"

    def begin(self):
        if self.scratch.vendor == "postgresql":
            psql(f'ALTER DATABASE "{self.path}" WITH ALLOW_CONNECTIONS false')
            psql(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s",
                (self.path,),
            )
        else:  # the file cannot be opened: a directory stands in its place
            os.rename(self.path, self.away)
            os.mkdir(self.path)

    def end(self):
        if self.scratch.vendor == "postgresql":
            psql(f'ALTER DATABASE "{self.path}" WITH ALLOW_CONNECTIONS true')
        else:
            os.rmdir(self.path)
            os.rename(self.away, self.path)


def test_the_database_down_is_a_503_and_recovers_without_a_restart(scratch, tmp_path):
    server = Server(scratch, tmp_path / "gunicorn.log")
    outage = DatabaseOutage(scratch)
    try:
        assert server.get("/en/")[0] == 200
        assert "Warehouse Team Lead" in server.get("/api/v1/jobs/")[2]
        outage.begin()
        try:
            for _ in range(2):
                status, headers, body = server.get("/en/jobs/warehouse-team-lead/")
                assert status == 503
                assert headers["Retry-After"] == "30"
                assert "Back in a moment" in body
                for trace in ("Traceback", "OperationalError", 'File "/'):
                    assert trace not in body
            status, headers, body = server.get("/api/v1/teams/")
            assert status == 503 and headers["Retry-After"] == "30"
            assert json.loads(body) == {"detail": "Service temporarily unavailable."}
            # Nor an answer cached before the outage: whether it is still
            # valid is in the database (it may have been hidden just before).
            assert server.get("/api/v1/jobs/")[0] == 503
            assert server.get("/en/")[0] == 503
            assert server.get("/healthz")[0] == 200  # the process itself is fine
        finally:
            outage.end()
        assert server.get("/en/jobs/warehouse-team-lead/")[0] == 200
        assert "Warehouse Team Lead" in server.get("/api/v1/jobs/")[2]
        assert server.process.poll() is None
    finally:
        server.stop()
    log = (tmp_path / "gunicorn.log").read_text()
    assert log.count("Booting worker") == 1, log  # recovered, not restarted
    assert "Database unavailable" in log


# two editors -------------------------------------------------------------------


def edit(client, page) -> tuple[str, dict]:
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    return url, form_fields(client.get(url).content.decode())


@pytest.mark.django_db
def test_two_editors_saving_the_same_job_the_second_is_warned_and_nothing_is_lost():
    home = factories.careers_site()
    job = factories.job(home, "Warehouse Team Lead", key="job-shared")
    anna = factories.user("anna", groups=("Employer branding editors",))
    ben = factories.user("ben", groups=("Employer branding editors",))
    a, b = Client(), Client()
    a.force_login(anna)
    b.force_login(ben)
    url, form_a = edit(a, job)
    _url, form_b = edit(b, job)
    loaded = form_b["loaded_revision_id"]
    assert form_a["loaded_revision_id"] == loaded

    # Anna saves first.
    assert a.post(url, {**form_a, "title": "Anna's title"}).status_code == 302
    annas = JobPostingPage.objects.get(pk=job.pk).latest_revision
    assert str(annas.pk) != loaded

    # Ben's editor pings: it learns that Anna saved a newer version.
    session = EditingSession.objects.filter(user=ben).latest("last_seen_at")
    ping = b.post(
        reverse(
            "wagtailadmin_editing_sessions:ping",
            args=("wagtailcore", "page", str(job.pk), session.pk),
        ),
        {
            "revision_id": loaded,
            "revision_created_at": form_b["loaded_revision_created_at"],
        },
    ).json()
    newer = [s for s in ping["other_sessions"] if s["revision_id"] == annas.pk]
    assert newer and newer[0]["user"] == "anna"

    # Ben's save (as the editor sends it) is refused: it would overwrite Anna's.
    refused = b.post(
        url, {**form_b, "title": "Ben's title"}, HTTP_ACCEPT="application/json"
    )
    assert refused.status_code == 400
    assert refused.json()["error_code"] == "invalid_revision"
    assert JobPostingPage.objects.get(pk=job.pk).latest_revision_id == annas.pk

    # Told, Ben saves anyway: a new revision; Anna's stays in the history.
    assert b.post(url, {**form_b, "title": "Ben's title"}).status_code == 302
    page = JobPostingPage.objects.get(pk=job.pk)
    assert page.get_latest_revision_as_object().title == "Ben's title"
    titles = [r.as_object().title for r in page.revisions.order_by("pk")]
    assert "Anna's title" in titles and titles[-1] == "Ben's title"
    history = a.get(reverse("wagtailadmin_pages:history", args=[job.pk]))
    assert "anna" in history.content.decode()


# imports -----------------------------------------------------------------------


def bundle(jobs: int = 1, *, url: str = "https://example.com/award") -> dict:
    return {
        "format": "careers-claims-bundle/1",
        "items": [
            {
                "id": f"job-import-{n}:en",
                "kind": "job_post",
                "language": "en",
                "title": f"Imported job {n}",
                "text": f"<p>You plan shifts for hub {n}.</p>",
                "links": ["team-import"],
            }
            for n in range(jobs)
        ],
        "evidence": [
            {
                "id": "team-import",
                "type": "team",
                "name": "Imported team",
                "headcount": 3,
                "members": [
                    {"name": "Ida Import", "role": "Lead", "technical_lead": True}
                ],
            },
            {
                "id": "story-import",
                "type": "impact_story",
                "product": "Imported ETA",
                "technique": "gradient-boosted trees",
                "in_production_since": "2025-06-01",
                "metrics": [{"name": "late deliveries", "baseline": 12, "value": 8}],
            },
            {
                "id": "recognition-import",
                "type": "recognition",
                "title": "An award",
                "date": "2026-01-10",
                "url": url,
            },
        ],
    }


def imported() -> dict[str, int]:
    return {
        "teams": TeamPage.objects.filter(key="team-import").count(),
        "stories": ImpactStoryPage.objects.filter(key="story-import").count(),
        "jobs": JobPostingPage.objects.filter(key__startswith="job-import-").count(),
    }


@pytest.mark.django_db
def test_an_import_failing_halfway_leaves_nothing_behind():
    """The team and the story are written before the recognition's local URL
    is refused: all of it is rolled back."""
    factories.careers_site()
    with pytest.raises(ImportRefused):
        import_bundle(data=bundle(url="http://localhost/award"))
    assert imported() == {"teams": 0, "stories": 0, "jobs": 0}
    assert not Page.objects.filter(title__startswith="Imported").exists()


def count_in(scratch, code: str) -> dict:
    out = scratch.manage("shell", "-c", code)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


COUNT = """
import json
from careers.models import ImpactStoryPage, JobPostingPage, TeamPage
print(json.dumps({
    "teams": TeamPage.objects.filter(key="team-import").count(),
    "stories": ImpactStoryPage.objects.filter(key="story-import").count(),
    "jobs": JobPostingPage.objects.filter(key__startswith="job-import-").count(),
}))
"""


def writing(scratch, process) -> bool:
    """Whether the import has written inside its open transaction."""
    if scratch.vendor == "sqlite":  # WAL: the open transaction holds the lock
        probe = sqlite3.connect(scratch.name, timeout=0, isolation_level=None)
        try:
            probe.execute("BEGIN IMMEDIATE")
            probe.execute("ROLLBACK")
            return False
        except sqlite3.OperationalError:
            return True
        finally:
            probe.close()
    import psycopg

    settings = connection.settings_dict
    with psycopg.connect(
        dbname="postgres",
        user=settings["USER"] or "postgres",
        host=settings["HOST"] or "127.0.0.1",
        port=settings["PORT"] or "5432",
        autocommit=True,
    ) as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = %s "
            "AND backend_xid IS NOT NULL",
            [scratch.name],
        ).fetchone()
    return row[0] > 0


def test_an_import_killed_mid_transaction_leaves_nothing_behind(scratch, tmp_path):
    """kill -9 while the import has written but not committed: the database
    rolls it back (PostgreSQL aborts the transaction, SQLite's hot journal is
    rolled back by the next connection)."""
    path = tmp_path / "big.json"
    path.write_text(json.dumps(bundle(jobs=60)))
    process = scratch.start_manage("import_careers", str(path))
    while not writing(scratch, process):  # ends when it writes or exits
        assert process.poll() is None, process.communicate()
        time.sleep(0.01)
    time.sleep(0.3)  # well into the import
    assert process.poll() is None, "the import finished before it was killed"
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert count_in(scratch, COUNT) == {"teams": 0, "stories": 0, "jobs": 0}


def test_the_same_bundle_imported_twice_at_once_gives_one_copy(scratch, tmp_path):
    """Two processes at once: the second waits for the first, then finds
    everything there."""
    path = tmp_path / "bundle.json"
    path.write_text(json.dumps(bundle(jobs=3)))
    first = scratch.start_manage("import_careers", str(path))
    second = scratch.start_manage("import_careers", str(path))
    outputs = [p.communicate(timeout=120) for p in (first, second)]
    codes = [first.returncode, second.returncode]
    assert codes == [0, 0], outputs
    assert count_in(scratch, COUNT) == {"teams": 1, "stories": 1, "jobs": 3}
    reports = [out for out, _err in outputs]
    assert sum(r.startswith("created: 0") for r in reports) == 1, reports
    shutil.rmtree(tmp_path, ignore_errors=True)


def test_fault_fixtures_leave_the_test_database_alone(db):
    """The scratch database is a copy: nothing imported above is here."""
    assert not DataAsset.objects.filter(key__endswith="-import").exists()
    assert not TeamPage.objects.filter(key="team-import").exists()
