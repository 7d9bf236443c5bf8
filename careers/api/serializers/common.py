"""Small shared shapes and fields. Every serializer renders through its
declared fields, from prepared rows and the ``ApiContext`` in
``context["api"]`` (no query per row).

Serializers say what they are in comments, not docstrings: drf-spectacular
publishes a serializer's docstring in the OpenAPI document."""

from rest_framework import serializers

from careers.models import RoadmapMilestone
from careers.selectors.visibility import is_visible


def listed(parent: serializers.Serializer, child: type, rows, *, context: bool = True):
    """``rows`` through ``child(many=True)``, for a method field of ``parent``.
    The list serializer is made once per parent field, not once per row: DRF
    copies every declared field of a serializer each time one is made, which
    cost seconds on a change feed page of 500 jobs."""
    made = parent.__dict__.setdefault("_careers_listed", {})
    key = (child, context)
    if key not in made:
        made[key] = child(many=True, context=parent.context if context else {})
    return made[key].to_representation(rows)


class IsoFormat:
    """A date or datetime field that renders ``value.isoformat()``."""

    def to_representation(self, value) -> str:
        return value.isoformat()


class IsoDateTimeField(IsoFormat, serializers.DateTimeField):
    """A datetime as stored, in ISO 8601 (``+00:00``, not DRF's ``Z`` in the
    current time zone)."""


class IsoDateField(IsoFormat, serializers.DateField):
    """A date in ISO 8601, whatever the host's DRF date format."""


class PageUrlField(serializers.URLField):
    """The full URL of the page being rendered."""

    def __init__(self, **kwargs):
        super().__init__(source="*", **kwargs)

    def to_representation(self, page) -> str | None:
        return self.context["api"].url(page)


class PageRefSerializer(serializers.Serializer):
    # ``{id, name, url}`` of a live, public page, else null.
    id = serializers.CharField(source="key")
    name = serializers.CharField(source="title")
    url = PageUrlField()

    def to_representation(self, page) -> dict | None:
        return super().to_representation(page) if is_visible(page) else None


class OtherVersions(serializers.ListSerializer):
    def to_representation(self, page) -> list[dict]:
        return super().to_representation(self.context["api"].other_versions(page))


class TranslationSerializer(serializers.Serializer):
    # With ``many=True, source="*"``: the other open versions of the page
    # being rendered.
    language = serializers.CharField(source="locale.language_code")
    id = serializers.CharField(source="key")
    url = PageUrlField()

    class Meta:
        list_serializer_class = OtherVersions


class PageSerializer(serializers.Serializer):
    # What every page's entry starts with: its id, language, address, title
    # and its other open versions.
    id = serializers.CharField(source="key")
    language = serializers.CharField(source="locale.language_code")
    url = PageUrlField()
    title = serializers.CharField()
    translations = TranslationSerializer(many=True, source="*")


class RichTextSerializer(serializers.Serializer):
    html = serializers.CharField(
        help_text="Sanitised HTML: p, ul, ol, li, h2, h3, "
        "strong, b, em, i, a (http, https, mailto), br."
    )
    text = serializers.CharField(help_text="Plain text.")

    def to_representation(self, value: str) -> dict[str, str]:
        return self.context["api"].rich(value)


class MetricSerializer(serializers.Serializer):
    name = serializers.CharField()
    baseline = serializers.FloatField(allow_null=True)
    value = serializers.FloatField()
    unit = serializers.CharField(allow_blank=True)
    measured_on = IsoDateField(allow_null=True)


class MilestoneRefSerializer(serializers.Serializer):
    id = serializers.CharField(source="evidence_id")
    title = serializers.CharField()
    status = serializers.ChoiceField(choices=RoadmapMilestone.Status.values)
    target_date = IsoDateField(allow_null=True)
    delivered_on = IsoDateField(allow_null=True)
