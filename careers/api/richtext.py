"""Wagtail's stored rich text for consumers: internal page links resolved to
public URLs (or dropped when the target is not public), then sanitised."""

import re
from collections.abc import Callable

from wagtail.models import Page

from careers.text import plain_text, safe_html

_PAGE_LINK = re.compile(r"<a\b[^>]*\blinktype=\"page\"[^>]*>", re.I)
_LINK_ID = re.compile(r"\bid=\"(\d+)\"")
_OTHER_LINKTYPE = re.compile(r"<a\b[^>]*\blinktype=\"[^\"]*\"[^>]*>", re.I)


def page_link_ids(value: str) -> set[int]:
    ids = set()
    for tag in _PAGE_LINK.findall(value or ""):
        found = _LINK_ID.search(tag)
        if found:
            ids.add(int(found.group(1)))
    return ids


def expand_links(value: str, url_for: Callable[[int], str | None]) -> str:
    """Internal page links as ``<a href>`` when the page is public, else plain
    ``<a>`` (the sanitiser keeps the text); other internal link types dropped."""

    def page(match: re.Match) -> str:
        found = _LINK_ID.search(match.group(0))
        url = url_for(int(found.group(1))) if found else None
        return f'<a href="{url}">' if url else "<a>"

    return _OTHER_LINKTYPE.sub("<a>", _PAGE_LINK.sub(page, value or ""))


def rich_text(value: str, links: dict[int, Page], request) -> dict[str, str]:
    """``{"html": sanitised HTML, "text": plain text}`` of stored rich text."""

    def url_for(pk: int) -> str | None:
        page = links.get(pk)
        return page.get_full_url(request) if page else None

    expanded = expand_links(value, url_for)
    return {"html": safe_html(expanded), "text": plain_text(expanded)}
