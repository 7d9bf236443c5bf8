"""Links candidates follow are http(s) to public hosts: every URL field of the
careers models refuses other schemes, credentials, and local or private
addresses however they are written, in the admin and in bundle imports."""

import ipaddress

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from hypothesis import given, settings
from hypothesis import strategies as st

from careers.models import (
    CommunityActivity,
    HiringAICompliance,
    JobPostingPage,
    OrganisationProfile,
    Person,
    Recognition,
)
from careers.services.bundles import ImportRefused, import_bundle
from careers.validators import validate_public_url
from tests import factories

URL_FIELDS = [
    (JobPostingPage, "apply_url"),
    (CommunityActivity, "url"),
    (Recognition, "url"),
    (HiringAICompliance, "url"),
    (OrganisationProfile, "website"),
    (Person, "profile_url"),
]

REFUSED = [
    "javascript:alert(1)",
    "JavaScript:alert(document.cookie)//https://example.com",
    "data:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
    "ftp://example.com/file",
    "vbscript:msgbox(1)",
    "//example.com/no-scheme",
    "http://localhost/",
    "http://localhost:8000/admin/",
    "http://app.localhost/",
    "http://printer.local/",
    "https://db.internal/",
    "http://127.0.0.1/",
    "http://127.1.2.3:8080/",
    "http://0.0.0.0/",
    "http://10.0.0.5/",
    "http://172.16.1.1/",
    "http://192.168.1.1/router",
    "http://169.254.169.254/latest/meta-data/",
    "http://100.64.0.1/",
    "http://224.0.0.1/",
    "http://[::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[fe80::1]/",
    "http://[fd00::1]/",
    "https://user:secret@example.com/",
    "https://example.com@evil.example/",
    "http://2130706433/",
    "http://0x7f000001/",
    "https:///path-only",
]
ACCEPTED = [
    "https://example.com/",
    "http://jobs.example.com/apply?id=7&src=careers",
    "https://github.com/example/route",
    "https://93.184.215.14/",
    "https://[2606:4700:4700::1111]/",
    "https://xn--mnchen-3ya.de/jobs",
]


@pytest.mark.parametrize("url", REFUSED)
def test_the_validator_refuses(url):
    with pytest.raises(ValidationError):
        validate_public_url(url)


@pytest.mark.parametrize("url", ACCEPTED)
def test_the_validator_accepts(url):
    validate_public_url(url)


def accepts(url: str) -> bool:
    try:
        validate_public_url(url)
    except ValidationError:
        return False
    return True


def public(ip) -> bool:
    return ip.is_global and not ip.is_multicast


@given(st.ip_addresses(v=4))
@settings(max_examples=300)
def test_an_ipv4_host_is_accepted_exactly_when_it_is_global(ip):
    assert accepts(f"https://{ip}/jobs") == public(ip), ip


@given(st.ip_addresses(v=4))
@settings(max_examples=200)
def test_an_ipv4_mapped_ipv6_host_counts_as_its_ipv4_address(ip):
    assert accepts(f"https://[::ffff:{ip}]/") == public(ip), ip


@given(st.ip_addresses(v=6))
@settings(max_examples=300)
def test_an_ipv6_host_is_accepted_only_when_global(ip):
    if accepts(f"https://[{ip}]/"):
        assert public(ip), ip


@given(
    scheme=st.sampled_from(["javascript", "data", "file", "ftp", "vbscript", "blob"]),
    rest=st.text(min_size=1, max_size=40).filter(lambda s: "\n" not in s),
)
@settings(max_examples=100)
def test_no_other_scheme_is_accepted(scheme, rest):
    with pytest.raises(ValidationError):
        validate_public_url(f"{scheme}:{rest}")


@pytest.mark.parametrize(("model", "name"), URL_FIELDS)
def test_every_url_field_of_the_models_uses_the_validator(model, name):
    assert validate_public_url in model._meta.get_field(name).validators


@pytest.mark.django_db
def test_the_admin_refuses_a_private_url(admin_client, home):
    url = reverse("wagtailsnippets_careers_person:add")
    response = admin_client.post(
        url,
        {
            "name": "Mallory",
            "job_title": "Engineer",
            "profile_url": "http://169.254.169.254/latest/meta-data/",
        },
    )
    assert response.status_code == 200  # the form again, with the error
    assert "Enter a public http(s) address" in response.content.decode()
    assert not Person.objects.filter(name="Mallory").exists()


@pytest.mark.django_db
def test_a_bundle_with_a_local_url_is_refused_and_nothing_is_stored(home):
    bundle = {
        "format": "careers-claims-bundle/1",
        "items": [],
        "evidence": [
            {
                "type": "recognition",
                "id": "rec-local",
                "title": "An award",
                "date": "2026-01-10",
                "url": "http://localhost:8000/award",
            }
        ],
    }
    with pytest.raises(ImportRefused) as refused:
        import_bundle(data=bundle)
    assert any("public http(s)" in p for p in refused.value.problems)
    assert not Recognition.objects.filter(key="rec-local").exists()


def test_a_public_job_link_still_saves(db, home):
    job = factories.job(home, "Forklift Driver", apply_url="https://jobs.example.com/")
    assert job.apply_url == "https://jobs.example.com/"
    assert ipaddress.ip_address("93.184.215.14").is_global
