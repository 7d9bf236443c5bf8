"""Shared lists that pages point at instead of retyping: countries, departments,
locations and people."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from .base import optional_link, public_url, search_by, text_line
from .panels import group, row


class ListEntry(models.Model):
    """An entry of a shared list, listed and shown by its ``name`` (a field
    of the subclass's)."""

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class LocalisedNameMixin(ListEntry):
    """A short name in English with an optional German form; enough for lists
    that are the same set of things in every language."""

    name = text_line(_("name (English)"), max_length=120)
    name_de = text_line(
        _("name (German)"),
        _("Leave empty when the name is the same in German."),
        max_length=120,
        blank=True,
    )

    class Meta(ListEntry.Meta):
        abstract = True

    def label(self, language: str | None = None) -> str:
        language = (language or get_language() or "en")[:2]
        return self.name_de if language == "de" and self.name_de else self.name


class Country(LocalisedNameMixin):
    code = text_line(_("ISO code"), _("ISO 3166-1 alpha-2."), max_length=2, unique=True)

    panels = [FieldPanel("code"), FieldPanel("name"), FieldPanel("name_de")]

    class Meta(LocalisedNameMixin.Meta):
        verbose_name = _("country")
        verbose_name_plural = _("countries")


class Department(index.Indexed, LocalisedNameMixin):
    panels = [FieldPanel("name"), FieldPanel("name_de")]
    search_fields = [index.SearchField("name"), index.SearchField("name_de")]

    class Meta(LocalisedNameMixin.Meta):
        verbose_name = _("department")
        verbose_name_plural = _("departments")
        constraints = [
            models.UniqueConstraint(fields=["name"], name="careers_department_name")
        ]


class Location(index.Indexed, LocalisedNameMixin):
    """An office or site; remote work is a workplace type, not a location."""

    street_address = text_line(_("street address"), blank=True)
    postal_code = text_line(_("postal code"), max_length=20, blank=True)
    city = text_line(_("city"), max_length=120)
    region = text_line(_("region"), max_length=120, blank=True)
    country = models.ForeignKey(
        Country, on_delete=models.PROTECT, related_name="locations"
    )

    panels = [
        row("name", "name_de"),
        group(
            _("Address"),
            "street_address",
            row("postal_code", "city"),
            row("region", "country"),
            help_text=_(
                "Job boards and Google for Jobs need the city, postal code and "
                "country to show the job to people nearby."
            ),
        ),
    ]
    search_fields = search_by("name", "city")

    class Meta(LocalisedNameMixin.Meta):
        verbose_name = _("location")
        verbose_name_plural = _("locations")


class Person(index.Indexed, ListEntry):
    """Someone a candidate may meet: a team member, a technical lead, an
    interviewer. Only what is shown here is ever published."""

    name = text_line(_("name"), max_length=120)
    job_title = text_line(
        _("job title"),
        _("Their title in the organisation, e.g. 'Staff ML Engineer'."),
        max_length=120,
    )
    photo = optional_link(
        "wagtailimages.Image",
        help_text=_("A friendly face makes an interview less anonymous."),
    )
    bio = models.TextField(
        _("short bio"),
        blank=True,
        max_length=1000,
        help_text=_("Two or three sentences on what they work on and care about."),
    )
    profile_url = public_url(
        _("public profile"),
        _("A public page (GitHub, Google Scholar, LinkedIn), if they wish."),
    )

    panels = [
        row("name", "job_title"),
        FieldPanel("photo"),
        FieldPanel("bio"),
        FieldPanel("profile_url"),
    ]
    search_fields = search_by("name", "job_title")

    class Meta(ListEntry.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self) -> str:
        return f"{self.name} ({self.job_title})"
