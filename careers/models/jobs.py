"""Job posts, built around the evidence a candidate can check."""

from dataclasses import dataclass
from urllib.parse import urlsplit

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.http import HttpResponsePermanentRedirect
from django.utils import timezone
from django.utils.encoding import escape_uri_path, iri_to_uri
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, HelpPanel, PublishingPanel
from wagtail.models import Page
from wagtail.search import index
from wagtail.url_routing import RouteResult

from . import _upcalls
from .base import (
    Row,
    flag,
    link_to,
    long_text,
    optional_link,
    optional_value,
    parent_key,
    public_url,
    text_line,
)
from .pages_base import (
    CareersChildPage,
    page_panels,
    page_search,
    rich_text,
)
from .panels import chooser, group, row


class WorkplaceType(models.TextChoices):
    ONSITE = "onsite", _("On-site")
    HYBRID = "hybrid", _("Hybrid")
    REMOTE = "remote", _("Remote")


class EmploymentType(models.TextChoices):
    """schema.org JobPosting employmentType values."""

    FULL_TIME = "FULL_TIME", _("Full-time")
    PART_TIME = "PART_TIME", _("Part-time")
    CONTRACTOR = "CONTRACTOR", _("Contractor")
    TEMPORARY = "TEMPORARY", _("Temporary")
    INTERN = "INTERN", _("Internship")
    VOLUNTEER = "VOLUNTEER", _("Volunteer")
    PER_DIEM = "PER_DIEM", _("Per diem")
    OTHER = "OTHER", _("Other")


class SalaryPeriod(models.TextChoices):
    """schema.org QuantitativeValue unitText values."""

    HOUR = "HOUR", _("per hour")
    DAY = "DAY", _("per day")
    WEEK = "WEEK", _("per week")
    MONTH = "MONTH", _("per month")
    YEAR = "YEAR", _("per year")


class AIInfluence(models.TextChoices):
    NONE = "", _("Not stated")
    INFORMED = "informed", _("Kept informed")
    CONTRIBUTES = "contributes", _("Contributes ideas")
    SHAPES = "shapes", _("Shapes priorities")
    LEADS = "leads", _("Leads AI topics")


#: The path segment job posts are served under, below their careers home:
#: ``/<language>/jobs/<slug>/`` (the listing is ``/<language>/jobs/``). Job
#: boards and crawlers recognise job pages by it (docs/urls.md).
JOBS_SEGMENT = "jobs"


def job_url_path(parent: Page, slug: str) -> str:
    """The ``url_path`` of a job post with ``slug`` below ``parent``: in the
    careers home's ``jobs/`` segment (any other parent: Wagtail's own)."""
    if getattr(parent.specific_class, "serves_jobs_segment", False):
        return f"{parent.url_path}{JOBS_SEGMENT}/{slug}/"
    return f"{parent.url_path}{slug}/"


CURRENCIES = [(c, c) for c in ("EUR", "CHF", "GBP", "USD", "PLN", "SEK", "DKK", "CZK")]


