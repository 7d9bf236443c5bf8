"""Expired jobs answer 410 Gone and leave every list; drafts and private pages
are in no listing, search result or sitemap."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from tests import factories

from .conftest import expire, html


def everywhere(client, query: str) -> dict[str, str]:
    return {
        "listing": html(client.get("/en/jobs/")),
        "search": html(client.get(f"/en/search/?q={query}")),
        "sitemap": html(client.get("/sitemap.xml")),
        "home": html(client.get("/en/")),
    }


@pytest.mark.parametrize("unpublish", [False, True], ids=["still-live", "unpublished"])
def test_expired_job_is_gone_with_similar_jobs(content, client, unpublish):
    """Past its valid-through date, whether or not the scheduler has
    unpublished it yet: 410 with open jobs of the same team or location."""
    similar = factories.job(content.home, "Forklift Driver", team_page=content.team)
    job = expire(content.job, unpublish=unpublish)
    response = client.get("/en/jobs/warehouse-team-lead/")
    assert response.status_code == 410
    page = html(response)
    assert "is no longer open" in page
    assert similar.title in page
    assert '<meta name="robots" content="noindex">' in page
    assert "application/ld+json" not in page
    assert "hreflang" not in page[: page.index("</head>")]  # no longer a version
    assert response["X-Robots-Tag"] == "noindex"
    for where, text in everywhere(client, "warehouse").items():
        assert job.url not in text and job.title not in text, where


def test_expired_job_without_similar_jobs_offers_the_newest(content, client):
    job = expire(content.remote_job)
    page = html(client.get(job.url))
    assert "Warehouse Team Lead" in page


def test_a_draft_job_is_a_404_and_nowhere(content, client):
    draft = factories.job(content.home, "Draft Warehouse Planner", live=False)
    assert client.get("/en/jobs/draft-warehouse-planner/").status_code == 404
    for where, text in everywhere(client, "planner").items():
        assert draft.title not in text, where


#: Every way Wagtail can make a page private.
PRIVACY_KINDS = [
    PageViewRestriction.PASSWORD,
    PageViewRestriction.LOGIN,
    PageViewRestriction.GROUPS,
]


def restrict(page, kind: str) -> None:
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password="secret"
    )
    if kind == PageViewRestriction.GROUPS:
        restriction.groups.add(Group.objects.get_or_create(name="Insiders")[0])


@pytest.mark.parametrize("kind", PRIVACY_KINDS)
def test_private_pages_are_in_no_listing_search_or_sitemap(content, client, kind):
    job = factories.job(content.home, "Private Warehouse Planner")
    team = factories.team(content.home, "Private Warehouse Team", members=[])
    restrict(job, kind)
    restrict(team, kind)
    response = client.get(job.url)
    assert response.status_code in (200, 302)
    assert job.title not in html(response) or kind == "password"
    for where, text in everywhere(client, "warehouse").items():
        assert job.url not in text, where
        assert team.url not in text, where
    assert "Warehouse Team Lead" in everywhere(client, "warehouse")["listing"]


def test_private_team_is_not_shown_on_a_job_post(content, client):
    restrict(content.team, PageViewRestriction.LOGIN)
    page = html(client.get(content.job.url))
    assert content.team.url not in page
    assert "Dr. Anna Weber" not in page


@pytest.mark.parametrize(
    "kind", [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN]
)
def test_an_alias_of_a_private_page_is_private_too(content, client, kind):
    """Wagtail checks an alias against its source's restrictions; the
    careers pages skip that check only where no restriction can apply."""
    team = factories.team(content.home, "Aliased Private Team", members=[])
    restrict(team, kind)
    alias = team.copy_for_translation(content.home_de.locale, alias=True)
    response = client.get(alias.url)
    assert response.status_code in (200, 302)
    assert "Aliased Private Team" not in html(response) or response.status_code == 302
    if response.status_code == 200:
        assert 'name="password"' in html(response)
