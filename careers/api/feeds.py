"""RSS 2.0 and Atom feeds of open jobs, filterable like the API.

A feed is in one language (``?language=``, else the default one) and is
written in it: its title, categories and ``xml:lang``; its self link and
Atom id name the language and filters, so each is a feed of its own."""

from urllib.parse import urlencode

from django.contrib.syndication.views import Feed
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from careers.conf import api_setting
from careers.models import JobPostingPage
from careers.selectors.visibility import is_visible
from careers.text import plain_text, safe_html, xml_safe

from .feed_views import FeedJob, FeedQuery, feed_query, feed_view


class JobsFeed(Feed):
    feed_type = Rss201rev2Feed

    def get_object(self, request) -> FeedQuery:
        query = feed_query(request, limit=api_setting("FEED_MAX_ITEMS"))
        self.language = query.language
        return query

    def get_feed(self, obj: FeedQuery, request):
        with translation.override(obj.language):
            return super().get_feed(obj, request)

    def feed_url(self, query: FeedQuery) -> str:
        """This feed's address: its filters with the language always named."""
        given = query.request.GET
        params = [
            (k, v) for k in sorted(given) if k != "language" for v in given.getlist(k)
        ]
        params.append(("language", query.language))
        path = f"{query.request.path}?{urlencode(params)}"
        return query.request.build_absolute_uri(path)

    def feed_guid(self, query: FeedQuery) -> str:
        return self.feed_url(query)

    def author_name(self, query: FeedQuery) -> str:
        """RFC 4287 wants an author for each Atom entry: the organisation."""
        return xml_safe(query.company or query.request.get_host())

    def author_link(self, query: FeedQuery) -> str:
        return self.link(query)

    def title(self, query: FeedQuery) -> str:
        return xml_safe(_("Jobs at %s") % query.company)

    def link(self, query: FeedQuery) -> str:
        return query.site_url or query.request.build_absolute_uri("/")

    def description(self, query: FeedQuery) -> str:
        return xml_safe(_("Open positions at %s") % query.company)

    def items(self, query: FeedQuery) -> list[FeedJob]:
        # The labels of the choices in the feed's language, looked up once.
        self.labels = {
            name: {
                value: str(label)
                for value, label in JobPostingPage._meta.get_field(name).flatchoices
            }
            for name in ("workplace_type", "employment_type")
        }
        return query.jobs

    def item_title(self, job: FeedJob) -> str:
        return xml_safe(job.title)

    def item_description(self, job: FeedJob) -> str:
        return safe_html(job.introduction) or xml_safe(plain_text(job.tasks))

    def item_link(self, job: FeedJob) -> str:
        return job.url

    def item_guid(self, job: FeedJob) -> str:
        return job.url

    def item_pubdate(self, job: FeedJob):
        return job.first_published_at

    def item_updateddate(self, job: FeedJob):
        return job.last_published_at

    def item_categories(self, job: FeedJob) -> list[str]:
        labels = [
            self.labels["workplace_type"].get(job.workplace_type, job.workplace_type),
            self.labels["employment_type"].get(
                job.employment_type, job.employment_type
            ),
        ]
        if is_visible(job.team):
            labels.insert(0, job.team.title)
        labels += job.cities
        return [xml_safe(str(label)) for label in labels]


class JobsAtomFeed(JobsFeed):
    feed_type = Atom1Feed

    def subtitle(self, query: FeedQuery) -> str:
        return self.description(query)


def rss(request):
    return JobsFeed()(request)  # a Feed per request: it keeps request state


def atom(request):
    return JobsAtomFeed()(request)


rss_view = feed_view(rss)
atom_view = feed_view(atom)
