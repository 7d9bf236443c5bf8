"""Product-impact stories: AI in production, with measured results."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageBlock
from wagtail.models import Orderable

from .base import flag, optional_link, parent_key
from .pages_base import (
    CareersChildPage,
    card_text,
    page_panels,
    page_search,
    rich_text,
)


class ImpactStoryPage(CareersChildPage):
    evidence_prefix = "story"
    product = models.CharField(
        _("product"), max_length=200, help_text=_("The product or process AI changed.")
    )
    technique = models.CharField(
        _("AI technique"),
        max_length=200,
        help_text=_("e.g. 'gradient-boosted trees', 'fine-tuned language model'."),
    )
    in_production_since = models.DateField(
        _("in production since"),
        null=True,
        blank=True,
        help_text=_(
            "Leave empty while it is a pilot. Only stories in production back claims "
            "that you use AI today."
        ),
    )
    decision_support = flag(
        _("informs decisions"),
        _("Tick when people make business decisions with its output."),
    )
    team = optional_link("careers.TeamPage", "stories")
    summary = card_text(
        _("summary"), _("One sentence for cards: what changed, for whom.")
    )
    body = rich_text(
        _("the story"), _("The problem, what you built, what it changed. Be concrete.")
    )
    gallery = StreamField(
        [("image", ImageBlock())], blank=True, verbose_name=_("images")
    )

    claim_fields = ("summary", "body")

    content_panels = page_panels("summary", "body", "gallery")
    evidence_panels = [
        FieldRowPanel([FieldPanel("product"), FieldPanel("technique")]),
        FieldRowPanel(
            [FieldPanel("in_production_since"), FieldPanel("decision_support")]
        ),
        FieldPanel("team"),
        InlinePanel(
            "metrics",
            heading=_("Measured results"),
            label=_("Metric"),
            help_text=_(
                "A number in an AI claim ('cut late deliveries by 30 %') must match a "
                "metric here: its value, its baseline, or the change between them."
            ),
        ),
    ]

    search_fields = page_search("summary", "body", "product", "technique")

    class Meta:
        verbose_name = _("impact story")
        verbose_name_plural = _("impact stories")

    def is_in_production(self, as_of) -> bool:
        return bool(self.in_production_since and self.in_production_since <= as_of)


class ImpactMetric(Orderable):
    story = parent_key(ImpactStoryPage, "metrics")
    name = models.CharField(_("what was measured"), max_length=200)
    baseline = models.DecimalField(
        _("before"),
        max_digits=16,
        decimal_places=4,
        null=True,
        blank=True,
        help_text=_("The value before AI, if known."),
    )
    value = models.DecimalField(
        _("now"), max_digits=16, decimal_places=4, help_text=_("The measured value.")
    )
    unit = models.CharField(_("unit"), max_length=40, blank=True)
    measured_on = models.DateField(_("measured on"), null=True, blank=True)

    panels = [
        FieldPanel("name"),
        FieldRowPanel(
            [
                FieldPanel("baseline"),
                FieldPanel("value"),
                FieldPanel("unit"),
                FieldPanel("measured_on"),
            ]
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("metric")
        verbose_name_plural = _("metrics")

    def __str__(self) -> str:
        return self.name
