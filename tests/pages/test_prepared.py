"""careers.prepared: the hottest reads are compiled to SQL once per database
and run with each call's values, giving the rows the query set gives."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from careers import versioning
from careers.models import ContentVersion, JobPostingPage
from careers.prepared import Prepared
from tests import factories

pytestmark = pytest.mark.django_db


def titles(language: str, depth: int):
    return (
        Page.objects.filter(locale__language_code=language, depth=depth)
        .order_by("path")
        .values_list("title", "depth")
    )


def test_each_call_gets_the_rows_of_its_own_values(home):
    for title in ("Picker", "Packer"):
        factories.job(home, title)
    read = Prepared(titles, str, int)
    for language, depth in (("en", home.depth + 1), ("en", home.depth), ("de", 3)):
        assert read.rows(language, depth) == list(titles(language, depth))
    assert read.rows("en", home.depth + 1) == [("Picker", 3), ("Packer", 3)]
    assert len(read.compiled) == 1


def test_a_value_the_query_set_rewrites_is_refused(home):
    """A value the query set changes on its way to the SQL (a LIKE pattern
    made of it) cannot be swapped in: compiling says so."""

    def under(path: str):
        return Page.objects.filter(path__startswith=path).values_list("title")

    with pytest.raises(ValueError, match=r"values \[0\]"):
        Prepared(under, str).rows(home.path)


def test_a_value_that_does_not_reach_the_sql_is_refused(home):
    """A value the query set keeps out of its parameters (here: never used)
    would be silently ignored: compiling says so instead."""
    read = Prepared(lambda language, unused: titles(language, 2), str, int)
    with pytest.raises(ValueError, match=r"values \[1\]"):
        read.rows("en", 3)


def test_a_cached_answer_reads_the_versions_without_compiling_them(
    home, client, settings
):
    """The content version every request reads comes from SQL compiled once:
    a repeat visit runs it, and nothing is compiled for it again."""
    settings.CAREERS = {"PAGES": {"CACHE_SECONDS": 600}}
    job = factories.job(home, "Picker")
    client.get(job.url)
    client.get(job.url)
    compiled = {k: dict(v.compiled) for k, v in versioning.TOKEN_READS.items()}
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(job.url).status_code == 200
    assert len(ctx.captured_queries) == 1
    assert ContentVersion._meta.db_table in ctx.captured_queries[0]["sql"]
    assert compiled == {k: dict(v.compiled) for k, v in versioning.TOKEN_READS.items()}


def test_instances_are_what_the_query_set_gives(home):
    """Each field converted as the ORM converts it, each annotation an
    attribute."""
    team = factories.team(home, "Route Planning")
    job = factories.job(home, "Picker", team_page=team)
    versioning.bump(versioning.page_scope(job))

    def jobs(slug: str):
        rows = JobPostingPage.objects.filter(slug=slug)
        return rows.annotate(**ContentVersion.of_page_rows())

    [found] = Prepared(jobs, str).instances(JobPostingPage, job.slug)
    expected = jobs(job.slug).get()
    assert type(found) is JobPostingPage and found.pk == job.pk
    for field in JobPostingPage._meta.concrete_fields:
        assert getattr(found, field.attname) == getattr(expected, field.attname)
    assert found.careers_version_token == expected.careers_version_token != ""
    assert Prepared(jobs, str).instances(JobPostingPage, "nobody") == []


def test_a_job_post_is_found_below_its_own_careers_home(home, client):
    """Its route reads the job posts with its slug at its depth, in every
    language and site: each home serves its own."""
    german = factories.translate(home, "de", title="Karriere")
    team = factories.team(home, "Route Planning")
    english = factories.job(home, "Picker", slug="picker", team_page=team)
    deutsch = factories.job(german, "Kommissionierer", slug="picker")
    assert english.url == "/en/jobs/picker/" and deutsch.url == "/de/jobs/picker/"
    assert "Kommissionierer" in client.get("/de/jobs/picker/").content.decode()
    page = client.get("/en/jobs/picker/").content.decode()
    assert "Picker" in page and "Kommissionierer" not in page
    assert "Route Planning" in page
