"""A bounded load test (issue 7): crawler-like requests over the listing's,
the API's and the feeds' filter permutations, with a burst on one job post
in the middle; errors must be 0, p95 is reported per endpoint.

Then two hostile phases (issue 10), each with /healthz probed throughout:
long punctuation runs (``"!" * 40000 + "x"``) posted to the claims checker
from an API key, and pages asked for with query strings never seen before
(unknown parameters and unique searches). Errors must stay 0 and /healthz's
p95 under HEALTHZ_P95_MS during them.

It starts its own site and stops it: a scratch SQLite database in a temporary
folder (migrated, seeded with ``manage.py load_demo``), static files
collected there, gunicorn with the production settings (2 sync workers,
127.0.0.1, a free port, DJANGO_SECURE_SSL_REDIRECT=0), and removes it all at
the end. The simulated crawlers come from many addresses through one
configured proxy (DJANGO_NUM_PROXIES=1, X-Forwarded-For), so the production
rate limits stay on and are not hit.

    python -m bench.loadtest                  # 30 s, 8 crawlers, burst of 400
    python -m bench.loadtest --seconds 10 --json out.json
    python -m bench.loadtest --database-url postgres://.../empty_db
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import os
import random
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parents[1]
SETTINGS = """from config.settings.production import *  # noqa: F403

STATIC_ROOT = {static!r}
"""
FEEDS = [("rss", "jobs.rss"), ("atom", "jobs.atom"), ("indeed", "indeed.xml")]
HEALTHZ_P95_MS = 50.0
PUNCTUATION = ["!" * 40000 + "x", "." * 40000 + "x", "\u2026" * 20000 + "x"]
ISSUE_KEY = (
    "from careers.models import ApiKey; "
    "print(ApiKey.issue(name='loadtest', rights=['claims:check'])[1])"
)
WORDS = ["data", "engineer", "logistics", "lead", "machine learning", "hamburg", "ai"]


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)  # noqa: T201


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# the site ----------------------------------------------------------------------


class Site:
    """A seeded scratch site on gunicorn; ``stop()`` removes every trace."""

    def __init__(self, database_url: str | None, workers: int, threads: int = 1):
        self.dir = Path(tempfile.mkdtemp(prefix="careers-loadtest-"))
        (self.dir / "loadtest_settings.py").write_text(
            SETTINGS.format(static=str(self.dir / "static"))
        )
        self.port = free_port()
        self.workers = workers
        self.threads = threads
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")},
            "PYTHONPATH": os.pathsep.join([str(self.dir), str(ROOT)]),
            "DJANGO_SETTINGS_MODULE": "loadtest_settings",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DJANGO_SECURE_SSL_REDIRECT": "0",
            "DJANGO_NUM_PROXIES": "1",
            "DATABASE_URL": database_url or f"sqlite:///{self.dir / 'db.sqlite3'}",
            "MEDIA_ROOT": str(self.dir / "media"),
        }
        self.server: subprocess.Popen | None = None

    def manage(self, *args: str) -> str:
        done = subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            check=True,
            capture_output=True,
            text=True,
        )
        return done.stdout

    def prepare(self) -> None:
        started = time.monotonic()
        self.manage("migrate", "--noinput", "-v", "0")
        self.manage("load_demo", "--no-users")
        self.manage("collectstatic", "--noinput", "-v", "0")
        log(f"seeded in {time.monotonic() - started:.0f} s")

    def start(self) -> None:
        self.server = subprocess.Popen(  # noqa: S603
            [
                str(Path(sys.executable).parent / "gunicorn"),
                "config.wsgi:application",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(self.workers),
                "--threads",
                str(self.threads),
                "--timeout",
                "60",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=(self.dir / "gunicorn.log").open("w"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.server.poll() is not None:
                raise RuntimeError((self.dir / "gunicorn.log").read_text())
            try:
                if get(self.port, "/healthz")[0] == 200:
                    return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("gunicorn did not answer in 60 s")

    def stop(self, *, keep_log: bool = False) -> None:
        """Stop gunicorn and remove the site; ``keep_log``: its log is moved
        out first (a run with errors: what the server said of them)."""
        if self.server is not None and self.server.poll() is None:
            os.killpg(self.server.pid, signal.SIGTERM)
            try:
                self.server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.server.pid, signal.SIGKILL)
                self.server.wait()
        log = self.dir / "gunicorn.log"
        if keep_log and log.exists():
            kept = Path(tempfile.gettempdir()) / f"{self.dir.name}-gunicorn.log"
            shutil.move(log, kept)
            print(f"errors: gunicorn's log is kept in {kept}", file=sys.stderr)  # noqa: T201
        shutil.rmtree(self.dir, ignore_errors=True)


def get(
    port: int,
    path: str,
    client_ip: str = "192.0.2.1",
    *,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, bytes]:
    """A GET, or a POST of ``body`` when there is one."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request(
            "GET" if body is None else "POST",
            path,
            body=body,
            headers={
                "User-Agent": "careers-loadtest (crawler)",
                "X-Forwarded-For": client_ip,
                "Accept-Language": "en",
                **(headers or {}),
            },
        )
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


