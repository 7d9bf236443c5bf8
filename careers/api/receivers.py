"""Signal receivers: keep the change log and the content version current.

Connected in CareersConfig.ready() (careers/apps.py), so also in management
commands such as publish_scheduled. They only call the services in
``changes``, ``warm`` and ``versioning``."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from careers import versioning
from careers.models import JobPostingPage
from careers.services import changes, warm

#: Models whose saves cannot change what the public sees (stored claim
#: verdicts are for the admin's report only).
IGNORED = {
    "careers.apikey",
    "careers.jobchange",
    "careers.contentversion",
    "careers.claimsverdict",
}
WATCHED_APPS = {"careers", "cms"}  # cms: the site footer every page shows
WAGTAIL_WATCHED = {"wagtailcore.pageviewrestriction", "wagtailcore.site"}


def _is_job(instance) -> bool:
    return isinstance(instance, JobPostingPage)


def _jobs_under(page, *, live_only: bool = True):
    qs = JobPostingPage.objects.descendant_of(page, inclusive=True)
    return qs.filter(live=True) if live_only else qs


#: Page fields a draft, a lock or a comment saves: nothing the public sees.
DRAFT_FIELDS = {
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "wagtail_admin_comments",
    "locked",
    "locked_by",
    "locked_at",
}


def _job_of(instance):
    """The job post ``instance`` is or whose link row it is (an interviewer,
    story, milestone, data asset or resource of the post), else None."""
    if _is_job(instance):
        return instance
    from django.core.exceptions import FieldDoesNotExist, ObjectDoesNotExist

    try:
        field = instance._meta.get_field("job")
    except FieldDoesNotExist:
        return None
    from careers.models import JobPostingPage

    if field.related_model is not JobPostingPage:
        return None
    try:
        return instance.job
    except ObjectDoesNotExist:  # the post itself is being deleted
        return None


def bump_site() -> None:
    """A change that may show on any page: a new site version, and what every
    page computes again computed once, after the commit."""
    versioning.bump()
    warm.after_site_change()


def bump_for(instance) -> None:
    """A live job's change, its links' included (publishing a post saves
    them all), reaches its own page and what lists jobs; other job pages and
    everything read about the rest of the site stay valid. Anything else may
    show everywhere."""
    job = _job_of(instance)
    if job is not None and job.live:
        versioning.bump(versioning.JOBS, versioning.page_scope(job))
    else:
        bump_site()


@receiver(page_published)
def job_published(sender, instance, **kwargs) -> None:
    if _is_job(instance):
        changes.record_upserts(jobs=[instance], reason=changes.Reason.PUBLISHED)
    bump_for(instance)
    if _is_job(instance):
        # After the bump: outside a transaction (Wagtail's editor publishes
        # in autocommit) the hook runs at once, and must see the new version.
        warm.after_job_change()


@receiver(page_slug_changed)
def slug_changed(sender, instance, **kwargs) -> None:
    """Its address changes in every page that links to it."""
    bump_site()


@receiver(page_unpublished)
def job_unpublished(sender, instance, **kwargs) -> None:
    if _is_job(instance):
        expired = instance.expired or (
            instance.expire_at is not None and instance.is_expired
        )
        reason = changes.Reason.EXPIRED if expired else changes.Reason.UNPUBLISHED
        changes.record_tombstones(jobs=[instance], reason=reason)
    bump_site()  # its aggregates with the site's, after the bump


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs) -> None:
    changes.record_upserts(jobs=_jobs_under(instance), reason=changes.Reason.MOVED)
    bump_site()


@receiver([published, unpublished])
def snippet_published(sender, instance, **kwargs) -> None:
    """Snippets; Wagtail sends these for pages too, which the receivers
    above handle with their own scopes."""
    if not isinstance(instance, Page):
        bump_site()


@receiver(post_delete)
def deleted(sender, instance, **kwargs) -> None:
    if _is_job(instance):
        changes.record_tombstones(jobs=[instance], reason=changes.Reason.DELETED)
    if _is_image_model(sender):
        bump_site()  # pages that showed it show none now
    elif _watched(sender):
        # A link removed from a live post is the post's change; a deleted
        # post (or anything else) may have been linked from everywhere.
        if _is_job(instance):
            bump_site()
        else:
            bump_for(instance)
    if sender._meta.label_lower == "wagtailcore.pageviewrestriction":
        page = _page(instance.page_id)  # gone when the page itself is deleted
        if page is not None:
            changes.record_upserts(
                jobs=_jobs_under(page), reason=changes.Reason.PUBLISHED
            )


@receiver(post_save)
def saved(sender, instance, **kwargs) -> None:
    if _is_image_model(sender):
        image_saved(kwargs)
        return
    if not _watched(sender) or _default_settings_row(sender, kwargs):
        return
    fields = kwargs.get("update_fields")
    if fields is not None and set(fields) <= DRAFT_FIELDS:
        return
    bump_for(instance)
    if sender._meta.label_lower == "wagtailcore.pageviewrestriction":
        changes.record_tombstones(
            jobs=_jobs_under(instance.page), reason=changes.Reason.PRIVATE
        )


#: Image fields Wagtail fills in by itself when it first reads the file.
IMAGE_BOOKKEEPING = {"file_size", "file_hash"}


def image_saved(kwargs) -> None:
    """An edited image (its file, focal point, title or alt text) may show on
    any page; a new one shows nowhere until a page that uses it is
    published, and the sizes Wagtail notes down change nothing shown."""
    fields = kwargs.get("update_fields")
    if kwargs.get("created") or (
        fields is not None and set(fields) <= IMAGE_BOOKKEEPING
    ):
        return
    bump_site()


def _is_image_model(sender) -> bool:
    return sender is get_image_model()


def _default_settings_row(sender, kwargs) -> bool:
    """Wagtail makes a site's settings row on first read, with the defaults:
    nothing anyone sees changes."""
    return bool(kwargs.get("created")) and issubclass(sender, BaseSiteSetting)


def _page(pk: int):
    return Page.objects.filter(pk=pk).first()


def _watched(sender) -> bool:
    if sender.__module__ == "__fake__":  # a migration's historical model
        return False
    label = sender._meta.label_lower
    if label in IGNORED:
        return False
    return sender._meta.app_label in WATCHED_APPS or label in WAGTAIL_WATCHED
