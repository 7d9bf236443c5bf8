"""The JSON-LD of every job post of the demo (`manage.py load_demo`) meets
Google's job-posting requirements; its expired job has none and is gone."""

import pytest

from careers.models import JobPostingPage, WorkplaceType

from .conftest import json_ld

REQUIRED = ("title", "description", "datePosted", "hiringOrganization")
RECOMMENDED = ("employmentType", "identifier", "directApply")


@pytest.fixture
def open_jobs(demo_module, db):
    jobs = [job for job in JobPostingPage.objects.live() if not job.is_expired]
    assert len(jobs) >= 10
    return jobs


def test_every_open_demo_job_has_a_complete_job_posting(open_jobs, client):
    remote = 0
    for job in open_jobs:
        html = client.get(job.url).content.decode()
        (data,) = json_ld(html)
        where = job.url
        assert data["@type"] == "JobPosting", where
        for key in REQUIRED + RECOMMENDED:
            assert data.get(key) not in (None, ""), (where, key)
        assert data["hiringOrganization"]["name"], where
        assert data["title"] == job.title
        assert data["description"].startswith("<h2>"), where
        if job.expire_at:
            assert data["validThrough"], where
        if job.workplace_type == WorkplaceType.REMOTE:
            remote += 1
            assert data["jobLocationType"] == "TELECOMMUTE", where
            assert data["applicantLocationRequirements"], where
        else:
            for place in data["jobLocation"]:
                address = place["address"]
                for key in ("addressLocality", "addressCountry", "postalCode"):
                    assert address.get(key), (where, key)
        if job.has_salary:
            value = data["baseSalary"]["value"]
            assert value["minValue"] <= value.get("maxValue", value["minValue"])
            assert value["unitText"] in {"HOUR", "DAY", "WEEK", "MONTH", "YEAR"}
        else:
            assert "baseSalary" not in data, where
    assert remote, "the demo should have a remote job"


def test_the_demos_expired_job_is_gone(demo_module, db, client):
    expired = JobPostingPage.objects.filter(expired=True)
    assert expired.exists()
    listing = client.get("/en/jobs/").content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()
    for job in expired:
        response = client.get(job.url)
        assert response.status_code == 410
        assert not json_ld(response.content.decode())
        assert job.url not in listing
        assert job.url not in sitemap
