"""Site-wide URLs for crawlers: sitemap.xml and robots.txt."""

from collections import defaultdict

from django.urls import path
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.models import Page

from careers.models import CareersIndexPage
from careers.selectors.pages import sitemap_pages

from . import views


class CareersSitemap(Sitemap):
    """Every live, public page of the site in every language, with hreflang
    alternates between translations, and each careers home's job listing.
    Expired jobs, drafts and private pages are left out."""

    def items(self):
        if not hasattr(self, "_page_list"):
            root = self.get_wagtail_site().root_page
            roots = Page.objects.filter(translation_key=root.translation_key)
            self._page_list = list(sitemap_pages(roots))
        return self._page_list

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        homes = set(
            CareersIndexPage.objects.filter(pk__in=[p.pk for p in pages]).values_list(
                "pk", flat=True
            )
        )
        versions = defaultdict(list)
        for p in self.items():
            versions[p.translation_key].append(p)
        urls = []
        for p in pages:
            suffixes = ["", "jobs/"] if p.pk in homes else [""]
            for suffix in suffixes:
                urls.append(self.url_info(p, versions[p.translation_key], suffix))
        lastmods = [u["lastmod"] for u in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls

    def url_info(self, page: Page, versions: list[Page], suffix: str) -> dict:
        alternates = []
        if len(versions) > 1:
            alternates = [
                {
                    "lang_code": v.locale.language_code,
                    "location": f"{v.get_full_url(self.request)}{suffix}",
                }
                for v in versions
            ]
        return {
            "item": page,
            "location": f"{page.get_full_url(self.request)}{suffix}",
            "lastmod": page.last_published_at or page.latest_revision_created_at,
            "alternates": alternates,
        }


urlpatterns = [
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {"careers": CareersSitemap}},
        name="careers_sitemap",
    ),
    path("robots.txt", views.robots_txt, name="robots_txt"),
]
