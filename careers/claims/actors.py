"""Who a sentence speaks of, and what its negations govern.

A claim asserts something about the organisation's AI. These readings decide
whose AI a sentence is about: the organisation's ("we", its name, "the
company", "our ML stack"), the candidate's ("you", a task bullet, an
applicant using ChatGPT), or nobody's in particular (companies in general, AI
as a field). They work on one sentence unit at a time, with the lexicon's cue
lists; every scan is linear in the unit.
"""

from __future__ import annotations

import re

from .lexicon import Lexicon

Span = tuple[int, int]
_WORDS = re.compile(r"[\w'\u2019-]+")
_ARTICLE_GAP = 2  # "das neue KI-Modell": words between an article and its noun
_DETERMINER_SCOPE = 3  # "keine Kenntnisse in KI": words a determiner governs
_AFTER_SCOPE = 3  # "KI wird bei uns nicht eingesetzt": a negation after the AI


def words_between(text: str, a: int, b: int) -> int:
    return len(_WORDS.findall(text[a:b]))


def live_terms(text: str, terms: list[Span], clause_of, lex: Lexicon) -> list[Span]:
    """The AI terms that no negation governs.

    A negating determiner ("no", "kein", "ohne") governs the noun phrase right
    after it: "keine Erfahrung mit KI", not "kein Ziel beim Einsatz von KI". A
    negating adverb ("not", "nicht", "never") governs its clause: what follows,
    and what stands before it ("Wir setzen KI nicht ein"), except the subject of
    a copula that negates a noun: "KI ist für uns kein Trend, sondern ..." and
    "AI is not a trend for us" still say that AI is something.
    """
    exceptions = lex.cue("negation_exceptions").spans(text)
    cues = [
        c
        for c in lex.cue("negation").spans(text)
        if not any(a <= c[0] < b for a, b in exceptions)
    ]
    if not cues:
        return list(terms)
    determiners = lex.cue("negation_determiners")
    copulas = lex.cue("copulas").spans(text)
    live = []
    for term in terms:
        clause = clause_of(term[0])
        governed = False
        for cue in cues:
            if clause_of(cue[0]) != clause:
                continue
            determiner = determiners.match_at(text, cue[0]) == cue[1]
            if cue[1] <= term[0]:
                near = words_between(text, cue[1], term[0]) <= _DETERMINER_SCOPE
                governed = near if determiner else True
            elif not _copula_noun(text, term, cue, copulas, determiner):
                # "Wir nutzen KI nicht", "AI does not decide": right after it
                near = words_between(text, term[1], cue[0]) <= _AFTER_SCOPE
                governed = near and not determiner
            if governed:
                break
        if not governed:
            live.append(term)
    return live


def _copula_noun(
    text: str, term: Span, cue: Span, copulas: list[Span], determiner: bool
) -> bool:
    """ "AI is not a trend", "KI ist kein Tool-Trend": the negation is of a noun
    after a copula, so the AI before it is asserted, not denied."""
    between = any(term[1] <= a and b <= cue[0] for a, b in copulas)
    if not between:
        return False
    after = text[cue[1] : cue[1] + 12].lstrip().lower()
    return determiner or after.startswith(("a ", "an ", "the ", "ein", "nur", "just"))


def org_actors(text: str, lex: Lexicon, names) -> list[Span]:
    """Where the organisation is named: "we", "our", its name or its products'
    names, and definite references to it ("the company", "der Konzern"); a
    focus opening the sentence ("Die Schwerpunkte liegen in ...") is its own.
    "We" for everyone ("wir alle", "unser Leben", "the assistants we use in
    daily life") is not the organisation."""
    everyone = lex.cue("org_marker_exceptions").spans(text)
    found = [
        (a, b)
        for a, b in lex.cue("org_markers").spans(text)
        if not any(x < b and a < y for x, y in everyone)
    ]
    if lex.cue("everyone").search(text):
        found = []
    found += names.spans(text)
    start = lead_end(text)
    end = lex.cue("focus_openers").match_at(text, start)
    if end > 0:
        found.append((start, end))
    found += lex.cue("org_nouns").spans(text)
    found += [m.span() for m in _ORG_NOUN.finditer(text)]
    return sorted(found)


# a definite article, an adjective, and a word for a company: "das Stuttgarter
# Unternehmen", "the Berlin-based company", "der Münchner Versicherer"
_ORG_NOUN = re.compile(
    r"(?<!\w)(?:[Tt]he|[Dd]as|[Dd]er|[Dd]ie|[Dd]em|[Dd]es)\s+[\w-]+\s+"
    r"(?:company|firm|startup|start-up|insurer|bank|retailer|group|Unternehmen|"
    r"Unternehmens|Konzern|Konzerns|Start-up|Startup|Versicherer|Versicherung|"
    r"Bank|Händler|Gruppe|Klinik|Klinikum|Mittelständler)(?!\w)"
)


