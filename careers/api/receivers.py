"""Signal receivers: keep the change log and the content version current.

Connected in CareersConfig.ready() (careers/apps.py), so also in management
commands such as publish_scheduled. They only call the services in
``changes``, ``warm`` and ``versioning``.

Each change reaches as far as it may show (``versioning``): a live job's,
its own page and what lists jobs; the evidence changed in place (an
evidence snippet, the rows of a careers page that is not a job, a live team
page or impact story published again where it was, under its title), what
pages say; anything else, or anything in doubt, the whole site."""

from functools import reduce
from operator import or_

from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Exists, OuterRef, Q
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from modelcluster.fields import ParentalKey
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.images import get_image_model
from wagtail.models import Page, Site
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from careers import versioning
from careers.models import (
    ImpactStoryPage,
    JobPostingPage,
    OrganisationProfile,
    TeamPage,
)
from careers.models.base import EvidenceSnippet
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


def _row_of(instance) -> Page | None:
    """The page ``instance`` is a row of (an interviewer, a team member, a
    citation: its parental key to a page), else None (also when the page is
    being deleted with it)."""
    for field in instance._meta.concrete_fields:
        if isinstance(field, ParentalKey) and issubclass(field.related_model, Page):
            try:
                return getattr(instance, field.name)
            except ObjectDoesNotExist:
                return None
    return None


def _is_job_page(page: Page) -> bool:
    return issubclass(page.specific_class or type(page), JobPostingPage)


#: Pages no page's frame shows (neither navigation nor a careers home):
#: published again where they were, only what pages say changes.
IN_PLACE_PAGES = (TeamPage, ImpactStoryPage)
#: Set on such a page by ``pre_save`` (its row as it was) and ``post_save``
#: (whether it stayed where it was, live), for its ``page_published``.
BEFORE_ATTR, IN_PLACE_ATTR = "_careers_before", "_careers_in_place"


def _framing_state(pk: int) -> tuple | None:
    """The page's (live, address, title, alias source, framed) as saved:
    framed when a site starts at it or an organisation profile names it (or
    a translation of it) as a legal page, whose title every page's footer
    shows. (A team's title names it in the cards and the listing's filters,
    which are kept per site version: a new title changes the site's; an
    alias is as private as its source, so a converted alias may not be.)"""
    same = OuterRef("translation_key")
    names = OrganisationProfile.LEGAL_PAGES
    legal = OrganisationProfile.objects.filter(
        reduce(or_, (Q(**{f"{name}__translation_key": same}) for name in names))
    )
    root = Site.objects.filter(root_page=OuterRef("pk"))
    rows = Page.objects.filter(pk=pk).annotate(
        is_root=Exists(root), is_legal=Exists(legal)
    )
    columns = ("live", "url_path", "title", "alias_of", "is_root", "is_legal")
    found = rows.values_list(*columns).first()
    return None if found is None else (*found[:4], found[4] or found[5])


def _stays_in_place(instance, created: bool) -> bool:
    """Whether ``instance`` (an ``IN_PLACE_PAGES`` page just saved) was live
    where it is now, with the same title, and is still live, framing
    nothing."""
    before = instance.__dict__.pop(BEFORE_ATTR, None)
    kept = (True, instance.url_path, instance.title, instance.alias_of_id, False)
    return not created and instance.live and before == kept


def bump_site(scope: str = versioning.SITE) -> None:
    """A change that may show on any page: a new site version, and what every
    page computes again computed once, after the commit.

    ``versioning.EVIDENCE`` for a change to what pages say, not to where they
    are or what frames them: the navigation, look and site kept per site
    version stay warm; the evidence pool is computed again all the same."""
    versioning.bump(scope)
    warm.after_site_change()


def bump_for(instance) -> None:
    """A live job's change, its rows' included (publishing a post saves
    them all), reaches its own page and what lists jobs; other job pages and
    everything read about the rest of the site stay valid. The evidence
    changed in place (the rows of other careers pages, evidence snippets, a
    page of ``IN_PLACE_PAGES`` published again where it was) reaches what
    pages say. Anything else may show everywhere."""
    row_of = None if isinstance(instance, Page) else _row_of(instance)
    page = instance if isinstance(instance, Page) else row_of
    if page is not None and _is_job_page(page):
        if page.live:
            versioning.bump(versioning.JOBS, versioning.page_scope(page))
        else:
            bump_site()
    elif (
        (row_of is not None and instance._meta.app_label == "careers")
        or isinstance(instance, EvidenceSnippet)
        or instance.__dict__.get(IN_PLACE_ATTR, False)
    ):
        bump_site(versioning.EVIDENCE)
    else:
        bump_site()


@receiver(pre_save)
def before_save(sender, instance, **kwargs) -> None:
    """A page that may change in place: its row as it is, before the save."""
    if not issubclass(sender, IN_PLACE_PAGES) or instance.pk is None:
        return
    fields = kwargs.get("update_fields")
    if fields is not None and set(fields) <= DRAFT_FIELDS:
        return
    instance.__dict__[BEFORE_ATTR] = _framing_state(instance.pk)


@receiver(page_published)
def job_published(sender, instance, **kwargs) -> None:
    if _is_job(instance):
        changes.record_upserts(jobs=[instance], reason=changes.Reason.PUBLISHED)
    bump_for(instance)
    instance.__dict__.pop(IN_PLACE_ATTR, None)  # this publish's, used up
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
        bump_for(instance)


@receiver(post_delete)
def deleted(sender, instance, **kwargs) -> None:
    if _is_job(instance):
        changes.record_tombstones(jobs=[instance], reason=changes.Reason.DELETED)
    if _is_image_model(sender):
        bump_site()  # pages that showed it show none now
    elif _watched(sender):
        # A row removed from a live post is the post's change; a deleted
        # page (or anything else) may have been linked from everywhere.
        if isinstance(instance, Page):
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
    if isinstance(instance, IN_PLACE_PAGES):
        in_place = _stays_in_place(instance, bool(kwargs.get("created")))
        instance.__dict__[IN_PLACE_ATTR] = in_place
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
