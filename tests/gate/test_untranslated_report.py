"""The AI claims report tells editors, per page in another language than the
site's default, which editor content it shows untranslated (the pieces the
page marks with ``lang``), in the editor's language and in the exports."""

import pytest
from django.contrib.auth.models import User

from tests import factories

from .test_oversight import export, report, table_rows

pytestmark = pytest.mark.django_db


@pytest.fixture
def german_story(home):
    team, _ = factories.german_team(home)
    story = factories.story(home, "Fewer late deliveries", team=team)
    return factories.translate(story, "de", title="Weniger Verspätungen")


def test_the_report_lists_what_a_german_page_shows_untranslated(
    admin_client, german_story
):
    rows = table_rows(report(admin_client))
    story = rows["Weniger Verspätungen"]
    assert "“late deliveries”" in story  # the metric name
    assert "AI technique (English)" in story
    team = rows["Data Science DE"]
    assert "“Dr. Anna Weber”: job title, short bio (English)" in team
    assert "role in the team (English)" in team
    # English pages show nothing untranslated.
    assert "(English)" not in rows["Fewer late deliveries"]
    assert "(English)" not in rows["Data Science"]


def test_a_translated_field_leaves_the_list(admin_client, german_story):
    metric = german_story.metrics.first()
    metric.name = "verspätete Zustellungen"
    metric.save()
    factories.publish(german_story)
    story = table_rows(report(admin_client))["Weniger Verspätungen"]
    assert "late deliveries" not in story
    assert "verspätete Zustellungen" not in story


def test_the_list_is_in_the_editors_language_and_in_the_exports(
    admin_client, german_story
):
    for fmt in ("csv", "xlsx"):
        rows = {r["Title"]: r for r in export(admin_client, fmt)}
        assert "“late deliveries”" in rows["Weniger Verspätungen"]["Shown untranslated"]
        assert not rows["Fewer late deliveries"]["Shown untranslated"]
    from wagtail.users.models import UserProfile

    user = User.objects.get(username="admin")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "de"
    profile.save()
    story = table_rows(report(admin_client))["Weniger Verspätungen"]
    assert "(Englisch)" in story
    assert "Unübersetzt angezeigt" in report(admin_client).content.decode()


def test_a_german_editor_sees_the_report_in_german(admin_client, german_story):
    """Columns, filters, statuses and the downloads, not only the
    untranslated list (they were English before the catalogue had them)."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(User.objects.get(username="admin"))
    profile.preferred_language = "de"
    profile.save()
    html = report(admin_client).content.decode()
    for german in (
        "KI-Aussagen",
        "Status der Aussagen",
        "Blockierend",
        "Veraltete Nachweise",
        "Begründung der Freigabe",
        "CSV herunterladen",
    ):
        assert german in html, german
    for english in ("Claim status", "Stale evidence", "Download CSV"):
        assert english not in html, english
    for fmt in ("csv", "xlsx"):  # the CSV is streamed after the view returns
        heading = set(export(admin_client, fmt)[0])
        assert {"Status der Aussagen", "Blockierende Befunde", "Geprüft"} <= heading
