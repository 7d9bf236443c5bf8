"""The host site's URLs, plus uploaded media served as a web server in front
would serve them in production (with a cache lifetime), so that a measured
page loads its images: Django serves media itself only with DEBUG on."""

from django.conf import settings
from django.urls import re_path
from django.views.decorators.cache import cache_control
from django.views.static import serve

from config.urls import urlpatterns as host_urlpatterns

media = cache_control(public=True, max_age=30 * 24 * 3600)(serve)

urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", media, {"document_root": settings.MEDIA_ROOT}),
    *host_urlpatterns,
]
