"""Measurements taken inside Django, against a seeded database:

    python -m bench.inprocess counts ENDPOINTS.json  # SQL queries per request
    python -m bench.inprocess claims                 # the claim checker's speed

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
    after the cache was cleared, and of a repeated one. Every endpoint is
    requested once first, so lazy imports and per-process set-up are not
    counted (answers with every job excepted: the others' first requests
    warm up the same code). A conditional GET sends the ETag its plain GET
    just got."""
    from django.core.cache import cache
    from django.test import Client

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
        cold = timed_queries(client, ep["path"], headers)
        warm = timed_queries(client, ep["path"], headers)
        found[ep["name"]] = {"cold": cold, "warm": warm}
    return found


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
    from careers.bundles import export_bundle

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
    else:
        raise SystemExit(__doc__)
    print(json.dumps(result))  # noqa: T201


if __name__ == "__main__":
    main(sys.argv[1:])
