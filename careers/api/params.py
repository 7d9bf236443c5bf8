"""Query-string checks: an unknown parameter is an error, never ignored."""

from collections.abc import Iterable

from django.utils.translation import gettext as _
from rest_framework.exceptions import ValidationError


def reject_unknown(query_params, allowed: Iterable[str]) -> None:
    unknown = sorted(set(query_params) - set(allowed))
    if unknown:
        message = _("Unknown query parameter(s): %s.") % ", ".join(unknown)
        raise ValidationError({"detail": message, "unknown_parameters": unknown})