def owns_ai(text: str, terms: list[Span], names: list[Span], lex: Lexicon) -> bool:
    """The organisation's own AI is named: a possessive before the AI term ("our
    ML stack", "unsere KI-basierte Software", "its AI"), the organisation's name
    in the genitive ("Retorios KI") or in apposition ("SumUp Edge, an
    AI-powered co-pilot"), and not a team ("join our ML team" is a hiring
    line)."""
    # "Zu seinen Aufgaben gehört es, ...": a possessive inside others' words
    theirs = lex.cue("others").spans(text)
    possessive = [
        (a, b)
        for a, b in lex.cue("possessives").spans(text)
        if not any(x <= a and b <= y for x, y in theirs)
    ]
    teams = lex.cue("team").spans(text)
    roles = teams + lex.cue("role_nouns").spans(text)
    for a, b in terms:
        if any(0 <= ta - b <= 12 or ta < b <= tb for ta, tb in roles):
            continue  # "our ML team", "unser KI-Team", "our ML lead"
        before = [s for s in possessive if s[1] <= a]
        if before:
            start = max(s[1] for s in before)
            gap = text[start:a]
            # "unseres Teams für KI", not "ein eigenes Team, das KI-Dienste anbietet"
            team = any(start <= x and y <= a and "," not in text[y:a] for x, y in teams)
            near = words_between(text, start, a) <= 3
            # "ihren Bewerbern KI-Kenntnisse": the possessive has its own noun
            word = next(text[x:y] for x, y in before if y == start).lower()
            others = word.startswith(_GERMAN_POSSESSIVES) and _NOUN.fullmatch(gap)
            # "anders sein, um KI ...": punctuation right after it makes the
            # word a verb or a pronoun, no possessive of a noun phrase
            bare = gap.lstrip()[:1] in _PUNCT
            if near and not (team or others or bare) and not re.search(r"[.;:!?]", gap):
                return True
        if any(_NAMED.fullmatch(text[n[1] : a]) for n in names if n[1] <= a):
            return True
        if any(_AT.fullmatch(text[b : n[0]]) for n in names if n[0] >= b):
            return True  # "machine learning at Dropbox", "KI bei Mutabor"
    return False


_PUNCT = tuple(",.;:!?")
_AT = re.compile(r"\s+(?:at|bei|von|of)\s+")
# one German noun between a possessive and the AI term: "ihren Bewerbern KI-..."
_NOUN = re.compile(r"\s*[A-ZÄÖÜ][a-zäöüß]+(?:\s+[a-zäöüß]+){0,2}\s+")
_GERMAN_POSSESSIVES = ("unser", "ihr", "sein")


# between a name and its AI: a genitive ("Retorios KI", "Zalando's AI") or an
# apposition ("SumUp Edge, an AI-powered", "FRAIM - die KI")
_NAMED = re.compile(
    r"(?:['’]?s)?\s*|\s+\w+\s*[,–—-]\s*(?:an?|the|ein\w*|die|der|das)\s+"
)


def brand_terms(text: str, terms: list[Span], names: list[Span]) -> list[Span]:
    """AI terms inside the organisation's name that only brand it ("Substrate
    AI", "Jerry.AI"): a name says nothing about the organisation's use of AI.
    A name that says what the organisation is for ("Datenwerft für KI",
    "Center for Machine Learning") keeps its AI term: it states the field."""
    out = []
    for a, b in terms:
        for na, nb in names:
            if na <= a and b <= nb and not _FIELD.search(text[na:a]):
                out.append((a, b))
                break
    return out


_FIELD = re.compile(r"(?<!\w)(?:für|for|of|in|zur|zum|der|des)\s", re.I)


def topical_terms(
    text: str, terms: list[Span], lex: Lexicon, *, gathered: bool = False
) -> list[Span]:
    """AI terms that only qualify a topic: "AI companies we track", "Stellen
    mit KI-Bezug", "AI-related products", "das Thema KI". With `gathered`, the
    organisation forms a team or holds an activity around the topic ("Mein
    Team ist um das Thema KI gebildet worden"): AI named as a topic there is
    what its team or activity is about."""
    after = lex.cue("ai_topics_after")
    nouns = lex.word_set("topic_nouns")
    out = []
    for a, b in terms:
        gap = len(text[b:]) - len(text[b:].lstrip(" -‐‑"))
        # "der Einzug der KI in unsere Disposition": the organisation's own
        topic = _after_topic_noun(text, a, nouns, lex) and not _to_us(text, b, lex)
        if (
            (gap <= 2 and after.match_at(text, b + gap) > 0)
            or (topic and not gathered)
            or _in_a_name(text, b, lex)
        ):
            out.append((a, b))  # "das Thema KI", "Interesse am Thema KI"
    return out


