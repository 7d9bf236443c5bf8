"""Property tests: the checker never crashes, whatever it is given."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careers.claims import (
    Bundle,
    BundleError,
    Item,
    bundle_to_dict,
    check,
    parse_bundle,
    report_to_dict,
    report_to_text,
    validate_bundle,
)
from tests.claims.builders import rich_evidence

FRAGMENTS = [
    "AI",
    "KI",
    "KI-",
    "machine learning",
    "we",
    "our",
    "not",
    "keine",
    "30 %",
    "3x",
    "12,5",
    "1.000",
    "2027",
    "z. B.",
    "Dr.",
    "e.g.",
    "<p>",
    "</p>",
    "<br>",
    "<li>",
    "<",
    ">",
    "&amp;",
    "&#x1F600;",
    "&",
    ".",
    "?",
    "\n",
    "\n\n",
    "team of 12",
    "hackathon",
    "leading",
    "applications",
    "It cut costs by 50 %.",
    "<script>",
    "<!--",
    "-->",
    "\x00",
    "\u200b",
    "Ä",
    "ß",
]
soup = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=40
).map(" ".join)
texts = st.one_of(st.text(max_size=300), soup)


def item(text: str, title: str, language: str, kind: str) -> Item:
    return Item(
        id="x",
        kind=kind,
        language=language,
        title=title,
        texts={"a": text, "b": text[::-1]},
        data_access=title,
        links=("team-ds", "story-eta"),
    )


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=texts,
    title=texts,
    language=st.sampled_from(["en", "de", "", "fr"]),
    kind=st.sampled_from(["page", "job_post"]),
)
def test_check_never_raises(text: str, title: str, language: str, kind: str) -> None:
    bundle = Bundle(
        items=(item(text, title, language, kind),), evidence=rich_evidence()
    )
    report = check(bundle, as_of=date(2026, 11, 27))
    data = report_to_dict(report)
    report_to_text(report)
    for finding in data["items"]["x"]["findings"]:
        assert finding["severity"] in ("block", "warn")
        raw = {"title": title, "data_access": title, "a": text, "b": text[::-1]}
        if finding["sentence"]:
            assert 0 <= finding["start"] < finding["end"] <= len(raw[finding["field"]])


@settings(max_examples=200, deadline=None)
@given(text=texts)
def test_separate_and_joined_fields_agree(text: str) -> None:
    parts = {"a": text, "b": "We use AI. " + text}
    separate = Bundle(items=(Item("x", "page", "en", "T", parts),), evidence=())
    joined = parse_bundle(bundle_to_dict(separate))
    day = date(2026, 11, 27)
    one, two = check(separate, as_of=day), check(joined, as_of=day)
    kinds = [{f.kind for f in r.items["x"].findings if f.blocks} for r in (one, two)]
    assert kinds[0] == kinds[1], repr(text)
    assert one.items["x"].publishable == two.items["x"].publishable


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=20)
    | st.sampled_from(["careers-claims-bundle/1", "2026-01-01", "team", "page"]),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "format",
                    "items",
                    "evidence",
                    "id",
                    "type",
                    "kind",
                    "title",
                    "text",
                    "links",
                    "status",
                    "metrics",
                    "members",
                    "date",
                    "organisation",
                    "x",
                ]
            ),
            children,
            max_size=6,
        )
    ),
    max_leaves=30,
)


@settings(max_examples=200, deadline=None)
@given(data=json_values)
def test_validation_only_ever_raises_bundle_error(data) -> None:
    problems = validate_bundle(data)
    assert all(isinstance(p, str) and ": " in p for p in problems)
    try:
        bundle = parse_bundle(data)
    except BundleError as e:
        assert e.problems == problems
    else:
        assert problems == []
        check(bundle, as_of=date(2026, 1, 1))


@settings(max_examples=100, deadline=None)
@given(
    items=st.lists(
        st.fixed_dictionaries(
            {
                "id": st.from_regex(r"[a-z][a-z0-9]{0,5}", fullmatch=True),
                "kind": st.sampled_from(["page", "job_post"]),
                "title": st.text(max_size=20),
                "text": texts,
            }
        ),
        max_size=3,
        unique_by=lambda d: d["id"],
    )
)
def test_valid_bundles_round_trip(items) -> None:
    data = {"format": "careers-claims-bundle/1", "items": items, "evidence": []}
    bundle = parse_bundle(data)
    assert parse_bundle(bundle_to_dict(bundle)) == bundle
