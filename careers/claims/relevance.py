"""Relevance: whether a piece of evidence is about what a claim is about.

A claim's subject words are the content words of its sentence: what is left
after stop words, AI terms, claim cue words, numbers and the lexicon's generic
words are taken out. Evidence is relevant to a claim when one of those words
meets a word of the evidence's descriptive fields. Words meet through
comparison keys: case and umlaut folding, the Snowball stemmers of both
languages (a German page may be backed by English evidence and the other way
round), compound parts of at least four letters ("Tourenplanung" meets
"Planung"), and the lexicon's bilingual synonym groups ("routing" meets
"Tourenplanung").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import snowballstemmer

from . import model as m
from .lexicon import Cues, Lexicon
from .work import charge

_WORD = re.compile(r"[^\W\d_]+")
_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})
PART = 4  # the shortest compound part that counts
_KEYS: dict[int, Keys] = {}
LEGAL_FORMS = frozenset(
    {"gmbh", "ag", "se", "kg", "ohg", "ug", "mbh", "co", "inc", "ltd", "llc", "plc"}
    | {"corp", "corporation", "sa", "bv", "nv"}
)


#: how many evidence texts' topics a lexicon keeps (a site's evidence, many times)
TEXT_TOPICS_KEPT = 4096


def keys_for(lexicon: Lexicon) -> Keys:
    """The lexicon's word keys (one cache per lexicon)."""
    found = _KEYS.get(id(lexicon))
    if found is None or found.lexicon is not lexicon:
        found = _KEYS[id(lexicon)] = Keys(lexicon)
    return found


#: what the English stem may strip: inflections and common derivations
_EN_SUFFIXES = frozenset(
    {
        "",
        "e",
        "ed",
        "ing",
        "ion",
        "ions",
        "ation",
        "ations",
        "ition",
        "ment",
        "ments",
        "ive",
        "ly",
        "ity",
        "al",
        "ally",
        "ization",
        "isation",
        "ize",
        "ise",
        "ized",
        "ised",
        "izing",
        "ising",
        "i",
        "ied",
        "ying",
        "ence",
        "ance",
        "ic",
        "ical",
        "ically",
    }
)


def _singular(word: str) -> str:
    """Harman's S-stemmer: the plural of an English noun taken off."""
    if word.endswith("ies") and not word.endswith(("eies", "aies")):
        return word[:-3] + "y"
    if word.endswith("es") and not word.endswith(("aes", "ees", "oes")):
        return word[:-1]
    if word.endswith("s") and not word.endswith(("us", "ss")):
        return word[:-1]
    return word


class Keys:
    """Comparison keys of single words, cached: a word is stemmed once."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.english = snowballstemmer.stemmer("english")
        self.german = snowballstemmer.stemmer("german")
        self._whole: dict[str, frozenset[str]] = {}
        self._parts: dict[str, frozenset[str]] = {}
        self._generic_parts: dict[str, frozenset[str]] = {}
        self._generic: frozenset[str] | None = None
        #: what evidence texts are about, kept across checks: every page is
        #: checked against the same evidence
        self.text_topics: dict[tuple, Topic] = {}

    def generic_stems(self) -> frozenset[str]:
        """The stems of the lexicon's single generic words (once per lexicon)."""
        if self._generic is None:
            words = [
                e.lstrip("=")
                for e in self.lexicon.cue("generic").entries
                if _WORD.fullmatch(e.lstrip("="))
            ]
            stems = set()
            for w in words:
                stems |= self.whole(w) - {w.lower().translate(_FOLD)}
                stems.add(w.lower().translate(_FOLD))
            self._generic = frozenset(stems)
        return self._generic

    def whole(self, word: str) -> frozenset[str]:
        """The keys of a word: folded, and stemmed by each language's stemmer."""
        low = word.lower()
        found = self._whole.get(low)
        if found is None:
            folded = low.translate(_FOLD)
            override = self.lexicon.stem_overrides.get(low)
            if override is not None:
                found = frozenset((folded, override.translate(_FOLD)))
            else:
                english, german = self._english(folded), self.german.stemWord(low)
                found = frozenset((folded, english, german))
            self._whole[low] = found
        return found

    def _english(self, word: str) -> str:
        """A light English stem: plurals off, then the Snowball stem only where
        what it strips is an inflection or a common derivation ("prediction",
        "predicts" -> "predict"), so that "customer" and "customs" stay apart."""
        single = _singular(word)
        stem = self.english.stemWord(single)
        body = single[:-1] + "i" if single.endswith("y") else single
        if body.startswith(stem) and body[len(stem) :] in _EN_SUFFIXES:
            return stem
        return single

    def parts(self, word: str) -> frozenset[str]:
        """The keys of a compound's parts: every split into two parts of at
        least four letters (a linking element removed: "Touren|planung")."""
        low = word.lower()
        found = self._parts.get(low)
        if found is None:
            keys: set[str] = set()
            for i in range(PART, len(low) - PART + 1):
                left, right = low[:i], low[i:]
                keys |= self.whole(right)
                keys |= self.whole(left)
                for link in self.lexicon.linking:
                    if left.endswith(link) and len(left) - len(link) >= PART:
                        keys |= self.whole(left[: -len(link)])
            found = self._parts[low] = frozenset(keys)
        return found

    def generic_parts(self, word: str) -> frozenset[str]:
        """Keys of a compound's parts that are generic words ("Datenplattform")."""
        low = word.lower()
        found = self._generic_parts.get(low)
        if found is None:
            generic = self.lexicon.cue("generic")
            out: set[str] = set()
            for i in range(PART, len(low) - PART + 1):
                for part in (low[:i], low[i:]):
                    if generic.match_at(part, 0) == len(part):
                        out |= self.whole(part)
            found = self._generic_parts[low] = frozenset(out)
        return found


