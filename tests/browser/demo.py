"""A demo-like careers site for the browser tests and screenshots, built
through the real Wagtail tree: every page type, English and German, images,
AI claims backed by published evidence, an expired job."""

import datetime as dt
import os
from dataclasses import dataclass

from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page

from careers.models import CareersPage, OrganisationProfile
from tests import factories

#: The page types of the demo every browser test visits (keys of Demo.urls).
PAGE_TYPES = (
    "home",
    "listing",
    "job",
    "remote_job",
    "team",
    "roadmap",
    "story",
    "community",
    "careers_page",
    "search",
    "accessibility",
    "home_de",
    "listing_de",
    "job_de",
)


@dataclass
class Demo:
    urls: dict[str, str]
    expired_url: str


def image(title: str, colour: str, size=(1200, 675)):
    return get_image_model().objects.create(
        title=title,
        file=get_test_image_file(f"{title.lower()}.png", colour=colour, size=size),
    )


def organisation(home: Page) -> None:
    site = home.get_site()
    profile = OrganisationProfile.for_site(site)
    profile.name = "Nordhafen Logistik"
    profile.website = "https://nordhafen.example"
    profile.logo = image("Logo", "navy", (400, 400))
    profile.contact_email = "jobs@nordhafen.example"
    profile.footer_text = "Nordhafen Logistik GmbH, Hamburg"
    profile.footer_links = [
        ("link", {"label": "Blog", "url": "https://nordhafen.example/blog"})
    ]
    profile.save()


def build_demo() -> Demo:
    home = factories.careers_site(title="Careers at Nordhafen")
    organisation(home)
    hamburg = factories.location("Hamburg", "DE", street_address="Am Kai 1")
    bremen = factories.location("Bremen", "DE", postal_code="28195")
    team = factories.team(
        home,
        "Data Science",
        key="team-ds",
        summary="We forecast every parcel's journey.",
        image=image("Team", "teal"),
    )
    for member in team.members.all():
        member.person.photo = image(
            member.person.name.split()[-1], "orange", (300, 300)
        )
        member.person.save()
    ops = factories.team(home, "Operations", key="team-ops", members=[])
    roadmap = factories.roadmap(home, title="Roadmap")
    milestones = list(roadmap.milestones.all())
    story = factories.story(
        home,
        "Fewer late deliveries",
        team=team,
        summary="Delivery-time forecasts cut late deliveries.",
        image=image("Story", "purple"),
    )
    factories.activity("hackathon", title="Harbour Hack Days")
    factories.activity(
        "open_source", title="Route optimiser", url="https://github.com/example/route"
    )
    home.intro = "<p>We make parcels arrive on time, all over Northern Germany.</p>"
    home.ai_story = (
        "<p>We use <b>machine learning</b> to predict delivery times in all hubs. "
        "It cut late deliveries by 30 %.</p>"
        "<p>Next year we will bring a language model to our service desk.</p>"
    )
    factories.publish(home)
    data = factories.data_asset("Shipment events", volume="2 billion events")
    people = [m.person for m in team.members.all()]
    ml_job = factories.job(
        home,
        "Machine Learning Engineer",
        team_page=team,
        is_ai_role=True,
        workplace_type="hybrid",
        locations=[hamburg],
        interviewers=people,
        stories=[story],
        milestones=milestones,
        data_assets=[data],
        introduction=(
            "<p>Our machine learning models forecast the delivery time "
            "of every parcel.</p>"
        ),
        data_access="Shipment events from all hubs, pseudonymised.",
        resources="A shared pool of GPUs.",
        learning_budget=2000,
        research_time_percent=10,
        career_paths="Staff engineer or team lead, at your pace.",
        ai_influence="shapes",
        expire_at=timezone.now() + dt.timedelta(days=60),
    )
    remote = factories.job(
        home,
        "Remote Dispatcher",
        team_page=ops,
        workplace_type="remote",
        employment_type="PART_TIME",
    )
    remote.applicant_countries.set(
        factories.Country.objects.filter(code__in=["DE", "AT"])
    )
    factories.publish(remote)
    factories.job(home, "Warehouse Team Lead", team_page=ops, locations=[bremen])
    expired = factories.job(home, "Forklift Driver", team_page=ops, locations=[bremen])
    from careers.models import JobPostingPage

    JobPostingPage.objects.filter(pk=expired.pk).update(
        live=False, expired=True, expire_at=timezone.now() - dt.timedelta(days=2)
    )
    community = factories.community_page(
        home, intro="<p>We give back to the people who taught us.</p>"
    )
    how = factories.add_page(
        home,
        CareersPage(
            title="How we hire",
            key="how-we-hire",
            intro="Three conversations, no trick questions.",
            body="<p>You meet the team you would join.</p>",
        ),
    )
    home_de = factories.translate(home, "de", title="Karriere bei Nordhafen")
    ml_job_de = factories.translate(
        ml_job, "de", title="Machine Learning Engineer (m/w/d)"
    )
    factories.translate(team, "de", title="Data Science")
    factories.translate(community, "de", title="Community")
    factories.job(home_de, "Lagerhelfer:in", team_page=ops, locations=[hamburg])
    urls = {
        "home": home.url,
        "listing": f"{home.url}jobs/",
        "job": ml_job.url,
        "remote_job": remote.url,
        "team": team.url,
        "roadmap": roadmap.url,
        "story": story.url,
        "community": community.url,
        "careers_page": how.url,
        "search": f"{home.url}search/?q=parcel",
        "accessibility": f"{home.url}accessibility/",
        "home_de": home_de.url,
        "listing_de": f"{home_de.url}jobs/",
        "job_de": ml_job_de.url,
    }
    return Demo(urls=urls, expired_url=expired.url)


def load_demo_site() -> Demo:
    """The project's own demo (`manage.py load_demo`), plus a plain careers
    page when the demo has none, so that every page type is there."""
    from django.core.management import call_command

    from careers.models import (
        CareersIndexPage,
        CommunityPage,
        ImpactStoryPage,
        JobPostingPage,
        RoadmapPage,
        TeamPage,
        WorkplaceType,
    )

    call_command("load_demo", "--no-users", stdout=open(os.devnull, "w"))  # noqa: SIM115
    home = CareersIndexPage.objects.get(locale__language_code="en")
    home_de = CareersIndexPage.objects.get(locale__language_code="de")

    def first(model, **filters):
        return model.objects.live().filter(locale=home.locale, **filters).first()

    careers_page = first(CareersPage) or factories.add_page(
        home,
        CareersPage(
            title="How we hire",
            key="how-we-hire",
            intro="Three conversations, no trick questions.",
            body="<p>You meet the team you would join.</p>",
        ),
    )
    job = first(JobPostingPage, is_ai_role=True) or first(JobPostingPage)
    remote = first(JobPostingPage, workplace_type=WorkplaceType.REMOTE) or job
    job_de = job.get_translations().live().filter(locale=home_de.locale).first()
    expired = JobPostingPage.objects.filter(expired=True).first()
    urls = {
        "home": home.url,
        "listing": f"{home.url}jobs/",
        "job": job.url,
        "remote_job": remote.url,
        "team": first(TeamPage).url,
        "roadmap": first(RoadmapPage).url,
        "story": first(ImpactStoryPage).url,
        "community": first(CommunityPage).url,
        "careers_page": careers_page.url,
        "search": f"{home.url}search/?q=data",
        "accessibility": f"{home.url}accessibility/",
        "home_de": home_de.url,
        "listing_de": f"{home_de.url}jobs/",
        "job_de": (job_de or job).url,
    }
    return Demo(urls=urls, expired_url=expired.url if expired else "")
