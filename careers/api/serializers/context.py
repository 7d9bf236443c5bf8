"""What serializers need beyond the rows themselves, fetched once per page."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from django.db.models import QuerySet
from wagtail.models import Page

from careers.page_urls import PageUrls

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

    @cached_property
    def page_urls(self) -> PageUrls:
        return PageUrls(self.request, all_sites=True)

    def url(self, page: Page | None) -> str | None:
        """The page's full URL, as ``get_full_url()`` gives it, from its site
        root's URL and its ``url_path`` (``get_full_url()`` per page and per
        link was a third of a change feed page of 500 jobs)."""
        if page is None:
            return None
        return self.page_urls.of(page.path, page.url_path) or None

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
