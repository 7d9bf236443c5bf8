"""The job change log: written when jobs are published, unpublished, deleted,
moved, made private or pass their valid-through date; read by the change feed.

Consumers only ever hear of jobs that were public: a tombstone is logged only
for a job whose last entry is an upsert, and upserts only for public jobs."""

import base64
import binascii
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Max, QuerySet
from django.utils import timezone

from careers.models import JobChange, JobPostingPage
from careers.selectors import open_jobs

from .errors import InvalidCursor

Kind, Reason = JobChange.Kind, JobChange.Reason


def _last_entries(page_ids: Iterable[int]) -> dict[int, JobChange]:
    last: dict[int, JobChange] = {}
    for change in JobChange.objects.filter(page_id__in=set(page_ids)).order_by("pk"):
        last[change.page_id] = change
    return last


def _log(job: JobPostingPage, kind: str, reason: str, at=None) -> JobChange:
    return _log_entry(job.pk, job.key, job.locale.language_code, kind, reason, at)


def _log_entry(page_id, key, language, kind, reason, at=None) -> JobChange:
    return JobChange.objects.create(
        kind=kind,
        reason=reason,
        page_id=page_id,
        job_key=key,
        language=language,
        at=at or timezone.now(),
    )


def record_upserts(*, jobs: Iterable[JobPostingPage], reason: str) -> None:
    """Log the jobs that are open now; a job whose key changed gets a tombstone
    for its old key first."""
    jobs = list(jobs)
    visible = set(
        open_jobs().filter(pk__in=[j.pk for j in jobs]).values_list("pk", flat=True)
    )
    last = _last_entries(visible)
    for job in jobs:
        if job.pk not in visible:
            continue
        before = last.get(job.pk)
        if before and before.kind == Kind.UPSERT and before.job_key != job.key:
            _log_entry(
                job.pk, before.job_key, before.language, Kind.TOMBSTONE, Reason.DELETED
            )
        _log(job, Kind.UPSERT, reason)


def record_tombstones(*, jobs: Iterable[JobPostingPage], reason: str, at=None) -> None:
    """Log that these jobs left the public site (only those consumers know of;
    a deletion is logged even after an unpublish, as the final word)."""
    jobs = list(jobs)
    last = _last_entries(j.pk for j in jobs)
    for job in jobs:
        before = last.get(job.pk)
        known = before is not None and before.kind == Kind.UPSERT
        final = before is not None and reason == Reason.DELETED != before.reason
        if known or final:
            _log(job, Kind.TOMBSTONE, reason, at)


def sweep_expired() -> None:
    """Tombstones for jobs past their valid-through date that the scheduler
    has not unpublished yet."""
    now = timezone.now()
    due = JobPostingPage.objects.filter(
        live=True, expired=False, expire_at__lte=now
    ).select_related("locale")
    for job in due:
        record_tombstones(jobs=[job], reason=Reason.EXPIRED, at=job.expire_at)


# -- reading ---------------------------------------------------------------


def encode_cursor(position: int) -> str:
    return base64.urlsafe_b64encode(f"c1:{position}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    """The log position in ``cursor``; ``InvalidCursor`` when it is not one
    of ours."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        version, _sep, number = raw.partition(":")
        if (
            version == "c1"
            and number.isascii()
            and number.isdigit()
            and len(number) <= 18
        ):
            return int(number)
    except (binascii.Error, ValueError, UnicodeDecodeError):
        pass
    raise InvalidCursor(cursor)


@dataclass
class ChangePage:
    changes: list[tuple[JobChange, JobPostingPage | None]]
    position: int
    has_more: bool


def latest_position() -> int:
    return JobChange.objects.aggregate(top=Max("pk"))["top"] or 0


def changes_since(*, position: int, limit: int, jobs: QuerySet) -> ChangePage:
    """What changed after ``position``, one entry per job version (its latest
    state), in log order; ``jobs`` are the open jobs, prefetched for output."""
    sweep_expired()
    rows = list(JobChange.objects.filter(pk__gt=position).order_by("pk")[: limit + 1])
    has_more = len(rows) > limit
    rows = rows[:limit]
    latest: dict[tuple[str, str], JobChange] = {}
    for row in rows:
        latest.pop((row.job_key, row.language), None)
        latest[(row.job_key, row.language)] = row
    keys = {key for key, _lang in latest}
    open_now = {(j.key, j.locale.language_code): j for j in jobs.filter(key__in=keys)}
    changes = [(row, open_now.get(ident)) for ident, row in latest.items()]
    end = rows[-1].pk if rows else max(position, 0)
    return ChangePage(changes=changes, position=end, has_more=has_more)
