"""manage.py export_careers: the site's pages and published evidence as a bundle."""

import json

from django.core.management.base import BaseCommand, CommandError

from careers.services.bundles import export_bundle


class Command(BaseCommand):
    help = "Write the site as a careers-claims-bundle/1 JSON document."

    def add_arguments(self, parser):
        parser.add_argument(
            "-o", "--output", default="-", help="File (default: stdout)."
        )
        parser.add_argument(
            "--drafts", action="store_true", help="Include pages that are not live."
        )
        parser.add_argument(
            "--language",
            help=(
                "Only the pages in this language (e.g. de), with the evidence as "
                "they see it: translations in that language where they exist."
            ),
        )

    def handle(self, *args, output: str, drafts: bool, language=None, **options):
        bundle = export_bundle(include_drafts=drafts, language=language)
        text = json.dumps(bundle, ensure_ascii=False, indent=2)
        if output == "-":
            self.stdout.write(text)
            return
        try:
            with open(output, "w", encoding="utf-8") as f:
                f.write(text + "\n")
        except OSError as error:
            raise CommandError(f"Cannot write {output}: {error.strerror}") from error
        self.stderr.write(f"Wrote {output}")
