"""make bench's 'after a publish' series: the publisher process (bench/inprocess.py)
publishes the job post's job once per request it is sent, and the table
shows the first request after each as a multiple of the minimal view."""

import io
import sys

import pytest

from bench import inprocess, report
from tests import factories


@pytest.mark.django_db
@pytest.mark.parametrize("what", ["job", "evidence"])
def test_the_publisher_publishes_its_page_once_per_line(
    home, monkeypatch, capsys, what
):
    """A job post's job, or for ``evidence`` the site's first impact story,
    its technique (what claims are checked against) changed each time."""
    if what == "job":
        page = factories.job(home, "Picker")
        path = page.url
    else:
        page = factories.story(home, "Fewer late deliveries")
        path = inprocess.EVIDENCE
    technique = getattr(page, "technique", "")
    before = page.revisions.count()
    monkeypatch.setattr(sys, "stdin", io.StringIO("publish\npublish\n"))

    inprocess.publisher(path)

    assert capsys.readouterr().out.split() == ["ready", "published", "published"]
    page.refresh_from_db()
    assert page.revisions.count() == before + 2
    assert page.live_revision_id == page.latest_revision_id
    if what == "evidence":
        assert page.technique == f"{technique} (2)"


def figures(p50: float, after_publish: float | None, after_evidence=None) -> dict:
    series = {"p50_ms": p50, "p95_ms": p50, "n": 200, "baseline_p50_ms": 1.0}
    found = {"latency": series, "cold": {**series, "p50_ms": 100.0, "n": 10}}
    if after_publish is not None:
        found["after_publish"] = {**series, "p50_ms": after_publish, "n": 10}
    if after_evidence is not None:
        found["after_evidence"] = {**series, "p50_ms": after_evidence, "n": 10}
    return found


def test_the_first_request_after_a_publish_has_its_column_and_target():
    result = {
        "endpoints": {
            report.MINIMAL: figures(1.0, None),
            "job listing": figures(1.5, 30.0, 24.0),
            "job post": figures(1.5, 20.0, 60.0),
        }
    }
    report.add_ratios(result)
    result["targets"] = report.check_targets(result)

    verdicts = {(t["endpoint"], t["target"]): t["passed"] for t in result["targets"]}
    assert verdicts[("job listing", "after a publish ≤25×")] is False
    assert verdicts[("job post", "after a publish ≤25×")] is True
    assert verdicts[("job listing", "after an evidence change ≤25×")] is True
    assert verdicts[("job post", "after an evidence change ≤25×")] is False
    row = report.endpoint_row(10000, "job post", result["endpoints"]["job post"], [])
    assert "| 100 (n=10) | 100× | 20 (n=10) | 20× | 60 (n=10) | 60× |" in row
    assert row.count("|") == report.HEADER.splitlines()[0].count("|")
    summary = report.summary_row("10,000", "seeding")
    assert summary.count("|") == report.HEADER.splitlines()[0].count("|")
