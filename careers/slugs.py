"""Slugs a page may not take: the careers home answers some addresses itself.

Used by the page models (every road that saves a page) and by the admin's
page form (the error beside the slug field); depends on nothing of ours."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

#: Slugs the careers home answers itself (its routes and the module's URLs);
#: a child page with one of them would never be reached.
RESERVED_SLUGS = frozenset({"jobs", "search", "api", "feeds", "accessibility"})


def reserved_slug_error(slug: str, parent) -> ValidationError | None:
    """The error for ``slug`` under ``parent`` when that parent answers the
    address itself (``reserved_child_slugs``), else None."""
    if parent is None or not slug:
        return None
    if slug not in getattr(parent.specific_class, "reserved_child_slugs", ()):
        return None
    return ValidationError(
        _(
            "“%(slug)s” is an address the careers home uses itself (its job "
            "listing, search, feeds or accessibility statement), so a page with "
            "this slug could never be opened. Choose another slug."
        )
        % {"slug": slug},
        code="reserved_slug",
    )
