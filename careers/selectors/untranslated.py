"""What a page in another language than the site's default shows
untranslated, for the editors' report: the same pieces the page marks with
``lang`` (careers.content_language), found by building the page's context
as the page does."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from django.db.models import Model
from django.http import HttpRequest
from django.utils import translation
from django.utils.translation import get_language_info
from wagtail.models import Page

from careers.content_language import base, untranslated_parts
from careers.languages import default_language
from careers.models import Person, TeamMember
from careers.selectors.pages import BUILDERS


def _rows(value: Any, depth: int = 0) -> Iterator[Model]:
    """The model rows in a page's context value (lists, dicts, their rows)."""
    if depth > 4 or value is None or isinstance(value, (str, bytes)):
        return
    if isinstance(value, Model):
        yield value
        if isinstance(value, TeamMember):
            yield value.person
        return
    if isinstance(value, dict):
        for item in value.values():
            yield from _rows(item, depth + 1)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _rows(item, depth + 1)


def _field_name(row: Model, field: str) -> str:
    try:
        return str(row._meta.get_field(field).verbose_name)
    except Exception:  # noqa: BLE001 - not a model field
        return field


def _language_name(code: str) -> str:
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return code


def describe(row: Model, field: str, language: str) -> str:
    """“Person ‘Dr. Anna Weber’: short bio (English)”, in the user's language."""
    kind = str(row._meta.verbose_name)
    if isinstance(row, Person):
        name = row.name
    elif isinstance(row, TeamMember):
        name = row.person.name
    else:
        name = str(row)
    if isinstance(row, Person):
        fields = [f for f in ("job_title", "bio") if getattr(row, f)]
        what = ", ".join(_field_name(row, f) for f in fields)
    else:
        what = _field_name(row, field) if field else ""
    text = f"{kind} “{name}”"
    if what:
        text = f"{text}: {what}"
    return f"{text} ({_language_name(language)})"


def shown_untranslated(page: Page, request: HttpRequest) -> list[str]:
    """What ``page`` shows in another language than its own, each once, in
    the active (the editor's) language. Empty for pages in the default
    language."""
    code = page.locale.language_code  # read with the report's rows
    if base(code) == base(default_language()):
        return []
    page = page.specific
    builder = BUILDERS.get(type(page))
    if builder is None:
        return []
    with translation.override(code):
        context = builder(page, request)
        parts = untranslated_parts(_unique([page, *_rows(list(context.values()))]))
    found = []
    for row, field, language in parts:
        line = describe(row, field, language)
        if line not in found:
            found.append(line)
    return found


def _unique(rows: Iterable[Model]) -> list[Model]:
    seen, out = set(), []
    for row in rows:
        marker = (type(row), row.pk, id(row))
        if marker not in seen:
            seen.add(marker)
            out.append(row)
    return out
