"""A cold job post reads a few pages per job on the site at most: the rows
the database steps through grow by little with every job added (counted as
SQLite's virtual machine instructions, or as the rows PostgreSQL reads: a
measure of rows read, not of time).

At 10,000 jobs per language on PostgreSQL, three queries of every cold job
post read all the pages: the next expiry (joined to the job rows), where the
hidden sections start (every page joined to the view restrictions twice) and
the pages of the chrome (an OR of subqueries). Each is now a plain pass over
the pages or reads through an index."""

import pytest
from django.core.cache import cache
from django.db import connection

from careers.models import CareersIndexPage, JobPostingPage

from .bulk import bulk_jobs
from .test_cold_queries import EVIDENCED_JOB

MORE_JOBS = 400
#: The most VM instructions one more job may add to a cold job post's queries
#: (71 per job before, 41 now: two plain passes over the pages remain, for
#: the next expiry and for unpublished sections, which no index of ours can
#: answer).
STEPS_PER_JOB = 55
#: The same on PostgreSQL, as rows read (7.4 per job before, 3.7 now).
ROWS_PER_JOB = 5.5
#: SQLite calls the progress handler every this many instructions.
EVERY = 10


@pytest.fixture
def page_cache_on(demo_module, db, settings):
    pages = {**settings.CAREERS.get("PAGES", {}), "CACHE_SECONDS": 3600}
    settings.CAREERS = {**settings.CAREERS, "PAGES": pages}
    cache.clear()


def cold_steps(client, url: str) -> int:
    """What the database steps through for an anonymous visit to ``url``
    with every cache emptied (visited once before: per-process set-up is not
    counted): SQLite's VM instructions, or on PostgreSQL the rows its scans
    read and its indexes fetched in this transaction (pg_stat_xact_*)."""
    assert client.get(url).status_code == 200
    cache.clear()
    connection.ensure_connection()
    if connection.vendor == "postgresql":
        before = rows_read()
        assert client.get(url).status_code == 200
        return rows_read() - before
    raw = connection.connection
    ticks = [0]

    def tick():
        ticks[0] += 1
        return 0

    raw.set_progress_handler(tick, EVERY)
    try:
        assert client.get(url).status_code == 200
    finally:
        raw.set_progress_handler(None, EVERY)
    return ticks[0] * EVERY


def rows_read() -> int:
    """Rows read so far in this transaction, by sequential scans and index
    fetches, over every table (PostgreSQL)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT COALESCE(SUM(seq_tup_read + COALESCE(idx_tup_fetch, 0)), 0)"
            " FROM pg_stat_xact_all_tables"
        )
        return int(cursor.fetchone()[0])


def test_a_cold_job_post_reads_little_per_job_on_the_site(page_cache_on, client):
    job = JobPostingPage.objects.get(key=EVIDENCED_JOB, locale__language_code="en")
    before = cold_steps(client, job.url)
    home = CareersIndexPage.objects.get(locale__language_code="en")
    bulk_jobs(home, MORE_JOBS, prefix="rows")
    after = cold_steps(client, job.url)
    per_job = (after - before) / MORE_JOBS
    print(f"{before} steps, {after} with {MORE_JOBS} more jobs: {per_job:.1f} per job")  # noqa: T201
    most = ROWS_PER_JOB if connection.vendor == "postgresql" else STEPS_PER_JOB
    assert per_job <= most, (
        f"{per_job:.1f} steps per job added ({before} -> {after}), at most {most}"
    )
