"""Seeds the module's own country list.

Earlier versions also created a German locale and editor groups with rights
on the host's whole page tree here. A migration must not change the host:
``manage.py careers_setup`` now does that, when asked, scoped to the careers
section. The name and dependencies stay, so databases that ran it remain
consistent."""

from django.db import migrations

from careers.countries import COUNTRIES


def seed(apps, schema_editor):
    Country = apps.get_model("careers", "Country")
    for code, name, name_de in COUNTRIES:
        Country.objects.update_or_create(
            code=code, defaults={"name": name, "name_de": name_de}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("careers", "0001_initial"),
        ("wagtailcore", "0094_alter_page_locale"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
