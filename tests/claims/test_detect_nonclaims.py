"""Sentences, mostly German, that name AI without claiming the organisation uses it."""

from __future__ import annotations

from datetime import date

import pytest

from careers.claims import Bundle, Item, Organisation, check
from careers.claims.detect import Context, read
from careers.claims.lexicon import Cues, default_lexicon
from careers.claims.numbers import Format

LEX = default_lexicon()


def reading(text: str, org: str, language: str = "de"):
    lang = LEX.language(language)
    fmt = Format(lang.decimal_separator, lang.ordinal_dot)
    return read(text, Context(LEX, fmt, 2026, Cues([org]), language))


@pytest.mark.parametrize(
    ("text", "org", "claim"),
    [
        (
            "Seit Jahren rückt der Rhein Hackathon das Thema KI in den Mittelpunkt.",
            "=Rhein Hackathon",
            False,
        ),
        (
            "Die Data Summit Köln widmet sich besonders dem Thema KI.",
            "=Data Summit Köln",
            False,
        ),
        # a team or an event the organisation names apart from its name still
        # gathers people around the topic
        (
            "Der Rhein Hackathon hat ein Team rund um das Thema KI aufgebaut.",
            "=Rhein Hackathon",
            True,
        ),
    ],
)
def test_an_event_word_in_the_organisations_name_gathers_nobody(
    text: str, org: str, claim: bool
) -> None:
    """An organisation named like an event or a lab ("MUC SUMMIT") that
    attends to AI as a topic does not gather a team or an activity around
    it: the word of its name is no activity of its own."""
    assert reading(text, org).is_claim is claim


def _blocked(text: str, org: str, language: str = "de") -> bool:
    """Whether the sentence, checked alone as a page of `org`, blocks."""
    item = Item("page", "page", language, "", {"body": text})
    bundle = Bundle(items=(item,), organisation=Organisation(name=org))
    report = check(bundle, as_of=date(2026, 12, 1)).items["page"]
    return any(f.blocks for f in report.findings)


@pytest.mark.parametrize(
    ("text", "org", "language"),
    [
        (
            "Die Staatsregierung stellt Mittel für das Bayerische KI-Netzwerk bereit.",
            "Bayerische Landesbank",
            "de",
        ),
        (
            "Neue Mitglieder für das Europäische KI-Büro werden gesucht.",
            "Europäische Kommission",
            "de",
        ),
        (
            "Funding for the European AI Office grows every year.",
            "European Investment Bank",
            "en",
        ),
    ],
)
def test_an_adjective_opening_the_name_names_nothing_alone(
    text: str, org: str, language: str
) -> None:
    """The first word of the organisation's name stands for it ("Siemens"
    for "Siemens Healthineers"), but not when it is an adjective: "das
    Europäische KI-Büro" is not the Europäische Kommission's own AI."""
    assert not _blocked(text, org, language)


