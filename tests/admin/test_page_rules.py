"""Where each page type may live, and which slugs it may not take."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from careers.models import (
    RESERVED_SLUGS,
    CareersIndexPage,
    CareersPage,
    CommunityPage,
    ImpactStoryPage,
    JobPostingPage,
    RoadmapPage,
    TeamPage,
)
from tests import factories
from tests.admin.helpers import fill, page_add_url, read_form

CHILDREN = {
    JobPostingPage,
    RoadmapPage,
    TeamPage,
    ImpactStoryPage,
    CommunityPage,
    CareersPage,
}


class PageTypeRulesTests(WagtailPageTestCase):
    def test_careers_home_takes_the_careers_page_types(self):
        """A job post, roadmap, team, story and community page live under the
        careers home, and nothing else does."""
        self.assertAllowedSubpageTypes(CareersIndexPage, CHILDREN)

    def test_careers_home_sits_at_the_top_of_a_site(self):
        self.assertAllowedParentPageTypes(CareersIndexPage, {Page})

    def test_every_careers_page_type_lives_under_the_careers_home(self):
        for model in CHILDREN:
            with self.subTest(model=model.__name__):
                self.assertAllowedParentPageTypes(model, {CareersIndexPage})
                self.assertAllowedSubpageTypes(model, set())

    def test_a_job_post_cannot_live_under_a_team(self):
        self.assertCanNotCreateAt(TeamPage, JobPostingPage)
        self.assertCanNotCreateAt(RoadmapPage, JobPostingPage)

    def test_one_roadmap_and_one_community_page_per_careers_home(self):
        """A second roadmap under the same careers home is not offered."""
        home = factories.careers_site()
        factories.roadmap(home)
        factories.community_page(home)
        self.assertFalse(RoadmapPage.can_create_at(home))
        self.assertFalse(CommunityPage.can_create_at(home))
        self.assertTrue(JobPostingPage.can_create_at(home))


# -- reserved slugs -------------------------------------------------------------


@pytest.mark.parametrize("slug", sorted(RESERVED_SLUGS))
def test_a_page_under_the_careers_home_cannot_take_a_reserved_slug(home, slug):
    """The careers home answers /jobs/, /search/... itself: a child page with
    that slug would never be reached. A draft is refused as a published page
    is, by every road that saves a page (here: the model, as an import does)."""
    with pytest.raises(ValidationError) as refused:
        factories.add_page(home, CareersPage(title="Our jobs", slug=slug), live=False)
    message = " ".join(refused.value.message_dict["slug"])
    assert f"“{slug}”" in message and "careers home" in message
    assert not CareersPage.objects.filter(slug=slug).exists()


def test_the_editor_is_told_beside_the_slug_field(admin_client, home):
    url = page_add_url(CareersPage, home)
    data = fill(read_form(admin_client, url), title="Jobs", slug="jobs")
    response = admin_client.post(url, data)
    assert response.status_code == 200  # the form again, with the error
    errors = response.context["form"].errors
    assert "slug" in errors and "careers home" in errors["slug"][0], errors
    assert not CareersPage.objects.filter(slug="jobs").exists()


def test_reserved_slugs_are_free_elsewhere(home):
    """Only the careers home's own children are concerned: a slug is free
    for the careers home itself and is free again once the page is renamed."""
    page = factories.add_page(home, CareersPage(title="Jobs", slug="jobs-at-us"))
    assert page.slug == "jobs-at-us"
    page.slug = "search"
    with pytest.raises(ValidationError):
        page.save()
