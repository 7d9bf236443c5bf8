"""Where each page type may live."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from careers.models import (
    CareersIndexPage,
    CareersPage,
    CommunityPage,
    ImpactStoryPage,
    JobPostingPage,
    RoadmapPage,
    TeamPage,
)
from tests import factories

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
