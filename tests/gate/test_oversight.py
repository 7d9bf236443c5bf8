"""Oversight: the AI claims report (filters, sortable columns, exports with
the reviewer's reason), the dashboard panel, stored verdicts, and the pages
a user may see there (only those whose edit view lets them in)."""

import csv
import io
import re

import openpyxl
import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import GroupPagePermission

from careers.admin.reports import neutralise_formula
from careers.models import ClaimsOverride, ClaimsVerdict
from careers.services import gate
from tests import factories

from .conftest import BACKED

pytestmark = pytest.mark.django_db

REASON = "Works council approved the screening tool; record follows."


def report(client, **params):
    return client.get(reverse("careers_claims_report"), params)


def table_rows(response) -> dict[str, str]:
    """{page title: the row's text} of the report's table."""
    html = response.content.decode()
    if "<tbody>" not in html:  # the report's table (the shortcuts' have a class)
        return {}
    body = html.rsplit("<tbody>", 1)[1].split("</tbody>", 1)[0]
    found = {}
    for row in body.split("<tr")[1:]:
        text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row)).strip()
        title = re.search(
            r'<a [^>]*href="/admin/pages/\d+/edit/"[^>]*>\s*([^<]+?)\s*<', row
        )
        if title:
            found[title.group(1)] = text
    return found


def export(client, fmt: str, **params) -> list[dict]:
    response = report(client, export=fmt, **params)
    content = (
        b"".join(response.streaming_content) if response.streaming else response.content
    )
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(content.decode())))
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    values = list(sheet.values)
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


@pytest.fixture
def overridden(home, evidence):
    """A live job published by a reviewer's override of its blocked claims."""
    job = factories.job(home, "Recruiter", live=False, introduction=gate_text())
    revision = job.get_latest_revision()
    reviewer = factories.user("rev", groups=("Claims reviewers",))
    ClaimsOverride.objects.create(
        page=job, revision=revision, user=reviewer, reason=REASON, findings=["x"]
    )
    revision.publish()
    return job


def gate_text() -> str:
    return "<p>Our AI screens every application before a recruiter reads it.</p>"


def test_report_lists_every_careers_page_with_its_status(admin_client, blocked_draft):
    rows = table_rows(report(admin_client))
    assert "Blocked (draft)" in rows["Recruiter"]
    assert "Our AI screens every application" in rows["Recruiter"], "first finding"
    assert "Publishable" in rows["Careers at Testfirma"]


def test_live_page_whose_evidence_was_unpublished_is_flagged(
    admin_client, home, evidence, django_capture_on_commit_callbacks
):
    team = factories.team(home)
    factories.job(
        home, "Dispatcher", introduction=BACKED, team_page=team, stories=[evidence]
    )
    assert "Publishable" in table_rows(report(admin_client))["Dispatcher"]
    with django_capture_on_commit_callbacks(execute=True):
        evidence.unpublish()
    assert (
        "Unsubstantiated while live" in table_rows(report(admin_client))["Dispatcher"]
    )
    dashboard = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Dispatcher" in dashboard
    assert f"{reverse('careers_claims_report')}?status=unsubstantiated" in dashboard


def test_an_approved_page_says_so_and_the_reason_is_in_report_and_exports(
    admin_client, overridden
):
    row = table_rows(report(admin_client))["Recruiter"]
    assert "Live by reviewer override" in row and REASON in row and "rev" in row
    for fmt in ("csv", "xlsx"):
        line = next(r for r in export(admin_client, fmt) if r["Title"] == "Recruiter")
        assert line["Reviewer's reason"] == REASON and line["Reviewer"] == "rev"
        assert "Our AI screens every application" in line["First finding"]


def test_a_scheduled_approval_says_when_it_goes_live(admin_client, home, evidence):
    import datetime as dt

    from django.utils import timezone

    job = factories.job(home, "Recruiter", live=False, introduction=gate_text())
    revision = job.get_latest_revision()
    ClaimsOverride.objects.create(page=job, revision=revision, reason=REASON)
    revision.approved_go_live_at = timezone.now() + dt.timedelta(days=3)
    revision.save(update_fields=["approved_go_live_at"])
    row = table_rows(report(admin_client))["Recruiter"]
    assert "Approved by a reviewer, scheduled for" in row
    assert "Blocked" not in row


