"""The job filters, shared by the careers listing and the API: the same query
string means the same jobs everywhere."""

import django_filters
from django import forms
from django.db.models import CharField, Exists, F, OuterRef, Q, QuerySet, Value
from django.db.models.functions import Cast
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from . import request_memo
from .languages import content_language_choices
from .models import (
    Country,
    EmploymentType,
    JobPostingPage,
    Location,
    TeamPage,
    WorkplaceType,
)
from .selectors import job_search_ids
from .selectors.visibility import published

MAX_QUERY_LENGTH = 200


def team_choices() -> list[tuple[str, str]]:
    """One choice per team (translations share a key), labelled in the
    language of the request when a translation exists."""
    language = (get_language() or "en")[:2]
    labels: dict[str, str] = {}
    teams = published(TeamPage.objects).select_related("locale")
    for key, title, code in teams.values_list("key", "title", "locale__language_code"):
        if key and (key not in labels or code == language):
            labels[key] = title
    return sorted(labels.items(), key=lambda kv: kv[1].lower())


def location_choices() -> list[tuple[str, str]]:
    return [(str(loc.pk), loc.label()) for loc in _places()[Location]]


def country_choices() -> list[tuple[str, str]]:
    return [(c.code, c.label()) for c in _places()[Country]]


def _places() -> dict[type, list]:
    """Every location and every country (each by name, as their models order
    them), read in one query once per request: what the choices label."""
    memo = request_memo.memo("filter_places")
    if "found" not in memo:
        kinds = (
            (Location, "pk", Cast(F("pk"), CharField())),
            (Country, "code", F("code")),
        )
        parts = [
            model.objects.order_by()
            .annotate(kind_n=Value(n), ident=ident)
            .values_list("kind_n", "ident", "name", "name_de")
            for n, (model, _, ident) in enumerate(kinds)
        ]
        rows = parts[0].union(parts[1], all=True).order_by("kind_n", "name")
        found = {model: [] for model, _, _ in kinds}
        for n, ident, name, name_de in rows:
            model, key, _ = kinds[n]
            found[model].append(model(name=name, name_de=name_de, **{key: ident}))
        memo["found"] = found
    return memo["found"]


class JobFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(
        method="filter_search",
        label=_("Search"),
        max_length=MAX_QUERY_LENGTH,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    ai_role = django_filters.BooleanFilter(
        field_name="is_ai_role", label=_("AI roles only")
    )
    team = django_filters.MultipleChoiceFilter(
        field_name="team__key", choices=team_choices, label=_("Team")
    )
    location = django_filters.MultipleChoiceFilter(
        method="filter_location", choices=location_choices, label=_("Location")
    )
    country = django_filters.MultipleChoiceFilter(
        method="filter_country", choices=country_choices, label=_("Country")
    )
    workplace_type = django_filters.MultipleChoiceFilter(
        choices=WorkplaceType.choices, label=_("Workplace")
    )
    employment_type = django_filters.MultipleChoiceFilter(
        choices=EmploymentType.choices, label=_("Employment type")
    )
    language = django_filters.ChoiceFilter(
        field_name="locale__language_code",
        choices=content_language_choices,
        label=_("Language of the post"),
        empty_label=_("Any language"),
    )
    salary_min = django_filters.NumberFilter(
        method="filter_salary_min",
        label=_("Minimum salary"),
        min_value=0,
        max_value=10**9,
    )
    updated_since = django_filters.IsoDateTimeFilter(
        field_name="last_published_at", lookup_expr="gte", label=_("Updated since")
    )

    class Meta:
        model = JobPostingPage
        fields: list[str] = []

    def filter_search(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        value = value.strip()
        return qs.filter(pk__in=job_search_ids(value)) if value else qs

    def filter_location(self, qs: QuerySet, name: str, value: list[str]) -> QuerySet:
        if not value:
            return qs
        through = JobPostingPage.locations.through
        at = through.objects.filter(
            jobpostingpage_id=OuterRef("pk"), location_id__in=value
        )
        return qs.filter(Exists(at))

    def filter_country(self, qs: QuerySet, name: str, value: list[str]) -> QuerySet:
        """Jobs located in, or open to remote applicants from, these countries."""
        if not value:
            return qs
        located = JobPostingPage.locations.through.objects.filter(
            jobpostingpage_id=OuterRef("pk"), location__country__code__in=value
        )
        remote = JobPostingPage.applicant_countries.through.objects.filter(
            jobpostingpage_id=OuterRef("pk"), country__code__in=value
        )
        return qs.filter(Q(Exists(located)) | Q(Exists(remote)))

    def filter_salary_min(self, qs: QuerySet, name: str, value) -> QuerySet:
        """Jobs whose shown range reaches ``value`` (same currency assumed)."""
        if value is None:
            return qs
        return qs.filter(show_salary=True).filter(
            Q(salary_max__gte=value) | Q(salary_max__isnull=True, salary_min__gte=value)
        )