def test_the_whole_name_with_an_adjective_still_names_the_organisation() -> None:
    text = "Die Bayerische Landesbank setzt KI in der Kreditprüfung ein."
    assert _blocked(text, "Bayerische Landesbank")


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Die Analyse großer Datenmengen gilt als idealer Einsatzbereich für KI.",
            False,
        ),
        (
            "Prognosen aus historischen Daten zählen zu den besten "
            "Anwendungsfeldern von KI.",
            False,
        ),
        ("Die Schadenbearbeitung ist einer unserer Einsatzbereiche für KI.", True),
    ],
)
def test_fields_of_use_for_ai_in_general_are_no_claim(text: str, claim: bool) -> None:
    """What fields AI suits ("ideale Einsatzbereiche für KI"), with nobody
    named, speaks of AI in general, even beside a word of kind ("Daten",
    "besten"); the organisation's own fields of use still claim."""
    assert reading(text, "=Nordlicht").is_claim is claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            'Eine typische Anfrage aus dem Mittelstand: "Wir brauchen eine KI, '
            'die unsere Rechnungen prüft."',
            False,
        ),
        (
            "Das hören wir oft: „Wir wollen KI in der Buchhaltung einsetzen.“",
            False,
        ),
        (
            "Was wir anbieten: „Unsere KI prüft jede Rechnung in Sekunden.“",
            True,
        ),
    ],
)
def test_a_customers_quoted_wish_is_no_claim(text: str, claim: bool) -> None:
    """A customer's voice quoted after a colon ("Ein typischer Dialog aus der
    Praxis: „Wir wollen einen KI-Assistenten ...“"): its "wir" is the
    customer's. A quote that no customer's voice introduces still speaks
    for the organisation."""
    assert reading(text, "=Nordlicht").is_claim is claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Der Vorfall zeigt, dass wir mit dem Einsatz von KI vorsichtig "
            "umgehen müssen.",
            False,
        ),
        (
            "Klar ist, dass wir bei der Nutzung von künstlicher Intelligenz "
            "Transparenz schaffen sollten.",
            False,
        ),
        ("Der Vorfall zeigt, dass wir den Einsatz von KI ausbauen.", True),
    ],
)
def test_a_duty_in_a_that_clause_is_no_claim(text: str, claim: bool) -> None:
    """A that-clause ending in a necessity ("..., dass wir sensibel mit dem
    Einsatz von KI umgehen müssen") says what must be done, not that the
    organisation uses AI; without the necessity it still speaks of its use."""
    assert reading(text, "=Nordlicht").is_claim is claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Once a computer beat the world's best chess player, the methods "
            "we now call machine learning were applied to everything.",
            False,
        ),
        (
            "After the world took notice, the tech we now refer to as deep "
            "learning was used in every phone camera.",
            False,
        ),
        ("We now use machine learning in every phone camera.", True),
    ],
)
def test_we_that_names_ai_for_everyone_is_not_the_organisation(
    text: str, claim: bool
) -> None:
    """ "What we now call machine learning": this "we" is everyone naming a
    technique in a piece of history of the world, not the organisation
    using it."""
    assert reading(text, "=Nordlicht", "en").is_claim is claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Künstliche Intelligenz verändert unsere Arbeitswelt grundlegend.", False),
        ("Die KI verändert unsere Wirtschaft.", False),
        ("Generative KI verändert unsere Welt in vielen Bereichen.", False),
        ("Unser Kundenservice nutzt KI jeden Tag.", True),
    ],
)
def test_our_economy_and_world_are_everyones(text: str, claim: bool) -> None:
    """ "unsere Wirtschaft", "unsere Welt", "unsere Arbeitswelt" are everyone's,
    as "unser Leben" is: AI changing them is AI in general, not the
    organisation's; its own service named with "unser" still claims ("unser
    Alltag" stays the organisation's: "KI ist aus unserem Alltag nicht mehr
    wegzudenken")."""
    assert reading(text, "=Nordlicht").is_claim is claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Gut ein Drittel nutzt bereits KI für das Anschreiben.", False),
        (
            "Die künstliche Intelligenz hilft beim Verfassen des Lebenslaufs "
            "und spart so Zeit.",
            False,
        ),
        (
            "Der Text war komplett mit künstlicher Intelligenz geschrieben worden.",
            False,
        ),
        ("Unsere KI prüft jedes Anschreiben auf Vollständigkeit.", True),
    ],
)
def test_ai_that_writes_the_applicants_papers_is_the_candidates(
    text: str, claim: bool
) -> None:
    """AI that writes a cover letter or a CV ("KI fürs Anschreiben", "beim
    Verfassen des Lebenslaufs", "mit künstlicher Intelligenz geschrieben") is
    the candidate's own; the organisation's AI reading the papers claims."""
    assert reading(text, "=Nordlicht").is_claim is claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Bis 2027 sollen 20 neue Professuren für Künstliche Intelligenz entstehen.",
            False,
        ),
        ("Der Bund fördert die Lehre über und mit KI an den Hochschulen.", False),
        ("Auf der Konferenz ging es um generative KI und ihre Folgen.", False),
        (
            "Wir setzen KI in der Lehre ein, um Prüfungen schneller zu korrigieren.",
            True,
        ),
    ],
)
def test_ai_as_a_subject_of_research_teaching_events_and_funding_is_no_claim(
    text: str, claim: bool
) -> None:
    """Where the organisation is not named, AI that a professorship, a degree
    course, a conference or a funding programme is about is a subject, not AI
    in use; the organisation using AI in its teaching still claims."""
    assert reading(text, "=Nordlicht").is_claim is claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Gute Daten sind die Grundlage für die Entwicklung von KI-Systemen.", False),
        ("Die effektive Arbeit mit KI-Systemen erfordert gute Prompts.", False),
        ("Der Betrieb von KI-Systemen braucht saubere Daten.", False),
        ("Die Rechnungen werden von KI geprüft.", True),
    ],
)
def test_von_or_mit_after_a_noun_of_action_names_its_object_not_a_means(
    text: str, claim: bool
) -> None:
    """ "die Entwicklung von KI-Systemen", "die Arbeit mit KI-Systemen": the
    preposition names what the action is about, so AI is no means by which
    anything is done; "von KI geprüft" still names AI at work."""
    assert reading(text, "=Nordlicht").is_claim is claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Ein Data Scientist wertet mit maschinellem Lernen Daten aus.", False),
        ("Ein Data Scientist setzt maschinelles Lernen für Prognosen ein.", False),
        ("Unser Data Scientist wertet mit maschinellem Lernen Daten aus.", True),
    ],
)
def test_what_anyone_in_a_role_does_is_a_job_profile(text: str, claim: bool) -> None:
    """An indefinite article and a role open the sentence and a verb follows
    ("Ein Data Scientist wertet ... aus"): anyone in that role, a job profile;
    the organisation's own data scientist still claims."""
    assert reading(text, "=Nordlicht").is_claim is claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Viele Arbeitgeber verlangen von ihren Bewerbern KI-Kenntnisse.", False),
        (
            "Immer mehr Firmen geben ihren Beschäftigten die KI-Werkzeuge an die Hand.",
            False,
        ),
        ("Wir geben unseren Mitarbeitenden eigene KI-Werkzeuge an die Hand.", True),
        ("Unsere KI-Werkzeuge helfen unseren Mitarbeitenden.", True),
    ],
)
def test_a_possessive_with_its_own_noun_does_not_own_the_ai(
    text: str, claim: bool
) -> None:
    """ "ihren Bewerbern KI-Kenntnisse": the possessive belongs to the noun
    right after it (the applicants), so the AI term after that noun is not
    the possessor's AI; others acting stay others. "Unsere KI-Werkzeuge" and
    "wir" still claim."""
    assert reading(text, "=Nordlicht").is_claim is claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Die Landesregierung setzt künftig stärker auf künstliche Intelligenz.",
            False,
        ),
        (
            "Der Wirtschaftsminister betonte die Bedeutung von KI für den Mittelstand.",
            False,
        ),
        (
            "Das Bundesgesundheitsministerium hat ein Projekt gestartet, das die "
            "Einführung von KI in Arztpraxen erleichtern soll.",
            False,
        ),
        ("Das Kultusministerium will den Einsatz von KI erleichtern.", False),
        (
            "Das Verkehrsministerium hat eine Initiative gestartet, die den Einsatz "
            "von KI im Nahverkehr verbessern soll.",
            False,
        ),
        ("Die Hochschulen der Region bauen gemeinsam ein KI-Labor auf.", False),
        (
            "Die bayerischen Universitäten konkurrieren um Fachleute für die "
            "KI-Forschung.",
            False,
        ),
        ("Gäste aus dem Ministerium erlebten unsere KI in der Lagerlogistik.", True),
        ("Wir arbeiten mit zwei Hochschulen an KI-Modellen für die Logistik.", True),
    ],
)
def test_governments_and_ministers_are_others(text: str, claim: bool) -> None:
    """A government, a minister, or a ministry or universities opening the
    sentence as its subject, acting on AI, or an event's organiser, are
    others; a ministry only mentioned is no actor, and the organisation
    working with universities on AI still claims."""
    assert reading(text, "=Nordlicht").is_claim is claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Darum finde ich es gut, dass Bremen eine KI-Strategie definiert hat.", False),
        (
            "Deshalb denke ich, dass Bremen eine gute KI-Strategie beschlossen hat.",
            False,
        ),
        ("Wir glauben, dass unsere KI den Kundenservice verbessert.", True),
    ],
)
def test_an_opinion_about_others_ai_is_no_claim(text: str, claim: bool) -> None:
    """A verb of opinion before ", dass" ("finde ich es gut, dass ...",
    "glauben wir, dass ...") says what the speaker thinks of AI that the
    that-clause gives to others; the organisation's own AI there still
    claims."""
    assert reading(text, "=Nordlicht").is_claim is claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Es werden nur Vorhaben gefördert, die KI-Methoden einsetzen.", False),
        ("Gefördert werden Projekte, die KI in der Produktion erproben.", False),
        ("Unsere KI-Plattform wurde vom Land gefördert.", True),
    ],
)
def test_what_a_programme_funds_is_no_claim(text: str, claim: bool) -> None:
    """Projects a programme funds that use AI are the applicants' projects,
    not the organisation's AI; the organisation's own funded AI platform
    still claims."""
    assert reading(text, "=Nordlicht").is_claim is claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Im Alltag nutzen sie vor allem Deep Learning für die Bilderkennung.", False),
        ("Danach trainieren sie neuronale Netze mit neuen Daten.", False),
        ("Im Alltag nutzen wir vor allem Deep Learning für die Bilderkennung.", True),
    ],
)
def test_they_after_a_plural_verb_are_third_persons(text: str, claim: bool) -> None:
    """German "sie" after a verb in the plural ("nutzen sie", "trainieren sie")
    is "they", people of a job profile or another firm, not the organisation;
    "nutzen wir" still claims."""
    assert reading(text, "=Nordlicht").is_claim is claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Für Kommunen ohne Strategie empfehlen wir, Daten und KI gemeinsam "
            "zu denken.",
            False,
        ),
        ("Wir empfehlen, mit einem kleinen KI-Pilotprojekt zu starten.", False),
        ("Wir raten Ihnen, generative KI zuerst im Marketing zu testen.", False),
        ("Wir empfehlen unseren KI-Assistenten für alle Anfragen.", True),
    ],
)
def test_what_the_organisation_recommends_is_advice(text: str, claim: bool) -> None:
    """A verb of advice next to "wir" ("empfehlen wir, ...", "Wir raten
    Ihnen, ...") with every AI term after it says what the reader should do
    with AI; recommending its own AI assistant ("unseren KI-Assistenten")
    still claims."""
    assert reading(text, "=Nordlicht").is_claim is claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Der neue Masterstudiengang der Hochschule Nordlicht vermittelt "
            "Grundlagen der KI.",
            False,
        ),
        (
            "Für die Studierenden der Hochschule Nordlicht ist KI ein Pflichtfach.",
            False,
        ),
        (
            "An der Hochschule Nordlicht setzen wir KI ein, um Prüfungen schneller "
            "zu korrigieren.",
            True,
        ),
    ],
)
def test_a_degree_course_on_ai_is_teaching_even_at_the_organisation(
    text: str, claim: bool
) -> None:
    """A degree course or its students at the organisation itself make AI
    what is taught, unless a verb of use says the organisation uses AI."""
    assert reading(text, "=Hochschule Nordlicht").is_claim is claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Jeder, der ein KI-System beruflich nutzt, gilt als Betreiber.", False),
        ("Alle, die KI-Tools im Alltag verwenden, tragen Verantwortung.", False),
        ("Jeder, der bei uns anfängt, arbeitet mit unserem KI-Assistenten.", True),
    ],
)
def test_anyone_who_uses_ai_is_everyone(text: str, claim: bool) -> None:
    """ "Jeder, der …", "Alle, die …" open a rule for anyone who uses AI, not
    the organisation's use; its own AI ("unserem KI-Assistenten") still
    claims."""
    assert reading(text, "=Nordlicht").is_claim is claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Die KI ist gerade dabei, die Arbeitswelt zu erobern.", False),
        ("Die generative KI erobert neue Branchen.", False),
        ("Die KI durchdringt alle Lebensbereiche.", False),
        ("Die KI hält Einzug in die Büros.", False),
        ("Der KI-Assistent erobert die Herzen unserer Kundinnen.", True),
        ("Bei uns hält die KI Einzug in die Disposition.", True),
    ],
)
def test_ai_conquering_the_world_is_a_trend(text: str, claim: bool) -> None:
    """AI that conquers, pervades or moves into the world ("erobert",
    "durchdringt", "hält Einzug") is a change AI brings to everyone, as
    "verändert" is: AI in general even with an article; the organisation
    named ("unserer Kundinnen", "bei uns") still claims."""
    assert reading(text, "=Nordlicht").is_claim is claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Es geht, wie könnte es anders sein, um Künstliche Intelligenz.", False),
        ("Im zweiten Teil ging es um die KI-gestützte Auswertung von Bildern.", False),
        ("Dabei geht es um den verantwortungsvollen Einsatz von KI.", False),
        ("Bei uns geht es um KI, die unseren Kundenservice entlastet.", True),
    ],
)
def test_what_it_is_about_is_a_topic(text: str, claim: bool) -> None:
    """ "Es geht um KI", "ging es um ...": what a text, a talk or a day is
    about is a topic, not AI in use; the organisation named ("bei uns",
    "unseren Kundenservice") still claims."""
    assert reading(text, "=Nordlicht").is_claim is claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Als Bildungsträger ist es uns wichtig, Themen wie Künstliche "
            "Intelligenz zugänglich zu machen.",
            False,
        ),
        ("Mit dem Aufkommen generativer KI verändert sich unsere Rolle.", False),
        ("Mit dem Einzug von KI wandeln sich unsere Aufgaben.", False),
        (
            "Seit dem Einzug unseres KI-Assistenten beantworten wir Anfragen "
            "schneller.",
            True,
        ),
        ("Seit dem Einzug der KI in unsere Disposition sparen wir Zeit.", True),
        ("Mit dem Einzug von KI bei uns hat sich die Tourenplanung verändert.", True),
    ],
)
def test_a_topic_or_the_arrival_of_ai_names_no_ones_ai(text: str, claim: bool) -> None:
    """A topic noun or the arrival of AI ("Themen wie KI", "das Aufkommen
    generativer KI", "der Einzug von KI") a few lowercase words before the AI
    term makes it a topic or a point in time, as "das Thema KI" does; a
    possessive there ("der Einzug unseres KI-Assistenten") names the
    organisation's own AI, and so does the organisation as the destination
    right after it ("der Einzug der KI in unsere Disposition", "bei uns")."""
    assert reading(text, "=Nordlicht").is_claim is claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Ziel müsse sein, KI-Anwendungen für die Pflege zu entwickeln.", False),
        ("Die neue KI-Software sei bereits in mehreren Ämtern im Einsatz.", False),
        ("Die KI-Plattform solle noch in diesem Jahr eingeführt werden.", False),
        ("Unsere KI habe die Bearbeitungszeit halbiert, sagt die Leiterin.", True),
        ("Ein KI-Assistent sei zudem in Planung, sagte der Sprecher der Stadt.", True),
        ("Die KI prüft jede Rechnung, sei es im Einkauf oder im Vertrieb.", True),
        ("Im Lager werde ich mit dem KI-Assistenten die Touren planen.", True),
    ],
)
def test_reported_speech_in_the_subjunctive_is_someone_elses(
    text: str, claim: bool
) -> None:
    """German reports another's words in Konjunktiv I ("Ziel müsse sein",
    "sei bereits im Einsatz", "solle eingeführt werden"): without the
    organisation named, they are someone else's words, not its claim; its own
    AI ("Unsere KI habe ...") or its spokesman ("der Sprecher der Stadt")
    still claim, and "sei es ..." (whether ... or) and the first person
    ("werde ich") report nothing."""
    assert reading(text, "=Nordlicht").is_claim is claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Ein Maschinenbauer aus Bayern will ein KI-gestütztes Wartungsmodell "
            "einführen.",
            False,
        ),
        ("Ein Mittelständler setzt KI in der Qualitätskontrolle ein.", False),
        ("Eine Kommune in Hessen nutzt einen KI-Chatbot für Bürgeranfragen.", False),
        ("Ein großer Versicherer prüft Schadensfälle mit KI.", False),
        ("Ein Unternehmen wie Nordlicht setzt KI in der Disposition ein.", True),
    ],
)
def test_an_indefinite_organisation_is_another_one(text: str, claim: bool) -> None:
    """An indefinite article and a kind of organisation open the sentence
    ("Ein Maschinenbauer aus Bayern will ...", "Eine Kommune nutzt ..."):
    some organisation, an example, as "Ein Data Scientist analysiert ..." is
    a job profile; the organisation named still claims."""
    assert reading(text, "=Nordlicht").is_claim is claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("ML Engineer: Fokus auf die Entwicklung von ML-Modellen.", False),
        ("KI-Architekt: verantwortlich für die Architektur von KI-Plattformen.", False),
        ("Data Engineer: Schwerpunkt auf Datenpipelines für KI-Anwendungen.", False),
        ("Prognosen: Die KI sagt jede Ankunft voraus.", True),
        ("Nordlicht ETA: Unsere KI sagt jede Ankunft voraus.", True),
    ],
)
def test_a_role_label_opens_a_role_profile(text: str, claim: bool) -> None:
    """A label that names a role opens the sentence ("Machine Learning
    Engineer: Fokus auf ...", "KI-Architekt: verantwortlich für ..."): what
    follows profiles that role in general, as a list of job profiles does;
    a label that names a subject or a product still opens a claim."""
    assert reading(text, "=Nordlicht").is_claim is claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Ein großer Teil ihrer Arbeit besteht darin, Modelle für maschinelles "
            "Lernen zu trainieren.",
            False,
        ),
        ("Zu seinen Aufgaben gehört es, KI-Modelle zu entwickeln.", False),
        (
            "In ihrem Arbeitsalltag nutzen Fachinformatiker generative KI beim "
            "Programmieren.",
            False,
        ),
        (
            "Ein großer Teil unserer Arbeit besteht darin, Modelle für maschinelles "
            "Lernen zu trainieren.",
            True,
        ),
    ],
)
def test_the_work_of_a_third_person_is_a_job_profile(text: str, claim: bool) -> None:
    """Lowercase "ihrer", "seinen" framing a person's work ("Teil ihrer
    Arbeit", "Zu seinen Aufgaben gehört", "in ihrem Arbeitsalltag") profile a
    third person's job, not the organisation's work ("Teil unserer
    Arbeit")."""
    assert reading(text, "=Nordlicht").is_claim is claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("So nistet sich die KI in die Vorauswahl von Bewerbungen ein.", False),
        ("Die generative KI breitet sich in allen Abteilungen aus.", False),
        ("Die KI verbreitet sich rasant in der Logistik.", False),
        ("Das KI-Team setzt sich aus zwölf Fachleuten zusammen.", True),
        ("Bei uns breitet sich KI in allen Abteilungen aus.", True),
    ],
)
def test_ai_settling_in_and_spreading_is_a_trend(text: str, claim: bool) -> None:
    """AI that settles in or spreads ("nistet sich ein", "breitet sich aus",
    "verbreitet sich") is a change in the world, AI in general; the
    organisation named ("bei uns") still claims, and a team that consists of
    people ("setzt sich zusammen") is no trend."""
    assert reading(text, "=Nordlicht").is_claim is claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Maria Schulzes erste Präsentation, „Offene KI für alle“, war eine "
            "Analyse darüber, wie Open-Source-Projekte KI zugänglicher machen.",
            False,
        ),
        (
            "In ihrer Präsentation stellte die Forscherin neue KI-Verfahren für "
            "die Radiologie vor.",
            False,
        ),
        (
            "In unserer Präsentation zeigen wir, wie unsere KI jede Ankunft "
            "vorhersagt.",
            True,
        ),
    ],
)
def test_a_presentation_about_ai_is_a_topic(text: str, claim: bool) -> None:
    """A presentation, like a talk ("Vortrag"), makes AI its subject: what
    someone presented is no AI in use; the organisation presenting its own
    AI still claims."""
    assert reading(text, "=Nordlicht").is_claim is claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Ziel ist es, KI-Lösungen für Kommunen zu entwickeln.", True),
        ("Der KI-Assistent für Kanzleien beantwortet Mandantenfragen.", True),
        ("Viele Kommunen setzen KI in der Verwaltung ein.", False),
        ("Für Kommunen wird KI immer wichtiger.", False),
        ("Für Banken ist KI eine große Chance.", False),
    ],
)
def test_others_after_for_are_those_served(text: str, claim: bool) -> None:
    """ "KI-Lösungen für Kommunen", "der KI-Assistent für Kanzleien": others
    after "für" are served by the AI, not the ones who act, as "KI-Lösungen
    für Unternehmen" are; others acting ("Viele Kommunen setzen ...") and AI
    in general for them ("Für Banken ist KI eine Chance") claim nothing."""
    assert reading(text, "=Nordlicht").is_claim is claim
