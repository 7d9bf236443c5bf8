"""make bench: the careers site's speed at 100, 1,000 and 10,000 jobs, served
as in production, next to the framework's own ceiling (a static file and a
minimal Django view on the same gunicorn). See bench/README.md.

    python -m bench.run [--sizes 100,1000,10000] [--quick]
"""

from __future__ import annotations

import argparse
import atexit
import base64
import contextlib
import json
import os
import platform
import signal
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

from bench import load, loadtest, report
from bench.inprocess import EVIDENCE
from bench.services import (
    ROOT,
    Cache,
    Databases,
    Gunicorn,
    Publisher,
    bench_env,
    python,
)

RESULTS = ROOT / "bench" / "results.json"
BASELINE = "/healthz"
#: No throughput run for answers slower than this: with 2 workers and 8
#: connections, a 10-second run would complete next to nothing.
SLOW_MS = 1000


class Settings:
    """How much to measure: the full run, or ``--quick`` for development.

    A series stops at ``requests`` or at ``seconds`` (and at least ``least``
    requests), whichever comes first: 200 requests of a page that takes
    100 ms, times 14 endpoints and 3 sizes, would not fit in 10 minutes."""

    def __init__(self, quick: bool, full_throughput: bool):
        self.requests = 40 if quick else 200
        self.seconds = 2.0 if quick else 5.0
        self.least = 3
        self.cold_requests = 5 if quick else 10
        self.cold_seconds = 1.0 if quick else 3.0
        self.cold_least = 2
        self.duration = 2 if quick else 10  # wrk seconds per endpoint
        self.connections = 8
        self.full_throughput = full_throughput


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)  # noqa: T201


def endpoints(sample: dict, static_path: str) -> list[dict]:
    """What is measured. Flags: ``cold``, also right after a cache flush;
    ``publish``, also right after the job post's job is published again;
    ``bulk``, one answer with every job (fewer samples: seconds each at
    10,000 jobs); ``core``, throughput at every size, not only the largest;
    ``conditional``, sent with the ETag of a plain GET."""
    first_changes = base64.urlsafe_b64encode(b"c1:0").decode().rstrip("=")
    table = [
        (report.MINIMAL, BASELINE, "core"),
        ("static file", static_path, ""),
        ("careers home", "/en/", ""),
        ("job listing", "/en/jobs/", "cold publish core"),
        (
            "listing, filtered",
            "/en/jobs/?team=team-data-science&workplace_type=hybrid",
            "",
        ),
        ("listing, search", "/en/jobs/?q=engineer", ""),
        ("job post", sample["job_url"], "cold publish core"),
        ("API list", "/api/v1/jobs/", "cold core"),
        ("API detail", f"/api/v1/jobs/{sample['job_key']}/", "cold"),
        ("API 304", "/api/v1/jobs/", "conditional"),
        ("change feed", f"/api/v1/jobs/changes/?since={first_changes}", "cold"),
        ("RSS feed", "/feeds/jobs.rss", "cold"),
        ("Indeed feed", "/feeds/indeed.xml", "cold bulk"),
        ("sitemap", "/sitemap.xml", "cold bulk"),
    ]
    return [
        {"name": name, "path": path, **dict.fromkeys(flags.split(), True)}
        for name, path, flags in table
    ]


