"""Read paths: each returns everything its output needs in a fixed number of
queries, whatever the number of rows."""

from .jobs import (
    job_search_ids,
    jobs_for_listing,
    localized_jobs,
    open_jobs,
    open_jobs_q,
)

__all__ = [
    "job_search_ids",
    "jobs_for_listing",
    "localized_jobs",
    "open_jobs",
    "open_jobs_q",
]
