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
    """The live rows of ``model`` that ``rows()`` reads, filtered by language
    (subclasses set ``model``, ``serializer_class`` and ``rows``)."""

    model: type
    filter_backends = [DjangoFilterBackend]
    pagination_class: type[KeysetPagination] = TitlePagination
    extra_params = frozenset({"ordering", "cursor", "page_size"})
    text_fields: tuple[str, ...] = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.queryset = cls.model.objects.none()
        cls.filterset_class = language_filterset(cls.model)

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


def _listed(tag: str):
    """The view's schema: a list of its ``serializer_class``, under ``tag``."""

    def decorate(view: type[ContentListView]) -> type[ContentListView]:
        responses = {200: view.serializer_class(many=True), **schema.ERRORS}
        return extend_schema(tags=[tag], responses=responses)(view)

    return decorate


@_listed("teams")
class TeamListView(ContentListView):
    """Team showcases with their named members."""

    model = TeamPage
    serializer_class = TeamSerializer
    text_fields = ("description",)

    def rows(self):
        return queries.api_teams()


@_listed("stories")
class StoryListView(ContentListView):
    """Impact stories with their measured results."""

    model = ImpactStoryPage
    serializer_class = StorySerializer
    text_fields = ("body",)

    def rows(self):
        return queries.api_stories()


@_listed("roadmap")
class RoadmapListView(ContentListView):
    """The AI roadmap (one page per language) with its milestones."""

    model = RoadmapPage
    serializer_class = RoadmapSerializer
    text_fields = ("intro",)

    def rows(self):
        return queries.api_roadmaps()


@_listed("community")
class CommunityListView(ContentListView):
    """Published community activities: hackathons, open source, talks..."""

    model = CommunityActivity
    serializer_class = ActivitySerializer
    pagination_class = DatePagination

    def rows(self):
        return queries.api_activities()

    def context_for(self, request, rows) -> ApiContext:
        return ApiContext(request)
