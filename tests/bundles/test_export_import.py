"""Bundles in and out: export checks like the site, import is all or nothing."""

import json

import pytest
from django.core.management import call_command

from careers import claims, evidence
from careers.models import (
    CommunityActivity,
    DataAsset,
    ImpactStoryPage,
    JobPostingPage,
    Person,
    TeamMember,
    TeamPage,
)
from careers.services.bundles import (
    ImportRefused,
    export_bundle,
    import_bundle,
    item_id,
)
from tests import factories

pytestmark = pytest.mark.django_db


def bundle(**extra):
    data = {
        "format": "careers-claims-bundle/1",
        "organisation": {"name": "Testfirma", "claimed_maturity": "experimenting"},
        "items": [
            {
                "id": "job-ml",
                "kind": "job_post",
                "language": "en",
                "title": "ML Engineer",
                "text": "You build ML models.\n\nWe use machine learning for our ETA.",
                "is_ai_role": True,
                "links": ["team-ds", "story-eta", "m-eta"],
                "data_access": "Scan events",
                "resources": "GPUs",
            },
            {
                "id": "why",
                "kind": "page",
                "language": "en",
                "title": "Why us",
                "text": "<p>Our AI screens every application.</p>",
            },
        ],
        "evidence": [
            {
                "id": "m-eta",
                "type": "roadmap_milestone",
                "title": "ETA",
                "status": "delivered",
                "departments": ["Logistics", "Service"],
                "delivered_on": "2026-04-15",
            },
            {
                "id": "team-ds",
                "type": "team",
                "name": "Data Science",
                "headcount": 4,
                "members": [
                    {
                        "name": "Anna",
                        "role": "Lead",
                        "technical_lead": True,
                        "interviewer": True,
                    },
                    {"name": "Jonas", "role": "Engineer"},
                ],
            },
            {
                "id": "story-eta",
                "type": "impact_story",
                "product": "ETA",
                "technique": "trees",
                "in_production_since": "2025-01-01",
                "metrics": [
                    {
                        "name": "late",
                        "baseline": 12,
                        "value": 8.4,
                        "measured_on": "2026-09-30",
                    }
                ],
            },
            {
                "id": "c-hack",
                "type": "community_activity",
                "kind": "hackathon",
                "title": "Hack Days",
                "date": "2026-05-10",
            },
            {"id": "d-1", "type": "data_asset", "name": "Scans"},
        ],
    }
    data.update(extra)
    return data


def counts():
    return (
        JobPostingPage.objects.count(),
        TeamPage.objects.count(),
        ImpactStoryPage.objects.count(),
        CommunityActivity.objects.count(),
        DataAsset.objects.count(),
        Person.objects.count(),
    )


def test_import_creates_drafts_and_reports_them(home):
    result = import_bundle(data=bundle())
    assert {"job-ml", "why", "team-ds", "story-eta", "c-hack", "d-1"} <= set(
        result.created
    )
    job = JobPostingPage.objects.get(key="job-ml")
    assert not job.live
    assert job.team.key == "team-ds"
    assert [link.story.key for link in job.story_links.all()] == ["story-eta"]
    assert [link.milestone.key for link in job.milestone_links.all()] == ["m-eta"]
    team = TeamPage.objects.get(key="team-ds")
    assert [m.person.name for m in team.members.all()] == ["Anna", "Jonas"]


def test_importing_twice_creates_nothing_new(home):
    import_bundle(data=bundle())
    before = counts()
    result = import_bundle(data=bundle())
    assert counts() == before
    assert not result.created


def test_publish_goes_through_the_gate(home):
    result = import_bundle(data=bundle(), publish=True)
    assert "job-ml" in result.published
    assert "why" in result.blocked, "an unbacked hiring-AI claim stays a draft"
    assert JobPostingPage.objects.get(key="job-ml").live
    assert not factories.Page.objects.get(slug="why-us").live


def test_invalid_bundle_is_refused_with_json_paths(home):
    data = bundle()
    data["evidence"][0]["status"] = "done"
    with pytest.raises(ImportRefused) as refused:
        import_bundle(data=data)
    assert any(p.startswith("evidence[0].status") for p in refused.value.problems)
    assert counts() == (0, 0, 0, 0, 0, 0)


def test_a_failure_halfway_leaves_nothing_behind(home):
    """Teams and stories are written before data assets; a data asset that
    fails validation rolls all of it back."""
    data = bundle()
    data["evidence"][-1]["name"] = "x" * 500
    with pytest.raises(ImportRefused) as refused:
        import_bundle(data=data)
    assert "d-1" in refused.value.problems[0]
    assert counts() == (0, 0, 0, 0, 0, 0)


