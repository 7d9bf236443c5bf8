"""HTML to plain text with an offset map, and sentence splitting.

A field's text is cut into blocks at hard boundaries (a blank line, block-level HTML
tags, <br>); sentences never cross a block, so checking several fields separately
gives the same sentences as checking them joined with a blank line. Every scan here
is linear: tags end at the next '>' before any '<', so no input makes it quadratic.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from .lexicon import Lexicon

BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
SKIP_TAGS = frozenset({"script", "style", "template"})
_TOKEN = re.compile(
    r"<!--"
    r"|<(/?)([A-Za-z][A-Za-z0-9]{0,20})(?:[\s/][^<>]*)?>"
    r"|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
    r"|\n[^\S\n]*\n"
)
_END_CANDIDATE = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019\u00bb)\]]*(?=\s|$)")
_BULLET = re.compile(
    r"(?:[-*\u2022\u00b7\u2013\u2014\u25aa\u25cf\u25e6>]+|\d{1,2}[.)])\s+"
)
_SPACE = re.compile(r"\s+")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+")
_NORMALISE = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u00a0": " ",
        "\u202f": " ",
    }
)


@dataclass
class Block:
    """Plain text of one block, and for each of its characters the raw span."""

    text: list[str]
    starts: list[int]
    ends: list[int]

    def add(self, chars: str, start: int, end: int) -> None:
        for ch in chars:
            self.text.append(ch)
            self.starts.append(start)
            self.ends.append(end)


@dataclass(frozen=True)
class Sentence:
    field: str
    block: int
    start: int
    end: int
    text: str

    @property
    def norm(self) -> str:
        """The text with typographic quotes and hyphens made plain, for matching."""
        return self.text.translate(_NORMALISE)


def to_blocks(raw: str) -> list[Block]:
    """The plain text of `raw` (HTML allowed) cut at hard boundaries."""
    blocks = [Block([], [], [])]
    pos = 0
    while pos < len(raw):
        token = _TOKEN.search(raw, pos)
        stop = token.start() if token else len(raw)
        for i in range(pos, stop):
            blocks[-1].add(raw[i], i, i + 1)
        if token is None:
            break
        pos = _consume(raw, token, blocks)
    return [b for b in blocks if "".join(b.text).strip()]


def _consume(raw: str, token: re.Match[str], blocks: list[Block]) -> int:
    """Handles one markup token; returns where scanning goes on."""
    text = token.group(0)
    if text == "<!--":
        end = raw.find("-->", token.end())
        return len(raw) if end < 0 else end + 3
    if text.startswith("&"):
        blocks[-1].add(html.unescape(text), token.start(), token.end())
        return token.end()
    if text.startswith("\n"):
        blocks.append(Block([], [], []))
        return token.end()
    name = token.group(2).lower()
    if name in BLOCK_TAGS:
        blocks.append(Block([], [], []))
    if name in SKIP_TAGS and not token.group(1):
        closing = re.compile(rf"</{name}\s*>", re.IGNORECASE).search(raw, token.end())
        return len(raw) if closing is None else closing.end()
    return token.end()


def split_field(
    field: str, raw: str, lexicon: Lexicon, ordinal_dot: bool
) -> list[Sentence]:
    """Every sentence of one field, with offsets into `raw`."""
    out: list[Sentence] = []
    for index, block in enumerate(to_blocks(raw)):
        plain = "".join(block.text)
        for a, b in _sentence_spans(plain, lexicon, ordinal_dot):
            text = _SPACE.sub(" ", plain[a:b]).strip()
            out.append(Sentence(field, index, block.starts[a], block.ends[b - 1], text))
    return out


def _sentence_spans(
    plain: str, lexicon: Lexicon, ordinal_dot: bool
) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in plain.split("\n"):
        start = 0
        for end in _line_ends(line, lexicon, ordinal_dot):
            spans.append((offset + start, offset + end))
            start = end
        offset += len(line) + 1
    return [t for t in (_trim(plain, a, b) for a, b in spans) if t]


def _line_ends(line: str, lexicon: Lexicon, ordinal_dot: bool) -> list[int]:
    ends = [
        m.end()
        for m in _END_CANDIDATE.finditer(line)
        if _is_sentence_end(line, m, lexicon, ordinal_dot)
    ]
    if not ends or ends[-1] < len(line):
        ends.append(len(line))
    return ends


def _is_sentence_end(
    line: str, m: re.Match[str], lexicon: Lexicon, ordinal_dot: bool
) -> bool:
    punct = m.group(0)
    rest = line[m.end() :].lstrip()
    if not rest:
        return True
    if punct[0] != "." or punct.startswith(".."):
        return True
    word_start = max(line.rfind(" ", 0, m.start()), line.rfind("\t", 0, m.start())) + 1
    word = line[word_start : m.start() + 1].lstrip("([{\"'\u201e\u201c")
    nxt = rest[0]
    if word.lower() in lexicon.abbreviations or _INITIALS.fullmatch(word):
        return False
    if word[:-1].isdigit() and ordinal_dot:
        return False
    if word.lower() in lexicon.final_abbreviations and not nxt.isupper():
        return False
    return nxt.isupper() or nxt.isdigit() or not nxt.isalpha()


def _trim(plain: str, a: int, b: int) -> tuple[int, int] | None:
    """The span without surrounding blanks and a leading list bullet."""
    while a < b and plain[a].isspace():
        a += 1
    bullet = _BULLET.match(plain, a, b)
    if bullet:
        a = bullet.end()
    while b > a and plain[b - 1].isspace():
        b -= 1
    return (a, b) if a < b else None
