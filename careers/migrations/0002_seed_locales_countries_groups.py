"""Seeds what every careers site starts with: the German locale next to English,
the country list, and the editor groups with their permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from careers.countries import COUNTRIES

SNIPPETS = [
    "communityactivity",
    "dataasset",
    "resource",
    "recognition",
    "hiringaicompliance",
]
LISTS = ["person", "department", "location", "country"]

# group -> (page permissions on the whole tree, {model: actions})
GROUPS = {
    "Employer branding editors": (
        ["add", "change", "publish", "unlock"],
        {
            **{m: ["add", "change", "delete", "publish"] for m in SNIPPETS},
            **{m: ["add", "change", "delete"] for m in LISTS},
        },
    ),
    "Recruiters": (
        ["add", "change"],
        {"person": ["add", "change"], "location": ["add", "change"]},
    ),
    "Claims reviewers": (
        ["change", "publish"],
        {m: ["change", "publish"] for m in SNIPPETS},
    ),
}


def seed(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None

    Locale = apps.get_model("wagtailcore", "Locale")
    for code in ("en", "de"):
        Locale.objects.get_or_create(language_code=code)

    Country = apps.get_model("careers", "Country")
    for code, name, name_de in COUNTRIES:
        Country.objects.update_or_create(
            code=code, defaults={"name": name, "name_de": name_de}
        )

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    admin_access = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    root = Page.objects.filter(depth=1).first()
    for name, (page_actions, model_actions) in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(admin_access)
        for model, actions in model_actions.items():
            for action in actions:
                perm = Permission.objects.filter(
                    content_type__app_label="careers", codename=f"{action}_{model}"
                ).first()
                if perm:
                    group.permissions.add(perm)
        for action in page_actions:
            perm = Permission.objects.get(
                content_type__app_label="wagtailcore", codename=f"{action}_page"
            )
            GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=perm
            )
        for codename in ("add_image", "choose_image", "change_image"):
            perm = Permission.objects.filter(codename=codename).first()
            if perm:
                group.permissions.add(perm)


class Migration(migrations.Migration):
    dependencies = [
        ("careers", "0001_initial"),
        ("wagtailcore", "0094_alter_page_locale"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
