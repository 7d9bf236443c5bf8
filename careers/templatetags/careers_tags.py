"""Template helpers of the careers pages. They only walk what the views and
selectors prepared: no queries."""

from django import template
from django.forms.boundfield import BoundWidget
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from wagtail.rich_text import expand_db_html

from careers.selectors import metrics

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


#: The templates ``option_input`` writes as Django's own would.
PLAIN_OPTIONS = {
    "django/forms/widgets/checkbox_option.html",
    "django/forms/widgets/radio_option.html",
}


@register.filter
def option_input(choice: BoundWidget) -> SafeString:
    """``choice.tag`` of a checkbox or radio list: the ``<input>`` Django's
    ``input.html`` and ``attrs.html`` write, without rendering both templates
    for every option (the listing's filters: a third of its rendering)."""
    data = choice.data
    if data.get("template_name") not in PLAIN_OPTIONS:
        return choice.tag()
    parts = [format_html('<input type="{}" name="{}"', data["type"], data["name"])]
    if data["value"] is not None:
        parts.append(format_html(' value="{}"', data["value"]))
    parts.append(attrs_html(data["attrs"]))
    return mark_safe("".join(parts) + ">")  # noqa: S308  # nosec (format_html)


def attrs_html(attrs: dict) -> str:
    """A widget's attributes as Django's ``attrs.html`` writes them."""
    return "".join(
        format_html(" {}", name)
        if value is True
        else format_html(' {}="{}"', name, value)
        for name, value in attrs.items()
        if value is not False
    )


def select_html(widget: dict) -> SafeString | None:
    """A ``<select>``'s context as Django's ``select.html`` and
    ``select_option.html`` write it (None for other option templates)."""
    if widget["template_name"] != "django/forms/widgets/select.html":
        return None
    parts = [
        format_html('<select name="{}"', widget["name"]),
        attrs_html(widget["attrs"]),
    ]
    parts.append(">")
    for group_name, options, _index in widget["optgroups"]:
        if group_name:
            parts.append(format_html('\n  <optgroup label="{}">', group_name))
        for option in options:
            if option["template_name"] != "django/forms/widgets/select_option.html":
                return None
            parts.append(format_html('\n  <option value="{}"', option["value"]))
            parts.append(attrs_html(option["attrs"]))
            parts.append(format_html(">{}</option>\n", option["label"]))
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>")
    return mark_safe("".join(parts))  # noqa: S308  # nosec (format_html)


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
