"""Marks editor content shown in another language than the page's, for
screen readers: ``{% lang_attr story %}`` on the element that shows a row
from another locale, ``{{ person|in_language:"bio" }}`` for one field. No
queries: the selectors prepared what is untranslated."""

from django import template
from django.utils.safestring import SafeString

from careers import content_language

register = template.Library()


@register.simple_tag
def lang_attr(obj, field: str = "") -> SafeString:
    """`` lang="en"`` when ``obj`` (or its ``field``) is in another language
    than the page, else nothing."""
    return content_language.lang_attribute(obj, field or None)


@register.filter
def in_language(obj, field: str) -> SafeString:
    """``obj.<field>``, in ``<span lang="..">`` when in another language."""
    return content_language.in_language(obj, field)
