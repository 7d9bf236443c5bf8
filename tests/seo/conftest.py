import json
import re

import pytest
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from careers.models import OrganisationProfile
from tests import factories

LD_JSON = re.compile(
    r'<script type="application/ld\+json">(?P<json>.*?)</script>', re.DOTALL
)


def json_ld(html: str) -> list[dict]:
    return [json.loads(m.group("json")) for m in LD_JSON.finditer(html)]


@pytest.fixture
def organisation(home):
    profile = OrganisationProfile.for_site(home.get_site())
    profile.name = "Testfirma GmbH"
    profile.website = "https://testfirma.example"
    profile.logo = get_image_model().objects.create(
        title="Logo", file=get_test_image_file()
    )
    profile.save()
    return profile


@pytest.fixture
def hamburg(db):
    return factories.location(
        "Hamburg",
        "DE",
        street_address="Am Sandtorkai 1",
        postal_code="20457",
        region="Hamburg",
    )
