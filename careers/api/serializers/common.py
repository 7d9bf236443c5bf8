"""Small shared shapes (declared for the OpenAPI schema)."""

from rest_framework import serializers


class PageRefSerializer(serializers.Serializer):
    id = serializers.CharField()
    name = serializers.CharField()
    url = serializers.URLField()


class TranslationSerializer(serializers.Serializer):
    language = serializers.CharField()
    id = serializers.CharField()
    url = serializers.URLField()


class RichTextSerializer(serializers.Serializer):
    html = serializers.CharField(
        help_text="Sanitised HTML: p, ul, ol, li, h2, h3, "
        "strong, b, em, i, a (http, https, mailto), br."
    )
    text = serializers.CharField(help_text="Plain text.")


class MetricSerializer(serializers.Serializer):
    name = serializers.CharField()
    baseline = serializers.FloatField(allow_null=True)
    value = serializers.FloatField()
    unit = serializers.CharField(allow_blank=True)
    measured_on = serializers.DateField(allow_null=True)


class MilestoneRefSerializer(serializers.Serializer):
    id = serializers.CharField()
    title = serializers.CharField()
    status = serializers.ChoiceField(
        choices=["planned", "in_progress", "delivered", "cancelled"]
    )
    target_date = serializers.DateField(allow_null=True)
    delivered_on = serializers.DateField(allow_null=True)


def number(value) -> float | None:
    return None if value is None else float(value)


def metric_dict(metric) -> dict:
    return {
        "name": metric.name,
        "baseline": number(metric.baseline),
        "value": number(metric.value),
        "unit": metric.unit,
        "measured_on": metric.measured_on,
    }


def milestone_dict(m) -> dict:
    return {
        "id": m.evidence_id,
        "title": m.title,
        "status": m.status,
        "target_date": m.target_date,
        "delivered_on": m.delivered_on,
    }


class PresenterSerializer(serializers.Serializer):
    """Declared fields describe the schema; ``present`` builds the output from
    prepared rows and the ``ApiContext`` (no query per row)."""

    def to_representation(self, instance) -> dict:
        data = self.present(instance, self.context["api"])
        # Let DRF render dates and datetimes the same way everywhere.
        return {k: _plain(v) for k, v in data.items()}

    def present(self, instance, ctx) -> dict:
        raise NotImplementedError


def _plain(value):
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
