"""Where an endpoint spends its time, at a given number of jobs: seeds a
scratch database as ``make bench`` does, then profiles each path in-process
with pyinstrument, right after a cache flush and on a repeat.

    python -m bench.profiling --jobs 10000 /en/jobs/ /sitemap.xml
    python -m bench.profiling --jobs 10000 --keep /en/jobs/   # keep the database
    python -m bench.profiling --inner /en/jobs/   # in an already set-up process

``--flat`` lists the functions with the most time of their own instead of
the call tree. The database (careers_bench_profile) is dropped at the end.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench.services import Cache, Databases, bench_env, python


def profile_paths(paths: list[str], flat: bool, lines: int) -> None:
    import django

    django.setup()
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from pyinstrument import Profiler
    from pyinstrument.renderers import ConsoleRenderer

    client = Client(HTTP_HOST="127.0.0.1")
    client.get("/healthz")
    client.get("/en/")
    renderer = ConsoleRenderer(unicode=False, color=False, flat=flat, short_mode=True)
    for path in paths:
        for state in ("cold", "warm"):
            if state == "cold":
                cache.clear()
            profiler = Profiler(interval=0.0005)
            with CaptureQueriesContext(connection) as queries:
                profiler.start()
                start = time.perf_counter()
                response = client.get(path)
                seconds = time.perf_counter() - start
                profiler.stop()
            sql = sum(float(q["time"]) for q in queries.captured_queries)
            print(  # noqa: T201
                f"\n=== {path} ({state}): {response.status_code}, "
                f"{seconds * 1000:.0f} ms, {len(queries)} queries, "
                f"{sql * 1000:.0f} ms in SQL"
            )
            text = profiler.output(renderer)
            print("\n".join(text.splitlines()[:lines]))  # noqa: T201


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--jobs", type=int, default=10000)
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--flat", action="store_true")
    parser.add_argument("--lines", type=int, default=60)
    parser.add_argument("--redis-db", type=int, default=11)
    args = parser.parse_args(argv)
    if args.inner:
        profile_paths(args.paths, args.flat, args.lines)
        return
    workdir = Path(tempfile.mkdtemp(prefix="careers-profile-"))
    dbs = Databases(workdir)
    cache = Cache(args.redis_db)
    try:
        env = bench_env(workdir, dbs.create("profile"), cache.url)
        python("manage.py", "collectstatic", "--noinput", "-v0", env=env)
        python("manage.py", "migrate", "--noinput", "-v0", env=env)
        print(python("-m", "bench.seed", "--jobs", str(args.jobs), env=env))  # noqa: T201
        inner = [
            "--inner",
            "--lines",
            str(args.lines),
            *(["--flat"] if args.flat else []),
        ]
        print(python("-m", "bench.profiling", *inner, *args.paths, env=env))  # noqa: T201
    finally:
        cache.flush()
        if args.keep:
            print(f"kept: {dbs.url('profile')} (media in {workdir})")  # noqa: T201
        else:
            dbs.drop_all()
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
