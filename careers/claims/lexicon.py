"""Loads the lexicon data files and compiles their cue lists into matchers.

Detection uses the cues of every language at once (German posts use English terms
and the other way round); messages and number formats follow the item's language.
The phrase syntax is described in lexicons/README.md.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .work import Work, current

LEXICON_DIR = Path(__file__).with_name("lexicons")
EXTRA_DIR_ENV = "CAREERS_CLAIMS_LEXICON_DIR"
DEFAULT_LANGUAGE = "en"
_SEP = r"[\s\-\u2010\u2011]+"
_WORD_SPLIT = re.compile(r"[ \-]+")


def _word_pattern(word: str) -> str:
    if word.endswith("*") and len(word) > 1:
        return re.escape(word[:-1]) + r"\w*"
    return re.escape(word)


def _parts(entry: str) -> tuple[str, str, bool]:
    """An entry's left boundary, its core regex, and whether it is case-sensitive."""
    case_sensitive = entry.startswith("=")
    body = entry[1:] if case_sensitive else entry
    left = r"(?<!\w)"
    if body.startswith("~"):
        left, body = "", body[1:]
    elif body.startswith("-") and len(body) > 1:
        left, body = r"(?<=[\-\u2010\u2011])", body[1:]
    prefix = ""
    if body.startswith("*") and len(body) > 1:
        prefix, body = r"\w*", body[1:]
    elif not re.match(r"\w", body) and left == r"(?<!\w)":
        left = ""
    words = [_word_pattern(w) for w in _WORD_SPLIT.split(body.strip()) if w]
    suffix = "" if body.endswith("*") else r"(?!\w)"
    return left, prefix + _SEP.join(words) + suffix, case_sensitive


def _scoped(core: str, case_sensitive: bool) -> str:
    return core if case_sensitive else f"(?i:{core})"


def phrase_pattern(entry: str) -> str:
    """The regex for one lexicon phrase (see lexicons/README.md)."""
    left, core, case_sensitive = _parts(entry)
    return _scoped(left + core, case_sensitive)


def _key(entry: str) -> str | None:
    """The first one or two letters of an entry that starts a word; else None."""
    body = entry.lstrip("=")
    if not body or body[0] in "~-*" or not re.match(r"\w", body):
        return None
    return body[:2].lower() if re.match(r"\w\w", body) else body[0].lower()


class Words:
    """Where the words of one text start, by their first letter and by their
    first two letters (lowercase): which keys occur is found in one pass of the
    regex engine, and a key's positions only when a cue list asks for them."""

    __slots__ = ("_low", "_at", "keys")

    def __init__(self, text: str) -> None:
        low = text.lower()
        if len(low) != len(text):  # a letter that lowercases to two ("İ")
            low = "".join(c.lower()[0] for c in text)
        self._low = low
        self._at: dict[str, list[int]] = {}
        self.keys = frozenset(_WORD_START2.findall(low)).union(
            _WORD_START1.findall(low)
        )

    def at(self, key: str) -> list[int]:
        """Where words starting with ``key`` start."""
        found = self._at.get(key)
        if found is None:
            finder = _finders.get(key)
            if finder is None:
                finder = _finders[key] = re.compile(r"(?<!\w)" + re.escape(key))
            found = self._at[key] = [m.start() for m in finder.finditer(self._low)]
        return found


_WORD_START1 = re.compile(r"(?<!\w)\w")
_WORD_START2 = re.compile(r"(?<!\w)\w\w?")
_finders: dict[str, re.Pattern[str]] = {}


def word_index(text: str, work: Work | None = None) -> Words:
    """The text's `Words`, kept for the item being checked: many cue lists read
    the same sentence."""
    work = work or current()
    if work is None:
        return Words(text)
    index = work.memo.get(text)
    if index is None:
        index = work.memo[text] = Words(text)
    return index


