"""Which pages the public may see: live, outside any view restriction and
outside unpublished sections (careers.selectors.visibility).

One query per request for the restricted and unpublished sections, then every
check is in memory, so serializers can test linked evidence without a query
per row."""

from functools import cached_property

from django.db.models import Q
from wagtail.models import Page


class Visibility:
    @cached_property
    def private_paths(self) -> tuple[str, ...]:
        hidden = Q(view_restrictions__isnull=False) | Q(live=False, numchild__gt=0)
        return tuple(Page.objects.filter(hidden).values_list("path", flat=True))

    def is_public(self, page: Page) -> bool:
        return not any(page.path.startswith(p) for p in self.private_paths)

    def shows(self, page: Page | None) -> bool:
        """Live and public (``None`` shows nothing)."""
        return page is not None and page.live and self.is_public(page)
