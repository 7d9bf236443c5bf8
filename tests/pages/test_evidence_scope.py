"""Evidence changed in place (a live team page or impact story published
again where it was, an evidence snippet, a page's rows) changes the
evidence's content version, not the site's (careers.versioning): what every
page reads about the site (navigation, look, the request's site) and the
cards whose team kept its title stay kept, and everything the change shows
shows at once. Whatever may move, hide or frame pages changes the site's."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import Page, Site

from careers import version_cache, versioning
from careers.evidence_pool import Pool
from careers.models import ContentVersion, OrganisationProfile, TeamPage
from careers.services import warm
from tests import factories
from tests.pages.test_card_cache import listing

pytestmark = pytest.mark.django_db

ON = {"PAGES": {"CACHE_SECONDS": 600}}


def tokens() -> dict[str, str]:
    return dict(ContentVersion.objects.values_list("scope", "token"))


def changed(before: dict[str, str]) -> set[str]:
    """The scopes among site, evidence and jobs whose token changed."""
    after = tokens()
    scopes = (versioning.SITE, versioning.EVIDENCE, versioning.JOBS)
    return {scope for scope in scopes if before.get(scope) != after.get(scope)}


def html(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def republish(page, **fields):
    page = type(page).objects.get(pk=page.pk)
    for name, value in fields.items():
        setattr(page, name, value)
    return factories.publish(page)


def test_a_team_published_again_in_place_changes_the_evidence_only(
    home, client, settings
):
    settings.CAREERS = ON
    team = factories.team(home, "Route Planning", summary="We plan routes.")
    job = factories.job(home, "Planner", team_page=team)
    factories.job(home, "Packer")
    html(client, "/en/jobs/")
    html(client, job.url)

    before = tokens()
    republish(team, summary="We plan routes and depots.")
    assert changed(before) == {versioning.EVIDENCE}

    # The job post shows the new evidence; the listing renders no card again
    # (their team's title is the same) and reads no navigation.
    assert "We plan routes and depots." in html(client, job.url)
    with CaptureQueriesContext(connection) as ctx:
        page, rendered = listing(client)
    assert rendered == []
    assert "Planner" in page and "Route Planning" in page
    read = [q["sql"] for q in ctx.captured_queries]
    assert not [sql for sql in read if "chrome_part" in sql]  # navigation
    assert not [sql for sql in read if "careers_teampage" in sql]  # filters


def test_a_renamed_team_changes_the_site_and_shows_everywhere_at_once(
    home, client, settings
):
    """A team's name shows in the cards and the listing's filters, which
    are kept per site version."""
    settings.CAREERS = ON
    team = factories.team(home, "Route Planning")
    job = factories.job(home, "Planner", team_page=team)
    factories.job(home, "Packer")
    listing(client)
    html(client, job.url)
    html(client, team.url)

    before = tokens()
    republish(team, title="Network Planning")
    assert versioning.SITE in changed(before)

    page = listing(client)[0]
    assert "Network Planning" in page and "Route Planning" not in page
    assert ">Network Planning</" in page[page.index("<form") :]  # the filters
    assert "Network Planning" in html(client, job.url)
    assert "Network Planning" in html(client, team.url)
    assert "Route Planning" not in html(client, "/en/")


def test_evidence_snippets_and_rows_change_the_evidence_only(home, client):
    team = factories.team(home, "Route Planning")
    activity = factories.activity(title="Hack Days")

    before = tokens()
    activity.title = "Hack Week"
    activity.save_revision().publish()
    assert changed(before) == {versioning.EVIDENCE}

    before = tokens()
    member = TeamPage.objects.get(pk=team.pk).members.first()
    member.role = "Staff ML Engineer"
    member.save()
    assert changed(before) == {versioning.EVIDENCE}

    before = tokens()
    factories.location("Bremen")
    assert versioning.SITE in changed(before)


@pytest.mark.parametrize(
    "change",
    [
        "first publish",
        "new slug",
        "unpublish",
        "imprint_page",
        "privacy_page",
        "site root",
        "alias",
    ],
)
def test_what_may_move_hide_or_frame_pages_changes_the_site(home, change):
    team = factories.team(home, "Route Planning", live=change != "first publish")
    if change == "alias":  # as private as its source until converted
        german = factories.translate(home, "de", title="Karriere")
        team = team.create_alias(parent=german, update_locale=factories.locale("de"))
    if change in OrganisationProfile.LEGAL_PAGES:  # any of them, as every footer
        profile = OrganisationProfile.for_site(Site.objects.get(is_default_site=True))
        setattr(profile, change, team)
        profile.save()
    if change == "site root":
        Site.objects.create(hostname="team.example", root_page=team)

    before = tokens()
    if change == "unpublish":
        Page.objects.get(pk=team.pk).unpublish()
    elif change == "alias":
        ConvertAliasPageAction(TeamPage.objects.get(pk=team.pk)).execute()
    elif change == "new slug":
        republish(team, slug="routes")
    else:  # in place but for what frames it, and what it frames
        republish(team, summary="We plan routes and depots.")
    assert versioning.SITE in changed(before)


def test_a_legal_pages_new_title_shows_in_every_footer(home, client, settings):
    settings.CAREERS = ON
    imprint = factories.team(home, "Imprint", slug="imprint")
    profile = OrganisationProfile.for_site(Site.objects.get(is_default_site=True))
    profile.imprint_page = imprint
    profile.save()
    job = factories.job(home, "Planner")
    assert ">Imprint</a>" in html(client, job.url)

    republish(imprint, title="Legal notice")
    page = html(client, job.url)
    assert ">Legal notice</a>" in page[page.index('<footer class="site-footer">') :]


def test_the_hidden_sections_are_kept_before_any_jobs_change(home):
    """A site whose jobs never changed has no jobs token yet: what the
    writer computes after a change is kept all the same."""
    factories.team(home, "Route Planning")
    ContentVersion.objects.filter(scope=versioning.JOBS).delete()
    warm.compute_site_aggregates()
    site = tokens()[versioning.SITE]
    key = versioning.SECTIONS_KEY.format(token=f"{site}.{versioning.UNCHANGED}")
    assert version_cache.get(key) == []


def pools_made(monkeypatch) -> list:
    """From now on, each evidence pool made (built, or unpickled from a cache)."""
    made = []
    new = Pool.__new__

    def counted(cls, *args, **kwargs):
        made.append(cls)
        return new(cls, *args, **kwargs)

    monkeypatch.setattr(Pool, "__new__", counted)
    return made


def test_a_page_rendered_after_an_evidence_change_reads_the_pool_once(
    home, client, settings, monkeypatch
):
    """A job post asks for the evidence pool more than once (its evidence,
    its claims' check): each copy from the cache was unpickled anew."""
    settings.CAREERS = ON
    team = factories.team(home, "Route Planning")
    job = factories.job(home, "Planner", team_page=team)
    html(client, job.url)
    republish(team, headcount=12)

    made = pools_made(monkeypatch)
    assert "12 people" in html(client, job.url)
    assert len(made) == 1  # built, or read from the cache: once


def test_a_change_the_checker_does_not_read_keeps_every_verdict(
    home, client, settings, monkeypatch
):
    """A team's summary is not what claims are checked against (its name and
    size are): the job post shows the new summary without checking its
    claims again. A new size is checked against."""
    from careers import claims

    settings.CAREERS = ON
    team = factories.team(home, "Route Planning", summary="We plan routes.")
    job = factories.job(home, "Planner", team_page=team)
    html(client, job.url)
    checked = []
    check = claims.check

    def counting(bundle, *args, **kwargs):
        checked.extend(item.id for item in bundle.items)
        return check(bundle, *args, **kwargs)

    monkeypatch.setattr(claims, "check", counting)

    republish(team, summary="We plan routes and depots.")
    checked.clear()  # publishing checks the team page itself
    assert "We plan routes and depots." in html(client, job.url)
    assert checked == []

    republish(team, headcount=12)
    checked.clear()
    assert "12 people" in html(client, job.url)
    assert len(checked) == 1, "the job post, checked against the new size"


def test_a_page_without_claims_reads_no_evidence_after_a_jobs_publish(
    home, client, settings, monkeypatch
):
    """Every careers page is rendered anew after any job's publish. One that
    makes no AI claim shows no evidence, and finds its (empty) verdict by a
    digest of the evidence kept apart from it: it does not read (unpickle)
    the evidence pool."""
    from careers.models import CareersPage

    settings.CAREERS = ON
    factories.story(home, "Fewer late deliveries")
    body = "<p>Our office is in Hamburg.</p>"
    page = factories.add_page(home, CareersPage(title="Why us", slug="why", body=body))
    job = factories.job(home, "Planner")
    html(client, page.url)
    job.title = "Planner (nights)"
    factories.publish(job)

    made = pools_made(monkeypatch)
    assert "Our office is in Hamburg." in html(client, page.url)
    assert made == []
