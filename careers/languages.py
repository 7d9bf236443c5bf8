"""The languages of the careers pages: the host's content languages
(``WAGTAIL_CONTENT_LANGUAGES``, which Wagtail takes from ``LANGUAGE_CODE``
when unset), never the hundred or so of Django's default ``LANGUAGES``."""

from django.conf import settings
from django.utils.translation import get_language
from wagtail.coreutils import (
    get_content_languages,
    get_supported_content_language_variant,
)

from careers import request_memo


def content_languages() -> list[str]:
    """The codes of the languages pages are written in, in the host's order."""
    return list(get_content_languages())


def default_language() -> str:
    """The site's default content language (``LANGUAGE_CODE`` as Wagtail
    reads it: 'en-us' is 'en' when only 'en' is a content language)."""
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def active_language() -> str:
    """The active language as one of the content languages."""
    try:
        return get_supported_content_language_variant(get_language())
    except LookupError:
        return default_language()


def content_language_choices() -> list[tuple[str, str]]:
    """(code, name) of each content language, for a form's choices."""
    return list(get_content_languages().items())


def locales() -> dict[str, object]:
    """Every Locale by language code, read once per request (one query, or
    none when ``remember_locales`` was given them)."""
    from wagtail.models import Locale

    memo = request_memo.memo("locales")
    if "by_code" not in memo:
        memo["by_code"] = {loc.language_code: loc for loc in Locale.objects.all()}
    return memo["by_code"]


def locales_known() -> bool:
    """Whether this request has read the locales already."""
    return "by_code" in request_memo.memo("locales")


def remember_locales(rows) -> None:
    """This request's locales from ``(pk, language_code)`` rows read along
    with something else (``versioning`` reads them with the version)."""
    from wagtail.models import Locale

    found = sorted((code, pk) for pk, code in rows)
    memo = request_memo.memo("locales")
    memo.setdefault(
        "by_code", {code: Locale(pk=pk, language_code=code) for code, pk in found}
    )


def attach_locale(page):
    """``page`` with its ``locale`` set from this request's locales (no query
    of its own when the page comes without it)."""
    from wagtail.models import Page

    if page is not None and not Page.locale.is_cached(page):
        found = {loc.pk: loc for loc in locales().values()}.get(page.locale_id)
        if found is not None:
            page.locale = found
    return page


def default_locale():
    """``Locale.get_default()``, from this request's locales."""
    from wagtail.models import Locale

    found = locales().get(default_language())
    return found if found is not None else Locale.get_default()


def active_locale():
    """``Locale.get_active()``, from this request's locales."""
    from wagtail.models import Locale

    found = locales().get(active_language())
    return found if found is not None else Locale.get_active()
