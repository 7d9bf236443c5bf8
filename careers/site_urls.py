"""Site-wide URLs for crawlers: sitemap.xml and robots.txt."""

urlpatterns: list = []
