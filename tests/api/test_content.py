"""Teams, roadmap, stories and community: published content only, and people
only as their public page shows them."""

import pytest
from django.db import connection
from wagtail.models import PageViewRestriction

from careers.models import Person, TeamMember
from tests import factories


def rows(api, url: str) -> list[dict]:
    response = api.get(url)
    assert response.status_code == 200, response.content
    return response.json()["results"]


def test_teams_show_members_with_public_fields_only(api, home):
    factories.team(home, "Data Science", key="team-ds")
    [team] = rows(api, "/api/v1/teams/")
    assert team["id"] == "team-ds" and team["headcount"] == 9
    assert team["members"][0] == {
        "name": "Dr. Anna Weber",
        "role": "Head of Data Science",
        "technical_lead": True,
        "interviewer": True,
    }
    assert all(
        set(m) == {"name", "role", "technical_lead", "interviewer"}
        for m in team["members"]
    )


def test_roadmap_lists_milestones_with_departments(api, home):
    factories.roadmap(home)
    [roadmap] = rows(api, "/api/v1/roadmap/")
    statuses = [m["status"] for m in roadmap["milestones"]]
    assert statuses == ["delivered", "in_progress", "planned"]
    assert roadmap["milestones"][0]["departments"] == ["Customer Service", "Logistics"]


def test_stories_carry_their_metrics(api, home):
    factories.story(home, key="story-eta")
    [story] = rows(api, "/api/v1/stories/")
    assert story["id"] == "story-eta"
    assert story["metrics"][0]["baseline"] == 12.0
    assert story["metrics"][0]["value"] == 8.4


def test_community_lists_published_activities_newest_first(api, home):
    import datetime as dt

    factories.activity(title="Old", date=dt.date(2025, 1, 1))
    factories.activity(title="New", date=dt.date(2026, 1, 1))
    factories.activity(title="Draft", live=False)
    assert [a["title"] for a in rows(api, "/api/v1/community/")] == ["New", "Old"]


def test_language_filter_and_translations(api, home):
    team = factories.team(home, "Data Science", key="team-ds")
    factories.translate(team, "de", title="Datenteam")
    both = rows(api, "/api/v1/teams/")
    assert sorted(t["language"] for t in both) == ["de", "en"]
    [de] = rows(api, "/api/v1/teams/?language=de")
    assert de["title"] == "Datenteam"
    assert de["translations"][0]["language"] == "en"


@pytest.mark.parametrize(
    "url",
    ["/api/v1/teams/", "/api/v1/roadmap/", "/api/v1/stories/", "/api/v1/community/"],
)
@pytest.mark.parametrize(
    "query", ["language=xx", "colour=red", "page_size=0", "cursor=zzz", "ordering=x"]
)
def test_bad_queries_are_400(api, home, url, query):
    assert api.get(f"{url}?{query}").status_code == 400


def test_private_and_draft_pages_are_absent(api, home):
    factories.team(home, "Draft team", live=False)
    private = factories.team(home, "Private team")
    PageViewRestriction.objects.create(
        page=private, restriction_type="password", password="x"
    )
    factories.story(home, "Draft story", live=False)
    factories.roadmap(home, live=False)
    assert rows(api, "/api/v1/teams/") == []
    assert rows(api, "/api/v1/stories/") == []
    assert rows(api, "/api/v1/roadmap/") == []


def test_unknown_api_paths_are_json_404s(api, home):
    response = api.get("/api/v1/nothing-here/")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found."}


def test_team_members_keep_their_order_when_a_member_is_updated(api, home):
    """Members that tie in their position come in the order they were added,
    whatever the database does with the rows: PostgreSQL returns ties in the
    order it finds them on disk when it scans a table, and an update moves a
    row to the table's end (here a member and its person)."""
    factories.team(home, "Data Science", key="team-ds")
    members = TeamMember.objects.order_by("pk")
    first = members.first()
    TeamMember.objects.filter(pk=first.pk).update(role=first.role)
    Person.objects.filter(pk=first.person_id).update(name=first.person.name)
    if connection.vendor == "postgresql":  # the plan of a big table: a scan
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_indexscan = off")
            cursor.execute("SET LOCAL enable_bitmapscan = off")
    [team] = rows(api, "/api/v1/teams/")
    assert [m["name"] for m in team["members"]] == [m.person.name for m in members]
