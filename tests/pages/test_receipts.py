"""Receipts: each AI claim in a page's text is marked, and a candidate can
open the published evidence that backs it."""

from types import SimpleNamespace

import pytest
from django.utils import translation

from careers.selectors.receipts import EvidenceLink, Receipt
from careers.templatetags.marking import mark_claims
from tests import factories

from .conftest import html


@pytest.fixture(autouse=True)
def english():
    """Labels in English, whatever language an earlier request left active."""
    with translation.override("en"):
        yield


STORY = EvidenceLink(
    "story-eta",
    "Impact story",
    "Fewer late deliveries",
    "/en/eta/",
    "Nordhafen ETA, in production since 13 June 2025.",
)


def receipt(text: str, sentence: str, *evidence, kinds=("capability",)) -> Receipt:
    start = text.index(sentence)
    return Receipt(kinds, start, start + len(sentence), sentence, evidence)


def test_a_claimed_sentence_is_marked_with_its_evidence_after_the_paragraph():
    text = "<p>Hello. We use AI to plan routes. Bye.</p><p>Next.</p>"
    out = mark_claims(
        text,
        [receipt(text, "We use AI to plan routes.", STORY)],
        field="intro",
        is_html=True,
    )
    assert (
        '<p>Hello. <mark class="claim" id="claim-receipt-intro-1">We use AI to plan '
        "routes.</mark> Bye.</p>" in out
    )
    paragraph_end = out.index("</p>")
    details = out.index('<details class="receipt" id="receipt-intro-1">')
    assert paragraph_end < details < out.index("<p>Next.</p>")
    assert "Why you can believe this" in out
    assert "“We use AI to plan routes.”" in out  # tells several apart
    assert '<a href="/en/eta/">Fewer late deliveries</a>' in out
    # The evidence as a sentence: what, since when.
    assert "Nordhafen ETA, in production since 13 June 2025." in out


def test_a_sentence_across_tags_is_marked_run_by_run():
    text = "<p>We use <b>machine learning</b> daily.</p>"
    sentence = "We use machine learning daily."
    claimed = Receipt(("capability",), 3, len(text) - 4, sentence, (STORY,))
    out = mark_claims(text, [claimed], field="f", is_html=True)
    assert out.startswith(
        '<p><mark class="claim" id="claim-receipt-f-1">We use </mark><b>'
        '<mark class="claim">machine learning</mark></b><mark class="claim"> daily.'
        "</mark>"
    )


def test_in_a_list_the_disclosure_stays_inside_the_item():
    text = "<ul><li>We will bring LLMs to support.</li><li>Other</li></ul>"
    out = mark_claims(
        text,
        [receipt(text, "We will bring LLMs to support.", kinds=("plan",))],
        field="f",
        is_html=True,
    )
    assert out.index('<p class="receipt-note"') < out.index("</li>")
    assert "We have not published the evidence for this yet." in out


def test_a_claim_a_reviewer_let_through_says_so_instead_of_a_receipt():
    text = "<p>We are Germany's best AI employer.</p>"
    sentence = "We are Germany's best AI employer."
    start = text.index(sentence)
    overridden = Receipt(
        ("superlative",), start, start + len(sentence), sentence, (), overridden=True
    )
    out = mark_claims(text, [overridden], field="f", is_html=True)
    assert "<details" not in out
    assert "Published without evidence, approved by a reviewer." in out


@pytest.mark.parametrize(
    ("start", "end"),
    [(2, 20), (0, 999), (5, 3), (10, 30)],
    ids=["cuts-a-tag", "past-the-end", "backwards", "other-text"],
)
def test_offsets_that_do_not_fit_leave_the_field_unmarked(start, end):
    text = "<p>We use AI to plan routes.</p>"
    bad = Receipt(("capability",), start, end, "We use AI to plan routes.", ())
    assert mark_claims(text, [bad], field="f", is_html=True) == text


def test_an_offset_inside_an_entity_leaves_the_field_unmarked():
    text = "<p>R&amp;D uses AI.</p>"
    bad = Receipt(("capability",), 5, 18, "D uses AI.", ())
    assert mark_claims(text, [bad], field="f", is_html=True) == text


