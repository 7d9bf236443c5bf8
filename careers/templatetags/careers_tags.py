"""Template helpers of the careers pages. They only walk what the views and
selectors prepared: no queries."""

from django import template
from django.forms.boundfield import BoundWidget
from django.utils.formats import number_format
from django.utils.safestring import SafeString, mark_safe
from wagtail.rich_text import expand_db_html

from careers import versioning
from careers.selectors import metrics
from careers.selectors.visibility import is_visible
from careers.widgets import input_html

from .marking import disclosure, mark_claims, receipt_id

register = template.Library()


@register.simple_tag(takes_context=True)
def claimed(context, obj, field: str, rich: bool = True) -> SafeString:
    """``obj.<field>`` with the claims the checker found in it marked, each
    with a disclosure of its evidence (``receipts`` in the context)."""
    text = str(getattr(obj, field, "") or "")
    receipts = (context.get("receipts") or {}).get(field, ())
    marked = mark_claims(text, receipts, field=field, is_html=rich)
    # Marking inserts only escaped HTML; the stored text is trusted rich text.
    return mark_safe(expand_db_html(marked) if rich else marked)  # noqa: S308  # nosec


@register.simple_tag(takes_context=True)
def receipts_only(context, obj, field: str) -> SafeString:
    """The evidence disclosures of ``obj.<field>``'s claims, without marking
    the text (for a title, which holds no block)."""
    receipts = (context.get("receipts") or {}).get(field, ())
    # Safe: each disclosure is built with format_html.
    return mark_safe(  # noqa: S308  # nosec
        "".join(disclosure(r, receipt_id(field, n)) for n, r in enumerate(receipts, 1))
    )


@register.simple_tag
def site_token() -> str:
    """The site's content version as this request read it ('' when it did
    not: then nothing is kept by it)."""
    return versioning.known_token(versioning.SITE) or ""


@register.filter
def shown(page) -> bool:
    """Whether the public may see ``page`` (a job's team, read with the job):
    live and outside hidden sections, from what the request has read."""
    return is_visible(page)


@register.filter
def option_input(choice: BoundWidget) -> SafeString:
    """``choice.tag`` of a checkbox or radio list, written without rendering
    Django's two templates for every option (``careers.widgets.input_html``)."""
    return input_html(choice.data) or choice.tag()


@register.filter
def amount(value) -> str:
    """A whole amount with the locale's grouping: 50,000 or 50.000."""
    if value is None:
        return ""
    return number_format(value, decimal_pos=0, use_l10n=True, force_grouping=True)


@register.filter
def num(value, places: int = 2) -> str:
    """A measured number with at most ``places`` decimals, no trailing zeros,
    in the locale's format: 8.4 or 8,4."""
    if value in (None, ""):
        return ""
    exact = metrics.rounded(value, places)
    return str(value) if exact is None else metrics.grouped(exact)