def _after_topic_noun(text: str, a: int, nouns: frozenset[str], lex: Lexicon) -> bool:
    """A topic noun right before the AI term ("das Thema KI"), or up to two
    lowercase words before it with no punctuation and no possessive between
    ("Themen wie KI", "das Aufkommen generativer KI", "der Einzug von KI")."""
    if text[a - 1 : a] != " ":
        return False
    tokens = text[max(0, a - 40) : a].split()
    for gap in range(min(_TOPIC_GAP, len(tokens) - 1) + 1):
        noun = tokens[-1 - gap].strip("\"'(„“")
        if noun.lower() in nouns:
            between = " ".join(tokens[len(tokens) - gap :])
            return not lex.cue("possessives").search(between)
        if not _LOWER.fullmatch(tokens[-1 - gap]):
            return False
    return False


def _to_us(text: str, end: int, lex: Lexicon) -> bool:
    """The organisation is named right after the AI term, or after one
    preposition ("KI bei uns", "KI in unsere Disposition"); not "Das Thema
    KI beschäftigt unsere Kunden"."""
    rest = text[end : end + 30]
    markers = lex.cue("org_markers").spans(rest)
    if not markers:
        return False
    words = _WORDS.findall(rest[: markers[0][0]])
    return not words or (
        len(words) == 1 and words[0].lower() in lex.word_set("prepositions")
    )


_TOPIC_GAP = 2  # lowercase words between a topic noun and the AI term
_LOWER = re.compile(r"[a-zäöüß]+")


def others_relative(text: str, terms: list[Span], lex: Lexicon) -> list[Span]:
    """AI terms in a relative clause about others: "We invest in startups that
    build AI", "companies who present an AI-based business model". The AI is
    theirs; the clause ends at the next punctuation."""
    out = []
    for _, b in lex.cue("others").spans(text):
        m = _WHO.match(text, b)
        if not m:
            continue
        stop = _CLAUSE_STOP.search(text, m.end())
        end = stop.start() if stop else len(text)
        out += [t for t in terms if m.end() <= t[0] < end]
    return out


def channel_terms(text: str, terms: list[Span], lex: Lexicon) -> list[Span]:
    """AI terms that name a channel in which others are seen: "their
    visibility in AI search, ChatGPT and other AI apps", "cited in AI
    answers". The AI is the search engines'; the channel runs to the end of
    its list (the next full stop, semicolon or bracket)."""
    out = []
    for _, b in lex.cue("ai_channels_before").spans(text):
        stop = _LIST_STOP.search(text, b)
        end = stop.start() if stop else len(text)
        out += [t for t in terms if b <= t[0] < end]
    return out


_LIST_STOP = re.compile(r"[;:.!?()]")
_WHO = re.compile(r"\s+(?:who|that|which)\s")
_CLAUSE_STOP = re.compile(r"[,;:.!?()]")


def _in_a_name(text: str, end: int, lex: Lexicon) -> bool:
    """The AI term ends a name that an acronym abbreviates, "Zentrum für
    Künstliche Intelligenz (BeKI)": an institution, not AI in use. The term's
    own abbreviation, "Künstliche Intelligenz (KI)", is no name."""
    m = _ACRONYM.match(text, end)
    return bool(m) and not lex.cue("ai_terms").search(m.group(1))


_ACRONYM = re.compile(r" \(([A-Z][A-Za-z]*[A-Z])\)")


def generic_statement(text: str, terms: list[Span], lex: Lexicon) -> bool:
    """AI in general: a modal or a potential ("AI must be efficient", "KI hat
    ein grosses Potenzial", "Eine künstliche Intelligenz könnte das"). A verb
    that ends a clause ends a subordinate one (", das sicher verwendet werden
    kann"): it says nothing of the AI in general."""
    return any(
        not (text[a].islower() and _CLAUSE_END.match(text, b))
        for a, b in lex.cue("generic_statements").spans(text)
    )


# a German subordinate clause ends in its finite verb: ", das verwendet werden
# kann." speaks of what the clause describes, not of AI in general
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")


def generic_companies(text: str, lex: Lexicon) -> bool:
    """German "Unternehmen" without a singular determiner: companies in
    general ("Unternehmen sind gefordert, KI zu nutzen"), not companies that
    are served ("KI-Lösungen für Unternehmen")."""
    for m in _UNTERNEHMEN.finditer(text):
        before = _WORDS.findall(text[max(0, m.start() - 20) : m.start()])
        served = lex.word_set("client_prepositions")  # "KI-Lösungen für Unternehmen"
        if not before or before[-1].lower() not in (
            lex.word_set("singular_determiners") | served
        ):
            return True
    return False


_UNTERNEHMEN = re.compile(r"(?<![\w-])Unternehmen(?!\w)")


def question(text: str, lex: Lexicon) -> bool:
    """A question, with or without its question mark."""
    body = _LEAD.sub("", text.lstrip(" \"'(„“«"), count=1)
    if _HOW_WE.match(body):
        return False  # "How we keep our AI fair", "Wie wir KI einsetzen": a heading
    return (
        text.rstrip().endswith("?") or lex.cue("question_starts").match_at(body, 0) >= 0
    )


