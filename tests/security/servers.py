"""Real processes for the fault tests: a scratch copy of the test database
(SQLite's backup API, or a PostgreSQL template copy), management commands
against it, and gunicorn serving it on a free loopback port."""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Scratch:
    """A migrated database of its own, outside the test transaction."""

    url: str
    vendor: str
    name: str  # file path (SQLite) or database name (PostgreSQL)

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
        env.update(
            DJANGO_SETTINGS_MODULE="config.settings.test",
            DATABASE_URL=self.url,
            # SQLite: a connection per request, as the file is what goes away.
            DATABASE_CONN_MAX_AGE="60" if self.vendor == "postgresql" else "0",
            PYTHONDONTWRITEBYTECODE="1",
            **extra,
        )
        return env

    def manage(self, *args: str, timeout: int = 120) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def start_manage(self, *args: str) -> subprocess.Popen:
        return subprocess.Popen(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )


def make_scratch(tmp: Path) -> Scratch:
    """A copy of the migrated test database; call outside any transaction."""
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        path = tmp / "scratch.sqlite3"
        connection.ensure_connection()
        target = sqlite3.connect(path)
        connection.connection.backup(target)
        target.close()
        return Scratch(f"sqlite:///{path}", "sqlite", str(path))
    name = f"scratch_{os.getpid()}_{int(time.time())}"
    source = settings["NAME"]
    from psycopg.errors import ObjectInUse

    connection.close()  # a template must have no other sessions
    create = f'CREATE DATABASE "{name}" TEMPLATE "{source}"'
    try:
        psql(create)
    except ObjectInUse:
        # a request thread of the live server (a browser's late request of the
        # previous test) may still hold a session on it: end those, then copy
        psql(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = %s AND pid <> pg_backend_pid()",
            (source,),
        )
        psql(create)
    user = settings["USER"] or "postgres"
    host, port = settings["HOST"] or "127.0.0.1", settings["PORT"] or "5432"
    auth = f"{user}:{settings['PASSWORD']}" if settings["PASSWORD"] else user
    return Scratch(f"postgres://{auth}@{host}:{port}/{name}", "postgresql", name)


def psql(sql: str, params: tuple = (), database: str = "postgres") -> None:
    """A statement on the PostgreSQL server, outside Django's connections."""
    import psycopg

    settings = connection.settings_dict
    with psycopg.connect(
        dbname=database,
        user=settings["USER"] or "postgres",
        password=settings["PASSWORD"] or None,
        host=settings["HOST"] or "127.0.0.1",
        port=settings["PORT"] or "5432",
        autocommit=True,
    ) as conn:
        conn.execute(sql, params)


def drop_scratch(scratch: Scratch) -> None:
    if scratch.vendor == "postgresql":
        psql(f'DROP DATABASE IF EXISTS "{scratch.name}" WITH (FORCE)')


SEED = """
from tests import factories
home = factories.careers_site()
factories.job(home, "Warehouse Team Lead", key="job-seed")
"""


class Server:
    """gunicorn (one sync worker unless told otherwise) serving the scratch
    database; ``env`` adds environment variables (REDIS_URL, the page cache)."""

    def __init__(
        self, scratch: Scratch, log: Path, *, workers=1, threads=1, **env: str
    ):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path, self.log = log, log.open("w")
        self.process = subprocess.Popen(
            [
                str(BIN / "gunicorn"),
                "config.wsgi:application",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(workers),
                "--threads",
                str(threads),
                "--timeout",
                "60",
            ],
            cwd=ROOT,
            env=scratch.env(**env),
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        self.wait_until_up()

    def wait_until_up(self, seconds: float = 30) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("gunicorn exited")
            try:
                self.get("/healthz")
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("gunicorn did not start")

    def get(self, path: str, **headers: str) -> tuple[int, dict, str]:
        request = urllib.request.Request(self.base + path, headers=headers)  # noqa: S310
        try:
            with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
                return response.status, dict(response.headers), response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read().decode()

    def log_text(self) -> str:
        self.log.flush()
        return self.log_path.read_text()

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


class RedisServer:
    """A redis-server of the test's own on a free port (never the shared one),
    with an RDB file in ``folder`` so that it can restart with old data."""

    def __init__(self, folder: Path):
        self.port = free_port()
        self.folder = folder
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen | None = None
        self.start()

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1"]
            + ["--dir", str(self.folder), "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while self.cli("PING") != "PONG":
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError("redis-server did not start")
            time.sleep(0.05)

    def cli(self, *args: str) -> str:
        done = subprocess.run(
            ["redis-cli", "-p", str(self.port), *args],
            capture_output=True,
            text=True,
            timeout=10,
        )
        return done.stdout.strip()

    def save(self) -> None:
        """Persist what it holds now (as RDB snapshots or replicas would)."""
        assert self.cli("SAVE") == "OK"

    def read_only(self) -> None:
        """A replica after a failover: its data stays readable, writes fail."""
        assert self.cli("REPLICAOF", "127.0.0.1", str(free_port())) == "OK"

    def out_of_memory(self) -> None:
        """Writable again, but full: ``maxmemory`` with ``noeviction``."""
        self.cli("REPLICAOF", "NO", "ONE")
        self.cli("CONFIG", "SET", "maxmemory-policy", "noeviction")
        self.cli("CONFIG", "SET", "maxmemory", "1")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None
