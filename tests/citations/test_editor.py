"""Citing evidence through Wagtail's real edit view: the claims panel, the
chooser, and the citations the form stores with the draft."""

import json

import pytest
from django.urls import reverse

from careers import evidence
from tests import factories
from tests.admin.helpers import add_inline, page_edit_url, post_form, read_form

pytestmark = pytest.mark.django_db

CLAIM = "Our AI screens every application before a recruiter reads it."


@pytest.fixture
def draft(home):
    return factories.job(home, "Recruiter", live=False, introduction=f"<p>{CLAIM}</p>")


def latest(page):
    page.refresh_from_db()
    return page.get_latest_revision_as_object()


def cite_form(client, page, *rows):
    data = read_form(client, page_edit_url(page))
    add_inline(data, "claim_citations", list(rows))
    return data


def test_the_edit_view_lists_each_claim_with_a_cite_button(admin_client, draft):
    html = admin_client.get(page_edit_url(draft)).content.decode()
    panel = html[html.index('id="careers-claims"') :]
    assert CLAIM in panel
    assert 'data-careers-types="hiring_ai_compliance' in panel
    assert "Cite evidence" in panel
    assert reverse("careers_cite_evidence") in panel


def test_a_citation_posted_with_the_form_is_kept_in_the_draft(admin_client, draft):
    record = factories.hiring_record(system="CV screening assistant")
    data = cite_form(
        admin_client, draft, {"sentence": CLAIM, "hiring_record": record.pk}
    )
    response = post_form(admin_client, page_edit_url(draft), data)
    assert response.status_code == 302
    saved = latest(draft)
    [row] = saved.claim_citations.all()
    assert (row.sentence, row.evidence) == (CLAIM, record)
    report = evidence.page_report(saved)
    assert {c.cited for c in report.claims} == {(record.evidence_id,)}
    html = admin_client.get(page_edit_url(draft)).content.decode()
    assert "CV screening assistant" in html[html.index('id="careers-claims"') :]


def test_removing_a_citation_drops_it_from_the_draft(admin_client, draft):
    record = factories.hiring_record()
    data = cite_form(
        admin_client, draft, {"sentence": CLAIM, "hiring_record": record.pk}
    )
    post_form(admin_client, page_edit_url(draft), data)
    data = read_form(admin_client, page_edit_url(draft))
    data["claim_citations-0-DELETE"] = "1"
    post_form(admin_client, page_edit_url(draft), data)
    assert not latest(draft).claim_citations.all()


def test_a_cited_draft_is_flagged_beside_the_citation(admin_client, draft):
    record = factories.hiring_record(live=False)
    data = cite_form(
        admin_client, draft, {"sentence": CLAIM, "hiring_record": record.pk}
    )
    post_form(admin_client, page_edit_url(draft), data)
    html = admin_client.get(page_edit_url(draft)).content.decode()
    assert "Not published: it backs nothing until it is." in html
    assert not evidence.page_report(latest(draft)).publishable


def test_a_refused_publish_offers_citing_beside_the_field(admin_client, draft):
    data = read_form(admin_client, page_edit_url(draft))
    data["action-publish"] = "action-publish"
    response = post_form(admin_client, page_edit_url(draft), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<template data-careers-field-cite="introduction">' in html


def chooser(client, **params):
    response = client.get(reverse("careers_cite_evidence"), params)
    assert response.status_code == 200
    body = json.loads(response.content)
    assert body["step"] == "chooser"
    return body["html"]


def test_the_chooser_offers_published_evidence_of_the_types_asked(admin_client, home):
    factories.story(home, "Route planning", key="story-routes")
    factories.story(home, "Dock scheduling", key="story-docks", live=False)
    factories.team(home, "Data Science")
    html = chooser(admin_client, types="impact_story", sentence="Our AI plans routes.")
    assert "Route planning" in html
    assert "Dock scheduling" not in html, "drafts back nothing"
    assert "Data Science" not in html, "not a type the finding asked for"


def test_the_chooser_lists_the_pages_language_first(admin_client, home):
    story = factories.story(home, "Route planning", key="story-routes")
    factories.translate(story, title="Tourenplanung")
    factories.story(home, "Address checks", key="story-address")
    de = factories.locale("de")
    html = chooser(admin_client, types="impact_story", locale=de.pk)
    assert "Route planning" not in html, "one version per evidence id"
    assert html.index("Tourenplanung") < html.index("Address checks")


def test_the_chooser_search_narrows_the_list(admin_client, home):
    factories.story(home, "Route planning", key="story-routes")
    factories.story(home, "Address checks", key="story-address")
    html = chooser(admin_client, types="impact_story", q="route")
    assert "Route planning" in html and "Address checks" not in html


def test_the_chooser_needs_an_admin_login(client, home):
    response = client.get(reverse("careers_cite_evidence"))
    assert response.status_code == 302
