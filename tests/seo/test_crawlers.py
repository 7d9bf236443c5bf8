"""sitemap.xml, robots.txt, canonical URLs, hreflang and Open Graph."""

import xml.etree.ElementTree as ET

from tests import factories

NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}


def sitemap(client) -> dict[str, dict]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 (our own sitemap)
    urls = {}
    for url in root.findall("sm:url", NS):
        urls[url.findtext("sm:loc", namespaces=NS)] = {
            "lastmod": url.findtext("sm:lastmod", namespaces=NS),
            "alternates": {
                link.get("hreflang"): link.get("href")
                for link in url.findall("xhtml:link", NS)
            },
        }
    return urls


def test_sitemap_lists_live_pages_with_lastmod_and_hreflang(home, client):
    job = factories.job(home, "Picker")
    team = factories.team(home)
    factories.translate(home, "de", title="Karriere")
    factories.translate(job, "de", title="Kommissionierer:in")
    urls = sitemap(client)
    base = "http://localhost"
    for path in ("/en/", "/de/", "/en/jobs/", "/de/jobs/", job.url, "/de/jobs/picker/"):
        assert f"{base}{path}" in urls, path
    assert f"{base}{team.url}" in urls
    for info in urls.values():
        assert len(info["lastmod"]) == 10  # YYYY-MM-DD
    assert urls[f"{base}/en/jobs/picker/"]["alternates"] == {
        "en": f"{base}/en/jobs/picker/",
        "de": f"{base}/de/jobs/picker/",
    }
    assert urls[f"{base}/de/jobs/"]["alternates"]["en"] == f"{base}/en/jobs/"
    assert urls[f"{base}{team.url}"]["alternates"] == {}


def test_robots_txt_allows_all_but_the_admin_and_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /" not in lines


def test_head_has_canonical_hreflang_and_open_graph(home, client, organisation):
    job = factories.job(home, "Picker", search_description="Pick parcels with us.")
    factories.translate(home, "de", title="Karriere")
    factories.translate(job, "de", title="Kommissionierer:in")
    html = client.get(job.url).content.decode()
    head = html[: html.index("</head>")]
    assert '<link rel="canonical" href="http://localhost/en/jobs/picker/">' in head
    assert (
        '<link rel="alternate" hreflang="de" href="http://localhost/de/jobs/picker/">'
        in head
    )
    assert (
        '<link rel="alternate" hreflang="x-default" href="http://localhost/en/jobs/picker/">'
        in head
    )
    assert '<meta property="og:title" content="Picker">' in head
    assert '<meta property="og:description" content="Pick parcels with us.">' in head
    assert '<meta property="og:url" content="http://localhost/en/jobs/picker/">' in head
    assert '<meta property="og:site_name" content="Testfirma GmbH">' in head
    assert '<meta name="description" content="Pick parcels with us.">' in head


def test_share_image_is_an_absolute_rendition(home, client, organisation):
    team = factories.team(home, image=organisation.logo)
    html = client.get(team.url).content.decode()
    assert '<meta property="og:image" content="http://testserver/' in html
    assert ".fill-1200x630." in html
