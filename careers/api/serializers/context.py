"""What serializers need beyond the rows themselves, fetched once per page."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db.models import QuerySet
from wagtail.models import Page

from ..queries import linked_pages, translations_of
from ..richtext import rich_text


@dataclass
class ApiContext:
    request: Any
    translations: dict[str, list[Page]] = field(default_factory=dict)
    links: dict[int, Page] = field(default_factory=dict)
    verdicts: dict[int, bool] | None = None

    @classmethod
    def for_pages(
        cls,
        request,
        pages: Sequence[Page],
        *,
        versions: QuerySet,
        texts: Iterable[str] = (),
    ) -> "ApiContext":
        ctx = cls(request)
        ctx.translations = translations_of(pages, versions)
        ctx.links = linked_pages(texts)
        return ctx

    def url(self, page: Page | None) -> str | None:
        return page.get_full_url(self.request) if page is not None else None

    def rich(self, value: str) -> dict[str, str]:
        return rich_text(value, self.links, self.request)

    def other_versions(self, page: Page) -> list[Page]:
        """The page's other open versions, by language."""
        versions = self.translations.get(str(page.translation_key), [])
        return [
            v
            for v in sorted(versions, key=lambda v: v.locale.language_code)
            if v.pk != page.pk
        ]
