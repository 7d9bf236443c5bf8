"""Internal page links in rich text, for the public: a link to a page the
public may not see (a draft, a private page, a page in an unpublished
section) keeps its text but loses its address, so no hidden URL or slug is
ever written into a page or its JSON-LD."""

from django.db.models import Model
from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler

from careers.selectors.visibility import published


class PublishedPageLinkHandler(PageLinkHandler):
    @classmethod
    def get_many(cls, attrs_list: list[dict]) -> list[Model]:
        ids = [attrs.get("id") for attrs in attrs_list]
        pages = published(Page.objects.filter(id__in=ids))
        found = {str(page.id): page for page in pages.defer_streamfields().specific()}
        return [found.get(str(id_)) for id_ in ids]
