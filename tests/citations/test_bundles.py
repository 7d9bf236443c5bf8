"""Citations travel through bundle import and export; a citation naming
evidence the bundle does not hold is refused with its JSON path."""

import io
import json

import pytest
from django.core.management import call_command

from careers import claims
from careers.models import ClaimCitation, JobPostingPage, TeamPage
from careers.services.bundles import export_bundle, import_bundle
from tests import factories
from tests.bundles.test_export_import import bundle, counts

pytestmark = pytest.mark.django_db

SENTENCE = "We use machine learning in routing."


def cited_bundle(*evidence_ids):
    data = bundle()
    data["items"][0]["text"] = f"<p>You build ML models.</p><p>{SENTENCE}</p>"
    if evidence_ids:
        cited = {"sentence": SENTENCE, "evidence": list(evidence_ids)}
        data["items"][0]["citations"] = [cited]
    return data


def test_imported_citations_are_stored_with_the_draft(home):
    import_bundle(data=cited_bundle("story-eta", "m-eta"))
    job = JobPostingPage.objects.get(key="job-ml").get_latest_revision_as_object()
    rows = [
        (c.sentence, c.evidence_type, c.evidence.key) for c in job.claim_citations.all()
    ]
    assert rows == [
        (SENTENCE, "impact_story", "story-eta"),
        (SENTENCE, "roadmap_milestone", "m-eta"),
    ]


def test_imported_citations_keep_the_bundles_order(home):
    """Rows are numbered as the bundle lists them: with no order, PostgreSQL
    may read them back in any order (the export then lists them so)."""
    import_bundle(data=cited_bundle("team-ds", "story-eta", "m-eta"), publish=True)
    job = JobPostingPage.objects.get(key="job-ml")
    rows = job.claim_citations.all()
    assert [(c.sort_order, c.evidence.key) for c in rows] == [
        (0, "team-ds"),
        (1, "story-eta"),
        (2, "m-eta"),
    ]


def test_exported_citations_round_trip(home):
    import_bundle(data=cited_bundle("story-eta", "team-ds"), publish=True)
    data = export_bundle(include_drafts=True)
    [item] = [i for i in data["items"] if i["id"] == "job-ml:en"]
    assert item["citations"] == [
        {"sentence": SENTENCE, "evidence": ["story-eta", "team-ds"]}
    ]


def test_a_new_citation_updates_the_page_and_the_same_one_does_not(home):
    import_bundle(data=cited_bundle())
    assert "job-ml" in import_bundle(data=cited_bundle("story-eta")).updated
    assert "job-ml" in import_bundle(data=cited_bundle("story-eta")).unchanged


def test_citations_of_unpublished_evidence_are_not_exported(home):
    import_bundle(data=cited_bundle("story-eta"))  # drafts: nothing is published
    data = export_bundle(include_drafts=True)
    assert claims.validate_bundle(data) == []
    [item] = [i for i in data["items"] if i["id"] == "job-ml:en"]
    assert "citations" not in item


def test_import_careers_refuses_a_dangling_citation(home, tmp_path):
    file = tmp_path / "bundle.json"
    file.write_text(json.dumps(cited_bundle("story-eta", "story-missing")))
    stderr = io.StringIO()
    with pytest.raises(SystemExit) as exit_:
        call_command("import_careers", str(file), stderr=stderr)
    assert exit_.value.code == 2
    assert "items[0].citations[0].evidence[1]" in stderr.getvalue()
    assert "Nothing was imported." in stderr.getvalue()
    assert counts() == (0, 0, 0, 0, 0, 0)
    assert not ClaimCitation.objects.exists()


def test_a_language_export_holds_that_languages_pages_and_evidence(home):
    team = factories.team(home, "Data Science", key="team-ds")
    factories.translate(team, title="Datenwissenschaft")
    data = export_bundle(language="de")
    assert {i["language"] for i in data["items"]} == {"de"}
    [team_de] = [e for e in data["evidence"] if e["id"] == "team-ds"]
    assert team_de["name"] == "Datenwissenschaft"
    assert TeamPage.objects.filter(key="team-ds").count() == 2
