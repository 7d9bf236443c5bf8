"""A job post as consumers get it."""

from django.utils import timezone
from rest_framework import serializers

from careers.models import EmploymentType, JobPostingPage, WorkplaceType

from .common import (
    MetricSerializer,
    MilestoneRefSerializer,
    PageRefSerializer,
    PresenterSerializer,
    RichTextSerializer,
    TranslationSerializer,
    metric_dict,
    milestone_dict,
    number,
)
from .context import ApiContext

SECTIONS = ("introduction", "tasks", "profile", "offer")


class LocationSerializer(serializers.Serializer):
    name = serializers.CharField()
    city = serializers.CharField()
    postal_code = serializers.CharField(allow_blank=True)
    region = serializers.CharField(allow_blank=True)
    country = serializers.CharField(help_text="ISO 3166-1 alpha-2 code.")


class SalarySerializer(serializers.Serializer):
    min = serializers.FloatField()
    max = serializers.FloatField(allow_null=True)
    currency = serializers.CharField(help_text="ISO 4217 code.")
    period = serializers.ChoiceField(choices=["HOUR", "DAY", "WEEK", "MONTH", "YEAR"])


class DatesSerializer(serializers.Serializer):
    posted = serializers.DateTimeField()
    updated = serializers.DateTimeField()
    valid_through = serializers.DateTimeField(allow_null=True)


class ApplySerializer(serializers.Serializer):
    url = serializers.CharField(allow_blank=True)
    email = serializers.CharField(allow_blank=True)


class DescriptionSerializer(serializers.Serializer):
    introduction = RichTextSerializer()
    tasks = RichTextSerializer()
    profile = RichTextSerializer()
    offer = RichTextSerializer()


class LeadSerializer(serializers.Serializer):
    name = serializers.CharField()
    role = serializers.CharField()


class StoryRefSerializer(serializers.Serializer):
    id = serializers.CharField()
    title = serializers.CharField()
    url = serializers.URLField()
    in_production_since = serializers.DateField(allow_null=True)
    metrics = MetricSerializer(many=True)


class InUseSerializer(serializers.Serializer):
    stories = StoryRefSerializer(many=True)
    milestones = MilestoneRefSerializer(many=True)


class AIEvidenceSerializer(serializers.Serializer):
    team = PageRefSerializer(allow_null=True)
    technical_lead = LeadSerializer(allow_null=True)
    in_use = InUseSerializer()
    contributes_to = MilestoneRefSerializer(many=True)
    claims_substantiated = serializers.BooleanField(
        allow_null=True,
        help_text="Whether every AI claim in the post is backed by published "
        "evidence; null when not known.",
    )


class JobSerializer(PresenterSerializer):
    id = serializers.CharField(help_text="Stable reference id, shared by translations.")
    language = serializers.CharField()
    url = serializers.URLField()
    title = serializers.CharField()
    translations = TranslationSerializer(many=True)
    team = PageRefSerializer(allow_null=True)
    locations = LocationSerializer(many=True)
    workplace_type = serializers.ChoiceField(choices=WorkplaceType.values)
    applicant_countries = serializers.ListField(child=serializers.CharField())
    employment_type = serializers.ChoiceField(choices=EmploymentType.values)
    is_ai_role = serializers.BooleanField()
    salary = SalarySerializer(allow_null=True)
    dates = DatesSerializer()
    apply = ApplySerializer()
    description = DescriptionSerializer()
    ai_evidence = AIEvidenceSerializer()

    def present(self, job: JobPostingPage, ctx: ApiContext) -> dict:
        return {
            "id": job.key,
            "language": job.locale.language_code,
            "url": ctx.url(job),
            "title": job.title,
            "translations": ctx.other_versions(job),
            "team": ctx.page_ref(job.team),
            "locations": [location_dict(loc) for loc in job.locations.all()],
            "workplace_type": job.workplace_type,
            "applicant_countries": [c.code for c in job.applicant_countries.all()],
            "employment_type": job.employment_type,
            "is_ai_role": job.is_ai_role,
            "salary": salary_dict(job),
            "dates": {
                "posted": job.first_published_at,
                "updated": job.last_published_at,
                "valid_through": job.expire_at,
            },
            "apply": {"url": job.apply_url, "email": job.apply_email},
            "description": {s: ctx.rich(getattr(job, s)) for s in SECTIONS},
            "ai_evidence": ai_evidence(job, ctx),
        }


def location_dict(loc) -> dict:
    return {
        "name": loc.label(),
        "city": loc.city,
        "postal_code": loc.postal_code,
        "region": loc.region,
        "country": loc.country.code,
    }


def salary_dict(job: JobPostingPage) -> dict | None:
    if not job.has_salary:
        return None
    return {
        "min": number(job.salary_min),
        "max": number(job.salary_max),
        "currency": job.salary_currency,
        "period": job.salary_period,
    }


def ai_evidence(job: JobPostingPage, ctx: ApiContext) -> dict:
    team = job.team if ctx.shows(job.team) else None
    leads = getattr(team, "api_leads", []) if team else []
    milestones = [
        link.milestone
        for link in job.milestone_links.all()
        if ctx.shows(link.milestone.roadmap)
    ]
    return {
        "team": ctx.page_ref(team),
        "technical_lead": (
            {"name": leads[0].person.name, "role": leads[0].role} if leads else None
        ),
        "in_use": {
            "stories": stories_in_use(job, ctx),
            "milestones": [milestone_dict(m) for m in milestones if m.is_real_today],
        },
        "contributes_to": [
            milestone_dict(m) for m in milestones if m.status == m.Status.PLANNED
        ],
        "claims_substantiated": (ctx.verdicts or {}).get(job.pk),
    }


def stories_in_use(job: JobPostingPage, ctx: ApiContext) -> list[dict]:
    today = timezone.localdate()
    return [
        story_ref(link.story, ctx)
        for link in job.story_links.all()
        if ctx.shows(link.story) and link.story.is_in_production(today)
    ]


def story_ref(story, ctx: ApiContext) -> dict:
    return {
        "id": story.key,
        "title": story.title,
        "url": ctx.url(story),
        "in_production_since": story.in_production_since,
        "metrics": [metric_dict(m) for m in story.metrics.all()],
    }
