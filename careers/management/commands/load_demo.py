"""manage.py load_demo: the demo company, in English and German.

On a fresh database (nothing but Wagtail's "Welcome" page) the demo becomes
the default site at DEMO_URL's address. In a site with pages of its own,
``--parent PAGE_ID`` builds it under that page and touches no Site, no other
page and no user. Demo logins only with ``--create-users``."""

import os
from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page

from careers import setup
from careers.demo.loader import DemoLoader
from careers.models import CareersIndexPage

DEMO_USERS = [
    # username, group (None: superuser)
    ("admin", None),
    ("editor", setup.EDITORS),
    ("recruiter", setup.RECRUITERS),
    ("reviewer", setup.REVIEWERS),
]


def demo_address(url: str) -> tuple[str, int]:
    """The Site's hostname and port for the demo's address (``make demo``
    passes its HOST and PORT as DEMO_URL)."""
    parts = urlsplit(url)
    default = 443 if parts.scheme == "https" else 80
    return parts.hostname or "127.0.0.1", parts.port or default


def has_pages_of_its_own() -> bool:
    """Pages besides Wagtail's "Welcome" placeholder and the demo itself."""
    if CareersIndexPage.objects.filter(key="careers-home").exists():
        return False
    tops = Page.get_first_root_node().get_children()
    return any(type(p.specific) is not Page or not p.is_leaf() for p in tops)


class Command(BaseCommand):
    help = "Load the demo careers site (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--parent",
            type=int,
            help="Build the demo under this page (its id); no Site or other page "
            "is changed.",
        )
        parser.add_argument(
            "--create-users",
            action="store_true",
            help="Create demo logins (admin, editor, recruiter, reviewer) with "
            "DEMO_ADMIN_PASSWORD (default 'careers-demo').",
        )
        parser.add_argument(
            "--no-users", action="store_true", help="The default; kept for scripts."
        )

    def handle(self, *args, parent=None, create_users=False, **options):
        url = os.environ.get("DEMO_URL", "http://127.0.0.1:8000/")
        parent_page = self.parent_page(parent)
        DemoLoader(
            parent=parent_page,
            address=demo_address(url),
            log=lambda msg: self.stdout.write(msg),
        ).run()
        if not create_users:
            return
        password = os.environ.get("DEMO_ADMIN_PASSWORD", "careers-demo")
        setup.setup_groups(setup.careers_homes())
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

    def parent_page(self, parent: int | None) -> Page | None:
        if parent is not None:
            page = Page.objects.filter(pk=parent).first()
            if page is None or page.is_root():
                raise CommandError(
                    f"--parent {parent}: no such page (the tree's root is not one)."
                )
            return page
        if has_pages_of_its_own():
            raise CommandError(
                "This site has pages of its own: the demo would replace them as "
                "the default site. Build it under one of them with --parent PAGE_ID."
            )
        return None

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
