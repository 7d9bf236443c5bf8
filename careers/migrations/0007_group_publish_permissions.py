"""Wagtail creates the publish permissions of draft-capable snippets after the
migrations ran, so 0002 could not grant them: grant them here, creating them
if needed, to the groups that publish evidence."""

from django.db import migrations

SNIPPETS = {
    "communityactivity": "community activity",
    "dataasset": "data asset",
    "resource": "resource",
    "recognition": "recognition",
    "hiringaicompliance": "hiring-AI compliance record",
}
PUBLISHERS = ("Employer branding editors", "Claims reviewers")


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    groups = list(Group.objects.filter(name__in=PUBLISHERS))
    for model, label in SNIPPETS.items():
        content_type, _ = ContentType.objects.get_or_create(
            app_label="careers", model=model
        )
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"publish_{model}",
            defaults={"name": f"Can publish {label}"},
        )
        for group in groups:
            group.permissions.add(permission)
    editors = Group.objects.filter(name="Employer branding editors").first()
    settings_perm = Permission.objects.filter(
        content_type__app_label="careers", codename="change_organisationprofile"
    ).first()
    if editors and settings_perm:
        editors.permissions.add(settings_perm)


class Migration(migrations.Migration):
    dependencies = [("careers", "0006_ai_claims_review_workflow")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
