"""What the installed Wagtail offers. The module supports Wagtail 7.0 (the
long-term support release) and later; a feature that needs a newer Wagtail
switches itself off here, and ``manage.py check`` says so (careers.I001)."""

from wagtail import VERSION as WAGTAIL_VERSION

try:  # Wagtail 7.3+: custom checks in the editor's "Checks" panel.
    from wagtail.admin.userbar import ContentCheckerItem
except ImportError:
    ContentCheckerItem = None

try:  # Wagtail 7.1+: numbers in report tables with the locale's grouping.
    from wagtail.admin.ui.tables import NumberColumn
except ImportError:
    from wagtail.admin.ui.tables import Column as NumberColumn

#: (feature, the Wagtail version it needs, available here)
FEATURES = [
    (
        "the AI claims findings in the editor's Checks panel",
        "7.3",
        ContentCheckerItem is not None,
    ),
]

__all__ = ["FEATURES", "WAGTAIL_VERSION", "ContentCheckerItem", "NumberColumn"]