# what to ask for -----------------------------------------------------------------


def choices(html: str, name: str) -> list[str]:
    """The values of the listing form's inputs and options named ``name``."""
    found = re.findall(rf'name="{name}"[^>]*value="([^"]+)"', html)
    if not found:
        select = re.search(rf'<select[^>]*name="{name}".*?</select>', html, re.S)
        found = (
            re.findall(r'<option value="([^"]+)"', select.group(0)) if select else []
        )
    return [v for v in found if v]


@dataclass
class Targets:
    filters: dict[str, list[str]]
    pages: list[str]
    jobs: list[str]
    job_keys: list[str]

    @classmethod
    def discover(cls, port: int) -> Targets:
        listing = get(port, "/en/jobs/")[1].decode()
        names = ("team", "location", "workplace_type", "employment_type", "country")
        filters = {name: choices(listing, name) for name in names}
        sitemap = get(port, "/sitemap.xml")[1].decode()
        pages = [urlsplit(u).path for u in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
        api = json.loads(get(port, "/api/v1/jobs/?page_size=100")[1])["results"]
        jobs = [urlsplit(j["url"]).path for j in api]
        return cls(filters, pages, jobs, [j["id"] for j in api])

    def query(self, rng: random.Random) -> dict[str, list[str]]:
        """A random permutation of filters, as a crawler following links finds."""
        params: dict[str, list[str]] = {}
        for name, values in self.filters.items():
            if values and rng.random() < 0.4:
                params[name] = rng.sample(values, k=min(len(values), rng.randint(1, 2)))
        if rng.random() < 0.3:
            params["q"] = [rng.choice(WORDS)]
        return params

    def request(self, rng: random.Random) -> tuple[str, str]:
        """(endpoint, path) for one crawler request."""
        kind = rng.choices(
            [
                "listing",
                "search",
                "page",
                "job",
                "api-jobs",
                "api-job",
                "api-other",
                "feed",
                "sitemap",
            ],
            weights=[30, 8, 12, 15, 15, 5, 5, 7, 3],
        )[0]
        language = rng.choice(["en", "de"])
        if kind == "listing":
            query = urlencode(self.query(rng), doseq=True)
            return kind, f"/{language}/jobs/" + (f"?{query}" if query else "")
        if kind == "search":
            return kind, f"/{language}/search/?" + urlencode({"q": rng.choice(WORDS)})
        if kind == "page":
            return kind, rng.choice(self.pages)
        if kind == "job":
            return kind, rng.choice(self.jobs)
        if kind == "api-jobs":
            query = self.query(rng)
            query.pop("country", None)
            query["ordering"] = [rng.choice(["-posted", "title", "-salary"])]
            return kind, "/api/v1/jobs/?" + urlencode(query, doseq=True)
        if kind == "api-job":
            return kind, f"/api/v1/jobs/{rng.choice(self.job_keys)}/"
        if kind == "api-other":
            path = rng.choice(["teams", "stories", "roadmap", "community"])
            return kind, f"/api/v1/{path}/"
        if kind == "feed":
            name, feed = rng.choice(FEEDS)
            query = {k: v for k, v in self.query(rng).items() if k != "country"}
            return f"feed-{name}", f"/feeds/{feed}?" + urlencode(query, doseq=True)
        return kind, "/sitemap.xml"


# the run -------------------------------------------------------------------------


@dataclass
class Results:
    times: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, endpoint: str, path: str, seconds: float, status: int | str):
        with self.lock:
            self.times[endpoint].append(seconds)
            if status != 200:
                self.errors[endpoint].append(f"{status} {path}")

    def table(self) -> list[dict]:
        rows = []
        for endpoint in sorted(self.times):
            times = sorted(self.times[endpoint])
            rows.append(
                {
                    "endpoint": endpoint,
                    "requests": len(times),
                    "errors": len(self.errors[endpoint]),
                    "p50_ms": round(statistics.median(times) * 1000, 1),
                    "p95_ms": round(percentile(times, 95) * 1000, 1),
                    "max_ms": round(times[-1] * 1000, 1),
                }
            )
        return rows


