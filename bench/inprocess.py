"""Measurements taken inside Django, against a seeded database:

    python -m bench.inprocess counts ENDPOINTS.json  # SQL queries per request
    python -m bench.inprocess claims                 # the claim checker's speed
    python -m bench.inprocess warm ENDPOINTS.json    # pages still warm after a publish
    python -m bench.inprocess publisher JOB_PATH     # publishes that job per input line
    python -m bench.inprocess publisher evidence     # changes a story per line

Each prints one JSON document. Settings come from the environment (the
orchestrator passes bench.settings with the run's database and cache)."""

from __future__ import annotations

import dataclasses
import json
import statistics
import sys
import time

POST_WORDS = 1000
REPEAT = 100
LANGS = ("/en/", "/de/")


def setup() -> None:
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import django

    django.setup()


def timed_queries(client, path: str, headers: dict[str, str]) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    extra = {f"HTTP_{k.upper().replace('-', '_')}": v for k, v in headers.items()}
    with CaptureQueriesContext(connection) as queries:
        start = time.perf_counter()
        response = client.get(path, **extra)
        seconds = time.perf_counter() - start
    return {
        "queries": len(queries),
        "ms": round(seconds * 1000, 1),
        "status": response.status_code,
        "etag": response.get("ETag", ""),
    }


def counts(endpoints: list[dict]) -> dict[str, dict]:
    """For each endpoint: queries (and in-process time) of the first request
    after the cache was cleared (the shared one and this process's copy: a
    new worker's first request with Redis empty), and of a repeated one.
    Every endpoint is requested once first, so lazy imports and per-process
    set-up are not counted (answers with every job excepted: the others' first requests
    warm up the same code). A conditional GET sends the ETag its plain GET
    just got."""
    from django.core.cache import cache
    from django.test import Client

    from careers import version_cache

    client = Client(HTTP_HOST="127.0.0.1")
    for ep in endpoints:
        if not ep.get("bulk"):  # seconds each at 10,000 jobs; the others warm up
            client.get(ep["path"])
    found = {}
    for ep in endpoints:
        headers = dict(ep.get("headers", {}))
        if ep.get("conditional"):
            etag = timed_queries(client, ep["path"], {})["etag"]
            found[ep["name"]] = {
                "cold": None,
                "warm": timed_queries(client, ep["path"], {"If-None-Match": etag}),
            }
            continue
        cache.clear()
        version_cache.clear_process()
        cold = timed_queries(client, ep["path"], headers)
        warm = timed_queries(client, ep["path"], headers)
        found[ep["name"]] = {"cold": cold, "warm": warm}
    return found


def warm_after_publish(endpoints: list[dict], jobs: int = 20) -> dict:
    """Which pages stay warm in the page cache when one job is published:
    the measured pages and ``jobs`` job posts are each visited twice
    (rendered, then from the cache), the first of those jobs is published
    again, then each is asked once more: one query (the content versions)
    is a cache hit (two for the first: the next expiry is found again once
    the jobs changed); more means it was rendered again."""
    from django.core.cache import cache
    from django.test import Client

    from careers.models import JobPostingPage

    posts = list(JobPostingPage.objects.live().public().order_by("pk")[:jobs])
    paths = {ep["name"]: ep["path"] for ep in endpoints if ep["path"].startswith(LANGS)}
    paths.update({f"job {job.pk}": job.url for job in posts})
    client = Client(HTTP_HOST="127.0.0.1")
    cache.clear()
    for path in paths.values():
        for _ in range(2):
            client.get(path)
    published = posts[0]
    published.save_revision().publish()
    found = {name: timed_queries(client, path, {}) for name, path in paths.items()}
    cold = sorted(name for name, q in found.items() if q["queries"] > 2)
    others = [f"job {job.pk}" for job in posts[1:]]
    return {
        "published": published.url,
        "published_pk": published.pk,
        "pages": len(found),
        "still_warm": len(found) - len(cold),
        "other_jobs_warm": sum(name not in cold for name in others),
        "other_jobs": len(others),
        "cold": cold,
    }


