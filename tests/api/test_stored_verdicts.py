"""The API's claim verdicts come from the verdicts stored on each job's live
revision (careers.verdicts), not from checking every job while a client
waits; a job whose stored verdict is not current is checked as before, and
the answer is the same either way."""

import pytest
from django.core.cache import cache

from careers import claims
from careers.models import (
    ClaimsOverride,
    ClaimsVerdict,
    JobPostingPage,
    OrganisationProfile,
)
from tests import factories

FEED = "/api/v1/jobs/changes/?since=YzE6MA"  # position 0: every change
LIST = "/api/v1/jobs/?page_size=100"
BLOCKED_TEXT = "<p>Our AI screens every application before a recruiter reads it.</p>"

pytestmark = pytest.mark.django_db


@pytest.fixture
def checked(monkeypatch) -> list[str]:
    """The ids of the items the claim checker is run on (it still runs)."""
    seen: list[str] = []
    check = claims.check

    def counting(bundle, *args, **kwargs):
        seen.extend(item.id for item in bundle.items)
        return check(bundle, *args, **kwargs)

    monkeypatch.setattr(claims, "check", counting)
    return seen


def overridden_job(home, title: str) -> JobPostingPage:
    """A live job whose claim blocks, published by a reviewer's override."""
    job = factories.job(home, title, live=False, introduction=BLOCKED_TEXT)
    revision = job.get_latest_revision()
    reviewer = factories.user(f"rev-{job.pk}", groups=("Claims reviewers",))
    ClaimsOverride.objects.create(
        page=job, revision=revision, user=reviewer, reason="Approved.", findings=["x"]
    )
    revision.publish()
    return job


def get(client, url: str) -> bytes:
    cache.clear()  # no cached body, pool or verdict: the worst case
    response = client.get(url)
    assert response.status_code == 200, response.content
    return response.content


def test_the_change_feed_checks_no_claims_when_verdicts_are_stored(
    client, home, checked
):
    """5 jobs or 30, translated: no job is checked to serve the feed."""
    for i in range(5):
        factories.translate(factories.job(home, f"Job {i}"), "de", title=f"Stelle {i}")
    checked.clear()  # publishing checked them
    get(client, FEED)
    assert checked == []
    for i in range(5, 30):
        factories.translate(factories.job(home, f"Job {i}"), "de", title=f"Stelle {i}")
    checked.clear()
    get(client, FEED)
    assert checked == []


def test_stored_verdicts_answer_as_checking_does(client, home):
    blocked = overridden_job(home, "Recruiter")
    for i in range(3):
        factories.job(home, f"Job {i}")
    stored = {url: get(client, url) for url in (FEED, LIST)}
    verdicts = {
        change["id"]: change["job"]["ai_evidence"]["claims_substantiated"]
        for change in client.get(FEED).json()["changes"]
    }
    assert verdicts.pop(blocked.key) is False
    assert set(verdicts.values()) == {True}
    ClaimsVerdict.objects.all().delete()
    assert {url: get(client, url) for url in (FEED, LIST)} == stored


def test_a_verdict_reached_against_other_evidence_is_not_used(client, home, checked):
    """The organisation's name marks "us" in claims: after it changes (and
    before the stored verdicts are refreshed) the jobs are checked again."""
    job = factories.job(home, "Job")
    checked.clear()  # publishing checked it
    get(client, FEED)
    assert checked == []
    profile = OrganisationProfile.for_site(home.get_site())
    profile.name = "Testfirma GmbH"
    profile.save()  # the refresh waits for the commit
    get(client, FEED)
    assert checked == [f"0:{job.evidence_id}"]


def current_verdicts() -> set[int]:
    from django.utils import timezone

    from careers import evidence, verdicts

    digest = verdicts.evidence_digest(evidence.evidence_pool())
    return set(
        ClaimsVerdict.objects.filter(
            evidence_digest=digest, checked_on=timezone.localdate()
        ).values_list("revision_id", flat=True)
    )


def test_an_evidence_change_rechecks_the_newest_revisions_and_the_schedule_the_rest(
    home, monkeypatch, django_capture_on_commit_callbacks
):
    """At 10,000 jobs, re-checking every page when a story changed kept the
    editor's publish waiting two minutes: the request re-checks the newest
    ``IN_REQUEST`` revisions, ``publish_scheduled`` (or
    ``refresh_claims_verdicts``) the others. Once: a publish sends several
    signals that each ask for it."""
    from django.core.management import call_command

    from careers import verdicts

    monkeypatch.setattr(verdicts, "IN_REQUEST", 2)
    cache.clear()  # which states of the evidence a request has re-checked
    story = factories.story(home, "Fewer late deliveries")
    jobs = [factories.job(home, f"Job {i}", stories=[story]) for i in range(4)]
    call_command("refresh_claims_verdicts", stdout=None)
    shown = set(verdicts.shown_revisions())
    assert current_verdicts() >= shown

    story.technique = "Gradient boosting"
    with django_capture_on_commit_callbacks(execute=True) as after_commit:
        factories.publish(story)
    assert after_commit.count(verdicts.refresh_in_request) > 1, "asked more than once"
    shown = set(verdicts.shown_revisions())
    rechecked = current_verdicts() & shown
    newest = sorted(shown, reverse=True)[:2]
    assert set(newest) <= rechecked
    assert len(rechecked) <= 3, "the newest two, and the story's own"
    assert {j.live_revision_id for j in jobs} - rechecked, "some left for later"

    call_command("refresh_claims_verdicts", stdout=None)
    assert current_verdicts() >= shown
