"""HTML to plain text with an offset map, and sentence splitting.

A field's text is cut into blocks at hard boundaries (a blank line, block-level HTML
tags, <br>); sentences never cross a block, so checking several fields separately
gives the same sentences as checking them joined with a blank line. Every scan here
is linear: tags end at the next '>' before any '<', so no input makes it quadratic.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass

from .lexicon import Lexicon
from .work import charge

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
MAX_SENTENCE = 1000  # longer "sentences" are run-on text, read in pieces
SKIP_TAGS = frozenset({"script", "style", "template"})
_TOKEN = re.compile(
    r"<!--"
    r"|<(/?)([A-Za-z][A-Za-z0-9]{0,20})(?:[\s/][^<>]*)?>"
    r"|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
)
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# A run of end punctuation is tried once, from its first character (the
# lookbehind), and taken whole (possessive): linear however long the run.
_END_CANDIDATE = re.compile(
    r"(?<![.!?\u2026])[.!?\u2026]++[\"'\u201d\u2019\u00bb)\]]*+(?=\s|$)"
)
_BULLET = re.compile(
    r"(?:[-*\u2022\u00b7\u2013\u2014\u25aa\u25cf\u25e6>]+|\d{1,2}[.)])\s+"
)
_SPACE = re.compile(r"\s+")
_LONGEST_WORD = 40  # a dot after a longer "word" ends a sentence
_NEXT_CHAR = re.compile(r"\s*(\S)")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+")
NORMALISE = str.maketrans(
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
    """Plain text of one block, and where each of its characters came from.

    `pieces` holds (plain offset, raw start, raw end, verbatim): a verbatim piece
    maps character by character; an entity maps all its characters to its span.
    """

    parts: list[str]
    pieces: list[tuple[int, int, int, bool]]
    size: int = 0

    def add(self, chars: str, start: int, end: int, verbatim: bool = False) -> None:
        if chars:
            self.parts.append(chars)
            self.pieces.append((self.size, start, end, verbatim))
            self.size += len(chars)


@dataclass(frozen=True)
class Sentence:
    field: str
    block: int
    start: int
    end: int
    text: str
    norm: str = ""  # the text with plain quotes and hyphens, for matching

    def __post_init__(self) -> None:
        if not self.norm:
            object.__setattr__(self, "norm", self.text.translate(NORMALISE))


def to_blocks(raw: str) -> list[Block]:
    """The plain text of `raw` (HTML allowed) cut at hard boundaries.

    A blank line ends everything: no tag, comment or script runs across one, so a
    text reads the same alone as joined to others with blank lines between.
    """
    charge(len(raw))
    blocks: list[Block] = []
    start = 0
    for blank in [*_BLANK_LINE.finditer(raw), None]:
        limit = blank.start() if blank else len(raw)
        _new_block(blocks)
        _scan(raw, start, limit, blocks)
        start = blank.end() if blank else limit
    return [b for b in blocks if any(not p.isspace() for p in b.parts)]


def _new_block(blocks: list[Block]) -> None:
    """Starts a block, unless the last one is still empty ("</p><p>")."""
    if not blocks or blocks[-1].parts:
        blocks.append(Block([], []))


def _scan(raw: str, pos: int, limit: int, blocks: list[Block]) -> None:
    for token in _TOKEN.finditer(raw, pos, limit):
        if token.start() < pos:
            continue  # inside a comment or a skipped element
        blocks[-1].add(raw[pos : token.start()], pos, token.start(), verbatim=True)
        pos = _consume(raw, token, limit, blocks)
        if pos >= limit:
            return
    blocks[-1].add(raw[pos:limit], pos, limit, verbatim=True)


def _consume(raw: str, token: re.Match[str], limit: int, blocks: list[Block]) -> int:
    """Handles one markup token; returns where scanning goes on."""
    text = token.group(0)
    if text == "<!--":
        end = raw.find("-->", token.end(), limit)
        return limit if end < 0 else end + 3
    if text.startswith("&"):
        blocks[-1].add(html.unescape(text), token.start(), token.end())
        return token.end()
    name = token.group(2).lower()
    if name in BLOCK_TAGS:
        _new_block(blocks)
    if name in SKIP_TAGS and not token.group(1):
        closing = re.compile(rf"</{name}\s*>", re.IGNORECASE)
        found = closing.search(raw, token.end(), limit)
        return limit if found is None else found.end()
    return token.end()


def split_field(
    field: str, raw: str, lexicon: Lexicon, ordinal_dot: bool
) -> list[Sentence]:
    """Every sentence of one field, with offsets into `raw`."""
    out: list[Sentence] = []
    for index, block in enumerate(to_blocks(raw)):
        plain = "".join(block.parts)
        offsets = [p[0] for p in block.pieces]
        for a, b in _sentence_spans(plain, lexicon, ordinal_dot):
            text = _SPACE.sub(" ", plain[a:b]).strip()
            start, end = _raw_span(block, offsets, a, b)
            out.append(Sentence(field, index, start, end, text))
    return out


def _raw_span(block: Block, offsets: list[int], a: int, b: int) -> tuple[int, int]:
    """The raw offsets of plain characters a to b (b exclusive)."""
    return _raw(block, offsets, a, True), _raw(block, offsets, b - 1, False)


def _raw(block: Block, offsets: list[int], i: int, start: bool) -> int:
    offset, raw_start, raw_end, verbatim = block.pieces[
        bisect.bisect_right(offsets, i) - 1
    ]
    if verbatim:
        return raw_start + (i - offset) + (0 if start else 1)
    return raw_start if start else raw_end


def _sentence_spans(
    plain: str, lexicon: Lexicon, ordinal_dot: bool
) -> list[tuple[int, int]]:
    charge(len(plain))
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in plain.split("\n"):
        start = 0
        for end in _line_ends(line, lexicon, ordinal_dot):
            spans.append((offset + start, offset + end))
            start = end
        offset += len(line) + 1
    return [
        t
        for a, b in spans
        for c, d in _bounded(plain, a, b)
        if (t := _trim(plain, c, d))
    ]


def _bounded(plain: str, a: int, b: int) -> list[tuple[int, int]]:
    """Run-on text cut into pieces of at most MAX_SENTENCE characters, at a space."""
    out = []
    while b - a > MAX_SENTENCE:
        cut = plain.rfind(" ", a + MAX_SENTENCE // 2, a + MAX_SENTENCE)
        cut = cut if cut > a else a + MAX_SENTENCE
        out.append((a, cut))
        a = cut
    out.append((a, b))
    return out


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
    following = _NEXT_CHAR.match(line, m.end())
    if following is None:
        return True
    if punct[0] in "?!" and _in_a_title(line, m.start()):
        return False
    if punct[0] != "." or punct.startswith(".."):
        return True
    low = max(0, m.start() - _LONGEST_WORD)
    word_start = max(line.rfind(" ", low, m.start()), line.rfind("\t", low, m.start()))
    word_start = low if word_start < 0 else word_start + 1
    word = line[word_start : m.start() + 1].lstrip("([{\"'\u201e\u201c")
    nxt = following.group(1)
    if word.lower() in lexicon.abbreviations or _INITIALS.fullmatch(word):
        return False
    if word[:-1].isdigit() and ordinal_dot:
        return False
    if word.lower() in lexicon.final_abbreviations and not nxt.isupper():
        return False
    return nxt.isupper() or nxt.isdigit() or not nxt.isalpha()


def _in_a_title(line: str, pos: int) -> bool:
    """The position stands in a short German quotation opened in mid-sentence
    and closed later on the line: a title ("unsere drei „Comms ohne KI? Ohne
    mich!“ Veranstaltungen"), whose "?" and "!" end no sentence. A quotation
    that opens the sentence or follows a colon is speech."""
    start = line.rfind("\u201e", max(0, pos - _TITLE_CHARS), pos)
    if start < 0 or _QUOTE_CLOSE.search(line, start, pos):
        return False
    end = _QUOTE_CLOSE.search(line, pos, pos + _TITLE_CHARS)
    before = line[:start].rstrip()
    return bool(end) and bool(before) and before[-1].isalnum()


_TITLE_CHARS = 60  # a title is short: its opening and closing quotes are near
_QUOTE_CLOSE = re.compile("[\u201c\u201d]")


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
