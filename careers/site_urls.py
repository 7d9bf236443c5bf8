"""Site-wide URLs for crawlers: sitemap.xml and robots.txt."""

from django.urls import path

from . import views
from .brand_views import brand_stylesheet
from .sitemap import sitemap_view

urlpatterns = [
    path("sitemap.xml", sitemap_view, name="careers_sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path(
        "careers/brand-<slug:version>.css",
        brand_stylesheet,
        name="careers_brand_css",
    ),
]
