"""Editors cannot act on pages they may not touch: publish, unpublish, copy,
move, delete, lock, preview, revisions (view, compare, revert, unschedule) and
history are refused (Wagtail answers 403, or redirects to the dashboard with
"Sorry, you do not have permission"), nothing they send changes anything, and
nothing they receive shows the page's unpublished content."""

import datetime as dt

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupPagePermission, Page, Revision

from careers.models import CareersIndexPage, JobPostingPage
from tests import factories

from .conftest import built_once

DRAFT_WORDS = "hushhush unreleased draft"


def section_editor() -> object:
    """An editor with every right on a partner careers section only."""
    root = Page.get_first_root_node()
    section = factories.add_page(
        root,
        CareersIndexPage(title="Partner careers", slug="partner", key="partner"),
    )
    group = Group.objects.create(name="Partner editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for action in ("add", "change", "publish", "bulk_delete", "lock", "unlock"):
        GroupPagePermission.objects.create(
            group=group,
            page=section,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=f"{action}_page"
            ),
        )
    own = factories.job(section, "Partner job", key="job-partner")
    return {"group": group.pk, "section": section.pk, "own_job": own.pk}


def build() -> dict:
    home = factories.careers_site()
    job = factories.job(home, "Warehouse Team Lead", key="job-target")
    scheduled = Page.objects.get(pk=job.pk).specific
    scheduled.title = f"{DRAFT_WORDS} scheduled"
    scheduled.go_live_at = timezone.now() + dt.timedelta(days=3)
    scheduled.save_revision().publish()
    draft = Page.objects.get(pk=job.pk).specific
    draft.title = f"{DRAFT_WORDS} title"
    draft.save_revision()
    other = factories.job(home, "Second job", key="job-second")
    return {"home": home.pk, "job": job.pk, "other": other.pk, **section_editor()}


@pytest.fixture(scope="module")
def ids(django_db_setup, django_db_blocker):
    yield from built_once(django_db_blocker, build)


def snapshot(ids) -> dict:
    """Everything a refused action could have changed."""
    job = JobPostingPage.objects.get(pk=ids["job"])
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "job": (job.live, job.title, job.path, job.latest_revision_id, job.locked),
        "scheduled": list(
            Revision.objects.filter(approved_go_live_at__isnull=False).values_list(
                "pk", flat=True
            )
        ),
        "numchild": {p.pk: p.numchild for p in Page.objects.all()},
    }


def outcome(client, response) -> str:
    """'refused' (403, or the dashboard with Wagtail's message), 'not found'
    (404, also after the locale middleware's redirect to /en/admin/...) or
    'skipped' (a bulk action that leaves out what the user may not touch)."""
    hops = 0
    while response.status_code == 302 and hops < 3:
        location = response["Location"]
        if location in (reverse("wagtailadmin_home"), "/admin/"):
            return "refused"
        if "/bulk/" in location:
            return "skipped"
        response = client.get(location)
        hops += 1
    return {403: "refused", 404: "not found"}.get(response.status_code, "allowed")


def outsider(client, ids):
    user = factories.user("partner-editor")
    user.groups.add(Group.objects.get(pk=ids["group"]))
    client.force_login(user)
    return user


def revisions(ids) -> tuple[int, int]:
    job = JobPostingPage.objects.get(pk=ids["job"])
    first = job.revisions.order_by("pk").first().pk
    return first, job.latest_revision_id


def actions(ids) -> dict[str, tuple[str, str, dict]]:
    """name -> (method, url, POST data) for every action on the target job."""
    pk, dest = ids["job"], ids["section"]
    first, latest = revisions(ids)
    scheduled = Revision.objects.get(approved_go_live_at__isnull=False).pk
    page = "wagtailadmin_pages:"
    publish_form = {"title": "Taken over", "slug": "taken-over", "action-publish": "1"}
    return {
        "edit": ("get", reverse(page + "edit", args=[pk]), {}),
        "save": ("post", reverse(page + "edit", args=[pk]), {"title": "Taken over"}),
        "publish": ("post", reverse(page + "edit", args=[pk]), publish_form),
        "unpublish": ("post", reverse(page + "unpublish", args=[pk]), {}),
        "delete": ("post", reverse(page + "delete", args=[pk]), {}),
        "copy": (
            "post",
            reverse(page + "copy", args=[pk]),
            {"new_title": "Copy", "new_slug": "copy", "new_parent_page": dest},
        ),
        "move": ("post", reverse(page + "move_confirm", args=[pk, dest]), {}),
        "lock": ("post", reverse(page + "lock", args=[pk]), {}),
        "privacy": ("get", reverse(page + "set_privacy", args=[pk]), {}),
        "preview": ("post", reverse(page + "preview_on_edit", args=[pk]), {}),
        "preview-render": ("get", reverse(page + "preview_on_edit", args=[pk]), {}),
        "view-draft": ("get", reverse(page + "view_draft", args=[pk]), {}),
        "revisions": ("get", reverse(page + "revisions_index", args=[pk]), {}),
        "revision-view": (
            "get",
            reverse(page + "revisions_view", args=[pk, latest]),
            {},
        ),
        "revision-compare": (
            "get",
            reverse(page + "revisions_compare", args=[pk, first, latest]),
            {},
        ),
        "revision-revert": (
            "get",
            reverse(page + "revisions_revert", args=[pk, first]),
            {},
        ),
        "revision-unschedule": (
            "post",
            reverse(page + "revisions_unschedule", args=[pk, scheduled]),
            {},
        ),
        "history": ("get", reverse(page + "history", args=[pk]), {}),
        "workflow-history": ("get", reverse(page + "workflow_history", args=[pk]), {}),
        "bulk-publish": (
            "post",
            reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
            + f"?id={pk}",
            {},
        ),
        "bulk-delete": (
            "post",
            reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
            + f"?id={pk}",
            {},
        ),
    }


