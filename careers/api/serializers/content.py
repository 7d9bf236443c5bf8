"""Teams, the AI roadmap, impact stories and community activities.

People appear only as a public page shows them: name, role in the team and the
technical-lead and interviewer flags; never job titles, bios, photos or links."""

from rest_framework import serializers

from careers.models import CommunityActivity

from .common import (
    MetricSerializer,
    MilestoneRefSerializer,
    PageRefSerializer,
    PresenterSerializer,
    RichTextSerializer,
    TranslationSerializer,
    metric_dict,
    milestone_dict,
)


class PageSerializer(PresenterSerializer):
    id = serializers.CharField()
    language = serializers.CharField()
    url = serializers.URLField()
    title = serializers.CharField()
    translations = TranslationSerializer(many=True)

    def present(self, page, ctx) -> dict:
        return {
            "id": page.key,
            "language": page.locale.language_code,
            "url": ctx.url(page),
            "title": page.title,
            "translations": ctx.other_versions(page),
        }


class MemberSerializer(serializers.Serializer):
    name = serializers.CharField()
    role = serializers.CharField()
    technical_lead = serializers.BooleanField()
    interviewer = serializers.BooleanField()


class TeamSerializer(PageSerializer):
    summary = serializers.CharField(allow_blank=True)
    description = RichTextSerializer()
    department = serializers.CharField(allow_null=True)
    headcount = serializers.IntegerField(allow_null=True)
    members = MemberSerializer(many=True)

    def present(self, team, ctx) -> dict:
        language = team.locale.language_code
        return {
            **super().present(team, ctx),
            "summary": team.summary,
            "description": ctx.rich(team.description),
            "department": team.department.label(language) if team.department else None,
            "headcount": team.headcount,
            "members": [
                {
                    "name": m.person.name,
                    "role": m.role,
                    "technical_lead": m.technical_lead,
                    "interviewer": m.interviewer,
                }
                for m in team.members.all()
            ],
        }


class StorySerializer(PageSerializer):
    summary = serializers.CharField(allow_blank=True)
    body = RichTextSerializer()
    product = serializers.CharField()
    technique = serializers.CharField()
    in_production_since = serializers.DateField(allow_null=True)
    decision_support = serializers.BooleanField()
    team = PageRefSerializer(allow_null=True)
    metrics = MetricSerializer(many=True)

    def present(self, story, ctx) -> dict:
        return {
            **super().present(story, ctx),
            "summary": story.summary,
            "body": ctx.rich(story.body),
            "product": story.product,
            "technique": story.technique,
            "in_production_since": story.in_production_since,
            "decision_support": story.decision_support,
            "team": ctx.page_ref(story.team),
            "metrics": [metric_dict(m) for m in story.metrics.all()],
        }


class MilestoneSerializer(MilestoneRefSerializer):
    description = serializers.CharField(allow_blank=True)
    departments = serializers.ListField(child=serializers.CharField())
    owner_team = PageRefSerializer(allow_null=True)


class RoadmapSerializer(PageSerializer):
    intro = RichTextSerializer()
    milestones = MilestoneSerializer(many=True)

    def present(self, roadmap, ctx) -> dict:
        language = roadmap.locale.language_code
        return {
            **super().present(roadmap, ctx),
            "intro": ctx.rich(roadmap.intro),
            "milestones": [
                {
                    **milestone_dict(m),
                    "description": m.description,
                    "departments": [d.label(language) for d in m.departments.all()],
                    "owner_team": ctx.page_ref(m.owner_team),
                }
                for m in roadmap.milestones.all()
            ],
        }


class ActivitySerializer(PresenterSerializer):
    id = serializers.CharField()
    language = serializers.CharField()
    kind = serializers.ChoiceField(choices=CommunityActivity.Kind.values)
    title = serializers.CharField()
    date = serializers.DateField()
    url = serializers.CharField(allow_blank=True)
    partner = serializers.CharField(allow_blank=True)
    description = serializers.CharField(allow_blank=True)

    def present(self, activity, ctx) -> dict:
        return {
            "id": activity.evidence_id,
            "language": activity.locale.language_code,
            "kind": activity.kind,
            "title": activity.title,
            "date": activity.date,
            "url": activity.url,
            "partner": activity.partner,
            "description": activity.description,
        }
