"""Nothing: the editor groups' rights are granted by
``manage.py careers_setup --groups``. Earlier versions granted snippet
publish rights here. Kept, empty, so that the migration history stays
consistent."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("careers", "0006_ai_claims_review_workflow")]

    operations = []
