"""Site-wide URLs for crawlers, an optional include: sitemap.xml and robots.txt."""

from django.urls import path

from . import views
from .sitemap import sitemap_view

urlpatterns = [
    path("sitemap.xml", sitemap_view, name="careers_sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
]