@dataclass(frozen=True)
class Topic:
    """What a text is about, as keys that can meet another text's."""

    words: tuple[str, ...] = ()  # the subject words as written (for messages)
    keys: frozenset[str] = frozenset()  # whole-word keys
    parts: frozenset[str] = frozenset()  # keys of compound parts
    groups: frozenset[int] = frozenset()  # synonym groups named
    phrases: tuple[str, ...] = ()  # multi-word names that must occur whole
    clipped: frozenset[str] = frozenset()  # keys of clipped parts ("Quali-")

    def meets(self, other: Topic) -> bool:
        """A word meets a word, a compound part meets a word, and a word meets a
        compound part; a clipped part meets only a whole word."""
        return bool(
            self.keys & other.keys
            or self.parts & other.keys
            or self.keys & other.parts
            or self.clipped & (other.keys | other.clipped)
            or other.clipped & self.keys
            or self.groups & other.groups
        )


EMPTY = Topic()


class Topics:
    """Subject words of claims, and what each piece of evidence is about."""

    def __init__(self, lexicon: Lexicon, keys: Keys, org_name: str = "") -> None:
        self.lexicon = lexicon
        self.keys = keys
        self.org_words = (
            frozenset(w.lower() for w in _WORD.findall(org_name)) | LEGAL_FORMS
        )
        self._evidence: dict[str, Topic] = {}
        self._generic: frozenset[str] | None = None
        self._metrics: dict[tuple[str, int], Topic] = {}

    # -- claims --------------------------------------------------------------

    def subject(self, text: str) -> Topic:
        """The subject words of a claim's text, as a topic."""
        charge(len(text))
        lex = self.lexicon
        excluded = lex.cue("not_subjects").spans(text)
        words = []
        for match in _WORD.finditer(text):
            word = match.group(0)
            if excluded and _inside(match.span(), excluded):
                continue
            if not self._content(word):
                continue
            words.append((word, _clipped(text, match.end())))
        return self._topic(text, words, strict=True)

    def _content(self, word: str) -> bool:
        low = word.lower()
        if low in self.lexicon.subject_stopwords or low in self.org_words:
            return False
        if self.keys.whole(word) & self._generic_stems:
            return False  # "bringing" is as generic as "bring"
        return len(word) >= 3 or (len(word) == 2 and word.isupper())

    @property
    def _generic_stems(self) -> frozenset[str]:
        """The stems of the lexicon's single generic words."""
        if self._generic is None:
            self._generic = self.keys.generic_stems()
        return self._generic

    def _topic(
        self, text: str, words: list[tuple[str, bool]], strict: bool = False
    ) -> Topic:
        keys: set[str] = set()
        parts: set[str] = set()
        clipped_keys: set[str] = set()
        for word, clipped in words:
            if clipped:
                clipped_keys |= self.keys.whole(word)
                continue
            keys |= self.keys.whole(word)
            if len(word) >= 2 * PART:
                parts |= self.keys.parts(word) - self.keys.generic_parts(word)
        groups = self.lexicon.synonym_groups(text)
        shown = tuple(dict.fromkeys(w for w, _ in words)) if strict else ()
        return Topic(
            shown,
            frozenset(keys),
            frozenset(parts),
            groups,
            clipped=frozenset(clipped_keys),
        )

    # -- evidence ------------------------------------------------------------

    def of(self, evidence: m.Evidence) -> Topic:
        """What a piece of evidence is about (its descriptive fields)."""
        found = self._evidence.get(evidence.id)
        if found is None:
            texts, departments = descriptive(evidence)
            found = self._text_topic(texts, departments)
            self._evidence[evidence.id] = found
        return found

    def of_metric(self, story: m.ImpactStory, index: int) -> Topic:
        """What one metric is about: its name, its story's product, title and
        technique."""
        key = (story.id, index)
        found = self._metrics.get(key)
        if found is None:
            texts = [story.metrics[index].name, story.product, story.title]
            found = self._text_topic([*texts, story.technique], [])
            self._metrics[key] = found
        return found

    def of_team(self, team: m.Team) -> Topic:
        return self._text_topic([team.name, *(x.role for x in team.members)], [])

    def _text_topic(self, texts: Iterable[str], departments: list[str]) -> Topic:
        text = " \n ".join(t for t in texts if t)
        memo = self.keys.text_topics
        key = (self.org_words, text, tuple(departments))
        found = memo.get(key)
        if found is None:
            if len(memo) >= TEXT_TOPICS_KEPT:
                memo.clear()
            found = memo[key] = self._new_text_topic(text, departments)
        return found

    def _new_text_topic(self, text: str, departments: list[str]) -> Topic:
        generic = self.lexicon.cue("generic")
        words = [
            (w, False)
            for w in _WORD.findall(text)
            if self._content(w) and generic.match_at(w, 0) != len(w)
        ]
        topic = self._topic(text, words)
        phrases = tuple(d for d in departments if len(_WORD.findall(d)) > 1)
        single = [(d, False) for d in departments if len(_WORD.findall(d)) == 1]
        extra = self._topic(" \n ".join(departments), single)
        return Topic(
            (),
            topic.keys | extra.keys,
            topic.parts | extra.parts,
            topic.groups | extra.groups,
            phrases,
        )

    def about(self, claim: Topic, text: str, evidence: m.Evidence) -> bool:
        """Whether a claim (its topic and its text) meets a piece of evidence."""
        topic = self.of(evidence)
        if claim.meets(topic):
            return True
        folded = _fold(text)
        return any(_fold(p) in folded for p in topic.phrases)

    # -- what qualifies a team, what a community claim names -----------------

    def specialty(self, text: str) -> Topic | None:
        """The words that qualify "team" in an AI team claim ("our computer
        vision team", "unser MLOps-Team", "Team für Tourenplanung"), or None
        when none names a specialty ("our AI team", "das Data-Science-Team",
        "our growing team")."""
        lex = self.lexicon
        teams = _without(lex.cue("team").spans(text), lex.cue("team_exceptions"), text)
        if not teams:
            return None
        terms = lex.cue("ai_terms").spans(text)
        plain = lex.cue("no_specialty").spans(text)
        words: list[str] = []
        for a, b in teams:
            for start, end in _qualifiers(text, a, b):
                words += self._qualifying_words(text[start:end], terms, plain, start)
        words = list(dict.fromkeys(words))
        if not words:
            return None
        return self._topic(" ".join(words), [(w, False) for w in words], strict=True)

    def _qualifying_words(
        self,
        window: str,
        terms: list[tuple[int, int]],
        plain: list[tuple[int, int]],
        offset: int,
    ) -> list[str]:
        excluded = self.lexicon.cue("not_subjects").spans(window)
        out = []
        for match in _WORD.finditer(window):
            span = (match.start() + offset, match.end() + offset)
            word = match.group(0)
            if _inside(span, plain):
                continue
            if _inside(span, terms):
                out.append(word)  # an AI term that names a specialty ("NLP")
            elif not _inside(match.span(), excluded) and self._content(word):
                out.append(word)
        return out

    def partners(self, text: str) -> Topic | None:
        """The partners or projects a community claim names, or None when it
        names none: the name next to a partner word ("Universität Hamburg", "TU
        München") and names written as names ("PyTorch", "NeurIPS", "DFKI")."""
        lex = self.lexicon
        partner = lex.community.get("university_partnership")
        cues = partner.spans(text) if partner else []
        excluded = lex.cue("not_subjects").spans(text) + lex.cue("ai_terms").spans(text)
        tokens = list(_WORD.finditer(text))
        names = []
        for i, match in enumerate(tokens):
            word = match.group(0)
            if excluded and _inside(match.span(), excluded):
                continue
            if not self._content(word):
                continue
            if not word[0].isupper():
                continue
            if _next_to(tokens, i, cues) or (i > 0 and _is_name(word)):
                names.append(word)
        if not names:
            return None
        return self._topic(" ".join(names), [(w, False) for w in names], strict=True)


