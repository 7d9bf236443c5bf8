"""Every road to live passes the AI-claim gate; a blocked page stays a draft."""

import datetime as dt

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import (
    GroupApprovalTask,
    PageLogEntry,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from careers.models import JobPostingPage
from careers.services.gate import ClaimsBlocked
from tests import factories
from tests.admin.helpers import fill, page_edit_url, post_form, read_form, rich_text

from .conftest import BACKED, UNBACKED

pytestmark = pytest.mark.django_db


def edit_form(client, page, **fields):
    data = read_form(client, page_edit_url(page))
    return fill(data, **fields)


def test_publishing_an_unbacked_claim_is_refused_beside_the_field(
    admin_client, blocked_draft
):
    data = edit_form(admin_client, blocked_draft)
    data["action-publish"] = "action-publish"
    response = post_form(admin_client, page_edit_url(blocked_draft), data)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "introduction" in errors, errors
    message = " ".join(errors["introduction"])
    assert "Our AI screens every application" in message
    assert "hiring" in message.lower()
    blocked_draft.refresh_from_db()
    assert not blocked_draft.live


def test_saving_a_draft_with_an_unbacked_claim_is_never_blocked(admin_client, home):
    job = factories.job(home, "Recruiter", live=False)
    data = edit_form(admin_client, job, introduction=rich_text(UNBACKED))
    response = post_form(admin_client, page_edit_url(job), data)
    assert response.status_code == 302
    job.refresh_from_db()
    assert "Our AI screens" in job.get_latest_revision_as_object().introduction
    assert not job.live


def test_publishing_a_backed_claim_goes_live(admin_client, home, evidence):
    """A claim holding an AI term makes an AI role: it links its team and
    what is in use."""
    team = factories.team(home)
    job = factories.job(
        home, "Dispatcher", live=False, team_page=team, stories=[evidence]
    )
    data = edit_form(admin_client, job, introduction=rich_text(BACKED))
    data["action-publish"] = "action-publish"
    response = post_form(admin_client, page_edit_url(job), data)
    assert response.status_code == 302
    job.refresh_from_db()
    assert job.live


def test_scheduling_an_unbacked_claim_is_refused(admin_client, blocked_draft):
    go_live = (timezone.now() + dt.timedelta(days=2)).strftime("%Y-%m-%d %H:%M")
    data = edit_form(admin_client, blocked_draft, go_live_at=go_live)
    data["action-publish"] = "action-publish"
    response = post_form(admin_client, page_edit_url(blocked_draft), data)
    assert response.status_code == 200
    assert not blocked_draft.revisions.filter(
        approved_go_live_at__isnull=False
    ).exists()


def test_bulk_publish_publishes_nothing_when_one_page_is_blocked(
    admin_client, home, blocked_draft
):
    fine = factories.job(home, "Driver", live=False)
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    url += f"?id={fine.pk}&id={blocked_draft.pk}"
    response = admin_client.post(url)
    assert response.status_code == 409
    assert "Our AI screens every application" in response.content.decode()
    assert not JobPostingPage.objects.filter(
        pk__in=[fine.pk, blocked_draft.pk], live=True
    )


def test_bulk_publish_goes_through_when_everything_is_backed(admin_client, home):
    a, b = factories.job(home, "A", live=False), factories.job(home, "B", live=False)
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    admin_client.post(url + f"?id={a.pk}&id={b.pk}")
    assert JobPostingPage.objects.filter(pk__in=[a.pk, b.pk], live=True).count() == 2


def test_an_approved_workflow_does_not_publish_blocked_claims(
    admin_client, home, blocked_draft
):
    """A moderator approves; the finish action still refuses to publish."""
    workflow = Workflow.objects.create(name="Moderation")
    task = GroupApprovalTask.objects.create(name="Moderators approve")
    task.groups.set([Group.objects.get(name="Moderators")])
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})
    editor = factories.user("editor", groups=("Employer branding editors",))
    state = workflow.start(blocked_draft, editor)
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=(blocked_draft.pk, "approve", state.current_task_state.pk),
    )
    response = admin_client.post(url, {"comment": "fine by me"})
    assert response.status_code in (200, 302)
    state.refresh_from_db()
    assert state.status == state.STATUS_APPROVED
    blocked_draft.refresh_from_db()
    assert not blocked_draft.live
    entry = PageLogEntry.objects.get(
        page=blocked_draft, action="careers.claims_blocked"
    )
    assert entry.data["road"] == "workflow"


def test_scheduled_publishing_skips_claims_that_lost_their_evidence(blocked_draft):
    revision = blocked_draft.get_latest_revision()
    revision.approved_go_live_at = timezone.now() - dt.timedelta(minutes=1)
    revision.save()
    with open("/dev/null", "w") as quiet:
        call_command("publish_scheduled", stdout=quiet, stderr=quiet)
    blocked_draft.refresh_from_db()
    revision.refresh_from_db()
    assert not blocked_draft.live
    assert revision.approved_go_live_at is None
    assert PageLogEntry.objects.filter(
        page=blocked_draft, action="careers.claims_blocked", data__road="schedule"
    ).exists()


def test_scheduled_publishing_still_publishes_backed_pages(home):
    job = factories.job(home, "Driver", live=False)
    revision = job.get_latest_revision()
    revision.approved_go_live_at = timezone.now() - dt.timedelta(minutes=1)
    revision.save()
    call_command("publish_scheduled", stdout=open("/dev/null", "w"))  # noqa: SIM115
    job.refresh_from_db()
    assert job.live


def test_publishing_a_revision_from_code_is_refused_and_the_draft_kept(blocked_draft):
    revision = blocked_draft.get_latest_revision()
    with pytest.raises(ClaimsBlocked) as raised:
        revision.publish()
    assert "hiring" in str(raised.value).lower()
    blocked_draft.refresh_from_db()
    assert not blocked_draft.live
    assert blocked_draft.get_latest_revision() == revision


def test_moving_a_live_page_is_not_a_road_to_live(home, evidence):
    """The safety net looks at new live versions only, not at moves."""
    team = factories.team(home)
    job = factories.job(
        home, "Dispatcher", introduction=BACKED, team_page=team, stories=[evidence]
    )
    evidence.unpublish()  # the claim is now unbacked, but the job stays where it is
    job.refresh_from_db()
    job.save()  # e.g. a tree repair; no new version goes live
    assert JobPostingPage.objects.get(pk=job.pk).live
