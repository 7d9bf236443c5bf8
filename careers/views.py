"""Candidate-facing views that pages delegate to (listing, search)."""

from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse


def job_listing(request: HttpRequest, page) -> HttpResponse:
    return TemplateResponse(request, "careers/job_listing.html", {"page": page})


def site_search(request: HttpRequest, page) -> HttpResponse:
    return TemplateResponse(request, "careers/search.html", {"page": page})


def job_gone(request: HttpRequest, job) -> HttpResponse:
    """410 Gone for an expired job post, with similar open jobs."""
    return TemplateResponse(request, "careers/job_gone.html", {"page": job}, status=410)
