"""Hostile rich text never reaches storage: what an editor's browser sends
through the real edit view (Draftail's content state) and what a bundle
import brings is stored without scripts, event handlers, style attributes or
javascript:/data: links. Property tests drive both with generated input."""

import json
import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from careers.models import CareersPage, JobPostingPage
from careers.services.bundles import import_bundle
from tests import factories

from .forms import form_fields

#: What stored rich text may contain, and where a link may point.
SAFE_TAGS = {"p", "h2", "h3", "b", "strong", "i", "em", "a", "ul", "ol", "li", "br"}
SAFE_ATTRS = {"href", "linktype", "id", "data-block-key"}
SAFE_SCHEMES = {"http", "https", "mailto", "tel"}
C0_AND_SPACE = "".join(map(chr, range(0x21)))

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    '"><iframe src="javascript:alert(1)">',
    '<a href="javascript:alert(1)">x</a>',
    "<style>body{display:none}</style>",
    "</p><p onclick=alert(1)>",
    "<!--<script>x</script>-->",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
]
HOSTILE_URLS = [
    "javascript:alert(1)",
    " javascript:alert(1)",
    "jav\tascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java&#x09;script:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "\x01javascript:alert(1)",
]

hostile_text = st.one_of(
    st.sampled_from(PAYLOADS),
    st.text(max_size=60),
    st.lists(st.sampled_from(PAYLOADS) | st.text(max_size=20), max_size=4).map("".join),
)
hostile_url = st.one_of(
    st.sampled_from(HOSTILE_URLS),
    st.builds(lambda s: f"javascript:{s}", st.text(max_size=20)),
    st.builds(lambda s: f"data:{s}", st.text(max_size=20)),
)


def scheme(url: str) -> str:
    """The scheme a browser reads in ``url`` ('' for a relative URL): leading
    and trailing controls and spaces are dropped, tabs and newlines removed."""
    url = re.sub(r"[\t\n\r]", "", url.strip(C0_AND_SPACE))
    found = re.match(r"([a-zA-Z][a-zA-Z0-9+.-]*):", url)
    return found.group(1).lower() if found else ""


class Audit(HTMLParser):
    """Everything unsafe in a piece of HTML."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in SAFE_TAGS:
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            if name not in SAFE_ATTRS or name.startswith("on"):
                self.problems.append(f"{tag}[{name}]")
            if name == "href" and scheme(value or "") not in SAFE_SCHEMES | {""}:
                self.problems.append(f"href={value!r}")

    def handle_comment(self, data):
        self.problems.append("<!-- -->")


def unsafe(html: str) -> list[str]:
    audit = Audit()
    audit.feed(html)
    audit.close()
    return audit.problems


def test_the_audit_finds_what_it_looks_for():
    """The property below could fail: the audit sees each kind of payload."""
    for payload in (
        *PAYLOADS[:-1],
        '<a href="data:text/html,x">x</a>',
        '<p style="x">y</p>',
    ):
        assert unsafe(payload), payload
    assert not unsafe('<p data-block-key="a">Hi <a href="https://x.example">x</a></p>')


def content_state(text: str, url: str) -> str:
    """What Draftail posts: one paragraph whose first word links to ``url``,
    plus a block and an entity of kinds the editor does not offer."""
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "a1b2c",
                    "type": "unstyled",
                    "depth": 0,
                    "text": f"link {text}",
                    "inlineStyleRanges": [
                        {"offset": 0, "length": 4, "style": "BOLD"},
                        {"offset": 0, "length": 2, "style": "onclick"},
                    ],
                    "entityRanges": [{"offset": 0, "length": 4, "key": 0}],
                    "data": {"onclick": "alert(1)"},
                },
                {
                    "key": "d3e4f",
                    "type": "script",
                    "depth": 0,
                    "text": text,
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": 0, "key": 1}],
                    "data": {},
                },
            ],
            "entityMap": {
                "0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": url}},
                "1": {
                    "type": "IMAGE",
                    "mutability": "IMMUTABLE",
                    "data": {"src": url, "alt": text},
                },
            },
        }
    )


@pytest.fixture
def edit_form(admin_client, home):
    job = factories.job(home, "Warehouse Team Lead")
    url = reverse("wagtailadmin_pages:edit", args=[job.pk])
    return job, url, form_fields(admin_client.get(url).content.decode())


@given(text=hostile_text, url=hostile_url)
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
def test_rich_text_from_the_editor_is_stored_safe(admin_client, edit_form, text, url):
    job, edit_url, fields = edit_form
    data = {**fields, "introduction": content_state(text, url)}
    response = admin_client.post(edit_url, data)
    # Saved (302), or refused with the form again (200, e.g. for NUL characters).
    assert response.status_code in (200, 302), response.status_code
    stored = JobPostingPage.objects.get(pk=job.pk).get_latest_revision()
    html = stored.content["introduction"]
    assert not unsafe(html), (html, unsafe(html))
    if response.status_code == 302:  # the text itself survives
        assert "link" in re.sub(r"<[^>]+>", "", html)


@pytest.mark.django_db
@given(text=hostile_text, url=hostile_url)
@example(text="NUL\x00 inside", url="https://example.com/")  # PostgreSQL refused it
@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
def test_bundle_text_is_stored_safe(home, text, url):
    body = f'<p>{text}</p><p><a href="{url}">link</a> <b onclick="x()">b</b></p>'
    bundle = {
        "format": "careers-claims-bundle/1",
        "items": [
            {
                "id": "hostile:en",
                "kind": "page",
                "language": "en",
                "title": f"Hostile {text}"[:200],
                "text": body + text,
            }
        ],
        "evidence": [],
    }
    import_bundle(data=bundle)
    page = CareersPage.objects.get(key="hostile", locale__language_code="en")
    html = page.get_latest_revision_as_object().body
    assert not unsafe(html), (html, unsafe(html))
