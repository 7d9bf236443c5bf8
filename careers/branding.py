"""The organisation's brand colour: any CSS colour an editor types, kept as
hex, accepted only when white text on it and it as text on white are
readable (WCAG 2.1 AA, 4.5:1). Colour maths by coloraide."""

from __future__ import annotations

from coloraide import Color

DEFAULT_BRAND_COLOUR = "#0b5394"
#: WCAG 2.1 AA for normal text.
MIN_CONTRAST = 4.5
WHITE = "#ffffff"


def parse_colour(value: str) -> str | None:
    """``value`` (hex, rgb(), hsl(), a CSS name…) as #rrggbb, or None."""
    try:
        colour = Color(value.strip())
    except (ValueError, TypeError):
        return None
    if colour.alpha() < 1:
        return None
    return colour.convert("srgb").fit().to_string(hex=True, compress=False)


def contrast(colour: str, other: str = WHITE) -> float:
    return Color(colour).contrast(other, method="wcag21")


def readable_shade(colour: str) -> str:
    """The lightest darker shade of ``colour`` (same hue, lower OKLCh
    lightness) that meets MIN_CONTRAST against white."""
    shade = Color(colour).convert("oklch")
    while shade.contrast(WHITE, method="wcag21") < MIN_CONTRAST:
        shade = shade.set("l", lambda lightness: lightness - 0.01)
    return shade.convert("srgb").fit().to_string(hex=True, compress=False)


def version_of(colour: str) -> str:
    """A short name for the stylesheet of ``colour`` (cacheable forever)."""
    return colour.lstrip("#").lower()
