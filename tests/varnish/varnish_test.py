"""The Varnish test: a real ``varnishd`` with config/varnish/default.vcl in
front of gunicorn, purged by the site through wagtail.contrib.frontend_cache.

    .venv/bin/python -m tests.varnish.varnish_test      (or: make varnish-test)

Sets up a scratch SQLite site with the demo content (test settings, the page
cache on, CAREERS_FRONTEND_CACHE_URL naming this Varnish), starts gunicorn
and varnishd on free loopback ports, and over real HTTP through Varnish:

- repeat reads of two job pages, the listing and a feed are hits;
- an editor publishes a new title for one job in the admin: its page, the
  listing and the feed show it at the next read (the old one is never
  served again), while the other job's page is still a hit;
- the editor unpublishes that job: its page is gone and the listing drops
  it at the next read; the other job's page is still a hit.

Prints each read's X-Cache, Age and X-Varnish; stops both servers after.
Exits 1 on the first failure. Needs Debian's varnish (.ci/run installs it)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

from tests.install.admin_client import AdminClient

ROOT = Path(__file__).resolve().parents[2]
VCL = ROOT / "config" / "varnish" / "default.vcl"
PYTHON = str(ROOT / ".venv" / "bin" / "python")
PASSWORD = "varnish-test-password"  # nosec B105

JOBS = """
import json
from careers.models import CareersIndexPage, JobPostingPage
jobs = JobPostingPage.objects.live().filter(locale__language_code="en", expired=False)
print(json.dumps([
    {"pk": j.pk, "title": j.title, "path": j.url,
     "de": [t.url for t in j.get_translations().live()],
     "listing": CareersIndexPage.objects.ancestor_of(j).first().url + "jobs/"}
    for j in jobs.order_by("pk")
]))
"""


class Failed(Exception):
    pass


def expect(condition: bool, what: str) -> None:
    if not condition:
        raise Failed(what)
    print(f"  ok  {what}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, what: str) -> None:
    for _ in range(120):
        if process.poll() is not None:
            raise Failed(f"{what} exited with {process.returncode}")
        try:
            requests.get(url, timeout=10)
            return
        except requests.RequestException:
            time.sleep(0.5)
    raise Failed(f"{what} did not answer at {url}")


class Site:
    """The scratch site: its environment, database and servers."""

    def __init__(self, work: Path) -> None:
        self.work = work
        self.app_port, self.cache_port = free_port(), free_port()
        self.cache = f"http://127.0.0.1:{self.cache_port}"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": f"sqlite:///{work / 'db.sqlite3'}",
            "MEDIA_ROOT": str(work / "media"),
            "CAREERS_PAGE_CACHE_SECONDS": "3600",
            "CAREERS_FRONTEND_CACHE_URL": self.cache,
            "CAREERS_SHARED_CACHE_SECONDS": "3600",
            "DJANGO_NUM_PROXIES": "1",
            "DEMO_ADMIN_PASSWORD": PASSWORD,
        }
        self.processes: list[subprocess.Popen] = []

    def manage(self, *args: str, stdin: str | None = None) -> str:
        done = subprocess.run(  # nosec B603
            [PYTHON, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            input=stdin,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode:
            raise Failed(f"manage.py {' '.join(args)}:\n{done.stdout}{done.stderr}")
        return done.stdout

    def set_up(self) -> list[dict]:
        self.manage("migrate", "--noinput", "-v", "0")
        self.manage(
            "careers_setup", "--locales", "--groups", "--workflow", "--demo",
            "--create-users",
        )  # fmt: skip
        # Page URLs (and so the purges) name the address visitors use.
        self.manage(
            "shell", "-v", "0", "-c",
            "from wagtail.models import Site; "
            f"Site.objects.update(hostname='127.0.0.1', port={self.cache_port})",
        )  # fmt: skip
        return json.loads(self.manage("shell", "-v", "0", stdin=JOBS).splitlines()[-1])

    def start(self) -> None:
        self.processes.append(
            subprocess.Popen(  # nosec B603
                [
                    str(ROOT / ".venv" / "bin" / "gunicorn"),
                    "config.wsgi",
                    "--bind",
                    f"127.0.0.1:{self.app_port}",
                    "--workers",
                    "2",
                    "--log-level",
                    "warning",
                ],
                cwd=ROOT,
                env=self.env,
            )  # fmt: skip
        )
        wait_for(
            f"http://127.0.0.1:{self.app_port}/healthz", self.processes[-1], "gunicorn"
        )
        vcl = self.work / "default.vcl"
        text = VCL.read_text()
        if '.port = "8000";' not in text:
            raise Failed("config/varnish/default.vcl names no backend port 8000")
        vcl.write_text(text.replace('.port = "8000";', f'.port = "{self.app_port}";'))
        vcl.chmod(0o644)
        self.processes.append(
            subprocess.Popen(  # nosec B603
                [
                    varnishd(),
                    "-F",
                    "-n",
                    str(self.work / "varnish"),
                    "-a",
                    f"127.0.0.1:{self.cache_port}",
                    "-f",
                    str(vcl),
                    "-s",
                    "malloc,64m",
                    "-T",
                    "none",
                ],
                cwd=self.work,
            )  # fmt: skip
        )
        wait_for(self.cache + "/healthz", self.processes[-1], "varnishd")

    def stop(self) -> None:
        for process in reversed(self.processes):
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def varnishd() -> str:
    found = shutil.which("varnishd") or shutil.which("varnishd", path="/usr/sbin")
    if not found:
        raise Failed("varnishd not found: apt-get install varnish")
    return found


class Reader:
    """A visitor without cookies, reading through Varnish."""

    def __init__(self, cache: str) -> None:
        self.cache = cache

    def get(self, path: str) -> requests.Response:
        response = requests.get(self.cache + path, timeout=60, allow_redirects=False)
        print(
            f"      GET {path} -> {response.status_code} "
            f"X-Cache={response.headers.get('X-Cache')} "
            f"Age={response.headers.get('Age')} "
            f"X-Varnish={response.headers.get('X-Varnish')}"
        )
        return response

    def warm(self, path: str) -> requests.Response:
        """Read twice: the second read must be a hit."""
        self.get(path)
        response = self.get(path)
        expect(is_hit(response), f"a repeat read of {path} is a Varnish hit")
        return response


def is_hit(response: requests.Response) -> bool:
    """A hit: Varnish says so, and X-Varnish names this request and the one
    that stored the object."""
    ids = response.headers.get("X-Varnish", "").split()
    return (
        response.status_code == 200
        and response.headers.get("X-Cache") == "HIT"
        and len(ids) == 2
        and "Age" in response.headers
    )


def edit_url(pk: int) -> str:
    return f"/admin/pages/{pk}/edit/"


def publish_title(admin: AdminClient, pk: int, title: str) -> None:
    data = admin.form(edit_url(pk), "page-edit-form")
    data["title"] = [title]
    data["action-publish"] = ["action-publish"]
    response = admin.post(edit_url(pk), data)
    expect(response.status_code == 302, f"the editor publishes job {pk} ({title!r})")


def unpublish(admin: AdminClient, pk: int) -> None:
    path = f"/admin/pages/{pk}/unpublish/"
    response = admin.post(path, admin.form(path))
    expect(response.status_code == 302, f"the editor unpublishes job {pk}")


def check(site: Site, jobs: list[dict]) -> None:
    if len(jobs) < 2:
        raise Failed("the demo has fewer than two English jobs")
    changed = next((j for j in jobs if j["de"]), jobs[0])
    other = next(j for j in jobs if j["pk"] != changed["pk"])
    listing = changed["listing"]
    feed = "/feeds/jobs.rss"
    reader = Reader(site.cache)
    print("== warm: repeat reads are hits")
    for path in (changed["path"], *changed["de"], other["path"], listing, feed):
        reader.warm(path)
    expect(
        "Cache-Control" in reader.get(other["path"]).headers,
        "job pages tell shared caches how long they may keep them",
    )

    admin = AdminClient(site.cache)  # an editor's session passes through Varnish
    admin.login("admin", PASSWORD)
    new_title = f"{changed['title']} (Varnish {int(time.time())})"
    print("== publish a new title")
    publish_title(admin, changed["pk"], new_title)
    page = reader.get(changed["path"])
    expect(
        page.status_code == 200 and new_title in page.text,
        "the job page shows the new title at the next read",
    )
    expect(page.headers.get("X-Cache") == "MISS", "its old copy was purged")
    expect(new_title in reader.get(listing).text, "the listing shows it at once")
    expect(new_title in reader.get(feed).text, "the feed shows it at once")
    for path in changed["de"]:
        expect(reader.get(path).headers.get("X-Cache") == "MISS", f"{path} purged")
    expect(is_hit(reader.get(other["path"])), "the other job's page is still a hit")
    expect(is_hit(reader.get(changed["path"])), "the new page is cached again")

    print("== unpublish it")
    unpublish(admin, changed["pk"])
    gone = reader.get(changed["path"])
    expect(
        gone.status_code in (404, 410) and new_title not in gone.text,
        "the unpublished job's page is gone at the next read",
    )
    expect(new_title not in reader.get(listing).text, "the listing dropped it")
    expect(new_title not in reader.get(feed).text, "the feed dropped it")
    expect(is_hit(reader.get(other["path"])), "the other job's page is still a hit")
    age = int(reader.get(other["path"]).headers["Age"])
    print(f"  the other job's page has been served from Varnish for {age} s")


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="careers-varnish-", dir="/tmp"))
    work.chmod(0o755)  # varnishd's worker runs as its own user
    site = Site(work)
    try:
        print(f"== set-up in {work}")
        jobs = site.set_up()
        site.start()
        print(f"== gunicorn :{site.app_port}, varnishd :{site.cache_port}")
        check(site, jobs)
    except Failed as failure:
        print(f"FAILED: {failure}", file=sys.stderr)
        return 1
    finally:
        site.stop()
    shutil.rmtree(work, ignore_errors=True)
    print("Varnish test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
