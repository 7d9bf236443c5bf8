"""What serializers need beyond the rows themselves, fetched once per page."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db.models import QuerySet
from wagtail.models import Page

from careers.selectors.visibility import is_visible

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

    def shows(self, page: Page | None) -> bool:
        return is_visible(page)

    def other_versions(self, page: Page) -> list[dict]:
        versions = self.translations.get(str(page.translation_key), [])
        return [
            {
                "language": v.locale.language_code,
                "id": v.key,
                "url": self.url(v),
            }
            for v in sorted(versions, key=lambda v: v.locale.language_code)
            if v.pk != page.pk
        ]

    def page_ref(self, page: Page | None) -> dict | None:
        """``{id, name, url}`` of a live, public page, else None."""
        if not self.shows(page):
            return None
        return {"id": page.key, "name": page.title, "url": self.url(page)}
