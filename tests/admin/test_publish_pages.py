"""Editors create and publish every page type through the real admin views."""

import pytest
from django.urls import reverse

from careers.models import (
    CareersIndexPage,
    CommunityPage,
    ImpactStoryPage,
    JobPostingPage,
    RoadmapPage,
    TeamPage,
)
from tests import factories

from .helpers import (
    add_inline,
    fill,
    form_errors,
    page_add_url,
    post_form,
    read_form,
    rich_text,
)

pytestmark = pytest.mark.django_db


def create(client, model, parent, **fields):
    data = read_form(client, page_add_url(model, parent))
    data.setdefault("gallery-count", "0")  # StreamFields are drawn by JavaScript
    fill(data, **fields)
    return data


def publish(client, model, parent, data):
    data["action-publish"] = "action-publish"
    response = post_form(client, page_add_url(model, parent), data)
    assert response.status_code == 302, form_errors(response)
    return model.objects.get(slug=data["slug"], locale=parent.locale)


def test_publish_careers_home_under_the_root(admin_client):
    root = factories.Page.get_first_root_node()
    data = create(
        admin_client,
        CareersIndexPage,
        root,
        title="Careers",
        slug="careers",
        intro=rich_text("<p>Come and work with us.</p>"),
    )
    page = publish(admin_client, CareersIndexPage, root, data)
    assert page.live
    assert page.key == "careers-careers", "a reference id is made when left empty"


def test_publish_team_with_members(admin_client, home):
    lead, other = factories.person("Ada Lead"), factories.person("Bo Member")
    dept = factories.department("Logistics")
    data = create(
        admin_client,
        TeamPage,
        home,
        title="Data Science",
        slug="data-science",
        description=rich_text("<p>We forecast parcels.</p>"),
        department=dept.pk,
        headcount=5,
    )
    add_inline(
        data,
        "members",
        [
            {
                "person": lead.pk,
                "role": "Lead",
                "technical_lead": "on",
                "interviewer": "on",
            },
            {"person": other.pk, "role": "Engineer"},
        ],
    )
    page = publish(admin_client, TeamPage, home, data)
    assert page.live and page.headcount == 5
    members = list(page.members.order_by("sort_order"))
    assert [m.person.name for m in members] == ["Ada Lead", "Bo Member"]
    assert members[0].technical_lead and members[0].interviewer
    assert not members[1].technical_lead


def test_publish_impact_story_with_metrics(admin_client, home):
    data = create(
        admin_client,
        ImpactStoryPage,
        home,
        title="Fewer late parcels",
        slug="fewer-late-parcels",
        product="ETA",
        technique="gradient-boosted trees",
        in_production_since="2025-06-01",
        body=rich_text("<p>Dispatchers plan with it.</p>"),
    )
    add_inline(
        data,
        "metrics",
        [{"name": "late deliveries", "baseline": "12.0", "value": "8.4", "unit": "%"}],
    )
    page = publish(admin_client, ImpactStoryPage, home, data)
    metric = page.metrics.get()
    assert (float(metric.baseline), float(metric.value)) == (12.0, 8.4)


def test_publish_roadmap_with_milestones_and_departments(admin_client, home):
    """Titled "AI roadmap", the page claims a strategy: its own three
    milestones across two departments back it."""
    logistics, service = factories.department("Logistics"), factories.department("CS")
    data = create(admin_client, RoadmapPage, home, title="AI roadmap", slug="roadmap")
    add_inline(
        data,
        "milestones",
        [
            {
                "title": "ETA prediction",
                "status": "delivered",
                "delivered_on": "2026-04-15",
                "departments": [logistics.pk, service.pk],
            },
            {"title": "Triage", "status": "planned", "departments": [service.pk]},
            {"title": "Staffing", "status": "planned", "departments": [service.pk]},
        ],
    )
    page = publish(admin_client, RoadmapPage, home, data)
    eta, triage, _ = page.milestones.order_by("sort_order")
    assert set(eta.departments.values_list("name", flat=True)) == {"Logistics", "CS"}
    assert eta.key == "milestone-eta-prediction"
    assert triage.status == "planned"


def test_a_delivered_milestone_needs_its_delivery_date(admin_client, home):
    data = create(admin_client, RoadmapPage, home, title="AI roadmap", slug="roadmap")
    add_inline(data, "milestones", [{"title": "ETA", "status": "delivered"}])
    data["action-publish"] = "action-publish"
    response = post_form(admin_client, page_add_url(RoadmapPage, home), data)
    assert response.status_code == 200
    assert not RoadmapPage.objects.exists()
    assert "delivery date" in response.content.decode()


def test_publish_community_page(admin_client, home):
    data = create(
        admin_client,
        CommunityPage,
        home,
        title="Community",
        slug="community",
        intro=rich_text("<p>We give back.</p>"),
    )
    assert publish(admin_client, CommunityPage, home, data).live


def test_publish_job_post_with_evidence_links(admin_client, home):
    team = factories.team(home)
    interviewer = team.members.first().person
    hamburg = factories.location("Hamburg")
    data = create(
        admin_client,
        JobPostingPage,
        home,
        title="Warehouse Lead",
        slug="warehouse-lead",
        team=team.pk,
        workplace_type="hybrid",
        employment_type="FULL_TIME",
        salary_min="50000",
        salary_max="60000",
        introduction=rich_text("<p>Run the night shift.</p>"),
        apply_url="https://jobs.example.com/1",
    )
    data.setlist("locations", [str(hamburg.pk)])
    add_inline(data, "interviewer_links", [{"person": interviewer.pk}])
    job = publish(admin_client, JobPostingPage, home, data)
    assert job.live and job.team_id == team.pk
    assert list(job.locations.all()) == [hamburg]
    assert [link.person for link in job.interviewer_links.all()] == [interviewer]


def test_salary_range_must_be_ordered(admin_client, home):
    data = create(
        admin_client,
        JobPostingPage,
        home,
        title="Lead",
        slug="lead",
        salary_min="70000",
        salary_max="60000",
    )
    data["action-publish"] = "action-publish"
    response = post_form(admin_client, page_add_url(JobPostingPage, home), data)
    assert response.status_code == 200
    assert "upper end is below the lower end" in response.content.decode()


def test_every_page_type_has_a_preview(admin_client, home):
    """The preview of each page type renders for the editor."""
    pages = [
        home,
        factories.team(home),
        factories.story(home),
        factories.roadmap(home),
        factories.community_page(home),
        factories.job(home),
    ]
    for page in pages:
        url = reverse("wagtailadmin_pages:view_draft", args=[page.pk])
        response = admin_client.get(url)
        assert response.status_code == 200, (type(page).__name__, response.status_code)