class JobPostingPage(CareersChildPage):
    evidence_prefix = "job"
    team = optional_link(
        "careers.TeamPage",
        "jobs",
        help_text=_(
            "The team the person joins; its technical lead is named on the post."
        ),
    )
    locations = ParentalManyToManyField(
        "careers.Location", blank=True, related_name="jobs"
    )
    workplace_type = models.CharField(
        _("workplace"),
        max_length=10,
        choices=WorkplaceType.choices,
        default=WorkplaceType.ONSITE,
    )
    applicant_countries = ParentalManyToManyField(
        "careers.Country",
        blank=True,
        related_name="remote_jobs",
        verbose_name=_("remote applicants may live in"),
        help_text=_(
            "For remote roles: the countries an applicant may live and work in. "
            "Google for Jobs requires this for remote jobs."
        ),
    )
    employment_type = models.CharField(
        _("employment type"),
        max_length=12,
        choices=EmploymentType.choices,
        default=EmploymentType.FULL_TIME,
    )
    salary_min = optional_value(
        models.DecimalField, _("salary from"), max_digits=12, decimal_places=2
    )
    salary_max = optional_value(
        models.DecimalField, _("salary to"), max_digits=12, decimal_places=2
    )
    salary_currency = models.CharField(
        _("currency"), max_length=3, choices=CURRENCIES, default="EUR"
    )
    salary_period = models.CharField(
        _("period"), max_length=5, choices=SalaryPeriod.choices, default="YEAR"
    )
    show_salary = models.BooleanField(
        _("show the salary range"),
        default=True,
        help_text=_(
            "Posts with a salary range get more and better applications; in the EU "
            "pay transparency is becoming law."
        ),
    )
    introduction = rich_text(
        _("introduction"), _("Why this role exists and what the person will change.")
    )
    tasks = rich_text(_("what you will do"))
    profile = rich_text(
        _("what you bring"),
        _("Keep it to what is really needed: long lists deter good people."),
    )
    offer = rich_text(_("what we offer"))
    data_access = long_text(
        _("data access"), _("Which data the role can work with, from day one.")
    )
    resources = long_text(
        _("resources"), _("Compute, budget and tooling the role can use.")
    )
    learning_budget = optional_value(
        models.PositiveIntegerField,
        _("learning and conference budget per year"),
        _("In the salary currency."),
    )
    research_time_percent = optional_value(
        models.PositiveSmallIntegerField,
        _("research or open-source time (%)"),
        validators=[MaxValueValidator(100)],
    )
    career_paths = long_text(
        _("career paths"),
        _("Where this role can lead: specialist and leadership tracks."),
    )
    ai_influence = models.CharField(
        _("say in AI topics"),
        max_length=12,
        choices=AIInfluence.choices,
        blank=True,
        help_text=_("How much the role can push AI topics forward."),
    )
    apply_url = public_url(
        _("apply URL"),
        _("Your applicant tracking system's form. We store no applications."),
    )
    apply_email = models.EmailField(_("apply e-mail"), blank=True)
    requisition_id = text_line(
        _("requisition id"),
        _("Your internal reference; job boards show it as reference number."),
        max_length=64,
        blank=True,
    )
    is_ai_role = flag(
        _("AI role"),
        _(
            "Tick for roles that build or run AI. AI roles must name their team, its "
            "technical lead, an interviewer and what is in use today."
        ),
    )

    claim_fields = ("introduction", "tasks", "profile", "offer")

    content_panels = page_panels(
        group(
            _("The role"),
            "team",
            FieldPanel("locations", widget=forms.CheckboxSelectMultiple),
            row("workplace_type", "employment_type"),
            FieldPanel("applicant_countries", widget=forms.SelectMultiple),
            "is_ai_role",
        ),
        *claim_fields,
        group(
            _("Salary range"),
            row("salary_min", "salary_max"),
            row("salary_currency", "salary_period"),
            "show_salary",
        ),
        group(
            _("Development perspectives"),
            row("learning_budget", "research_time_percent"),
            "career_paths",
            "ai_influence",
        ),
        group(_("How to apply"), row("apply_url", "apply_email"), "requisition_id"),
    )
    evidence_panels = [
        HelpPanel(
            content=_(
                "Candidates for AI roles look for proof: the people they will meet, "
                "what is already in production, the data and means available. What "
                "you link here is shown on the post, and every AI claim in the text "
                "must be backed by published evidence before the post can go live."
            )
        ),
        chooser(
            "interviewer_links",
            "person",
            _("Who you will meet (interview panel)"),
            _("Interviewer"),
        ),
        chooser(
            "story_links", "story", _("In use today: impact stories"), _("Impact story")
        ),
        chooser(
            "milestone_links",
            "milestone",
            _("Roadmap milestones"),
            _("Milestone"),
            help_text=_(
                "Delivered or in-progress milestones show what is in use; planned "
                "ones show what the role contributes to."
            ),
        ),
        FieldPanel("data_access"),
        chooser("data_asset_links", "data_asset", _("Data assets"), _("Data asset")),
        FieldPanel("resources"),
        chooser("resource_links", "resource", _("Resources"), _("Resource")),
    ]
    settings_panels = [
        PublishingPanel(
            help_text=_(
                "The expiry date is the job's 'valid through' date: after it, the post "
                "leaves listings, feeds and search and answers '410 Gone'."
            )
        ),
    ]

    search_fields = page_search(
        *claim_fields,
        "requisition_id",
        index.RelatedFields("team", [index.SearchField("title")]),
        index.FilterField("workplace_type"),
        index.FilterField("employment_type"),
        index.FilterField("team"),
        index.FilterField("is_ai_role"),
        index.FilterField("expire_at"),
    )

    class Meta:
        verbose_name = _("job post")
        verbose_name_plural = _("job posts")

    def clean(self) -> None:
        super().clean()
        errors = {}
        if (
            self.salary_min is not None
            and self.salary_max is not None
            and self.salary_min > self.salary_max
        ):
            errors["salary_max"] = _("The upper end is below the lower end.")
        if self.show_salary and self.salary_max is not None and self.salary_min is None:
            errors["salary_min"] = _("Give the lower end of the range too.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_expired(self) -> bool:
        return bool(
            self.expired or (self.expire_at and self.expire_at <= timezone.now())
        )

    @property
    def has_salary(self) -> bool:
        return self.show_salary and self.salary_min is not None

    def set_url_path(self, parent):
        # Stored, so every URL Wagtail and this package build from it (page.url,
        # full_url, the sitemap, feeds, API, cache purges) names jobs/<slug>/;
        # CareersIndexPage.route serves it.
        if parent is None:
            return super().set_url_path(parent)
        self.url_path = job_url_path(parent, self.slug)
        return self.url_path

    def route(self, request, path_components):
        # Wagtail 404s pages that are not live; a job the scheduler already
        # unpublished at its expiry date still answers, with 410 Gone.
        if not path_components and self.expired and not self.live:
            return RouteResult(self)
        return super().route(request, path_components)

    def serve(self, request, *args, moved: bool = False, **kwargs):
        # ``moved``: reached at its former address /<language>/<slug>/
        # (CareersIndexPage.route). Wagtail has checked by now that the visitor
        # may see the page (drafts 404, private pages ask to log in), so the
        # new address is only revealed to whoever may see it.
        if moved and not getattr(request, "is_preview", False):
            redirect = self.permanent_redirect(request)
            if redirect is not None:
                return redirect
        if self.is_expired and not getattr(request, "is_preview", False):
            return _upcalls.job_gone(request, self)
        return super().serve(request, *args, **kwargs)

    def permanent_redirect(self, request) -> HttpResponsePermanentRedirect | None:
        """A 301 to this job's address, with the request's query string; None
        when it has none or the request is already there."""
        url = self.get_url(request)
        if not url or urlsplit(url).path == escape_uri_path(request.path):
            return None
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(
            f"{url}?{iri_to_uri(query)}" if query else url
        )


def keep_job_url_path(sender, instance, update_fields=None, **kwargs) -> None:
    """``pre_save`` of the plain page model: Wagtail moves pages and its
    ``set_url_paths`` command resets url paths through plain ``Page``
    instances, which know nothing of ``JobPostingPage.set_url_path``; a job
    row saved that way keeps its ``jobs/<slug>/`` path."""
    if kwargs.get("raw") or isinstance(instance, JobPostingPage):
        return
    if update_fields is not None and "url_path" not in update_fields:
        return
    if instance.content_type_id != _job_content_type_id() or instance.depth < 2:
        return
    parent = instance.get_parent(update=True)
    if parent is not None:
        instance.url_path = job_url_path(parent, instance.slug)


def _job_content_type_id() -> int:
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(JobPostingPage).pk


class _JobLink(Row):
    """An ordered link from a job post to something it shows."""

    class Meta(Row.Meta):
        abstract = True


class JobInterviewer(_JobLink):
    job = parent_key(JobPostingPage, "interviewer_links")
    person = link_to("careers.Person")
    panels = [FieldPanel("person")]


class JobImpactStory(_JobLink):
    job = parent_key(JobPostingPage, "story_links")
    story = link_to("careers.ImpactStoryPage", "job_links")
    panels = [FieldPanel("story")]


class JobMilestone(_JobLink):
    job = parent_key(JobPostingPage, "milestone_links")
    milestone = link_to("careers.RoadmapMilestone", "job_links")
    panels = [FieldPanel("milestone")]


class JobDataAsset(_JobLink):
    job = parent_key(JobPostingPage, "data_asset_links")
    data_asset = link_to("careers.DataAsset", "job_links")
    panels = [FieldPanel("data_asset")]


class JobResource(_JobLink):
    job = parent_key(JobPostingPage, "resource_links")
    resource = link_to("careers.Resource", "job_links")
    panels = [FieldPanel("resource")]


@dataclass(frozen=True)
class EvidenceLink:
    """One kind of evidence a job post links: its relation on the job, the
    link model, the link's field naming the evidence, and the lookup (from
    the link) that is true when the evidence is published."""

    relation: str
    model: type[_JobLink]
    target: str
    live_lookup: str

    def live_links(self):
        """Links to published evidence only (drafts back nothing)."""
        return self.model.objects.filter(**{self.live_lookup: True}).select_related(
            self.target
        )


#: What a job post links as evidence, the one list the pages, the API and the
#: claims checker read.
EVIDENCE_LINKS = (
    EvidenceLink("story_links", JobImpactStory, "story", "story__live"),
    EvidenceLink(
        "milestone_links", JobMilestone, "milestone", "milestone__roadmap__live"
    ),
    EvidenceLink("data_asset_links", JobDataAsset, "data_asset", "data_asset__live"),
    EvidenceLink("resource_links", JobResource, "resource", "resource__live"),
)