class Cues:
    """A compiled list of phrases; finds their spans in a text.

    Entries that start a word are tried only where a word starts with their first
    letters (a dict lookup), so a long list costs little more than a short one.
    What a list finds in a sentence is kept for the item being checked: several
    rules read a sentence with the same list. (This runs for every sentence
    and every list, so it is written with few calls.)
    """

    def __init__(self, entries: Iterable[str]) -> None:
        unique = sorted({e for e in entries if e.strip("=~-* ")}, key=len, reverse=True)
        self.entries = tuple(unique)
        buckets: dict[str, list[str]] = {}
        loose: list[str] = []
        for entry in unique:
            key = _key(entry)
            if key is None:
                loose.append(entry)
            else:
                buckets.setdefault(key, []).append(entry)
        # Compiled when first needed: a lexicon holds a few thousand of these,
        # and a page's text starts words with only some of their letters.
        self._sources = {
            key: "|".join(_scoped(*_parts(e)[1:]) for e in group)
            for key, group in buckets.items()
        }
        self._index: dict[str, re.Pattern[str]] = {}
        self._keys = frozenset(self._sources)
        self._loose = _compile(loose)
        self._whole: re.Pattern[str] | None = None

    def _bucket(self, key: str) -> re.Pattern[str]:
        """The expression of the entries starting with ``key``, compiled now
        (callers look in ``_index`` first: this runs for every word)."""
        regex = self._index[key] = re.compile(self._sources[key])
        return regex

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The disjoint spans of its entries in ``text``, leftmost-longest first."""
        if not self.entries:
            return []
        work = current()
        if work is None:
            return self._spans(text, Words(text))
        known = work.memo.get((self, text))
        if known is None:
            work.charge(len(text))
            known = tuple(self._spans(text, word_index(text, work)))
            work.memo[(self, text)] = known
        return list(known)

    def _spans(self, text: str, words: Words) -> list[tuple[int, int]]:
        keys = self._keys & words.keys
        if self._loose is None and not keys:
            return []
        found = [m.span() for m in self._loose.finditer(text)] if self._loose else []
        if keys:
            best: dict[int, int] = {}
            for key in keys:
                regex = self._index.get(key) or self._bucket(key)
                for pos in words.at(key):
                    match = regex.match(text, pos)
                    if match is not None:
                        end = match.end()
                        if end > best.get(pos, pos):
                            best[pos] = end
            found += best.items()
            found.sort(key=_leftmost_longest)
        return _disjoint(found)

    def search(self, text: str) -> bool:
        """Whether any entry matches: ``bool(self.spans(text))``, stopping at
        the first match."""
        if not self.entries:
            return False
        work = current()
        if work is not None:
            known = work.memo.get((self, text))
            if known is not None:
                return bool(known)
            work.charge(len(text))
        if self._loose is not None and self._loose.search(text):
            return True
        words = word_index(text, work)
        for key in self._keys & words.keys:
            regex = self._index.get(key) or self._bucket(key)
            for pos in words.at(key):
                match = regex.match(text, pos)
                if match is not None and match.end() > pos:
                    return True
        return False

    @property
    def word_keys(self) -> frozenset[str] | None:
        """The first letters its entries start a word with, or None when some
        entry can match elsewhere (then only a search can tell)."""
        return None if self._loose is not None else self._keys

    def match_at(self, text: str, pos: int) -> int:
        """The end of a cue that starts exactly at pos, or -1."""
        if not self.entries:
            return -1
        if self._whole is None:
            self._whole = _compile(list(self.entries))
        found = self._whole.match(text, pos)
        return found.end() if found else -1

    def __bool__(self) -> bool:
        return bool(self.entries)


def _compile(entries: list[str]) -> re.Pattern[str] | None:
    source = "|".join(phrase_pattern(e) for e in entries)
    return re.compile(source) if source else None


def _leftmost_longest(span: tuple[int, int]) -> tuple[int, int]:
    return span[0], -span[1]


def _disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for span in spans:
        if not out or span[0] >= out[-1][1]:
            out.append(span)
    return out


@dataclass(frozen=True)
class Language:
    """What differs per language: messages, phrases and number formats."""

    code: str
    messages: Mapping[str, Mapping[str, str]]
    phrases: Mapping[str, Any]
    decimal_separator: str
    ordinal_dot: bool
    stopwords: frozenset[str]


@dataclass
class Lexicon:
    """Every language's cues merged, plus each language's own parts."""

    languages: dict[str, Language]
    cues: dict[str, Cues] = field(default_factory=dict)
    community: dict[str, Cues] = field(default_factory=dict)
    scale: dict[str, float] = field(default_factory=dict)
    abbreviations: frozenset[str] = frozenset()
    final_abbreviations: frozenset[str] = frozenset()
    #: relevance: words that say nothing about a claim's subject
    subject_stopwords: frozenset[str] = frozenset()
    #: relevance: bilingual synonym groups, each a cue list
    synonyms: tuple[Cues, ...] = ()
    #: relevance: German linking elements between compound parts ("Touren|planung")
    linking: tuple[str, ...] = ()
    #: relevance: words whose stem is given, not computed ("customer" is no "customs")
    stem_overrides: dict[str, str] = field(default_factory=dict)
    #: grammar: small sets of function words, lowercase ("openers", "finite_verbs")
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    _synonym_index: tuple[dict[str, set[int]], frozenset[int]] | None = field(
        default=None, repr=False, compare=False
    )

    def word_set(self, name: str) -> frozenset[str]:
        return self.words.get(name, frozenset())

    def cue(self, name: str) -> Cues:
        return self.cues[name]

    def synonym_groups(self, text: str) -> frozenset[int]:
        """The synonym groups named in ``text``: only the groups with an entry
        that starts with one of the text's words' first letters are searched."""
        if self._synonym_index is None:
            by_key: dict[str, set[int]] = {}
            always: set[int] = set()
            for i, cues in enumerate(self.synonyms):
                keys = cues.word_keys
                if keys is None:
                    always.add(i)
                for key in keys or ():
                    by_key.setdefault(key, set()).add(i)
            self._synonym_index = (by_key, frozenset(always))
        by_key, always = self._synonym_index
        candidates = set(always)
        for key in by_key.keys() & word_index(text).keys:
            candidates |= by_key[key]
        return frozenset(i for i in candidates if self.synonyms[i].search(text))

    def language(self, code: str) -> Language:
        return self.languages.get(code) or self.languages[DEFAULT_LANGUAGE]


# lexicon key path -> cue name; a path is a dotted key into each language file
CUE_PATHS = {
    "ai_terms": "ai_terms",
    "negation": "negation.cues",
    "negation_exceptions": "negation.exceptions",
    "clause_breaks": "clause_breaks",
    "org_markers": "org_markers",
    "org_marker_exceptions": "org_marker_exceptions",
    "pronouns": "candidate.pronouns",
    "requirements": "candidate.requirements",
    "seeking": "candidate.seeking",
    "skill_nouns": "candidate.skill_nouns",
    "role_nouns": "candidate.role_nouns",
    "optional": "candidate.optional",
    "wished": "candidate.wished",
    "conditionals": "candidate.conditionals",
    "topic": "topic_cues",
    "topic_strong": "topic_strong",
    "usage": "usage_cues",
    "usage_exceptions": "usage_exceptions",
    "present": "present_cues",
    "continuation": "continuation_starts",
    "anaphors": "continuation_anaphors",
    "ai_anaphors": "continuation_ai_anaphors",
    "future_aux": "future_auxiliaries",
    "passive_agents": "passive_agents",
    "agent_markers": "agent_markers",
    "purpose": "purpose_markers",
    "negation_determiners": "negation.determiners",
    "copulas": "actors.copulas",
    "org_nouns": "actors.org_nouns",
    "possessives": "actors.possessives",
    "others": "actors.others",
    "news_verbs": "actors.news_verbs",
    "places": "actors.places",
    "everyone": "actors.everyone",
    "trends": "actors.trends",
    "speaker": "actors.speaker",
    "advice_verbs": "actors.advice_verbs",
    "focus_openers": "actors.focus_openers",
    "candidate_ai_use": "actors.candidate_ai_use",
    "task_starts": "actors.task_starts",
    "generic_statements": "actors.generic",
    "ai_topics_after": "actors.ai_topics_after",
    "ai_channels_before": "actors.ai_channels_before",
    "ai_fields_before": "actors.ai_fields_before",
    "quoted_voices": "actors.quoted_voices",
    "about_frames": "actors.about_frames",
    "org_kinds": "actors.org_kinds",
    "institutions": "actors.institutions",
    "subjunctive_exceptions": "actors.subjunctive_exceptions",
    "generic_plurals": "actors.generic_plurals",
    "question_starts": "question_starts",
    "task_nouns": "actors.task_nouns",
    "hiring_process": "kinds.hiring_process",
    "hiring_objects": "kinds.hiring_objects",
    "hiring_actions": "kinds.hiring_actions",
    "team_experts": "kinds.team_experts",
    "percent": "numbers.percent",
    "points": "numbers.points",
    "factor": "numbers.factor",
    "duration_units": "numbers.duration_units",
    "months": "numbers.months",
    "at_least": "numbers.at_least",
    "at_most": "numbers.at_most",
    "not_numbers_after": "numbers.not_numbers_after",
    "year_prepositions": "numbers.year_prepositions",
}
KIND_CUES = ("plan", "strategy", "impact", "team", "data", "superlative")
# a sentence with none of these words is neither a claim nor a requirement
SIGNALS = (
    *KIND_CUES,
    "org_markers",
    "pronouns",
    "requirements",
    "seeking",
    "skill_nouns",
    "usage",
    "present",
    "agent_markers",
    "future_aux",
    "hiring_process",
    "hiring_objects",
    "team_experts",
)


def _get(data: Mapping[str, Any], path: str) -> Any:
    node: Any = data
    for key in path.split("."):
        if not isinstance(node, Mapping):
            return None
        node = node.get(key)
    return node


def _strings(value: Any) -> list[str]:
    if not isinstance(value, list):
        return []
    return [v for v in value if isinstance(v, str)]


def _merge(files: list[Mapping[str, Any]], path: str) -> list[str]:
    out: list[str] = []
    for data in files:
        out.extend(_strings(_get(data, path)))
    return out


def _language(data: Mapping[str, Any], code: str) -> Language:
    numbers = data.get("numbers") or {}
    splitter = data.get("splitter") or {}
    return Language(
        code=code,
        messages=data.get("messages") or {},
        phrases=data.get("phrases") or {},
        decimal_separator=str(numbers.get("decimal_separator", ".")),
        ordinal_dot=bool(splitter.get("ordinal_dot", False)),
        stopwords=frozenset(w.lower() for w in _strings(data.get("stopwords"))),
    )


def _read_files(directories: Iterable[Path]) -> dict[str, list[dict[str, Any]]]:
    """Every lexicon file by language code; later directories extend earlier ones."""
    by_code: dict[str, list[dict[str, Any]]] = {}
    for directory in directories:
        if not directory.is_dir():
            continue
        for path in sorted(directory.glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            code = str(data.get("language") or path.stem)
            by_code.setdefault(code, []).append(data)
    return by_code


def _combine(parts: list[dict[str, Any]]) -> dict[str, Any]:
    """One language's files as one: messages and phrases of later files win."""
    base = dict(parts[0])
    for extra in parts[1:]:
        for key in ("messages", "phrases"):
            merged = dict(base.get(key) or {})
            merged.update(extra.get(key) or {})
            base[key] = merged
    return base


