"""Marks the AI claims of a text field: each claimed sentence in a <mark>, and
after the paragraph a <details> disclosure, "Why you can believe this", with
the evidence that backs it.

Offsets are character offsets into the field's text as stored (HTML
included), as the claim checker reports them. When an offset does not fit the
text (it cuts a tag or an entity, the sentence differs, claims overlap), the
field is returned unmarked rather than broken; a claim overlapping an earlier
one is not marked. Everything inserted is escaped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from django.utils.html import escape, format_html, format_html_join, linebreaks
from django.utils.translation import gettext as _

TAG = re.compile(r"<[^>]*>")
ENTITY = re.compile(r"&#?\w+;")
#: Closing tags of the blocks a disclosure may follow (or, for </li>, precede).
BLOCK_END = re.compile(r"</(p|li|h[1-6]|blockquote)\s*>", re.IGNORECASE)


def _squash(text: str) -> str:
    return "".join(text.split())


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(start < pos < end for start, end in spans)


def usable(text: str, receipts: Sequence, *, is_html: bool) -> list | None:
    """The receipts whose offsets point at their sentence in ``text``, in
    order; a receipt overlapping an earlier one is left out. None when any
    offset does not fit the text: the field is then shown unmarked."""
    tags = [m.span() for m in TAG.finditer(text)] if is_html else []
    entities = [m.span() for m in ENTITY.finditer(text)] if is_html else []
    kept, previous_end = [], 0
    for r in sorted(receipts, key=lambda r: (r.start, r.end)):
        if not (0 <= r.start < r.end <= len(text)):
            return None
        if any(
            _inside(spans, p) for spans in (tags, entities) for p in (r.start, r.end)
        ):
            return None
        fragment = text[r.start : r.end]
        if is_html:
            fragment = html.unescape(TAG.sub(" ", fragment))
        if _squash(fragment) != _squash(r.sentence):
            return None
        if r.start >= previous_end:
            kept.append(r)
            previous_end = r.end
    return kept


def _text_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of ``text[start:end]`` between tags, with visible text."""
    runs, pos = [], start
    for match in TAG.finditer(text, start, end):
        runs.append((pos, match.start()))
        pos = match.end()
    runs.append((pos, end))
    return [(a, b) for a, b in runs if text[a:b].strip()]


def receipt_id(field: str, n: int) -> str:
    return f"receipt-{re.sub(r'[^A-Za-z0-9_-]', '-', field)}-{n}"


#: How many words of a claim its disclosure's summary quotes.
ABOUT_WORDS = 6


def about(sentence: str) -> str:
    """The claim's first words, so that several disclosures after one
    paragraph can be told apart."""
    words = sentence.split()
    short = " ".join(words[:ABOUT_WORDS])
    return f"“{short}…”" if len(words) > ABOUT_WORDS else f"“{short}”"


def evidence_item(e) -> str:
    label = (
        format_html('<a href="{}">{}</a>', e.url, e.label)
        if e.url
        else format_html("<strong>{}</strong>", e.label)
    )
    how = format_html(' <span class="receipt__how">{}</span>', e.sentence)
    return format_html(
        '<li><span class="receipt__what">{}</span> {}{}</li>',
        e.kind,
        label,
        how if e.sentence else "",
    )


def disclosure(receipt, anchor: str) -> str:
    """After a claimed sentence: a calm "Why you can believe this" with the
    evidence as short sentences; a note instead when a claims reviewer let
    the claim through without evidence."""
    if receipt.overridden:
        return format_html(
            '<p class="receipt-note receipt-note--override" id="{}">{}</p>',
            anchor,
            _("Published without evidence, approved by a reviewer."),
        )
    if not receipt.evidence:
        return format_html(
            '<p class="receipt-note" id="{}">{}</p>',
            anchor,
            _("We have not published the evidence for this yet."),
        )
    items = format_html_join("", "{}", ((evidence_item(e),) for e in receipt.evidence))
    return format_html(
        '<details class="receipt" id="{}"><summary>'
        '<span class="receipt__label">{}</span> '
        '<span class="receipt__about">{}</span></summary>'
        '<ul class="receipt__evidence">{}</ul></details>',
        anchor,
        _("Why you can believe this"),
        about(receipt.sentence),
        items,
    )


def mark_claims(text: str, receipts: Sequence, *, field: str, is_html: bool) -> str:
    """``text`` with its claims marked, as HTML. Plain text comes back escaped
    in paragraphs; HTML as given (still to be expanded as rich text)."""
    receipts = usable(text, receipts, is_html=is_html) if receipts else None
    if not receipts:
        return text if is_html else linebreaks(text, autoescape=True)
    inserts: list[tuple[int, int, str]] = []  # (position, order, html)
    after: list[tuple[int, str]] = []
    for n, receipt in enumerate(receipts, start=1):
        anchor = receipt_id(field, n)
        runs = (
            _text_runs(text, receipt.start, receipt.end)
            if is_html
            else [(receipt.start, receipt.end)]
        )
        for i, (a, b) in enumerate(runs):
            mark_id = format_html(' id="claim-{}"', anchor) if i == 0 else ""
            inserts.append((a, 1, f'<mark class="claim"{mark_id}>'))
            inserts.append((b, 0, "</mark>"))
        after.append((receipt.end, disclosure(receipt, anchor)))
    if is_html:
        for end, block in after:
            match = BLOCK_END.search(text, end)
            if match is None:
                inserts.append((len(text), 2, block))
            elif match.group(1).lower() == "li":
                inserts.append((match.start(), 2, block))
            else:
                inserts.append((match.end(), 2, block))
        return _apply(text, inserts, escape_text=False)
    marked = _apply(text, inserts, escape_text=True)
    blocks = "".join(block for _end, block in after)
    return f"<p>{marked}</p>{blocks}"


def _apply(text: str, inserts: list[tuple[int, int, str]], *, escape_text: bool) -> str:
    out, pos = [], 0
    for at, _order, snippet in sorted(inserts, key=lambda i: (i[0], i[1])):
        chunk = text[pos:at]
        out.append(str(escape(chunk)).replace("\n", "<br>") if escape_text else chunk)
        out.append(snippet)
        pos = at
    tail = text[pos:]
    out.append(str(escape(tail)).replace("\n", "<br>") if escape_text else tail)
    return "".join(out)
