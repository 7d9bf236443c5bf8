"""Builders for test content, going through Wagtail's real tree and publishing.

Each builder takes the few fields a test cares about and fills in the rest with
content that passes the claim checker (no AI claims unless a test adds them).
"""

import datetime as dt
import itertools
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale, Page, Site

from careers import setup
from careers.models import (
    CareersIndexPage,
    CommunityActivity,
    CommunityPage,
    Country,
    DataAsset,
    Department,
    HiringAICompliance,
    ImpactMetric,
    ImpactStoryPage,
    JobDataAsset,
    JobImpactStory,
    JobInterviewer,
    JobMilestone,
    JobPostingPage,
    Location,
    Person,
    Recognition,
    Resource,
    RoadmapMilestone,
    RoadmapPage,
    TeamMember,
    TeamPage,
)

_seq = itertools.count(1)


def locale(code: str = "en") -> Locale:
    return Locale.objects.get(language_code=code)


def publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def add_page(parent: Page, page: Page, *, live: bool = True) -> Page:
    """Add ``page`` under ``parent`` as a draft, then publish it unless
    ``live`` is False."""
    page.live = False
    parent.add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
        page.refresh_from_db()
    return page


def careers_site(*, title: str = "Careers at Testfirma") -> CareersIndexPage:
    """A careers home as the default site's root, in English."""
    for page in Page.objects.filter(depth=2):
        page.delete()
    root = Page.get_first_root_node()  # read after the deletes: its child count
    home = CareersIndexPage(
        title=title,
        slug="careers",
        key="careers-home",
        locale=locale("en"),
        intro="<p>We make parcels arrive on time.</p>",
    )
    add_page(root, home)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    careers_setup([home])
    return home


def careers_setup(homes) -> None:
    """What a host does after adding a careers home: run careers_setup, so
    the editor groups and the claims review workflow cover it."""
    setup.setup_groups(homes)
    setup.setup_workflow(homes)


def translate(page: Page, code: str = "de", *, live: bool = True, **fields) -> Page:
    """The page's translation into ``code`` (parents are translated as needed)."""
    translated = page.copy_for_translation(locale(code), copy_parents=True)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save()
    revision = translated.save_revision()
    if live:
        revision.publish()
        translated.refresh_from_db()
    return translated


def department(name: str = "Logistics", name_de: str = "") -> Department:
    return Department.objects.get_or_create(name=name, defaults={"name_de": name_de})[0]


def location(city: str = "Hamburg", country: str = "DE", **kw) -> Location:
    return Location.objects.create(
        name=kw.pop("name", city),
        city=city,
        postal_code=kw.pop("postal_code", "20457"),
        country=Country.objects.get(code=country),
        **kw,
    )


def person(name: str = "", job_title: str = "Engineer", **kw) -> Person:
    return Person.objects.create(
        name=name or f"Person {next(_seq)}", job_title=job_title, **kw
    )


def team(
    parent: Page,
    title: str = "Data Science",
    *,
    members: list[tuple[str, str, bool, bool]] | None = None,
    headcount: int | None = 9,
    live: bool = True,
    **kw,
) -> TeamPage:
    """A team; ``members`` are (name, role, technical_lead, interviewer)."""
    if members is None:
        members = [
            ("Dr. Anna Weber", "Head of Data Science", True, True),
            ("Jonas Keller", "ML Engineer", False, True),
        ]
    page = TeamPage(
        title=title,
        key=kw.pop("key", f"team-{next(_seq)}"),
        headcount=headcount,
        description=kw.pop("description", "<p>We build forecasts.</p>"),
        **kw,
    )
    for name, role, lead, interviewer in members:
        page.members.add(
            TeamMember(
                person=person(name, role),
                role=role,
                technical_lead=lead,
                interviewer=interviewer,
            )
        )
    return add_page(parent, page, live=live)


def story(
    parent: Page,
    title: str = "Fewer late deliveries",
    *,
    metrics: list[tuple[str, float | None, float]] | None = None,
    in_production_since: dt.date | None = dt.date(2025, 6, 1),
    measured_on: dt.date | None = None,
    live: bool = True,
    **kw,
) -> ImpactStoryPage:
    """An impact story; ``metrics`` are (name, baseline, value)."""
    if metrics is None:
        metrics = [("late deliveries", 12.0, 8.4)]
    page = ImpactStoryPage(
        title=title,
        key=kw.pop("key", f"story-{next(_seq)}"),
        product=kw.pop("product", "ETA"),
        technique=kw.pop("technique", "gradient-boosted trees"),
        in_production_since=in_production_since,
        **kw,
    )
    for name, baseline, value in metrics:
        page.metrics.add(
            ImpactMetric(
                name=name,
                baseline=None if baseline is None else Decimal(str(baseline)),
                value=Decimal(str(value)),
                unit="%",
                measured_on=measured_on or dt.date.today() - dt.timedelta(days=30),
            )
        )
    return add_page(parent, page, live=live)


