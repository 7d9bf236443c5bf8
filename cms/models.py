"""The host site's own settings: footer links that every page shows."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="list-ul")
class SiteChrome(BaseSiteSetting):
    imprint_url = models.URLField(
        _("imprint (Impressum)"),
        blank=True,
        help_text=_("Required for German sites; linked in every footer."),
    )
    privacy_url = models.URLField(_("privacy notice"), blank=True)
    contact_email = models.EmailField(_("contact e-mail for candidates"), blank=True)
    footer_text = models.CharField(_("footer text"), max_length=200, blank=True)

    panels = [
        FieldPanel("imprint_url"),
        FieldPanel("privacy_url"),
        FieldPanel("contact_email"),
        FieldPanel("footer_text"),
    ]

    class Meta:
        verbose_name = _("site footer")
