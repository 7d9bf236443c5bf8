"""Reading sentences: which are claims, of which kinds, in English and German."""

from __future__ import annotations

import pytest

from careers.claims.detect import Context, read
from careers.claims.lexicon import Cues, default_lexicon
from careers.claims.numbers import Format

LEX = default_lexicon()


def reading(text: str, language: str = "en", org: str = "=Nordlicht"):
    lang = LEX.language(language)
    fmt = Format(lang.decimal_separator, lang.ordinal_dot)
    return read(text, Context(LEX, fmt, 2026, Cues([org]), language))


def kinds(text: str, language: str = "en") -> set[str]:
    return set(reading(text, language).kinds)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("We use machine learning to predict delivery times.", "en", {"capability"}),
        ("Our AI-powered routing plans every delivery.", "en", {"capability"}),
        ("Every route is planned by AI.", "en", {"capability"}),
        ("Wir setzen KI im Kundenservice ein.", "de", {"capability"}),
        ("Alle Touren werden von KI geplant.", "de", {"capability"}),
        ("KI wird bei uns in der Disposition eingesetzt.", "de", {"capability"}),
        ("We follow a company-wide AI roadmap.", "en", {"capability", "strategy"}),
        ("We are an AI-first insurer.", "en", {"capability", "strategy"}),
        (
            "Unsere KI-Strategie umfasst alle Bereiche.",
            "de",
            {"capability", "strategy"},
        ),
        ("In 2027 we will bring LLMs to our support desk.", "en", {"plan"}),
        ("We will use AI to forecast demand.", "en", {"plan"}),
        ("Ab 2028 werden wir Sprachmodelle einsetzen.", "de", {"plan"}),
        ("Wir werden KI im Lager einsetzen.", "de", {"plan"}),
        ("ML cut late deliveries by 30 %.", "en", {"capability", "impact"}),
        ("KI verbessert unseren Service.", "de", {"capability", "impact"}),
        ("Our AI team of 12 builds the models.", "en", {"capability", "team"}),
        ("Unser KI-Team aus 9 Expertinnen und Experten.", "de", {"team"}),
        ("Erfahrene KI-Expertinnen und -Experten arbeiten bei uns.", "de", {"team"}),
        ("We regularly host hackathons on AI.", "en", {"community"}),
        ("We contribute to open-source ML libraries.", "en", {"community"}),
        ("KI-Forschung mit der TU München gehört für uns dazu.", "de", {"community"}),
        (
            "Our ML models learn from one of Europe's largest logistics datasets.",
            "en",
            {"capability", "data"},
        ),
        ("We are the leading AI company.", "en", {"capability", "superlative"}),
        (
            "Mit modernster KI revolutionieren wir die Versicherung.",
            "de",
            {"capability", "superlative"},
        ),
        ("Wir sind führend in KI.", "de", {"capability", "superlative"}),
        ("Our AI pre-selects applications.", "en", {"capability", "hiring_ai"}),
        ("KI bewertet Ihre Bewerbung.", "de", {"capability", "hiring_ai"}),
        (
            "An AI screening tool ranks every application.",
            "en",
            {"capability", "hiring_ai"},
        ),
    ],
)
def test_claim_kinds(text: str, language: str, expected: set[str]) -> None:
    """Each claim kind is read in English and German."""
    r = reading(text, language)
    assert r.is_claim
    assert set(r.kinds) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("We do not use AI to decide who gets hired.", "en"),
        ("No ML experience needed.", "en"),
        ("No knowledge of AI is required.", "en"),
        ("We never use AI to screen applications.", "en"),
        ("AI does not decide who is hired at Nordlicht.", "en"),
        ("Keine KI-Kenntnisse erforderlich.", "de"),
        ("Wir arbeiten ohne KI.", "de"),
        ("Wir nutzen KI nicht zur Vorauswahl von Bewerbungen.", "de"),
        ("Bei uns entscheidet ein Mensch, nicht die KI.", "de"),
        ("Wir verzichten bewusst auf KI in der Personalauswahl.", "de"),
        ("AI won't replace our dispatchers.", "en"),
        ("We don't use AI and we don't plan to.", "en"),
        ("Neither ML nor AI knowledge is needed.", "en"),
        ("Interest in AI is welcome but not required.", "en"),
    ],
)
def test_negated_sentences_are_no_claims(text: str, language: str) -> None:
    """A negated AI term neither claims nor makes a job an AI role."""
    r = reading(text, language)
    assert r.ai_terms
    assert not r.makes_ai_role


@pytest.mark.parametrize(
    "text",
    [
        "We don't just talk about AI, we ship it.",
        "We use AI in logistics, but not in hiring.",
        "Wir setzen nicht nur KI ein, sondern auch Statistik.",
        "KI ist aus unserem Alltag nicht mehr wegzudenken.",
        "We are not an AI company, but we use machine learning where it helps.",
        "Our AI doesn't just predict ETAs - it also plans routes.",
    ],
)
def test_negation_exceptions_and_contrast_keep_the_claim(text: str) -> None:
    """ "not only" is no negation; a "but not" clause leaves the first one standing."""
    assert "capability" in kinds(text, "de" if "KI" in text else "en")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("You have experience with PyTorch and LLMs.", "en"),
        ("You know scikit-learn and have deployed ML models.", "en"),
        ("Experience with LLMs is a plus.", "en"),
        ("You will build ML models for our routing.", "en"),
        ("We are looking for a Machine Learning Engineer.", "en"),
        ("Du hast Erfahrung mit maschinellem Lernen.", "de"),
        ("Du entwickelst Prognosemodelle mit maschinellem Lernen.", "de"),
        ("Sie verfügen über fundierte Kenntnisse in KI.", "de"),
        ("Wir suchen eine:n KI-Entwickler:in (m/w/d).", "de"),
        ("We're language agnostic but strong ML experience is a big plus.", "en"),
        ("ML and data science are required as we seek signal in noisy data.", "en"),
        ("- Have built LLM-powered workflows (OpenAI API or similar)", "en"),
        ("- 3-12 years shipping AI/ML in production", "en"),
        (
            "We're looking for a senior engineer (9+ years) with hands-on LLM "
            "experience who takes a build-first approach.",
            "en",
        ),
        ("Für uns sind KI-Kenntnisse von Vorteil.", "de"),
    ],
)
def test_candidate_requirements_are_no_claims_but_ai_roles(
    text: str, language: str
) -> None:
    """Asking something of the candidate is not a claim, but makes an AI role."""
    r = reading(text, language)
    assert not r.is_claim
    assert r.is_requirement and r.makes_ai_role


@pytest.mark.parametrize(
    "text",
    [
        "AI is changing the world of logistics.",
        "What is machine learning?",
        "Read our blog post on AI ethics.",
        "We comply with the EU AI Act.",
        "Was ist künstliche Intelligenz?",
    ],
)
def test_topic_mentions_are_no_claims(text: str) -> None:
    """AI as a topic, a question or a regulation asserts nothing about the firm."""
    r = reading(text)
    assert r.ai_terms and not r.is_claim and not r.is_requirement


