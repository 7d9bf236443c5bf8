"""Job posts move to /<language>/jobs/<slug>/: their stored url_path gets the
careers home's ``jobs/`` segment (careers.models.jobs.job_url_path). Only the
url_path of job post rows changes; no table is created or altered. The
former addresses answer with a 301 (CareersIndexPage.route)."""

from django.conf import settings
from django.db import migrations

# Wagtail 8 names the (swappable) page model in a setting; Wagtail 7 has none.
PAGE_MODEL = getattr(settings, "WAGTAIL_PAGE_MODEL", "wagtailcore.Page")
STEPLEN = 4  # treebeard's path step, as Wagtail's page tree uses it


def _set_url_paths(apps, under_jobs: bool) -> None:
    Page = apps.get_model(PAGE_MODEL)
    ContentType = apps.get_model("contenttypes", "ContentType")
    try:
        job_type = ContentType.objects.get(app_label="careers", model="jobpostingpage")
        home_type = ContentType.objects.get(
            app_label="careers", model="careersindexpage"
        )
    except ContentType.DoesNotExist:
        return  # a new database: no job posts yet
    jobs = Page.objects.filter(content_type=job_type).only("path", "slug", "url_path")
    for job in jobs.iterator():
        parent = (
            Page.objects.filter(path=job.path[:-STEPLEN])
            .only("url_path", "content_type")
            .first()
        )
        if parent is None:
            continue
        segment = "jobs/" if under_jobs and parent.content_type_id == home_type.pk else ""
        url_path = f"{parent.url_path}{segment}{job.slug}/"
        if url_path != job.url_path:
            Page.objects.filter(pk=job.pk).update(url_path=url_path)


def forwards(apps, schema_editor):
    _set_url_paths(apps, under_jobs=True)


def backwards(apps, schema_editor):
    _set_url_paths(apps, under_jobs=False)


class Migration(migrations.Migration):
    dependencies = [
        ("careers", "0012_claim_citations"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