def test_overlapping_claims_mark_the_first_only():
    text = "<p>We use AI. It works.</p>"
    first = receipt(text, "We use AI.")
    both = receipt(text, "We use AI. It works.")
    out = mark_claims(text, [both, first], field="f", is_html=True)
    assert out.count('<mark class="claim"') == 1
    assert out.count('class="receipt-note"') == 1


def test_everything_inserted_is_escaped():
    evil = EvidenceLink(
        "x", "<i>kind</i>", '<script>alert("x")</script>', 'https://e.com/?a="><b>'
    )
    text = "<p>We use AI.</p>"
    out = mark_claims(
        text,
        [receipt(text, "We use AI.", evil)],
        field='x"><img src=x>',
        is_html=True,
    )
    assert "<script>" not in out and "<img" not in out and "<i>" not in out
    assert "&lt;script&gt;" in out
    assert 'href="https://e.com/?a=&quot;&gt;&lt;b&gt;"' in out


def test_plain_text_is_escaped_and_marked():
    text = "Data <raw> & more.\nWe use machine learning on it."
    out = mark_claims(
        text,
        [receipt(text, "We use machine learning on it.", STORY)],
        field="data_access",
        is_html=False,
    )
    assert out.startswith("<p>Data &lt;raw&gt; &amp; more.<br><mark")
    assert out.index("</p>") < out.index("<details")


def test_plain_text_without_claims_is_escaped_paragraphs():
    assert mark_claims("a <b>\n\nb", [], field="f", is_html=False) == (
        "<p>a &lt;b&gt;</p>\n\n<p>b</p>"
    )


@pytest.fixture
def fake_checker(monkeypatch):
    """Claims as the checker reports them, for pages whose text we control."""
    import careers.evidence as evidence

    state = SimpleNamespace(claims=[], evidence={})
    monkeypatch.setattr(evidence, "page_claims", lambda page: state.claims)
    monkeypatch.setattr(
        evidence,
        "evidence_by_id",
        lambda ids, locale=None: {
            i: state.evidence[i] for i in ids if i in state.evidence
        },
    )
    return state


def claim(field, text, sentence, *ids, kind="capability"):
    start = text.index(sentence)
    return SimpleNamespace(
        kind=kind,
        field=field,
        start=start,
        end=start + len(sentence),
        sentence=sentence,
        backed_by=ids,
    )


def test_draft_evidence_is_not_offered_as_a_receipt(content, client, fake_checker):
    draft = factories.story(content.home, "Unpublished pilot", live=False)
    text = content.job.introduction
    fake_checker.claims = [
        claim(
            "introduction",
            text,
            "You keep our warehouse running.",
            draft.evidence_id,
            content.story.evidence_id,
        )
    ]
    fake_checker.evidence = {
        draft.evidence_id: draft,
        content.story.evidence_id: content.story,
    }
    page = html(client.get(content.job.url))
    assert '<mark class="claim"' in page
    assert "Fewer late deliveries</a>" in page
    assert "Unpublished pilot" not in page


def test_milestone_receipts_link_to_the_roadmap(content, client, fake_checker):
    milestone = content.milestones["delivered"]
    text = content.home.intro
    fake_checker.claims = [
        claim("intro", text, "We make parcels arrive on time.", milestone.evidence_id)
    ]
    fake_checker.evidence = {milestone.evidence_id: milestone}
    page = html(client.get("/en/"))
    assert f'href="{content.roadmap.url}#{milestone.evidence_id}"' in page


def test_real_checker_marks_backed_claims(content, client):
    """End to end with the claim checker: a backed AI claim on the home page
    is marked and its receipt names the impact story in production."""
    home = content.home
    home.ai_story = "<p>We use <b>machine learning</b> to predict delivery times.</p>"
    factories.publish(home)
    page = html(client.get("/en/"))
    assert page.count('<mark class="claim"') == 3  # one run per text stretch
    receipt_html = page[page.index('<details class="receipt"') :]
    receipt_html = receipt_html[: receipt_html.index("</details>")]
    assert "Fewer late deliveries" in receipt_html
    assert content.story.url in receipt_html
