"""The careers module's URLs outside the page tree: the API, the feeds and
the organisation's brand stylesheet (the careers pages link it).
Mount at the site root, before Wagtail's page URLs:

    path("", include("careers.urls")),

``careers.site_urls`` (sitemap.xml and robots.txt for the whole site) is a
separate, optional include: a host may have its own, or use
wagtail.contrib.sitemaps, which lists the careers pages too."""

from django.urls import include, path

from .brand_views import brand_stylesheet

urlpatterns = [
    path("api/v1/", include("careers.api.urls")),
    path("feeds/", include("careers.api.feed_urls")),
    path(
        "careers/brand-<slug:version>.css",
        brand_stylesheet,
        name="careers_brand_css",
    ),
]
