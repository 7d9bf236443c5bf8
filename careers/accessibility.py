"""The accessibility statement: what the automated tests check on every
change, in words a visitor understands. Each check names the tests that
verify it (tests/pages/test_accessibility_statement.py keeps the two in
step), so the statement says no more than the tests show."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from careers.selectors.page_chrome import page_chrome


@dataclass(frozen=True)
class Check:
    title: Promise
    detail: Promise
    #: "tests/…/test_x.py::test_name" of the tests that verify it.
    tests: tuple[str, ...]


BROWSER = "tests/browser"
CHECKS = (
    Check(
        _("No accessibility rule violations"),
        _(
            "axe-core finds no violation of any impact (WCAG 2.1 A and AA rules "
            "and best practices) on every kind of page, in English and German, "
            "on a 375 px phone and a 1280 px screen."
        ),
        (f"{BROWSER}/test_accessibility.py::test_every_page_type_passes_axe",),
    ),
    Check(
        _("Works on small screens and when zoomed"),
        _(
            "No page scrolls sideways at 320 px, no element is wider than a 375 "
            "px screen, and after filtering jobs the first result is on the "
            "first screen."
        ),
        (
            f"{BROWSER}/test_accessibility.py::test_no_horizontal_scrolling_at_320_px",
            f"{BROWSER}/test_mobile.py::test_no_element_is_wider_than_a_375_px_screen",
            f"{BROWSER}/test_mobile.py::"
            "test_filters_wait_behind_a_link_and_results_come_first",
        ),
    ),
    Check(
        _("Keyboard only"),
        _(
            "A skip link comes first, the focus is always visible, and the job "
            "filters, the language switcher and the evidence behind a claim "
            "work with the keyboard alone."
        ),
        (
            f"{BROWSER}/test_keyboard.py::"
            "test_skip_link_is_the_first_stop_and_moves_to_the_content",
            f"{BROWSER}/test_keyboard.py::test_filters_with_the_keyboard_only",
            f"{BROWSER}/test_keyboard.py::"
            "test_evidence_behind_a_claim_opens_with_the_keyboard",
        ),
    ),
    Check(
        _("Without JavaScript"),
        _(
            "The job filters open and apply without JavaScript; with it, the "
            "filter button also tells screen readers whether they are open."
        ),
        (
            f"{BROWSER}/test_mobile.py::"
            "test_filters_wait_behind_a_link_and_results_come_first",
            f"{BROWSER}/test_mobile.py::"
            "test_the_filter_link_says_whether_the_filters_are_open",
        ),
    ),
    Check(
        _("Applying"),
        _(
            "On a phone the apply button stays on screen while you read a job "
            "post; an application by e-mail shows the address as text, so it "
            "works without a mail program."
        ),
        (
            f"{BROWSER}/test_mobile.py::"
            "test_the_apply_button_stays_in_reach_on_a_long_job_post",
            "tests/pages/test_apply.py::test_apply_by_email_shows_the_address",
        ),
    ),
    Check(
        _("Contrast"),
        _(
            "Text and buttons reach a contrast of at least 4.5:1; a brand colour "
            "that would not is refused when it is saved."
        ),
        (
            "tests/pages/test_look.py::test_a_brand_colour_too_light_is_refused",
            f"{BROWSER}/test_accessibility.py::test_every_page_type_passes_axe",
        ),
    ),
)


def accessibility_statement(request: HttpRequest, page) -> HttpResponse:
    context = page_chrome(page, request, suffix="accessibility/", receipts=False)
    context.update({"page": page, "checks": CHECKS})
    return TemplateResponse(request, "careers/accessibility.html", context)
