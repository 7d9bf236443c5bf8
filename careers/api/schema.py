"""OpenAPI pieces: error responses and examples. Examples are made up here,
never taken from the database, so no draft or private content can leak."""

import inspect

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiExample, OpenApiResponse, inline_serializer
from drf_spectacular.utils import extend_schema as spectacular_extend_schema
from rest_framework import serializers


def extend_schema(**kwargs):
    """drf-spectacular's ``extend_schema``, always built on its AutoSchema.

    On a view method it would extend the host's DEFAULT_SCHEMA_CLASS (DRF's
    own unless the host set drf-spectacular's), and the document would then
    fail: the careers API needs no global DRF settings."""
    decorate = spectacular_extend_schema(**kwargs)

    def decorator(f):
        if inspect.isclass(f) or hasattr(f, "schema") or hasattr(f, "kwargs"):
            return decorate(f)
        f.schema = AutoSchema  # the base drf-spectacular reads first
        decorated = decorate(f)
        del f.schema
        return decorated

    return decorator


_Error = inline_serializer(
    "Error",
    fields={"detail": serializers.CharField(required=False)},
)

ERRORS = {
    400: OpenApiResponse(
        inline_serializer(
            "BadRequest",
            fields={
                "detail": serializers.CharField(required=False),
                "unknown_parameters": serializers.ListField(
                    child=serializers.CharField(), required=False
                ),
            },
        ),
        description="Bad query: unknown parameter, bad value, bad cursor or date. "
        "Each offending parameter is named with its messages.",
    ),
    401: OpenApiResponse(_Error, description="Unknown or revoked API key."),
    429: OpenApiResponse(
        _Error, description="Rate limit reached; see Retry-After and X-RateLimit-*."
    ),
}
NOT_FOUND = {404: OpenApiResponse(_Error, description="No such open job.")}

_TEXT = {
    "html": "<p>You plan our delivery routes.</p>",
    "text": "You plan our delivery routes.",
}
JOB = {
    "id": "job-route-planner",
    "language": "en",
    "url": "https://careers.example.com/en/careers/route-planner/",
    "title": "Route Planner (m/f/d)",
    "translations": [
        {
            "language": "de",
            "id": "job-route-planner",
            "url": "https://careers.example.com/de/karriere/tourenplaner/",
        }
    ],
    "team": {
        "id": "team-logistics",
        "name": "Logistics",
        "url": "https://careers.example.com/en/careers/logistics/",
    },
    "locations": [
        {
            "name": "Hamburg",
            "city": "Hamburg",
            "postal_code": "20457",
            "region": "",
            "country": "DE",
        }
    ],
    "workplace_type": "hybrid",
    "applicant_countries": [],
    "employment_type": "FULL_TIME",
    "is_ai_role": False,
    "salary": {"min": 52000.0, "max": 64000.0, "currency": "EUR", "period": "YEAR"},
    "dates": {
        "posted": "2026-10-01T08:00:00+00:00",
        "updated": "2026-10-15T08:00:00+00:00",
        "valid_through": "2026-12-31T23:00:00+00:00",
    },
    "apply": {"url": "https://ats.example.com/apply/42", "email": ""},
    "description": {
        "introduction": _TEXT,
        "tasks": _TEXT,
        "profile": _TEXT,
        "offer": _TEXT,
    },
    "ai_evidence": {
        "team": {
            "id": "team-logistics",
            "name": "Logistics",
            "url": "https://careers.example.com/en/careers/logistics/",
        },
        "technical_lead": {"name": "Alex Example", "role": "Head of Logistics"},
        "in_use": {"stories": [], "milestones": []},
        "contributes_to": [],
        "claims_substantiated": True,
    },
}

JOB_EXAMPLE = OpenApiExample("A job", value=JOB, response_only=True)
JOB_LIST_EXAMPLE = OpenApiExample(
    "A page of jobs",
    value=[JOB],
    response_only=True,
)
CHANGES_EXAMPLE = OpenApiExample(
    "Changes",
    value={
        "since": "YzE6MTA",
        "next": "YzE6MTI",
        "has_more": False,
        "changes": [
            {
                "type": "upsert",
                "id": "job-route-planner",
                "language": "en",
                "reason": "published",
                "at": "2026-10-15T08:00:00+00:00",
                "job": JOB,
            },
            {
                "type": "tombstone",
                "id": "job-night-shift",
                "language": "en",
                "reason": "expired",
                "at": "2026-10-31T23:00:00+00:00",
                "job": None,
            },
        ],
    },
    response_only=True,
)


def nullable_references(result: dict, **kwargs) -> dict:
    """Nullable references in the form OpenAPI 3.0 reads as nullable.

    drf-spectacular writes a nullable nested serializer as ``allOf: [$ref]``
    with ``nullable: true`` beside it; 3.0 applies ``nullable`` only where a
    ``type`` stands in the same schema, so validators and generated clients
    refuse the ``null`` we send (``team`` of a job without a team). Written
    instead: ``oneOf`` the reference or a typed, nullable ``null``."""
    components = result.get("components", {}).get("schemas", {})

    def null_of(ref: str) -> dict:
        target = components.get(ref.rsplit("/", 1)[-1], {})
        return {"type": target.get("type", "object"), "nullable": True, "enum": [None]}

    def fix(node):
        if isinstance(node, list):
            return [fix(item) for item in node]
        if not isinstance(node, dict):
            return node
        node = {key: fix(value) for key, value in node.items()}
        refs = node.get("allOf", ())
        untyped = node.get("nullable") and "type" not in node
        if untyped and len(refs) == 1 and "$ref" in refs[0]:
            del node["allOf"], node["nullable"]
            node["oneOf"] = [refs[0], null_of(refs[0]["$ref"])]
        return node

    return fix(result)
