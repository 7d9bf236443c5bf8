"""Editor roles come with `careers_setup`; evidence is chosen, not retyped."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import GroupPagePermission

from careers.models import ClaimsReviewTask
from tests import factories

pytestmark = pytest.mark.django_db


def page_permissions(name: str, page) -> set[str]:
    return set(
        GroupPagePermission.objects.filter(group__name=name, page=page).values_list(
            "permission__codename", flat=True
        )
    )


def test_editor_groups_are_created_with_their_rights(home):
    """The groups' page rights are on the careers home, never the root."""
    assert {"add_page", "change_page", "publish_page"} <= page_permissions(
        "Employer branding editors", home
    )
    assert page_permissions("Recruiters", home) == {"add_page", "change_page"}
    reviewers = Group.objects.get(name="Claims reviewers")
    assert "publish_page" in page_permissions("Claims reviewers", home)
    assert not GroupPagePermission.objects.filter(
        group__name__in=["Recruiters", "Claims reviewers"], page__depth=1
    ).exists()
    task = ClaimsReviewTask.objects.get(name="AI claims review")
    assert list(task.groups.all()) == [reviewers]
    editors = Group.objects.get(name="Employer branding editors")
    assert editors.permissions.filter(codename="publish_communityactivity").exists()
    assert (
        not Group.objects.get(name="Recruiters")
        .permissions.filter(codename__startswith="publish_")
        .exists()
    )


def test_a_recruiter_edits_but_publishes_only_through_the_workflow(home):
    job = factories.job(home, "Driver", live=False)
    perms = job.permissions_for_user(factories.user("rita", groups=("Recruiters",)))
    assert perms.can_edit() and not perms.can_publish()


def test_milestone_chooser_lists_milestones(admin_client, home):
    roadmap = factories.roadmap(home)
    response = admin_client.get(reverse("milestone_chooser:choose") + "?multiple=1")
    assert response.status_code == 200
    html = response.json()["html"]
    for milestone in roadmap.milestones.all():
        assert milestone.title in html


def test_snippet_choosers_open_for_evidence(admin_client, home):
    factories.data_asset("Scan events")
    url = reverse("wagtailsnippetchoosers_careers_dataasset:choose")
    response = admin_client.get(url)
    assert response.status_code == 200
    assert "Scan events" in response.json()["html"]
