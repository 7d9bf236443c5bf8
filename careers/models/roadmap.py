"""The AI roadmap: ordered milestones, each with a status and an owner."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel

from .base import (
    Row,
    key_field,
    long_text,
    optional_link,
    optional_value,
    parent_key,
    text_line,
)
from .pages_base import CareersSectionPage, rich_text
from .panels import row


class RoadmapPage(CareersSectionPage):
    intro = rich_text(
        _("introduction"),
        _("Why you use AI and where you are heading, in plain words."),
    )

    evidence_panels = [
        InlinePanel(
            "milestones",
            heading=_("Milestones"),
            label=_("Milestone"),
            help_text=_(
                "A strategy claim needs at least 3 milestones across 2 departments, "
                "one of them delivered or in progress. Keep statuses honest: overdue "
                "milestones are flagged."
            ),
        )
    ]

    class Meta:
        verbose_name = _("AI roadmap")
        verbose_name_plural = _("AI roadmaps")


class RoadmapMilestone(ClusterableModel, Row):
    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        IN_PROGRESS = "in_progress", _("In progress")
        DELIVERED = "delivered", _("Delivered")
        CANCELLED = "cancelled", _("Cancelled")

    evidence_prefix = "milestone"
    roadmap = parent_key(RoadmapPage, "milestones")
    key = key_field()
    title = text_line(_("title"))
    description = long_text(_("description"))
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PLANNED
    )
    departments = ParentalManyToManyField(
        "careers.Department",
        blank=True,
        related_name="milestones",
        help_text=_("The departments this milestone changes."),
    )
    target_date = optional_value(models.DateField, _("target date"))
    delivered_on = optional_value(models.DateField, _("delivered on"))
    owner_team = optional_link(
        "careers.TeamPage",
        "owned_milestones",
        verbose_name=_("owner team"),
    )

    panels = [
        row("title", "status"),
        FieldPanel("description"),
        FieldPanel("departments", widget=forms.CheckboxSelectMultiple),
        row("target_date", "delivered_on", "owner_team"),
        FieldPanel("key"),
    ]

    class Meta(Row.Meta):
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")

    def __str__(self) -> str:
        return f"{self.title} ({self.get_status_display()})"

    def clean(self) -> None:
        super().clean()
        if not self.key:
            self.key = f"milestone-{slugify(self.title)[:80]}"
        if self.status == self.Status.DELIVERED and not self.delivered_on:
            raise ValidationError(
                {"delivered_on": _("A delivered milestone needs its delivery date.")}
            )

    @property
    def evidence_id(self) -> str:
        return self.key or f"milestone-{self.pk}"

    @property
    def is_real_today(self) -> bool:
        """Delivered or under way: something a candidate can see today."""
        return self.status in {self.Status.DELIVERED, self.Status.IN_PROGRESS}
