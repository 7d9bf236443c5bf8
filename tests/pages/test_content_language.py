"""A German page marks the editor content it shows in another language
(``lang="en"``) so screen readers read it right: a person's bio (people are
not translated), a metric name or member role the translation left in
English, a linked story with no German version. What is translated carries
no marker."""

import re

from tests import factories

from .conftest import html


def marked(page: str, language: str = "en") -> list[str]:
    """The text of each element of the main content marked ``lang=<language>``."""
    body = page[page.index("<main") : page.index("</main>")]
    found = re.findall(
        rf'<(\w+)[^>]*\blang="{language}"[^>]*>(.*?)</\1>', body, flags=re.S
    )
    return [re.sub(r"<[^>]+>", "", text).strip() for _, text in found]


def german_team(home, *, role_de: str = ""):
    return factories.german_team(
        home,
        role_de=role_de,
        bio="Built our first forecasting models; cares about trust.",
    )


def test_a_german_team_page_marks_the_english_bio_and_role(home, client):
    _, team_de = german_team(home)
    page = html(client.get(team_de.url))
    assert '<html lang="de">' in page
    english = marked(page)
    assert "Built our first forecasting models; cares about trust." in english
    assert "Head of Data Science" in english


def test_a_translated_role_carries_no_marker(home, client):
    team, team_de = german_team(home, role_de="Leiterin Data Science")
    page = html(client.get(team_de.url))
    assert "Leiterin Data Science" in page
    assert "Leiterin Data Science" not in " ".join(marked(page))
    assert "Data Science DE" not in " ".join(marked(page))
    # The English page marks nothing: everything is in its language.
    assert marked(html(client.get(team.url))) == []
    assert marked(html(client.get(team.url)), "de") == []


def test_a_german_story_marks_untranslated_metric_names_only(home, client):
    story = factories.story(
        home, "Fewer late deliveries", metrics=[("late deliveries", 12.0, 8.4)]
    )
    story_de = factories.translate(story, "de", title="Weniger Verspätungen")
    page = html(client.get(story_de.url))
    assert "late deliveries" in marked(page)
    assert "gradient-boosted trees" in marked(page)  # the technique, untranslated
    metric = story_de.metrics.first()
    metric.name = "verspätete Zustellungen"
    metric.save()
    story_de.technique = "Gradient Boosting"
    factories.publish(story_de)
    page = html(client.get(story_de.url))
    assert "verspätete Zustellungen" in page
    assert "late deliveries" not in page
    assert "verspätete Zustellungen" not in " ".join(marked(page))
    assert "Gradient Boosting" not in " ".join(marked(page))


def test_a_german_job_marks_linked_evidence_without_translation(home, client):
    team, team_de = german_team(home)
    story = factories.story(home, "Fewer late deliveries", team=team)
    job = factories.job(
        home,
        "Data Scientist",
        team_page=team,
        stories=[story],
        interviewers=[team.members.first().person],
    )
    job_de = factories.translate(job, "de", title="Data Scientist (m/w/d)")
    page = html(client.get(job_de.url))
    english = " ".join(marked(page))
    assert "Fewer late deliveries" in english  # the story has no German copy
    assert "Built our first forecasting models" in english  # the bio
    assert "Data Science DE" not in english  # the team is translated
    assert "Data Scientist (m/w/d)" not in english


def test_a_german_roadmap_marks_milestones_left_in_english(home, client):
    roadmap = factories.roadmap(
        home,
        [
            ("ETA prediction in all hubs", "delivered", ["Logistics"]),
            ("Ticket triage with a language model", "planned", ["Customer Service"]),
            ("Shared GPU pool", "in_progress", ["Logistics", "Finance"]),
        ],
        title="Roadmap",
    )
    roadmap_de = factories.translate(roadmap, "de", title="KI-Fahrplan")
    first = roadmap_de.milestones.get(title="ETA prediction in all hubs")
    first.title = "ETA-Prognose in allen Hubs"
    first.save()  # the served (live) row
    english = marked(html(client.get(roadmap_de.url)))
    assert "Ticket triage with a language model" in english
    assert "ETA-Prognose in allen Hubs" not in " ".join(english)
