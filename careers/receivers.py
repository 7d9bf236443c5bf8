"""Signal receivers for stored claim verdicts (careers.verdicts): a revision's
verdict is stored as it is saved; when anything that can change published
evidence commits, the verdicts that rely on it are refreshed. Connected in
``CareersConfig.ready()``; the work is in the service. Also: job posts keep
their ``jobs/<slug>/`` url path when Wagtail saves them as plain pages."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from wagtail.models import Page, Revision
from wagtail.signals import page_published, page_unpublished, published, unpublished

from careers import verdicts
from careers.models.jobs import keep_job_url_path

#: Apps whose rows can be evidence or shape it (people, departments, settings).
EVIDENCE_APPS = {"careers", "wagtailcore"}
IGNORED = {
    "careers.apikey",
    "careers.jobchange",
    "careers.claimsverdict",
    "careers.claimsoverride",
    "wagtailcore.revision",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.workflowstate",
    "wagtailcore.taskstate",
}


@receiver(post_save, sender=Revision)
def revision_saved(sender, instance, created=False, update_fields=None, **kwargs):
    if kwargs.get("raw") or (update_fields and "content" not in update_fields):
        return
    verdicts.store(instance)


def _refresh_after_commit(sender, **kwargs) -> None:
    if kwargs.get("raw") or sender.__module__ == "__fake__":
        return  # fixtures, and migrations' historical models
    label = sender._meta.label_lower
    if sender._meta.app_label in EVIDENCE_APPS and label not in IGNORED:
        transaction.on_commit(verdicts.refresh_in_request)


for signal in (page_published, page_unpublished, published, unpublished):
    signal.connect(_refresh_after_commit, dispatch_uid=f"careers-verdicts-{signal}")
post_save.connect(_refresh_after_commit, dispatch_uid="careers-verdicts-save")
post_delete.connect(_refresh_after_commit, dispatch_uid="careers-verdicts-delete")
pre_save.connect(keep_job_url_path, sender=Page, dispatch_uid="careers-job-url-path")
