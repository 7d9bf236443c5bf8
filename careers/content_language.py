"""The language editor content is written in, so a page can mark what it
shows from another language (``<span lang="en">``) and screen readers read it
right: a snippet or page that has no translation in the reader's language and
falls back to another locale's copy, a person's bio (people are not
translated), or a field of a translation that still holds its source's text.

A piece's language is its locale's. Untranslated fields are found by comparing
a translation with the copy in the site's default language (the source of
translations): one query per kind of row, only on pages in another language."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import SafeString
from wagtail.models import Locale

from careers.languages import default_language
from careers.models import Person

#: The attribute holding {field: language} of a row's untranslated fields.
UNTRANSLATED = "untranslated_fields"

_locale_codes: dict[int, str] = {}


@receiver([post_save, post_delete], sender=Locale)
def _forget_locales(**kwargs) -> None:
    _locale_codes.clear()


def base(code: str | None) -> str:
    return (code or "").split("-")[0].lower()


def locale_code(locale_id: int | None) -> str | None:
    """The language code of a locale, read once per process."""
    if locale_id is None:
        return None
    if locale_id not in _locale_codes:
        _locale_codes.update(Locale.objects.values_list("pk", "language_code"))
    return _locale_codes.get(locale_id)


def language_of(obj: Any) -> str | None:
    """The language ``obj``'s text is written in, if known: its locale's, or
    the site's default language for records that are not translated
    (people)."""
    if obj is None:
        return None
    explicit = getattr(obj, "content_language", None)
    if explicit:
        return explicit
    cached = getattr(obj, "_state", None)
    locale = cached.fields_cache.get("locale") if cached is not None else None
    if locale is not None:
        return locale.language_code
    if hasattr(obj, "locale_id"):
        return locale_code(obj.locale_id)
    if isinstance(obj, Person):
        return default_language()
    return None


def field_language(obj: Any, field: str) -> str | None:
    """The language of ``obj.<field>``: its own when marked untranslated,
    else the language of ``obj``."""
    return (getattr(obj, UNTRANSLATED, None) or {}).get(field) or language_of(obj)


def foreign(language: str | None) -> str | None:
    """``language`` when it is not the reader's (the active language), else
    None."""
    if not language:
        return None
    return language if base(language) != base(translation.get_language()) else None


def lang_attribute(obj: Any, field: str | None = None) -> SafeString:
    """`` lang="en"`` for an element showing ``obj`` (or its ``field``) when
    that is in another language than the page, else nothing."""
    language = foreign(field_language(obj, field) if field else language_of(obj))
    return format_html(' lang="{}"', language) if language else SafeString("")


def in_language(obj: Any, field: str) -> SafeString:
    """``obj.<field>`` (escaped), wrapped in ``<span lang="..">`` when it is
    in another language than the page."""
    text = getattr(obj, field, "") or ""
    language = foreign(field_language(obj, field))
    if language and str(text).strip():
        return format_html('<span lang="{}">{}</span>', language, text)
    return format_html("{}", text)


# --- finding untranslated fields ------------------------------------------------


def mark_untranslated(
    rows: Iterable[tuple[Any, Any]],
    fields: Iterable[str],
    *,
    model,
    key: str,
    locale_path: str,
    language: str,
) -> None:
    """Sets ``untranslated_fields`` on each row of ``rows`` ((row, its
    translation key) pairs, shown on a page in ``language``) whose ``fields``
    hold the same text as the copy in the default language. ``key`` is the
    lookup of that translation key on ``model``, ``locale_path`` the lookup
    of the locale. One query; none when the page is in the default
    language."""
    rows = [(row, row_key) for row, row_key in rows if row is not None]
    fields = list(fields)
    source = default_language()
    if not rows or base(language) == base(source):
        return
    keys = {row_key for _, row_key in rows}
    texts = {
        (row_key, field, text)
        for row_key, *values in model._default_manager.filter(
            **{f"{key}__in": keys, f"{locale_path}__language_code": source}
        ).values_list(key, *fields)
        for field, text in zip(fields, values, strict=True)
        if text
    }
    for row, row_key in rows:
        if base(language_of(row) or language) == base(source):
            continue  # a fallback to the source itself: marked as a whole
        found = {
            field: source
            for field in fields
            if (row_key, field, getattr(row, field, None)) in texts
        }
        if found:
            setattr(row, UNTRANSLATED, {**getattr(row, UNTRANSLATED, {}), **found})


def untranslated_parts(rows: Iterable[Any]) -> list[tuple[Any, str, str]]:
    """(row, field or '', language) for each piece of ``rows`` the reader's
    language does not have: a whole row from another locale, or a field."""
    parts = []
    for row in rows:
        language = foreign(language_of(row))
        if language:
            parts.append((row, "", language))
            continue
        for field, lang in (getattr(row, UNTRANSLATED, None) or {}).items():
            if foreign(lang):
                parts.append((row, field, lang))
    return parts