@pytest.mark.parametrize(
    "text",
    [
        "Our office in Kiel overlooks the harbour.",
        "Kai said we maintain Thai food emails.",
        "Das KIT ist unser Partner, und wir fahren Ski.",
        "Send your CV by Mail to jobs@example.com; HTML is fine.",
        "THAI FOOD AND EMAIL FOR ALL",
        "Unser Team arbeitet hybrid in Köln und Leipzig.",
    ],
)
def test_word_boundary_traps_hold_no_ai_term(text: str) -> None:
    assert reading(text).ai_terms == []


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Die KI-Plattform läuft.", "KI"),
        ("KI-gestützte Planung.", "KI"),
        ("Unsere Machine-Learning-Modelle.", "Machine-Learning"),
        ("Große Sprachmodelle helfen.", "Sprachmodelle"),
        ("Mit künstlicher Intelligenz.", "künstlicher Intelligenz"),
        ("Mit maschinellem Lernen.", "maschinellem Lernen"),
        ("Neuronale Netze erkennen Schäden.", "Neuronale Netze"),
        ("We trained neural networks.", "neural networks"),
        ("A.I. plans it.", "A.I."),
        ("Our GenAI tools.", "GenAI"),
        ("Our LLMs answer.", "LLMs"),
        ("An AI-first firm.", "AI"),
        ("Das KI-Team wächst.", "KI"),
    ],
)
def test_compounds_hold_ai_terms(text: str, term: str) -> None:
    spans = reading(text, "de").ai_terms
    assert term in [text[a:b] for a, b in spans]


def test_more_than_three_terms_are_counted_for_hype() -> None:
    r = reading("AI, ML, LLMs and GenAI power our AI platform.")
    assert len(r.ai_terms) == 5


def test_candidate_future_is_no_plan() -> None:
    """ "You will join our AI team of 12" is a team claim, not a plan."""
    r = reading("You will join our AI team of 12.")
    assert set(r.kinds) == {"team"}
    assert [n.text for n in r.numbers] == ["12"]


def test_plan_targets_are_not_checked_as_numbers() -> None:
    r = reading("We will cut costs by 20 % with AI by 2028.")
    assert r.kinds == ["plan"] and r.numbers == []


def test_present_cue_keeps_capability_beside_a_plan() -> None:
    assert kinds("We use ML today and will bring LLMs to support in 2027.") == {
        "capability",
        "plan",
    }


def test_past_years_are_no_plans() -> None:
    assert kinds("In 2019 we introduced machine learning in all hubs.") == {
        "capability"
    }


def test_organisation_name_marks_a_claim() -> None:
    assert reading("Nordlicht bets on AI.").is_claim


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A machine learning model learns from examples.", "en"),
        ("Neural networks find patterns in large amounts of data.", "en"),
        ("AI teams face new kinds of technical debt.", "en"),
        ("Ein KI-Team ist mehr als eine Gruppe von Data Scientists.", "de"),
        ("Neuronale Netze erkennen Muster in großen Datenmengen.", "de"),
    ],
)
def test_ai_in_general_as_the_subject_is_no_claim(text: str, language: str) -> None:
    """A bare or indefinite AI opening the sentence, with nobody's AI named,
    is AI in general: nothing is said about the organisation."""
    r = reading(text, language)
    assert r.live_terms
    assert not r.is_claim


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("Applicants are ranked by an AI screening tool.", "en", "hiring_ai"),
        ("KI verkürzt die Vorauswahl von Wochen auf Tage.", "de", "hiring_ai"),
        ("Proprietary deep learning fuels every feature.", "en", "capability"),
        (
            "Rund 300 Expertinnen sollen dort künftig an KI-Lösungen arbeiten.",
            "de",
            "plan",
        ),
    ],
)
def test_claims_without_we(text: str, language: str, kind: str | None) -> None:
    """Applicants as what hiring AI works on are no other actors; the
    organisation's own AI ("proprietary") needs no further cue; a modal verb
    makes a sentence, not a task bullet."""
    r = reading(text, language)
    assert r.is_claim
    assert kind is None or kind in r.kinds


def test_verb_second_bare_ai_is_ai_in_general() -> None:
    """German puts the verb second: "Dabei hat KI ..." opens with bare AI too."""
    r = reading("Dabei ist KI-gestützte Software in vielen Branchen Alltag.", "de")
    assert r.live_terms
    assert not r.is_claim


def test_an_adverb_of_degree_is_no_hiring_line() -> None:
    """ "verstärkt" (increasingly) is no "Verstärkung" (reinforcement) sought."""
    text = "Das Unternehmen will sich jetzt verstärkt auf KI-Anwendungen konzentrieren."
    assert reading(text, "de").is_claim


def test_ai_that_sorts_profiles_is_hiring_ai() -> None:
    text = "KI hilft, auch unvollständige Profile richtig einzuordnen."
    assert "hiring_ai" in kinds(text, "de")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("We need someone who can take ML models from notebook to production.", "en"),
        ("Come help us build AI products that people love.", "en"),
        ("You'll own the end-to-end ML lifecycle for new features.", "en"),
        ("Responsibilities include building data pipelines and ML tooling.", "en"),
        ("Hiring managers increasingly rely on AI to shortlist candidates.", "en"),
        ("Werde Teil unseres KI-Teams in München!", "de"),
        ("Werden Sie Teil unseres Teams für Künstliche Intelligenz.", "de"),
        ("Bewerbungen, die mit KI erstellt wurden, lehnen wir nicht ab.", "de"),
    ],
)
def test_hiring_lines_tasks_and_others_ai_are_no_claims(
    text: str, language: str
) -> None:
    """A hiring line ("come help us", "Werde Teil"), a task the candidate will
    own, others' AI (hiring managers') and the candidate's own AI use claim
    nothing of the organisation's AI; "our team for AI" names a team, not AI."""
    assert not reading(text, language).is_claim


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Doch Vorsicht: Personalverantwortliche erkennen KI-Texte oft sofort.", "de"),
        ("Auch im Vorstellungsgespräch kommt KI zunehmend zum Einsatz.", "de"),
        ("Viele Recruiter sehen in KI eine Chance, Zeit zu sparen.", "de"),
        ("So funktioniert ein Chatbot mit künstlicher Intelligenz.", "de"),
        ("In diesem Artikel erklären wir, wie maschinelles Lernen funktioniert.", "de"),
        ("Weiterbildungen zu KI und Cloud gehören bei uns dazu.", "de"),
        ("Die Ergebnisse der KI sollten immer von Menschen geprüft werden.", "de"),
        ("In hiring, AI is increasingly used to rank candidates.", "en"),
        ("We help non-technical AI founders take MVPs to production.", "en"),
        ("We're backed by angels from top AI labs.", "en"),
        ("Nordlicht helps 15,000+ teams manage their cloud and AI costs.", "en"),
        ("We help firms build AI-ready data foundations.", "en"),
        ("Demand grows as AI deepfakes break identity checks we use today.", "en"),
        ("Als Landesregierung begleiten wir das Zukunftsthema KI aktiv.", "de"),
        ("In unserem Guide erfährst du alles, um KI im Einkauf zu integrieren.", "de"),
        ("Unser Leitfaden erklärt KI im Einkauf Schritt für Schritt.", "de"),
        ("Im ersten Teil dieses Artikels geht es um KI im Vertrieb.", "de"),
    ],
)
def test_ai_as_a_trend_or_a_topic_is_no_claim(text: str, language: str) -> None:
    """Trends ("zunehmend", "increasingly"), chances and risks, explainers and
    others' AI (HR staff) say nothing of the organisation; "die Ergebnisse der
    KI" is AI in general (a genitive), not a particular AI."""
    assert not reading(text, language).is_claim