_HOW_WE = re.compile(r"(?:how|what|why|wie|was|warum)\s+(?:we|wir)\b", re.I)


def others(text: str, lex: Lexicon, *, skip: bool = False) -> bool:
    """Others are the actors: companies in general, employers, applicants,
    "many firms", "über 60 Prozent der Arbeitgeber", everyone ("in daily
    life"); others after "für" ("KI-Lösungen für Kommunen") are served, not
    actors. With `skip`, applicants named as what hiring AI works on
    ("Applicants are evaluated") do not count."""
    served = lex.word_set("client_prepositions")
    found = [
        s
        for s in lex.cue("others").spans(text)
        if word_before(text, s[0]) not in served  # "für Kommunen"
    ]
    found += lex.cue("everyone").spans(text)
    if skip and found:
        objects = lex.cue("hiring_objects").spans(text)
        found = [s for s in found if not any(a < s[1] and s[0] < b for a, b in objects)]
    return bool(found)


def word_before(text: str, pos: int) -> str:
    """The word that ends right before ``pos``, in lowercase ("" if none)."""
    m = LAST_WORD.search(text[max(0, pos - 40) : pos])
    return m.group(1).lower() if m else ""


# the last word of a text, before any punctuation
LAST_WORD = re.compile(r"(?<![\w-])([^\W\d_][\w-]*+)\W*+$")


def other_organisation(text: str, names, lex: Lexicon) -> bool:
    """Another organisation opens the sentence as its subject: an acronym after
    an article ("Das DFKI forscht ...", "Das DFKI hat ... eingerichtet") or a
    name before a verb of news ("Atlassian has announced AI will ..."), that
    is neither the organisation's name nor an acronym of it ("Das BAMF" for
    "Bundesamt für Migration und Flüchtlinge"); or a country or region opens
    it as the subject ("Germany is a leader in industrial AI"), unless the
    organisation is named after it ("Stadt Hamburg": "Hamburg setzt KI ein")."""
    body = _LEAD.sub("", text.lstrip(QUOTES), count=1)
    place = lex.cue("places").match_at(body, 0)
    if place > 0 and _VERB_NEXT.match(body, place):
        here = body[:place].lower()
        if not any(here in e.lower() for e in names.entries):
            return True  # "China is a global leader in AI": a country, not the firm
    if _institution_subject(body, names, lex):
        return True  # "Das Mainzer Wirtschaftsministerium hat ...", "Die Hochschulen"
    m = _ACRONYM_SUBJECT.match(body)
    if not m:
        m = _NAME_SUBJECT.match(body)
        if not m or lex.cue("news_verbs").match_at(body, m.end()) <= 0:
            return False
    name = m.group(1)
    if lex.cue("ai_terms").search(name) or names.search(name):
        return False
    if name.lower() in lex.word_set("openers") | {
        "i",
        "you",
        "this",
        "it",
        "he",
        "she",
    }:
        return False
    own = [e.strip("=").lower() for e in names.entries]
    return not any(_abbreviates(name.lower(), n) for n in own)


def _institution_subject(body: str, names, lex: Lexicon) -> bool:
    """A public institution opens the sentence as its subject, after a
    definite article and at most one adjective, before a lowercase word, its
    verb ("Das Mainzer Wirtschaftsministerium hat ...", "Die bayerischen
    Hochschulen konkurrieren ..."), and is not the organisation itself."""
    m = _INSTITUTION.match(body)
    if m is None or lex.cue("institutions").match_at(body, m.start(1)) != m.end(1):
        return False
    return not names.search(body[: m.end(1)])


def _abbreviates(acronym: str, name: str) -> bool:
    """ "bamf" abbreviates "bundesamt für migration und flüchtlinge": it starts
    with the name's first letter and its letters follow in the name's order."""
    if not name or acronym[:1] != name[:1]:
        return False
    rest = iter(name)
    return all(ch in rest for ch in acronym)


# a lowercase word after the subject: its verb ("China is", "Germany has"),
# not a genitive ("Europe's largest dataset")
_VERB_NEXT = re.compile(r"\s+[a-z]")
_INSTITUTION = re.compile(
    r"(?:Das|Der|Die)\s+(?:[\w-]+\s+)?([A-ZÄÖÜ][\w-]*)\s+(?=[a-zäöüß])"
)
_ACRONYM_SUBJECT = re.compile(
    r"(?:Das|Der|Die|The)\s+([A-ZÄÖÜ]{2,}[A-Za-z]*)\s+(?=[a-zäöüß])"
)
_NAME_SUBJECT = re.compile(r"([A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,3})\s+")


