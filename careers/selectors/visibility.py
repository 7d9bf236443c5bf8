"""Which pages the public may see: live, outside private sections (Wagtail's
view restrictions) and outside unpublished sections.

Wagtail keeps a live page live when its parent is unpublished, and lists it
with ``live().public()``; the careers module does not show it anywhere:
unpublishing a careers home hides everything under it."""

from django.db.models import Exists, F, OuterRef, QuerySet
from django.db.models.functions import Substr
from wagtail.models import Page, PageViewRestriction


def in_unpublished_section() -> Exists:
    """True for pages with an ancestor that is not live (in the same query:
    an ancestor's path is the first ``depth * steplen`` characters of ours)."""
    return Exists(
        Page.objects.filter(
            live=False,
            depth__lt=OuterRef("depth"),
            path=Substr(OuterRef("path"), 1, F("depth") * Page.steplen),
        )
    )


def in_private_section() -> Exists:
    """True for pages under (or with) a view restriction, in the same query."""
    return Exists(
        PageViewRestriction.objects.filter(
            page__depth__lte=OuterRef("depth"),
            page__path=Substr(OuterRef("path"), 1, F("page__depth") * Page.steplen),
        )
    )


def is_published_page(pk_field: str) -> Exists:
    """True when the page whose id is in ``pk_field`` may be seen by the
    public: for annotations, without a query of its own."""
    return Exists(
        Page.objects.filter(pk=OuterRef(pk_field), live=True)
        .exclude(in_private_section())
        .exclude(in_unpublished_section())
    )


def published(qs: QuerySet) -> QuerySet:
    """The pages of ``qs`` the public may see (as a subquery of ids, which the
    search backends can filter on too)."""
    hidden = Page.objects.filter(in_unpublished_section()).values("pk")
    return qs.live().public().exclude(pk__in=hidden)


def is_in_unpublished_section(page: Page) -> bool:
    return Page.objects.filter(pk=page.pk).filter(in_unpublished_section()).exists()
