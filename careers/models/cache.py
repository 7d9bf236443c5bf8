"""The content versions that decide whether a cached answer is still valid.

Kept in the database, not in the cache: every worker of every machine reads
the same row, and a change commits together with its new version, so no
cache (per process, down, read-only or restarted with old data) can make a
stale copy valid again."""

from django.db import models


class ContentVersion(models.Model):
    """One row per scope ("site": anything that may list or link everything);
    the token changes with every change in that scope."""

    scope = models.CharField(max_length=64, primary_key=True)
    token = models.CharField(max_length=32)
    #: Epoch seconds of the last change, strictly increasing (Last-Modified).
    modified = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = "content version"

    def __str__(self) -> str:
        return f"{self.scope}: {self.token}"