def speaker_only(text: str, terms: list[Span], lex: Lexicon) -> bool:
    """A staff member speaks of themself: a first-person opening ("Ich bin Data
    Scientist mit Schwerpunkt KI", "Mein Job sollte es sein, ein LLM
    aufzubauen") with no employer named ("at Omnius") and no particular AI
    ("Ich trainiere die KI-Modelle, die ..." speaks of the organisation's)."""
    body = _LEAD.sub("", text.lstrip(QUOTES), count=1)
    if lex.cue("speaker").match_at(body, 0) <= 0:
        return False
    return not (_EMPLOYER.search(text) or definite_ai(text, terms, lex))


_EMPLOYER = re.compile(r"(?<!\w)(?:at|bei)\s+[A-Z]")


def tagline(text: str, terms: list[Span], lex: Lexicon) -> bool:
    """A short line that is only a noun phrase, an AI and its relative clause
    ("AI that works at scale - not just in demos.", "Eine KI, die nicht redet,
    sondern mitdenkt."): on the organisation's page it presents its product.
    A main verb after the relative clause makes it a sentence about such an
    AI ("Eine KI, die mitdenkt, gibt es noch nicht")."""
    body = _LEAD.sub("", text.lstrip(QUOTES), count=1)
    offset = len(text) - len(body)
    m = _ARTICLE.match(body)
    start = offset + (m.end() if m else 0)
    first = next((t for t in terms if t[0] == start), None)
    if first is None or text.rstrip().endswith("?"):
        return False
    mains = lex.word_set("main_verbs") | lex.word_set("finite_verbs")
    rel = _relative(text, first[1], lex)
    if rel < 0 or len(_WORDS.findall(text[first[1] :])) > _TAGLINE_WORDS:
        return False  # "AI that ...", "AI assistant that ...", "Eine KI, die ..."
    rest = _WORDS.findall(text[rel:])[1:]  # past the relative's first word
    if any(w.lower() in mains for w in rest):
        return False
    after_comma = [m.group(1) for m in _AFTER_COMMA.finditer(text, first[1])]
    return not any(w in mains or _finite(w, lex) for w in after_comma[1:])


_ARTICLE = re.compile(r"(?:an?|ein|eine|one)\s+", re.I)


def _relative(text: str, end: int, lex: Lexicon) -> int:
    """Where a relative clause starts right after the AI, or after one noun
    ("AI that", "AI assistant that", "Eine KI, die"), or -1."""
    relatives = lex.word_set("relatives")
    for pattern in (_RELATIVE, _NOUN_RELATIVE):
        m = pattern.match(text, end)
        if not m:
            continue
        noun = m.group("noun")
        if noun.lower() in lex.word_set("main_verbs"):
            continue  # "AI is that ...": a verb, no noun
        comma = "," if "," in m.group("sep") else ""
        if comma + m.group("rel").lower() in relatives:
            return m.end()
    return -1


# a relative pronoun ("that"; German after a comma), right after the AI or a noun
_RELATIVE = re.compile(r"(?P<noun>)(?P<sep>\s+|\s*,\s*)(?P<rel>\w+)(?=\s)")
_NOUN_RELATIVE = re.compile(
    r"\s+(?P<noun>[\w-]+)(?P<sep>\s+|\s*,\s*)(?P<rel>\w+)(?=\s)"
)
_AFTER_COMMA = re.compile(r",\s*([\w-]+)")
_TAGLINE_WORDS = 16


def role_definition(text: str, lex: Lexicon) -> bool:
    """A role, or any kind of thing, is defined in general: an article, a role
    of at most three words and a copula open the sentence ("Der AI Engineer
    ist die Schlüsselrolle, ...", "An ML engineer is the person who ..."), or
    an indefinite noun is said to be an indefinite one ("Ein Chatbot ist ein
    Programm, das mithilfe von KI ...", "A chatbot is a program that ..."), or
    to be something under a condition ("A startup is AI-first when ..."); or
    an indefinite organisation opens it ("Ein Maschinenbauer aus NRW will
    ..."): some organisation, an example."""
    body = _LEAD.sub("", text.lstrip(QUOTES), count=1)
    offset = len(text) - len(body)
    if _DEFINITION.match(body):
        return True  # "Ein Chatbot ist ein Programm, das mithilfe von KI ..."
    if _CONDITION.match(body):
        return True  # "A startup is AI-first when AI ...": any such startup
    for kinds in ("role_nouns", "org_kinds"):
        indefinite = _opening_role(text, body, offset, _INDEFINITE, lex, kinds)
        if indefinite is not None and _LOWER_WORD.match(text, indefinite):
            # "Ein Data Scientist analysiert ...": anyone in the role; "Ein
            # Maschinenbauer aus NRW will ...": some organisation, an example
            return True
    b = _opening_role(text, body, offset, _ROLE_ARTICLE, lex)
    if b is None:
        return False
    gap = len(text[b:]) - len(text[b:].lstrip())
    return gap > 0 and lex.cue("copulas").match_at(text, b + gap) > 0


