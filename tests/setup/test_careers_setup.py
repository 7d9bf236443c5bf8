"""`manage.py careers_setup` sets up what a host asks for, scoped to the
careers section; the host's own workflow and groups stay as they were."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import GroupPagePermission, Locale, Page, Workflow, WorkflowPage

from careers import setup
from tests import factories
from tests.admin.helpers import page_edit_url, post_form, read_form
from tests.gate.conftest import UNBACKED

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = io.StringIO()
    call_command("careers_setup", *args, stdout=out)
    return out.getvalue()


def host_state() -> dict:
    """What a host owns: its groups' page rights and its workflow assignments."""
    return {
        "group_pages": sorted(
            GroupPagePermission.objects.exclude(
                group__name__in=setup.GROUPS
            ).values_list("group__name", "page_id", "permission__codename")
        ),
        "workflows": sorted(
            WorkflowPage.objects.exclude(
                workflow__name=setup.WORKFLOW_NAME
            ).values_list("page_id", "workflow__name")
        ),
    }


def test_the_root_keeps_wagtails_moderation_workflow(home):
    """The claims review workflow is on the careers home; the root keeps the
    "Moderators approval" workflow Wagtail gives every new site."""
    root = Page.get_first_root_node()
    assert WorkflowPage.objects.get(page=root).workflow.name == "Moderators approval"
    assert WorkflowPage.objects.get(page=home).workflow.name == setup.WORKFLOW_NAME
    assert home.get_workflow().name == setup.WORKFLOW_NAME


def test_running_it_again_changes_nothing(home):
    before = (
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        Workflow.objects.count(),
        WorkflowPage.objects.count(),
        Locale.objects.count(),
    )
    before_host = host_state()
    run()
    run("--groups", "--workflow", "--locales")
    assert before == (
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        Workflow.objects.count(),
        WorkflowPage.objects.count(),
        Locale.objects.count(),
    )
    assert host_state() == before_host


def test_a_new_careers_home_is_covered_on_the_next_run(home):
    other = factories.add_page(
        Page.get_first_root_node(),
        factories.CareersIndexPage(
            title="Jobs elsewhere", slug="elsewhere", locale=factories.locale("en")
        ),
    )
    assert not WorkflowPage.objects.filter(page=other).exists()
    output = run("--workflow", "--groups")
    assert WorkflowPage.objects.get(page=other).workflow.name == setup.WORKFLOW_NAME
    assert GroupPagePermission.objects.filter(group__name="Recruiters", page=other)
    assert "assigned to 'Jobs elsewhere'" in output


def test_a_home_with_its_own_workflow_keeps_it(home):
    own = Workflow.objects.create(name="Legal review")
    WorkflowPage.objects.filter(page=home).update(workflow=own)
    assert "keeps its own workflow" in run("--workflow")
    assert WorkflowPage.objects.get(page=home).workflow == own


def test_the_workflow_an_earlier_version_put_on_the_root_is_taken_off(home):
    """Upgrading: migration 0006 used to put the claims review on the root."""
    root = Page.get_first_root_node()
    ours = Workflow.objects.get(name=setup.WORKFLOW_NAME)
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": ours})
    output = run("--workflow")
    assert not WorkflowPage.objects.filter(page=root).exists()
    assert "taken off the root page" in output
    assert WorkflowPage.objects.get(page=home).workflow == ours


def test_without_a_careers_home_it_says_to_run_it_again(db):
    for page in Page.objects.filter(depth=2).type(factories.CareersIndexPage):
        page.delete()
    output = run("--groups", "--workflow")
    assert output.count("Run careers_setup again after adding one") == 2


def test_the_publish_gate_needs_no_workflow(home, admin_client):
    """Without the claims review workflow, publishing an unbacked AI claim
    from the editor is still refused."""
    WorkflowPage.objects.filter(page=home).delete()
    draft = factories.job(home, "Recruiter", live=False, introduction=UNBACKED)
    data = read_form(admin_client, page_edit_url(draft))
    data["action-publish"] = "action-publish"
    response = post_form(admin_client, page_edit_url(draft), data)
    assert response.status_code == 200
    assert "introduction" in response.context["form"].errors
    draft.refresh_from_db()
    assert not draft.live
