"""POST /api/v1/claims/check: the AI-claim checker over HTTP.

Same engine, same JSON as ``manage.py check_claims --format json``. Needs an API
key with the ``claims:check`` right; bodies over MAX_BODY_BYTES get 413 before
anything is parsed."""

import json
from typing import Any

from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, inline_serializer
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from careers.claims import BundleError, check, parse_bundle, report_to_dict
from careers.conf import api_setting
from careers.evidence import unsupported_language_options

from .. import schema
from ..auth import CanCheckClaims
from ..schema import extend_schema
from ..throttles import ClaimsRateThrottle
from .base import ApiViewMixin

Problems = inline_serializer(
    "BundleProblems",
    fields={"problems": serializers.ListField(child=serializers.CharField())},
)


class BodyTooLarge(Exception):
    pass


def read_body(request) -> bytes:
    limit = api_setting("MAX_BODY_BYTES")
    declared = request.META.get("CONTENT_LENGTH") or "0"
    if not (declared.isascii() and declared.isdigit()) or int(declared) > limit:
        raise BodyTooLarge
    body = request._request.read(limit + 1)
    if len(body) > limit:
        raise BodyTooLarge
    return body


def load_json(body: bytes) -> Any:
    """The JSON document, or a list of problems in the bundle's style."""
    try:
        return json.loads(body.decode("utf-8-sig"), parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ValueError(f"$: not a JSON document ({exc})") from None


def _no_constant(name: str):
    raise ValueError(f"{name} is not valid JSON")


@extend_schema(tags=["claims"])
class ClaimsCheckView(ApiViewMixin, APIView):
    permission_classes = [CanCheckClaims]
    throttle_classes = [ClaimsRateThrottle]
    parser_classes: list = []

    @extend_schema(
        operation_id="claims_check",
        request={"application/json": OpenApiTypes.OBJECT},
        responses={
            200: OpenApiResponse(OpenApiTypes.OBJECT, description="The report."),
            400: OpenApiResponse(Problems, description="Not a valid bundle."),
            401: schema.ERRORS[401],
            403: OpenApiResponse(description="The key may not check claims."),
            413: OpenApiResponse(description="Body over 1 MiB."),
            429: schema.ERRORS[429],
        },
        description="Check a careers-claims-bundle/1 document (see the bundle "
        "schema). Needs an API key with the `claims:check` right.",
    )
    def post(self, request) -> Response:
        try:
            data = load_json(read_body(request))
            bundle = parse_bundle(data)
        except BodyTooLarge:
            message = _("The body is larger than %d bytes.")
            detail = message % api_setting("MAX_BODY_BYTES")
            return Response(
                {"detail": detail}, status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
            )
        except BundleError as exc:
            return Response({"problems": exc.problems}, status.HTTP_400_BAD_REQUEST)
        except ValueError as exc:
            return Response({"problems": [str(exc)]}, status.HTTP_400_BAD_REQUEST)
        report = check(bundle, **unsupported_language_options())
        return Response(report_to_dict(report))