_DEFINITION = re.compile(
    r"(?:Ein|Eine|An?)\s+[\w-]+\s+(?:ist|is)\s+(?:ein|eine|an?)\s", re.I
)
# an indefinite subject said to be something under a condition: "A startup is
# AI-first when ...", "An insurer is data-driven if ..."
_CONDITION = re.compile(r"An?\s+[\w-]+\s+is\s+[\w-]+(?:\s+[\w-]+)?\s+(?:when|if)\s")
_ROLE_ARTICLE = re.compile(r"(?:der|die|ein|eine|the|an?)\s+", re.I)


def _opening_role(
    text: str,
    body: str,
    offset: int,
    article: re.Pattern[str],
    lex: Lexicon,
    nouns: str = "role_nouns",
) -> int | None:
    """Where the role ends that opens the sentence after `article` within
    three words ("Der AI Engineer", "Ein Data Scientist"), or None. An
    indefinite article, a role and a verb after it ("Ein Data Scientist
    analysiert große Datenmengen ...") tell what anyone in that role does, a
    job profile, not the organisation's work."""
    m = article.match(body)
    if not m:
        return None
    start = offset + m.end()
    for a, b in lex.cue(nouns).spans(text):
        if a >= start and words_between(text, start, b) <= 3:
            return b
    return None


_INDEFINITE = re.compile(r"(?:ein|eine)\s+", re.I)
_LOWER_WORD = re.compile(r"\s+[a-zäöüß]{2,}(?![\w-])")


def candidates_own_ai(text: str, lex: Lexicon) -> bool:
    """The candidate's own use of AI: "applications written by an LLM",
    "Dass jemand KI für die Bewerbung nutzt", "Using AI outside of these
    boundaries may affect your chances"."""
    return lex.cue("candidate_ai_use").search(text)


def is_task(text: str, lex: Lexicon, german: bool) -> bool:
    """A task or duty bullet of a job ad: it starts with a verb of work ("Design
    and implement …", "Implementing ML …", "Have built …") or with years of
    experience ("3+ years shipping ML"); or, in German, it tells the reader
    what to do ("Prüfen Sie regelmäßig, ob die KI ..."), or its first clause ends
    in an infinitive with no subject ("KI-Agenten einsetzen, um …",
    "An Komponenten rund um LLMs arbeiten.") or it is a noun phrase of work
    ("technische Umsetzung … von KI-Modellen")."""
    body = _LEAD.sub("", text, count=1)
    if _YEARS_LEAD.match(body):
        return True  # "3-12 years shipping AI/ML", "5+ Jahre Erfahrung mit KI"
    start = lex.cue("task_starts").match_at(body.lower(), 0)
    if start >= 0 and (start == len(body) or not body[start].isalnum()):
        return True
    if not german:
        return False
    if _IMPERATIVE.match(body):
        return True  # "Prüfen Sie regelmäßig, ob die KI ...": the reader acts
    words = _WORDS.findall(body)
    if len(words) < 2:
        return False
    subjects = lex.word_set("subject_words")
    subject = any(w.lower() in subjects for w in words)
    finite = any(_finite(w, lex) for w in words)
    first = _WORDS.findall(_FIRST_CLAUSE.split(body, maxsplit=1)[0])
    finites = lex.word_set("finite_verbs")
    # a modal makes a sentence: "700 Experten sollen dort an KI arbeiten"
    modal = any(w.lower() in finites for w in first)
    if first and not subject and not modal and _INFINITIVE.fullmatch(first[-1]):
        return True  # "KI-Agenten einsetzen, um ..."
    if not (subject or finite) and _INFINITIVE.fullmatch(words[-1]):
        return True  # "An Komponenten rund um LLMs arbeiten."
    opening = " ".join(words[:3])
    return lex.cue("task_nouns").search(opening) and not finite


def _finite(word: str, lex: Lexicon) -> bool:
    """A lowercase word that looks like a finite German verb ("spart", "ist")."""
    return word in lex.word_set("finite_verbs") or (
        len(word) >= 4
        and word.islower()
        and word.endswith("t")
        and word not in lex.word_set("not_verbs")
    )


# experience asked of the candidate, opening a bullet: "3+ years", "5-7 yrs"
_YEARS_LEAD = re.compile(
    r"\d+\s*(?:[-\u2013]\s*\d+\s*)?\+?\s*(?:years?|yrs?|Jahre?n?)(?!\w)", re.I
)
# a German imperative to the reader: "Kommunizieren Sie offen, dass ..."
_IMPERATIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:en|ern|eln) Sie(?!\w)")
_FIRST_CLAUSE = re.compile(r"[,;:(]| - | \u2013 | \u2014 ")
_INFINITIVE = re.compile(r"[a-zäöüß]{3,}(?:en|ern|eln)")


# a bullet, a heading or a label before the sentence: "- ", "System Design: "
_LEAD = re.compile(r"^(?:[-*\u2022\u00b7>(]\s*)?(?:[A-Z][\w&/ ,.-]{0,60}:\s+)?")


