"""Findings appear while editing: in the preview and in the Checks panel."""

import json

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils.html import escape

from careers.admin.checks import BLOCK_RULE
from careers.services import gate
from tests import factories
from tests.admin.helpers import page_edit_url, post_form, read_form, rich_text

pytestmark = pytest.mark.django_db


def preview(client, page, **fields):
    data = read_form(client, page_edit_url(page))
    for name, value in fields.items():
        data[name] = value
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    assert post_form(client, url, data).json()["is_valid"]
    return client.get(url).content.decode()


def test_preview_lists_blocking_findings_before_any_publish_attempt(
    admin_client, blocked_draft
):
    html = preview(admin_client, blocked_draft)
    assert 'data-careers-finding="block"' in html
    assert "Our AI screens every application" in html
    assert 'data-careers-rule="hiring_ai.no_compliance_record"' in html


def test_preview_follows_unsaved_edits(admin_client, blocked_draft):
    """Fixing the text in the editor clears the finding in the preview."""
    html = preview(
        admin_client,
        blocked_draft,
        introduction=rich_text("<p>You schedule our interviews.</p>"),
    )
    assert 'data-careers-finding="block"' not in html
    assert "Every AI claim on this page has published evidence" in html


def test_public_pages_never_show_the_findings(client, home):
    assert "claims-preview" not in client.get("/en/").content.decode()


def axe_configuration(html: str) -> dict:
    script = BeautifulSoup(html, "html.parser").find(id="checker-axe-configuration")
    assert script is not None, "the edit page carries the Checks panel's axe set-up"
    return json.loads(script.string)


def test_checks_panel_runs_the_claim_rules(admin_client, blocked_draft):
    """The axe set-up the edit page hands the browser runs our rule, and its
    selector finds each blocking finding in the preview, and nothing once
    the claim is fixed."""
    config = axe_configuration(
        admin_client.get(page_edit_url(blocked_draft)).content.decode()
    )
    assert BLOCK_RULE in config["options"]["runOnly"]
    (rule,) = [r for r in config["spec"]["rules"] if r["id"] == BLOCK_RULE]
    blocked = BeautifulSoup(preview(admin_client, blocked_draft), "html.parser")
    found = blocked.select(rule["selector"])
    assert found, "the rule selects the blocking finding"
    assert all(f.get("title") for f in found), "each carries its text in title"
    fixed = preview(
        admin_client,
        blocked_draft,
        introduction=rich_text("<p>You schedule our interviews.</p>"),
    )
    assert not BeautifulSoup(fixed, "html.parser").select(rule["selector"])


def test_preview_may_be_framed_by_the_admin_and_public_pages_may_not(
    admin_client, client, blocked_draft, home
):
    """The preview panel is an iframe of our own origin: the preview answers
    with the public policy except ``frame-ancestors 'self'``; public pages
    keep ``frame-ancestors 'none'``."""
    preview(admin_client, blocked_draft)
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[blocked_draft.pk])
    policy = admin_client.get(f"{url}?in_preview_panel=true")["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in policy
    assert "script-src 'self'" in policy, "the rest of the policy stays strict"
    public = client.get(home.url)["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in public


def test_the_preview_counts_what_the_gate_refuses(admin_client, home, evidence):
    """The Checks panel counts the preview's blocking findings: exactly the
    errors the publish gate shows when the same page is published."""
    job = factories.job(
        home,
        "Recruiter",
        live=False,
        introduction="<p>Our AI screens every application before a recruiter "
        "reads it. Our AI lab of 60 researchers publishes at every conference.</p>",
    )
    html = preview(admin_client, job)
    counted = html.count('data-careers-finding="block"')
    assert counted == len(gate.page_verdict(job).blocks) >= 2
    data = read_form(admin_client, page_edit_url(job))
    data["action-publish"] = "action-publish"
    refused = post_form(admin_client, page_edit_url(job), data)
    form = refused.context["form"]
    errors = [e for errors in form.errors.values() for e in errors]
    assert len(errors) == counted


def test_a_german_page_is_checked_in_the_admin_users_language(admin_client, home):
    """Messages in the admin's language (English here); the sentence quoted as
    the German page has it."""
    home_de = factories.translate(home, "de", title="Karriere")
    sentence = "Unsere KI prüft jede Bewerbung, bevor jemand sie liest."
    job = factories.job(
        home_de, "Recruiter", live=False, introduction=f"<p>{sentence}</p>"
    )
    html = preview(admin_client, job)
    assert sentence in html
    assert 'lang="en"' in html.split('class="claims-preview"', 1)[1][:200]
    finding = html.split('data-careers-finding="block"', 1)[1].split("</li>", 1)[0]
    english = gate.page_verdict(job, language="en").blocks[0].message
    german = gate.page_verdict(job, language="de").blocks[0].message
    assert english != german
    assert escape(english) in finding and escape(german) not in finding