@pytest.mark.parametrize(
    "text",
    [
        "Bei Nordlicht kommt KI zunehmend im Kundenservice zum Einsatz.",
        "Wir sehen in KI große Chancen und setzen sie im Vertrieb ein.",
        "Die Chancen der KI nutzen wir bereits in der Produktion.",
    ],
)
def test_trend_words_keep_the_organisations_claim(text: str) -> None:
    assert reading(text, "de").is_claim


@pytest.mark.parametrize(
    "text",
    [
        "Nordlicht | Senior ML Engineer | Remote (EU) | Full-time",
        "Interview process: a short call and a chat with our ML lead.",
        "Experience with ML is nice to have but not required.",
        "We're particularly interested in people with experience in NLP.",
        "AI is a hot topic, but we care about fundamentals.",
        "- Applied AI Engineer ($220k-285k)",
        "AI Engineer: Applied AI plus strong software engineering.",
        "I have a new role open on my team: Staff Engineer – GenAI.",
        "* Senior AI Engineer – LLM engineering and AI agent development",
        "We are also hiring across all teams (creative tooling, ML, integrations).",
    ],
)
def test_roles_optional_skills_and_hot_topics_are_no_claims(text: str) -> None:
    """An AI term that names a role ("ML Engineer", "our ML lead") with nothing
    done with AI, an optional skill and a hot topic claim nothing."""
    assert not reading(text).is_claim


@pytest.mark.parametrize(
    "text",
    [
        "We're a team of 8 people, mostly NLP researchers.",
        "Our ML engineers deploy new models every week.",
        "We're founded by ex-Googlers with deep experience in machine learning.",
        "Our mission is to build a universal AI to give robots the ability to see.",
    ],
)
def test_roles_that_make_a_team_or_use_ai_still_claim(text: str) -> None:
    assert reading(text).is_claim


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Nordlicht gilt mit seiner KI als eines der vielversprechendsten.", "de"),
        ("Der Innovationspreis ging an unser KI-Team.", "de"),
        ("Wir gehören zu den wenigen Versicherern mit eigener KI-Plattform.", "de"),
        ("Our AI is at the forefront of route planning.", "en"),
    ],
)
def test_superlatives_read_beyond_single_words(text: str, language: str) -> None:
    """ "eines der …sten", "zu den wenigen", a prize that went to the firm,
    "at the forefront of" rank the organisation's AI."""
    assert "superlative" in kinds(text, language)


def test_recruiting_for_a_team_is_a_hiring_line_not_hiring_ai() -> None:
    """ "recruiting for" seeks people for the team; it is no AI used on them."""
    r = reading("The ML team has three openings we're recruiting for.")
    assert not r.is_claim
    assert r.is_requirement


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("KI im Recruiting hat Einzug gehalten.", "de"),
        ("AI in recruiting has become common.", "en"),
        ("AI-powered applicant tracking systems scan resumes for keywords.", "en"),
        ("KI-gestützte Bewerbermanagementsysteme sortieren Lebensläufe.", "de"),
        ("Viele KI-Tools bewerten Bewerbungen automatisch.", "de"),
        ("Künstliche Intelligenz wird heute meist bei der Vorauswahl genutzt.", "de"),
        ("Inzwischen hilft KI oft beim gesamten Auswahlprozess.", "de"),
        ("KI kommt entlang des ganzen Bewerbungsprozesses zum Einsatz.", "de"),
    ],
)
def test_hiring_ai_in_general_is_no_claim(text: str, language: str) -> None:
    """Hiring as the field AI is in, or a generic plural acting on
    applicants, is hiring AI in general, not a particular one."""
    assert not reading(text, language).is_claim


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("KI hilft, auch unvollständige Profile richtig einzuordnen.", "de"),
        ("AI ranks your application before a recruiter sees it.", "en"),
        ("An AI model scores each application.", "en"),
        ("Wir nutzen KI im Recruiting.", "de"),
        ("Die KI hilft heute bei der Vorauswahl.", "de"),
        ("KI bewertet im Auswahlprozess jede Bewerbung.", "de"),
    ],
)
def test_particular_hiring_ai_still_claims(text: str, language: str) -> None:
    assert "hiring_ai" in reading(text, language).kinds


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The AI Act classifies AI systems used in recruiting as high-risk.", "en"),
        (
            "Der AI Act stuft KI-Systeme, die im Recruiting eingesetzt werden, "
            "als Hochrisiko ein.",
            "de",
        ),
    ],
)
def test_a_verb_of_use_does_not_override_a_topic(text: str, language: str) -> None:
    """A topic (a law) stays a topic when the organisation is not
    the one using AI; "We use AI systems ... under the AI Act" still claims."""
    assert not reading(text, language).is_claim
    assert reading(
        "We use AI systems classified as high-risk under the AI Act."
    ).is_claim


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("KI hat großes Potenzial für unsere Kunden.", "de"),
        ("AI has huge potential for our customers.", "en"),
        ("Machine learning could transform our logistics.", "en"),
    ],
)
def test_a_potential_of_ai_in_general_is_no_claim(text: str, language: str) -> None:
    """Bare AI opening a sentence about a potential or with a modal is AI in
    general, even when the organisation is named later; a plan still claims."""
    assert not reading(text, language).is_claim
    assert kinds("KI soll bei uns ab 2027 die Touren planen.", "de") == {"plan"}
    assert reading("AI plans all of our routes.").is_claim


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Das neue KI-Modell ist eine Eigenentwicklung.", "de"),
        ("The new AI model is a big step.", "en"),
    ],
)
def test_an_article_and_an_adjective_make_a_particular_ai(
    text: str, language: str
) -> None:
    """ "Das neue KI-Modell" is a particular AI like "Das KI-Modell"; a
    quantifier ("Die meisten KI-Systeme") still speaks of AI in general."""
    assert reading(text, language).is_claim
    assert not reading(
        "Die meisten KI-Systeme sind schlecht dokumentiert.", "de"
    ).is_claim


