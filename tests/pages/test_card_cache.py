"""Job cards are kept (Django's template fragment cache) under the site's
content version, the job's publish time and the language: a listing rendered
after one job's publish renders that job's card only, and every change a card
shows (the job, its team) shows at once."""

import pytest
from django.test.signals import template_rendered
from wagtail.models import Page

from tests import factories

pytestmark = pytest.mark.django_db

ON = {"PAGES": {"CACHE_SECONDS": 600}}
BODY = "careers/partials/job_card_body.html"


def listing(client, url: str = "/en/jobs/") -> tuple[str, list[str]]:
    """The listing's HTML and the titles of the jobs whose card was rendered."""
    rendered = []

    def seen(sender, template, context, **kwargs):
        if template.name == BODY:
            rendered.append(context["job"].title)

    template_rendered.connect(seen)
    try:
        response = client.get(url)
    finally:
        template_rendered.disconnect(seen)
    assert response.status_code == 200
    return response.content.decode(), rendered


def test_after_one_jobs_publish_only_its_card_is_rendered(home, client, settings):
    settings.CAREERS = ON
    picker = factories.job(home, "Picker")
    factories.job(home, "Packer")
    factories.job(home, "Driver")
    html, rendered = listing(client)
    assert sorted(rendered) == ["Driver", "Packer", "Picker"]

    picker.title = "Picker (night shift)"
    factories.publish(picker)
    html, rendered = listing(client)
    assert rendered == ["Picker (night shift)"]
    assert "Picker (night shift)" in html and "Packer" in html and "Driver" in html


def test_a_cards_team_follows_the_teams_changes(home, client, settings):
    settings.CAREERS = ON
    team = factories.team(home, "Route Planning")
    factories.job(home, "Planner", team_page=team)
    assert "Route Planning" in listing(client)[0]

    team.title = "Network Planning"
    factories.publish(team)
    html, _rendered = listing(client)
    assert "Network Planning" in html and "Route Planning" not in html

    Page.objects.get(pk=team.pk).unpublish()
    assert "Network Planning" not in listing(client)[0]


def test_without_the_page_cache_every_card_is_rendered(home, client, settings):
    settings.CAREERS = {"PAGES": {"CACHE_SECONDS": 0}}
    factories.job(home, "Picker")
    factories.job(home, "Packer")
    listing(client)
    assert sorted(listing(client)[1]) == ["Packer", "Picker"]