def build_lexicon(directories: Iterable[Path]) -> Lexicon:
    by_code = _read_files(directories)
    files = [d for parts in by_code.values() for d in parts]
    languages = {
        code: _language(_combine(parts), code) for code, parts in by_code.items()
    }
    lex = Lexicon(languages=languages)
    for name, path in CUE_PATHS.items():
        lex.cues[name] = Cues(_merge(files, path))
    for kind in KIND_CUES:
        lex.cues[kind] = Cues(_merge(files, f"kinds.{kind}"))
        lex.cues[f"{kind}_exceptions"] = Cues(_merge(files, f"kinds.{kind}_exceptions"))
    kinds = {k for d in files for k in (_get(d, "kinds.community") or {})}
    for kind in sorted(kinds):
        lex.community[kind] = Cues(_merge(files, f"kinds.community.{kind}"))
    signals = [e for name in SIGNALS for e in lex.cue(name).entries]
    signals += [e for cues in lex.community.values() for e in cues.entries]
    lex.cues["signals"] = Cues(signals)
    for data in files:
        for word, factor in (_get(data, "numbers.scale") or {}).items():
            lex.scale[word.lower()] = float(factor)
    lex.abbreviations = frozenset(
        a.lower() for a in _merge(files, "splitter.abbreviations")
    )
    _relevance(lex, files)
    names = {k for d in files for k in (_get(d, "grammar") or {})}
    lex.words = {
        n: frozenset(w.lower() for w in _merge(files, f"grammar.{n}")) for n in names
    }
    lex.final_abbreviations = frozenset(
        a.lower() for a in _merge(files, "splitter.final_abbreviations")
    )
    return lex


