"""A careers site where every content type has versions the public must never
see: drafts, scheduled pages and revisions, newer draft revisions of live pages,
expired content, private pages (password, login, groups) and live pages under
an unpublished parent. Built through Wagtail's real tree, revisions, scheduler
and view restrictions.

Everything hidden carries ``MARK`` in its title and text (and ``WORD``, a word
to search for); public content never does. Public content links to the hidden
content wherever the model lets it (job links, featured items, owners, teams,
rich-text links), so every read path gets the chance to leak it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from careers.models import (
    CareersIndexPage,
    CareersPage,
    CommunityActivity,
    CommunityPage,
    DataAsset,
    FeaturedJob,
    FeaturedStory,
    HiringAICompliance,
    ImpactMetric,
    ImpactStoryPage,
    JobPostingPage,
    JobResource,
    Recognition,
    Resource,
    RoadmapMilestone,
    RoadmapPage,
    TeamMember,
    TeamPage,
)
from tests import factories

MARK = "hushhush"  # in every hidden title and text, nowhere public
WORD = "zebracorn"  # a search word in hidden texts and in one public page
MARK_RE = re.compile(rf"{MARK}[-\w]*", re.IGNORECASE)

PRIVATE = ("password", "login", "groups")
PAGE_VARIANTS = (
    "draft",
    "scheduled",
    "scheduled_change",  # live, with a newer revision scheduled for later
    "draft_change",  # live, with a newer draft revision
    "expired",  # unpublished by the scheduler (publish_scheduled)
    *PRIVATE,
    "orphan",  # live, under an unpublished careers home
)
JOB_VARIANTS = (*PAGE_VARIANTS, "past_valid_through")  # before the scheduler ran
HOME_VARIANTS = (
    "draft",
    "scheduled",
    "scheduled_change",
    "draft_change",
    "expired",
    *PRIVATE,
)
SNIPPET_VARIANTS = ("draft", "scheduled", "scheduled_change", "draft_change", "expired")
#: Variants whose content was never public: consumers must never hear of them.
NEVER_PUBLIC = ("draft", "scheduled")
#: Variants that are live pages showing their public version.
LIVE_WITH_HIDDEN_REVISION = ("scheduled_change", "draft_change")

PAGE_TYPES = ("job", "team", "story", "roadmap", "community", "careers_page")
SNIPPET_TYPES = ("activity", "data", "resource", "recognition", "hiring_ai")

LATER = dt.timedelta(days=30)


def hidden(kind: str, variant: str) -> str:
    return f"{MARK}-{kind}-{variant}"


@dataclass
class HiddenSite:
    home: CareersIndexPage
    home_de: CareersIndexPage  # the unpublished parent
    public: dict[str, Page]  # positive controls
    pages: dict[tuple[str, str], Page] = field(default_factory=dict)
    snippets: dict[tuple[str, str], object] = field(default_factory=dict)
    people: list = field(default_factory=list)


def later() -> dt.datetime:
    return timezone.now() + LATER


def texts(kind: str, variant: str) -> tuple[str, str]:
    """A hidden title and a hidden paragraph for ``kind``/``variant``."""
    name = hidden(kind, variant)
    return f"{name.replace('-', ' ').capitalize()}", f"{name} {WORD} unreleased plans"


# pages -----------------------------------------------------------------------


def page_fields(kind: str, title: str, text: str, variant: str) -> dict:
    """The fields of a page of ``kind`` with ``title`` and ``text``."""
    key = f"{kind.replace('_', '-')}-{variant}"
    html = f"<p>{text}</p>"
    return {
        "job": {"title": title, "key": f"job-{variant}", "introduction": html},
        "team": {"title": title, "key": key, "summary": text, "description": html},
        "story": {"title": title, "key": key, "summary": text, "body": html},
        "roadmap": {"title": title, "key": key, "intro": html},
        "community": {"title": title, "key": key, "intro": html},
        "careers_page": {"title": title, "key": key, "intro": text, "body": html},
        "home": {"title": title, "key": key, "intro": html, "ai_story": html},
    }[kind]


def new_page(kind: str, fields: dict, site: HiddenSite, variant: str) -> Page:
    team = site.public["team"]
    if kind == "job":
        return JobPostingPage(
            team=team,
            apply_url="https://jobs.example.com/apply/hidden",
            salary_min=Decimal("50000"),
            salary_max=Decimal("60000"),
            **fields,
        )
    if kind == "team":
        return TeamPage(headcount=3, **fields)
    if kind == "story":
        return ImpactStoryPage(
            product="Parcel ETA",
            technique="gradient-boosted trees",
            in_production_since=dt.date(2025, 6, 1),
            team=team,
            **fields,
        )
    if kind == "roadmap":
        return RoadmapPage(**fields)
    if kind == "community":
        return CommunityPage(**fields)
    if kind == "careers_page":
        return CareersPage(**fields)
    return CareersIndexPage(locale=factories.locale("en"), **fields)


def add_children(page: Page, site: HiddenSite, variant: str, label: str) -> None:
    """The page's inline children (members, milestones, metrics), named with
    ``label``: the mark for hidden versions, 'Visible' for public ones."""
    if isinstance(page, TeamPage):
        person = factories.person(f"{label} member {variant}", f"{label} lead")
        site.people.append(person)
        page.members = [
            TeamMember(
                person=person, role="Lead", technical_lead=True, interviewer=True
            )
        ]
    elif isinstance(page, ImpactStoryPage):
        page.metrics = [
            ImpactMetric(name=f"{label} metric", baseline=Decimal(10), value=Decimal(5))
        ]
    elif isinstance(page, RoadmapPage):
        milestone = RoadmapMilestone(
            title=f"{label} milestone {variant}",
            key=f"milestone-{variant}",
            status="delivered",
            delivered_on=dt.date.today() - dt.timedelta(days=30),
            owner_team=site.public["team"],
            description=f"{label} milestone",
        )
        milestone.departments = [factories.department("Logistics")]
        page.milestones = [milestone]


def add_hidden_page(site: HiddenSite, kind: str, variant: str) -> Page:
    parent = site.home_de if variant == "orphan" else site.home
    if kind == "home":
        parent = Page.get_first_root_node()
    title, text = texts(kind, variant)
    if variant in LIVE_WITH_HIDDEN_REVISION:
        public_title = f"Visible {kind.replace('_', ' ')} {variant}"
        fields = page_fields(kind, public_title, "Nothing to hide.", variant)
        fields["slug"] = f"visible-{kind.replace('_', '-')}-{variant}"
        page = new_page(kind, fields, site, variant)
        add_children(page, site, variant, "Visible")
        page = factories.add_page(parent, page)
        hide_in_new_revision(page, site, kind, (title, text), variant)
        return page
    fields = page_fields(kind, title, text, variant)
    if variant == "scheduled":
        fields["go_live_at"] = later()
    page = new_page(kind, fields, site, variant)
    add_children(page, site, variant, MARK)
    page = factories.add_page(parent, page, live=variant != "draft")
    if variant in PRIVATE:
        restrict(page, variant)
    return page


def hide_in_new_revision(page: Page, site: HiddenSite, kind: str, words, variant):
    """A newer revision of the live ``page`` with hidden content: a draft, or
    scheduled to go live later."""
    page = Page.objects.get(pk=page.pk).specific
    for name, value in page_fields(kind, *words, variant).items():
        if name != "key":
            setattr(page, name, value)
    add_children(page, site, variant, MARK)
    if variant == "scheduled_change":
        page.go_live_at = later()
        page.save_revision().publish()
    else:
        page.save_revision()


def restrict(page: Page, kind: str) -> None:
    restriction = PageViewRestriction.objects.create(
        page=page,
        restriction_type={"groups": PageViewRestriction.GROUPS}.get(kind, kind),
        password="secret" if kind == "password" else "",
    )
    if kind == "groups":
        restriction.groups.add(Group.objects.get_or_create(name="Insiders")[0])


# snippets --------------------------------------------------------------------


def snippet_fields(kind: str, text: str) -> tuple[type, dict]:
    today = dt.date.today()
    return {
        "activity": (
            CommunityActivity,
            {
                "kind": "hackathon",
                "title": text,
                "date": today - dt.timedelta(days=60),
                "description": text,
                "partner": text,
            },
        ),
        "data": (DataAsset, {"name": text, "description": text, "volume": text}),
        "resource": (Resource, {"kind": "compute", "description": text}),
        "recognition": (
            Recognition,
            {"title": text, "issuer": text, "date": today - dt.timedelta(days=60)},
        ),
        "hiring_ai": (
            HiringAICompliance,
            {
                "system": text,
                "human_oversight": text,
                "reviewed_on": today - dt.timedelta(days=30),
            },
        ),
    }[kind]


def add_hidden_snippet(kind: str, variant: str):
    _title, text = texts(kind, variant)
    visible = f"Visible {kind} {variant}"
    first = visible if variant in LIVE_WITH_HIDDEN_REVISION else text
    model, fields = snippet_fields(kind, first)
    obj = model(
        locale=factories.locale("en"), live=False, key=f"{kind}-{variant}", **fields
    )
    if variant == "scheduled":
        obj.go_live_at = later()
    obj.save()
    revision = obj.save_revision()
    if variant != "draft":
        revision.publish()
    if variant in LIVE_WITH_HIDDEN_REVISION:
        obj = model.objects.get(pk=obj.pk)
        for name, value in snippet_fields(kind, text)[1].items():
            setattr(obj, name, value)
        if variant == "scheduled_change":
            obj.go_live_at = later()
            obj.save_revision().publish()
        else:
            obj.save_revision()
    return model.objects.get(pk=obj.pk)


# the site --------------------------------------------------------------------


def public_content(home: CareersIndexPage) -> dict[str, Page]:
    """What the public may see, so that every surface has something to show."""
    team = factories.team(home, "Visible team", key="team-visible")
    story = factories.story(home, "Visible story", key="story-visible", team=team)
    roadmap = RoadmapPage(title="Visible roadmap", key="roadmap-visible")
    roadmap_page = factories.add_page(home, roadmap)
    careers_page = factories.add_page(
        home,
        CareersPage(
            title="Visible careers page",
            key="careers-page-visible",
            intro="How we hire.",
            body=f"<p>We hire people who like a {WORD}.</p>",
        ),
    )
    community = factories.community_page(home, intro="<p>We give back.</p>")
    factories.activity(title="Visible hack days")
    return {
        "team": team,
        "story": story,
        "roadmap": roadmap_page,
        "careers_page": careers_page,
        "community": community,
    }


def link_everything(site: HiddenSite) -> None:
    """Public pages that point at every hidden page and snippet."""
    home = site.home
    pages, snippets = site.pages, site.snippets
    stories = [p for (kind, _v), p in pages.items() if kind == "story"]
    roadmaps = [p for (kind, _v), p in pages.items() if kind == "roadmap"]
    milestones = [m for r in roadmaps for m in r.milestones.all()]
    links = "".join(
        f'<a linktype="page" id="{p.pk}">a link</a> ' for p in pages.values()
    )
    links += f'<a linktype="page" id="{site.public["team"].pk}">our team</a>'

    site.public["job"] = factories.job(
        home,
        "Visible job with links",
        key="job-visible",
        team_page=site.public["team"],
        stories=[site.public["story"], *stories],
        milestones=milestones,
        data_assets=[s for (kind, _v), s in snippets.items() if kind == "data"],
        introduction=f"<p>Read on: {links}</p>",
    )
    job = JobPostingPage.objects.get(pk=site.public["job"].pk)
    for resource in (s for (kind, _v), s in snippets.items() if kind == "resource"):
        job.resource_links.add(JobResource(resource=resource))
    site.public["job"] = factories.publish(job)
    for variant in PAGE_VARIANTS:  # a public job in each hidden team
        factories.job(
            home,
            f"Visible job in team {variant}",
            key=f"job-in-team-{variant}",
            team_page=pages["team", variant],
        )
    factories.story(
        home, "Visible story of a private team", team=pages["team", "password"]
    )
    roadmap = RoadmapPage.objects.get(pk=site.public["roadmap"].pk)
    for variant in PAGE_VARIANTS:  # milestones owned by hidden teams
        roadmap.milestones.add(
            RoadmapMilestone(
                title=f"Visible milestone of team {variant}",
                key=f"milestone-visible-{variant}",
                status="in_progress",
                owner_team=pages["team", variant],
            )
        )
    site.public["roadmap"] = factories.publish(roadmap)
    home = CareersIndexPage.objects.get(pk=home.pk)
    for job in (p for (kind, _v), p in pages.items() if kind == "job"):
        home.featured_jobs.add(FeaturedJob(job=job))
    for story in stories:
        home.featured_stories.add(FeaturedStory(story=story))
    site.home = factories.publish(home)


def expire(objects: list) -> None:
    """Past their expiry date, then the real scheduler unpublishes them."""
    past = timezone.now() - dt.timedelta(hours=1)
    for obj in objects:
        type(obj).objects.filter(pk=obj.pk).update(expire_at=past)
    call_command("publish_scheduled", stdout=open(os.devnull, "w"))  # noqa: SIM115


def build_hidden_site() -> HiddenSite:
    home = factories.careers_site(title="Careers at Testfirma")
    home_de = factories.translate(home, "de", title=f"{MARK} home orphan parent")
    site = HiddenSite(home=home, home_de=home_de, public=public_content(home))
    for kind in SNIPPET_TYPES:
        for variant in SNIPPET_VARIANTS:
            site.snippets[kind, variant] = add_hidden_snippet(kind, variant)
    for kind in PAGE_TYPES:
        variants = JOB_VARIANTS if kind == "job" else PAGE_VARIANTS
        for variant in variants:
            if variant != "past_valid_through":
                site.pages[kind, variant] = add_hidden_page(site, kind, variant)
    link_everything(site)
    for variant in HOME_VARIANTS:
        if variant not in LIVE_WITH_HIDDEN_REVISION:
            site.pages["home", variant] = add_hidden_page(site, "home", variant)
    expired = [p for (_k, v), p in site.pages.items() if v == "expired"]
    expired += [s for (_k, v), s in site.snippets.items() if v == "expired"]
    expire(expired)
    site.pages["job", "past_valid_through"] = add_hidden_page(
        site, "job", "past_valid_through"
    )
    JobPostingPage.objects.filter(pk=site.pages["job", "past_valid_through"].pk).update(
        expire_at=timezone.now() - dt.timedelta(minutes=5)
    )
    for variant in LIVE_WITH_HIDDEN_REVISION:  # the site's home itself
        hide_in_new_revision(site.home, site, "home", texts("home", variant), variant)
        site.pages["home", variant] = site.home
    Page.objects.get(pk=home_de.pk).unpublish()
    return site


def leaks(body: str, *, allow: tuple[str, ...] = ()) -> list[str]:
    """Hidden content found in ``body`` (with some context), after removing
    the strings in ``allow`` (e.g. the path the visitor asked for)."""
    for text in allow:
        body = body.replace(text, "")
    return [body[max(m.start() - 40, 0) : m.end() + 40] for m in MARK_RE.finditer(body)]