def test_imported_html_is_sanitised(home):
    data = bundle()
    data["items"][1]["text"] = (
        '<p onclick="x()">Hi<script>alert(1)</script> <a href="javascript:x">x</a></p>'
    )
    import_bundle(data=data)
    body = factories.Page.objects.get(slug="why-us").specific.body
    assert "script" not in body and "onclick" not in body and "javascript" not in body


def test_exported_bundle_checks_like_the_site(db):
    """Every page: the same verdict, blocking kinds and receipts from the site
    and from its language's exported bundle, citations included (one of them
    of a draft, which backs nothing either way)."""
    call_command("load_demo", "--no-users", stdout=open("/dev/null", "w"))  # noqa: SIM115
    cite_in_demo()
    pages = [
        p.specific
        for p in factories.Page.objects.filter(depth__gte=2)
        if hasattr(p.specific, "claim_fields")
    ]
    assert len(pages) >= 40
    reports = {}
    for language in ("en", "de"):
        data = export_bundle(include_drafts=True, language=language)
        assert claims.validate_bundle(data) == []
        reports.update(claims.check(claims.parse_bundle(data)).items)
    assert any(i.citations for i in map(evidence.page_item, pages))
    for page in pages:
        site = evidence.page_report(page)
        exported = reports[item_id(page)]
        assert site.publishable == exported.publishable, page.title
        assert {f.kind for f in site.findings if f.severity == "block"} == {
            f.kind for f in exported.findings if f.severity == "block"
        }, page.title
        assert [set(c.backed_by) for c in site.claims] == [
            set(c.backed_by) for c in exported.claims
        ], page.title
    assert not reports["job-recruiting-coordinator:en"].publishable


def cite_in_demo() -> None:
    """Cite a live story and a draft one for the first claim of a live job."""
    from careers.models import ClaimCitation

    job = next(j for j in JobPostingPage.objects.live() if evidence.page_claims(j))
    claim = evidence.page_claims(job)[0]
    live = ImpactStoryPage.objects.live().first()
    draft = factories.story(job.get_parent(), "Dock scheduling", live=False)
    rows = []
    for obj in (live, draft):
        row = ClaimCitation(sentence=claim.sentence)
        row.cite(obj)
        rows.append(row)
    job.claim_citations = rows
    job.save()


def test_export_then_import_changes_nothing(db):
    call_command("load_demo", "--no-users", stdout=open("/dev/null", "w"))  # noqa: SIM115
    before = counts()
    result = import_bundle(data=export_bundle())
    assert counts() == before
    assert not result.created and not result.updated


def test_command_line_exit_codes(home, tmp_path):
    good = tmp_path / "good.json"
    good.write_text(json.dumps(bundle()))
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(SystemExit) as exit_bad:
        call_command("import_careers", str(bad), stderr=open("/dev/null", "w"))  # noqa: SIM115
    assert exit_bad.value.code == 2
    with pytest.raises(SystemExit) as exit_blocked:
        call_command(
            "import_careers",
            str(good),
            "--publish",
            stdout=open("/dev/null", "w"),  # noqa: SIM115
        )
    assert exit_blocked.value.code == 1


def test_rows_made_in_code_keep_their_order_however_the_table_holds_them(home):
    """Members an import or the demo adds have no position. Ordered by
    position alone, PostgreSQL gave them in the order its table happened to
    hold them (a row written again comes last): the page listed its members
    in one order, the evidence pool (and so an export) in another, and an
    unchanged export imported again counted as a change."""
    team = factories.team(
        home,
        "Platform",
        members=[
            ("Eva Brandt", "Head of Platform", True, True),
            ("Piotr Nowak", "Senior SRE", False, True),
            ("Lena Schulz", "Backend Engineer", False, False),
        ],
    )
    rows = TeamMember.objects.filter(team=team)
    assert set(rows.values_list("sort_order", flat=True)) == {None}
    first = rows.order_by("pk").first()
    rows.filter(pk=first.pk).delete()  # written again, now last in the table
    first.save(force_insert=True)
    page = TeamPage.objects.get(pk=team.pk)
    assert [m.pk for m in page.members.all()] == sorted(m.pk for m in rows)
    exported = next(e for e in evidence.build_pool() if e.id == team.key)
    assert evidence.as_evidence(page.save_revision().as_object()) == [exported]
