"""Every careers page as stored, with what the claim checker reads of it."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import prefetch_related_objects
from wagtail.models import Page

from careers.citations import citations_prefetch
from careers.models import EVIDENCE_LINKS, JobPostingPage
from careers.models.pages_base import CareersBasePage

#: What the checker reads of the evidence a job post links, beyond the
#: evidence itself.
READ_OF_EVIDENCE = {"story": "__metrics", "milestone": "__departments"}

#: A job post's links to evidence, prefetched for the checker.
JOB_LINKS = (
    "team__members__person",
    *(
        f"{kind.relation}__{kind.target}{READ_OF_EVIDENCE.get(kind.target, '')}"
        for kind in EVIDENCE_LINKS
    ),
)


def careers_page_models() -> list[type[CareersBasePage]]:
    from django.apps import apps

    return [
        m
        for m in apps.get_app_config("careers").get_models()
        if issubclass(m, CareersBasePage)
    ]


def careers_pages(*, ids: Iterable[int] | None = None) -> list[CareersBasePage]:
    """Every careers page (or those with ``ids``) as stored: the live version
    of live pages, the latest draft of the others (Wagtail keeps drafts of
    unpublished pages in the page row). A fixed number of queries."""
    models = [m for m in careers_page_models() if m is not JobPostingPage]
    others = Page.objects.type(*models).select_related("locale")
    jobs = JobPostingPage.objects.select_related("locale", "team")
    if ids is not None:
        ids = list(ids)
        others, jobs = others.filter(pk__in=ids), jobs.filter(pk__in=ids)
    pages = list(others.specific()) + list(jobs.prefetch_related(*JOB_LINKS))
    prefetch_related_objects(pages, citations_prefetch())
    return sorted(pages, key=lambda p: (p.locale.language_code, p.path))
