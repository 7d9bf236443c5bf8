"""The change feed's entries."""

from dataclasses import dataclass

from rest_framework import serializers

from careers.models import JobChange, JobPostingPage

from .common import IsoDateTimeField
from .jobs import JobSerializer

REASONS = [*JobChange.Reason.values, "unavailable"]


@dataclass(frozen=True)
class Change:
    """The latest state of a job version: an upsert with the job when it is
    open now, else a tombstone."""

    row: JobChange
    job: JobPostingPage | None

    @property
    def type(self) -> str:
        if self.job is None:
            return JobChange.Kind.TOMBSTONE
        return JobChange.Kind.UPSERT

    @property
    def reason(self) -> str:
        tombstoned = self.row.kind == JobChange.Kind.TOMBSTONE
        if self.job is not None:
            return JobChange.Reason.PUBLISHED if tombstoned else self.row.reason
        return self.row.reason if tombstoned else "unavailable"


class ChangeSerializer(serializers.Serializer):
    # From a ``Change``; with ``many=True`` one JobSerializer renders every job.
    type = serializers.ChoiceField(choices=JobChange.Kind.values)
    id = serializers.CharField(source="row.job_key")
    language = serializers.CharField(source="row.language")
    reason = serializers.ChoiceField(choices=REASONS)
    at = IsoDateTimeField(source="row.at")
    job = JobSerializer(
        allow_null=True,
        help_text="The job as it is now (upserts); null for tombstones.",
    )


class ChangeFeedSerializer(serializers.Serializer):
    since = serializers.CharField(allow_null=True)
    next = serializers.CharField(help_text="Pass as `since` on the next call.")
    has_more = serializers.BooleanField()
    changes = ChangeSerializer(many=True)
