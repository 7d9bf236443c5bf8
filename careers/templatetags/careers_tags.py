"""Template helpers of the careers pages. They only walk what the views and
selectors prepared: no queries of their own."""

from django import template
from django.core.cache import cache
from django.core.cache.utils import make_template_fragment_key
from django.forms.boundfield import BoundWidget
from django.template.base import token_kwargs
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from wagtail.rich_text import expand_db_html

from careers import versioning
from careers.selectors import metrics
from careers.selectors.visibility import is_visible
from careers.widgets import input_html

from .marking import disclosure, mark_claims, receipt_id

register = template.Library()


@register.simple_tag(takes_context=True)
def claimed(context, obj, field: str, rich: bool = True) -> SafeString:
    """``obj.<field>`` with the claims the checker found in it marked, each
    with a disclosure of its evidence (``receipts`` in the context)."""
    text = str(getattr(obj, field, "") or "")
    receipts = (context.get("receipts") or {}).get(field, ())
    marked = mark_claims(text, receipts, field=field, is_html=rich)
    # Marking inserts only escaped HTML; the stored text is trusted rich text.
    return mark_safe(expand_db_html(marked) if rich else marked)  # noqa: S308  # nosec


@register.simple_tag(takes_context=True)
def receipts_only(context, obj, field: str) -> SafeString:
    """The evidence disclosures of ``obj.<field>``'s claims, without marking
    the text (for a title, which holds no block)."""
    receipts = (context.get("receipts") or {}).get(field, ())
    # Safe: each disclosure is built with format_html.
    return mark_safe(  # noqa: S308  # nosec
        "".join(disclosure(r, receipt_id(field, n)) for n, r in enumerate(receipts, 1))
    )


@register.tag("section")
def section(parser, token):
    """``{% section "data" _("Data you can work with") %}…{% endsection %}``:
    a section labelled by its heading (``data-heading``), with the class
    ``css="…"`` when given, else ``section``."""
    bits = token.split_contents()
    if len(bits) < 3:
        raise template.TemplateSyntaxError(
            f"{bits[0]} takes a name and a heading, and css= if any"
        )
    name, heading = (parser.compile_filter(bit) for bit in bits[1:3])
    options = token_kwargs(bits[3:], parser)
    if set(options) - {"css"} or len(options) != len(bits[3:]):
        raise template.TemplateSyntaxError(
            f"{bits[0]} takes only css= after its heading"
        )
    nodelist = parser.parse(("endsection",))
    parser.delete_first_token()
    return SectionNode(name, heading, options.get("css"), nodelist)


class SectionNode(template.Node):
    def __init__(self, name, heading, css, nodelist):
        self.name, self.heading, self.css = name, heading, css
        self.nodelist = nodelist

    def render(self, context) -> SafeString:
        name = self.name.resolve(context)
        css = self.css.resolve(context) if self.css is not None else "section"
        return format_html(
            '<section class="{}" aria-labelledby="{}-heading">'
            '<h2 id="{}-heading">{}</h2>{}</section>',
            css,
            name,
            name,
            self.heading.resolve(context),
            self.nodelist.render(context),
        )


#: One job's card; ``job_cards`` keeps it.
CARD_TEMPLATE = "careers/partials/job_card_body.html"
CARD_SECONDS = 24 * 3600


@register.simple_tag(takes_context=True)
def job_cards(context, jobs, load=None, heading_level: int = 3) -> SafeString:
    """Each job's card as a list item, kept until the job is published again
    or the site changes (its team's name, places and address): the key holds
    the site's content version, the host, the job and its publish time, the
    language and the heading level; evidence changed in place leaves it.
    All are read from the cache at once; without a site version (no page
    cache) every card is rendered.

    ``load``: when ``jobs`` are light rows (``pk`` and ``last_published_at``
    read), the view's function giving the full jobs of the cards not kept,
    in any order (a job gone since is left out)."""
    jobs = list(jobs)
    language = get_language() or ""
    token = versioning.known_token(versioning.SITE)
    keys = {}
    if token:
        host = context["request"].get_host()
        for job in jobs:
            parts = [token, host, job.pk, job.last_published_at, language]
            keys[job.pk] = make_template_fragment_key(
                "careers_job_card", [*parts, heading_level]
            )
    kept = cache.get_many(list(keys.values())) if keys else {}
    missing = [job for job in jobs if keys.get(job.pk) not in kept]
    if missing and load is not None:
        loaded = {job.pk: job for job in load(missing)}
        missing = [loaded[job.pk] for job in missing if job.pk in loaded]
    fresh = {}
    body = context.template.engine.get_template(CARD_TEMPLATE)
    for job in missing:
        with context.push(job=job, heading_level=heading_level, LANGUAGE_CODE=language):
            fresh[job.pk] = body.render(context)
    if keys and fresh:
        cache.set_many({keys[pk]: html for pk, html in fresh.items()}, CARD_SECONDS)
    cards = []
    for job in jobs:
        html = fresh.get(job.pk, kept.get(keys.get(job.pk)))
        if html is not None:
            cards.append(f"<li>{html}</li>")
    # Safe: each card is the template's own (escaped) output.
    return mark_safe("".join(cards))  # noqa: S308  # nosec


@register.filter
def shown(page) -> bool:
    """Whether the public may see ``page`` (a job's team, read with the job):
    live and outside hidden sections, from what the request has read."""
    return is_visible(page)


@register.filter
def option_input(choice: BoundWidget) -> SafeString:
    """``choice.tag`` of a checkbox or radio list, written without rendering
    Django's two templates for every option (``careers.widgets.input_html``)."""
    return input_html(choice.data) or choice.tag()


@register.filter
def amount(value) -> str:
    """A whole amount with the locale's grouping: 50,000 or 50.000."""
    if value is None:
        return ""
    return number_format(value, decimal_pos=0, use_l10n=True, force_grouping=True)


@register.filter
def num(value, places: int = 2) -> str:
    """A measured number with at most ``places`` decimals, no trailing zeros,
    in the locale's format: 8.4 or 8,4."""
    if value in (None, ""):
        return ""
    exact = metrics.rounded(value, places)
    return str(value) if exact is None else metrics.grouped(exact)
