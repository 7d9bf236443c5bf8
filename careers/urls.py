"""The careers module's URLs outside the page tree: the API and the feeds.
Mount at the site root, before Wagtail's page URLs:

    path("", include("careers.urls")),

``careers.site_urls`` (sitemap.xml and robots.txt for the whole site) is a
separate, optional include: a host may have its own, or use
wagtail.contrib.sitemaps, which lists the careers pages too."""

from django.urls import include, path

urlpatterns = [
    path("api/v1/", include("careers.api.urls")),
    path("feeds/", include("careers.api.feed_urls")),
]
