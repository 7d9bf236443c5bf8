"""Which pages the public may see: live and outside any view restriction.

One query per request for the restrictions, then every check is in memory, so
serializers can test linked evidence without a query per row."""

from functools import cached_property

from wagtail.models import Page, PageViewRestriction


class Visibility:
    @cached_property
    def private_paths(self) -> tuple[str, ...]:
        return tuple(PageViewRestriction.objects.values_list("page__path", flat=True))

    def is_public(self, page: Page) -> bool:
        return not any(page.path.startswith(p) for p in self.private_paths)

    def shows(self, page: Page | None) -> bool:
        """Live and public (``None`` shows nothing)."""
        return page is not None and page.live and self.is_public(page)
