"""Live checks: the checker's findings in Wagtail's "Checks" side panel.

In preview, each finding is rendered above the page (see the
``claims_preview`` template tag); two custom axe rules report them in the
Checks panel, so editors see block and warn findings before publishing."""

from django.utils.translation import gettext_lazy as _

from careers.compat import ContentCheckerItem

BLOCK_RULE = "careers-claim-blocked"
WARN_RULE = "careers-claim-warning"


class _NoChecksPanel:
    """Before Wagtail 7.3 there is no Checks panel to add to (careers.compat);
    the preview still lists the findings."""

    axe_run_only: list = []
    axe_custom_rules: list = []
    axe_messages: dict = {}


_Base = ContentCheckerItem or _NoChecksPanel


class ClaimsContentCheckerItem(_Base):
    axe_run_only = [*_Base.axe_run_only, BLOCK_RULE, WARN_RULE]
    axe_custom_rules = [
        *_Base.axe_custom_rules,
        {
            "id": BLOCK_RULE,
            "impact": "critical",
            "selector": '[data-careers-finding="block"]',
            "tags": ["careers-claims"],
            # The finding's text is in its title: a non-empty title is the issue.
            "none": ["non-empty-title"],
            "enabled": True,
        },
        {
            "id": WARN_RULE,
            "impact": "moderate",
            "selector": '[data-careers-finding="warn"]',
            "tags": ["careers-claims"],
            "none": ["non-empty-title"],
            "enabled": True,
        },
    ]
    axe_messages = {
        **_Base.axe_messages,
        BLOCK_RULE: {
            "error_name": _("AI claim without published evidence (blocks publishing)"),
            "help_text": _("The preview lists each claim, what is missing and the fix"),
        },
        WARN_RULE: {
            "error_name": _("AI claim or evidence to review"),
            "help_text": _("Not blocking; the preview says what to improve"),
        },
    }


def use_claims_checker(request, items, page=None) -> None:
    """``construct_wagtail_userbar``: our checker replaces the default one."""
    if ContentCheckerItem is None:
        return
    for i, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(
            item, ClaimsContentCheckerItem
        ):
            items[i] = ClaimsContentCheckerItem(in_editor=item.in_editor)
