"""schema.org JobPosting on job posts, as Google for Jobs requires it:
https://developers.google.com/search/docs/appearance/structured-data/job-posting"""

import datetime as dt

import pytest
from django.utils import timezone

from tests import factories

from .conftest import json_ld

REQUIRED = ("title", "description", "datePosted", "hiringOrganization")
RECOMMENDED = ("validThrough", "employmentType", "identifier", "directApply")


def posting(client, job) -> dict:
    response = client.get(job.url)
    assert response.status_code == 200
    blocks = json_ld(response.content.decode())
    assert len(blocks) == 1
    data = blocks[0]
    assert data["@context"] == "https://schema.org/"
    assert data["@type"] == "JobPosting"
    for key in REQUIRED:
        assert data.get(key), key
    return data


@pytest.fixture
def valid_through():
    return timezone.now() + dt.timedelta(days=30)


def test_onsite_job_has_the_required_and_recommended_properties(
    home, client, organisation, hamburg, valid_through
):
    job = factories.job(
        home,
        "Warehouse Team Lead",
        locations=[hamburg],
        requisition_id="REQ-7",
        expire_at=valid_through,
    )
    data = posting(client, job)
    for key in RECOMMENDED:
        assert key in data, key
    assert data["title"] == "Warehouse Team Lead"
    assert "<p>You keep our warehouse running.</p>" in data["description"]
    assert "<li>Plan shifts</li>" in data["description"]
    posted = timezone.localtime(job.first_published_at)  # the site's time zone
    assert data["datePosted"].startswith(f"{posted:%Y-%m-%d}")
    assert data["validThrough"].startswith(
        f"{timezone.localtime(valid_through):%Y-%m-%dT%H:%M}"
    )
    assert data["employmentType"] == "FULL_TIME"
    assert data["directApply"] is False
    assert data["identifier"] == {
        "@type": "PropertyValue",
        "name": "Testfirma GmbH",
        "value": "REQ-7",
    }
    org = data["hiringOrganization"]
    assert org["@type"] == "Organization"
    assert org["name"] == "Testfirma GmbH"
    assert org["sameAs"] == "https://testfirma.example"
    assert org["logo"].startswith("http://testserver/")
    (place,) = data["jobLocation"]
    assert place["@type"] == "Place"
    assert place["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Am Sandtorkai 1",
        "addressLocality": "Hamburg",
        "postalCode": "20457",
        "addressRegion": "Hamburg",
        "addressCountry": "DE",
    }
    assert "jobLocationType" not in data
    assert data["baseSalary"] == {
        "@type": "MonetaryAmount",
        "currency": "EUR",
        "value": {
            "@type": "QuantitativeValue",
            "minValue": 50000,
            "maxValue": 62000,
            "unitText": "YEAR",
        },
    }


def test_hybrid_job_has_a_location_and_no_telecommute(home, client, hamburg):
    job = factories.job(home, "Planner", workplace_type="hybrid", locations=[hamburg])
    data = posting(client, job)
    assert data["jobLocation"][0]["address"]["addressLocality"] == "Hamburg"
    assert "jobLocationType" not in data


def test_remote_job_names_the_countries_applicants_may_live_in(home, client):
    job = factories.job(home, "Remote Dispatcher", workplace_type="remote")
    job.applicant_countries.set(factories.Country.objects.filter(code__in=["DE", "AT"]))
    factories.publish(job)
    data = posting(client, job)
    assert data["jobLocationType"] == "TELECOMMUTE"
    assert sorted(c["name"] for c in data["applicantLocationRequirements"]) == [
        "Austria",
        "Germany",
    ]
    assert all(c["@type"] == "Country" for c in data["applicantLocationRequirements"])
    assert "jobLocation" not in data


def test_hidden_salary_is_not_published(home, client, hamburg):
    job = factories.job(home, "Sorter", locations=[hamburg], show_salary=False)
    data = posting(client, job)
    assert "baseSalary" not in data
    assert "62000" not in client.get(job.url).content.decode()


def test_salary_from_and_per_hour(home, client, hamburg):
    job = factories.job(
        home, "Helper", locations=[hamburg], salary_max=None, salary_period="HOUR"
    )
    data = posting(client, job)
    assert data["baseSalary"]["value"] == {
        "@type": "QuantitativeValue",
        "minValue": 50000,
        "unitText": "HOUR",
    }


def test_identifier_falls_back_to_the_reference_id(home, client, hamburg):
    job = factories.job(home, "Picker", locations=[hamburg], key="job-picker")
    assert posting(client, job)["identifier"]["value"] == "job-picker"


def test_script_end_tag_in_a_title_cannot_break_out(home, client, hamburg):
    title = 'Lead </script><script>alert("x")</script> & <b>bold</b>'
    job = factories.job(
        home,
        title,
        slug="evil",
        locations=[hamburg],
        introduction="<p>Ends with </script> too</p>",
    )
    html = client.get(job.url).content.decode()
    block = html[html.index('<script type="application/ld+json">') :]
    block = block[: block.index("</script>")]
    assert "<" not in block.removeprefix('<script type="application/ld+json">')
    assert "\\u003c/script\\u003e" in block
    data = json_ld(html)[0]
    assert data["title"] == title
    assert "alert(&quot;x&quot;)" in html  # the visible title is escaped
    assert '<script>alert("x")' not in html


def test_no_job_posting_on_listings_or_other_pages(home, client, hamburg):
    job = factories.job(home, "Picker", locations=[hamburg])
    team = factories.team(home)
    for url in ("/en/", "/en/jobs/", "/en/search/?q=picker", team.url):
        html = client.get(url).content.decode()
        assert "JobPosting" not in html, url
    assert "JobPosting" in client.get(job.url).content.decode()


def test_json_ld_is_in_the_language_of_the_post(home, client, hamburg):
    job = factories.job(home, "Picker", locations=[hamburg])
    factories.translate(home, "de", title="Karriere")
    job_de = factories.translate(job, "de", title="Kommissionierer:in")
    data = posting(client, job_de)
    assert data["title"] == "Kommissionierer:in"
    assert data["url"].endswith("/de/jobs/picker/")