def role_label(text: str, lex: Lexicon) -> bool:
    """A label that names a role opens the sentence ("Machine Learning
    Engineer: Fokus auf ...", "KI-Architekt: verantwortlich für ..."): what
    follows profiles the role in general, an entry in a list of job
    profiles."""
    end = lead_end(text)
    label = text[:end].rstrip()
    if not label.endswith(":"):
        return False
    colon = len(label) - 1
    return any(b == colon for _, b in lex.cue("role_nouns").spans(label))


def class_definition(text: str, lex: Lexicon) -> bool:
    """A glossary entry: a label, then a plural demonstrative standing alone
    as the subject ("Regelbasierte Chatbots: Diese folgen festen Skripten"):
    the label names a class of systems that the entry defines. "Nova: Diese
    KI ..." names a particular one."""
    end = lead_end(text)
    if not text[:end].rstrip().endswith(":"):
        return False
    words = _WORDS.findall(text[end : end + 40])
    return (
        len(words) >= 2
        and words[0].lower() in lex.word_set("class_pronouns")
        and _INFINITIVE.fullmatch(words[1]) is not None
    )


def lead_end(text: str) -> int:
    """Where the sentence starts after a bullet, a heading or a label."""
    return _LEAD.match(text).end()


def ai_subject(text: str, terms: list[Span], lex: Lexicon) -> bool:
    """A particular AI is the subject: it opens the sentence after an article,
    a demonstrative or a possessive ("Die KI nutzt dafür ...", "Dieser
    KI-Assistent soll ..."). A bare or indefinite AI opening a sentence is AI
    in general ("AI performs well at ...", "KI gewinnt an Bedeutung")."""
    body = _LEAD.sub("", text.lstrip(QUOTES), count=1)
    offset = len(text) - len(body)
    for a, _ in terms:
        if a < offset:
            continue
        words = _WORDS.findall(text[offset:a])
        openers = lex.word_set("openers")
        if 1 <= len(words) <= 2 and all(w.lower() in openers for w in words):
            return True
        if (
            len(words) == 2
            and words[0].lower() in openers
            and _adjective(words[1], lex)
        ):
            return True  # "Das neue KI-Modell ist ...", "The new AI model ..."
    return False


def inverted_subject(text: str, terms: list[Span], lex: Lexicon) -> bool:
    """German puts the finite verb second, so a particular AI may follow it as
    the subject ("Bei einem Treffer markiert die KI die Stelle", ", auch die
    KI prüft das Bild"): an article right before the AI, after a lowercase
    word that is not a preposition ("mit der KI" is its object), and a
    lowercase word after it that is not one either (its verb or "und", not
    "die KI in der Medizin")."""
    openers = lex.word_set("openers")
    prepositions = lex.word_set("prepositions")
    for a, b in terms:
        before = _WORDS.findall(text[max(0, a - 40) : a])
        after = _WORDS.findall(text[b : b + 40])
        if (
            len(before) >= 2
            and after
            and after[0].islower()
            and after[0] not in prepositions
            and text[:a].endswith(" ")
            and before[-1].lower() in openers
            and before[-2].islower()
            and before[-2] not in prepositions
            and not lex.cue("generic_statements").search(before[-2])
        ):
            return True
    return False


def _adjective(word: str, lex: Lexicon) -> bool:
    """An adjective between an article and the AI ("neue", "new"), not a
    quantifier ("die meisten KI-Systeme" is AI in general)."""
    return word.islower() and word not in lex.word_set("indefinites")


def reported_use(text: str, terms: list[Span], lex: Lexicon) -> bool:
    """One of the organisation's people is quoted on its AI in use: a
    quotation closes before ", erklärt <Name>" ("sagt", "so"), holds an AI
    term and ends in a passive of use ("Aktuell wird KI in einem eng
    begrenzten Rahmen eingesetzt“, erklärt der CDO"): the speaker reports
    what their organisation does. A future ("eingesetzt werden") does not
    end in the participle; a general scope ("in vielen Verwaltungen",
    "überall") makes it a view of AI anywhere."""
    m = _SAID.search(text)
    if m is None or m.group(1).lower() not in lex.word_set("speech_verbs"):
        return False
    end = m.start()
    start = text.rfind('"', 0, end) + 1
    if not any(start <= a and b <= end for a, b in terms):
        return False
    words = {w.lower() for w in _WORDS.findall(text[start:end])}
    if not words & lex.word_set("passive_auxiliaries"):
        return False
    if words & lex.word_set("general_scopes"):
        return False
    last = _LAST.search(text, start, end)
    return bool(last) and any(b == last.end() for _, b in lex.cue("usage").spans(text))


# a quotation closed before its attribution: '...eingesetzt", erklärt Dennis'
_SAID = re.compile(r'"\s*,\s*(\w+)\s')
_LAST = re.compile(r"[\w-]+(?=\W*$)")


