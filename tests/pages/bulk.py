"""Many job posts fast: rows written straight into Wagtail's tree (paths,
depth, url_path), without revisions, checks or search indexing. For query
counts only; every row is a live, public, open job. The content version
changes with them, as a publish changes it (what is kept per version, such
as the number of open jobs, is then read again)."""

import datetime as dt

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from careers import versioning
from careers.models import JobPostingPage, Location, TeamPage

BATCH = 100


def bulk_jobs(
    parent: Page,
    n: int,
    *,
    team: TeamPage | None = None,
    locations: list[Location] = (),
    prefix: str = "bulk",
) -> list[int]:
    """Add ``n`` live job posts under ``parent``; returns their ids."""
    parent.refresh_from_db()
    last = parent.get_last_child()
    start = last._get_lastpos_in_path() if last else 0
    content_type = ContentType.objects.get_for_model(JobPostingPage)
    now = timezone.now()
    pages = []
    for i in range(1, n + 1):
        slug = f"{prefix}-{start + i}"
        published = now - dt.timedelta(minutes=i)
        pages.append(
            Page(
                title=f"Bulk job {start + i}",
                draft_title=f"Bulk job {start + i}",
                slug=slug,
                path=Page._get_path(parent.path, parent.depth + 1, start + i),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{slug}/",
                content_type=content_type,
                locale_id=parent.locale_id,
                live=True,
                first_published_at=published,
                last_published_at=published,
            )
        )
    pages = Page.objects.bulk_create(pages, batch_size=BATCH)
    if any(p.pk is None for p in pages):
        paths = [p.path for p in pages]
        pages = list(Page.objects.filter(path__in=paths).order_by("path"))
    jobs = [
        JobPostingPage(
            page_ptr_id=p.pk,
            key=f"{prefix}-{p.pk}",
            team=team,
            introduction="<p>A job created in bulk.</p>",
            salary_min=50000,
            salary_max=60000,
        )
        for p in pages
    ]
    fields = list(JobPostingPage._meta.local_concrete_fields)
    for i in range(0, len(jobs), BATCH):
        JobPostingPage._base_manager._insert(jobs[i : i + BATCH], fields=fields)
    through = JobPostingPage.locations.through
    through.objects.bulk_create(
        [
            through(jobpostingpage_id=p.pk, location_id=loc.pk)
            for p in pages
            for loc in locations
        ],
        batch_size=500,
    )
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + n)
    versioning.bump(versioning.JOBS)
    return [p.pk for p in pages]