def test_a_customers_team_addressed_is_no_candidate() -> None:
    """ "Ihr Personalteam" addresses a customer's team, not the candidate;
    "Ihre Aufgabe" still addresses the candidate."""
    text = "Ihr Personalteam trifft die Wahl, die KI unterstützt dabei."
    assert reading(text, "de").is_claim
    task = reading("Ihre Aufgabe ist es, KI-Modelle zu entwickeln.", "de")
    assert task.is_requirement and not task.is_claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "In dieser Forschungskooperation treiben Hochschulen KI-Forschung voran.",
            True,
        ),
        ("Seine Open-Source-Lizenz macht das KI-Modell frei verfügbar.", True),
        ("In Berlin gab es eine lebendige KI-Open-Source-Szene.", False),
    ],
)
def test_a_particular_community_activity_is_said(text: str, claim: bool) -> None:
    """A particular activity ("diese Kooperation", "seine Lizenz") is said of
    someone; one that merely exists ("es gab eine Szene") is not."""
    assert reading(text, "de").is_claim is claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Unser Team ist rund um das Thema KI entstanden.", True),
        ("Wir laden zu einem Meetup zum Thema KI ein.", True),
        ("Das Thema KI beschäftigt unsere Kunden.", False),
        ("Unser Blog greift das Thema KI auf.", False),
    ],
)
def test_a_team_or_event_around_the_ai_topic_is_the_organisations(
    text: str, claim: bool
) -> None:
    assert reading(text, "de").is_claim is claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Bei jedem Anruf notiere die KI das Anliegen und leite es weiter.", True),
        ("Im Labor prüft auch die KI jede Probe.", True),
        ("Im Labor vertrauen viele auf die KI.", False),
        ("Langfristig kann die KI vieles verändern.", False),
    ],
)
def test_german_subject_after_the_verb(text: str, claim: bool) -> None:
    """Verb second: "Bei jedem Anruf notiere die KI ..." has the AI as its
    subject (in reported speech, too); after a preposition it is an object."""
    assert reading(text, "de").is_claim is claim


def test_never_before_more_is_a_superlative_not_a_negation() -> None:
    """ "Noch nie wurde mehr ..." ranks what follows above all before it."""
    text = "Noch nie wurde mehr in die KI von Nordlicht investiert."
    assert "superlative" in kinds(text, "de")
    assert not reading("Wir haben noch nie KI eingesetzt.", "de").is_claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Der Verbund hat mit dem KI-Modell Lumen ein Werkzeug vorgestellt, "
            "das frei genutzt werden kann.",
            True,
        ),
        ("KI kann die Verwaltung grundlegend verändern.", False),
    ],
)
def test_a_modal_ending_a_subordinate_clause_is_no_generic_statement(
    text: str, claim: bool
) -> None:
    assert reading(text, "de").is_claim is claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Wir haben mit dem Institut für Künstliche Intelligenz (IfKI) gearbeitet.",
            False,
        ),
        ("Wir setzen Künstliche Intelligenz (KI) in der Disposition ein.", True),
    ],
)
def test_an_ai_term_in_an_abbreviated_name_is_no_use_of_ai(
    text: str, claim: bool
) -> None:
    assert reading(text, "de").is_claim is claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Nordlicht | Forward Deployment Engineering (AI/ML) | Hybrid", False),
        ("Nordlicht AI | Staff ML, Staff Infra | Remote | Full time", False),
        (
            "Nordlicht | Staff Eng (AI), Lead Eng (Backend), Lead Eng (Data) | "
            "San Francisco (Hybrid) | $200-250k + Equity",
            False,
        ),
        ("Nordlicht (YC W19) | ML Engineer | Remote | We use ML to plan.", True),
        ("Nordlicht | Engineers | Remote | Nordlicht builds AI agents.", True),
    ],
)
def test_labels_of_a_header_line_claim_nothing(text: str, claim: bool) -> None:
    """A "Who is hiring" header: the short fields between pipes name the
    company, the role, the place; the prose after them is read as a sentence."""
    assert reading(text).is_claim is claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Sie ist die erste KI-Assistentin, die Produkte erkennt.", True),
        ("Sie haben Erfahrung mit KI.", False),
        ("Sie entwickeln KI-Modelle für unsere Kunden.", False),
    ],
)
def test_german_sie_before_a_singular_verb_is_no_candidate(
    text: str, claim: bool
) -> None:
    """ "Sie ist", "Sie nutzt": she or it, the product spoken of; "Sie haben",
    "Sie entwickeln": the candidate addressed."""
    assert reading(text, "de").is_claim is claim


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "If you're excited about data, automation and AI, and want to make "
            "a significant impact, we'd love to hear from you.",
            "en",
        ),
        ("This would be our first ML hire; they'll build out the team.", "en"),
        ("We encourage using AI tools in your daily workflow to ship faster.", "en"),
        ("- Methodik: Verständnis von MLOps (DevOps für ML), Datenpipelines.", "de"),
        (
            "Sehr viele Software-Hersteller haben inzwischen „Irgendwas mit KI“ "
            "in ihr Portfolio eingebaut.",
            "de",
        ),
    ],
)
def test_the_candidates_side_and_others_ai_are_no_claims(
    text: str, language: str
) -> None:
    """A condition on the candidate, a role that does nothing with AI in its
    clause, the candidate's own workflow, a skill wished, other makers' AI."""
    assert not reading(text, language).is_claim


def test_a_condition_naming_the_organisations_ai_still_claims() -> None:
    assert reading("If you use our AI, it plans every route.").is_claim


def test_the_firms_use_of_ai_before_a_seeking_cue_still_claims() -> None:
    """ "we expect engineers to ..." seeks; the clause before it says the firm
    uses AI. The candidate's use in a clause without the firm stays asked."""
    assert reading(
        "We use AI tools heavily, but we expect engineers to know when they help."
    ).is_claim
    assert not reading(
        "The engineer's role is evolving (and using lots of AI agents to do it), "
        "and we are looking for AI-pilled engineers."
    ).is_claim


def test_applications_written_by_ai_are_the_candidates() -> None:
    assert not reading("Hälfte der Bewerbungen von KI geschrieben", "de").is_claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Nordlicht - Founding Engineer (AI x Executive Search OS) - Remote - "
            "$80k + Equity",
            False,
        ),
        (
            "Nordlicht (AI Healthcare) – Hiring Growth Marketer – Remote – $80K-$140K",
            False,
        ),
        ("Nordlicht – AI platform – we use ML to plan routes – Remote", True),
        ("Adaptional (YC S25) is hiring AI engineers", False),
        ("Open to: Applied Scientist / ML Eng / GenAI Eng / AI Eng", False),
        ("Instead, tell us about a system you improved with AI.", False),
    ],
)
def test_dashed_headers_batch_codes_and_application_asks(
    text: str, claim: bool
) -> None:
    """Spaced dashes separate a header's labels like pipes; "YC S25" is no
    head-count; "Applied Scientist" is a role; "tell us about" asks."""
    assert reading(text).is_claim is claim


def test_a_dashed_sentence_with_a_verb_of_use_is_read_whole() -> None:
    assert reading("Die KI – so der Hersteller – erkennt Schäden", "de").is_claim


