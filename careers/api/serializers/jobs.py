"""A job post as consumers get it."""

from django.utils import timezone
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from careers.models import EmploymentType, JobPostingPage, SalaryPeriod, WorkplaceType
from careers.selectors.visibility import is_visible

from .common import (
    IsoDateField,
    IsoDateTimeField,
    MetricSerializer,
    MilestoneRefSerializer,
    PageRefSerializer,
    PageSerializer,
    PageUrlField,
    RichTextSerializer,
    listed,
)


class LocationSerializer(serializers.Serializer):
    name = serializers.CharField(source="label")
    city = serializers.CharField()
    postal_code = serializers.CharField(allow_blank=True)
    region = serializers.CharField(allow_blank=True)
    country = serializers.CharField(
        source="country.code", help_text="ISO 3166-1 alpha-2 code."
    )


class CodesField(serializers.ListField):
    """The codes of related rows (countries)."""

    child = serializers.CharField()

    def to_representation(self, data) -> list[str]:
        return [row.code for row in data.all()]


class SalarySerializer(serializers.Serializer):
    # From the job (``source="*"``); null when it states no salary.
    min = serializers.FloatField(source="salary_min")
    max = serializers.FloatField(source="salary_max", allow_null=True)
    currency = serializers.CharField(
        source="salary_currency", help_text="ISO 4217 code."
    )
    period = serializers.ChoiceField(
        source="salary_period", choices=SalaryPeriod.values
    )

    def to_representation(self, job: JobPostingPage) -> dict | None:
        return super().to_representation(job) if job.has_salary else None


class DatesSerializer(serializers.Serializer):
    posted = IsoDateTimeField(source="first_published_at")
    updated = IsoDateTimeField(source="last_published_at")
    valid_through = IsoDateTimeField(source="expire_at", allow_null=True)


class ApplySerializer(serializers.Serializer):
    url = serializers.CharField(source="apply_url", allow_blank=True)
    email = serializers.CharField(source="apply_email", allow_blank=True)


class DescriptionSerializer(serializers.Serializer):
    introduction = RichTextSerializer()
    tasks = RichTextSerializer()
    profile = RichTextSerializer()
    offer = RichTextSerializer()


class LeadSerializer(serializers.Serializer):
    # From a team (``source="team"``): its first technical lead, when the
    # team is shown.
    name = serializers.CharField(source="person.name")
    role = serializers.CharField()

    def to_representation(self, team) -> dict | None:
        leads = getattr(team, "api_leads", []) if is_visible(team) else []
        return super().to_representation(leads[0]) if leads else None


class StoryRefSerializer(serializers.Serializer):
    id = serializers.CharField(source="key")
    title = serializers.CharField()
    url = PageUrlField()
    in_production_since = IsoDateField(allow_null=True)
    metrics = MetricSerializer(many=True)


def shown_milestones(job: JobPostingPage) -> list:
    return [
        link.milestone
        for link in job.milestone_links.all()
        if is_visible(link.milestone.roadmap)
    ]


class InUseSerializer(serializers.Serializer):
    # From the job (``source="*"``): the stories and milestones in use today.
    stories = serializers.SerializerMethodField()
    milestones = serializers.SerializerMethodField()

    @extend_schema_field(StoryRefSerializer(many=True))
    def get_stories(self, job: JobPostingPage) -> list[dict]:
        today = timezone.localdate()
        stories = [
            link.story
            for link in job.story_links.all()
            if is_visible(link.story) and link.story.is_in_production(today)
        ]
        return listed(self, StoryRefSerializer, stories)

    @extend_schema_field(MilestoneRefSerializer(many=True))
    def get_milestones(self, job: JobPostingPage) -> list[dict]:
        milestones = [m for m in shown_milestones(job) if m.is_real_today]
        return listed(self, MilestoneRefSerializer, milestones, context=False)


class VerdictField(serializers.BooleanField):
    """From the job's id: whether the claims checker passed it (null when not
    known)."""

    def __init__(self, **kwargs):
        super().__init__(source="pk", allow_null=True, **kwargs)

    def to_representation(self, pk: int) -> bool | None:
        return (self.context["api"].verdicts or {}).get(pk)


class AIEvidenceSerializer(serializers.Serializer):
    team = PageRefSerializer(allow_null=True)
    technical_lead = LeadSerializer(source="team", allow_null=True)
    in_use = InUseSerializer(source="*")
    contributes_to = serializers.SerializerMethodField()
    claims_substantiated = VerdictField(
        help_text="Whether every AI claim in the post is backed by published "
        "evidence; null when not known.",
    )

    @extend_schema_field(MilestoneRefSerializer(many=True))
    def get_contributes_to(self, job: JobPostingPage) -> list[dict]:
        planned = [m for m in shown_milestones(job) if m.status == m.Status.PLANNED]
        return listed(self, MilestoneRefSerializer, planned, context=False)


class JobSerializer(PageSerializer):
    id = serializers.CharField(
        source="key", help_text="Stable reference id, shared by translations."
    )
    team = PageRefSerializer(allow_null=True)
    locations = LocationSerializer(many=True)
    workplace_type = serializers.ChoiceField(choices=WorkplaceType.values)
    applicant_countries = CodesField()
    employment_type = serializers.ChoiceField(choices=EmploymentType.values)
    is_ai_role = serializers.BooleanField()
    salary = SalarySerializer(source="*", allow_null=True)
    dates = DatesSerializer(source="*")
    apply = ApplySerializer(source="*")
    description = DescriptionSerializer(source="*")
    ai_evidence = AIEvidenceSerializer(source="*")
