"""The organisation's profile, one per site."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from careers.validators import validate_public_url


class Maturity(models.TextChoices):
    EXPLORING = "exploring", _("1 · Exploring")
    EXPERIMENTING = "experimenting", _("2 · Experimenting")
    OPERATIONAL = "operational", _("3 · Operational")
    SCALING = "scaling", _("4 · Scaling")
    TRANSFORMING = "transforming", _("5 · Transforming")


@register_setting(icon="group")
class OrganisationProfile(BaseSiteSetting):
    name = models.CharField(_("organisation name"), max_length=200, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(
        _("website"), blank=True, validators=[validate_public_url]
    )
    claimed_maturity = models.CharField(
        _("stated AI maturity"),
        max_length=16,
        choices=Maturity.choices,
        blank=True,
        help_text=_(
            "Only state a level your published evidence shows: a higher stated level "
            "than the evidence supports blocks publishing."
        ),
    )
    show_maturity = models.BooleanField(
        _("show the evidenced maturity on pages"), default=True
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("website")]),
        FieldPanel("logo"),
        MultiFieldPanel(
            [FieldPanel("claimed_maturity"), FieldPanel("show_maturity")],
            heading=_("AI maturity"),
        ),
    ]

    class Meta:
        verbose_name = _("organisation profile")
