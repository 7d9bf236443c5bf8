"""The apply path when the target is ours: an e-mail address a candidate can
read and copy, a button that says where it goes."""

from django.utils import translation

from .conftest import html


def test_apply_by_email_shows_the_address(content, client):
    with translation.override("en"):
        page = html(client.get(content.remote_job.url))
    apply = page[page.index('id="apply"') :]
    apply = apply[: apply.index("</section>")]
    assert "Apply by e-mail" in apply
    # The address as text (no mail program needed) and as the link's target.
    assert ">jobs@example.com</a>" in apply
    assert 'href="mailto:jobs@example.com?subject=Remote%20Dispatcher"' in apply


def test_apply_on_another_site_names_it(content, client):
    with translation.override("en"):
        page = html(client.get(content.job.url))
    apply = page[page.index('id="apply"') :]
    apply = apply[: apply.index("</section>")]
    assert 'href="https://jobs.example.com/apply/1"' in apply
    assert "The application form is on jobs.example.com." in apply
