"""What a benchmark run starts and must stop: its databases (PostgreSQL, or
SQLite files when PostgreSQL is unreachable), its Redis cache database and
its gunicorn. Every ``stop``/``drop`` is safe to call twice."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
PG_BASE = "postgres://postgres@127.0.0.1:5432/"


#: One secret per benchmark process; production settings require one.
SECRET = secrets.token_urlsafe(50)


def bench_env(workdir: Path, database_url: str, redis_url: str) -> dict[str, str]:
    """The environment of everything a run starts: bench.settings (production
    settings) on ``database_url``, plain HTTP on loopback, the run's folders."""
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DJANGO_SECRET_KEY": SECRET,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "CACHE_KEY_PREFIX": "careers-bench",
        "MEDIA_ROOT": str(workdir / "media"),
        "BENCH_STATIC_ROOT": str(workdir / "static"),
        "CAREERS_LOG_LEVEL": "WARNING",
    }


def python(*args: str, env: dict[str, str]) -> str:
    """Run ``python *args`` in the project with ``env``; its standard output."""
    done = subprocess.run(  # noqa: S603
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if done.returncode:
        raise RuntimeError(f"{' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return done.stdout


def reachable(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Databases:
    """Scratch databases named ``careers_bench_<name>``: a template that is
    migrated and holds the demo company once, and a copy of it per size."""

    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.created: list[str] = []
        self.postgres = self._pg_ok()

    @staticmethod
    def _pg_ok() -> bool:
        if not reachable("127.0.0.1", 5432):
            return False
        try:
            import psycopg

            with psycopg.connect(PG_ADMIN, connect_timeout=3):
                return True
        except Exception:  # noqa: BLE001 (any failure means: use SQLite)
            return False

    @property
    def engine(self) -> str:
        return "postgresql" if self.postgres else "sqlite"

    def url(self, name: str) -> str:
        if self.postgres:
            return f"{PG_BASE}careers_bench_{name}"
        return f"sqlite:///{self.workdir / f'careers_bench_{name}.sqlite3'}"

    def _sql(self, statement: str) -> None:
        import psycopg

        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(statement)

    def create(self, name: str, template: str | None = None) -> str:
        self.drop(name)
        self.created.append(name)
        if self.postgres:
            source = f" TEMPLATE careers_bench_{template}" if template else ""
            self._sql(f"CREATE DATABASE careers_bench_{name}{source}")
        elif template:
            shutil.copyfile(self._file(template), self._file(name))
        return self.url(name)

    def _file(self, name: str) -> Path:
        return self.workdir / f"careers_bench_{name}.sqlite3"

    def drop(self, name: str) -> None:
        if self.postgres:
            self._sql(f"DROP DATABASE IF EXISTS careers_bench_{name} WITH (FORCE)")
        else:
            self._file(name).unlink(missing_ok=True)
        if name in self.created:
            self.created.remove(name)

    def drop_all(self) -> None:
        for name in list(self.created):
            with contextlib.suppress(Exception):
                self.drop(name)


class Cache:
    """One Redis database for the served site, flushed per size; None when
    Redis is unreachable (then each worker has its local-memory cache)."""

    def __init__(self, db: int):
        self.url = (
            f"redis://127.0.0.1:6379/{db}" if reachable("127.0.0.1", 6379) else ""
        )
        self._client = None

    def flush(self) -> None:
        if not self.url:
            return
        if self._client is None:
            import redis

            self._client = redis.Redis.from_url(self.url)
        self._client.flushdb()


class Gunicorn:
    """The site as in production: gunicorn, 2 sync workers, 127.0.0.1 only."""

    def __init__(self, env: dict[str, str], log: Path, workers: int = 2):
        self.env, self.log, self.workers = env, log, workers
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi:application",
            f"--workers={self.workers}",
            "--worker-class=sync",
            f"--bind=127.0.0.1:{self.port}",
            "--timeout=120",
            "--log-level=warning",
            f"--error-logfile={self.log}",
        ]
        self.process = subprocess.Popen(  # noqa: S603
            command, cwd=ROOT, env=self.env, start_new_session=True
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited; see {self.log}")
            with contextlib.suppress(OSError):
                url = f"http://127.0.0.1:{self.port}/healthz"
                with urllib.request.urlopen(url, timeout=2) as answer:
                    if answer.status == 200 and len(self.worker_pids()) == self.workers:
                        return
            time.sleep(0.2)
        raise RuntimeError(f"gunicorn did not answer in 60 s; see {self.log}")

    def worker_pids(self) -> list[int]:
        if self.process is None:
            return []
        path = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        try:
            return [int(pid) for pid in path.read_text().split()]
        except OSError:
            return []

    def peak_rss_mb(self) -> list[float]:
        """VmHWM (peak resident set) of each worker, in MiB."""
        peaks = []
        for pid in self.worker_pids():
            with contextlib.suppress(OSError):
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        peaks.append(round(int(line.split()[1]) / 1024, 1))
        return peaks

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)


class Publisher:
    """A process that publishes one job again whenever asked
    (``bench.inprocess publisher``), so that the load client can time the
    first request after a real publish."""

    def __init__(self, env: dict[str, str], job_path: str):
        self.process = subprocess.Popen(  # noqa: S603
            [sys.executable, "-m", "bench.inprocess", "publisher", job_path],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.asks, self.answers = self.process.stdin, self.process.stdout
        self._expect("ready")

    def publish(self) -> None:
        self.asks.write("publish\n")
        self.asks.flush()
        self._expect("published")

    def _expect(self, word: str) -> None:
        line = self.answers.readline().strip()
        if line != word:
            self.stop()
            raise RuntimeError(f"the publisher said {line!r}, not {word!r}")

    def stop(self) -> None:
        self.asks.close()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