@pytest.mark.parametrize(
    "text",
    [
        "Künstliche Intelligenz wird im Recruiting längst nicht mehr nur "
        "experimentell eingesetzt.",
        "Viele HR-Teams nutzen KI-Tools zur Vorqualifizierung von Bewerbungen.",
        "KI-gestütztes Bewerbermanagement verspricht schnellere Prozesse.",
        "Folgende KI-Anwendungen sind im Recruiting verboten:",
        "Dass KI-Systeme zur Bewertung von Bewerbern als risikobehaftet gelten.",
        "Transparenz zeigen: Kommunizieren Sie offen, dass KI im "
        "Bewerbungsprozess eingesetzt wird",
    ],
)
def test_advice_on_ai_in_recruiting_is_no_claim(text: str) -> None:
    """What recruiting-advice pages say of AI in general, of HR teams, of the
    law, and what they tell the reader to do."""
    assert not reading(text, "de").is_claim


def test_an_imperative_naming_the_organisations_ai_still_claims() -> None:
    assert reading("Nutzen Sie unsere KI-Plattform für die Disposition.", "de").is_claim


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Das FZKI hat 2023 in Bremen ein KI-Labor eingerichtet.", "de"),
        ("Das FZKI forscht zu Methoden der Künstlichen Intelligenz.", "de"),
        ("Globex has announced AI will be built into its suite.", "en"),
        ("Initech said it will train LLMs on its own documents.", "en"),
    ],
)
def test_another_named_organisation_as_the_subject_is_no_claim(
    text: str, language: str
) -> None:
    """A sentence that opens with another organisation ("Das DFKI forscht",
    "Atlassian has announced") on the page of "Nordlicht" speaks of that
    organisation's AI, not of the page's."""
    r = reading(text, language)
    assert r.live_terms
    assert not r.is_claim


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Das NLT hat 2023 in Bremen ein KI-Labor eingerichtet.", "de"),
        ("Nordlicht has announced AI will be built into its suite.", "en"),
        ("Das FZKI forscht mit uns an Methoden der Künstlichen Intelligenz.", "de"),
    ],
)
def test_the_organisation_or_its_acronym_as_the_subject_still_claims(
    text: str, language: str
) -> None:
    """ "NLT" may abbreviate "Nordlicht": its letters follow the name's; "mit
    uns" makes the work the organisation's own."""
    assert reading(text, language).is_claim


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Schwerpunkte liegen in der Systemischen KI und in KI-Agenten.", "de"),
        ("Der Fokus liegt auf robuster KI für die Logistik.", "de"),
        ("The focus is on applied machine learning for logistics.", "en"),
    ],
)
def test_a_focus_opening_the_sentence_is_the_organisations(
    text: str, language: str
) -> None:
    """On the organisation's own page, "Die Schwerpunkte liegen in ..." with
    nobody else named states its own focus, though neither "wir" nor its name
    stands there."""
    assert reading(text, language).is_claim


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ich bin Data Scientist mit Schwerpunkt KI.", "de"),
        ("Mein Job sollte es sein, ein komplettes LLM aufzubauen.", "de"),
        ("I'm a machine learning engineer by training.", "en"),
    ],
)
def test_a_staff_member_speaking_of_themself_is_no_claim(
    text: str, language: str
) -> None:
    """A first-person story ("Ich bin Data Scientist mit Schwerpunkt KI") speaks
    of the person: their expertise or a past job, not the organisation's AI."""
    r = reading(text, language)
    assert r.live_terms
    assert not r.is_claim


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ich trainiere die KI-Modelle, die im Kundenservice eingesetzt werden.", "de"),
        ("I run the ML platform that serves every forecast in production.", "en"),
        ("I'm the VP of data science at Omnius, a Berlin-based AI company.", "en"),
        ("Mein Team bei Nordlicht baut KI-Agenten für den Kundenservice.", "de"),
        ("Ich entwickle unsere KI-Agenten für den Kundenservice.", "de"),
    ],
)
def test_a_staff_member_speaking_of_the_organisations_ai_still_claims(
    text: str, language: str
) -> None:
    assert reading(text, language).is_claim


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Langfristig trägt die KI dazu bei, Vorhersagen präziser zu machen.", "de"),
        ("Algorithmen und KI übernehmen im Recruiting immer mehr Verantwortung.", "de"),
        ("The AI will increasingly take over routine work in every office.", "en"),
    ],
)
def test_a_trend_of_ai_is_ai_in_general_even_with_an_article(
    text: str, language: str
) -> None:
    """A trend ("langfristig", "immer mehr", "increasingly") speaks of AI in
    general, even as "die KI": German uses the article for the field."""
    r = reading(text, language)
    assert r.live_terms
    assert not r.is_claim


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Unsere KI übernimmt immer mehr Aufgaben im Kundenservice.", "de"),
        ("Die KI prüft jede Nacht die Lebensmittel im Lager.", "de"),
    ],
)
def test_the_organisations_ai_or_a_particular_one_still_claims(
    text: str, language: str
) -> None:
    assert reading(text, language).is_claim


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die KI wird definitiv Prozesse in der Kommunikation verändern.", "de"),
        ("KI verändert die Arbeitswelt in allen Branchen.", "de"),
        ("AI is transforming how every industry works.", "en"),
    ],
)
def test_ai_changing_the_world_is_ai_in_general(text: str, language: str) -> None:
    """ "KI verändert die Arbeitswelt": a change that AI brings to the world
    is a statement about AI in general, not about the organisation's AI."""
    r = reading(text, language)
    assert r.live_terms
    assert not r.is_claim


def test_the_organisations_ai_changing_something_still_claims() -> None:
    assert reading("Our AI is transforming how every warehouse works.").is_claim


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("AI that works at scale - not just in demos.", "en"),
        ("Eine KI, die nicht redet, sondern mitdenkt.", "de"),
        ("An AI assistant that answers every call.", "en"),
    ],
)
def test_a_tagline_of_an_ai_presents_the_organisations_ai(
    text: str, language: str
) -> None:
    """A short line that is only a noun phrase, AI and a relative clause,
    presents the organisation's product ("AI that works at scale"): it claims
    though it holds neither "we" nor a verb of its own."""
    assert reading(text, language).is_claim


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("AI that works at scale is hard to build, as many teams learn.", "en"),
        ("Eine KI, die mitdenkt, gibt es noch nicht.", "de"),
    ],
)
def test_a_sentence_about_an_ai_that_does_something_is_no_tagline(
    text: str, language: str
) -> None:
    assert not reading(text, language).is_claim


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Der AI Engineer ist die Schlüsselrolle, die KI in den Alltag bringt.", "de"),
        ("An ML engineer is the person who brings AI models into production.", "en"),
    ],
)
def test_a_role_defined_in_general_is_no_claim(text: str, language: str) -> None:
    """ "Der AI Engineer ist die Schlüsselrolle, ...": what a role is, in
    general, on a recruiting-advice page, says nothing of anyone's AI."""
    r = reading(text, language)
    assert r.live_terms
    assert not r.is_claim


