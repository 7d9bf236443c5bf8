"""The brand stylesheet: CSS custom properties for one brand colour, named by
the colour itself so that it can be cached for good (a new colour is a new
URL). Pages link it; no inline style is needed under the strict CSP."""

from coloraide import Color
from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from careers import branding

YEAR = 365 * 24 * 3600


def _hex(colour: Color) -> str:
    return colour.convert("srgb").fit().to_string(hex=True, compress=False)


def brand_properties(colour: str) -> str:
    """The custom properties careers.css reads, for ``colour`` (#rrggbb)."""
    base = Color(colour).convert("oklch")
    dark = base.clone().set("l", lambda lightness: max(lightness - 0.1, 0))
    wash = Color.mix(Color(colour), "white", 0.92, space="srgb")
    return (
        ":root{"
        f"--brand:{colour};"
        f"--brand-dark:{_hex(dark)};"
        f"--brand-wash:{_hex(wash)};"
        "--brand-ink:#ffffff}\n"
    )


@require_safe
@cache_control(public=True, max_age=YEAR, immutable=True)
def brand_stylesheet(request: HttpRequest, version: str) -> HttpResponse:
    colour = branding.parse_colour(f"#{version}") if len(version) == 6 else None
    if colour is None or branding.version_of(colour) != version.lower():
        raise Http404("No such brand colour")
    return HttpResponse(brand_properties(colour), content_type="text/css")
