"""The content versions that decide whether a cached answer is still valid.

Kept in the database, not in the cache: every worker of every machine reads
the same row, and a change commits together with its new version, so no
cache (per process, down, read-only or restarted with old data) can make a
stale copy valid again."""

import uuid

from django.db import models
from django.db.models import OuterRef, Subquery, Value
from django.db.models.functions import Cast, Concat, Replace


class ContentVersion(models.Model):
    """One row per scope ("site": anything that may list or link everything);
    the token changes with every change in that scope."""

    scope = models.CharField(max_length=64, primary_key=True)
    token = models.CharField(max_length=32)
    #: Epoch seconds of the last change, strictly increasing (Last-Modified).
    modified = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = "content version"

    #: A page's scope is this and its translation key as 32 hexadecimal
    #: digits (``page_scope``): the page and its translations.
    PAGE_SCOPE_PREFIX = "page:"

    def __str__(self) -> str:
        return f"{self.scope}: {self.token}"

    @classmethod
    def page_scope(cls, page) -> str:
        return f"{cls.PAGE_SCOPE_PREFIX}{uuid.UUID(str(page.translation_key)).hex}"

    @classmethod
    def of_page_rows(cls) -> dict:
        """Annotations reading, with each page row of a query, its page
        scope's token and time (``versioning.remember_token``): the row is
        then exactly as new as that token. (A UUID as text has dashes in
        PostgreSQL and none in SQLite: both compare without them.)"""
        key = Cast(OuterRef("translation_key"), models.CharField())
        hexadecimal = Replace(key, Value("-"), Value(""))
        rows = cls.objects.filter(
            scope=Concat(Value(cls.PAGE_SCOPE_PREFIX), hexadecimal)
        )
        return {
            "careers_version_token": Subquery(rows.values("token")[:1]),
            "careers_version_modified": Subquery(rows.values("modified")[:1]),
        }