def roadmap(
    parent: Page,
    milestones: list[tuple[str, str, list[str]]] | None = None,
    *,
    live: bool = True,
    **kw,
) -> RoadmapPage:
    """A roadmap; ``milestones`` are (title, status, departments)."""
    if milestones is None:
        milestones = [
            ("ETA prediction", "delivered", ["Logistics", "Customer Service"]),
            ("Ticket triage", "in_progress", ["Customer Service"]),
            ("Staff planning", "planned", ["Warehousing"]),
        ]
    page = RoadmapPage(title=kw.pop("title", "AI roadmap"), key="roadmap", **kw)
    today = dt.date.today()
    for i, (title, status, departments) in enumerate(milestones):
        m = RoadmapMilestone(
            title=title,
            key=f"m-{next(_seq)}",
            status=status,
            target_date=today + dt.timedelta(days=90 * (i - 1)),
            delivered_on=today - dt.timedelta(days=60)
            if status == "delivered"
            else None,
        )
        m.departments = [department(d) for d in departments]
        page.milestones.add(m)
    return add_page(parent, page, live=live)


def job(
    parent: Page,
    title: str = "Warehouse Team Lead",
    *,
    live: bool = True,
    team_page: TeamPage | None = None,
    locations: list[Location] | None = None,
    interviewers: list[Person] | None = None,
    stories: list[ImpactStoryPage] | None = None,
    milestones: list[RoadmapMilestone] | None = None,
    data_assets: list[DataAsset] | None = None,
    **kw,
) -> JobPostingPage:
    """A job post that passes the checker unless the test adds AI claims."""
    defaults = {
        "introduction": "<p>You keep our warehouse running.</p>",
        "tasks": "<ul><li>Plan shifts</li><li>Coach the team</li></ul>",
        "profile": "<p>You have led a team before.</p>",
        "offer": "<p>30 days of holiday.</p>",
        "salary_min": Decimal("50000"),
        "salary_max": Decimal("62000"),
        "apply_url": "https://jobs.example.com/apply/1",
        "key": f"job-{next(_seq)}",
    }
    page = JobPostingPage(title=title, team=team_page, **{**defaults, **kw})
    if locations is not None:
        page.locations = locations
    for p in interviewers or ():
        page.interviewer_links.add(JobInterviewer(person=p))
    for s in stories or ():
        page.story_links.add(JobImpactStory(story=s))
    for m in milestones or ():
        page.milestone_links.add(JobMilestone(milestone=m))
    for d in data_assets or ():
        page.data_asset_links.add(JobDataAsset(data_asset=d))
    return add_page(parent, page, live=live)


def german_team(
    home, *, role_de: str = "", bio: str = "Built our first forecasting models."
):
    """A team with a lead who has an English bio, and its German translation
    (people are not translated); ``role_de`` translates the lead's role."""
    source = team(
        home,
        "Data Science",
        members=[("Dr. Anna Weber", "Head of Data Science", True, True)],
    )
    person = source.members.first().person
    person.bio = bio
    person.save()
    german = translate(source, "de", title="Data Science DE")
    if role_de:
        member = german.members.first()
        member.role = role_de
        member.save()
        german = publish(german)
    return source, german


def community_page(parent: Page, **kw) -> CommunityPage:
    return add_page(parent, CommunityPage(title="Community", key="community", **kw))


def activity(kind: str = "hackathon", *, live: bool = True, **kw) -> CommunityActivity:
    obj = CommunityActivity(
        kind=kind,
        title=kw.pop("title", f"Hack Days {next(_seq)}"),
        date=kw.pop("date", dt.date.today() - dt.timedelta(days=100)),
        url=kw.pop("url", "https://example.com/hack"),
        locale=locale(kw.pop("language", "en")),
        live=False,
        **kw,
    )
    obj.save()
    revision = obj.save_revision()
    if live:
        revision.publish()
        obj.refresh_from_db()
    return obj


def _snippet(model, *, live: bool = True, language: str = "en", **fields):
    obj = model(locale=locale(language), live=False, **fields)
    obj.save()
    revision = obj.save_revision()
    if live:
        revision.publish()
        obj.refresh_from_db()
    return obj


def data_asset(name: str = "Shipment events", **kw) -> DataAsset:
    return _snippet(DataAsset, name=name, key=kw.pop("key", f"d-{next(_seq)}"), **kw)


def resource(kind: str = "compute", **kw) -> Resource:
    return _snippet(
        Resource,
        kind=kind,
        description=kw.pop("description", "A shared GPU pool"),
        key=kw.pop("key", f"r-{next(_seq)}"),
        **kw,
    )


def recognition(title: str = "Logistics AI Award", **kw) -> Recognition:
    return _snippet(
        Recognition,
        title=title,
        date=kw.pop("date", dt.date.today() - dt.timedelta(days=200)),
        url=kw.pop("url", "https://example.com/award"),
        key=kw.pop("key", f"rec-{next(_seq)}"),
        **kw,
    )


def hiring_record(system: str = "CV parser", **kw) -> HiringAICompliance:
    return _snippet(
        HiringAICompliance,
        system=system,
        human_oversight=kw.pop(
            "human_oversight", "A recruiter reads every application in full."
        ),
        reviewed_on=kw.pop("reviewed_on", dt.date.today() - dt.timedelta(days=30)),
        reviewer=kw.pop("reviewer", "Works council"),
        key=kw.pop("key", f"hai-{next(_seq)}"),
        **kw,
    )


def user(username: str = "", *, superuser: bool = False, groups: tuple[str, ...] = ()):
    User = get_user_model()
    username = username or f"user{next(_seq)}"
    u = User.objects.create_user(
        username=username,
        email=f"{username}@example.com",
        password="pw",
        is_superuser=superuser,
        is_staff=superuser,
    )
    for name in groups:
        u.groups.add(Group.objects.get(name=name))
    return u
