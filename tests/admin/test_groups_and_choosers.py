"""Editor roles come with `careers_setup`; evidence is chosen, not retyped."""

import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import GroupPagePermission

from careers.models import ClaimsReviewTask
from tests import factories

pytestmark = pytest.mark.django_db


def page_permissions(name: str, page) -> set[str]:
    return set(
        GroupPagePermission.objects.filter(group__name=name, page=page).values_list(
            "permission__codename", flat=True
        )
    )


def test_editor_groups_are_created_with_their_rights(home):
    """The groups' page rights are on the careers home, never the root."""
    assert {"add_page", "change_page", "publish_page"} <= page_permissions(
        "Employer branding editors", home
    )
    assert page_permissions("Recruiters", home) == {"add_page", "change_page"}
    reviewers = Group.objects.get(name="Claims reviewers")
    assert "publish_page" in page_permissions("Claims reviewers", home)
    assert not GroupPagePermission.objects.filter(
        group__name__in=["Recruiters", "Claims reviewers"], page__depth=1
    ).exists()
    task = ClaimsReviewTask.objects.get(name="AI claims review")
    assert list(task.groups.all()) == [reviewers]
    editors = Group.objects.get(name="Employer branding editors")
    assert editors.permissions.filter(codename="publish_communityactivity").exists()
    assert (
        not Group.objects.get(name="Recruiters")
        .permissions.filter(codename__startswith="publish_")
        .exists()
    )


def test_a_recruiter_edits_but_publishes_only_through_the_workflow(home):
    job = factories.job(home, "Driver", live=False)
    perms = job.permissions_for_user(factories.user("rita", groups=("Recruiters",)))
    assert perms.can_edit() and not perms.can_publish()


def choose(client, name: str, **params) -> str:
    response = client.get(reverse(f"{name}:choose"), params)
    assert response.status_code == 200
    return response.json()["html"]


@pytest.fixture
def two_languages(home):
    """A roadmap and a team in English and in German."""
    roadmap = factories.roadmap(home)
    team = factories.team(home, "Data Science", members=[])
    home_de = factories.translate(home, "de", title="Karriere")
    roadmap_de = factories.translate(roadmap, "de", title="KI-Roadmap")
    for milestone in roadmap_de.milestones.all():
        milestone.title = f"{milestone.title} (DE)"
        milestone.save()
    team_de = factories.translate(team, "de", title="Datenteam")
    return home_de, roadmap, team, team_de


MILESTONES = ("ETA prediction", "Ticket triage", "Staff planning")


def shown(html: str, titles) -> set[str]:
    """Which of ``titles`` the chooser lists (as a whole cell text)."""
    status = r"(\s*\([^)<]*\))?"  # a milestone's title says its status
    return {t for t in titles if re.search(rf">\s*{re.escape(t)}{status}\s*<", html)}


def test_milestone_chooser_opens_in_the_pages_language(admin_client, two_languages):
    german = [f"{t} (DE)" for t in MILESTONES]
    html = choose(admin_client, "milestone_chooser", multiple=1, locale="de")
    assert shown(html, [*MILESTONES, *german]) == set(german)
    assert "ETA prediction (DE) (Delivered)" in html, "with its status"
    every = choose(admin_client, "milestone_chooser", multiple=1)
    assert shown(every, [*MILESTONES, *german]) == {*MILESTONES, *german}


def test_milestone_chooser_searches(admin_client, two_languages):
    html = choose(admin_client, "milestone_chooser", locale="en", q="triage")
    assert shown(html, MILESTONES) == {"Ticket triage"}


def test_team_chooser_lists_teams_of_the_pages_language(admin_client, two_languages):
    teams = ("Datenteam", "Data Science")
    assert shown(choose(admin_client, "team_chooser", locale="de"), teams) == {
        "Datenteam"
    }
    assert shown(choose(admin_client, "team_chooser", q="daten"), teams) == {
        "Datenteam"
    }


def test_a_jobs_team_is_chosen_with_the_team_chooser(admin_client, two_languages):
    home_de, _roadmap, _team, team_de = two_languages
    job = factories.job(home_de, "Fahrer", team_page=team_de)
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[job.pk]))
    assert reverse("team_chooser:choose") in html.content.decode()


def test_snippet_choosers_open_for_evidence(admin_client, home):
    factories.data_asset("Scan events")
    url = reverse("wagtailsnippetchoosers_careers_dataasset:choose")
    response = admin_client.get(url)
    assert response.status_code == 200
    assert "Scan events" in response.json()["html"]
