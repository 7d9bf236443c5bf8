"""The organisation's profile, one per site: who it is, how its careers
pages look (logo, brand colour, favicon, hero image, footer) and its AI
maturity."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from careers import branding, request_memo
from careers.validators import validate_public_url

from .base import optional_link, public_url, text_line
from .panels import group, row


class FooterLinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=60)
    url = blocks.URLBlock(validators=[validate_public_url])

    class Meta:
        icon = "link-external"
        label = _("Link")
        description = _(
            "A link in the footer, labelled in the site's main language "
            "(other languages mark it as such)."
        )


def _image(label):
    return optional_link(
        "wagtailimages.Image",
        verbose_name=label,
    )


def _page(label, help_text):
    return optional_link(
        "wagtailcore.Page",
        verbose_name=label,
        help_text=help_text,
    )


class Maturity(models.TextChoices):
    EXPLORING = "exploring", _("1 · Exploring")
    EXPERIMENTING = "experimenting", _("2 · Experimenting")
    OPERATIONAL = "operational", _("3 · Operational")
    SCALING = "scaling", _("4 · Scaling")
    TRANSFORMING = "transforming", _("5 · Transforming")


@register_setting(icon="group")
class OrganisationProfile(BaseSiteSetting):
    @classmethod
    def shown_for(cls, site):
        """The profile of ``site`` as the public pages show it: read once per
        request (``for_site`` reads it on every call)."""
        memo = request_memo.memo("organisation_profile")
        if site.pk not in memo:
            memo[site.pk] = cls.for_site(site)
        return memo[site.pk]

    name = text_line(_("organisation name"), blank=True)
    logo = _image(_("logo"))
    website = public_url(_("website"))
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
    brand_colour = models.CharField(
        _("brand colour"),
        max_length=32,
        default=branding.DEFAULT_BRAND_COLOUR,
        help_text=_(
            "Buttons, links and the header use it. Any CSS colour (#0b5394, "
            "rgb(11 83 148)); it must be dark enough for white text on it and "
            "for text in it on white (contrast 4.5:1, WCAG AA)."
        ),
    )
    favicon = _image(_("favicon"))
    default_hero = _image(_("default hero image"))
    contact_email = models.EmailField(_("contact e-mail for candidates"), blank=True)
    footer_text = text_line(
        _("footer text"), _("e.g. the company's legal name and address."), blank=True
    )
    imprint_page = _page(
        _("imprint (Impressum)"),
        _("Required for German sites; linked in every footer."),
    )
    privacy_page = _page(
        _("privacy notice (Datenschutzerklärung)"),
        _("How you handle candidates' data; linked in every footer."),
    )
    #: The pages every footer links to, in this order.
    LEGAL_PAGES = ("imprint_page", "privacy_page")
    footer_links = StreamField(
        [("link", FooterLinkBlock())],
        blank=True,
        max_num=8,
        verbose_name=_("more footer links"),
    )

    panels = [
        row("name", "website"),
        group(
            _("Look"),
            row("logo", "favicon"),
            "brand_colour",
            FieldPanel(
                "default_hero",
                help_text=_("Shown on pages that have no image of their own."),
            ),
        ),
        group(
            _("Footer"),
            "footer_text",
            "contact_email",
            row(*LEGAL_PAGES),
            "footer_links",
        ),
        group(_("AI maturity"), "claimed_maturity", "show_maturity"),
    ]

    class Meta:
        verbose_name = _("organisation profile")

    def clean(self) -> None:
        super().clean()
        colour = branding.parse_colour(self.brand_colour or "")
        if colour is None:
            raise ValidationError(
                {"brand_colour": _("Enter a CSS colour such as #0b5394.")}
            )
        ratio = branding.contrast(colour)
        if ratio < branding.MIN_CONTRAST:
            raise ValidationError(
                {
                    "brand_colour": _(
                        "%(colour)s is too light: white text on it has a contrast "
                        "of %(ratio).1f:1, and readable text needs at least 4.5:1 "
                        "(WCAG AA). A darker shade of the same colour that works: "
                        "%(shade)s."
                    )
                    % {
                        "colour": colour,
                        "ratio": ratio,
                        "shade": branding.readable_shade(colour),
                    }
                }
            )
        self.brand_colour = colour

    @property
    def brand(self) -> str:
        """The brand colour as stored, or the default for a row saved before
        it was validated."""
        return branding.parse_colour(self.brand_colour) or (
            branding.DEFAULT_BRAND_COLOUR
        )
