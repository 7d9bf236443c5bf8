import pytest

from tests import factories

UNBACKED = "<p>Our AI screens every application before a recruiter reads it.</p>"
BACKED = "<p>We use machine learning to predict delivery times in all hubs.</p>"


@pytest.fixture
def evidence(home):
    """A story in production: backs capability claims, not hiring-AI ones."""
    return factories.story(home, "ETA", key="story-eta")


@pytest.fixture
def blocked_draft(home, evidence):
    """A draft job post whose introduction holds an unbacked hiring-AI claim."""
    return factories.job(home, "Recruiter", live=False, introduction=UNBACKED)