ACTIONS = (
    "edit",
    "save",
    "publish",
    "unpublish",
    "delete",
    "copy",
    "move",
    "lock",
    "privacy",
    "preview",
    "preview-render",
    "view-draft",
    "revisions",
    "revision-view",
    "revision-compare",
    "revision-revert",
    "revision-unschedule",
    "history",
    "workflow-history",
    "bulk-publish",
    "bulk-delete",
)


@pytest.mark.parametrize("name", ACTIONS)
def test_an_editor_of_another_section_is_refused_and_nothing_changes(
    ids, db, client, name
):
    outsider(client, ids)
    method, url, data = actions(ids)[name]
    before = snapshot(ids)
    response = getattr(client, method)(url, data)
    expected = "skipped" if name.startswith("bulk") else "refused"
    assert outcome(client, response) == expected, (name, response.status_code)
    assert snapshot(ids) == before, name
    assert DRAFT_WORDS not in response.content.decode()


@pytest.mark.parametrize("action", ("publish", "delete", "unpublish"))
def test_a_bulk_action_lists_the_page_as_one_the_editor_may_not_touch(
    ids, db, client, action
):
    outsider(client, ids)
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", action])
    body = client.get(f"{url}?id={ids['job']}").content.decode()
    assert "You don't have permission to" in body
    # Wagtail names the page there by its latest draft title (upstream
    # behaviour, admin users only; see SECURITY.md).


def test_the_refusal_says_why(ids, db, client):
    outsider(client, ids)
    _method, url, _data = actions(ids)["history"]
    response = client.get(url, follow=True)
    assert "Sorry, you do not have permission to access this area" in (
        response.content.decode()
    )


def test_the_same_editor_may_act_on_their_own_section(ids, db, client):
    """The refusals above are about the page, not a broken account."""
    outsider(client, ids)
    own = ids["own_job"]
    assert client.get(reverse("wagtailadmin_pages:edit", args=[own])).status_code == 200
    history = reverse("wagtailadmin_pages:history", args=[own])
    assert client.get(history).status_code == 200


def test_a_revision_of_another_page_is_not_found_through_ones_own(ids, db, client):
    """IDOR: the revision id of a forbidden page, under one's own page's URL."""
    outsider(client, ids)
    _first, latest = revisions(ids)
    own = ids["own_job"]
    for name, args in (
        ("revisions_view", [own, latest]),
        ("revisions_revert", [own, latest]),
        ("revisions_compare", [own, "earliest", latest]),
    ):
        response = client.get(reverse(f"wagtailadmin_pages:{name}", args=args))
        assert outcome(client, response) == "not found", name
        assert DRAFT_WORDS not in response.content.decode()


@pytest.mark.parametrize("name", ("publish", "unpublish", "move", "bulk-publish"))
def test_a_recruiter_may_edit_but_not_publish_unpublish_or_move(ids, db, client, name):
    """Recruiters have add and change, not publish: a publish becomes a draft
    save at most, and the live page stays as it was."""
    recruiter = factories.user("recruiter", groups=("Recruiters",))
    client.force_login(recruiter)
    job = JobPostingPage.objects.get(pk=ids["job"])
    live = (job.live, job.title, job.live_revision_id, job.path)
    method, url, data = actions(ids)[name]
    response = getattr(client, method)(url, data)
    job.refresh_from_db()
    assert (job.live, job.title, job.live_revision_id, job.path) == live
    expected = {"publish": "allowed", "bulk-publish": "skipped"}.get(name, "refused")
    assert outcome(client, response) == expected, (name, response.status_code)
