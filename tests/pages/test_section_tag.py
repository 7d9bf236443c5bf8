"""``{% section %}``: every section of the careers pages is labelled by its
own heading, written once."""

import pytest
from django.template import Context, Template, TemplateSyntaxError
from django.utils import translation


def render(source: str, **context) -> str:
    return Template("{% load careers_tags %}" + source).render(Context(context))


def test_a_section_is_labelled_by_its_heading():
    html = render(
        '{% section "data" _("Data you can work with") %}<p>x</p>{% endsection %}'
    )
    assert html == (
        '<section class="section" aria-labelledby="data-heading">'
        '<h2 id="data-heading">Data you can work with</h2><p>x</p></section>'
    )


def test_its_class_can_be_given_and_its_heading_is_translated_and_escaped():
    with translation.override("de"):
        html = render(
            '{% section name _("Your team") css="aside-box" %}{% endsection %}',
            name="team",
        )
    assert html.startswith('<section class="aside-box" aria-labelledby="team-heading">')
    assert '<h2 id="team-heading">Dein Team</h2>' in html
    assert "&lt;b&gt;" in render(
        '{% section "x" heading %}{% endsection %}', heading="<b>"
    )


@pytest.mark.parametrize(
    "source",
    [
        '{% section "data" %}{% endsection %}',
        '{% section "data" _("Data") id="x" %}{% endsection %}',
        '{% section "data" _("Data") "extra" %}{% endsection %}',
    ],
)
def test_a_wrong_use_names_the_problem(source):
    with pytest.raises(TemplateSyntaxError, match="section takes"):
        render(source)
