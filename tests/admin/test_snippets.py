"""Editors keep evidence as snippets: drafts, publishing, translations."""

import pytest
from django.urls import reverse

from careers.models import CommunityActivity, Department, Person

from .helpers import fill, form_errors, post_form, read_form

pytestmark = pytest.mark.django_db


def snippet_url(model, action: str, *args) -> str:
    return reverse(
        f"wagtailsnippets_careers_{model._meta.model_name}:{action}", args=args
    )


def test_create_and_publish_a_community_activity(admin_client):
    data = read_form(
        admin_client, snippet_url(CommunityActivity, "add"), "w-editor-form"
    )
    fill(
        data,
        kind="open_source",
        title="route-opt",
        date="2026-08-01",
        url="https://example.com/route-opt",
        locale="en",
    )
    data["action-publish"] = "action-publish"
    response = post_form(admin_client, snippet_url(CommunityActivity, "add"), data)
    assert response.status_code == 302, form_errors(response)
    activity = CommunityActivity.objects.get(title="route-opt")
    assert activity.live
    assert activity.key == "community-route-opt-open-source-2026-08"


def test_saving_a_draft_activity_keeps_it_unpublished(admin_client):
    data = read_form(
        admin_client, snippet_url(CommunityActivity, "add"), "w-editor-form"
    )
    fill(data, kind="meetup", title="ML meetup", date="2026-05-01", locale="en")
    response = post_form(admin_client, snippet_url(CommunityActivity, "add"), data)
    assert response.status_code == 302, form_errors(response)
    assert not CommunityActivity.objects.get(title="ML meetup").live


def test_edit_a_person(admin_client):
    person = Person.objects.create(name="Ada", job_title="Engineer")
    url = snippet_url(Person, "edit", person.pk)
    data = read_form(admin_client, url, "w-editor-form")
    fill(data, job_title="Staff Engineer", bio="Builds things.")
    response = post_form(admin_client, url, data)
    assert response.status_code == 302, form_errors(response)
    person.refresh_from_db()
    assert (person.job_title, person.bio) == ("Staff Engineer", "Builds things.")


def test_department_names_are_a_shared_list(admin_client):
    """The same department is not typed twice."""
    Department.objects.create(name="Logistics")
    data = read_form(admin_client, snippet_url(Department, "add"), "w-editor-form")
    fill(data, name="Logistics")
    response = post_form(admin_client, snippet_url(Department, "add"), data)
    assert response.status_code == 200
    assert Department.objects.filter(name="Logistics").count() == 1


def test_snippet_listings_render(admin_client):
    for name in (
        "communityactivity",
        "dataasset",
        "resource",
        "recognition",
        "hiringaicompliance",
        "person",
        "department",
        "location",
        "country",
    ):
        response = admin_client.get(reverse(f"wagtailsnippets_careers_{name}:list"))
        assert response.status_code == 200, name
