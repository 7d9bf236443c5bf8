"""Drive the Wagtail admin like an editor: read the form, fill it, post it."""

from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html, rich_text


def page_add_url(model, parent) -> str:
    return reverse(
        "wagtailadmin_pages:add",
        args=[model._meta.app_label, model._meta.model_name, parent.pk],
    )


def page_edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def read_form(client, url: str, form_id: str = "page-edit-form"):
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return querydict_from_html(response.content.decode(), form_id=form_id)


def fill(data, **fields):
    """Set fields; ``html`` values go through the rich-text editor's format."""
    for name, value in fields.items():
        if isinstance(value, list):
            data.setlist(name, [str(v) for v in value])
        else:
            data[name] = str(value)
    return data


def add_inline(data, prefix: str, rows: list[dict]) -> None:
    """Add ``rows`` to the inline formset ``prefix`` (after any existing rows)."""
    start = int(data.get(f"{prefix}-TOTAL_FORMS", 0))
    for i, row in enumerate(rows, start=start):
        data[f"{prefix}-{i}-ORDER"] = str(i + 1)
        data[f"{prefix}-{i}-DELETE"] = ""
        data[f"{prefix}-{i}-id"] = ""
        for name, value in row.items():
            if isinstance(value, list):
                data.setlist(f"{prefix}-{i}-{name}", [str(v) for v in value])
            else:
                data[f"{prefix}-{i}-{name}"] = str(value)
    data[f"{prefix}-TOTAL_FORMS"] = str(start + len(rows))


def post_form(client, url: str, data):
    """POST a QueryDict keeping every value of multi-valued fields (the test
    client would otherwise send only the last one)."""
    return client.post(url, dict(data.lists()))


def form_errors(response) -> str:
    """The form's errors, for assertion messages."""
    context = getattr(response, "context", None) or {}
    form = context.get("form") if hasattr(context, "get") else None
    if form is None:
        return f"status {response.status_code}"
    errors = dict(form.errors)
    for name, formset in getattr(form, "formsets", {}).items():
        errors.update({f"{name}-{i}": e for i, e in enumerate(formset.errors) if e})
    return str(errors)


__all__ = [
    "add_inline",
    "fill",
    "form_errors",
    "page_add_url",
    "page_edit_url",
    "post_form",
    "read_form",
    "rich_text",
]