def test_the_organisations_role_described_still_claims() -> None:
    text = (
        "Unser AI Engineer ist die Schlüsselrolle, die unsere KI in Produktion bringt."
    )
    assert reading(text, "de").is_claim


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die KI-Technologie ist in der Lage, große Datenmengen zu verarbeiten.", "de"),
        ("The AI technology is able to read large amounts of data.", "en"),
        ("Die KI-Technologie kann große Datenmengen verarbeiten.", "de"),
    ],
)
def test_what_the_technology_can_do_is_ai_in_general(text: str, language: str) -> None:
    """ "Die KI-Technologie" is the technology, not a particular system; what
    it is able to do ("ist in der Lage", "is able to") is said of AI in
    general."""
    r = reading(text, language)
    assert r.live_terms
    assert not r.is_claim


def test_the_organisations_technology_able_to_do_something_still_claims() -> None:
    text = "Unsere KI-Technologie ist in der Lage, jede Rechnung zu prüfen."
    assert reading(text, "de").is_claim


def test_ai_as_a_point_in_time_is_a_topic() -> None:
    """ "Before AI, ..." names a time, the world before AI, not anyone's AI."""
    text = "- Why: Before AI, niche communities had no first-class software."
    assert not reading(text).is_claim


def test_the_organisations_ai_before_something_still_claims() -> None:
    text = "Before AI, we planned routes by hand; today our AI plans every route."
    assert reading(text).is_claim


@pytest.mark.parametrize(
    "text",
    [
        "Mit seinem Team entwickelt er nachhaltige KI-Lösungen für Unternehmen.",
        "Nordlicht entwickelt KI-Agenten für Unternehmen im Mittelstand.",
    ],
)
def test_companies_as_the_clients_are_no_actors(text: str) -> None:
    """ "KI-Lösungen für Unternehmen": companies the organisation serves, not
    companies in general that use AI."""
    assert reading(text, "de").is_claim


def test_companies_in_general_still_act() -> None:
    text = "Unternehmen setzen zunehmend KI-Lösungen im Kundenservice ein."
    assert not reading(text, "de").is_claim


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("KI spart Zeit, liefert Ideen und hilft, den richtigen Ton zu treffen.", "de"),
        (
            "Künstliche Intelligenz hilft, passende Kandidaten schneller zu finden.",
            "de",
        ),
        ("Machine learning makes forecasts faster and cheaper.", "en"),
    ],
)
def test_a_benefit_of_bare_ai_is_ai_in_general(text: str, language: str) -> None:
    """Bare AI as the subject with a benefit but no number ("KI spart Zeit")
    praises AI in general; a measured effect ("ML cut late deliveries by
    30 %") or the organisation's AI ("KI verbessert unseren Service") is
    particular."""
    r = reading(text, language)
    assert r.live_terms
    assert not r.is_claim


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ML cut late deliveries by 30 %.", "en"),
        ("KI verbessert unseren Service.", "de"),
    ],
)
def test_a_measured_or_owned_effect_of_ai_still_claims(
    text: str, language: str
) -> None:
    assert reading(text, language).is_claim


@pytest.mark.parametrize(
    "text",
    [
        "Mit KI-Tools wie ChatGPT lässt sich ein Anschreiben schnell erstellen.",
        "Mit KI lassen sich viele Routineaufgaben automatisieren.",
    ],
)
def test_what_can_be_done_with_ai_is_ai_in_general(text: str) -> None:
    """ "lässt sich", "lassen sich" say what can be done with AI by anyone,
    like "kann": AI in general, not the organisation's."""
    r = reading(text, "de")
    assert r.live_terms
    assert not r.is_claim


def test_what_can_be_done_with_the_organisations_ai_still_claims() -> None:
    text = "Mit unserer KI lässt sich jede Rechnung in Sekunden prüfen."
    assert reading(text, "de").is_claim


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Banken setzen KI bereits bei der Betrugserkennung ein.", "de"),
        ("Kliniken nutzen KI zur Auswertung von Röntgenbildern.", "de"),
        ("Banks already use machine learning to detect fraud.", "en"),
    ],
)
def test_a_sector_in_general_is_others(text: str, language: str) -> None:
    """Banks, insurers, hospitals in the plural are a sector, not the
    organisation: their AI is no claim of its own."""
    r = reading(text, language)
    assert r.live_terms
    assert not r.is_claim


def test_the_organisation_among_a_sector_still_claims() -> None:
    text = "Auch wir setzen, wie viele Banken, KI bei der Betrugserkennung ein."
    assert reading(text, "de").is_claim


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Ein Chatbot ist ein Programm, das mithilfe von KI mit Menschen spricht.",
            "de",
        ),
        ("A chatbot is a program that uses NLP to answer questions.", "en"),
    ],
)
def test_a_definition_of_a_kind_of_thing_is_no_claim(text: str, language: str) -> None:
    """ "Ein Chatbot ist ein Programm, das mithilfe von KI ...": what any
    chatbot is, not the organisation's AI."""
    r = reading(text, language)
    assert r.live_terms
    assert not r.is_claim


def test_the_organisations_thing_defined_still_claims() -> None:
    text = "Unser Chatbot ist ein Programm, das mithilfe von KI mit Kunden spricht."
    assert reading(text, "de").is_claim


@pytest.mark.parametrize(
    "text",
    [
        "These principles describe how you can use AI tools when applying as "
        "well as how we will use AI when recruiting.",
        "Du darfst KI für deine Bewerbung nutzen, und wir nutzen KI bei der "
        "Vorauswahl.",
    ],
)
def test_the_organisations_own_use_beside_the_candidates_still_claims(
    text: str,
) -> None:
    """The candidate's AI ("when applying") beside the organisation's own use
    of AI ("we will use AI when recruiting") does not hide the latter."""
    assert reading(text, "en" if "principles" in text else "de").is_claim


@pytest.mark.parametrize(
    "text",
    [
        "We don't mind if you use AI when applying.",
        "Applications written by an LLM will be screened out.",
    ],
)
def test_the_candidates_ai_alone_still_claims_nothing(text: str) -> None:
    assert not reading(text).is_claim


@pytest.mark.parametrize(
    "text",
    [
        "In diesem Beitrag zeigen wir, wie KI heute in der Logistik eingesetzt wird.",
        "Auf dieser Seite erklären wir, warum KI in der Pflege helfen kann.",
        "Im Kurs lernst du, welche KI-Werkzeuge Disponenten nutzen.",
    ],
)
def test_ai_in_an_indirect_question_is_what_is_explained(text: str) -> None:
    """German: AI that only stands in an indirect question ("..., wie KI
    eingesetzt wird") is what a text shows or explains, not the
    organisation's use of it."""
    assert not reading(text, "de").is_claim


@pytest.mark.parametrize(
    "text",
    [
        "Hier zeigen wir, wie wir KI in der Disposition einsetzen.",
        "Hier zeigen wir, wie unsere KI jede Tour plant.",
        "Auf der Messe haben wir gezeigt, wie KI bei uns Touren plant.",
    ],
)
def test_an_indirect_question_about_the_organisation_still_claims(text: str) -> None:
    """ "wie wir KI einsetzen", "wie unsere KI ...", or a showing in the past
    (an event the organisation held) still speak of its own AI."""
    assert reading(text, "de").is_claim


