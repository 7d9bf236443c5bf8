"""Citations reach the checker through the one adapter, published evidence
only, and every page sees the evidence in its own language."""

import pytest
from django.utils import translation

from careers import evidence
from careers.models import CareersPage, ClaimCitation
from careers.selectors.receipts import page_receipts
from tests import factories

pytestmark = pytest.mark.django_db

CLAIM = "Our AI plans every delivery route."


def cite(page, sentence, *objects):
    """Add citations to ``page``'s draft, as the editor's form would; the
    draft as a revision holds it."""
    page = page.get_latest_revision_as_object()
    rows = list(page.claim_citations.all())
    for obj in objects:
        row = ClaimCitation(sentence=sentence)
        row.cite(obj)
        rows.append(row)
    page.claim_citations = rows
    return page.save_revision().as_object()


def careers_page(parent, text: str, **kw):
    page = CareersPage(title=kw.pop("title", "Why us"), body=f"<p>{text}</p>", **kw)
    return factories.add_page(parent, page, live=False)


def test_the_item_carries_the_pages_citations_by_sentence(home):
    story = factories.story(home, "Route planning", key="story-routes")
    team = factories.team(home, key="team-ds")
    job = careers_page(home, CLAIM)
    job = cite(job, CLAIM, story, team)
    item = evidence.page_item(job)
    assert [(c.sentence, c.evidence) for c in item.citations] == [
        (CLAIM, ("story-routes", "team-ds"))
    ]


def test_citations_of_unpublished_evidence_back_nothing(home):
    """A draft story is cited: the checker never sees it; the row says so."""
    live = factories.story(home, "Route planning", key="story-live")
    draft = factories.story(home, "Dock scheduling", key="story-draft", live=False)
    job = careers_page(home, CLAIM)
    job = cite(job, CLAIM, live, draft)
    report = evidence.page_report(job)
    [claim] = [c for c in report.claims if c.kind == "capability"]
    assert claim.cited == ("story-live",)
    assert "story-draft" not in claim.backed_by


def test_a_citation_of_deleted_evidence_cites_nothing(home):
    story = factories.story(home, "Route planning", key="story-gone")
    job = careers_page(home, CLAIM)
    cite(job, CLAIM, story)
    draft = job.get_latest_revision_as_object()
    story.delete()
    assert evidence.page_item(draft).citations == ()


def test_a_german_page_sees_the_german_version_of_evidence(home):
    story = factories.story(home, "Route planning", key="story-routes")
    story_de = factories.translate(story, title="Tourenplanung")
    pool = evidence.build_pool()
    [en] = [e for e in evidence.for_language(pool, "en") if e.id == "story-routes"]
    [de] = [e for e in evidence.for_language(pool, "de") if e.id == "story-routes"]
    assert (en.title, de.title) == ("Route planning", "Tourenplanung")
    assert story_de.live


def test_evidence_without_a_translation_backs_pages_of_every_language(home):
    factories.story(home, "Route planning", key="story-routes")
    pool = evidence.build_pool()
    [de] = [e for e in evidence.for_language(pool, "de") if e.id == "story-routes"]
    assert de.title == "Route planning"


def test_a_german_receipt_shows_the_german_evidence(home, rf):
    home_de = factories.translate(home)
    story = factories.story(home, "Route planning", key="story-routes")
    factories.translate(story, title="Tourenplanung")
    claim = "Unsere KI plant jede Tour."
    page = cite(careers_page(home_de, claim, title="Warum wir"), claim, story)
    with translation.override("de"):  # as a request to /de/ reads the page
        receipts = page_receipts(page, rf.get("/de/"))
    labels = [e.label for r in receipts.get("body", []) for e in r.evidence]
    assert labels == ["Tourenplanung"], receipts


def test_a_translation_starts_without_the_sources_citations(home):
    story = factories.story(home, "Route planning", key="story-routes")
    page = factories.publish(cite(careers_page(home, CLAIM), CLAIM, story))
    assert page.claim_citations.count() == 1
    factories.translate(home)
    translated = page.copy_for_translation(factories.locale("de"))
    assert not translated.claim_citations.all()
