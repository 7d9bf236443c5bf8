"""What the syndication API keeps: partners' API keys (hashes only) and the
job change log that consumers sync from."""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .base import optional_value, text_line

KEY_PREFIX = "ck_"
PREFIX_LENGTH = len(KEY_PREFIX) + 6


class ApiRight(models.TextChoices):
    CLAIMS_CHECK = "claims:check", _("Check AI claims (POST /api/v1/claims/check)")


def hash_key(plaintext: str) -> str:
    return hashlib.sha256(plaintext.encode()).hexdigest()


class ApiKey(models.Model):
    """A partner's key. Only its SHA-256 and a short prefix are stored; the
    plaintext is shown once, when the key is created."""

    name = text_line(
        _("name"), _("Who uses this key, e.g. a job board."), max_length=120
    )
    prefix = models.CharField(_("key starts with"), max_length=16, editable=False)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    rights = models.JSONField(_("rights"), default=list, blank=True)
    rate_per_minute = optional_value(
        models.PositiveIntegerField,
        _("requests per minute"),
        _("Leave empty for the default limit of API keys."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    last_used_at = models.DateTimeField(_("last used"), null=True, editable=False)
    revoked_at = models.DateTimeField(_("revoked"), null=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("API key")
        verbose_name_plural = _("API keys")

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @classmethod
    def issue(cls, **fields) -> tuple["ApiKey", str]:
        """A new key and its plaintext (never stored)."""
        plaintext = KEY_PREFIX + secrets.token_urlsafe(32)
        key = cls(
            prefix=plaintext[:PREFIX_LENGTH], key_hash=hash_key(plaintext), **fields
        )
        key.save()
        return key, plaintext

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None

    def has_right(self, right: str) -> bool:
        return self.is_active and right in (self.rights or [])

    def revoke(self) -> None:
        self.revoked_at = timezone.now()
        self.save(update_fields=["revoked_at"])


class JobChange(models.Model):
    """One entry of the change feed: a job version (key + language) became
    visible or changed (``upsert``) or left the public site (``tombstone``)."""

    class Kind(models.TextChoices):
        UPSERT = "upsert", _("published or changed")
        TOMBSTONE = "tombstone", _("gone")

    class Reason(models.TextChoices):
        PUBLISHED = "published", _("published")
        UNPUBLISHED = "unpublished", _("unpublished")
        EXPIRED = "expired", _("expired")
        DELETED = "deleted", _("deleted")
        PRIVATE = "private", _("made private")
        MOVED = "moved", _("moved")

    kind = models.CharField(max_length=12, choices=Kind.choices)
    reason = models.CharField(max_length=12, choices=Reason.choices)
    page_id = models.PositiveIntegerField(db_index=True)
    job_key = models.CharField(max_length=100)
    language = models.CharField(max_length=8)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("job change")
        verbose_name_plural = _("job changes")

    def __str__(self) -> str:
        return f"{self.kind} {self.job_key}/{self.language} ({self.reason})"
