"""Fast seeding for the benchmark: the demo company built through Wagtail's
real API, then any number of published job posts in English and German
inserted in bulk.

The bulk path writes what Wagtail's publish would have written for a page
that serves: tree rows (materialised paths computed here), the job rows,
locations, evidence links, a live revision with its stored claims verdict,
the change log and the search index. It skips the publish gate and signals
(see bench/README.md).

    python -m bench.seed --jobs 1000     # prints one JSON line with timings
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import time
import uuid
from decimal import Decimal

JOB_TEXT_FIELDS = (
    "title",
    "introduction",
    "tasks",
    "profile",
    "offer",
    "data_access",
    "resources",
    "career_paths",
)
BATCH = 500
#: Keys of bulk jobs end in -b<number>.
BULK_KEY = r"-b[0-9]+$"


def base_loader():
    """The demo loader without its job posts (idempotent)."""
    from careers.demo.loader import DemoLoader

    class BaseLoader(DemoLoader):
        def load_jobs(self, homes) -> None:
            """Jobs come in bulk, from ``seed_jobs``."""

    return BaseLoader(log=lambda _msg: None)


def seed_base():
    """The careers homes, teams, stories, roadmap, community and snippets in
    both languages; returns the loader, which holds them by key."""
    loader = base_loader()
    loader.homes = loader.run()
    return loader


def job_templates() -> list[dict]:
    """The demo's published posts in both languages: texts that pass the
    claim gate (non-AI roles, and AI roles with their evidence linked)."""
    from careers.demo.jobs import JOBS

    return [
        spec
        for spec in JOBS
        if "en" in spec
        and "de" in spec
        and not spec.get("draft")
        and "expires_days" not in spec
    ]


class TreeSlots:
    """Materialised paths for new children of ``parent`` (treebeard: steplen
    characters of base 36 per level), after its current last child."""

    def __init__(self, parent):
        from wagtail.models import Page

        self.parent = parent
        self.depth = parent.depth + 1
        last = (
            Page.objects.filter(path__startswith=parent.path, depth=self.depth)
            .order_by("-path")
            .values_list("path", flat=True)
            .first()
        )
        self.step = Page._str2int(last[-Page.steplen :]) if last else 0
        self.added = 0

    def next_path(self) -> str:
        from wagtail.models import Page

        self.step += 1
        self.added += 1
        return Page._get_path(self.parent.path, self.depth, self.step)


def build_jobs(loader, count: int, start: int, now: dt.datetime) -> list:
    """Unsaved job pages, ``count`` per language, sharing key and translation
    key between English and German."""
    from django.contrib.contenttypes.models import ContentType

    from careers.models import Country, JobPostingPage
    from careers.models.jobs import job_url_path

    content_type = ContentType.objects.get_for_model(JobPostingPage)
    countries = {c.code: c for c in Country.objects.all()}
    templates = job_templates()
    slots = {lang: TreeSlots(home) for lang, home in loader.homes.items()}
    jobs = []
    for n in range(start, start + count):
        spec = templates[n % len(templates)]
        translation_key = uuid.uuid4()
        published = now - dt.timedelta(minutes=n)
        for lang, home in loader.homes.items():
            slug = f"{spec['slug']}-b{n + 1}"
            job = JobPostingPage(
                key=f"{spec['key']}-b{n + 1}",
                slug=slug,
                path=slots[lang].next_path(),
                depth=slots[lang].depth,
                numchild=0,
                url_path=job_url_path(home, slug),
                live=True,
                has_unpublished_changes=False,
                first_published_at=published,
                last_published_at=published,
                content_type=content_type,
                locale=home.locale,
                translation_key=translation_key,
                team=loader.teams.get((spec.get("team"), lang)),
                workplace_type=spec["workplace"],
                employment_type=spec["employment"],
                salary_min=Decimal(spec["salary"][0]),
                salary_max=Decimal(spec["salary"][1]),
                is_ai_role=spec.get("ai", False),
                learning_budget=spec.get("learning_budget"),
                research_time_percent=spec.get("research_time"),
                ai_influence=spec.get("ai_influence", ""),
                apply_url=f"https://nordhafen.example/apply/{spec['key']}-b{n + 1}",
                **{f: spec[lang].get(f, "") for f in JOB_TEXT_FIELDS},
            )
            job.draft_title = job.title
            job.bench_spec = spec
            job.bench_countries = [countries[c] for c in spec.get("countries", ())]
            job.bench_locations = [
                loader.locations[key] for key in spec.get("locations", ())
            ]
            jobs.append(job)
    return jobs


def insert_jobs(jobs: list) -> None:
    """Page rows first (their ids), then the job rows that extend them
    (Django's bulk_create refuses multi-table models, hence ``_insert``)."""
    from wagtail.models import Page

    from careers.models import JobPostingPage

    page_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
    for i in range(0, len(jobs), BATCH):
        batch = jobs[i : i + BATCH]
        rows = Page.objects.bulk_create(
            [
                Page(**{f.attname: getattr(j, f.attname) for f in page_fields})
                for j in batch
            ]
        )
        for job, row in zip(batch, rows, strict=True):
            job.id = job.page_ptr_id = row.pk
            job._state.adding = False
        JobPostingPage._base_manager._insert(
            batch, fields=JobPostingPage._meta.local_concrete_fields
        )


def link_rows(loader, jobs: list) -> dict[type, list]:
    """Locations, remote countries and evidence links of ``jobs`` (by id:
    assigning instances costs more than the insert)."""
    from careers.models import (
        JobDataAsset,
        JobImpactStory,
        JobInterviewer,
        JobMilestone,
        JobPostingPage,
        JobResource,
    )

    Locations = JobPostingPage.locations.through
    Countries = JobPostingPage.applicant_countries.through
    rows: dict[type, list] = {m: [] for m in (Locations, Countries)}
    links = {
        "interviewers": (JobInterviewer, "person_id", "people"),
        "stories": (JobImpactStory, "story_id", "stories"),
        "milestones": (JobMilestone, "milestone_id", "milestones"),
        "data_assets": (JobDataAsset, "data_asset_id", "snippets"),
        "resources": (JobResource, "resource_id", "snippets"),
    }
    for job in jobs:
        spec, lang = job.bench_spec, job.locale.language_code
        for key in spec.get("locations", ()):
            location_id = loader.locations[key].pk
            rows[Locations].append(
                Locations(jobpostingpage_id=job.pk, location_id=location_id)
            )
        for country in job.bench_countries:
            rows[Countries].append(
                Countries(jobpostingpage_id=job.pk, country_id=country.pk)
            )
        for kind, keys in spec.get("links", {}).items():
            model, field, source = links[kind]
            found = getattr(loader, source)
            for order, key in enumerate(keys):
                target = (found[key] if source == "people" else found[key, lang]).pk
                link = model(job_id=job.pk, sort_order=order, **{field: target})
                rows.setdefault(model, []).append(link)
    return rows


def live_revisions(jobs: list, links: dict[type, list], now: dt.datetime) -> None:
    """A revision per job holding its content (``serializable_data()``, with
    its links and places given in memory: no query per job), as the page's
    live and latest revision, as publishing saves it."""
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import CharField, OuterRef, Subquery
    from django.db.models.functions import Cast
    from modelcluster.models import get_all_child_relations
    from wagtail.models import Page, Revision

    from careers.models import JobPostingPage

    children = [
        (r.get_accessor_name(), r.related_model)
        for r in get_all_child_relations(JobPostingPage)
    ]
    by_job: dict[tuple[type, int], list] = {}
    for _name, model in children:
        for row in links.get(model, ()):
            by_job.setdefault((model, row.job_id), []).append(row)
    page_type = ContentType.objects.get_for_model(Page)
    job_type = ContentType.objects.get_for_model(JobPostingPage)
    revisions = []
    for job in jobs:
        for name, model in children:
            setattr(job, name, by_job.get((model, job.pk), []))
        job.locations = job.bench_locations
        job.applicant_countries = job.bench_countries
        revisions.append(
            Revision(
                content_type=job_type,
                base_content_type=page_type,
                object_id=str(job.pk),
                created_at=now,
                content=job.serializable_data(),
                object_str=job.title,
            )
        )
    Revision.objects.bulk_create(revisions, batch_size=BATCH)
    live = Subquery(
        Revision.objects.filter(
            base_content_type=page_type,
            object_id=Cast(OuterRef("pk"), CharField()),
        )
        .order_by("-pk")
        .values("pk")[:1]
    )
    ids = [job.pk for job in jobs]
    for i in range(0, len(ids), 2000):
        Page.objects.filter(pk__in=ids[i : i + 2000]).update(
            live_revision_id=live, latest_revision_id=live
        )


def stored_verdicts(jobs: list) -> None:
    """The claims verdict on each job's live revision, as publishing stores
    it (careers.verdicts): the checker runs on one job per template and
    language, read back as a refresh reads it; the jobs made from the same
    template in the same language have the same texts and links, hence the
    same verdict, which is copied (as the search index entries are)."""
    from wagtail.models import Page

    from careers import evidence, verdicts
    from careers.models import ClaimsVerdict
    from careers.selectors.careers_pages import careers_pages

    revision_of = dict(
        Page.objects.filter(pk__in=[j.pk for j in jobs]).values_list(
            "pk", "live_revision_id"
        )
    )
    groups: dict[tuple[str, int], list] = {}
    for job in jobs:
        groups.setdefault((job.bench_spec["key"], job.locale_id), []).append(job)
    firsts = careers_pages(ids=[group[0].pk for group in groups.values()])
    checked = verdicts.check(
        [(revision_of[page.pk], page) for page in firsts], evidence.evidence_pool()
    )
    by_page = {verdict.page_id: verdict for verdict in checked}
    copies = [
        ClaimsVerdict(
            **{
                f.attname: getattr(by_page[group[0].pk], f.attname)
                for f in ClaimsVerdict._meta.concrete_fields
            }
            | {"revision_id": revision_of[job.pk], "page_id": job.pk}
        )
        for group in groups.values()
        for job in group
    ]
    ClaimsVerdict.objects.bulk_create(copies, batch_size=2000)


def change_log(jobs: list, now: dt.datetime) -> list:
    """One upsert per job version, as publishing would have logged."""
    from careers.models import JobChange

    return [
        JobChange(
            kind=JobChange.Kind.UPSERT,
            reason=JobChange.Reason.PUBLISHED,
            page_id=job.pk,
            job_key=job.key,
            language=job.locale.language_code,
            at=now,
        )
        for job in jobs
    ]


def index_jobs(jobs: list) -> None:
    """Search index entries, as ``update_index`` would write them.

    Bulk jobs made from one template in one language have the same searchable
    content, so on PostgreSQL the backend indexes one of them and its entry is
    copied for the others in one statement (ranking norms included); other
    backends index every job."""
    from modelsearch.backends.database.postgres.postgres import (
        PostgresSearchBackend,
    )
    from wagtail.search.backends import get_search_backends

    from careers.models import JobPostingPage

    groups: dict[tuple[str, int], list] = {}
    for job in jobs:
        groups.setdefault((job.bench_spec["key"], job.locale_id), []).append(job)
    for backend in get_search_backends(with_auto_update=True):
        if not isinstance(backend, PostgresSearchBackend):
            for i in range(0, len(jobs), BATCH):
                backend.add_bulk(JobPostingPage, jobs[i : i + BATCH])
            continue
        backend.add_bulk(JobPostingPage, [group[0] for group in groups.values()])
        copies = [(j.pk, g[0].pk) for g in groups.values() for j in g[1:]]
        copy_index_entries(copies)


def copy_index_entries(copies: list[tuple[int, int]]) -> None:
    """Index entries of ``(new, source)`` object pairs, copied from the source."""
    from django.db import connections, router
    from wagtail.search.models import IndexEntry

    if not copies:
        return
    table = IndexEntry._meta.db_table
    columns = "title_norm, autocomplete, title, body, title_text, body_text"
    sql = f"""
        INSERT INTO {table} (content_type_id, object_id, {columns})
        SELECT e.content_type_id, v.new_id, {columns}
        FROM {table} e
        JOIN unnest(%s::text[], %s::text[]) AS v(new_id, source_id)
          ON e.object_id = v.source_id
    """  # noqa: S608 (table and column names are ours, values are parameters)
    new_ids = [str(new) for new, _source in copies]
    source_ids = [str(source) for _new, source in copies]
    with connections[router.db_for_write(IndexEntry)].cursor() as cursor:
        cursor.execute(sql, [new_ids, source_ids])


def seed_jobs(loader, count: int) -> dict[str, float]:
    """``count`` published jobs in each language under the careers homes, in
    bulk; returns the seconds each step took."""
    from django.db import transaction
    from django.db.models import F
    from django.utils import timezone
    from wagtail.models import Page

    from careers import versioning
    from careers.models import JobChange, JobPostingPage

    timings: dict[str, float] = {}
    started = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal started
        now = time.perf_counter()
        timings[name] = round(now - started, 3)
        started = now

    now = timezone.now()
    first = JobPostingPage.objects.filter(key__regex=BULK_KEY).count()
    with transaction.atomic():
        jobs = build_jobs(loader, count, first // len(loader.homes), now)
        lap("build")
        insert_jobs(jobs)
        for home in loader.homes.values():
            added = sum(1 for j in jobs if j.locale_id == home.locale_id)
            Page.objects.filter(pk=home.pk).update(numchild=F("numchild") + added)
        lap("pages")
        links = link_rows(loader, jobs)
        for model, rows in links.items():
            model.objects.bulk_create(rows, batch_size=2000)
        JobChange.objects.bulk_create(change_log(jobs, now), batch_size=2000)
        lap("relations")
        live_revisions(jobs, links, now)
        lap("revisions")
        stored_verdicts(jobs)
        lap("verdicts")
        index_jobs(jobs)
        lap("search_index")
        versioning.bump()
    analyze()
    lap("analyze")
    return timings


def analyze() -> None:
    """Fresh planner statistics, as autovacuum would gather them soon after
    a bulk load: without them PostgreSQL plans for the empty tables it saw."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def sample_job() -> dict[str, str]:
    """The job benchmarked: an English bulk job near the middle of the list,
    made from the first template (an AI role with every kind of evidence), so
    that its page shows the same things at every size."""
    from careers.models import JobPostingPage

    first = job_templates()[0]["key"]
    jobs = JobPostingPage.objects.filter(
        key__regex=rf"^{first}{BULK_KEY}", locale__language_code="en"
    ).order_by("pk")
    job = jobs[jobs.count() // 2]
    return {"job_url": job.get_url(), "job_key": job.key}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=100, help="jobs per language")
    parser.add_argument(
        "--base-only", action="store_true", help="only the demo company, no jobs"
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django

    django.setup()
    t0 = time.perf_counter()
    loader = seed_base()
    base = time.perf_counter() - t0
    result: dict = {"base_seconds": round(base, 3)}
    if not args.base_only:
        t1 = time.perf_counter()
        result["steps"] = seed_jobs(loader, args.jobs)
        seconds = time.perf_counter() - t1
        pages = args.jobs * len(loader.homes)
        result.update(
            jobs=args.jobs,
            pages=pages,
            seconds=round(seconds, 3),
            pages_per_second=round(pages / seconds, 1),
            sample=sample_job(),
        )
    print(json.dumps(result))  # noqa: T201


if __name__ == "__main__":
    main()
