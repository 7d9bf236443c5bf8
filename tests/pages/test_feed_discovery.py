"""Every careers page type announces the job feeds in its own language
(``<link rel="alternate">`` in the head), so feed readers find them."""

from html.parser import HTMLParser

import feedparser
import pytest

from .conftest import expire, html


class FeedLinks(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") == "alternate" and "type" in attrs:
            self.links[attrs["type"]] = attrs["href"]


def feed_links(client, url: str, status: int = 200) -> dict[str, str]:
    response = client.get(url)
    assert response.status_code == status, url
    parser = FeedLinks()
    parser.feed(html(response))
    return parser.links


PAGES = ["home", "team", "roadmap", "story", "job", "community"]


@pytest.mark.parametrize("name", PAGES)
def test_every_page_type_links_the_feeds_of_its_language(client, content, name):
    links = feed_links(client, getattr(content, name).url)
    assert set(links) == {"application/rss+xml", "application/atom+xml"}
    assert all(href.endswith("?language=en") for href in links.values()), links


@pytest.mark.parametrize(
    "url", ["/en/jobs/", "/en/jobs/?workplace_type=remote", "/en/search/?q=lead"]
)
def test_listing_and_search_link_the_feeds(client, content, url):
    links = feed_links(client, url)
    assert set(links) == {"application/rss+xml", "application/atom+xml"}


def test_german_pages_link_the_german_feeds(client, content):
    for page in (content.home_de, content.job_de, content.team_de):
        links = feed_links(client, page.url)
        assert links["application/atom+xml"].endswith("?language=de"), page.url
    links = feed_links(client, "/de/jobs/")
    assert links["application/rss+xml"].endswith("?language=de")


def test_the_410_page_of_an_expired_job_links_the_feeds(client, content):
    job = expire(content.remote_job)
    links = feed_links(client, job.url, status=410)
    assert set(links) == {"application/rss+xml", "application/atom+xml"}


def test_the_linked_feeds_answer_in_the_pages_language(client, content):
    """The announced Atom feed of a German page is German and lists the
    German job."""
    href = feed_links(client, content.job_de.url)["application/atom+xml"]
    parsed = feedparser.parse(client.get(href).content)
    assert not parsed.bozo
    assert parsed.feed.language == "de"
    assert [e.title for e in parsed.entries] == [content.job_de.title]
