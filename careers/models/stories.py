"""Product-impact stories: AI in production, with measured results."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageBlock

from .base import Row, flag, optional_link, optional_value, parent_key, text_line
from .pages_base import (
    CareersChildPage,
    card_text,
    page_panels,
    page_search,
    rich_text,
)
from .panels import row


class ImpactStoryPage(CareersChildPage):
    evidence_prefix = "story"
    product = text_line(_("product"), _("The product or process AI changed."))
    technique = text_line(
        _("AI technique"),
        _("e.g. 'gradient-boosted trees', 'fine-tuned language model'."),
    )
    in_production_since = optional_value(
        models.DateField,
        _("in production since"),
        _(
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
        row("product", "technique"),
        row("in_production_since", "decision_support"),
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


class ImpactMetric(Row):
    story = parent_key(ImpactStoryPage, "metrics")
    name = text_line(_("what was measured"))
    baseline = optional_value(
        models.DecimalField,
        _("before"),
        _("The value before AI, if known."),
        max_digits=16,
        decimal_places=4,
    )
    value = models.DecimalField(
        _("now"), max_digits=16, decimal_places=4, help_text=_("The measured value.")
    )
    unit = text_line(_("unit"), max_length=40, blank=True)
    measured_on = optional_value(models.DateField, _("measured on"))

    panels = [
        FieldPanel("name"),
        row("baseline", "value", "unit", "measured_on"),
    ]

    class Meta(Row.Meta):
        verbose_name = _("metric")
        verbose_name_plural = _("metrics")

    def __str__(self) -> str:
        return self.name
