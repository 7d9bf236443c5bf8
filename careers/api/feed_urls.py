"""RSS, Atom and Indeed feeds: /feeds/..."""

from django.urls import path

from .feeds import atom_view, rss_view
from .indeed import indeed_view

urlpatterns = [
    path("jobs.rss", rss_view, name="careers_feed_rss"),
    path("jobs.atom", atom_view, name="careers_feed_atom"),
    path("indeed.xml", indeed_view, name="careers_feed_indeed"),
]