def general_subject(text: str, terms: list[Span], lex: Lexicon) -> bool:
    """AI in general opens the sentence as its subject: bare ("Machine-learning
    algorithms use statistics", "AI teams face challenges", after a German
    verb in second place: "Dabei hat KI ...") or after an indefinite article
    ("An AI researcher optimizes a model", "Ein KI-Team ist mehr als ..."),
    not a particular AI ("Die KI", "Our AI")."""
    body = _LEAD.sub("", text.lstrip(QUOTES), count=1)
    offset = len(text) - len(body)
    first = next((a for a, _ in terms if a >= offset), None)
    if first is None:
        return False
    words = [w.lower() for w in _WORDS.findall(text[offset:first])]
    if len(words) == 2 and words[1] in lex.word_set("finite_verbs"):
        words = words[2:]  # German verb second: "Jedenfalls hat KI ... gehalten"
    return not words or (len(words) == 1 and words[0] in lex.word_set("indefinites"))


QUOTES = " \"'(\u201e\u201c\u00ab"


def definite_ai(text: str, terms: list[Span], lex: Lexicon) -> bool:
    """A particular AI: "the AI", "die KI", "dieser KI-Assistent", "unsere KI",
    not AI in general."""
    heads = lex.word_set("field_heads")
    for a, b in terms:
        before = _WORDS.findall(text[max(0, a - 30) : a])
        opener = before and before[-1].lower() in lex.word_set("openers")
        head = _WORDS.match(text[b:].lstrip(" -"))
        field = head and head.group().lower() in heads  # "die KI-Technologie"
        if opener and not _genitive(before) and not field:
            return True
    return False


def _genitive(words: list[str]) -> bool:
    """ "das Potenzial der KI", "die Ergebnisse der KI": an article after a
    noun makes AI that noun's attribute, AI in general, not a particular one."""
    return (
        len(words) >= 2
        and words[-1] in ("der", "des")
        and words[-2][:1].isupper()
        and words[-2].lower() not in ("der", "die", "das")
    )


def general_hiring(text: str, terms: list[Span], lex: Lexicon) -> bool:
    """Hiring AI spoken of in general: hiring as the field AI is in ("KI im
    Recruiting hat Einzug gehalten", "KI wird heute entlang des gesamten
    Bewerbungsprozesses eingesetzt", "AI in hiring") with no applicant's
    papers acted on, or a generic plural as what acts ("AI-powered applicant
    tracking systems scan resumes", "Viele KI-Tools bewerten ..."). "KI
    ordnet Profile ein" still speaks of a particular AI."""
    field = not _papers_acted_on(text, lex) and any(
        _field_phrase(text, tb, a, lex)
        for a, _ in lex.cue("hiring_process").spans(text)
        for _, tb in terms
        if tb <= a
    )
    if field or not terms:
        return field
    first_a, first_b = terms[0]
    return any(
        b > first_a and (a < first_b or words_between(text, first_b, a) <= 4)
        for a, b in lex.cue("generic_plurals").spans(text)
    )


def _field_phrase(text: str, end: int, start: int, lex: Lexicon) -> bool:
    """The hiring word at `start` is the field of the AI that ends at `end`: a
    field preposition, at most two lowercase words (an article, an adjective)
    and the hiring word, a few words after the AI ("KI im Recruiting", "KI
    wird heute bei der Vorauswahl ...", "entlang des gesamten
    Bewerbungsprozesses")."""
    words = _WORDS.findall(text[end:start])
    preps = lex.word_set("field_prepositions")
    for i in range(max(0, len(words) - _FIELD_WORDS), len(words)):
        if words[i].lower() in preps and all(w.islower() for w in words[i + 1 :]):
            return i <= _FIELD_GAP and not _CLAUSE_STOP.search(text[end:start])
    return False


_FIELD_WORDS = 3  # the preposition and at most two words before the hiring word
_FIELD_GAP = 4  # words between the AI and the preposition: a verb, adverbs
# a full stop inside the sentence ends an abbreviation ("u. a."), not a clause
_CLAUSE_STOP = re.compile(r"[,;:!?]\s")


def _papers_acted_on(text: str, lex: Lexicon) -> bool:
    """An applicant's papers near an action on them ("bewertet Bewerbungen",
    "screens CVs", not "CV-Screening"): a particular hiring AI at work, not
    its field."""
    objects = [a for a, _ in lex.cue("hiring_objects").spans(text)]
    actions = [a for a, _ in lex.cue("hiring_actions").spans(text)]
    # "CV-Screening": paper and action in one compound name a process
    compounds = {
        p for o in objects for a in actions if _one_word(text, o, a) for p in (o, a)
    }
    return any(
        abs(o - a) <= _ACTION_REACH
        for a in actions
        for o in objects
        if not {o, a} & compounds
    )


def _one_word(text: str, a: int, b: int) -> bool:
    return not any(ch.isspace() for ch in text[min(a, b) : max(a, b)])


_ACTION_REACH = 60
