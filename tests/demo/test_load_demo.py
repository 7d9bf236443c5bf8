"""The demo loader builds the showcase, in both languages, once."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page

from careers.models import (
    CommunityActivity,
    ImpactStoryPage,
    JobPostingPage,
    RoadmapMilestone,
    TeamPage,
)
from careers.selectors import open_jobs

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


def counts() -> dict[str, int]:
    return {
        "pages": Page.objects.count(),
        "milestones": RoadmapMilestone.objects.count(),
        "activities": CommunityActivity.objects.count(),
        "users": get_user_model().objects.count(),
    }


def test_running_the_loader_twice_creates_nothing_new(demo):
    before = counts()
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert counts() == before


def test_demo_has_what_the_showcase_promises(demo):
    jobs = open_jobs()
    distinct_open = jobs.values("translation_key").distinct().count()
    assert distinct_open >= 12
    assert jobs.filter(is_ai_role=True).exists()
    assert jobs.filter(is_ai_role=False).exists()
    assert jobs.filter(workplace_type="remote").exists()
    assert JobPostingPage.objects.filter(expired=True, live=False).count() == 1
    assert JobPostingPage.objects.filter(live=False, expired=False).count() == 2
    english = RoadmapMilestone.objects.filter(roadmap__locale__language_code="en")
    assert english.count() >= 6
    assert english.values("departments").distinct().count() >= 3
    assert TeamPage.objects.live().filter(locale__language_code="en").count() == 3
    assert (
        ImpactStoryPage.objects.live().filter(locale__language_code="en").count() == 3
    )
    assert (
        CommunityActivity.objects.filter(live=True, locale__language_code="en").count()
        >= 6
    )


def test_every_english_page_has_a_linked_german_translation(demo):
    for page in Page.objects.filter(
        depth__gte=2, locale__language_code="en", live=True
    ):
        if page.specific_class is JobPostingPage and page.specific.expired:
            continue
        german = page.get_translations().filter(locale__language_code="de").first()
        assert german is not None, page.url_path
        assert german.translation_key == page.translation_key


def test_demo_serves_home_and_a_job_in_each_language(demo, client):
    assert client.get("/en/").status_code == 200
    assert client.get("/de/").status_code == 200
    for code in ("en", "de"):
        job = open_jobs().filter(locale__language_code=code).first()
        assert client.get(job.url).status_code == 200, job.url
