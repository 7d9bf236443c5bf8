"""The change feed's entries."""

from rest_framework import serializers

from careers.models import JobChange

from .context import ApiContext
from .jobs import JobSerializer

REASONS = [*JobChange.Reason.values, "unavailable"]


class ChangeSerializer(serializers.Serializer):
    type = serializers.ChoiceField(choices=JobChange.Kind.values)
    id = serializers.CharField()
    language = serializers.CharField()
    reason = serializers.ChoiceField(choices=REASONS)
    at = serializers.DateTimeField()
    job = JobSerializer(
        allow_null=True,
        help_text="The job as it is now (upserts); null for tombstones.",
    )


class ChangeFeedSerializer(serializers.Serializer):
    since = serializers.CharField(allow_null=True)
    next = serializers.CharField(help_text="Pass as `since` on the next call.")
    has_more = serializers.BooleanField()
    changes = ChangeSerializer(many=True)


def change_dicts(rows: list[tuple[JobChange, object]], ctx: ApiContext) -> list[dict]:
    """The latest state of each job version: an upsert with the job when it is
    open now, else a tombstone. The jobs are serialized as one list (one set
    of serializer fields for all of them)."""
    jobs = [job for _row, job in rows if job is not None]
    data = iter(JobSerializer(jobs, many=True, context={"api": ctx}).data)
    return [
        _change(row, job, next(data) if job is not None else None) for row, job in rows
    ]


def _change(row: JobChange, job, data: dict | None) -> dict:
    if job is not None:
        kind, reason = JobChange.Kind.UPSERT, row.reason
        if row.kind == JobChange.Kind.TOMBSTONE:
            reason = JobChange.Reason.PUBLISHED
    else:
        kind = JobChange.Kind.TOMBSTONE
        reason = row.reason if row.kind == JobChange.Kind.TOMBSTONE else "unavailable"
    return {
        "type": kind,
        "id": row.job_key,
        "language": row.language,
        "reason": reason,
        "at": row.at.isoformat(),
        "job": data,
    }
