"""Reading one sentence (or a sentence and its continuation): AI terms, negation,
candidate requirements, topic mentions, and the kinds of claim it makes.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from . import actors
from .lexicon import Cues, Lexicon
from .numbers import Format, Number, find_numbers

Span = tuple[int, int]
_CLAUSE_PUNCT = re.compile(r"[,;:()\[\]]|\s[-\u2013\u2014]\s|[.!?](?=\s)")
_GAP_WORDS = re.compile(r"[\w'-]+")
_DIGIT = re.compile(r"\d")
# a digit that starts a number, not one inside a code ("YC S25", "W19")
_COUNT = re.compile(r"(?<!\w)\d")
_YEAR = re.compile(r"(?<![\w.,])(19|20)\d\d(?![\w.,]\d)")
_INFINITIVE = re.compile(r"\w(?:en|ern|eln)$")
# tried only where a word starts, each word taken whole: linear in the clause
_LAST_WORD = actors.LAST_WORD


@dataclass(frozen=True)
class Context:
    """What reading a sentence needs beyond the lexicon."""

    lexicon: Lexicon
    number_format: Format
    as_of_year: int
    names: Cues  # the organisation's and its products' names
    language: str = "en"


@dataclass
class Reading:
    """What one sentence unit says."""

    ai_terms: list[Span] = field(default_factory=list)
    live_terms: list[Span] = field(default_factory=list)  # not negated
    is_claim: bool = False
    is_requirement: bool = False
    kinds: list[str] = field(default_factory=list)
    community: list[str] = field(default_factory=list)
    numbers: list[Number] = field(default_factory=list)

    @property
    def makes_ai_role(self) -> bool:
        return self.is_claim or self.is_requirement


class Clauses:
    """The clause of each position: punctuation and words like "but" end one."""

    def __init__(self, text: str, lexicon: Lexicon) -> None:
        cuts = [m.start() for m in _CLAUSE_PUNCT.finditer(text)]
        cuts += [a for a, _ in lexicon.cue("clause_breaks").spans(text)]
        self.cuts = sorted(cuts)
        self.text = text

    def index(self, pos: int) -> int:
        return bisect.bisect_right(self.cuts, pos)

    def bounds(self, index: int) -> Span:
        start = self.cuts[index - 1] if index > 0 else 0
        end = self.cuts[index] if index < len(self.cuts) else len(self.text)
        return start, end


def spans_without(text: str, cues: Cues, exceptions: Cues) -> list[Span]:
    """Cue spans that do not overlap an exception ("not only", "best practice")."""
    found = cues.spans(text)
    excluded = exceptions.spans(text) if found and exceptions else []
    return [span for span in found if not _overlaps(span, excluded)]


def _overlaps(span: Span, spans: list[Span]) -> bool:
    """Whether `span` overlaps one of `spans` (sorted and disjoint)."""
    i = bisect.bisect_right(spans, (span[1], span[1])) - 1
    return i >= 0 and spans[i][1] > span[0] and spans[i][0] < span[1]


def followers(text: str, firsts: list[Span], seconds: list[Span], words: int) -> set:
    """The pairs (first, second) where `second` closely follows `first`.

    Both lists are sorted and disjoint, so each second has few candidates: those
    ending in the 40 characters before it or inside it.
    """
    ends = [f[1] for f in firsts]
    out = set()
    for second in seconds:
        i = bisect.bisect_left(ends, second[0] - 40)
        while i < len(firsts) and firsts[i][1] < second[1]:
            if _near_after(text, firsts[i], second, words):
                out.add((firsts[i], second))
            i += 1
    return out


def read(
    text: str, ctx: Context, *, title: bool = False, tail: int | None = None
) -> Reading:
    """Everything the rules need to know about one sentence unit.

    `tail` is where sentences that continue the first one begin ("It cut costs by
    30 %."): they speak of the AI named before, so a team named there is an AI team.
    """
    lex = ctx.lexicon
    reading = Reading(ai_terms=lex.cue("ai_terms").spans(text))
    if not reading.ai_terms:
        return reading
    brand = actors.brand_terms(text, reading.ai_terms, ctx.names.spans(text))
    if len(brand) == len(reading.ai_terms):
        return reading  # "Acme AI is hiring ...": the name says nothing of its AI
    clauses = Clauses(text, lex)
    negated = _negated_clauses(text, clauses, lex)
    terms = [t for t in reading.ai_terms if t not in brand]
    live = actors.live_terms(text, terms, clauses.index, lex)
    gathered = _gathered(text, ctx)
    topical = actors.topical_terms(text, live, lex, gathered=gathered)
    topical += actors.others_relative(text, live, lex)
    topical += actors.channel_terms(text, live, lex)
    reading.live_terms = [t for t in live if t not in topical]
    labels = _label_fields(text, lex)
    if labels and reading.live_terms:
        prose = [t for t in reading.live_terms if not _inside(t, labels)]
        if not prose:  # "Acme AI | ML Engineer | Remote": roles, not claims
            reading.is_requirement = not title
            return reading
        reading.live_terms = prose
    if reading.live_terms:
        terms = reading.live_terms
        if tail is not None:
            terms = [*terms, (tail, tail)]
        _classify(text, reading, clauses, negated, ctx, title, terms)
    return reading


def _label_fields(text: str, lex: Lexicon) -> list[Span]:
    """The short fields of a header line ("Acme (YC W19) | ML Engineer | Remote |
    We build ..."): with at least two pipes, a field of a few words that neither
    speaks as the organisation ("we", "our") nor ends as a sentence does is a
    label naming the company, a role, a place or a skill. AI terms there claim
    nothing; a field of prose ("Acme builds AI agents.") is read as a sentence.
    Spaced dashes separate the fields of a line that neither ends as a
    sentence does nor holds a verb of use ("Topliner - Founding Engineer (AI x
    Search) - Remote - $80k"; not "Die KI – so der Hersteller – erkennt ...")."""
    seps = list(_PIPE.finditer(text))
    if len(seps) < 2 and not text.rstrip().endswith((".", "!", "?", ":")):
        used = spans_without(text, lex.cue("usage"), lex.cue("usage_exceptions"))
        seps = [] if used else list(_DASH.finditer(text))
    if len(seps) < 2:
        return []
    fields, start = [], 0
    for a, b in [*(m.span() for m in seps), (len(text), len(text))]:
        field = text[start:a]
        short = len(_GAP_WORDS.findall(field)) <= _LABEL_WORDS
        said = field.rstrip().endswith((".", "!", "?"))
        if short and not said and not lex.cue("org_markers").search(field):
            fields.append((start, a))
        start = b
    return fields


_PIPE = re.compile(r"\|")
_DASH = re.compile(r" [-\u2013\u2014] ")
_LABEL_WORDS = 12


def _inside(span: Span, fields: list[Span]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in fields)


def _first_sentence(text: str, anchors: list[Span]) -> str:
    """The sentence before its continuations: a tagline ("Eine KI, die
    mitdenkt.") stays one when the next sentence goes on about it ("Sie
    nutzt das Wissen der Einrichtung ...")."""
    tails = [a for a, b in anchors if a == b]
    return text[: tails[0]].rstrip() if tails else text


def _gathered(text: str, ctx: Context) -> bool:
    """The organisation is named beside a team or a community activity: what
    it gathers people around is its own ("unser Team rund um das Thema KI")."""
    lex = ctx.lexicon
    if not actors.org_actors(text, lex, ctx.names):
        return False
    # a word of the organisation's own name ("MUC SUMMIT", "Acme Labs") is
    # no team or activity that it gathers people in
    names = ctx.names.spans(text)
    cues = [lex.cue("team"), *lex.community.values()]
    return any(not _overlaps(span, names) for cue in cues for span in cue.spans(text))


def _negated_clauses(text: str, clauses: Clauses, lex: Lexicon) -> set[int]:
    cues = spans_without(text, lex.cue("negation"), lex.cue("negation_exceptions"))
    return {clauses.index(a) for a, _ in cues}


def _classify(
    text: str,
    reading: Reading,
    clauses: Clauses,
    negated: set[int],
    ctx: Context,
    title: bool,
    anchors: list[Span],
) -> None:
    lex = ctx.lexicon
    terms = reading.live_terms
    org = actors.org_actors(text, lex, ctx.names)
    if ctx.language == "de" and org and actors.others(text, lex):
        # "Viele Kommunen setzen KI in der Verwaltung ein": "der Verwaltung"
        # is theirs when others act and the organisation is not named
        nouns = lex.cue("org_nouns").spans(text)
        org = [s for s in org if s not in nouns]
    own = actors.owns_ai(text, terms, org, lex) or actors.tagline(
        _first_sentence(text, anchors), terms, lex
    )
    subject = actors.ai_subject(text, terms, lex) or (
        ctx.language == "de" and actors.inverted_subject(text, terms, lex)
    )
    if ctx.language == "de" and _identified(text, terms):
        own = True  # "Der freundliche Lotse ist eine künstliche Intelligenz"
    theirs = actors.other_organisation(text, ctx.names, lex)
    if theirs and not _in_clauses(org, terms, clauses):
        # "Das DFKI forscht ...", "Atlassian has announced ...": theirs, also
        # when the organisation speaks only in another clause ("..., but we")
        return
    if _quoted_voice(text, terms, lex):
        return  # "Ein typischer Dialog: „Wir wollen KI ...“": a customer speaks
    if ctx.language == "de" and not (org or own) and _reported(text, lex):
        return  # "Ziel müsse sein, ...": someone's words in Konjunktiv I
    if ctx.language == "de" and not own and _obliged(text, terms, clauses, lex):
        return  # "..., dass wir sensibel mit KI umgehen müssen": a duty, no use
    if ctx.language == "de" and _observed(text, terms, org, lex):
        return  # "Wir sehen, dass KI ...": AI the organisation observes
    if ctx.language == "de" and _recommended(text, terms, lex):
        return  # "Wir empfehlen, mit einem KI-Pilotprojekt zu starten": advice
    if not org and actors.speaker_only(text, terms, lex):
        return  # "Ich bin Data Scientist mit Schwerpunkt KI": the person's
    if not (own or _firm_acts(text, org, terms, lex)) and actors.candidates_own_ai(
        text, lex
    ):
        return  # the candidate's own AI: "applications written by an LLM"
    if not (
        own or lex.cue("signals").search(text) or org or _DIGIT.search(text) or subject
    ):
        return  # AI named as a topic: nothing said about the firm or the candidate
    kinds = _specific_kinds(text, anchors, lex)
    community = [k for k, cue in lex.community.items() if cue.search(text)]
    verbs = spans_without(text, lex.cue("usage"), lex.cue("usage_exceptions"))
    asked = ctx.language == "de" and (
        _asked(text, terms, clauses, lex) or _conditioned(text, terms, clauses, lex)
    )
    topic = _is_topic(text, verbs, lex, bool(org) or own) or asked
    topic = topic or (not (org or own) and _about(text, terms, lex))
    task = actors.is_task(text, lex, ctx.language == "de")
    # "We use AI tools heavily, but we expect ...": the firm uses AI in a clause
    used = _in_clauses(verbs, terms, clauses)
    firm_uses = bool(_in_clauses(org, used, clauses))
    if not own and (
        task
        or _is_requirement(text, terms, kinds, org, topic, lex, firm_uses, subject)
        or _only_roles(text, terms, kinds, _in_clauses(verbs, terms, clauses), lex)
    ):
        reading.is_requirement = not title
        return
    if lex.cue("optional").search(text) and _all_skills(text, terms, lex):
        return  # "Experience with ML is nice to have but not required"
    if title and not (kinds or community):
        return
    mine = bool(org) or own
    if not mine and _others_or_general(text, terms, kinds, lex):
        return  # others' AI, or AI in general: "most companies see AI as ..."
    continued = len(anchors) > len(terms)  # the next sentence goes on about it
    if not own and not continued and _potential(text, terms, kinds, lex):
        return  # "KI hat ein grosses Potenzial ... für unsere Kunden"
    usage = verbs + _agents(text, terms, lex)
    dated = _future_year_clauses(text, clauses, ctx)
    numbers = find_numbers(text, lex, ctx.number_format)
    measured = any(n.kind != "count" for n in numbers)  # "3x faster", "30 %"
    done = _particular_activity(text, community, lex)
    plan_clauses = _plan_clauses(text, clauses, ctx) | dated
    planned = _all_in(terms, clauses, plan_clauses)  # "soll ... ergänzt werden"
    # "erreichten den KI-Bot über 1150 Anfragen": a particular AI's count
    counted = _articled(text, terms, numbers, clauses, lex)
    said = mine or usage or kinds or done or dated or planned or measured or subject
    said = said or counted
    if topic or not said:
        return  # a question, AI as a topic, or nothing said about the firm
    facts = _Facts(text, clauses, negated, plan_clauses, reading.live_terms, usage)
    reading.numbers = [n for n in numbers if clauses.index(n.start) not in plan_clauses]
    reading.kinds = _claim_kinds(facts, kinds, community, reading.numbers, lex)
    reading.community = community
    reading.is_claim = True


def _identified(text: str, terms: list[Span]) -> bool:
    """A particular thing, named with a definite article, is said to be an AI
    ("Der freundliche Lotse ist eine künstliche Intelligenz", "Die Assistentin
    war eine KI"): that system is one, not AI in general ("KI ist eine
    Querschnittstechnologie") nor a kind defined ("Ein Chatbot ist ein
    Programm, das ...")."""
    return any(_IDENTITY.search(text[max(0, a - 80) : a]) for a, _ in terms)


# the definite subject (up to two lower-case words, adjectives, and its noun)
# and the copula, in either order ("Der Lotse ist", "dabei ist der Lotse"),
# then the indefinite article (and an adjective) that the AI term follows
_SUBJECT = r"(?:[Dd]er|[Dd]ie|[Dd]as)\s+(?:[a-zäöüß][\w-]*\s+){0,2}[A-ZÄÖÜ][\w-]*\s+"
_IDENTITY = re.compile(
    rf"(?<![\w-])(?:{_SUBJECT}(?:ist|war)\s+|(?:ist|war)\s+{_SUBJECT})"
    r"(?:eine|ein)\s+(?:[a-zäöüß][\w-]*\s+)?$"
)


def _reported(text: str, lex: Lexicon) -> bool:
    """Reported speech: a lowercase finite verb in Konjunktiv I ("Ziel müsse
    sein", "sei bereits im Einsatz", "solle eingeführt werden"), not the
    first person ("ich habe") and not "sei es" (whether ... or)."""
    verbs = lex.word_set("subjunctive_verbs")
    exceptions = lex.cue("subjunctive_exceptions").spans(text)
    return any(
        m.group() in verbs and not _overlaps(m.span(), exceptions)
        for m in _GAP_WORDS.finditer(text)
    )


def _obliged(text: str, terms: list[Span], clauses: Clauses, lex: Lexicon) -> bool:
    """Every AI term stands in a that-clause that ends in a necessity ("Ein
    Beweis dafür, dass wir sehr sensibel mit dem Einsatz von KI umgehen
    müssen"): what must be done, not what the organisation does."""
    needs = lex.word_set("necessities")
    for a, _ in terms:
        start, end = clauses.bounds(clauses.index(a))
        words = _GAP_WORDS.findall(text[start:end])
        if not (start and len(words) > 2 and words[0].lower() == "dass"):
            return False
        if words[-1].lower() not in needs:
            return False
    return bool(terms)


def _quoted_voice(text: str, terms: list[Span], lex: Lexicon) -> bool:
    """A voice that is not the organisation's is quoted after a colon ("Ein
    typischer Dialog aus der Praxis: „Wir wollen einen KI-Assistenten ...“",
    "Customers often tell us: "We need AI ..."") and holds every AI term: its
    "wir" is the speaker's, a customer's wish, not the organisation's claim."""
    colon = text.find(":")
    if colon < 0 or not lex.cue("quoted_voices").search(text[:colon]):
        return False
    rest = text[colon + 1 :].lstrip()
    return rest[:1] in _OPEN_QUOTES and all(a > colon for a, _ in terms)


_OPEN_QUOTES = "\"'\u201e\u201c\u201a\u00ab\u00bb"


def _observed(text: str, terms: list[Span], org: list[Span], lex: Lexicon) -> bool:
    """The organisation only observes ("Wir sehen, dass KI-Software ...", "Wir
    wissen, dass Firmen KI nutzen"): a verb of perception before ", dass"
    and every AI term after it, with neither the organisation nor a
    particular AI ("unser KI-Assistent") named in the that-clause."""
    m = _THAT.search(text)
    if m is None or not terms or any(a < m.end() for a, _ in terms):
        return False
    verbs = lex.word_set("perception_verbs")
    if not any(w.lower() in verbs for w in _GAP_WORDS.findall(text[: m.start()])):
        return False
    rest = text[m.end() :]
    that = [(a - m.end(), b - m.end()) for a, b in terms]
    return not (
        any(a >= m.end() for a, _ in org)
        or lex.cue("possessives").search(rest)
        or actors.definite_ai(rest, that, lex)
    )


_THAT = re.compile(r",\s*dass\b")
_WE = re.compile(r"(?<![\w-])(?:[Ww]ir|[Ii]ch)(?![\w-])")


def _recommended(text: str, terms: list[Span], lex: Lexicon) -> bool:
    """The organisation recommends ("Für Kommunen empfehlen wir, die Themen
    Daten und KI gemeinsam zu denken", "Wir raten, mit einem kleinen
    KI-Projekt zu beginnen"): a verb of advice next to "wir" or "ich" and
    every AI term after it, in what the reader should do, with no
    possessive there ("Wir empfehlen unseren KI-Assistenten")."""
    advice = lex.cue("advice_verbs").spans(text)
    speakers = [m.span() for m in _WE.finditer(text)]
    for a, b in advice:
        near = any(
            actors.words_between(text, min(b, y), max(a, x)) == 0 for x, y in speakers
        )
        if not near or any(t < b for t, _ in terms):
            continue
        return not lex.cue("possessives").search(text[b:])
    return False


def _others_or_general(
    text: str, terms: list[Span], kinds: list[str], lex: Lexicon
) -> bool:
    """Others act ("most companies", "Arbeitgeber", generic "Unternehmen"), or
    AI in general is spoken of ("AI must be efficient", "AI teams face
    challenges"), not a particular AI.

    In a hiring-AI sentence the applicants are what the AI works on, not actors
    ("Applicants are evaluated by ..."). An AI that had a measured effect ("ML
    cut late deliveries by 30 %", "3x faster") or works on applicants ("KI
    verkürzt die Vorauswahl") is a particular one, not AI in general, unless
    hiring is only its field or a generic plural acts ("KI im Recruiting hat
    Einzug gehalten"); a benefit without a number ("KI spart Zeit") praises AI
    in general."""
    hiring = "hiring_ai" in kinds
    if actors.others(text, lex, skip=hiring) or actors.generic_companies(text, lex):
        return True
    if _THEY.search(text):
        return True  # "Dazu nutzen sie ... neuronale Netze": third persons act
    if _advice(text, terms, lex):
        return True  # "Damit KI sinnvoll eingesetzt werden kann, braucht es ..."
    if _fields_of_ai(text, terms, lex):
        return True  # "... haben sich als ideale Einsatzbereiche für KI erwiesen"
    if actors.role_definition(text, lex):
        return True  # "Der AI Engineer ist die Schlüsselrolle, ...": any one
    if actors.role_label(text, lex):
        return True  # "ML Engineer: Fokus auf ...": a role's profile
    if actors.class_definition(text, lex):
        return True  # "KI-Chatbots: Diese nutzen ...": a class defined
    # German speaks of the field with an article: "Langfristig trägt die KI ..."
    trend = lex.cue("trends").search(text)
    if actors.definite_ai(text, terms, lex) and not trend:
        return False
    hiring_ai = "hiring_ai" in kinds and not actors.general_hiring(text, terms, lex)
    if hiring_ai and not trend and _hedged_notice(text, lex):
        return False  # "... the assessment software, which may make use of AI"
    if trend or actors.generic_statement(text, terms, lex):
        return True
    particular = hiring_ai or _DIGIT.search(text)
    if "hiring_ai" in kinds and not particular:
        return True  # "Konkret unterstützt KI heute bei der Vorauswahl ...": the field
    if particular or actors.reported_use(text, terms, lex):
        return False  # '"Aktuell wird KI ... eingesetzt", erklärt ...': theirs
    if _intended_effect(text, terms, lex):
        return False  # "KI soll den Zugang erleichtern": what it is meant to do
    return actors.general_subject(text, terms, lex)


def _intended_effect(text: str, terms: list[Span], lex: Lexicon) -> bool:
    """AI opens the sentence as the subject of a modal of intent, and a verb
    of effect closes that clause ("KI soll den Zugang erleichtern",
    "KI-Anwendungen sollen Mitarbeitende entlasten"): what the organisation
    means AI to achieve, a plan; not a norm ("KI soll dem Menschen dienen")."""
    start = actors.lead_end(text)
    if not terms or terms[0][0] != start:
        return False
    m = _MODAL_AFTER.match(text, terms[0][1])
    if m is None or m.group(1).lower() not in lex.word_set("plan_modals"):
        return False
    stop = _PHRASE_END.search(text, m.end())
    end = stop.start() if stop else len(text)
    effects = lex.cue("impact").spans(text[m.end() : end])
    return any(b == len(text[m.end() : end].rstrip()) for _, b in effects)


# the rest of a compound ("KI-Anwendungen") and the next word, its verb
_MODAL_AFTER = re.compile(r"[\w-]*\s+(\w+)")


# German "sie" (they) after a verb in the plural: "Dazu nutzen sie ...",
# "Im Kern entwerfen und trainieren sie ...": third persons, not the organisation
_THEY = re.compile(r"(?<![\w-])[a-zäöüß]{2,}(?:en|ern|eln)\s+sie(?![\w-])")


def _fields_of_ai(text: str, terms: list[Span], lex: Lexicon) -> bool:
    """Every AI term is what fields of use are for ("ideale Einsatzbereiche
    für KI", "use cases for AI"): with nobody named, the fields of AI in
    general, not a particular AI at work."""
    ends = {b for _, b in lex.cue("ai_fields_before").spans(text)}
    return bool(ends) and all(a - 1 in ends and text[a - 1].isspace() for a, _ in terms)


def _advice(text: str, terms: list[Span], lex: Lexicon) -> bool:
    """Advice on AI in general: an opening purpose clause holds every AI term
    and the main clause says what is needed ("Um KI optimal einsetzen zu
    können, ist eine Strategie erforderlich", "Damit KI sinnvoll eingesetzt
    werden kann, braucht es ...")."""
    body = actors.lead_end(text)
    words = _GAP_WORDS.findall(text[body : body + 12])
    if not words or words[0].lower() not in lex.word_set("purpose_openers"):
        return False
    comma = text.find(",", body)
    if comma < 0 or any(b > comma for _, b in terms):
        return False
    needs = lex.word_set("necessities")
    return any(w.lower() in needs for w in _GAP_WORDS.findall(text[comma:]))


def _hedged_notice(text: str, lex: Lexicon) -> bool:
    """A notice to the applicant that hedges ("Your answers are marked by the
    assessment software, which may make use of AI"): the applicant's own papers
    are acted on, so the modal hedges this process, not AI in general."""
    return any(
        text[a:b].lower().startswith("your")
        for a, b in lex.cue("hiring_objects").spans(text) + _address(text, lex)
    )


def _particular_activity(text: str, community: list[str], lex: Lexicon) -> bool:
    """A particular community activity is named ("in dieser
    Forschungskooperation", "seine Open-Source-Verfügbarkeit"), not one that
    merely exists ("es gab eine starke Open-Source-Community")."""
    indefinites = lex.word_set("indefinites")
    for kind in community:
        for a, _ in lex.community[kind].spans(text):
            start = text.rfind(" ", 0, a) + 1  # the whole word: "KI-Open-Source-..."
            before = [w.lower() for w in _GAP_WORDS.findall(text[:start])[-2:]]
            if not indefinites & set(before):
                return True
    return False


def _potential(text: str, terms: list[Span], kinds: list[str], lex: Lexicon) -> bool:
    """AI in general opens the sentence and is spoken of as a potential or with
    a modal; the organisation named later ("für unsere Kunden") does not make
    it the organisation's AI. A kind, a number or a plan still claims."""
    return (
        not kinds
        and not _DIGIT.search(text)
        and actors.general_subject(text, terms, lex)
        and actors.generic_statement(text, terms, lex)
    )


def _claim_kinds(
    facts: _Facts,
    kinds: list[str],
    community: list[str],
    numbers: list[Number],
    lex: Lexicon,
) -> list[str]:
    """The specific kinds, plus plan, community, impact and capability as they apply."""
    kinds = list(kinds)
    if facts.plan_clauses:
        kinds.append("plan")
    if community:
        kinds.append("community")
    if numbers and not {"impact", "team"} & set(kinds):
        kinds.append("impact")
    if "impact" in kinds and _all_in(facts.terms, facts.clauses, facts.plan_clauses):
        kinds.remove("impact")  # a target: "we will cut costs by 20 % with AI"
    if _is_capability(facts, kinds, lex):
        kinds.insert(0, "capability")
    return kinds


def _agents(text: str, terms: list[Span], lex: Lexicon) -> list[Span]:
    """ "planned by AI", "von KI geplant", "mit KI": AI as the means is use of AI.
    After a noun of an action ("die Entwicklung von KI-Systemen", "der Umgang
    mit KI", "den Betrieb von KI") the preposition names what the action is
    about, not the means by which anything is done."""
    objects = lex.word_set("object_nouns")
    agents = [
        (a, b)
        for a, b in lex.cue("agent_markers").spans(text)
        if actors.word_before(text, a) not in objects
    ]
    return sorted({a for a, _ in followers(text, agents, terms, 2)})


def _specific_kinds(text: str, terms: list[Span], lex: Lexicon) -> list[str]:
    # an effect in a purpose clause is aimed at, not claimed: "so that people
    # answer faster", ", damit Kunden schneller Antwort bekommen"
    purpose = min(
        (a for a, _ in lex.cue("purpose").spans(text) if a > 0), default=len(text)
    )
    kinds = [
        kind
        for kind in ("strategy", "impact", "data", "superlative")
        if any(
            a < purpose or kind != "impact"
            for a, _ in spans_without(
                text, lex.cue(kind), lex.cue(f"{kind}_exceptions")
            )
        )
    ]
    if _is_team(text, terms, lex):
        kinds.append("team")
    if _is_hiring(text, terms, lex):
        kinds.append("hiring_ai")
    return kinds


def _is_team(text: str, terms: list[Span], lex: Lexicon) -> bool:
    """An AI team ("AI team", "KI-Team", "ML research team") or AI experts."""
    if lex.cue("team_experts").search(text):
        return True
    teams = spans_without(text, lex.cue("team"), lex.cue("team_exceptions"))
    tails = [a for a, b in terms if a == b]  # a team in a continuing sentence
    if tails and any(team[0] >= tails[0] for team in teams):
        return True
    return bool(followers(text, [t for t in terms if t[0] != t[1]], teams, 2))


def _near_after(text: str, first: Span, second: Span, words: int = 2) -> bool:
    """`second` follows `first` within `words` words and no punctuation."""
    if second[0] < first[1] - 1 and second[1] > first[1]:
        return True  # "KI-Team" as one span reaching past the term
    if not first[1] <= second[0] <= first[1] + 40:
        return False
    gap = text[first[1] : second[0]]
    return len(_GAP_WORDS.findall(gap)) <= words and not re.search(r"[,;:.()]", gap)


def _is_hiring(text: str, terms: list[Span], lex: Lexicon) -> bool:
    """AI used on candidates: a hiring process near an AI term ("KI im
    Recruiting"), or an object of hiring near an action ("ranks applications")."""
    seeking = lex.cue("seeking").spans(text)  # "recruiting for" our ML team
    for a, b in lex.cue("hiring_process").spans(text):
        if _overlaps((a, b), seeking):
            continue
        if any(
            actors.words_between(text, min(b, tb), max(a, ta)) <= 6 for ta, tb in terms
        ):
            return True
    objects = [o[0] for o in lex.cue("hiring_objects").spans(text)]
    for action, _ in lex.cue("hiring_actions").spans(text) if objects else []:
        i = bisect.bisect_left(objects, action - 60)
        if i < len(objects) and objects[i] <= action + 60:
            return True
    return False


def _is_requirement(
    text: str,
    terms: list[Span],
    kinds: list[str],
    org: list[Span],
    topic: bool,
    lex: Lexicon,
    used: bool = False,
    subject: bool = False,
) -> bool:
    """Asks something of the candidate rather than saying something of the firm.

    `used`: the organisation, a verb of use and an AI term stand in one clause
    ("We use AI tools heavily, but we expect engineers to ...").
    `subject`: a particular AI is the subject, so a wish word near it says
    what the AI can ("dass die KI die Fähigkeit hat, ..."), not what the
    candidate must."""
    if lex.cue("optional").search(text):
        return False  # "Interest in AI is welcome but not required" asks nothing
    if _if_you(text, terms, lex):
        return True  # "If you're excited about working at the nexus of AI, ..."
    skill_only = _all_skills(text, terms, lex)
    if "hiring_ai" in kinds and not (skill_only and not org):
        return False
    seeking = lex.cue("seeking").spans(text)
    # whom the organisation seeks is described after the cue: "We're looking
    # for an engineer with hands-on LLM experience who takes a build-first
    # approach" asks; its words of kind describe the person
    sought = bool(seeking) and all(a >= seeking[0][1] for a, _ in terms)
    if seeking and (sought or (set(kinds) <= {"team"} and not used)):
        # a hiring line, even "join our ML team", claims nothing; "our AI team
        # of 12" still states a head-count
        return not topic and not ("team" in kinds and _COUNT.search(text))
    pronouns = _address(text, lex)
    first_org = min((a for a, _ in org), default=len(text))
    if pronouns and pronouns[0][0] < first_org and not kinds:
        return True  # the candidate is the subject: "You will build ML models"
    wishes = lex.cue("requirements").spans(text)
    near = any(
        actors.words_between(text, min(b, tb), max(a, ta)) <= 4
        for a, b in wishes
        for ta, tb in terms
    )
    if org:
        # "ML and data science are required as we seek ...", "strong ML
        # experience is a big plus": the AI is what is wished, whoever speaks
        return _wished(text, terms, lex)
    return bool(skill_only or pronouns or (near and not subject))


def _wished(text: str, terms: list[Span], lex: Lexicon) -> bool:
    """An AI term followed closely by a wish ("ML experience is a big plus",
    "KI-Kenntnisse sind von Vorteil"): it is asked of the candidate."""
    return any(
        a >= tb and actors.words_between(text, tb, a) <= _WISH_WORDS
        for a, _ in lex.cue("wished").spans(text)
        for _, tb in terms
    )


_WISH_WORDS = 6


def _if_you(text: str, terms: list[Span], lex: Lexicon) -> bool:
    """The sentence opens with a condition on the candidate ("If you're
    excited about AI, ...", "Wenn du Lust auf KI hast, ...") and every AI term
    stands in it: what the candidate likes, not what the firm does."""
    body = actors.lead_end(text)
    if lex.cue("conditionals").match_at(text, body) < 0:
        return False
    # the main clause starts where the organisation speaks ("..., we'd love to
    # hear from you"), else after the first comma
    org = [a for a, _ in lex.cue("org_markers").spans(text) if a > body]
    end = org[0] if org else text.find(",", body)
    return end > 0 and all(b <= end for _, b in terms)


def _address(text: str, lex: Lexicon) -> list[Span]:
    """The words that address the candidate ("du", "Sie", "Ihre Aufgaben"),
    not those that address a customer's team ("Ihr HR-Team entscheidet, die KI
    unterstützt"): a team is an organisation's, whoever reads about it."""
    spans = [
        p for p in lex.cue("pronouns").spans(text) if not _third_person(text, p, lex)
    ]
    if not spans:
        return spans
    teams = {p for p, _ in followers(text, spans, lex.cue("team").spans(text), 1)}
    return [p for p in spans if p not in teams]


def _third_person(text: str, pronoun: Span, lex: Lexicon) -> bool:
    """German "Sie" before a verb of the third person singular is "she" or
    "it" ("Sie ist die erste KI-Assistentin", "Sie nutzt das Wissen"), not the
    candidate addressed ("Sie sind", "Sie nutzen"); "Sie haben" with a month
    and a participle at the end tells of a dated event ("Sie haben im
    September ein Frühstück zum Thema KI veranstaltet"): what they did, not
    what the candidate has ("Sie haben Erfahrung gesammelt")."""
    if text[pronoun[0] : pronoun[1]] != "Sie":
        return False
    m = _NEXT_WORD.match(text, pronoun[1])
    if not m:
        return False
    if _SINGULAR_VERB.fullmatch(m.group(1)):
        return True
    return m.group(1) in ("haben", "hatten") and _dated_deed(text[m.end() :], lex)


def _dated_deed(rest: str, lex: Lexicon) -> bool:
    """A month ("im September") and a participle closing the sentence
    ("veranstaltet", "ausgerichtet"): a dated deed in the past."""
    last = _LAST_WORD.search(rest)
    word = last.group(1) if last else ""
    ending = word.endswith("t") and word not in lex.word_set("not_verbs")
    participle = word.islower() and (ending or _PARTICIPLE.fullmatch(word))
    return bool(participle) and lex.cue("months").search(rest)


_NEXT_WORD = re.compile(r"\s+([a-zäöüß]+)")
# "ist", "hat", "wird", "kann", "nutzt", "verwandelt": not "sind", "nutzen"
_SINGULAR_VERB = re.compile(r"ist|hat|wird|war|kann|soll|muss|darf|will|[a-zäöüß]{2,}t")


def _only_roles(
    text: str, terms: list[Span], kinds: list[str], verbs: list[Span], lex: Lexicon
) -> bool:
    """Every AI term names a role, and nothing is done with AI and no kind is
    named: "Senior ML Engineer | Remote", "a chat with our ML lead". "Our ML
    engineers deploy models" and "a team of 8 NLP researchers" still claim."""
    if verbs or kinds:
        return False
    roles = {t for t, _ in followers(text, terms, lex.cue("role_nouns").spans(text), 1)}
    return all(t in roles for t in terms)


def _firm_acts(text: str, org: list[Span], terms: list[Span], lex: Lexicon) -> bool:
    """The organisation itself uses AI: "we", a verb of use and an AI term
    follow closely ("... as well as how we will use AI when recruiting")."""
    if not org:
        return False
    verbs = spans_without(text, lex.cue("usage"), lex.cue("usage_exceptions"))
    # right after "we", or after an auxiliary: "we will use", not "we encourage using"
    aux = lex.word_set("main_verbs") | lex.word_set("finite_verbs")
    acting = {
        v
        for o, v in followers(text, org, verbs, 1)
        if all(w.lower() in aux for w in _GAP_WORDS.findall(text[o[1] : v[0]]))
    }
    return any(v in acting for v, _ in followers(text, verbs, terms, 3))


def _in_clauses(spans: list[Span], terms: list[Span], clauses: Clauses) -> list[Span]:
    """The spans in a clause that holds an AI term: "the first ML hire on the
    team; they'll build out the team" does nothing with ML."""
    held = {clauses.index(a) for a, _ in terms}
    return [s for s in spans if clauses.index(s[0]) in held]


def _all_skills(text: str, terms: list[Span], lex: Lexicon) -> bool:
    """Every AI term names a skill: "ML experience", "Erfahrung mit KI". An
    article between them starts a noun phrase of its own: "dass die KI die
    Fähigkeit hat, ..." is what the AI can."""
    nouns = lex.cue("skill_nouns").spans(text)
    articles = lex.word_set("openers")
    skills = {
        t
        for t, n in followers(text, terms, nouns, 1)
        if not articles & {w.lower() for w in _GAP_WORDS.findall(text[t[1] : n[0]])}
    }
    skills |= {t for _, t in followers(text, nouns, terms, 3)}
    return all(t in skills for t in terms)


def _is_topic(text: str, verbs: list[Span], lex: Lexicon, mine: bool) -> bool:
    """A question; AI as a topic ("blog", "AI Act") unless the organisation
    uses it (a verb of use alone, "AI systems used in recruiting", is not
    enough); or, when the sentence does not speak of the organisation, AI as
    a subject of talk ("trends", "the future of", "Thema", "untersucht")."""
    if actors.question(text, lex):
        return True
    if lex.cue("topic_strong").search(text):
        return not verbs or not mine
    return not mine and lex.cue("topic").search(text)


def _about(text: str, terms: list[Span], lex: Lexicon) -> bool:
    """What something is about: a frame ("es geht", "ging es", "dreht sich")
    before every AI term, and each term in the phrase of its preposition
    ("um") that opens the term's stretch after the frame or the last comma
    ("Es geht, wie könnte es anders sein, um Künstliche Intelligenz", "Dabei
    geht es um den Einsatz von KI"): a topic. An aim
    ("Es geht darum, mit KI ... zu verbessern") names no topic."""
    frames = lex.cue("about_frames").spans(text)
    if not frames or not terms:
        return False
    preps = lex.word_set("about_prepositions")
    for a, _ in terms:
        if a < frames[0][1]:
            return False
        frame = max(b for f, b in frames if b <= a)
        start = max(frame, *(text.rfind(c, 0, a) + 1 for c in ",;:"))
        words = _GAP_WORDS.findall(text[start:a])
        if not (words and words[0].lower() in preps and len(words) <= _ABOUT_WORDS):
            return False
    return True


# "um den verantwortungsvollen Einsatz von KI": the phrase and its attribute
_ABOUT_WORDS = 6


def _asked(text: str, terms: list[Span], clauses: Clauses, lex: Lexicon) -> bool:
    """Every AI term stands in an indirect question (German: "In diesem
    Artikel zeigen wir, wie KI heute eingesetzt wird"): what a text or a
    course shows or explains, not what the organisation does. "..., wie wir
    KI einsetzen" and "..., wie unsere KI arbeitet" still speak of the
    organisation, and so does a showing in the past ("Dort haben wir
    gezeigt, wie KI ..."): an event the organisation held."""
    asking = lex.word_set("interrogatives")
    org = lex.cue("org_markers")
    for a, _ in terms:
        start, end = clauses.bounds(clauses.index(a))
        if start == 0:
            return False  # a direct question is one of its own; a statement
        clause = text[start:end]
        words = _GAP_WORDS.findall(clause)
        before = _GAP_WORDS.findall(text[:start])
        # "Wir erklären, was KI ist": what is taught, after a verb of teaching
        first = words[0].lower() if words else ""
        taught = first == "was" and _explains(text[:start], lex)
        if not (taught or first in asking):
            return False
        if org.search(clause):
            return False
        if before and _PARTICIPLE.fullmatch(before[-1]):
            return False
    return bool(terms)


def _conditioned(text: str, terms: list[Span], clauses: Clauses, lex: Lexicon) -> bool:
    """Every AI term stands in a condition ("Kritisch wird es, wenn die KI
    autonom Bewerbungen bewertet"): a case the text weighs, not what the
    organisation does; "wenn unsere KI ..." still speaks of it, and so does
    an opening "Wenn KI eingesetzt wird, dann ...": whenever it is used."""
    opening = lex.word_set("condition_openers")
    org = lex.cue("org_markers")
    for a, _ in terms:
        start, end = clauses.bounds(clauses.index(a))
        clause = text[start:end]
        words = _GAP_WORDS.findall(clause)
        if not (start and words and words[0].lower() in opening) or org.search(clause):
            return False
    return bool(terms)


def _explains(before: str, lex: Lexicon) -> bool:
    """A verb of explaining or teaching in the clause right before ("Wir
    erklären in Workshops, was ...", "erkläre ich Ihnen, was ...")."""
    prefix = before.rstrip(" ,")
    main = prefix[max(prefix.rfind(c) for c in ",;:") + 1 :]
    verbs = lex.word_set("explaining_verbs")
    return any(w.lower() in verbs for w in _GAP_WORDS.findall(main))


_PARTICIPLE = re.compile(r"ge[a-zäöüß]{3,}(?:t|en)")


def _articled(
    text: str, terms: list[Span], numbers: list, clauses: Clauses, lex: Lexicon
) -> bool:
    """A particular AI in any case, an article or a demonstrative right before
    it ("den KI-Bot", "dem KI-Assistenten"), and a count after it in its
    clause: what it handled ("... den KI-Bot über 1150 Anfragen")."""
    articles = lex.word_set("openers") | lex.word_set("object_articles")
    heads = lex.word_set("field_heads")
    for a, b in terms:
        clause = clauses.index(a)
        if not any(n.start > b and clauses.index(n.start) == clause for n in numbers):
            continue
        before = _GAP_WORDS.findall(text[max(0, a - 12) : a])
        head = _GAP_WORDS.match(text[b:].lstrip(" -"))
        field = head and head.group().lower() in heads  # "den KI-Einsatz"
        if before and before[-1].lower() in articles and not field:
            return True
    return False


def _plan_clauses(text: str, clauses: Clauses, ctx: Context) -> set[int]:
    """Clauses about the future: "we will", "wir werden ... einsetzen", "planen"."""
    lex = ctx.lexicon
    pronouns = lex.cue("pronouns").spans(text)
    plans = lex.cue("plan").spans(text)
    auxes = lex.cue("future_aux").spans(text)
    theirs = {c for _, c in followers(text, pronouns, plans + auxes, 1)}

    def firms(cue: Span) -> bool:
        """Not "you will", "you'll", "du wirst": the candidate's future."""
        return cue not in theirs and not _overlaps(cue, pronouns)

    found = {clauses.index(c[0]) for c in plans if firms(c)}
    for index in {clauses.index(c[0]) for c in auxes if firms(c)}:
        if _is_future(text[slice(*clauses.bounds(index))], lex):
            found.add(index)
    return found | _modal_plans(text, clauses, pronouns, lex)


def _modal_plans(
    text: str, clauses: Clauses, pronouns: list[Span], lex: Lexicon
) -> set[int]:
    """German "soll ... ergänzt werden", "sollen ... vorsortiert": a modal of
    intent with a verb closing its clause (up to the next comma; a bracket
    does not end it), not said of the candidate ("du sollst")."""
    modals = lex.word_set("plan_modals")
    found: set[int] = set()
    for m in _GAP_WORDS.finditer(text):
        if m.group().lower() not in modals:
            continue
        stop = _PHRASE_END.search(text, m.end())
        end = stop.start() if stop else len(text)
        begin = max(text.rfind(c, 0, m.start()) for c in ",;:") + 1
        last = _LAST_WORD.search(text[m.end() : end])
        mine = not any(begin <= p < end for p, _ in pronouns)
        if last and last.group(1).islower() and mine:
            end = _intended(text, end)
            found |= set(range(clauses.index(m.start()), clauses.index(end - 1) + 1))
    return found


_PHRASE_END = re.compile(r"[,;:!?]|\.(?:\s|$)")


def _intended(text: str, end: int) -> int:
    """Where what a modal of intent governs ends: a that-clause right after it
    says what is intended ("soll so aufgebaut sein, dass Komponenten wie
    Sprachmodell, Embedding-Modell ... ausgetauscht werden können"), up to the
    end of the sentence, across the commas of a list."""
    if not _THAT.match(text, end):
        return end
    stop = _SENTENCE_END.search(text, end + 1)
    return stop.start() if stop else len(text)


_SENTENCE_END = re.compile(r"[;:!?]|\.(?:\s|$)")


def _future_year_clauses(text: str, clauses: Clauses, ctx: Context) -> set[int]:
    preps = ctx.lexicon.cue("year_prepositions")
    out: set[int] = set()
    for m in _YEAR.finditer(text):
        if int(m.group(0)) <= ctx.as_of_year:
            continue
        before = text[max(0, m.start() - 12) : m.start()].rstrip()
        if any(b == len(before) for _, b in preps.spans(before)):
            out.add(clauses.index(m.start()))
    return out


def _is_future(clause: str, lex: Lexicon) -> bool:
    """German "wird ... einsetzen" is future; "wird ... eingesetzt" is passive."""
    if lex.cue("passive_agents").search(clause):
        return False
    last = _LAST_WORD.search(clause)
    if last is None:
        return False
    word = last.group(1).lower()
    return bool(_INFINITIVE.search(word)) and lex.cue("future_aux").match_at(
        word, 0
    ) != len(word)


def _all_in(terms: list[Span], clauses: Clauses, chosen: set[int]) -> bool:
    return all(clauses.index(a) in chosen for a, _ in terms)


@dataclass(frozen=True)
class _Facts:
    """The positions that decide whether a claim is also one of present use."""

    text: str
    clauses: Clauses
    negated: set[int]
    plan_clauses: set[int]
    terms: list[Span]
    usage: list[Span]


def _is_capability(f: _Facts, kinds: list[str], lex: Lexicon) -> bool:
    """Use of AI today or in the past; not a sentence only about plans or events."""
    live = set(range(len(f.clauses.cuts) + 1)) - f.negated
    index = f.clauses.index
    if any(index(a) in live for a, _ in lex.cue("present").spans(f.text)):
        return True
    if not kinds:
        return True
    planned = _all_in(f.terms, f.clauses, f.plan_clauses)
    if not planned and any(k not in ("plan", "community", "team") for k in kinds):
        return True
    busy = f.plan_clauses | {
        index(a) for c in lex.community.values() for a, _ in c.spans(f.text)
    }
    return any(index(a) in live - busy for a, _ in f.usage)
