"""A host that lists its pages with wagtail.contrib.sitemaps (and not the
careers module's own sitemap)."""

from django.urls import path
from wagtail.contrib.sitemaps.views import sitemap

from config.urls import urlpatterns as site_urlpatterns

urlpatterns = [path("wagtail-sitemap.xml", sitemap), *site_urlpatterns]
