"""Live checks: the checker's findings in Wagtail's "Checks" side panel.

In preview, each finding is rendered above the page (see the
``claims_preview`` template tag). A custom axe rule reports each blocking
finding in the Checks panel, so the panel counts exactly what the publish
gate would refuse; careers/admin/checks-panel.js puts each finding's own text
in its row and lists the warnings (not counted: they do not block)."""

from django.utils.translation import gettext_lazy as _

from careers.compat import ContentCheckerItem

BLOCK_RULE = "careers-claim-blocked"


class _NoChecksPanel:
    """Before Wagtail 7.3 there is no Checks panel to add to (careers.compat);
    the preview still lists the findings."""

    axe_run_only: list = []
    axe_custom_rules: list = []
    axe_messages: dict = {}


_Base = ContentCheckerItem or _NoChecksPanel


class ClaimsContentCheckerItem(_Base):
    axe_run_only = [*_Base.axe_run_only, BLOCK_RULE]
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
    ]
    axe_messages = {
        **_Base.axe_messages,
        BLOCK_RULE: {
            "error_name": _("AI claim without published evidence (blocks publishing)"),
            "help_text": _("The preview lists each claim, what is missing and the fix"),
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


def editor_js() -> str:
    """``insert_editor_js``: each finding's text in the Checks panel."""
    from django.templatetags.static import static
    from django.utils.html import format_html

    return format_html(
        '<script src="{}" data-warnings-heading="{}" data-show-label="{}" defer>'
        "</script>",
        static("careers/admin/checks-panel.js"),
        _("AI claims to review (they do not block publishing)"),
        _("Show finding %(number)s in the preview") % {"number": "{n}"},
    )


def admin_css() -> str:
    """``insert_global_admin_css``: how findings look in the admin."""
    from django.templatetags.static import static
    from django.utils.html import format_html

    return format_html(
        '<link rel="stylesheet" href="{}">', static("careers/admin/claims-admin.css")
    )
