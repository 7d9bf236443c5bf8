"""What a job's publish or unpublish changes for every page that lists jobs,
computed once by the writer right after its transaction has committed: when
jobs next expire or go live (``versioning.moments``) and the number of open
jobs in each language. Both are kept in the cache under the new content
version, so the first listing or job post rendered after the change does
not read every job for them.

Only a head start: a reader that finds nothing kept (another worker's cache,
Redis down, a change made some other way) computes the same as before."""

from __future__ import annotations

from django.db import transaction

from careers import request_memo, versioning
from careers.languages import locales
from careers.selectors.jobs import count_open_jobs


def after_job_change() -> None:
    """Compute them once the current transaction commits (at once outside
    one); a failure there is logged, never the editor's error."""
    transaction.on_commit(compute_job_aggregates, robust=True)


def compute_job_aggregates() -> None:
    request_memo.forget()  # the committed versions, not those read before
    # Reading the version keeps the moments and the hidden sections.
    version = versioning.current(versioning.JOBS, with_moments=True)
    count_open_jobs(locales().values(), version.token)
