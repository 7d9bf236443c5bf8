"""Citing evidence in the real editor, in Chromium: "Cite evidence" opens the
chooser, choosing adds the citation to the form, saving keeps it."""

from types import SimpleNamespace

import pytest
from django.test import Client

from careers.models import CareersPage
from tests import factories

from .conftest import live_site

SENTENCE = "Our AI sorts every support ticket on arrival."


@pytest.fixture
def small(live_server, django_db_serialized_rollback, migrated_state, settings):
    """A careers home and one story about something else, on the live server."""

    def build():
        home = factories.careers_site()
        factories.story(home, "Fewer late deliveries", key="story-late")
        return SimpleNamespace(home=home)

    return live_site(live_server, migrated_state, settings, build)


def log_in(page, live_server) -> None:
    client = Client()
    client.force_login(factories.user("cite-editor", superuser=True))
    cookie = client.cookies["sessionid"]
    page.context.add_cookies(
        [{"name": "sessionid", "value": cookie.value, "url": live_server.url}]
    )


def test_cite_evidence_opens_the_chooser_and_adds_the_citation(
    small, page, live_server
):
    triage = factories.story(small.home, "Tickets sorted on arrival", key="story-t")
    draft = factories.add_page(
        small.home,
        CareersPage(title="Support", body=f"<p>{SENTENCE}</p>", key="support"),
        live=False,
    )
    log_in(page, live_server)
    page.goto(f"{small.base}/admin/pages/{draft.pk}/edit/")
    claim = page.locator("[data-careers-claim]", has_text=SENTENCE)
    claim.get_by_role("button", name="Cite evidence").click()
    chooser = page.locator(".modal-body .careers-chooser")
    chooser.wait_for()
    first = chooser.locator("[data-careers-choice]").first
    assert first.get_attribute("data-label") == triage.title
    first.click()
    claim.locator("[data-careers-cited-row]", has_text=triage.title).wait_for()
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_url(f"**/admin/pages/{draft.pk}/edit/")
    draft.refresh_from_db()
    [row] = draft.get_latest_revision_as_object().claim_citations.all()
    assert (row.sentence, row.evidence) == (SENTENCE, triage)
