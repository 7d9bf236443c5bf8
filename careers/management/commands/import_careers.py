"""manage.py import_careers FILE: a bundle becomes pages and snippets.

All or nothing (one transaction), idempotent by id. Drafts by default;
--publish publishes through the AI-claim gate (blocked items stay drafts).
Exit codes: 0 imported, 1 imported but some items blocked, 2 nothing imported."""

import json
import sys

from django.core.management.base import BaseCommand

from careers.services.bundles import ImportRefused, import_bundle


class Command(BaseCommand):
    help = "Import a careers-claims-bundle/1 file (use - for standard input)."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument(
            "--publish", action="store_true", help="Publish what the claim gate allows."
        )

    def handle(self, *args, file: str, publish: bool, **options):
        data = self.read(file)
        try:
            result = import_bundle(data=data, publish=publish)
        except ImportRefused as refused:
            for problem in refused.problems:
                self.stderr.write(problem)
            self.stderr.write("Nothing was imported.")
            sys.exit(2)
        for label, names in (
            ("created", result.created),
            ("updated", result.updated),
            ("unchanged", result.unchanged),
            ("published", result.published),
        ):
            self.stdout.write(
                f"{label}: {len(names)}" + (f" ({', '.join(names)})" if names else "")
            )
        for label, findings in result.blocked.items():
            self.stdout.write(f"blocked, kept as draft: {label}")
            for finding in findings:
                self.stdout.write(f"  - {finding.rule}: {finding.message}")
        if result.blocked:
            sys.exit(1)

    def read(self, file: str):
        try:
            if file == "-":
                return json.load(sys.stdin)
            with open(file, encoding="utf-8") as f:
                return json.load(f)
        except OSError as error:
            self.stderr.write(f"{file}: cannot read: {error.strerror}")
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            self.stderr.write(f"{file}: not valid JSON: {error}")
        except RecursionError:
            self.stderr.write(f"{file}: JSON nested too deeply to read")
        self.stderr.write("Nothing was imported.")
        sys.exit(2)
