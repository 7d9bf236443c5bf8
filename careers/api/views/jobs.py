"""Jobs: the list, one job, and the change feed."""

from django.http import Http404
from django.utils.translation import gettext as _
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import OpenApiExample, OpenApiParameter
from rest_framework.exceptions import ValidationError
from rest_framework.generics import GenericAPIView
from rest_framework.response import Response

from careers import evidence, verdicts
from careers.conf import api_setting
from careers.filters import JobFilterSet
from careers.languages import content_languages, default_language
from careers.models import JobPostingPage
from careers.selectors import open_jobs
from careers.services import changes
from careers.services.errors import InvalidCursor

from .. import schema
from ..pagination import JobPagination
from ..queries import api_jobs, with_evidence
from ..schema import extend_schema
from ..serializers import ApiContext, JobSerializer
from ..serializers.changes import Change, ChangeFeedSerializer
from .base import ApiView, CachedGetMixin

LANGUAGES = content_languages()


def job_context(request, jobs) -> ApiContext:
    with_evidence(jobs)
    texts = [
        getattr(j, f)
        for j in jobs
        for f in ("introduction", "tasks", "profile", "offer")
    ]
    ctx = ApiContext.for_pages(request, jobs, versions=open_jobs(), texts=texts)
    ctx.verdicts = claims_verdicts(jobs)
    return ctx


def claims_verdicts(jobs) -> dict[int, bool]:
    """Each job's claim verdict (True: every AI claim backed): the verdict
    stored on its live revision where it is current, else checked now."""
    found = verdicts.live_verdicts(jobs)
    unchecked = [job for job in jobs if job.pk not in found]
    if unchecked:
        found.update(evidence.claims_verdicts(unchecked))
    return found


@extend_schema(tags=["jobs"])
class JobListView(CachedGetMixin, GenericAPIView):
    """Open jobs, filtered and ordered, a page at a time."""

    queryset = JobPostingPage.objects.none()  # for the schema; reads use api_jobs()
    serializer_class = JobSerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = JobFilterSet
    pagination_class = JobPagination
    extra_params = frozenset({"ordering", "cursor", "page_size"})

    @extend_schema(
        operation_id="jobs_list",
        responses={200: JobSerializer(many=True), **schema.ERRORS},
        examples=[schema.JOB_LIST_EXAMPLE],
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def read(self, request, *args, **kwargs) -> Response:
        qs = DjangoFilterBackend().filter_queryset(request, api_jobs(), self)
        paginator = self.pagination_class()
        jobs = paginator.paginate_queryset(qs, request, self)
        ctx = job_context(request, jobs)
        data = JobSerializer(jobs, many=True, context={"api": ctx}).data
        return paginator.get_paginated_response(data)


@extend_schema(tags=["jobs"])
class JobDetailView(ApiView):
    """One open job by its id, in the requested language (or the default one)."""

    extra_params = frozenset({"language"})

    @extend_schema(
        operation_id="jobs_retrieve",
        parameters=[
            OpenApiParameter(
                "key",
                str,
                OpenApiParameter.PATH,
                description="The job's id (shared by its translations).",
                examples=[OpenApiExample("A job id", value="job-route-planner")],
            ),
            OpenApiParameter("language", str, enum=LANGUAGES, required=False),
        ],
        responses={200: JobSerializer, **schema.ERRORS, **schema.NOT_FOUND},
        examples=[schema.JOB_EXAMPLE],
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def read(self, request, key: str) -> Response:
        language = request.query_params.get("language")
        if language is not None and language not in LANGUAGES:
            raise ValidationError(
                {"language": [_("Use one of: %s.") % ", ".join(LANGUAGES)]}
            )
        versions = list(api_jobs().filter(key=key))
        job = pick_version(versions, language)
        ctx = job_context(request, [job])
        return Response(JobSerializer(job, context={"api": ctx}).data)


def pick_version(versions: list, language: str | None):
    by_language = {j.locale.language_code: j for j in versions}
    if language is not None:
        if language not in by_language:
            raise Http404
        return by_language[language]
    for code in [default_language(), *sorted(by_language)]:
        if code in by_language:
            return by_language[code]
    raise Http404


@extend_schema(tags=["jobs"])
class JobChangesView(ApiView):
    """What changed since a cursor: upserts (with the job) and tombstones."""

    extra_params = frozenset({"since", "limit"})

    @extend_schema(
        operation_id="jobs_changes",
        parameters=[
            OpenApiParameter(
                "since",
                str,
                required=False,
                description="The `next` cursor of the previous call. Without it, "
                "the answer is a cursor for now and no changes: read the job "
                "list after taking it, then poll with it.",
            ),
            OpenApiParameter(
                "limit",
                {"type": "integer", "minimum": 1, "maximum": 1000},
                required=False,
                description="Log entries per call, 1 to 1000 (default 500).",
            ),
        ],
        responses={200: ChangeFeedSerializer, **schema.ERRORS},
        examples=[schema.CHANGES_EXAMPLE],
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def read(self, request) -> Response:
        limit = parse_limit(request.query_params.get("limit"))
        since = request.query_params.get("since")
        if since is None:
            changes.sweep_expired()
            position = changes.latest_position()
            return Response(feed_body(None, position, False, []))
        try:
            position = changes.decode_cursor(since)
        except InvalidCursor:
            raise ValidationError({"since": [_("Invalid cursor.")]}) from None
        page = changes.changes_since(position=position, limit=limit, jobs=api_jobs())
        jobs = [job for _row, job in page.changes if job is not None]
        ctx = job_context(request, jobs)
        entries = [Change(row, job) for row, job in page.changes]
        return Response(feed_body(since, page.position, page.has_more, entries, ctx))


def parse_limit(raw: str | None) -> int:
    if raw is None:
        return api_setting("CHANGES_PAGE_SIZE")
    if not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw) <= 1000:
        raise ValidationError({"limit": [_("A whole number from 1 to 1000.")]})
    return int(raw)


def feed_body(
    since, position: int, has_more: bool, entries: list, ctx: ApiContext | None = None
) -> dict:
    feed = {
        "since": since,
        "next": changes.encode_cursor(position),
        "has_more": has_more,
        "changes": entries,
    }
    return ChangeFeedSerializer(feed, context={"api": ctx}).data
