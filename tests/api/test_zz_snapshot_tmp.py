"""TEMPORARY (not committed): dump API output for before/after comparison."""

import json
import os
import re

from django.core.cache import cache

URLS = [
    "/api/v1/jobs/?page_size=100",
    "/api/v1/jobs/?page_size=100&language=de",
    "/api/v1/teams/?page_size=100",
    "/api/v1/teams/?page_size=100&language=de",
    "/api/v1/stories/?page_size=100",
    "/api/v1/roadmap/?page_size=100",
    "/api/v1/community/?page_size=100",
    "/api/v1/jobs/changes/",
    "/api/v1/schema/",
]


def norm(text: str) -> str:
    text = re.sub(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?", "DATETIME", text)
    return re.sub(r"\d{4}-\d{2}-\d{2}", "DATE", text)


def test_dump(demo_module, db, client):
    out = os.environ["SNAP_OUT"]
    os.makedirs(out, exist_ok=True)
    for i, url in enumerate(URLS):
        cache.clear()
        r = client.get(url, HTTP_ACCEPT="application/json")
        assert r.status_code == 200, (url, r.content[:300])
        data = json.loads(r.content)
        with open(f"{out}/{i}.json", "w") as f:
            f.write(norm(json.dumps(data, indent=1, sort_keys=True)))
    jobs = json.loads(client.get(URLS[0]).content)
    key = jobs["results"][0]["id"] if "results" in jobs else jobs[0]["id"]
    cache.clear()
    r = client.get(f"/api/v1/jobs/{key}/")
    with open(f"{out}/detail.json", "w") as f:
        f.write(norm(json.dumps(json.loads(r.content), indent=1, sort_keys=True)))
