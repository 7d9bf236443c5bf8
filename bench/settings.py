"""Production settings for the benchmark, with two changes: static files are
collected into the run's own folder, and the API's and feeds' per-IP rate
limits are raised so that one load client is not answered 429. The limiter
still runs and counts every request in the shared cache, as in production."""

import os

from config.settings.production import *  # noqa: F403

STATIC_ROOT = os.environ.get("BENCH_STATIC_ROOT", STATIC_ROOT)  # noqa: F405
# Merged into the production value: the page cache stays on as in production.
CAREERS = {**CAREERS, "API": {"ANON_RATE": 10**9, "KEY_RATE": 10**9}}  # noqa: F405
# Uploaded media served with a cache lifetime, as a web server in front would.
ROOT_URLCONF = "bench.urls"
