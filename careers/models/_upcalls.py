"""The one way up from careers.models.

Wagtail asks the models themselves to act as controllers: ``serve``, the
home page's routes, ``get_context``, ``get_sitemap_urls``, the editor's
``base_form_class`` and panels, and the review task's ``start`` and actions.
The answers live in the layers above the models (views, selectors, admin).
The models reach them only through this module, which the layers contract
(``[tool.importlinter]`` in pyproject.toml) names as its one exception, one
import at a time. Each import is made when Wagtail calls, not while the
models load: those layers import careers.models themselves.
"""


# The editor: the page form and the tabs are asked for when the admin first
# builds a form (and by Wagtail's system checks), not when the class is made.


class PageFormClass:
    """``base_form_class``: the page form with the publish gate."""

    def __get__(self, instance, owner=None):
        from careers.admin.forms import ClaimsGatedPageForm

        return ClaimsGatedPageForm


class EditHandler:
    """``edit_handler``: ``build(citations_panel)`` makes the tabs, once, when
    Wagtail first asks; the panel of the page's AI claims comes from the admin."""

    def __init__(self, build):
        self.build = build
        self.built = None

    def __get__(self, instance, owner=None):
        if self.built is None:
            from careers.admin.citations import CitationsPanel

            self.built = self.build(CitationsPanel())
        return self.built


def review():
    """What the "AI claims review" task does (careers.admin.review)."""
    from careers.admin import review

    return review


def decisions():
    """What the reviewer's decisions write (careers.services.review)."""
    from careers.services import review

    return review


# The public site.


def page_context(page, request) -> dict:
    from careers.selectors.pages import page_context

    return page_context(page, request)


def may_be_private(page) -> bool:
    from careers.selectors.visibility import may_be_private

    return may_be_private(page)


def sitemap_urls(page, request):
    from careers.selectors.sitemaps import sitemap_urls

    return sitemap_urls(page, request)


def job_gone(request, job):
    from careers.views import job_gone

    return job_gone(request, job)


def job_listing(request, home):
    from careers.views import job_listing

    return job_listing(request, home)


def site_search(request, home):
    from careers.views import site_search

    return site_search(request, home)


def accessibility_statement(request, home):
    from careers.accessibility import accessibility_statement

    return accessibility_statement(request, home)
