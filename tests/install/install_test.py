"""The install test: the careers package in a fresh `wagtail start` site, as
docs/install.md tells a host, for each Wagtail version the package declares.

    .venv/bin/python -m tests.install.install_test [--wagtail 8.0.1 7.0]

For each version: build the wheel (once), make a virtualenv, `wagtail start`
a site, give it a sitemap (the host's own, before careers), migrate, then add
the settings and the URL include that docs/install.md shows (read from it, at
most 5 and 1 lines), migrate, run `careers_setup`, and over real HTTP to a
running server: create a careers home under the host's home page and publish
a job through the admin, be refused publishing an unbacked AI claim, and read
the job post (JSON-LD, hreflang), the listing, the API, the feeds and the
host's wagtail.contrib.sitemaps sitemap. The host's workflows, groups and
their rights must be exactly as before. Last, `manage.py check` of a host
that forgot an app must name it (careers.E001). Prints the wall time of each
version; exits 1 on the first failure."""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .admin_client import AdminClient

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs" / "install.md"
#: The newest Wagtail we pin, and the oldest the package declares (7.0 LTS).
VERSIONS = ["8.0.1", "7.0"]
DJANGO = "Django==5.2.19"
PASSWORD = "install-test-password"

HOST_STATE = """
import json
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Locale, Page, Site, WorkflowPage
from wagtail.models import Workflow
ours = {"Employer branding editors", "Recruiters", "Claims reviewers"}
state = {
    "groups": sorted(
        [g.name, sorted(g.permissions.values_list("codename", flat=True))]
        for g in Group.objects.exclude(name__in=ours)
    ),
    "group_pages": sorted(
        [p.group.name, p.page.url_path, p.permission.codename]
        for p in GroupPagePermission.objects.exclude(group__name__in=ours)
    ),
    "workflows": sorted(
        [w.name, w.active, [t.name for t in w.tasks.all()]]
        for w in Workflow.objects.exclude(name="AI claims review")
    ),
    "workflow_pages": sorted(
        [wp.page.url_path, wp.workflow.name]
        for wp in WorkflowPage.objects.exclude(workflow__name="AI claims review")
    ),
    "locales": sorted(Locale.objects.values_list("language_code", flat=True)),
    "sites": sorted(
        [s.hostname, s.port, s.root_page_id] for s in Site.objects.all()
    ),
    "home": Site.objects.get(is_default_site=True).root_page_id,
    "ours": sorted(
        [wp.page.url_path, wp.workflow.name]
        for wp in WorkflowPage.objects.filter(workflow__name="AI claims review")
    ),
}
print(json.dumps(state))
"""


class Failed(Exception):
    pass


def run(*args, cwd=None, env=None, check=True) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        check=False,
    )
    if check and result.returncode != 0:
        raise Failed(f"{' '.join(map(str, args))}:\n{result.stdout}\n{result.stderr}")
    return result


def expect(condition: bool, what: str) -> None:
    if not condition:
        raise Failed(what)
    print(f"  ok  {what}", flush=True)


def docs_lines(marker: str) -> list[str]:
    """The code lines of docs/install.md between <!-- install:MARKER -->
    and the end of the fenced block after it (comments left out)."""
    text = DOCS.read_text()
    start = text.index(f"<!-- install:{marker} -->")
    block = text[start:].split("```", 2)[1]
    lines = block.split("\n")[1:]  # the first line names the language
    return [line for line in lines if line.strip() and not line.startswith("#")]


def build_wheel(out: Path) -> Path:
    run(sys.executable, "-m", "build", "--wheel", "--outdir", out, ROOT)
    return next(out.glob("wagtail_evidence_careers-*.whl"))


