"""Message and fix texts from the lexicon templates, in the item's language."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from .lexicon import DEFAULT_LANGUAGE, Lexicon

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_MAX_LISTED = 5


def fill(template: str, params: Mapping[str, Any]) -> str:
    """The template with {name} replaced; unknown names are left as written."""
    return _PLACEHOLDER.sub(
        lambda m: str(params[m.group(1)]) if m.group(1) in params else m.group(0),
        template,
    )


class Messages:
    """Renders rule messages, fixes and small phrases in one language."""

    def __init__(self, lexicon: Lexicon, code: str) -> None:
        self.language = lexicon.language(code)
        self.fallback = lexicon.language(DEFAULT_LANGUAGE)

    def render(self, rule: str, params: Mapping[str, Any]) -> tuple[str, str]:
        texts = self.language.messages.get(rule) or self.fallback.messages.get(rule)
        if not texts:
            return rule, ""
        return fill(texts.get("message", rule), params), fill(
            texts.get("fix", ""), params
        )

    def details(self, rule: str, params: Mapping[str, Any]) -> str:
        """The arithmetic behind a finding, for a "Details" disclosure ("" if none)."""
        texts = self.language.messages.get(rule) or self.fallback.messages.get(rule)
        template = (texts or {}).get("details", "")
        return fill(template, params) if template else ""

    def phrase(self, key: str, **params: Any) -> str:
        value = self._lookup(self.language.phrases, key)
        if value is None:
            value = self._lookup(self.fallback.phrases, key)
        return fill(value, params) if isinstance(value, str) else key

    @staticmethod
    def _lookup(phrases: Mapping[str, Any], key: str) -> Any:
        node: Any = phrases
        for part in key.split("."):
            node = node.get(part) if isinstance(node, Mapping) else None
        return node

    def listing(self, entries: Iterable[str]) -> str:
        """Entries joined by commas, "none" when there are none, at most five."""
        entries = list(entries)
        if not entries:
            return self.phrase("none")
        shown = ", ".join(entries[:_MAX_LISTED])
        return shown + (", ..." if len(entries) > _MAX_LISTED else "")

    def num(self, value: float | Decimal | None) -> str:
        """A number as people write it in this language: 12.5 or 12,5."""
        if value is None:
            return "-"
        text = f"{float(value):.2f}".rstrip("0").rstrip(".")
        if self.language.decimal_separator == ",":
            text = text.replace(".", ",")
        return text
