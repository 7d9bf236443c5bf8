"""The template contract with a host's layout: ``{% careers_head %}`` in its
``<head>`` and ``{% careers_nav %}`` where the careers section's navigation
and language switcher belong. Both render nothing on pages that are not
careers pages, so a host may put them in the layout every page shares."""

from django import template

register = template.Library()


def _careers_context(context) -> dict:
    """The page's context when it is a careers page (the views put the
    careers chrome into it), else an empty one."""
    if "careers_home" not in context:
        return {"show": False}
    return {**context.flatten(), "show": True}


@register.inclusion_tag("careers/partials/head.html", takes_context=True)
def careers_head(context) -> dict:
    """Meta description, robots, canonical, hreflang alternates, Open Graph,
    JSON-LD, feed links, and the careers CSS and JavaScript."""
    return _careers_context(context)


@register.inclusion_tag("careers/partials/nav.html", takes_context=True)
def careers_nav(context) -> dict:
    """The careers section's navigation and its language switcher."""
    return _careers_context(context)
