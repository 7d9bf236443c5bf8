"""REST API v1 (DRF): /api/v1/..."""

from django.urls import path, re_path

from .views.base import not_found
from .views.claims import ClaimsCheckView
from .views.content import (
    CommunityListView,
    RoadmapListView,
    StoryListView,
    TeamListView,
)
from .views.docs import SchemaView, redoc, swagger
from .views.jobs import JobChangesView, JobDetailView, JobListView

urlpatterns = [
    path("jobs/", JobListView.as_view(), name="careers_api_jobs"),
    path("jobs/changes/", JobChangesView.as_view(), name="careers_api_job_changes"),
    path("jobs/<str:key>/", JobDetailView.as_view(), name="careers_api_job"),
    path("teams/", TeamListView.as_view(), name="careers_api_teams"),
    path("roadmap/", RoadmapListView.as_view(), name="careers_api_roadmap"),
    path("stories/", StoryListView.as_view(), name="careers_api_stories"),
    path("community/", CommunityListView.as_view(), name="careers_api_community"),
    path("claims/check", ClaimsCheckView.as_view(), name="careers_api_claims_check"),
    path("schema/", SchemaView.as_view(), name="careers_api_schema"),
    path("docs/", redoc, name="careers_api_docs"),
    path("docs/try/", swagger, name="careers_api_docs_try"),
    re_path(r"^.*$", not_found),
]
