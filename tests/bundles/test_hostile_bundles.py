"""A hostile or careless bundle is refused whole, with a message naming the
problem (exit code 2), never a traceback: wrong types anywhere, values longer
than their field, numbers out of range, nesting too deep for the parser."""

import copy
import json

import pytest
from django.core.management import call_command

from careers.services.bundles import ImportRefused, import_bundle

from .test_export_import import bundle, counts

pytestmark = pytest.mark.django_db

LONG = "x" * 5000


def changed(path: str, value):
    """The test bundle with the value at a dotted path (list indexes as
    numbers) replaced."""
    data = copy.deepcopy(bundle())
    *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
    node = data
    for part in parents:
        node = node[part]
    node[last] = value
    return data


HOSTILE = {
    "item title a number": ("items.0.title", 5),
    "item text a list": ("items.0.text", ["a"]),
    "item links a dict": ("items.0.links", {"a": 1}),
    "item id a dict": ("items.0.id", {"a": 1}),
    "item title too long": ("items.0.title", LONG),
    "item language unknown": ("items.0.language", "xx-long-language"),
    "item flag a string": ("items.0.is_ai_role", "yes"),
    "organisation a list": ("organisation", [1]),
    "milestone title too long": ("evidence.0.title", LONG),
    "milestone departments a string": ("evidence.0.departments", "Logistics"),
    "milestone date nonsense": ("evidence.0.delivered_on", "2026-13-45"),
    "team members a string": ("evidence.1.members", "Anna"),
    "team member a number": ("evidence.1.members.0", 7),
    "member name too long": ("evidence.1.members.0.name", LONG),
    "headcount huge": ("evidence.1.headcount", 10**30),
    "headcount negative": ("evidence.1.headcount", -3),
    "metric value a string": ("evidence.2.metrics.0.value", "many"),
    "metric value huge": ("evidence.2.metrics.0.value", 1e308 * 10),
    "metric name too long": ("evidence.2.metrics.0.name", LONG),
    "story product too long": ("evidence.2.product", LONG),
    "activity title too long": ("evidence.3.title", LONG),
    "evidence a string": ("evidence.4", "d-1"),
    "items a dict": ("items", {"a": 1}),
}


@pytest.mark.parametrize("case", HOSTILE)
def test_a_hostile_bundle_is_refused_whole_with_a_named_problem(home, case):
    path, value = HOSTILE[case]
    with pytest.raises(ImportRefused) as refused:
        import_bundle(data=changed(path, value))
    assert refused.value.problems and all(refused.value.problems)
    assert counts() == (0, 0, 0, 0, 0, 0)


@pytest.mark.parametrize("depth", [50, 900, 100_000])
def test_deep_nesting_is_exit_code_2_with_a_message(home, tmp_path, capsys, depth):
    path = tmp_path / "deep.json"
    data = bundle()
    text = json.dumps(data)
    nested = "[" * depth + "]" * depth
    path.write_text(text[:-1] + f', "extra": {nested}}}')
    with pytest.raises(SystemExit) as exit_code:
        call_command("import_careers", str(path))
    assert exit_code.value.code == 2
    err = capsys.readouterr().err
    assert "Nothing was imported." in err
    assert counts() == (0, 0, 0, 0, 0, 0)


@pytest.mark.parametrize("depth", [900, 100_000])
def test_deep_nesting_through_the_api_is_a_400_naming_it(client, depth):
    from careers.models import ApiKey

    _key, plaintext = ApiKey.issue(name="Checker", rights=["claims:check"])
    nested = "[" * depth + "]" * depth
    body = json.dumps(bundle())[:-1] + f', "extra": {nested}}}'
    response = client.post(
        "/api/v1/claims/check",
        body,
        content_type="application/json",
        HTTP_X_API_KEY=plaintext,
    )
    assert response.status_code == 400
    assert "deep" in response.content.decode() or "depth" in response.content.decode()
