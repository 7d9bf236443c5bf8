"""What ``manage.py careers_setup`` sets up when a host asks for it: editor
groups with rights on the careers section only, the "AI claims review"
workflow on the careers homes (never the root), a locale per content
language. Migrations create tables only; nothing here runs unless called.

Every function is idempotent and returns lines for the command to print."""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import (
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from careers.languages import content_languages
from careers.models import CareersIndexPage, ClaimsReviewTask

SNIPPETS = {
    "communityactivity": "community activity",
    "dataasset": "data asset",
    "resource": "resource",
    "recognition": "recognition",
    "hiringaicompliance": "hiring-AI compliance record",
}
LISTS = ["person", "department", "location", "country"]

EDITORS = "Employer branding editors"
RECRUITERS = "Recruiters"
REVIEWERS = "Claims reviewers"

#: group -> (page actions on each careers home, {model: actions})
GROUPS: dict[str, tuple[list[str], dict[str, list[str]]]] = {
    EDITORS: (
        ["add", "change", "publish", "unlock"],
        {
            **{m: ["add", "change", "delete", "publish"] for m in SNIPPETS},
            **{m: ["add", "change", "delete"] for m in LISTS},
            "organisationprofile": ["change"],
        },
    ),
    RECRUITERS: (
        ["add", "change"],
        {"person": ["add", "change"], "location": ["add", "change"]},
    ),
    REVIEWERS: (
        ["change", "publish"],
        {m: ["change", "publish"] for m in SNIPPETS},
    ),
}
#: Images are shared with the host; editors may add and choose them.
IMAGE_ACTIONS = ("add_image", "choose_image", "change_image")

WORKFLOW_NAME = "AI claims review"


def careers_homes() -> list[Page]:
    """Every careers home, in every language: the careers section's tops."""
    return list(CareersIndexPage.objects.order_by("path"))


def _model_permission(model: str, action: str) -> Permission:
    """``careers.<action>_<model>``; Wagtail adds the publish permissions of
    draft-capable snippets after migrating, so they may still be missing."""
    content_type, _ = ContentType.objects.get_or_create(
        app_label="careers", model=model
    )
    label = SNIPPETS.get(model, model)
    return Permission.objects.get_or_create(
        content_type=content_type,
        codename=f"{action}_{model}",
        defaults={"name": f"Can {action} {label}"},
    )[0]


def _page_permission(action: str) -> Permission:
    return Permission.objects.get(
        content_type__app_label="wagtailcore", codename=f"{action}_page"
    )


@transaction.atomic
def setup_groups(homes: list[Page]) -> list[str]:
    """The three editor groups: admin access, rights on the careers snippets
    and lists, and page rights on each careers home (so on its pages only)."""
    lines = []
    admin_access = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    images = Permission.objects.filter(
        content_type__app_label="wagtailimages", codename__in=IMAGE_ACTIONS
    )
    for name, (page_actions, model_actions) in GROUPS.items():
        group, created = Group.objects.get_or_create(name=name)
        group.permissions.add(admin_access, *images)
        group.permissions.add(
            *(
                _model_permission(model, action)
                for model, actions in model_actions.items()
                for action in actions
            )
        )
        for home in homes:
            for action in page_actions:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=home, permission=_page_permission(action)
                )
        lines.append(f"Group {name!r} {'created' if created else 'up to date'}.")
    if not homes:
        lines.append(
            "No careers home yet: the groups have no page rights. Run "
            "careers_setup again after adding one."
        )
    return lines


def _claims_review_workflow() -> tuple[Workflow, bool]:
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is not None:
        return workflow, False
    task = ClaimsReviewTask.objects.filter(name=WORKFLOW_NAME).first()
    if task is None:
        task = ClaimsReviewTask.objects.create(name=WORKFLOW_NAME, active=True)
        task.groups.set(Group.objects.filter(name=REVIEWERS))
    workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow, True


@transaction.atomic
def setup_workflow(homes: list[Page]) -> list[str]:
    """The "AI claims review" workflow, on each careers home that has no
    workflow of its own; taken off the root where an earlier version of this
    module had put it."""
    workflow, created = _claims_review_workflow()
    lines = [f"Workflow {WORKFLOW_NAME!r} {'created' if created else 'exists'}."]
    on_root = WorkflowPage.objects.filter(workflow=workflow, page__depth=1)
    if on_root.exists():
        on_root.delete()
        lines.append(
            f"Workflow {WORKFLOW_NAME!r} taken off the root page: it now applies "
            "to the careers section only. The root page has no workflow; assign "
            "yours again in Settings > Workflows if it had one."
        )
    for home in homes:
        assigned, made = WorkflowPage.objects.get_or_create(
            page=home, defaults={"workflow": workflow}
        )
        if made:
            lines.append(f"Workflow {WORKFLOW_NAME!r} assigned to {home.title!r}.")
        elif assigned.workflow_id != workflow.pk:
            lines.append(f"{home.title!r} keeps its own workflow.")
    if not homes:
        lines.append(
            "No careers home yet: the workflow is assigned to none. Run "
            "careers_setup again after adding one."
        )
    return lines


def setup_locales() -> list[str]:
    """A Wagtail locale for each content language that has none."""
    lines = []
    for code in content_languages():
        _locale, created = Locale.objects.get_or_create(language_code=code)
        if created:
            lines.append(f"Locale {code!r} created.")
    return lines or ["Every content language has its locale."]
