"""Teams, roadmap, impact stories and community activities: live and public
only, in every language unless ``language`` narrows it."""

import django_filters
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework.generics import GenericAPIView
from rest_framework.response import Response

from careers.languages import content_language_choices
from careers.models import CommunityActivity, ImpactStoryPage, RoadmapPage, TeamPage
from careers.selectors.visibility import published

from .. import queries, schema
from ..pagination import DatePagination, KeysetPagination, TitlePagination
from ..schema import extend_schema
from ..serializers import (
    ActivitySerializer,
    ApiContext,
    RoadmapSerializer,
    StorySerializer,
    TeamSerializer,
)
from .base import CachedGetMixin


def language_filterset(model_class) -> type[django_filters.FilterSet]:
    class LanguageFilterSet(django_filters.FilterSet):
        language = django_filters.ChoiceFilter(
            field_name="locale__language_code", choices=content_language_choices
        )

        class Meta:
            model = model_class
            fields: list[str] = []

    LanguageFilterSet.__name__ = f"{model_class.__name__}LanguageFilterSet"
    return LanguageFilterSet


class ContentListView(CachedGetMixin, GenericAPIView):
    filter_backends = [DjangoFilterBackend]
    pagination_class: type[KeysetPagination] = TitlePagination
    extra_params = frozenset({"ordering", "cursor", "page_size"})
    text_fields: tuple[str, ...] = ()

    def rows(self):
        raise NotImplementedError

    def read(self, request, *args, **kwargs) -> Response:
        qs = DjangoFilterBackend().filter_queryset(request, self.rows(), self)
        paginator = self.pagination_class()
        rows = paginator.paginate_queryset(qs, request, self)
        ctx = self.context_for(request, rows)
        data = self.serializer_class(rows, many=True, context={"api": ctx}).data
        return paginator.get_paginated_response(data)

    def context_for(self, request, rows) -> ApiContext:
        texts = [getattr(r, f) for r in rows for f in self.text_fields]
        versions = published(self.queryset.model.objects)
        return ApiContext.for_pages(request, rows, versions=versions, texts=texts)


def _list_schema(serializer, tag: str):
    return extend_schema(
        tags=[tag], responses={200: serializer(many=True), **schema.ERRORS}
    )


@_list_schema(TeamSerializer, "teams")
class TeamListView(ContentListView):
    """Team showcases with their named members."""

    queryset = TeamPage.objects.none()
    serializer_class = TeamSerializer
    filterset_class = language_filterset(TeamPage)
    text_fields = ("description",)

    def rows(self):
        return queries.api_teams()


@_list_schema(StorySerializer, "stories")
class StoryListView(ContentListView):
    """Impact stories with their measured results."""

    queryset = ImpactStoryPage.objects.none()
    serializer_class = StorySerializer
    filterset_class = language_filterset(ImpactStoryPage)
    text_fields = ("body",)

    def rows(self):
        return queries.api_stories()


@_list_schema(RoadmapSerializer, "roadmap")
class RoadmapListView(ContentListView):
    """The AI roadmap (one page per language) with its milestones."""

    queryset = RoadmapPage.objects.none()
    serializer_class = RoadmapSerializer
    filterset_class = language_filterset(RoadmapPage)
    text_fields = ("intro",)

    def rows(self):
        return queries.api_roadmaps()


@_list_schema(ActivitySerializer, "community")
class CommunityListView(ContentListView):
    """Published community activities: hackathons, open source, talks..."""

    queryset = CommunityActivity.objects.none()
    serializer_class = ActivitySerializer
    filterset_class = language_filterset(CommunityActivity)
    pagination_class = DatePagination

    def rows(self):
        return queries.api_activities()

    def context_for(self, request, rows) -> ApiContext:
        return ApiContext(request)
