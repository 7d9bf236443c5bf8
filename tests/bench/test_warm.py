"""make bench's row 'warm after one job is published' (bench/inprocess.py),
on a small site: every job post but the published one stays warm."""

import pytest

from bench import inprocess
from tests import factories

pytestmark = pytest.mark.django_db


def test_only_the_published_job_and_what_lists_jobs_turn_cold(home, settings):
    settings.CAREERS = {"PAGES": {"CACHE_SECONDS": 600}}
    for title in ("Picker", "Packer", "Driver", "Planner"):
        factories.job(home, title)
    endpoints = [
        {"name": "careers home", "path": "/en/"},
        {"name": "job listing", "path": "/en/jobs/"},
        {"name": "API list", "path": "/api/v1/jobs/"},  # not a page: left out
    ]
    warm = inprocess.warm_after_publish(endpoints, jobs=4)
    assert warm["pages"] == 6
    assert warm["other_jobs"] == 3 and warm["other_jobs_warm"] == 3
    assert set(warm["cold"]) == {
        "careers home",
        "job listing",
        f"job {warm['published_pk']}",
    }
