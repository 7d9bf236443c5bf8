"""Receipts that invite: per claim a calm "Why you can believe this" with the
evidence told as a sentence, each piece of evidence once and in its place, a
maturity a candidate understands, and an honest note where a reviewer let a
claim through without evidence. Real checker, real workflow."""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import WorkflowState

from careers.models import OrganisationProfile
from tests import factories
from tests.admin.helpers import page_edit_url, post_form, read_form

from .conftest import html


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def receipts_of(page: str) -> list[str]:
    return re.findall(r'<details class="receipt".*?</details>', page, re.S)


def test_receipt_tells_the_evidence_as_a_sentence(content, client):
    home = content.home
    home.ai_story = "<p>We use <b>machine learning</b> to predict delivery times.</p>"
    factories.publish(home)
    page = html(client.get("/en/"))
    [receipt] = receipts_of(page)
    assert "Why you can believe this" in receipt
    assert "What backs this claim" not in page and "claim-ref" not in page
    # What (the product), since when, measured how.
    story = content.story
    assert f"{story.product}, in production since" in receipt
    assert "went from 12\xa0% to 8.4\xa0%" in receipt


def test_a_roadmap_title_claim_shows_no_receipt_without_a_claim_above(content, client):
    """The roadmap's own milestones back its title: the page shows them
    already, so no disclosure hangs under the heading."""
    roadmap = content.roadmap
    roadmap.title = "Our AI roadmap"
    factories.publish(roadmap)
    page = html(client.get(roadmap.url))
    heading_to_intro = page[page.index("<h1") : page.index("</h1>") + 200]
    assert "receipt" not in heading_to_intro


def test_a_milestone_shows_once_and_in_progress_is_not_in_use_today(content, client):
    page = html(client.get(content.job.url))
    in_use = page[page.index('id="in-use-heading"') :]
    in_use = in_use[: in_use.index("</section>")]
    assert "ETA prediction" in in_use  # delivered
    assert "Ticket triage" not in in_use  # in progress: ahead, not in use
    assert page.count(">Ticket triage") == 1


def test_remote_job_card_names_no_office(content, client):
    page = html(client.get("/en/jobs/"))
    card = page[page.index("Remote Dispatcher") :]
    card = card[: card.index("</article>")]
    assert "Remote" in card and "Austria" in card
    assert "Remote:" not in card


def test_maturity_is_explained_in_plain_words(content, client):
    profile = OrganisationProfile.for_site(content.home.get_site())
    profile.name = "Testfirma"
    profile.claimed_maturity = "exploring"
    profile.save()
    page = html(client.get("/en/"))
    assert "Where we are with AI" in page
    assert "Step " in page and " of 5" in page
    assert "Evidenced AI maturity" not in page and "Stated level" not in page
    assert "We describe ourselves more modestly, as step 1." in page


@pytest.fixture
def reviewer_override(client, home):
    """A job post whose unbacked hiring-AI claim a claims reviewer approved
    with a written reason, through the real workflow."""
    text = "<p>Our AI screens every application before a recruiter reads it.</p>"
    job = factories.job(home, "Recruiter", live=False, introduction=text)
    client.force_login(factories.user("rita", groups=("Recruiters",)))
    data = read_form(client, page_edit_url(job))
    data["action-submit"] = "action-submit"
    post_form(client, page_edit_url(job), data)
    state = WorkflowState.objects.for_instance(job).order_by("-pk").first()
    client.force_login(factories.user("rev", groups=("Claims reviewers",)))
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=(job.pk, "approve", state.current_task_state.pk),
    )
    client.post(url, {"comment": "Works council approved the screening tool."})
    client.logout()
    job.refresh_from_db()
    assert job.live
    return job


def test_a_claim_published_by_a_reviewers_override_says_so(reviewer_override, client):
    page = html(client.get(reviewer_override.url))
    assert "Published without evidence, approved by a reviewer." in page
    assert not receipts_of(page)
