"""Nothing: the "AI claims review" workflow is set up by
``manage.py careers_setup --workflow``, on the careers homes only.

Earlier versions created the workflow here and put it on the root page,
replacing the host's own workflow. ``careers_setup --workflow`` takes it off
the root on databases that ran that version. Kept, empty, so that the
migration history stays consistent."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("careers", "0005_claims_review_task")]

    operations = []
