"""A receipt lists what backs its claim, the evidence the editor cited first."""

import pytest

from careers import evidence
from careers.selectors.receipts import page_receipts
from tests import factories

from .test_adapter import careers_page, cite

pytestmark = pytest.mark.django_db

CLAIM = "Our AI plans every delivery route."


def test_cited_evidence_comes_first_in_the_receipt(home, rf):
    factories.story(home, "Route planning", key="story-a", product="Routes")
    cited = factories.story(home, "Route optimisation", key="story-b", product="Tours")
    page = cite(careers_page(home, CLAIM), CLAIM, cited)
    [receipt] = page_receipts(page, rf.get("/"))["body"]
    ids = [e.id for e in receipt.evidence]
    assert ids[0] == "story-b"
    [claim] = [c for c in evidence.page_claims(page) if c.kind == "capability"]
    assert set(ids) <= set(claim.backed_by)