class Run:
    def __init__(self, args: argparse.Namespace, sizes: list[int]):
        self.args = args
        self.sizes = sizes
        self.settings = Settings(args.quick, args.full_throughput)
        self.workdir = Path(tempfile.mkdtemp(prefix="careers-bench-"))
        self.dbs = Databases(self.workdir)
        self.cache = Cache(args.redis_db)
        self.count_cache = Cache(args.redis_db - 1)
        self.server: Gunicorn | None = None
        self.phases: dict[str, float] = {}

    @contextlib.contextmanager
    def phase(self, name: str):
        start = time.perf_counter()
        yield
        self.phases[name] = round(time.perf_counter() - start, 1)

    # -- environment ---------------------------------------------------------

    def env(self, database_url: str, cache: Cache | None = None) -> dict[str, str]:
        return bench_env(self.workdir, database_url, (cache or self.cache).url)

    def python(self, *args: str, env: dict[str, str]) -> str:
        return python(*args, env=env)

    def python_json(self, *args: str, env: dict[str, str]) -> dict:
        return json.loads(self.python(*args, env=env).strip().splitlines()[-1])

    # -- phases --------------------------------------------------------------

    def prepare(self) -> str:
        """Static files and the template database (migrated, demo company)."""
        url = self.dbs.create("template")
        env = self.env(url)
        log(f"database: {self.dbs.engine}; cache: {self.cache.url or 'local memory'}")
        self.python("manage.py", "collectstatic", "--noinput", "-v0", env=env)
        start = time.perf_counter()
        self.python("manage.py", "migrate", "--noinput", "-v0", env=env)
        migrate = time.perf_counter() - start
        base = self.python_json("-m", "bench.seed", "--base-only", env=env)
        demo = base["base_seconds"]
        log(f"template: migrated in {migrate:.1f} s, demo company in {demo} s")
        manifest = json.loads(
            (self.workdir / "static" / "staticfiles.json").read_text()
        )
        return "/static/" + manifest["paths"]["careers/careers.css"]

    def size(self, jobs: int, static_path: str) -> dict:
        self.phases = {}
        load_before = os.getloadavg()[0]
        with self.phase("seed"):
            url = self.dbs.create(str(jobs), template="template")
            env = self.env(url)
            seed = self.python_json("-m", "bench.seed", "--jobs", str(jobs), env=env)
        rate = seed["pages_per_second"]
        log(f"{jobs:,} jobs: {seed['pages']:,} pages seeded at {rate:,.0f}/s")
        eps = endpoints(seed["sample"], static_path)
        with self.phase("queries"):
            queries = self.count_queries(url, eps)
        self.cache.flush()
        self.server = Gunicorn(env, self.workdir / f"gunicorn-{jobs}.log")
        with self.phase("start"):
            self.server.start()
        try:
            figures = self.measure(eps, largest=jobs == max(self.sizes))
            rss = self.server.peak_rss_mb()
        finally:
            self.server.stop()
        with self.phase("warm_after_publish"):
            warm = self.warm_after_publish(url, eps)
        for name, q in queries.items():
            figures[name]["queries"] = q
        result = {
            "seed": seed,
            "endpoints": figures,
            "worker_peak_rss_mb": rss,
            "warm_after_publish": warm,
            "phase_seconds": self.phases,
            "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        }
        log(f"  phases (s): {self.phases}")
        report.add_ratios(result)
        result["targets"] = report.check_targets(result)
        self.dbs.drop(str(jobs))
        return result

    def count_queries(self, url: str, eps: list[dict]) -> dict:
        path = self.workdir / "endpoints.json"
        path.write_text(json.dumps(eps))
        self.count_cache.flush()
        env = self.env(url, self.count_cache)
        return self.python_json("-m", "bench.inprocess", "counts", str(path), env=env)

    def warm_after_publish(self, url: str, eps: list[dict]) -> dict:
        """Pages still answered from the page cache once one job is published
        (in-process; it publishes a job, so it runs after the measurements)."""
        path = self.workdir / "endpoints.json"
        path.write_text(json.dumps(eps))
        self.count_cache.flush()
        env = self.env(url, self.count_cache)
        return self.python_json("-m", "bench.inprocess", "warm", str(path), env=env)

    def measure(self, eps: list[dict], largest: bool) -> dict:
        s = self.settings
        client = load.Client("127.0.0.1", self.server.port)
        base = f"http://127.0.0.1:{self.server.port}"
        with self.phase("warm_up"):
            for _ in range(4):  # both workers import, compile and connect
                for ep in eps:
                    if not ep.get("bulk"):  # seconds each; the rest warms them
                        client.get(ep["path"])
        figures: dict[str, dict] = {ep["name"]: {} for ep in eps}
        with self.phase("cold"):
            for ep in eps:
                if ep.get("cold"):
                    figures[ep["name"]]["cold"] = client.sequential(
                        ep["path"],
                        count=s.cold_requests,
                        max_seconds=s.cold_seconds,
                        least=1 if ep.get("bulk") else s.cold_least,
                        before=self.cache.flush,
                        baseline=BASELINE,
                    )
            self.cache.flush()
            for ep in eps:
                client.get(ep["path"])
        with self.phase("after_publish"):
            self.after_publish(client, eps, figures)
        etag = client.get("/api/v1/jobs/").headers.get("etag", "")
        for ep in eps:
            ep["headers"] = {"If-None-Match": etag} if ep.get("conditional") else {}
        with self.phase("sequential"):
            for ep in eps:
                figures[ep["name"]]["latency"] = client.sequential(
                    ep["path"],
                    ep["headers"],
                    count=s.requests,
                    max_seconds=s.seconds,
                    least=2 if ep.get("bulk") else s.least,
                    baseline=None if ep["path"] == BASELINE else BASELINE,
                )
        with self.phase("throughput"):
            for ep in eps:
                p50 = figures[ep["name"]]["latency"].get("p50_ms", 0)
                if p50 > SLOW_MS:
                    figures[ep["name"]]["throughput"] = {"skipped": "p50 > 1 s"}
                elif largest or s.full_throughput or ep.get("core"):
                    figures[ep["name"]]["throughput"] = load.throughput(
                        base + ep["path"],
                        ep["headers"],
                        seconds=s.duration,
                        connections=s.connections,
                    )
        return figures

    def after_publish(self, client, eps: list[dict], figures: dict) -> None:
        """The first request after a real publish, by another process,
        committed before the request: of the job post's job (what an edit
        leaves warm, the evidence and the other pages, is warm), and of an
        impact story's technique (evidence the checker reads: every page is
        rendered anew and checks its claims again, while what is kept per
        site version stays)."""
        s = self.settings
        job = next(ep["path"] for ep in eps if ep["name"] == "job post")
        for series, what in (("after_publish", job), ("after_evidence", EVIDENCE)):
            publisher = Publisher(self.server.env, what)
            try:
                for ep in eps:
                    if ep.get("publish"):
                        figures[ep["name"]][series] = client.sequential(
                            ep["path"],
                            count=s.cold_requests,
                            # a publish takes about a second, outside the timing
                            max_seconds=s.cold_seconds * 5,
                            least=s.cold_least,
                            before=publisher.publish,
                            baseline=BASELINE,
                        )
            finally:
                publisher.stop()
            for ep in eps:
                client.get(ep["path"])

    def claims(self) -> dict:
        """The claim checker on the whole demo (the template gets its jobs)."""
        env = self.env(self.dbs.url("template"))
        self.python("manage.py", "load_demo", "--no-users", env=env)
        return self.python_json("-m", "bench.inprocess", "claims", env=env)

    def cleanup(self) -> None:
        if self.server is not None:
            self.server.stop()
        self.dbs.drop_all()
        with contextlib.suppress(Exception):
            self.cache.flush()
            self.count_cache.flush()
        subprocess.run(["rm", "-rf", str(self.workdir)], check=False)  # noqa: S603, S607


def machine() -> dict:
    cpu = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem = ""
    with contextlib.suppress(OSError):
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 1024 / 1024:.1f} GiB"
    versions = {p: metadata.version(p) for p in ("django", "wagtail", "gunicorn")}
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram": mem,
        "python": platform.python_version(),
        **versions,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--quick", action="store_true", help="shorter, for development")
    parser.add_argument(
        "--full-throughput",
        action="store_true",
        help="throughput of every endpoint at every size (default: at the largest)",
    )
    parser.add_argument("--redis-db", type=int, default=13, help="and the one below")
    parser.add_argument(
        "--loadtest-seconds",
        type=float,
        default=20,
        help="then the load test (bench/loadtest.py) this long; 0 to leave it out",
    )
    args = parser.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    if not load.wrk_command():
        log("wrk is missing: apt-get install -y wrk (make bench does)")
        return 2
    started = time.perf_counter()
    run = Run(args, sizes)
    atexit.register(run.cleanup)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    results: dict = {"machine": machine(), "quick": args.quick, "sizes": {}}
    try:
        static_path = run.prepare()
        results["database"] = run.dbs.engine
        results["cache"] = "redis" if run.cache.url else "locmem"
        results["server"] = "gunicorn, 2 sync workers, bench.settings (production)"
        for jobs in sizes:
            results["sizes"][str(jobs)] = run.size(jobs, static_path)
        log("claim checker ...")
        results["claims"] = run.claims()
    finally:
        run.cleanup()
    if args.loadtest_seconds > 0:
        log(f"load test, {args.loadtest_seconds:.0f} s ...")
        options = loadtest.parser().parse_args(
            ["--seconds", str(args.loadtest_seconds)]
            + (["--burst", "100"] if args.quick else [])
        )
        results["loadtest"] = loadtest.summary(loadtest.run(options))
    results["wall_seconds"] = round(time.perf_counter() - started, 1)
    RESULTS.write_text(json.dumps(results, indent=2))
    m = results["machine"]
    loads = ", ".join(str(r["load_average"][0]) for r in results["sizes"].values())
    print()  # noqa: T201
    print(report.table(results))  # noqa: T201
    print(  # noqa: T201
        f"\nMachine: {m['nproc']} CPUs ({m['cpu']}), {m['ram']} RAM; Python "
        f"{m['python']}, Django {m['django']}, Wagtail {m['wagtail']}; "
        f"{results['database']}, cache {results['cache']}. "
        f"Load average at each size's start: {loads}. "
        f"Total {results['wall_seconds']:.0f} s. "
        f"Figures in {RESULTS.relative_to(ROOT)}."
    )
    if "loadtest" in results:
        print("\nLoad test (bench/loadtest.py): crawler-like filter permutations")  # noqa: T201
        print("and a burst on one job post; errors must be 0.\n")  # noqa: T201
        print(loadtest.table(results["loadtest"]))  # noqa: T201
        return 1 if results["loadtest"]["errors"] or results["loadtest"]["slow"] else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
