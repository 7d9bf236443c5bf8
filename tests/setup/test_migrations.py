"""The module's migrations run on every Wagtail the package declares (7.0 LTS
to 8.x) and change nothing of the host's.

`makemigrations` on Wagtail 8 writes three things Wagtail 7 lacks; after
generating a migration, replace them as 0001 does:
- a dependency on ("wagtailcore", "0098_apitoken"): use "0094_alter_page_locale";
- settings.WAGTAIL_PAGE_MODEL: use PAGE_MODEL = getattr(settings,
  "WAGTAIL_PAGE_MODEL", "wagtailcore.Page");
- modelsearch.index.Indexed: use wagtail.search.index.Indexed."""

from pathlib import Path

import pytest

import careers

MIGRATIONS = sorted((Path(careers.__file__).parent / "migrations").glob("0*.py"))
WAGTAIL_8_ONLY = ("0098_apitoken", "settings.WAGTAIL_PAGE_MODEL", "modelsearch")
HOST_MODELS = ("Group", "Workflow", "WorkflowPage", "GroupPagePermission", "Locale")


@pytest.mark.parametrize("path", MIGRATIONS, ids=lambda p: p.stem)
def test_a_migration_needs_nothing_of_wagtail_8(path):
    text = path.read_text()
    assert [w for w in WAGTAIL_8_ONLY if w in text] == []


@pytest.mark.parametrize("path", MIGRATIONS, ids=lambda p: p.stem)
def test_a_migration_touches_no_host_model(path):
    text = path.read_text()
    assert [m for m in HOST_MODELS if f'get_model("wagtailcore", "{m}")' in text] == []
    assert 'get_model("auth", "Group")' not in text