#: ``publisher``'s word for a change to the evidence rather than to a job.
EVIDENCE = "evidence"


def publisher(path: str) -> None:
    """Publish the job at ``path`` again (a new revision, published as an
    editor's publish does) each time a line comes on standard input, and
    answer "published" when its transaction has committed: the load client
    asks for the first page after a change right after that.

    ``path`` ``evidence``: the site's first impact story instead, its
    technique numbered anew each time: a change to what every page's claims
    are checked against (what a job's publish leaves warm is rebuilt, and
    every page checks its claims again)."""
    from careers.models import ImpactStoryPage, JobPostingPage

    if path == EVIDENCE:
        page = ImpactStoryPage.objects.live().order_by("path").first()
    else:
        url_path = path.rstrip("/").split("/")[-1]
        language = path.strip("/").split("/")[0]
        page = JobPostingPage.objects.get(slug=url_path, locale__language_code=language)
    technique = getattr(page, "technique", "")
    print("ready", flush=True)  # noqa: T201
    for n, _line in enumerate(sys.stdin, start=1):
        page.refresh_from_db()
        if path == EVIDENCE:
            page.technique = f"{technique} ({n})"
        page.save_revision().publish()
        print("published", flush=True)  # noqa: T201


def long_post(items: list) -> str:
    """About 1,000 words of the demo's English texts (job posts first, then
    the other pages), as one post."""
    parts, words = [], 0
    english = [i for i in items if i.language == "en"]
    for item in sorted(english, key=lambda i: i.kind != "job_post"):
        for text in item.texts.values():
            parts.append(text)
            words += len(text.split())
        if words >= POST_WORDS:
            break
    return "\n".join(parts)


def claims_speed() -> dict:
    """The demo site exported as a bundle: the median time to check one
    1,000-word AI job post, and items per second over the site's items
    repeated 100 times (unique ids)."""
    from careers import claims
    from careers.services.bundles import export_bundle

    start = time.perf_counter()
    bundle = claims.parse_bundle(export_bundle())
    export_seconds = time.perf_counter() - start
    job = next(i for i in bundle.items if i.is_ai_role and i.language == "en")
    text = long_post(list(bundle.items))
    post = dataclasses.replace(job, id="long-post", texts={"text": text})
    single = dataclasses.replace(bundle, items=(post,))
    claims.check(single)  # the lexicon loads once per process
    times = []
    for _ in range(21):
        start = time.perf_counter()
        claims.check(single)
        times.append(time.perf_counter() - start)
    many = dataclasses.replace(
        bundle,
        items=tuple(
            dataclasses.replace(item, id=f"{item.id}~{n}")
            for n in range(REPEAT)
            for item in bundle.items
        ),
    )
    start = time.perf_counter()
    report = claims.check(many)
    seconds = time.perf_counter() - start
    return {
        "post_words": len(text.split()),
        "post_median_ms": round(statistics.median(times) * 1000, 2),
        "items": len(many.items),
        "items_per_second": round(len(many.items) / seconds, 1),
        "check_seconds": round(seconds, 3),
        "export_seconds": round(export_seconds, 3),
        "reported_items": len(report.items),
    }


def main(argv: list[str]) -> None:
    setup()
    if argv[:1] == ["counts"]:
        with open(argv[1]) as f:
            result = counts(json.load(f))
    elif argv[:1] == ["claims"]:
        result = claims_speed()
    elif argv[:1] == ["publisher"]:
        publisher(argv[1])
        return
    elif argv[:1] == ["warm"]:
        with open(argv[1]) as f:
            result = warm_after_publish(json.load(f))
    else:
        raise SystemExit(__doc__)
    print(json.dumps(result))  # noqa: T201


if __name__ == "__main__":
    main(sys.argv[1:])