def percentile(sorted_times: list[float], p: float) -> float:
    index = max(0, min(len(sorted_times) - 1, round(p / 100 * len(sorted_times)) - 1))
    return sorted_times[index]


def timed(
    port: int, results: Results, endpoint: str, path: str, ip: str, **post
) -> None:
    started = time.perf_counter()
    try:
        status = get(port, path, ip, **post)[0]
    except OSError as error:
        status = type(error).__name__
    results.record(endpoint, path, time.perf_counter() - started, status)


def crawler(port, targets, results, until: float, seed: int) -> None:
    rng = random.Random(seed)  # noqa: S311 (traffic, not secrets)
    addresses = itertools.cycle(f"198.51.100.{n}" for n in range(1, 255))
    while time.monotonic() < until:
        endpoint, path = targets.request(rng)
        timed(port, results, endpoint, path, next(addresses))


def burst(port, path: str, results: Results, requests: int, concurrency: int):
    counter = itertools.count()
    addresses = itertools.cycle(f"203.0.113.{n}" for n in range(1, 255))

    def worker():
        while next(counter) < requests:
            timed(port, results, "burst-job", path, next(addresses))

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


# the hostile phases -----------------------------------------------------------------


def claims_body(text: str) -> bytes:
    item = {
        "id": "hostile:en",
        "kind": "job_post",
        "language": "en",
        "title": "Hostile",
        "text": text,
    }
    bundle = {"format": "careers-claims-bundle/1", "items": [item], "evidence": []}
    return json.dumps(bundle).encode()


def probe_healthz(port, results: Results, endpoint: str, stop: threading.Event):
    """/healthz every 20 ms while a phase runs: what a load balancer sees."""
    while not stop.is_set():
        timed(port, results, endpoint, "/healthz", "192.0.2.200")
        stop.wait(0.02)