#: cue lists whose words say how a claim is made, not what it is about
NOT_SUBJECTS = (
    "ai_terms",
    "negation",
    "clause_breaks",
    "org_markers",
    "pronouns",
    "present",
    "future_aux",
    "agent_markers",
    "team_experts",
    "hiring_process",
    "plan",
    "strategy",
    "impact",
    "team",
    "data",
    "superlative",
)


def _relevance(lex: Lexicon, files: list[Mapping[str, Any]]) -> None:
    """The relevance section of every file: subject exclusions and synonyms."""
    lex.subject_stopwords = frozenset(
        w.lower() for w in _merge(files, "relevance.stopwords")
    )
    lex.cues["generic"] = Cues(_merge(files, "relevance.generic"))
    lex.cues["no_specialty"] = Cues(_merge(files, "relevance.no_specialty"))
    excluded = [e for name in NOT_SUBJECTS for e in lex.cue(name).entries]
    excluded += _merge(files, "relevance.cue_words")
    excluded += [e for cues in lex.community.values() for e in cues.entries]
    lex.cues["not_subjects"] = Cues(excluded + list(lex.cue("generic").entries))
    groups = [g for d in files for g in (_get(d, "relevance.synonyms") or [])]
    lex.synonyms = tuple(Cues(_strings(g)) for g in groups if _strings(g))
    for data in files:
        overrides = _get(data, "relevance.stem_overrides") or {}
        lex.stem_overrides.update(
            {str(k).lower(): str(v).lower() for k, v in overrides.items()}
        )
    lex.linking = tuple(
        sorted(set(_merge(files, "relevance.linking")), key=len, reverse=True)
    )


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The shipped lexicons, extended by files in $CAREERS_CLAIMS_LEXICON_DIR."""
    directories = [LEXICON_DIR]
    extra = os.environ.get(EXTRA_DIR_ENV)
    if extra:
        directories.append(Path(extra))
    return build_lexicon(directories)
