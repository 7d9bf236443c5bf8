"""The evidence pool reads its rows in one order whatever the database does
with them: stored claim verdicts name the pool they were reached against by a
digest of it, so rows that tie in their model's order (members, metrics and
milestones at the same position) must not come back in the order the table
happens to hold them in. PostgreSQL returns ties in heap order when it scans
a table (as it does once tables grow), and an update moves a row to the
heap's end."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.db.models import F

from careers import evidence
from careers.models import ImpactMetric, RoadmapMilestone, TeamMember
from tests import factories

pytestmark = pytest.mark.django_db


def test_rows_that_tie_keep_their_order_after_an_update(home):
    team = factories.team(
        home,
        members=[
            ("Dr. Anna Weber", "Head of Data Science", True, True),
            ("Mei Lin", "Data Scientist", False, False),
            ("Chidi Okafor", "ML Engineer", False, True),
        ],
    )
    story = factories.story(
        home,
        metrics=[("late deliveries", 12.0, 8.4), ("calls", 100.0, 70.0)],
    )
    factories.roadmap(home)
    for model, owner in (
        (TeamMember, {"team": team}),
        (ImpactMetric, {"story": story}),
        (RoadmapMilestone, {}),
    ):
        model.objects.filter(**owner).update(sort_order=0)
    if connection.vendor == "postgresql":  # the plan of a big table: a scan
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_indexscan = off")
            cursor.execute("SET LOCAL enable_bitmapscan = off")
    cache.clear()
    before = repr(evidence.build_pool())
    for model in (TeamMember, ImpactMetric, RoadmapMilestone):
        first = model.objects.order_by("pk").first()
        model.objects.filter(pk=first.pk).update(sort_order=F("sort_order"))
    cache.clear()
    assert repr(evidence.build_pool()) == before
