"""manage.py careers_setup: what a host asks the careers module to set up.

Without flags: editor groups, the "AI claims review" workflow and the
locales. Each flag picks a part; run it again after adding a careers home so
its pages get the groups' rights and the workflow. Idempotent."""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from careers import setup


class Command(BaseCommand):
    help = (
        "Set up the careers module in this site: editor groups with rights on "
        "the careers section, the 'AI claims review' workflow on the careers "
        "homes, a locale per content language, and (--demo) the demo content. "
        "Idempotent; without flags, everything but the demo."
    )

    def add_arguments(self, parser):
        parts = parser.add_argument_group("parts (default: groups, workflow, locales)")
        parts.add_argument("--groups", action="store_true", help="Editor groups.")
        parts.add_argument(
            "--workflow", action="store_true", help="The AI claims review workflow."
        )
        parts.add_argument(
            "--locales", action="store_true", help="A locale per content language."
        )
        parts.add_argument(
            "--demo", action="store_true", help="The demo company (see load_demo)."
        )
        parser.add_argument(
            "--parent",
            type=int,
            help="With --demo: the id of the page to build the demo under.",
        )
        parser.add_argument(
            "--create-users",
            action="store_true",
            help="With --demo: demo logins with a known password.",
        )

    def handle(self, *args, **options):
        self.verbosity = options["verbosity"]
        chosen = {p for p in ("groups", "workflow", "locales", "demo") if options[p]}
        parts = chosen or {"groups", "workflow", "locales"}
        if "locales" in parts:
            self.say(setup.setup_locales())
        if "demo" in parts:
            demo_args = []
            if options["parent"]:
                demo_args += ["--parent", str(options["parent"])]
            if options["create_users"]:
                demo_args.append("--create-users")
            call_command("load_demo", *demo_args, stdout=self.stdout)
        homes = setup.careers_homes()
        if "groups" in parts:
            self.say(setup.setup_groups(homes))
        if "workflow" in parts:
            self.say(setup.setup_workflow(homes))

    def say(self, lines: list[str]) -> None:
        if self.verbosity:
            for line in lines:
                self.stdout.write(line)
