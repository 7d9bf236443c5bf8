"""Builds the demo company in English and German. Idempotent: everything is
found by its reference id first and only created when missing."""

import datetime as dt
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from careers import models
from careers.languages import content_languages

from . import content, images
from .jobs import COMMUNITY, HOME, JOBS, ROADMAP

#: The languages the demo is written in; it is built in those the site has.
LANGUAGES = ("en", "de")


def demo_languages() -> tuple[str, ...]:
    """The demo's languages among the site's content languages (English
    always: the German pages are translations of the English ones)."""
    return ("en", *(code for code in LANGUAGES[1:] if code in content_languages()))


def _intro(lang: str) -> dict:
    """The careers home without its AI story, which goes live once the
    evidence behind it has."""
    return {k: v for k, v in HOME[lang].items() if k != "ai_story"}


class DemoLoader:
    """``parent``: the page to build under, touching no Site and no other
    page. Without it the demo becomes the default site at ``address``
    (hostname, port), replacing Wagtail's "Welcome" placeholder."""

    def __init__(
        self,
        *,
        parent: Page | None = None,
        address: tuple[str, int] = ("127.0.0.1", 8000),
        today: dt.date | None = None,
        log=print,
    ) -> None:
        self.today = today or timezone.localdate()
        self.log = log
        self.parent = parent
        self.address = address
        self.languages = demo_languages()
        self.locales = {
            code: Locale.objects.get_or_create(language_code=code)[0]
            for code in self.languages
        }
        self.created = 0

    def days_ago(self, days: int) -> dt.date:
        return self.today - dt.timedelta(days=days)

    @transaction.atomic
    def run(self) -> dict[str, models.CareersIndexPage]:
        self.departments = self.load_departments()
        self.locations = self.load_locations()
        self.people = self.load_people()
        homes = self.load_homes()
        self.teams = self.load_teams(homes)
        self.stories = self.load_stories(homes)
        self.milestones = self.load_roadmap(homes)
        self.load_community(homes)
        self.snippets = self.load_snippets()
        self.load_settings(homes["en"])
        self.load_careers_pages(homes)
        self.load_look(homes)
        self.load_jobs(homes)
        for lang, home in homes.items():  # last: the AI story needs the evidence
            if not home.ai_story:
                home.ai_story = HOME[lang]["ai_story"]
                home.save_revision().publish()
        self.log(f"Demo content ready ({self.created} objects created).")
        return homes

    # shared lists ---------------------------------------------------------

    def load_departments(self) -> dict[str, models.Department]:
        return {
            name: models.Department.objects.get_or_create(
                name=name, defaults={"name_de": de}
            )[0]
            for name, de in content.DEPARTMENTS
        }

    def load_locations(self) -> dict[str, models.Location]:
        found = {}
        for (
            key,
            name,
            name_de,
            street,
            code,
            city,
            region,
            country,
        ) in content.LOCATIONS:
            found[key], created = models.Location.objects.get_or_create(
                name=name,
                defaults={
                    "name_de": name_de,
                    "street_address": street,
                    "postal_code": code,
                    "city": city,
                    "region": region,
                    "country": models.Country.objects.get(code=country),
                },
            )
            self.created += created
        return found

    def load_people(self) -> dict[str, models.Person]:
        found = {}
        for key, (name, title, bio) in content.PEOPLE.items():
            person = models.Person.objects.filter(name=name).first()
            if person is None:
                photo = images.wagtail_image(
                    f"Portrait {name}", images.portrait(name), alt=f"Portrait of {name}"
                )
                person = models.Person.objects.create(
                    name=name, job_title=title, bio=bio, photo=photo
                )
                self.created += 1
            found[key] = person
        return found

    # pages -----------------------------------------------------------------

    def page(self, model, key: str, lang: str):
        return model.objects.filter(key=key, locale=self.locales[lang]).first()

    def add(
        self,
        parent: Page,
        page: Page,
        *,
        source: Page | None = None,
        live=True,
        lang: str | None = None,
    ):
        """Add ``page`` under ``parent`` (as the translation of ``source``), in
        ``lang``, else in the parent's language."""
        if source is not None:
            page.translation_key = source.translation_key
        page.locale = self.locales[lang] if lang else parent.locale
        page.live = False
        parent.add_child(instance=page)
        revision = page.save_revision()
        if live:
            revision.publish()
            page.refresh_from_db()
        self.created += 1
        return page

    def translations(self, model, key: str, homes, build, languages=None) -> dict:
        """The page ``key`` in each language (``languages``, else the demo's),
        by language: found, else ``build(lang)`` added under the home of its
        language as the translation of the first language's page."""
        found: dict = {}
        for lang in languages or self.languages:
            page = self.page(model, key, lang)
            if page is None:
                source = next(iter(found.values()), None)
                page = self.add(homes[lang], build(lang), source=source)
            found[lang] = page
        return found

    def keyed_translations(self, model, spec: dict, homes, build) -> dict:
        """``translations`` of the page ``spec`` describes, by (key, language)."""
        pages = self.translations(model, spec["key"], homes, build)
        return {(spec["key"], lang): page for lang, page in pages.items()}

    def banner(self, title: str, spec: dict, alt: str):
        """The listing image of the page ``spec`` describes (found or made)."""
        return images.wagtail_image(title, images.banner(spec["key"]), alt=alt)

    def load_homes(self) -> dict[str, models.CareersIndexPage]:
        """The careers home in each language, side by side under the parent
        (or the tree's root, when the demo is the site)."""
        en = self.page(models.CareersIndexPage, "careers-home", "en")
        if en is None:
            hero = images.wagtail_image(
                "Nordhafen harbour", images.banner("Nordhafen"), alt="Nordhafen"
            )
            home = models.CareersIndexPage(
                key="careers-home", slug="careers", image=hero, **_intro("en")
            )
            en = self.add(self.parent or self.empty_root(), home, lang="en")
        if self.parent is None:
            self.make_default_site(en)
        homes = {"en": en}
        for lang, slug in (("de", "karriere"),):
            if lang not in self.languages:
                continue
            home = self.page(models.CareersIndexPage, "careers-home", lang)
            if home is None:
                home = self.add(
                    en.get_parent(),
                    models.CareersIndexPage(
                        key="careers-home", slug=slug, image=en.image, **_intro(lang)
                    ),
                    source=en,
                    lang=lang,
                )
            homes[lang] = home
        return homes

    def empty_root(self) -> Page:
        """The tree's root without Wagtail's "Welcome" placeholder (a plain
        page with no children); the command checked there is nothing else."""
        for page in Page.get_first_root_node().get_children().type(Page):
            if type(page.specific) is Page and page.is_leaf():
                page.delete()
        return Page.get_first_root_node()  # read again: its child count changed

    def make_default_site(self, home: models.CareersIndexPage) -> None:
        site = Site.objects.filter(is_default_site=True).first() or Site()
        site.hostname, site.port = self.address
        site.root_page, site.is_default_site = home, True
        site.site_name = content.ORGANISATION["name"]
        site.save()

    def load_teams(self, homes) -> dict[tuple[str, str], models.TeamPage]:
        found = {}
        for spec in content.TEAMS:
            title = spec["en"]["title"]
            banner = self.banner(f"Team {title}", spec, alt=title)

            def build(lang, spec=spec, banner=banner):
                page = models.TeamPage(
                    key=spec["key"],
                    slug=spec["slug"],
                    department=self.departments[spec["department"]],
                    headcount=spec["headcount"],
                    image=banner,
                    **spec[lang],
                )
                for person, role, lead, interviewer in spec["members"]:
                    page.members.add(
                        models.TeamMember(
                            person=self.people[person],
                            role=content.ROLES_DE.get(role, role)
                            if lang == "de"
                            else role,
                            technical_lead=lead,
                            interviewer=interviewer,
                        )
                    )
                return page

            found.update(self.keyed_translations(models.TeamPage, spec, homes, build))
        return found

    def load_stories(self, homes) -> dict[tuple[str, str], models.ImpactStoryPage]:
        found = {}
        for spec in content.STORIES:
            banner = self.banner(f"Story {spec['product']}", spec, alt=spec["product"])

            def build(lang, spec=spec, banner=banner):
                page = models.ImpactStoryPage(
                    key=spec["key"],
                    slug=spec["slug"],
                    product=spec.get(f"product_{lang}", spec["product"]),
                    technique=spec.get(f"technique_{lang}", spec["technique"]),
                    in_production_since=self.days_ago(spec["in_production_days_ago"]),
                    decision_support=spec["decision_support"],
                    team=self.teams[spec["team"], lang],
                    image=banner,
                    **spec[lang],
                )
                names = spec.get(f"metric_names_{lang}", [])
                for n, row in enumerate(spec["metrics"]):
                    name, baseline, value, unit, measured = row
                    page.metrics.add(
                        models.ImpactMetric(
                            name=names[n] if n < len(names) else name,
                            baseline=Decimal(baseline),
                            value=Decimal(value),
                            unit=unit,
                            measured_on=self.days_ago(measured),
                        )
                    )
                return page

            found.update(
                self.keyed_translations(models.ImpactStoryPage, spec, homes, build)
            )
        return found

    def load_roadmap(self, homes) -> dict[tuple[str, str], models.RoadmapMilestone]:

        def build(lang):
            page = models.RoadmapPage(key="roadmap", slug="ai-roadmap", **ROADMAP[lang])
            for row in content.MILESTONES:
                page.milestones.add(self.milestone(row, lang))
            return page

        self.translations(models.RoadmapPage, "roadmap", homes, build)
        return {
            (m.key, lang): m
            for lang in self.languages
            for m in models.RoadmapMilestone.objects.filter(
                roadmap__locale=self.locales[lang], roadmap__key="roadmap"
            )
        }

    def milestone(self, row, lang: str) -> models.RoadmapMilestone:
        key, status, departments, target, delivered, owner, t_en, t_de, d_en, d_de = row
        m = models.RoadmapMilestone(
            key=key,
            status=status,
            title=t_de if lang == "de" else t_en,
            description=d_de if lang == "de" else d_en,
            target_date=self.today + dt.timedelta(days=target),
            delivered_on=self.days_ago(delivered) if delivered is not None else None,
            owner_team=self.teams[owner, lang],
        )
        m.departments = [self.departments[d] for d in departments]
        return m

    def load_community(self, homes) -> None:
        self.translations(
            models.CommunityPage,
            "community",
            homes,
            lambda lang: models.CommunityPage(
                key="community", slug="community", **COMMUNITY[lang]
            ),
        )
        for key, kind, days, url, partner, t_en, t_de in content.ACTIVITIES:
            self.snippet(
                models.CommunityActivity,
                key,
                {"en": {"title": t_en}, "de": {"title": t_de}},
                kind=kind,
                date=self.days_ago(days),
                url=url,
                partner=partner,
            )

    # snippets --------------------------------------------------------------

    def snippet(self, model, key: str, texts: dict[str, dict], **fields) -> dict:
        """A publishable snippet in both languages, the German one a translation."""
        found, source = {}, None
        for lang in self.languages:
            obj = model.objects.filter(key=key, locale=self.locales[lang]).first()
            if obj is None:
                obj = model(
                    key=key,
                    locale=self.locales[lang],
                    live=False,
                    **fields,
                    **texts[lang],
                )
                if source is not None:
                    obj.translation_key = source.translation_key
                obj.save()
                obj.save_revision().publish()
                self.created += 1
            found[lang] = source = obj
        return found

    def load_snippets(self) -> dict[tuple[str, str], object]:
        found = {}
        for key, name, name_de, desc, desc_de, volume, access in content.DATA_ASSETS:
            volume_de, access_de = content.DATA_ASSETS_DE.get(key, (volume, access))
            texts = {
                "en": {
                    "name": name,
                    "description": desc,
                    "volume": volume,
                    "access": access,
                },
                "de": {
                    "name": name_de,
                    "description": desc_de,
                    "volume": volume_de,
                    "access": access_de,
                },
            }
            for lang, obj in self.snippet(models.DataAsset, key, texts).items():
                found[key, lang] = obj
        for key, kind, desc, desc_de in content.RESOURCES:
            texts = {"en": {"description": desc}, "de": {"description": desc_de}}
            for lang, obj in self.snippet(
                models.Resource, key, texts, kind=kind
            ).items():
                found[key, lang] = obj
        for key, system, oversight, days, reviewer, url in content.HIRING_AI:
            system_de, oversight_de = content.HIRING_AI_DE.get(key, (system, oversight))
            texts = {
                "en": {"system": system, "human_oversight": oversight},
                "de": {"system": system_de, "human_oversight": oversight_de},
            }
            self.snippet(
                models.HiringAICompliance,
                key,
                texts,
                reviewed_on=self.days_ago(days),
                reviewer=reviewer,
                url=url,
            )
        for key, kind, days, title, title_de, issuer, url in content.RECOGNITIONS:
            texts = {"en": {"title": title}, "de": {"title": title_de}}
            self.snippet(
                models.Recognition,
                key,
                texts,
                kind=kind,
                date=self.days_ago(days),
                issuer=issuer,
                url=url,
            )
        return found

    def load_settings(self, home: models.CareersIndexPage) -> None:
        site = home.get_site()
        if site is None:  # built under a page that no site serves
            return
        profile = models.OrganisationProfile.for_site(site)
        if not profile.name:
            profile.name = content.ORGANISATION["name"]
            profile.website = content.ORGANISATION["website"]
            profile.claimed_maturity = content.ORGANISATION["claimed_maturity"]
            profile.save()

    def load_look(self, homes) -> None:
        """Logo, brand colour, favicon, hero and footer with the legal pages."""
        profile = models.OrganisationProfile.for_site(homes["en"].get_site())
        if profile.logo_id:
            return
        legal = {}
        for spec in content.LEGAL_PAGES:
            pages = self.translations(
                models.CareersPage,
                spec["key"],
                homes,
                lambda lang, spec=spec: models.CareersPage(
                    key=spec["key"], **spec[lang]
                ),
                languages=LANGUAGES,
            )
            legal[spec["role"]] = pages["en"]
        mark = images.logo(content.ORGANISATION["name"], (15, 91, 115))
        profile.logo = images.wagtail_image("Nordhafen logo", mark, alt="")
        profile.favicon = profile.logo
        profile.default_hero = homes["en"].image
        for name, value in content.LOOK.items():
            setattr(profile, name, value)
        profile.imprint_page = legal["imprint_page"]
        profile.privacy_page = legal["privacy_page"]
        profile.full_clean()
        profile.save()

    def load_careers_pages(self, homes) -> None:
        for spec in content.CAREERS_PAGES:
            self.translations(
                models.CareersPage,
                spec["key"],
                homes,
                lambda lang, spec=spec: models.CareersPage(
                    key=spec["key"], slug=spec["slug"], **spec[lang]
                ),
            )

    # jobs ------------------------------------------------------------------

    def load_jobs(self, homes) -> None:
        for age, spec in enumerate(JOBS):
            source = None
            for lang in self.languages:
                if lang not in spec:
                    continue
                page = self.page(models.JobPostingPage, spec["key"], lang)
                if page is None:
                    page = self.add_job(
                        spec, lang, homes[lang], source, posted=3 + 4 * age
                    )
                source = page

    def add_job(
        self, spec, lang, parent, source, *, posted: int
    ) -> models.JobPostingPage:
        salary_min, salary_max = spec["salary"]
        team = self.teams.get((spec.get("team"), lang))
        page = models.JobPostingPage(
            key=spec["key"],
            slug=spec["slug"],
            team=team,
            workplace_type=spec["workplace"],
            employment_type=spec["employment"],
            salary_min=Decimal(salary_min),
            salary_max=Decimal(salary_max),
            salary_currency=spec.get("salary_currency", "EUR"),
            salary_period=spec.get("salary_period", "YEAR"),
            is_ai_role=spec.get("ai", False),
            requisition_id=spec.get("requisition", ""),
            learning_budget=spec.get("learning_budget"),
            research_time_percent=spec.get("research_time"),
            ai_influence=spec.get("ai_influence", ""),
            apply_url=f"https://nordhafen.example/apply/{spec['key']}",
            first_published_at=timezone.now() - dt.timedelta(days=posted),
            **spec[lang],
        )
        if "expires_days" in spec:
            page.expire_at = timezone.now() + dt.timedelta(days=spec["expires_days"])
        page.locations = [self.locations[k] for k in spec.get("locations", ())]
        page.applicant_countries = list(
            models.Country.objects.filter(code__in=spec.get("countries", ()))
        )
        self.link_evidence(page, spec.get("links", {}), lang)
        page = self.add(parent, page, source=source, live=not spec.get("draft"))
        if page.expire_at and page.expire_at < timezone.now():
            page.unpublish(set_expired=True)
        return page

    def link_evidence(
        self, page: models.JobPostingPage, links: dict, lang: str
    ) -> None:
        for key in links.get("interviewers", ()):
            page.interviewer_links.add(models.JobInterviewer(person=self.people[key]))
        for key in links.get("stories", ()):
            page.story_links.add(models.JobImpactStory(story=self.stories[key, lang]))
        for key in links.get("milestones", ()):
            page.milestone_links.add(
                models.JobMilestone(milestone=self.milestones[key, lang])
            )
        for key in links.get("data_assets", ()):
            page.data_asset_links.add(
                models.JobDataAsset(data_asset=self.snippets[key, lang])
            )
        for key in links.get("resources", ()):
            page.resource_links.add(
                models.JobResource(resource=self.snippets[key, lang])
            )
