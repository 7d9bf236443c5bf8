"""Oversight: the AI claims report, its exports, and the dashboard panel."""

import csv
import io

import openpyxl
import pytest
from django.urls import reverse

from careers.admin.reports import neutralise_formula
from tests import factories

from .conftest import BACKED

pytestmark = pytest.mark.django_db


def report(client, **params):
    return client.get(reverse("careers_claims_report"), params)


def test_report_lists_every_careers_page_with_its_status(admin_client, blocked_draft):
    html = report(admin_client).content.decode()
    assert "Recruiter" in html and "Blocked (draft)" in html
    assert "Careers at Testfirma" in html and "Publishable" in html


def test_live_page_whose_evidence_was_unpublished_is_flagged(
    admin_client, home, evidence
):
    team = factories.team(home)
    factories.job(
        home, "Dispatcher", introduction=BACKED, team_page=team, stories=[evidence]
    )
    evidence.unpublish()
    html = report(admin_client).content.decode()
    assert "Unsubstantiated while live" in html
    dashboard = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "live pages unsubstantiated" in dashboard
    assert "Dispatcher" in dashboard


def test_csv_export_has_a_row_per_page(admin_client, blocked_draft):
    response = report(admin_client, export="csv")
    text = b"".join(response.streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(text)))
    titles = {row["Title"]: row for row in rows}
    assert titles["Recruiter"]["Claim status"] == "Blocked (draft)"
    assert int(titles["Recruiter"]["Blocking findings"]) >= 1


def test_xlsx_export_opens(admin_client, blocked_draft):
    response = report(admin_client, export="xlsx")
    content = (
        b"".join(response.streaming_content) if response.streaming else response.content
    )
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    header = [c.value for c in sheet[1]]
    assert "Claim status" in header
    assert sheet.max_row >= 3


def test_exported_cells_cannot_run_as_formulas(admin_client, home):
    factories.job(home, '=HYPERLINK("http://evil.example","x")')
    response = report(admin_client, export="csv")
    text = b"".join(response.streaming_content).decode()
    assert "'=HYPERLINK" in text
    assert neutralise_formula("@SUM(1)") == "'@SUM(1)"
    assert neutralise_formula("fine") == "fine"


def test_report_is_in_the_reports_menu(admin_client, home):
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("careers_claims_report") in html
