"""The admin's side of the publish gate (``careers.services.gate``): in which
language and beside which form field an editor sees the findings."""

from __future__ import annotations

from django.conf import settings
from django.utils.translation import get_language

from careers import claims

#: Where a finding that is not about a sentence belongs in the editor.
RULE_FIELDS = {
    "ai_role.no_technical_lead": "team",
    "ai_role.no_interviewer": "team",
    "ai_role.no_data_access": "data_access",
    "ai_role.no_resources": "resources",
}


def form_field_for(finding: claims.Finding, fields) -> str | None:
    """The form field beside which a finding is shown (None: above the form)."""
    name = RULE_FIELDS.get(finding.rule, finding.field)
    return name if name in fields else None


def reader_language(request=None) -> str:
    """The admin user's language, in which findings are shown: their chosen
    admin language, else the admin's current one. A preview renders the page
    in the page's language, so there the site's default stands in."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        from wagtail.users.models import UserProfile

        chosen = UserProfile.get_for_user(user).preferred_language
        if chosen:
            return chosen[:2]
    if request is not None and getattr(request, "is_preview", False):
        return settings.LANGUAGE_CODE[:2]
    return (get_language() or settings.LANGUAGE_CODE)[:2]
