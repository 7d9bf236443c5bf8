"""Text for consumers: rich text as a small, safe HTML subset and as plain text,
and XML-safe strings for the feeds."""

import html
import re

import nh3

ALLOWED_TAGS = {"p", "ul", "ol", "li", "h2", "h3", "strong", "b", "em", "i", "a", "br"}
SAFE_SCHEMES = ("http://", "https://", "mailto:")

# XML 1.0 forbids most C0 controls, lone surrogates and U+FFFE/U+FFFF.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_BLOCK_END = re.compile(r"</(p|li|h2|h3|h4|ul|ol|blockquote)>|<br\s*/?>", re.I)
_LIST_ITEM = re.compile(r"<li\b[^>]*>", re.I)
_BLANK_LINES = re.compile(r"\n\s*\n+")


def _href_filter(tag: str, attr: str, value: str) -> str | None:
    if tag == "a" and attr == "href":
        return value if value.lower().startswith(SAFE_SCHEMES) else None
    return None


# Built once: nh3.clean() converts its settings on every call (3x slower).
_SAFE_HTML = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    attributes={"a": {"href"}},
    attribute_filter=_href_filter,
    url_schemes={"http", "https", "mailto"},
    link_rel=None,
)
_NO_TAGS = nh3.Cleaner(tags=set())


def safe_html(value: str) -> str:
    """Only p, lists, h2/h3, bold, italics, links (http, https, mailto) and br."""
    if not value:
        return ""
    return _SAFE_HTML.clean(xml_safe(value)).strip()


def plain_text(value: str) -> str:
    """The text without markup: blocks on their own lines, list items bulleted."""
    if not value:
        return ""
    marked = _LIST_ITEM.sub(
        "<li>• ", _BLOCK_END.sub(lambda m: m.group(0) + "\n", value)
    )
    text = html.unescape(_NO_TAGS.clean(xml_safe(marked)))
    lines = (line.strip() for line in text.splitlines())
    return _BLANK_LINES.sub("\n", "\n".join(lines)).strip()


def xml_safe(value: str) -> str:
    """``value`` without the characters XML 1.0 cannot carry."""
    return _XML_ILLEGAL.sub("", value or "")


def cdata(value: str) -> str:
    """``value`` as CDATA; a ``]]>`` inside is split over two sections."""
    return "<![CDATA[" + xml_safe(value).replace("]]>", "]]]]><![CDATA[>") + "]]>"
