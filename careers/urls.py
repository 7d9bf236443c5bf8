"""The careers module's own URLs, outside the page tree (mount at the site root)."""

from django.urls import include, path

urlpatterns = [
    path("api/v1/", include("careers.api.urls")),
    path("feeds/", include("careers.api.feed_urls")),
    path("", include("careers.site_urls")),
]
