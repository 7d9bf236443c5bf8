"""Choosers for evidence that opens where the editor works: milestones and
teams in the language of the page being edited (Wagtail's chooser passes it
as ``locale``; "All" shows every language), searchable by title, with each
item's status beside it."""

from __future__ import annotations

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column, StatusTagColumn
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.models import Locale

from careers.models import RoadmapMilestone, TeamPage


class LocaleSearchFilterForm(BaseFilterForm):
    """A search box and a language filter over ``search_fields`` and
    ``locale_field`` (set by subclasses)."""

    search_fields: tuple[str, ...] = ()
    locale_field = "locale__language_code"

    q = forms.CharField(
        label=_("Search term"),
        widget=forms.TextInput(attrs={"placeholder": _("Search")}),
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [
            (lc.language_code, lc.get_display_name()) for lc in Locale.objects.all()
        ]
        self.fields["locale"] = forms.ChoiceField(
            label=_("Language"),
            choices=[("", _("All")), *choices],
            required=False,
            widget=forms.Select(attrs={"data-chooser-modal-search-filter": True}),
        )

    def filter(self, objects):
        code = self.cleaned_data.get("locale")
        if code:
            objects = objects.filter(**{self.locale_field: code})
        query = (self.cleaned_data.get("q") or "").strip()
        if query:
            match = Q()
            for name in self.search_fields:
                match |= Q(**{f"{name}__icontains": query})
            objects = objects.filter(match)
            self.is_searching, self.search_query = True, query
        return super().filter(objects)


class MilestoneFilterForm(LocaleSearchFilterForm):
    search_fields = ("title", "description", "roadmap__title", "key")
    locale_field = "roadmap__locale__language_code"


class TeamFilterForm(LocaleSearchFilterForm):
    search_fields = ("title", "summary", "key")


class _Columns:
    """The chooser's title, then what tells similar items apart."""

    extra_columns: list[Column] = []

    @property
    def columns(self):
        return [self.title_column, *self.extra_columns]


class _LocaleChooserViewSet(ChooserViewSet):
    """A chooser searched and filtered by language with ``filter_form_class``,
    listing ``extra_columns`` after each item's title; it keeps the page's
    ``locale`` from one request of the modal to the next."""

    filter_form_class: type[LocaleSearchFilterForm]
    extra_columns: list[Column] = []
    preserve_url_parameters = ["multiple", "locale"]

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        views = {
            "filter_form_class": cls.filter_form_class,
            "extra_columns": cls.extra_columns,
        }
        cls.choose_view_class = type(
            f"{cls.model.__name__}ChooseView", (_Columns, ChooseView), views
        )
        cls.choose_results_view_class = type(
            f"{cls.model.__name__}ChooseResultsView",
            (_Columns, ChooseResultsView),
            views,
        )


class MilestoneChooserViewSet(_LocaleChooserViewSet):
    model = RoadmapMilestone
    icon = "calendar-check"
    choose_one_text = _("Choose a milestone")
    choose_another_text = _("Choose another milestone")
    edit_item_text = _("Edit roadmap")
    filter_form_class = MilestoneFilterForm
    extra_columns = [  # the title says the status
        Column("roadmap", label=_("Language"), accessor=lambda m: m.roadmap.locale),
    ]

    def get_object_list(self):
        return RoadmapMilestone.objects.select_related("roadmap__locale").order_by(
            "roadmap__locale__language_code", "sort_order"
        )


class TeamChooserViewSet(_LocaleChooserViewSet):
    """Teams as a list in the page's language, not a walk through the tree;
    every link to a team (jobs, stories, milestones) uses it."""

    model = TeamPage
    icon = "group"
    choose_one_text = _("Choose a team")
    choose_another_text = _("Choose another team")
    edit_item_text = _("Edit team")
    filter_form_class = TeamFilterForm
    extra_columns = [
        Column("locale", label=_("Language"), accessor="locale"),
        StatusTagColumn("status_string", label=_("Status"), primary=lambda t: t.live),
    ]

    def get_object_list(self):
        return TeamPage.objects.select_related("locale").order_by("title")


milestone_chooser_viewset = MilestoneChooserViewSet("milestone_chooser")
team_chooser_viewset = TeamChooserViewSet("team_chooser")
