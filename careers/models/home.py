"""The careers home and the community page."""

from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.url_routing import RouteResult

from careers.conf import careers_setting
from careers.prepared import Prepared
from careers.slugs import RESERVED_SLUGS

from . import _upcalls
from .base import Row, link_to, parent_key
from .cache import ContentVersion
from .jobs import JOBS_SEGMENT, JobPostingPage
from .pages_base import (
    CareersBasePage,
    CareersChildPage,
    CareersSectionPage,
    card_text,
    page_panels,
    page_search,
    rich_text,
)
from .panels import chooser
from .teams import TeamPage

#: The job posts with a slug at a depth, with their content version; and a
#: team: a job post's route reads them, compiled once (compiling them cost
#: more than running them).
JOBS_AT = Prepared(
    lambda slug, depth: (
        JobPostingPage.objects.filter(slug=slug, depth=depth)
        .annotate(**ContentVersion.of_page_rows())
        .order_by()
    ),
    str,
    int,
)
TEAM_AT = Prepared(lambda pk: TeamPage.objects.filter(pk=pk), int)


class CareersIndexPage(RoutablePageMixin, CareersBasePage):
    evidence_prefix = "careers"
    #: Job posts below it live at ``jobs/<slug>/`` (``job_url_path``).
    serves_jobs_segment = True
    intro = rich_text(
        _("introduction"),
        _("Who you are and why someone should work here, in a few lines."),
    )
    ai_story = rich_text(
        _("our AI story"),
        _(
            "Where AI is real in your organisation today and where it is going. Every "
            "AI claim here is checked against your published evidence."
        ),
    )

    claim_fields = ("intro", "ai_story")
    reserved_child_slugs = RESERVED_SLUGS
    # Under the host's home page, or wherever CAREERS names (docs/settings.md).
    parent_page_types = careers_setting("PAGES", "HOME_PARENT_PAGE_TYPES")
    subpage_types = [
        "careers.JobPostingPage",
        "careers.RoadmapPage",
        "careers.TeamPage",
        "careers.ImpactStoryPage",
        "careers.CommunityPage",
        "careers.CareersPage",
    ]

    content_panels = page_panels(
        "intro",
        "ai_story",
        chooser("featured_stories", "story", _("Featured impact stories"), _("Story")),
        chooser(
            "featured_jobs",
            "job",
            _("Featured jobs"),
            _("Job"),
            help_text=_("Leave empty to feature the newest open jobs."),
        ),
    )
    search_fields = page_search("intro", "ai_story")

    class Meta:
        verbose_name = _("careers home")
        verbose_name_plural = _("careers homes")

    def get_cached_paths(self) -> list[str]:
        """Its routes too, for an HTTP cache's purge (careers.frontend_cache)."""
        return ["/", "/jobs/", "/search/", "/accessibility/"]

    def route(self, request, path_components):
        """Its own routes first (``jobs/``, ``search/``, ...), then its job
        posts at ``jobs/<slug>/``, then its other child pages as usual. A job
        post asked for at its former address ``<slug>/`` is served with
        ``moved``: once Wagtail has checked the visitor may see it, a 301
        to ``jobs/<slug>/`` (JobPostingPage.serve)."""
        if (
            len(path_components) >= 2
            and path_components[0] == JOBS_SEGMENT
            and not self._own_route(path_components)
        ):
            return self._route_job(request, path_components[1], path_components[2:])
        result = super().route(request, path_components)
        page, args, kwargs = result
        if len(path_components) == 1 and isinstance(page, JobPostingPage):
            return RouteResult(
                page, args=args, kwargs={**(kwargs or {}), "moved": True}
            )
        return result

    def _own_route(self, path_components) -> bool:
        """Whether one of this page's routes answers the path: a job's
        address never shadows one."""
        if not self.live:
            return False
        try:
            self.resolve_subpage("/" + "/".join(path_components) + "/")
        except Http404:
            return False
        return True

    def _route_job(self, request, slug: str, remaining):
        # With its content version (the page cache need not read the job
        # again) and its team (its receipts name it).
        found = JOBS_AT.instances(JobPostingPage, slug, self.depth + 1)
        job = next((job for job in found if job.path.startswith(self.path)), None)
        if job is None:  # (one each language and site may have the slug)
            raise Http404
        for team in TEAM_AT.instances(TeamPage, job.team_id) if job.team_id else ():
            job.team = team  # (a team not found is left to the foreign key)
        job._cached_parent_obj = self
        # The job's own routing: drafts 404, an unpublished expired job 410s.
        return job.route(request, remaining)

    @path("jobs/", name="jobs")
    def jobs_view(self, request):
        return _upcalls.job_listing(request, self)

    @path("search/", name="search")
    def search_view(self, request):
        return _upcalls.site_search(request, self)

    @path("accessibility/", name="accessibility")
    def accessibility_view(self, request):
        return _upcalls.accessibility_statement(request, self)


class FeaturedStory(Row):
    page = parent_key(CareersIndexPage, "featured_stories")
    story = link_to("careers.ImpactStoryPage")
    panels = [FieldPanel("story")]


class FeaturedJob(Row):
    page = parent_key(CareersIndexPage, "featured_jobs")
    job = link_to("careers.JobPostingPage")
    panels = [FieldPanel("job")]


class CommunityPage(CareersSectionPage):
    """Lists the published community activities of its language."""

    intro = rich_text(
        _("introduction"),
        _("How you give back: hackathons, open source, research, talks."),
    )

    class Meta:
        verbose_name = _("community page")
        verbose_name_plural = _("community pages")


class CareersPage(CareersChildPage):
    """A plain careers page: 'Why us', 'Life at ...', 'How we hire'."""

    intro = card_text(
        _("introduction"), _("One or two sentences shown under the title and on cards.")
    )
    body = rich_text(
        _("text"), _("Every AI claim here is checked against your published evidence.")
    )

    claim_fields = ("intro", "body")

    content_panels = page_panels("intro", "body")
    search_fields = page_search("intro", "body")

    class Meta:
        verbose_name = _("careers page")
        verbose_name_plural = _("careers pages")
