"""manage.py load_demo: the demo company, in English and German, and demo logins."""

import os

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from careers.demo.loader import DemoLoader

DEMO_USERS = [
    # username, group (None: superuser)
    ("admin", None),
    ("editor", "Employer branding editors"),
    ("recruiter", "Recruiters"),
    ("reviewer", "Claims reviewers"),
]


class Command(BaseCommand):
    help = "Load the demo careers site (idempotent) and create demo logins."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-users", action="store_true", help="Do not create demo logins."
        )

    def handle(self, *args, no_users: bool = False, **options):
        DemoLoader(log=lambda msg: self.stdout.write(msg)).run()
        if no_users:
            return
        password = os.environ.get("DEMO_ADMIN_PASSWORD", "careers-demo")
        # `make demo` says where it serves (HOST and PORT can be changed).
        url = os.environ.get("DEMO_URL", "http://127.0.0.1:8000/")
        for username, group in DEMO_USERS:
            self.ensure_user(username, group, password)
        self.stdout.write(
            self.style.SUCCESS(
                f"\nDemo site:  {url}\n"
                f"Admin:      {url}admin/\n"
                f"Login:      admin / {password}  (also editor, recruiter, reviewer "
                "with the same password)\n"
            )
        )

    def ensure_user(self, username: str, group: str | None, password: str) -> None:
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=username, defaults={"email": f"{username}@nordhafen.example"}
        )
        if created:
            user.set_password(password)
            user.is_superuser = user.is_staff = group is None
            user.first_name = username.capitalize()
            user.save()
            if group:
                user.groups.add(Group.objects.get(name=group))
