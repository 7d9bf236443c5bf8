"""The "AI claims review" workflow, on the whole page tree by default: clean
content goes through on its own, blocked claims wait for a claims reviewer."""

from django.db import migrations


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    ClaimsReviewTask = apps.get_model("careers", "ClaimsReviewTask")

    content_type, _ = ContentType.objects.get_or_create(
        app_label="careers", model="claimsreviewtask"
    )
    task = ClaimsReviewTask.objects.create(
        name="AI claims review", content_type=content_type, active=True
    )
    task.groups.set(Group.objects.filter(name="Claims reviewers"))
    workflow = Workflow.objects.create(name="AI claims review", active=True)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


def remove_workflow(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Workflow.objects.filter(name="AI claims review").delete()


class Migration(migrations.Migration):
    dependencies = [("careers", "0005_claims_review_task")]

    operations = [migrations.RunPython(create_workflow, remove_workflow)]
