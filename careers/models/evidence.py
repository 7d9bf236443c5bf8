"""Evidence kept as snippets: community activities, data assets, resources,
recognitions and hiring-AI compliance records."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, PublishingPanel
from wagtail.search import index

from .base import EvidenceSnippet, long_text, public_url, search_by, text_line
from .panels import field_panels, group, row


def evidence_panels(*panels) -> list:
    """An evidence snippet's edit form: ``panels`` (a field's name stands for
    its FieldPanel), then the reference id and publishing, since only what is
    published backs a claim."""
    return [*field_panels(*panels), FieldPanel("key"), PublishingPanel()]


class CommunityActivity(EvidenceSnippet):
    class Kind(models.TextChoices):
        HACKATHON = "hackathon", _("Hackathon")
        OPEN_SOURCE = "open_source", _("Open source")
        UNIVERSITY_PARTNERSHIP = "university_partnership", _("University partnership")
        CONFERENCE_TALK = "conference_talk", _("Conference talk")
        MEETUP = "meetup", _("Meetup")
        PUBLICATION = "publication", _("Peer-reviewed publication")

    evidence_prefix = "community"
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)
    title = text_line(_("title"))
    date = models.DateField(
        _("date"),
        help_text=_(
            "When it took place (or started). Activities older than 24 months no "
            "longer back community claims."
        ),
    )
    url = public_url(
        _("link"),
        _(
            "Where a candidate can see it: the repository, the talk, the paper. "
            "Open-source work needs its repository URL."
        ),
    )
    partner = text_line(
        _("partner"),
        _("The university or organisation you worked with, if any."),
        blank=True,
    )
    description = long_text(_("description"))

    panels = evidence_panels(
        row("kind", "date"),
        "title",
        "description",
        row("url", "partner"),
    )
    search_fields = [
        *search_by("title", "description", "partner"),
        index.FilterField("kind"),
        index.FilterField("locale"),
        index.FilterField("live"),
    ]

    class Meta(EvidenceSnippet.Meta):
        ordering = ["-date"]
        verbose_name = _("community activity")
        verbose_name_plural = _("community activities")

    def __str__(self) -> str:
        return f"{self.title} ({self.get_kind_display()}, {self.date:%Y-%m})"


class DataAsset(EvidenceSnippet):
    evidence_prefix = "data"
    name = text_line(_("name"))
    description = long_text(
        _("description"), _("What the data is, in words a candidate understands.")
    )
    volume = text_line(
        _("volume"), _("e.g. '2 billion events'"), max_length=100, blank=True
    )
    access = text_line(
        _("access"),
        _("Who may work with it and how (pseudonymised, on-premises...)."),
        max_length=300,
        blank=True,
    )

    panels = evidence_panels(
        "name",
        "description",
        row("volume", "access"),
    )
    search_fields = search_by("name")

    class Meta(EvidenceSnippet.Meta):
        ordering = ["name"]
        verbose_name = _("data asset")
        verbose_name_plural = _("data assets")

    def __str__(self) -> str:
        return self.name


class Resource(EvidenceSnippet):
    class Kind(models.TextChoices):
        COMPUTE = "compute", _("Compute")
        BUDGET = "budget", _("Budget")
        TOOLING = "tooling", _("Tooling")
        OTHER = "other", _("Other")

    evidence_prefix = "resource"
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    description = text_line(
        _("description"),
        _("e.g. 'A shared pool of 32 GPUs for training'."),
        max_length=300,
    )

    panels = evidence_panels("kind", "description")
    search_fields = [index.SearchField("description")]

    class Meta(EvidenceSnippet.Meta):
        ordering = ["kind", "description"]
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.description}"


class Recognition(EvidenceSnippet):
    class Kind(models.TextChoices):
        AWARD = "award", _("Award")
        BENCHMARK = "benchmark", _("Benchmark result")
        PUBLICATION = "publication", _("Peer-reviewed publication")

    evidence_prefix = "recognition"
    kind = models.CharField(
        _("kind"), max_length=16, choices=Kind.choices, default=Kind.AWARD
    )
    title = text_line(_("title"))
    issuer = text_line(_("issuer"), blank=True)
    date = models.DateField(
        _("date"), help_text=_("Recognitions back superlatives for 36 months.")
    )
    url = public_url(
        _("link"), _("A public source; without it, no superlative is backed.")
    )

    panels = evidence_panels(
        row("kind", "date"),
        "title",
        row("issuer", "url"),
    )
    search_fields = search_by("title")

    class Meta(EvidenceSnippet.Meta):
        ordering = ["-date"]
        verbose_name = _("recognition")
        verbose_name_plural = _("recognitions")

    def __str__(self) -> str:
        return self.title


class HiringAICompliance(EvidenceSnippet):
    evidence_prefix = "hiring-ai"
    system = text_line(
        _("system"), _("The AI system used on applicants, e.g. 'CV parser'.")
    )
    human_oversight = models.TextField(
        _("human oversight"),
        max_length=2000,
        help_text=_("Who reviews what the system does, and how a candidate objects."),
    )
    reviewed_on = models.DateField(
        _("last review"),
        help_text=_("High-risk under the EU AI Act: review at least every 12 months."),
    )
    reviewer = text_line(_("reviewed by"), blank=True)
    url = public_url(_("public notice"))

    panels = evidence_panels(
        "system",
        "human_oversight",
        group(_("Review"), row("reviewed_on", "reviewer")),
        "url",
    )
    search_fields = [index.SearchField("system")]

    class Meta(EvidenceSnippet.Meta):
        ordering = ["-reviewed_on"]
        verbose_name = _("hiring-AI compliance record")
        verbose_name_plural = _("hiring-AI compliance records")

    def __str__(self) -> str:
        return self.system
