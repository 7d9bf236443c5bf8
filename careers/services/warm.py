"""What a change makes every page compute again, computed once by the
writer right after its transaction has committed, and kept under the new
content version, so that the first page rendered after the change, in any
worker, does not:

- after a job's publish or unpublish, what lists jobs reads: when jobs next
  expire or go live (``versioning.moments``), the hidden sections, and the
  number of open jobs in each language;
- after a change to anything else (evidence, settings, an unpublished or
  moved page), those and the evidence pool every page's claims are checked
  against (``evidence_pool``), the dearest part of a page rendered anew.

Only a head start: a reader that finds nothing kept (Redis down, a change
made some other way) computes the same as before."""

from __future__ import annotations

import threading

from django.db import transaction

from careers import request_memo, versioning
from careers.evidence_pool import evidence_pool
from careers.languages import locales
from careers.selectors.jobs import count_open_jobs

#: This thread's latest change waiting for its commit, and whether a change
#: since the last computation reached beyond jobs.
_waiting = threading.local()


def after_job_change() -> None:
    """Compute them once the current transaction commits (at once outside
    one); a failure there is logged, never the editor's error."""
    _after_commit(site=False)


def after_site_change() -> None:
    """As ``after_job_change``, with the evidence pool."""
    _after_commit(site=True)


def _after_commit(*, site: bool) -> None:
    """Once per transaction, however many changes it makes (an import
    publishes hundreds), and after the last of them: each change's hook
    gives way to a later one's."""
    mark = object()
    _waiting.mark = mark
    _waiting.site = getattr(_waiting, "site", False) or site
    transaction.on_commit(lambda: _compute(mark), robust=True)


def _compute(mark: object) -> None:
    if getattr(_waiting, "mark", None) is not mark:
        return  # a later change's hook computes them
    site, _waiting.site, _waiting.mark = _waiting.site, False, None
    if site:
        compute_site_aggregates()
    else:
        compute_job_aggregates()


def compute_job_aggregates() -> None:
    with request_memo.scope():  # the committed versions, not those read before
        _job_aggregates()


def compute_site_aggregates() -> None:
    with request_memo.scope():
        _job_aggregates()
        evidence_pool()  # kept with the objects it was read from


def _job_aggregates() -> None:
    # Reading the version keeps the moments and the hidden sections.
    version = versioning.current(versioning.JOBS, with_moments=True)
    count_open_jobs(locales().values(), version.token)
