"""The load side of the benchmark, run from its own process: a sequential
client (one request at a time, a new connection each, as gunicorn's sync
workers close them) and wrk for throughput at a given concurrency."""

from __future__ import annotations

import http.client
import json
import os
import re
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field

WRK_SCRIPT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_us": %d, "bytes": %d, '
    .. '"errors": %d, "non_2xx_3xx": %d, "p50_us": %d, "p95_us": %d}\\n',
    summary.requests, summary.duration, summary.bytes,
    e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(95)))
end
"""


@dataclass
class Answer:
    status: int
    seconds: float
    size: int
    headers: dict[str, str]


@dataclass
class Series:
    """Latencies of one endpoint, in seconds."""

    times: list[float] = field(default_factory=list)
    statuses: set[int] = field(default_factory=set)
    size: int = 0
    baseline: list[float] = field(default_factory=list)

    def add(self, answer: Answer) -> None:
        self.times.append(answer.seconds)
        self.statuses.add(answer.status)
        self.size = answer.size

    def summary(self) -> dict:
        if not self.times:
            return {"n": 0}
        ordered = sorted(self.times)
        found = {
            "n": len(ordered),
            "p50_ms": round(statistics.median(ordered) * 1000, 2),
            "p95_ms": round(percentile(ordered, 95) * 1000, 2),
            "statuses": sorted(self.statuses),
            "bytes": self.size,
        }
        if self.baseline:
            found["baseline_p50_ms"] = round(statistics.median(self.baseline) * 1000, 3)
        return found


def percentile(ordered: list[float], pct: float) -> float:
    """Nearest-rank percentile of sorted values."""
    rank = max(1, -(-len(ordered) * pct // 100))
    return ordered[int(rank) - 1]


class Client:
    def __init__(self, host: str, port: int):
        self.host, self.port = host, port

    def get(self, path: str, headers: dict[str, str] | None = None) -> Answer:
        """One GET on a new connection; the time covers connect to last byte."""
        start = time.perf_counter()
        conn = http.client.HTTPConnection(self.host, self.port, timeout=120)
        try:
            conn.request("GET", path, headers={"Host": self.host, **(headers or {})})
            response = conn.getresponse()
            body = response.read()
        finally:
            conn.close()
        seconds = time.perf_counter() - start
        found = {k.lower(): v for k, v in response.getheaders()}
        return Answer(response.status, seconds, len(body), found)

    def sequential(
        self,
        path: str,
        headers: dict[str, str] | None = None,
        *,
        count: int = 200,
        max_seconds: float = 20.0,
        least: int = 3,
        before: Callable[[], None] | None = None,
        baseline: str | None = None,
    ) -> dict:
        """``count`` requests one after the other, fewer when they take longer
        than ``max_seconds`` in all (but at least ``least``); ``before`` runs
        untimed before each (e.g. a cache flush). With ``baseline``, each is
        paired with a request to that path, so that a ratio to it compares
        times taken under the same load of the machine."""
        series = Series()
        deadline = time.monotonic() + max_seconds
        while len(series.times) < count:
            if len(series.times) >= least and time.monotonic() > deadline:
                break
            if baseline is not None:
                series.baseline.append(self.get(baseline).seconds)
            if before is not None:
                before()
            series.add(self.get(path, headers))
        return series.summary()


def wrk_command() -> str | None:
    return shutil.which("wrk")


def throughput(
    url: str,
    headers: dict[str, str] | None = None,
    *,
    seconds: int = 10,
    connections: int = 8,
) -> dict:
    """Requests per second at ``connections`` concurrent connections, with wrk."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT)
    command = [
        wrk_command() or "wrk",
        "-t1",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "60s",
        "-s",
        script.name,
    ]
    for name, value in (headers or {}).items():
        command += ["-H", f"{name}: {value}"]
    try:
        out = subprocess.run(  # noqa: S603
            [*command, url], capture_output=True, text=True, timeout=seconds + 90
        ).stdout
    finally:
        os.unlink(script.name)
    found = re.search(r"BENCH_JSON (\{.*\})", out)
    if not found:
        return {"error": out[-500:]}
    raw = json.loads(found.group(1))
    duration = raw["duration_us"] / 1e6
    return {
        "rps": round(raw["requests"] / duration, 1) if duration else 0.0,
        "requests": raw["requests"],
        "seconds": round(duration, 2),
        "p50_ms": round(raw["p50_us"] / 1000, 2),
        "p95_ms": round(raw["p95_us"] / 1000, 2),
        "errors": raw["errors"] + raw["non_2xx_3xx"],
    }
