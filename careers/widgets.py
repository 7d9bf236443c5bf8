"""Form widgets written in Python as Django's own widget templates write them.

The job listing's filter form has an option per country and language; Django
renders one or two templates per option, most of the listing's rendering. These
give the same HTML without them (each value escaped by ``format_html``).
"""

from django import forms
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

#: The option templates ``input_html`` writes as Django's own would.
PLAIN_OPTIONS = {
    "django/forms/widgets/checkbox_option.html",
    "django/forms/widgets/radio_option.html",
}


def input_html(data: dict) -> SafeString | None:
    """A checkbox or radio option's context as Django's ``input.html`` and
    ``attrs.html`` write it, without rendering both templates for every option
    (the listing's filters: a third of its rendering); None for other option
    templates."""
    if data.get("template_name") not in PLAIN_OPTIONS:
        return None
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


class PlainSelect(forms.Select):
    """A drop-down written in Python (``select_html``), as Django's templates
    write it, without rendering a template per option (the listing's country
    filter: one per country)."""

    def _render(self, template_name, context, renderer=None):
        html = select_html(context["widget"])
        if html is None:
            return super()._render(template_name, context, renderer)
        return html