@pytest.mark.parametrize(
    "text",
    [
        "Heikel wird es, wenn die KI ohne Aufsicht Bewerbungen sortiert.",
        "Die KI-Verordnung gilt, sofern die KI Lebensläufe bewertet.",
        "Problematisch ist es, falls die KI Gespräche ohne Kontrolle führt.",
    ],
)
def test_ai_only_in_a_condition_is_a_case_not_a_claim(text: str) -> None:
    """German: AI that only stands in a condition ("..., wenn die KI ...
    bewertet") is a case the text weighs, not the organisation's use."""
    assert not reading(text, "de").is_claim


@pytest.mark.parametrize(
    "text",
    [
        "Wenn Sie sich bewerben, prüft unsere KI Ihre Unterlagen.",
        "Wir setzen KI ein, wenn es den Teams hilft.",
        "Wenn unsere KI eine Bewerbung vorsortiert, prüft ein Mensch nach.",
    ],
)
def test_a_condition_beside_the_organisations_ai_still_claims(text: str) -> None:
    """The AI in the main clause, or the organisation's own AI in the
    condition, still speaks of what the organisation does."""
    assert reading(text, "de").is_claim


@pytest.mark.parametrize(
    "text",
    [
        "Ein Vorteil ist, dass die KI die Fähigkeit hat, Anfragen in 40 Sprachen "
        "zu beantworten.",
        "Zudem besitzt die KI die Fähigkeit, Belege selbst zu prüfen.",
    ],
)
def test_what_a_particular_ai_can_is_no_requirement(text: str) -> None:
    """A wish word ("Fähigkeit") beside a particular AI as the subject, with an
    article between them, says what the AI can, not what the candidate must."""
    r = reading(text, "de")
    assert r.is_claim
    assert not r.is_requirement


@pytest.mark.parametrize(
    "text",
    [
        "Du hast die Fähigkeit, KI-Modelle zu trainieren.",
        "Die KI-Kenntnisse sind von Vorteil.",
        "Fähigkeiten in KI und Statistik setzen wir voraus.",
    ],
)
def test_an_ai_skill_asked_of_the_candidate_stays_a_requirement(text: str) -> None:
    r = reading(text, "de")
    assert not r.is_claim


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Um KI im Lager sinnvoll zu nutzen, braucht es saubere Stammdaten.", False),
        ("Damit Sprachmodelle gut antworten, ist eine Datenbasis nötig.", False),
        ("Um KI im Lager zu nutzen, müssen wir zuerst Stammdaten bereinigen.", True),
        ("Um Anfragen schneller zu beantworten, setzt die Stadt KI ein.", True),
    ],
)
def test_advice_on_ai_in_general_is_no_claim(text: str, claims: bool) -> None:
    """German: an opening purpose clause that holds the AI and a main clause
    of what is needed give advice, not the organisation's use of AI; with the
    organisation acting ("müssen wir", "setzt die Stadt") it still claims."""
    assert reading(text, "de").is_claim is claims


@pytest.mark.parametrize(
    "text",
    [
        "Wir alle nutzen KI jeden Tag, etwa beim Navigieren.",
        "Auch KMU setzen KI-Werkzeuge in der Buchhaltung ein.",
        "Wir erhalten viele KI-generierte Unterlagen ohne persönliche Note.",
    ],
)
def test_everyone_small_firms_and_candidates_papers_are_not_the_organisation(
    text: str,
) -> None:
    """German: "wir alle" is everyone, KMU are firms in general, and
    KI-generated papers are the candidates' own AI: none is the
    organisation's use of AI."""
    assert not reading(text, "de").is_claim


def test_the_organisations_we_beside_everyones_still_claims() -> None:
    assert reading("Wir nutzen KI jeden Tag in der Disposition.", "de").is_claim
    text = "Unsere KI erleichtert den Alltag unserer Disponenten."
    assert reading(text, "de").is_claim


@pytest.mark.parametrize(
    ("text", "org", "claims"),
    [
        (
            "Europa habe sich zum Vorreiter bei KI-Anwendungen entwickelt, sagte sie.",
            "=Nordlicht",
            False,
        ),
        (
            "Deutschlands größter Preis für KI geht an ein Start-up.",
            "=Nordlicht",
            False,
        ),
        (
            "Bayern stärkt die KI-Forschung: Die Ministerin hat 5 Mio. Euro vergeben.",
            "=Nordlicht",
            False,
        ),
        (
            "In Deutschland setzen wir KI in der Schadenbearbeitung ein.",
            "=Nordlicht",
            True,
        ),
        (
            "Hamburg setzt KI im Bürgerservice ein.",
            "Freie und Hansestadt Hamburg",
            True,
        ),
    ],
)
def test_a_country_or_region_as_the_subject_is_not_the_organisation(
    text: str, org: str, claims: bool
) -> None:
    """A country or a German state opens the sentence as its subject (or its
    genitive, "Deutschlands größter Preis"): its AI, prize or funding, not the
    organisation's; unless the organisation is named after it (a city's own
    page naming the city)."""
    assert reading(text, "de", org).is_claim is claims


@pytest.mark.parametrize(
    "text",
    [
        "Im Herbst soll auch das Bürgerbüro um einen KI-Chatbot ergänzt werden.",
        "Dort soll bis Ende des Jahres ein Sprachassistent mit KI entwickelt werden.",
        "Ab Mai sollen die Anträge zusätzlich von einem KI-Assistenten vorsortiert",
    ],
)
def test_a_particular_thing_that_shall_be_done_with_ai_is_a_plan(text: str) -> None:
    """German "soll ... ergänzt werden": the modal with a verb closing the
    clause says what the organisation will do, a plan."""
    assert "plan" in kinds(text, "de")


@pytest.mark.parametrize(
    "text",
    [
        "Du sollst Erfahrung mit Machine Learning mitbringen.",
        "KI soll den Menschen nicht ersetzen, sondern unterstützen.",
    ],
)
def test_what_the_candidate_or_ai_in_general_shall_do_is_no_plan(text: str) -> None:
    assert not reading(text, "de").is_claim


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("KI im Recruiting (etwa CV-Screening oder Matching) gilt als riskant.", False),
        ("Unsere KI prüft Lebensläufe und ordnet sie ein.", True),
    ],
)
def test_a_compound_naming_the_screening_is_the_field(text: str, claims: bool) -> None:
    """ "CV-Screening" names a hiring process, the field AI is in; papers that
    an AI acts on are two words ("prüft Lebensläufe")."""
    assert reading(text, "de").is_claim is claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Wir beobachten, dass Firmen KI für die Vorauswahl nutzen.", False),
        ("Heute sehen wir, dass KI-Software viel häufiger eingesetzt wird.", False),
        ("Wir sehen, dass unser KI-Assistent Anfragen schneller beantwortet.", True),
    ],
)
def test_what_the_organisation_observes_of_ai_is_not_its_own(
    text: str, claims: bool
) -> None:
    """ "Wir sehen, dass KI ...": the organisation only observes AI in a
    that-clause; its own AI named there ("unser KI-Assistent") still claims."""
    assert reading(text, "de").is_claim is claims


