"""What the claim gate remembers: reviewers' written overrides."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ClaimsOverride(models.Model):
    """A claims reviewer approved a revision although the checker blocked it.

    The reason is mandatory and the approval is also written to Wagtail's
    audit log, so it shows in the page's history."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="claims_overrides"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision", on_delete=models.CASCADE, related_name="+"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.TextField(_("reason"), max_length=2000)
    findings = models.JSONField(_("overridden findings"), default=list)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("claims override")
        verbose_name_plural = _("claims overrides")

    def __str__(self) -> str:
        return f"Override of revision {self.revision_id} by {self.user}"
