"""What the demo holds and serves, read from one load of it per module (the
loader's own behaviour, a second run and a host's site, is in
test_load_demo.py)."""

import pytest
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


def test_demo_has_what_the_showcase_promises(demo_module):
    jobs = open_jobs()
    distinct_open = jobs.values("translation_key").distinct().count()
    assert distinct_open >= 12
    assert jobs.filter(is_ai_role=True).exists()
    assert jobs.filter(is_ai_role=False).exists()
    assert jobs.filter(workplace_type="remote").exists()
    # One expired job, in English and German (the 410 page in each language).
    assert JobPostingPage.objects.filter(expired=True, live=False).count() == 2
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


def test_every_english_page_has_a_linked_german_translation(demo_module):
    for page in Page.objects.filter(
        depth__gte=2, locale__language_code="en", live=True
    ):
        if page.specific_class is JobPostingPage and page.specific.expired:
            continue
        german = page.get_translations().filter(locale__language_code="de").first()
        assert german is not None, page.url_path
        assert german.translation_key == page.translation_key


def test_demo_serves_home_and_a_job_in_each_language(demo_module, client):
    assert client.get("/en/").status_code == 200
    assert client.get("/de/").status_code == 200
    for code in ("en", "de"):
        job = open_jobs().filter(locale__language_code=code).first()
        assert client.get(job.url).status_code == 200, job.url


def test_the_german_copies_translate_metrics_roles_and_data_texts(demo_module):
    from careers.models import DataAsset, ImpactMetric, TeamMember

    def texts(model, path, *fields):
        rows = model.objects.filter(**{f"{path}language_code": "de"})
        return {value for row in rows.values_list(*fields) for value in row}

    assert "verspätete Zustellungen" in texts(ImpactMetric, "story__locale__", "name")
    assert "late deliveries" not in texts(ImpactMetric, "story__locale__", "name")
    assert "Leiterin Data Science" in texts(TeamMember, "team__locale__", "role")
    assert "2 Milliarden Ereignisse" in texts(DataAsset, "locale__", "volume")
