"""The load test's own arithmetic and request mix (bench/loadtest.py); the run
itself is `make bench` / `make loadtest`, not part of the suite."""

import random
from urllib.parse import parse_qs, urlsplit

from bench import loadtest


def test_errors_are_counted_per_endpoint_and_named():
    results = loadtest.Results()
    for ms in range(1, 101):
        results.record("listing", "/en/jobs/", ms / 1000, 200)
    results.record("listing", "/en/jobs/?q=x", 0.5, 500)
    results.record("feed-rss", "/feeds/jobs.rss", 0.01, "ConnectionResetError")

    figures = loadtest.summary(results)

    assert figures["requests"] == 102
    assert figures["errors"] == 2
    listing = next(r for r in figures["endpoints"] if r["endpoint"] == "listing")
    assert listing["p50_ms"] == 51.0
    assert listing["p95_ms"] == 96.0
    assert listing["max_ms"] == 500.0
    assert figures["failures"]["listing"] == ["500 /en/jobs/?q=x"]
    text = loadtest.table(figures)
    assert "| listing | 101 | 1 |" in text
    assert "102 requests, 2 errors" in text
    assert "error feed-rss: ConnectionResetError /feeds/jobs.rss" in text


def test_the_listing_forms_choices_are_read_from_inputs_and_selects():
    html = (
        '<input type="checkbox" name="team" value="data">'
        '<input type="checkbox" name="team" value="platform">'
        '<select id="w" name="workplace_type"><option value="">Any</option>'
        '<option value="remote">Remote</option></select>'
    )
    assert loadtest.choices(html, "team") == ["data", "platform"]
    assert loadtest.choices(html, "workplace_type") == ["remote"]
    assert loadtest.choices(html, "location") == []


def test_crawler_requests_only_use_known_filters_and_public_paths():
    targets = loadtest.Targets(
        filters={"team": ["data", "platform"], "country": ["DE"]},
        pages=["/en/", "/de/"],
        jobs=["/en/jobs/a/"],
        job_keys=["abc"],
    )
    rng = random.Random(7)
    seen = set()
    for _ in range(500):
        endpoint, path = targets.request(rng)
        seen.add(endpoint)
        url = urlsplit(path)
        assert url.path.startswith(("/en/", "/de/", "/api/v1/", "/feeds/", "/sitemap"))
        params = parse_qs(url.query)
        assert set(params) <= {"team", "country", "q", "ordering"}
        if url.path.startswith(("/api/", "/feeds/")):
            assert "country" not in params
    assert {"listing", "job", "api-jobs", "feed-rss", "sitemap"} <= seen


def test_the_hostile_phases_ask_unique_pages_and_long_punctuation_runs():
    targets = loadtest.Targets(filters={}, pages=["/en/"], jobs=["/en/a/"], job_keys=[])
    paths = [path for _e, path, _p in loadtest.unique_query_requests(targets, 90)]
    assert len(set(paths)) == 90
    posts = list(loadtest.punctuation_requests("ck_key", 3))
    assert {endpoint for endpoint, _path, _post in posts} == {"hostile-claims"}
    body = posts[0][2]["body"].decode()
    assert "!" * 40000 + "x" in body
    assert posts[0][2]["headers"]["X-Api-Key"] == "ck_key"


def test_a_slow_healthz_during_a_hostile_phase_fails_the_run():
    results = loadtest.Results()
    for ms in range(1, 101):
        results.record("healthz-claims", "/healthz", ms / 1000, 200)
    figures = loadtest.summary(results)
    assert figures["errors"] == 0
    assert figures["slow"] == ["healthz-claims p95 95.0 ms (limit 50.0 ms)"]
    assert "too slow: healthz-claims" in loadtest.table(figures)


def test_a_run_with_errors_keeps_gunicorns_log(capsys):
    """The site is removed either way; its server's log outlives a run with
    errors, and the run says where."""
    kept = []
    for keep in (False, True):
        site = loadtest.Site(None, workers=1)
        (site.dir / "gunicorn.log").write_text("Traceback: the 500\n")
        site.stop(keep_log=keep)
        assert not site.dir.exists()
        kept.append(site.dir.parent / f"{site.dir.name}-gunicorn.log")
    assert not kept[0].exists()
    try:
        assert kept[1].read_text() == "Traceback: the 500\n"
        assert str(kept[1]) in capsys.readouterr().err
    finally:
        kept[1].unlink()
