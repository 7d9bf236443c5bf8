"""Host-site middleware: the database down is a short, honest 503; the
Content-Security-Policy lets the admin frame its own previews."""

import logging

from csp.constants import SELF
from csp.middleware import CSPMiddleware, PolicyParts
from django.db import InterfaceError, OperationalError, connections
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string

logger = logging.getLogger("config.database")

RETRY_AFTER = "30"


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, except that a Wagtail preview (rendered through
    the middleware chain for the page's public URL) may be framed by our own
    origin: the admin's preview panel is such an iframe. Everything else in
    the policy stays as strict as on the public page, and X-Frame-Options is
    Wagtail's SAMEORIGIN for previews."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if getattr(request, "is_preview", False):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts


class DatabaseUnavailableMiddleware:
    """When the database cannot be reached, answer 503 with Retry-After: a
    plain page (JSON for the API) rendered without touching the database,
    never a traceback. Broken connections are closed, so the next request
    connects afresh and the site recovers without restarting its workers."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.error("Database unavailable (%s): %s", request.path, exception)
        for connection in connections.all(initialized_only=True):
            connection.close_if_unusable_or_obsolete()
        if request.path.startswith("/api/") or "json" in request.headers.get(
            "Accept", ""
        ):
            response = JsonResponse(
                {"detail": "Service temporarily unavailable."}, status=503
            )
        else:
            response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = RETRY_AFTER
        response["Cache-Control"] = "no-store"
        return response