def hostile_phase(port, results: Results, name: str, requests, concurrency: int):
    """``requests`` (endpoint, path, post) spread over ``concurrency``
    threads, with /healthz probed alongside."""
    queue = list(requests)
    lock = threading.Lock()
    stop = threading.Event()

    def worker(n: int):
        while True:
            with lock:
                if not queue:
                    return
                endpoint, path, post = queue.pop()
            timed(port, results, endpoint, path, f"203.0.113.{n + 100}", **post)

    probe = threading.Thread(
        target=probe_healthz, args=(port, results, f"healthz-{name}", stop)
    )
    probe.start()
    threads = [threading.Thread(target=worker, args=(n,)) for n in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stop.set()
    probe.join()


def punctuation_requests(key: str, count: int):
    post = {"headers": {"X-Api-Key": key, "Content-Type": "application/json"}}
    for n in range(count):
        body = claims_body(PUNCTUATION[n % len(PUNCTUATION)])
        yield "hostile-claims", "/api/v1/claims/check", {**post, "body": body}


def unique_query_requests(targets: Targets, count: int):
    for n in range(count):
        token = secrets.token_hex(6)
        if n % 3 == 0:
            yield "hostile-listing", f"/en/jobs/?q={token}", {}
        elif n % 3 == 1:
            yield (
                "hostile-page",
                f"{targets.jobs[n % len(targets.jobs)]}?utm_{token}=1",
                {},
            )
        else:
            yield "hostile-page", f"/en/?ref={token}&page={n}", {}


def hostile(site: Site, targets: Targets, results: Results, args) -> None:
    key = site.manage("shell", "-c", ISSUE_KEY).strip().splitlines()[-1]
    log(f"hostile: {args.claims_requests} punctuation runs to the claims checker")
    hostile_phase(
        site.port, results, "claims", punctuation_requests(key, args.claims_requests), 2
    )
    log(f"hostile: {args.unique_requests} unique query strings on pages")
    hostile_phase(
        site.port,
        results,
        "unique",
        unique_query_requests(targets, args.unique_requests),
        4,
    )


def run(args) -> Results:
    site = Site(args.database_url, args.workers, args.threads)
    results = Results()
    try:
        log(f"preparing a scratch site in {site.dir}")
        site.prepare()
        site.start()
        targets = Targets.discover(site.port)
        log(
            f"{len(targets.jobs)} jobs, {len(targets.pages)} pages, filters: "
            + ", ".join(f"{k} {len(v)}" for k, v in targets.filters.items())
        )
        until = time.monotonic() + args.seconds
        crawlers = [
            threading.Thread(
                target=crawler, args=(site.port, targets, results, until, n)
            )
            for n in range(args.crawlers)
        ]
        for thread in crawlers:
            thread.start()
        time.sleep(args.seconds / 3)
        burst(site.port, targets.jobs[0], results, args.burst, args.burst_concurrency)
        for thread in crawlers:
            thread.join()
        if args.claims_requests or args.unique_requests:
            hostile(site, targets, results, args)
    finally:
        site.stop(keep_log=any(results.errors.values()))
    return results


def summary(results: Results) -> dict:
    rows = results.table()
    slow = [
        f"{row['endpoint']} p95 {row['p95_ms']} ms (limit {HEALTHZ_P95_MS} ms)"
        for row in rows
        if row["endpoint"].startswith("healthz-") and row["p95_ms"] > HEALTHZ_P95_MS
    ]
    return {
        "requests": sum(row["requests"] for row in rows),
        "errors": sum(row["errors"] for row in rows),
        "endpoints": rows,
        "failures": {k: v[:5] for k, v in results.errors.items() if v},
        "slow": slow,
    }


def table(figures: dict) -> str:
    """The figures as a Markdown table, with the totals under it."""
    lines = [
        "| endpoint | requests | errors | p50 ms | p95 ms | max ms |",
        "|---|--:|--:|--:|--:|--:|",
    ]
    for row in figures["endpoints"]:
        lines.append(
            f"| {row['endpoint']} | {row['requests']:,} | {row['errors']} "
            f"| {row['p50_ms']} | {row['p95_ms']} | {row['max_ms']} |"
        )
    lines.append(f"\n{figures['requests']:,} requests, {figures['errors']} errors")
    for endpoint, failures in figures.get("failures", {}).items():
        lines.extend(f"error {endpoint}: {failure}" for failure in failures)
    lines.extend(f"too slow: {line}" for line in figures.get("slow", []))
    return "\n".join(lines)


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30, help="crawl time")
    parser.add_argument("--crawlers", type=int, default=8, help="concurrent crawlers")
    parser.add_argument("--burst", type=int, default=400, help="burst requests")
    parser.add_argument("--burst-concurrency", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument(
        "--threads",
        type=int,
        default=4,
        help="threads per worker (gthread): a slow page cannot hold /healthz",
    )
    parser.add_argument("--database-url", help="an empty database (default: SQLite)")
    parser.add_argument(
        "--claims-requests",
        type=int,
        default=20,
        help="hostile: punctuation runs posted to the claims checker (0: none)",
    )
    parser.add_argument(
        "--unique-requests",
        type=int,
        default=300,
        help="hostile: pages with never-seen query strings (0: none)",
    )
    parser.add_argument("--json", help="also write the results as JSON here")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    figures = summary(run(args))
    print(table(figures))  # noqa: T201
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n")
    return 1 if figures["errors"] or figures["slow"] else 0


if __name__ == "__main__":
    sys.exit(main())
