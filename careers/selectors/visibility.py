"""Which pages the public may see: live, outside private sections (Wagtail's
view restrictions) and outside unpublished sections.

Wagtail keeps a live page live when its parent is unpublished, and lists it
with ``live().public()``; the careers module does not show it anywhere:
unpublishing a careers home hides everything under it.

Like Wagtail's own ``public()``, one small query reads where the hidden
sections start (normally none are unpublished, few are private); the query
that needs them then excludes their paths, with nothing per row for the
database to plan around."""

from django.db.models import Q, QuerySet
from wagtail.models import Page, PageViewRestriction

from careers import request_memo


def hidden_sections() -> list[tuple[str, int, bool]]:
    """Where the hidden sections start, (path, depth, live): read once per
    request (again after any change in it, see ``careers.request_memo``).
    An alias of a private page is private too (Wagtail checks its source's
    restrictions)."""
    memo = request_memo.memo("hidden_sections")
    if "starts" not in memo:
        columns = [qs.values_list("path", "depth", "live") for qs in section_starts()]
        memo["starts"] = list(columns[0].union(*columns[1:]).order_by("path"))
    return memo["starts"]


def section_starts() -> list[QuerySet]:
    """The pages that start a hidden section, as the parts of one union (a
    page may be in more than one).

    As a union: the three conditions OR-ed in one WHERE made PostgreSQL join
    every page to the restrictions twice (17 ms at 20,000 pages); apart, the
    first two read the restrictions' few rows through indexes and the third
    is one plain pass over the pages."""
    restricted = PageViewRestriction.objects.values("page_id")
    parts = [
        Page.objects.filter(pk__in=restricted),
        Page.objects.filter(alias_of__in=restricted),
        Page.objects.filter(live=False, numchild__gt=0),
    ]
    return [qs.order_by() for qs in parts]


def sections_known() -> bool:
    """Whether this request has read the hidden sections already."""
    return "starts" in request_memo.memo("hidden_sections")


def remember_sections(rows) -> None:
    """This request's hidden sections from ``(path, depth, live)`` rows of
    ``section_starts`` read along with something else (``versioning`` reads
    them with the version), as ``hidden_sections`` reads them."""
    memo = request_memo.memo("hidden_sections")
    memo.setdefault("starts", sorted(set(rows)))


def hidden_sections_q() -> Q:
    """Pages with a view restriction on them or an ancestor, or with an
    ancestor that is not live, as path prefixes."""
    starts = hidden_sections()
    q = Q()
    for path, depth, _live in starts:
        q |= Q(path__startswith=path, depth__gte=depth)
    return q or Q(pk__in=[])


def published(qs: QuerySet) -> QuerySet:
    """The pages of ``qs`` the public may see (instead of ``live().public()``,
    at the same cost)."""
    return qs.live().exclude(hidden_sections_q())


def is_public(page: Page) -> bool:
    """Whether ``page`` is outside every hidden section (live or not)."""
    return not any(
        page.path.startswith(path) and page.depth >= depth
        for path, depth, _live in hidden_sections()
    )


def is_visible(page: Page | None) -> bool:
    """What ``published()`` decides in the database, for a page in hand (from
    the hidden sections this request has read; ``None`` shows nothing)."""
    return page is not None and page.live and is_public(page)


def is_in_unpublished_section(page: Page) -> bool:
    """Whether an ancestor of ``page`` is not live (from the hidden sections
    this request has read: an unpublished ancestor has children, so it is
    one of them)."""
    return any(
        not live and depth < page.depth and page.path.startswith(path)
        for path, depth, live in hidden_sections()
    )


def may_be_private(page: Page) -> bool:
    """Whether a view restriction may apply to ``page``: it is an alias, or
    it lies in a hidden section (from the hidden sections this request has
    read; every private page starts one). When not, Wagtail's own check
    (two queries per page served) has nothing to find."""
    return page.alias_of_id is not None or any(
        page.path.startswith(path) and page.depth >= depth
        for path, depth, _live in hidden_sections()
    )
