"""API keys: ``Authorization: Api-Key <key>`` or ``X-Api-Key: <key>``.

A key is looked up by its SHA-256 on every request, so a revoked key is refused
at once. No session or Basic authentication: the API is cookie-free and CSRF-free.
When a key was last used is written at most once a minute, after the answer
has been sent (``careers.api.key_use``): a read never waits for a write.
"""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication
from rest_framework.permissions import BasePermission

from careers.models import ApiKey, ApiRight
from careers.models.api import hash_key

from . import key_use

SCHEME = "Api-Key"


def presented_key(request) -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _sep, value = header.partition(" ")
    if scheme.lower() == SCHEME.lower() and value.strip():
        return value.strip()
    return request.headers.get("X-Api-Key", "").strip() or None


class ApiKeyAuthentication(BaseAuthentication):
    def authenticate(self, request):
        plaintext = presented_key(request)
        if plaintext is None:
            return None
        key = ApiKey.objects.filter(
            key_hash=hash_key(plaintext), revoked_at__isnull=True
        ).first()
        if key is None:
            raise exceptions.AuthenticationFailed(_("Unknown or revoked API key."))
        key_use.note(key, timezone.now())
        return (None, key)

    def authenticate_header(self, request) -> str:
        return f'{SCHEME} realm="api"'


class HasRight(BasePermission):
    """An API key with ``right``; anonymous callers get 401, other keys 403."""

    right = ""

    def has_permission(self, request, view) -> bool:
        if request.auth is None:
            raise exceptions.NotAuthenticated(_("This endpoint needs an API key."))
        return request.auth.has_right(self.right)


class CanCheckClaims(HasRight):
    right = ApiRight.CLAIMS_CHECK
    message = _("This API key may not check claims.")


class ApiKeyScheme(OpenApiAuthenticationExtension):
    target_class = "careers.api.auth.ApiKeyAuthentication"
    name = "ApiKey"

    def get_security_definition(self, auto_schema):
        return {"type": "apiKey", "in": "header", "name": "X-Api-Key"}