class Host:
    """A fresh `wagtail start` site in its own virtualenv."""

    def __init__(self, base: Path, wagtail: str) -> None:
        self.base = base
        self.wagtail = wagtail
        self.venv = base / "venv"
        self.site = base / "site"
        self.python = self.venv / "bin" / "python"
        self.settings = self.site / "hostsite" / "settings" / "base.py"
        self.urls = self.site / "hostsite" / "urls.py"

    def create(self, wheel: Path) -> None:
        run(sys.executable, "-m", "venv", self.venv)
        run(
            self.python, "-m", "pip", "install", "--quiet",
            "--disable-pip-version-check", wheel, f"wagtail=={self.wagtail}", DJANGO,
        )  # fmt: skip
        self.site.mkdir()
        run(self.venv / "bin" / "wagtail", "start", "hostsite", self.site)

    def manage(self, *args, env=None, check=True) -> subprocess.CompletedProcess:
        return run(self.python, "manage.py", *args, cwd=self.site, env=env, check=check)

    def pk(self, model: str, **lookup) -> str:
        """The id of the ``model`` (a dotted path) object matching ``lookup``."""
        module, name = model.rsplit(".", 1)
        code = (
            f"from {module} import {name}; print({name}.objects.get(**{lookup!r}).pk)"
        )
        return self.manage("shell", "-v", "0", "-c", code).stdout.strip()

    def state(self) -> dict:
        return json.loads(self.manage("shell", "-v", "0", "-c", HOST_STATE).stdout)

    def add_sitemap(self) -> None:
        """The host's own sitemap, before careers arrives."""
        self.append(self.settings, 'INSTALLED_APPS += ["wagtail.contrib.sitemaps"]')
        self.append(self.settings, 'INSTALLED_APPS += ["django.contrib.sitemaps"]')
        self.insert_url(
            'path("sitemap.xml", __import__("wagtail.contrib.sitemaps.views")'
            ".contrib.sitemaps.views.sitemap),"
        )

    def add_careers(self) -> tuple[list[str], list[str]]:
        settings, urls = docs_lines("settings"), docs_lines("urls")
        for line in settings:
            self.append(self.settings, line)
        for line in urls:
            self.insert_url(line.strip())
        return settings, urls

    @staticmethod
    def append(path: Path, line: str) -> None:
        path.write_text(path.read_text() + line + "\n")

    def insert_url(self, line: str) -> None:
        """Before Wagtail's page URLs, after the host's search view."""
        text = self.urls.read_text()
        anchor = '    path("search/", search_views.search, name="search"),\n'
        self.urls.write_text(text.replace(anchor, f"{anchor}    {line}\n"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(host: Host) -> tuple[subprocess.Popen, str]:
    port = free_port()
    server = subprocess.Popen(
        [host.python, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=host.site,
        stdout=subprocess.DEVNULL,
        stderr=open(host.base / "server.log", "w"),  # noqa: SIM115
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(240):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return server, url
        except OSError:
            time.sleep(0.25)
    server.kill()
    raise Failed("the host's server did not start")


def install(wheel: Path, wagtail: str, base: Path) -> None:
    host = Host(base, wagtail)
    host.create(wheel)
    host.add_sitemap()
    host.manage("migrate", "--noinput")
    before = host.state()
    expect(
        ["/", "Moderators approval"] in before["workflow_pages"],
        "the fresh host has Wagtail's Moderators approval workflow on the root",
    )
    settings, urls = host.add_careers()
    expect(len(settings) <= 5 and len(urls) == 1, f"{len(settings)} settings lines, "
           f"{len(urls)} URL line, from docs/install.md")  # fmt: skip
    host.manage("migrate", "--noinput")
    expect(host.state() == before, "migrating careers changes nothing of the host's")
    output = host.manage("careers_setup").stdout
    expect("Run careers_setup again after adding one" in output, "setup says what next")
    expect(
        host.state() == before, "careers_setup leaves the host's groups and workflows"
    )
    result = host.manage("check")
    said = re.findall(r"careers\.[EWI]\d+", result.stderr + result.stdout)
    expect(
        [i for i in said if not i.startswith("careers.I")] == [],
        f"manage.py check: no careers error or warning (notes: {said or 'none'})",
    )

    host.manage(
        "createsuperuser", "--noinput", "--username", "admin", "--email", "a@b.example",
        env={"DJANGO_SUPERUSER_PASSWORD": PASSWORD},
    )  # fmt: skip
    server, url = serve(host)
    try:
        through_the_admin(host, url, before)
    finally:
        server.terminate()
        server.wait(timeout=30)

    forgot = host.site / "hostsite" / "settings" / "forgot.py"
    forgot.write_text(
        "from .dev import *  # noqa\n"
        "INSTALLED_APPS = [a for a in INSTALLED_APPS "
        "if a != 'wagtail.contrib.settings']\n"
    )
    result = host.manage(
        "check", env={"DJANGO_SETTINGS_MODULE": "hostsite.settings.forgot"}, check=False
    )
    expect(
        result.returncode != 0
        and "careers.E001" in result.stderr
        and "'wagtail.contrib.settings'" in result.stderr,
        "check names a forgotten app (careers.E001)",
    )


def through_the_admin(host: Host, url: str, before: dict) -> None:
    admin = AdminClient(url)
    admin.login("admin", PASSWORD)
    home_id = before["home"]
    response = admin.add_page(
        "careersindexpage", home_id, title="Careers", slug="careers",
        intro=admin.rich_text("We move parcels across Europe."),
    )  # fmt: skip
    expect(response.status_code == 302, "a careers home under the host's home page")
    host.manage("careers_setup")
    after = host.state()
    expect(
        {k: v for k, v in after.items() if k != "ours"}
        == {k: v for k, v in before.items() if k != "ours"},
        "the host's workflows and group rights are exactly as before",
    )
    expect(after["ours"] == [["/home/careers/", "AI claims review"]],
           "the AI claims review workflow is on the careers home only")  # fmt: skip
    careers_id = host.pk("wagtail.models.Page", url_path="/home/careers/")
    location = admin.add_snippet(
        "location", name="Hamburg", city="Hamburg", postal_code="20457",
        country=host.pk("careers.models.Country", code="DE"),
    )  # fmt: skip
    expect(location.status_code == 302, "a location through the admin")
    location_id = host.pk("careers.models.Location", name="Hamburg")
    job = admin.add_page(
        "jobpostingpage", careers_id, title="Warehouse Lead", slug="warehouse-lead",
        workplace_type="hybrid", employment_type="FULL_TIME",
        introduction=admin.rich_text("You run the night shift in our Hamburg hub."),
        apply_url="https://jobs.example.com/1", locations=[location_id],
    )  # fmt: skip
    expect(job.status_code == 302, "a job post published through the admin")
    blocked = admin.add_page(
        "jobpostingpage", careers_id, title="Recruiter", slug="recruiter",
        workplace_type="hybrid", employment_type="FULL_TIME",
        introduction=admin.rich_text(
            "Our AI screens every application before a recruiter reads it."
        ),
        apply_url="https://jobs.example.com/2", locations=[location_id],
    )  # fmt: skip
    expect(
        blocked.status_code == 200 and "hiring" in blocked.text.lower(),
        "publishing an unbacked AI claim is refused, saying why",
    )
    expect(
        admin.get("/careers/jobs/recruiter/").status_code == 404, "and it is not live"
    )
    public(admin)


def public(admin: AdminClient) -> None:
    anonymous = AdminClient(admin.base)
    page = anonymous.get("/careers/jobs/warehouse-lead/")
    expect(page.status_code == 200, "the job post is served at jobs/<slug>/")
    old = anonymous.get("/careers/warehouse-lead/?ref=1")
    expect(
        old.status_code == 301
        and old.headers["Location"].endswith("/careers/jobs/warehouse-lead/?ref=1"),
        "its former address redirects there",
    )
    expect('<script type="application/ld+json">' in page.text, "with JSON-LD")
    expect(re.search(r'hreflang="en"', page.text) is not None, "with hreflang")
    expect("Warehouse Lead" in anonymous.get("/careers/jobs/").text, "the listing")
    api = anonymous.get("/api/v1/jobs/")
    expect(api.status_code == 200 and "Warehouse Lead" in api.text, "/api/v1/jobs/")
    for feed in ("/feeds/jobs.rss", "/feeds/jobs.atom"):
        response = anonymous.get(feed)
        expect(response.status_code == 200 and "Warehouse Lead" in response.text, feed)
    sitemap = anonymous.get("/sitemap.xml").text
    expect(
        "/careers/jobs/warehouse-lead/</loc>" in sitemap, "the host's sitemap lists it"
    )
    expect("/careers/jobs/</loc>" in sitemap, "and the listing")
    expect("/recruiter/" not in sitemap, "but not the refused draft")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wagtail", nargs="+", default=VERSIONS)
    parser.add_argument("--keep", action="store_true", help="keep the sites")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="careers-install-"))
    started = time.monotonic()
    wheel = build_wheel(work / "dist")
    print(f"wheel: {wheel.name} ({time.monotonic() - started:.0f} s)")
    times = {}
    for version in args.wagtail:
        print(f"== Wagtail {version}")
        start = time.monotonic()
        try:
            install(wheel, version, work / f"wagtail-{version}")
        except Failed as failure:
            print(f"FAILED (Wagtail {version}): {failure}", file=sys.stderr)
            print(f"sites kept in {work}", file=sys.stderr)
            return 1
        times[version] = time.monotonic() - start
        print(f"   Wagtail {version}: {times[version]:.0f} s")
    if not args.keep:
        run("rm", "-rf", work)
    total = time.monotonic() - started
    print("install test passed: " + ", ".join(
        f"Wagtail {v} {t:.0f} s" for v, t in times.items()
    ) + f"; {total:.0f} s in all")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