def test_filters_narrow_the_report_and_its_exports(admin_client, home, blocked_draft):
    factories.translate(home, "de", title="Karriere")
    titles = {r["Title"] for r in export(admin_client, "csv", status="blocked")}
    assert titles == {"Recruiter"}
    assert set(table_rows(report(admin_client, locale="de"))) == {"Karriere"}
    jobs = table_rows(report(admin_client, page_type=blocked_draft.content_type_id))
    assert set(jobs) == {"Recruiter"}
    assert not table_rows(report(admin_client, has_override="true"))
    assert not table_rows(report(admin_client, stale="true"))


def test_team_filter_and_sorting(admin_client, home):
    ops = factories.team(home, "Operations", members=[])
    factories.job(home, "Driver", team_page=ops)
    factories.job(home, "Cook")
    assert set(table_rows(report(admin_client, team=ops.pk))) == {
        "Operations",
        "Driver",
    }
    titles = list(table_rows(report(admin_client, ordering="-title")))
    assert titles == sorted(titles, reverse=True)


def test_export_buttons_are_in_plain_sight(admin_client, home):
    html = report(admin_client).content.decode()
    for fmt in ("csv", "xlsx"):
        url = f"{reverse('careers_claims_report')}?export={fmt}"
        assert f'<a href="{url}" class="w-header-button button"' in html
    assert "Download CSV" in html and "Download XLSX" in html


def test_exported_cells_cannot_run_as_formulas(admin_client, home):
    factories.job(home, '=HYPERLINK("http://evil.example","x")')
    titles = {r["Title"] for r in export(admin_client, "csv")}
    assert '\'=HYPERLINK("http://evil.example","x")' in titles
    assert neutralise_formula("@SUM(1)") == "'@SUM(1)"
    assert neutralise_formula("fine") == "fine"


def test_report_is_in_the_reports_menu(admin_client, home):
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("careers_claims_report") in html


# stored verdicts: the report checks nothing ------------------------------------


def test_saving_a_revision_stores_the_gates_verdict(home, evidence, blocked_draft):
    revision = blocked_draft.get_latest_revision()
    stored = ClaimsVerdict.objects.get(revision=revision)
    verdict = gate.page_verdict(revision.as_object())
    assert stored.blocks == len(verdict.blocks) >= 1
    assert stored.warnings == len(verdict.warnings)
    assert set(stored.findings) == {"en", "de"}, "messages in each admin language"
    for findings in stored.findings.values():
        assert [f["rule"] for f in findings] == [
            f.rule for f in verdict.report.findings
        ]
    sentence = "Our AI screens every application before a recruiter reads it."
    assert stored.findings["en"][0]["sentence"] == sentence
    assert stored.findings["de"][0]["sentence"] == sentence, "quoted as written"
    assert stored.findings["en"][0]["message"] != stored.findings["de"][0]["message"]


def test_the_report_reads_stored_verdicts_and_checks_nothing(
    admin_client, blocked_draft
):
    ClaimsVerdict.objects.all().delete()
    row = table_rows(report(admin_client))["Recruiter"]
    assert "Not checked yet" in row, "no verdict stored: the report does not check"


def test_report_queries_do_not_grow_with_the_pages(admin_client, home):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert report(admin_client).status_code == 200
        return len(queries)

    few = count()
    for n in range(30):
        factories.job(home, f"Job {n}")
    many = count()
    assert many <= few + 2


# permissions ----------------------------------------------------------------------


@pytest.fixture
def german_editor_client(client, home):
    """An editor whose group may edit the German section only."""
    home_de = factories.translate(home, "de", title="Karriere")
    factories.job(home_de, "Lagerhelfer")
    group = Group.objects.create(name="German editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group,
            page=home_de,
            permission=Permission.objects.get(codename=codename),
        )
    client.force_login(factories.user("greta", groups=("German editors",)))
    return client


def test_an_editor_of_the_german_section_sees_only_german_pages(
    german_editor_client, blocked_draft
):
    assert set(table_rows(report(german_editor_client))) == {"Karriere", "Lagerhelfer"}
    for fmt in ("csv", "xlsx"):
        titles = {r["Title"] for r in export(german_editor_client, fmt)}
        assert titles == {"Karriere", "Lagerhelfer"}
    dashboard = german_editor_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "2 careers pages you can edit" in dashboard
    assert "Recruiter" not in dashboard
