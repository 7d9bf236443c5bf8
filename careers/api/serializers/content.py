"""Teams, the AI roadmap, impact stories and community activities.

People appear only as a public page shows them: name, role in the team and the
technical-lead and interviewer flags; never job titles, bios, photos or links."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from careers.models import CommunityActivity

from .common import (
    IsoDateField,
    MetricSerializer,
    MilestoneRefSerializer,
    PageRefSerializer,
    PageSerializer,
    RichTextSerializer,
)


class MemberSerializer(serializers.Serializer):
    name = serializers.CharField(source="person.name")
    role = serializers.CharField()
    technical_lead = serializers.BooleanField()
    interviewer = serializers.BooleanField()


class TeamSerializer(PageSerializer):
    summary = serializers.CharField(allow_blank=True)
    description = RichTextSerializer()
    department = serializers.SerializerMethodField()
    headcount = serializers.IntegerField(allow_null=True)
    members = MemberSerializer(many=True)

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_department(self, team) -> str | None:
        if team.department is None:
            return None
        return team.department.label(team.locale.language_code)


class StorySerializer(PageSerializer):
    summary = serializers.CharField(allow_blank=True)
    body = RichTextSerializer()
    product = serializers.CharField()
    technique = serializers.CharField()
    in_production_since = IsoDateField(allow_null=True)
    decision_support = serializers.BooleanField()
    team = PageRefSerializer(allow_null=True)
    metrics = MetricSerializer(many=True)


class MilestoneSerializer(MilestoneRefSerializer):
    description = serializers.CharField(allow_blank=True)
    departments = serializers.SerializerMethodField()
    owner_team = PageRefSerializer(allow_null=True)

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_departments(self, milestone) -> list[str]:
        language = self.context["language"]
        return [d.label(language) for d in milestone.departments.all()]


class RoadmapSerializer(PageSerializer):
    intro = RichTextSerializer()
    milestones = serializers.SerializerMethodField()

    @extend_schema_field(MilestoneSerializer(many=True))
    def get_milestones(self, roadmap) -> list[dict]:
        context = {**self.context, "language": roadmap.locale.language_code}
        rows = roadmap.milestones.all()
        return MilestoneSerializer(rows, many=True, context=context).data


class ActivitySerializer(serializers.Serializer):
    id = serializers.CharField(source="evidence_id")
    language = serializers.CharField(source="locale.language_code")
    kind = serializers.ChoiceField(choices=CommunityActivity.Kind.values)
    title = serializers.CharField()
    date = IsoDateField()
    url = serializers.CharField(allow_blank=True)
    partner = serializers.CharField(allow_blank=True)
    description = serializers.CharField(allow_blank=True)