def _qualifiers(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Where the words that qualify a team word stand: up to three words right
    before it (no punctuation between), the part of a compound before "team"
    ("Datenteam"), and the words after "für"/"for" ("Team für Tourenplanung")."""
    out = []
    token = text[a:b]
    low = token.lower()
    for suffix in ("teams", "team"):
        if (
            low.endswith(suffix)
            and len(low) > len(suffix)
            and text[b - len(suffix) - 1].isalpha()
        ):
            out.append((a, b - len(suffix)))
            break
    before = _BEFORE.search(text, max(0, a - 80), a)
    if before:
        out.append(before.span(1))
    after = _AFTER.match(text, b)
    if after:
        out.append(after.span(1))
    return out


# up to three words (hyphens or spaces between) right before a team word
_BEFORE = re.compile(r"((?:[^\W_]+[\s\-\u2010\u2011]+){1,3})\Z")
# "für"/"for" and up to two words after a team word
_AFTER = re.compile(
    r"\s+(?:für|for|fuer)\s+((?:die\s+|den\s+|das\s+|the\s+)?[^\W\d_]+(?:[\s\-][^\W\d_]+)?)",
    re.IGNORECASE,
)


def _without(
    spans: list[tuple[int, int]], exceptions: Cues, text: str
) -> list[tuple[int, int]]:
    excluded = exceptions.spans(text) if spans and exceptions else []
    return [s for s in spans if not any(a < s[1] and s[0] < b for a, b in excluded)]


def _next_to(tokens: list[re.Match[str]], i: int, cues: list[tuple[int, int]]) -> bool:
    """The token stands right before or after a partner cue ("TU München"),
    at most one short word between ("Universität der Künste")."""
    for j in (i - 1, i - 2, i + 1, i + 2):
        if 0 <= j < len(tokens) and _inside(tokens[j].span(), cues):
            between = tokens[min(i, j) + 1 : max(i, j)]
            if all(len(t.group(0)) <= 3 for t in between):
                return True
    return False


def _is_name(word: str) -> bool:
    """A name rather than a capitalised common word: an acronym or a word with
    a capital inside ("NeurIPS", "PyTorch", "DFKI")."""
    return any(ch.isupper() for ch in word[1:])


def descriptive(evidence: m.Evidence) -> tuple[list[str], list[str]]:
    """The fields that say what a piece of evidence is about, and (for a
    milestone) its department names, which meet only as whole names."""
    if isinstance(evidence, m.RoadmapMilestone):
        return [evidence.title, evidence.description], list(evidence.departments)
    if isinstance(evidence, m.ImpactStory):
        metrics = [x.name for x in evidence.metrics]
        return [evidence.product, evidence.title, evidence.technique, *metrics], []
    if isinstance(evidence, m.Team):
        return [evidence.name, *(x.role for x in evidence.members)], []
    if isinstance(evidence, m.CommunityActivity):
        return [evidence.title, evidence.partner or ""], []
    if isinstance(evidence, m.DataAsset):
        return [evidence.name, evidence.description], []
    if isinstance(evidence, m.Resource):
        return [evidence.description], []
    if isinstance(evidence, m.Recognition):
        return [evidence.title, evidence.issuer], []
    if isinstance(evidence, m.HiringAICompliance):
        return [evidence.system], []
    return [], []


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in spans)


def _clipped(text: str, end: int) -> bool:
    """A truncated compound part: "Quali-" in "Quali- und Sicherheitsprüfung"."""
    return text[end : end + 1] in ("-", "\u2010", "\u2011") and (
        end + 1 >= len(text) or not text[end + 1].isalnum()
    )


def _fold(text: str) -> str:
    return " ".join(_WORD.findall(text.lower().translate(_FOLD)))


def listing(words: Iterable[str], limit: int = 5) -> str:
    shown = list(dict.fromkeys(words))
    return ", ".join(shown[:limit])
