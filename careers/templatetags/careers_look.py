"""The organisation's look in a layout: ``{% careers_brand %}`` (logo and
name, linking the careers home), ``{% careers_icons %}`` (brand stylesheet
and favicon, for the <head>) and ``{% careers_footer %}``. They read the look
the careers views prepared, or work it out from the request on other pages
(a 404), so a host may put them in the layout every page shares."""

from django import template

from careers.selectors.look import site_look

register = template.Library()


def _look(context) -> dict:
    look = context.get("look")
    if look is None and context.get("request") is not None:
        look = site_look(context["request"])
    return look or {}


@register.inclusion_tag("careers/partials/brand.html", takes_context=True)
def careers_brand(context) -> dict:
    return _with_home(context)


@register.inclusion_tag("careers/partials/icons.html", takes_context=True)
def careers_icons(context) -> dict:
    return {"look": _look(context)}


@register.inclusion_tag("careers/partials/footer.html", takes_context=True)
def careers_footer(context) -> dict:
    return _with_home(context)


def _with_home(context) -> dict:
    """The look, and the site's name and home link for the brand and footer."""
    return {
        "look": _look(context),
        "site_label": context.get("site_label", ""),
        "careers_home_url": context.get("careers_home_url", ""),
    }