@pytest.mark.parametrize(
    "text",
    [
        "Die KI hat die Medizin verändert, rascher, als wir es uns vorstellen konnten.",
        "Die KI wird die Logistik schneller verändern, als wir denken.",
    ],
)
def test_we_in_a_comparison_is_everyone_not_the_organisation(text: str) -> None:
    """German "..., als wir denken", "als wir es uns vorstellen können":
    everyone's expectation, not the organisation speaking of its AI."""
    assert not reading(text, "de").is_claim


def test_the_organisation_beside_a_comparison_still_claims() -> None:
    assert reading("Wir setzen KI schneller ein, als wir dachten.", "de").is_claim


@pytest.mark.parametrize(
    "text",
    [
        "Künstliche Intelligenz ist dafür da, uns lästige Routinearbeit abzunehmen.",
        "Maschinelles Lernen ist dazu da, uns bei Entscheidungen zu unterstützen.",
        "Sprachmodelle sind dazu da, uns das Schreiben leichter zu machen.",
    ],
)
def test_us_in_what_ai_is_there_for_is_everyone(text: str) -> None:
    """German "KI ist dazu da, uns ...": what AI in general is for, said of
    everyone; "uns" there is not the organisation speaking of its AI."""
    assert not reading(text, "de").is_claim


@pytest.mark.parametrize(
    "text",
    [
        "Unser KI-Assistent ist dazu da, uns Zeit zu sparen.",
        "Bei uns ist KI dazu da, Kundenanfragen schneller zu beantworten.",
    ],
)
def test_the_organisations_ai_there_for_us_still_claims(text: str) -> None:
    assert reading(text, "de").is_claim


@pytest.mark.parametrize(
    "text",
    [
        "Im Bürgerbüro ist KI seit dem Frühjahr Teil der städtischen Verwaltung.",
        "Auch bei der Abfallberatung ist KI mittlerweile Teil der städtischen "
        "Belegschaft.",
    ],
)
def test_the_citys_own_administration_is_the_organisation(text: str) -> None:
    """German "der städtischen Verwaltung", "der städtischen Belegschaft": on a
    city's page, the city's own administration or staff, named like "der
    Stadt"; AI that is part of it is the city's."""
    assert reading(text, "de").is_claim


@pytest.mark.parametrize(
    "text",
    [
        "Viele Kommunen fragen sich, ob KI Teil der städtischen Verwaltung "
        "werden soll.",
        "Andere Kommunen setzen KI in der städtischen Verwaltung ein.",
        "Viele Kommunen setzen KI in der Verwaltung ein.",
    ],
)
def test_an_administration_where_others_act_is_theirs(text: str) -> None:
    """When others act ("Viele Kommunen") and the organisation is not named,
    "der Verwaltung" is their administration, not the organisation's."""
    assert not reading(text, "de").is_claim


@pytest.mark.parametrize(
    "text",
    [
        "Für KI-gestützte Leistungsbeurteilung gelten künftig strenge Regeln.",
        "KI-gestützte Bewerberauswahl unterliegt künftig strengen Auflagen.",
        "Ob Videointerview oder KI-gestützte Vorauswahl: Für solche Systeme "
        "gelten künftig neue Pflichten.",
    ],
)
def test_rules_that_apply_to_ai_are_a_topic(text: str) -> None:
    """German: rules, obligations and requirements that apply to AI ("gelten
    künftig strenge Regeln", "unterliegt Auflagen") speak of regulation, not
    of the organisation's AI."""
    assert not reading(text, "de").is_claim


def test_rules_for_the_organisations_ai_still_claim() -> None:
    assert reading("Für unsere KI-Assistenten gelten strenge Regeln.", "de").is_claim


@pytest.mark.parametrize(
    "text",
    [
        "Lernende Sprachassistenten: Diese verwenden neuronale Netze, um "
        "gesprochene Anfragen zu verstehen.",
        "KI-basierte Übersetzungstools: Solche nutzen große Sprachmodelle und "
        "übersetzen ganze Dokumente.",
    ],
)
def test_a_glossary_entry_defines_a_class_of_ai(text: str) -> None:
    """German: a label and a plural demonstrative as the subject ("Lernende
    Sprachassistenten: Diese verwenden ..."): a definition of a class of
    systems, not the organisation's AI."""
    assert not reading(text, "de").is_claim


@pytest.mark.parametrize(
    "text",
    [
        "Nova: Diese KI beantwortet Fragen unserer Kundschaft rund um die Uhr.",
        "Kundenservice: Dort nutzen wir Sprachmodelle für Antwortvorschläge.",
    ],
)
def test_a_labelled_particular_ai_still_claims(text: str) -> None:
    assert reading(text, "de").is_claim


@pytest.mark.parametrize(
    "text",
    [
        "In unseren Seminaren erklären wir, was maschinelles Lernen ist und "
        "was es leisten kann.",
        "Unsere Trainerin erklärt, was generative KI ist und wo ihre Grenzen liegen.",
        "Im Kurs vermitteln wir Beschäftigten, was Sprachmodelle können.",
        "Wir erklären in kurzen Workshops für Beschäftigte, was neuronale Netze sind.",
    ],
)
def test_explaining_what_ai_is_is_a_topic(text: str) -> None:
    """German "erklären, was KI ist", "vermitteln, was Sprachmodelle können":
    teaching about AI, not the organisation's use of it."""
    assert not reading(text, "de").is_claim


def test_explaining_what_our_ai_does_still_claims() -> None:
    text = "Unser KI-Assistent erklärt Kundinnen, was ihr Tarif abdeckt."
    assert reading(text, "de").is_claim


@pytest.mark.parametrize(
    "text",
    [
        "Seit dem Start im Mai erreichten den KI-Assistenten mehr als 3.400 Fragen.",
        "Im ersten Quartal stellten Bürgerinnen dem KI-Bot rund 900 Fragen.",
    ],
)
def test_a_count_for_a_particular_ai_claims(text: str) -> None:
    """German: a particular AI ("den KI-Assistenten", "dem KI-Bot") with a
    count of what it handled asserts its use, and the count must be backed;
    the AI need not be the subject."""
    assert reading(text, "de").is_claim


@pytest.mark.parametrize(
    "text",
    [
        "Die Behörde hat eine Interessenbekundung für Fachleute im neuen "
        "KI-Referat veröffentlicht.",
        "Für die Einstellung neuer Fachkräfte im KI-Labor läuft derzeit ein Aufruf.",
    ],
)
def test_a_call_for_applications_is_a_hiring_line(text: str) -> None:
    """German "Interessenbekundung", "Einstellung neuer ...": a call for
    applicants to a unit, a hiring line, not a claim about its AI."""
    assert not reading(text, "de").is_claim
