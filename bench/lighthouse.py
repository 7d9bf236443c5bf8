"""make lighthouse: Lighthouse 12 on the demo's main pages, mobile and desktop,
served as in production (bench.settings: production settings on plain HTTP,
gunicorn, collected static files, the page cache on).

    python -m bench.lighthouse [--out screenshots]

Lighthouse is the npm package pinned in bench/lighthouse/package-lock.json
(installed there with ``npm ci`` on the first run); the browser is Debian's
Chromium (CHROME_PATH=/usr/bin/chromium), never a downloaded one. Pages: the
careers home, the job listing, an English job post and a German job post.

Writes ``lighthouse.json`` (every score, and every audit that is not passed
with its title), ``lighthouse.md`` (the table) and each run's whole report
(``lighthouse-<page>-<form>.json``, for Lighthouse's viewer) into the output folder,
next to the screenshots of ``make screenshots``. Exits 1 when any category of
any page scores below 100, so that a regression shows; ``--no-fail`` only
reports. The performance score depends on the machine's load: run it on a
quiet machine. Each page is read once before it is measured, as a visitor
meets a warm site."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

from bench.services import ROOT, Databases, Gunicorn, bench_env, python

NODE_DIR = ROOT / "bench" / "lighthouse"
LIGHTHOUSE = NODE_DIR / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
ATTEMPTS = 3
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking"
)

PAGES = """
import json
from careers.models import CareersIndexPage, JobPostingPage
home = CareersIndexPage.objects.live().filter(locale__language_code="en").first()
open_jobs = JobPostingPage.objects.live().filter(expired=False).order_by("pk")
job = open_jobs.filter(locale__language_code="en").first()
de = open_jobs.filter(locale__language_code="de").first()
print(json.dumps({
    "home": home.url, "listing": home.url + "jobs/",
    "job post": job.url, "German job post": de.url,
}))
"""


def log(message: str) -> None:
    print(f"[lighthouse] {message}", flush=True)  # noqa: T201


def install() -> None:
    """The pinned Lighthouse, once (again only when the lock file changed)."""
    lock = NODE_DIR / "package-lock.json"
    stamp = NODE_DIR / "node_modules" / ".package-lock.json"
    if (
        LIGHTHOUSE.exists()
        and stamp.exists()
        and stamp.stat().st_mtime >= lock.stat().st_mtime
    ):
        return
    log("npm ci (lighthouse, pinned)")
    npm = shutil.which("npm")
    if npm is None:
        raise SystemExit("npm not found: apt-get install npm (Node.js 18 or newer)")
    subprocess.run(  # noqa: S603
        [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
        cwd=NODE_DIR,
        check=True,
    )


def audit(url: str, form: str, out: Path) -> dict:
    """One Lighthouse run, its whole report kept at ``out``; its scores
    (0-100) and the audits it did not pass."""
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={out}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={CHROME_FLAGS}",
    ]
    if form == "desktop":
        command.append("--preset=desktop")
    # Lighthouse sometimes fails to record a trace (NO_NAVSTART) and says
    # "run Lighthouse again": up to three tries.
    for attempt in range(1, ATTEMPTS + 1):
        done = subprocess.run(  # noqa: S603
            command, env={**os.environ, "CHROME_PATH": CHROMIUM}, check=False
        )
        if done.returncode == 0:
            break
        log(f"{url} {form}: Lighthouse exited {done.returncode} (try {attempt})")
    else:
        raise SystemExit(f"Lighthouse failed {ATTEMPTS} times on {url} ({form})")
    result = json.loads(out.read_text())
    scores = {
        name: round((result["categories"][name]["score"] or 0) * 100)
        for name in CATEGORIES
    }
    failed = []
    for name in CATEGORIES:
        for ref in result["categories"][name]["auditRefs"]:
            found = result["audits"][ref["id"]]
            if ref.get("weight", 0) and found.get("score") not in (None, 1):
                failed.append(
                    {"category": name, "id": ref["id"], "title": found["title"],
                     "score": found["score"], "shown": found.get("displayValue", "")}
                )  # fmt: skip
    return {
        "scores": scores,
        "not passed": failed,
        "lighthouse": result["lighthouseVersion"],
    }


def table(results: list[dict]) -> str:
    head = "| page | form | " + " | ".join(CATEGORIES) + " |"
    rows = [head, "|" + "---|" * (len(CATEGORIES) + 2)]
    for r in results:
        cells = " | ".join(str(r["scores"][c]) for c in CATEGORIES)
        rows.append(f"| {r['page']} (`{r['path']}`) | {r['form']} | {cells} |")
    lines = [*rows, ""]
    for r in results:
        for miss in r["not passed"]:
            lines.append(
                f"- {r['page']}, {r['form']}: {miss['category']} - {miss['title']}"
                + (f" ({miss['shown']})" if miss["shown"] else "")
            )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(ROOT / "screenshots"))
    parser.add_argument("--no-fail", action="store_true")
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        log(f"{CHROMIUM} not found: apt-get install chromium")
        return 2
    install()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="careers-lighthouse-"))
    dbs = Databases(work)
    server = None
    try:
        env = bench_env(work, dbs.create("lighthouse"), "")
        log(f"site: {dbs.engine}, production settings, gunicorn")
        python("manage.py", "collectstatic", "--noinput", "-v0", env=env)
        python("manage.py", "migrate", "--noinput", "-v0", env=env)
        python("manage.py", "careers_setup", "--locales", "--demo", env=env)
        pages = json.loads(
            python("manage.py", "shell", "-v", "0", "-c", PAGES, env=env).splitlines()[
                -1
            ]
        )
        # One worker: the warm-up read below warms the worker Lighthouse
        # meets (each worker has its own page cache without Redis).
        server = Gunicorn(env, work / "gunicorn.log", workers=1)
        server.start()
        base = f"http://127.0.0.1:{server.port}"
        # A visitor meets a warm site: the first request renders the image
        # renditions and fills the page cache; Lighthouse measures the next.
        for path in pages.values():
            with urllib.request.urlopen(base + path, timeout=120) as answer:  # noqa: S310
                answer.read()
        results = []
        for page, path in pages.items():
            for form in ("mobile", "desktop"):
                name = f"lighthouse-{page.replace(' ', '-').lower()}-{form}.json"
                found = audit(base + path, form, out / name)
                results.append({"page": page, "path": path, "form": form, **found})
                log(f"{page} {form}: {found['scores']}")
    finally:
        if server is not None:
            server.stop()
        dbs.drop_all()
        shutil.rmtree(work, ignore_errors=True)
    (out / "lighthouse.json").write_text(json.dumps(results, indent=2) + "\n")
    (out / "lighthouse.md").write_text(table(results))
    sys.stdout.write(table(results))
    log(f"written: {out / 'lighthouse.json'}, {out / 'lighthouse.md'}")
    below = [r for r in results if min(r["scores"].values()) < 100]
    return 1 if below and not args.no_fail else 0


if __name__ == "__main__":
    sys.exit(main())
