"""manage.py check_claims: output formats, exit codes, problems on stderr."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]

BUNDLE: dict[str, Any] = {
    "format": "careers-claims-bundle/1",
    "as_of": "2026-11-27",
    "organisation": {"name": "Nordlicht", "claimed_maturity": "operational"},
    "items": [
        {
            "id": "ok",
            "kind": "page",
            "language": "en",
            "title": "Why us",
            "text": "We use machine learning to predict late deliveries in all hubs.",
        },
        {
            "id": "neutral",
            "kind": "page",
            "title": "Life",
            "text": "Our office in Kiel overlooks the harbour.",
        },
    ],
    "evidence": [
        {
            "id": "story-eta",
            "type": "impact_story",
            "product": "Nordlicht ETA",
            "technique": "gradient-boosted trees",
            "in_production_since": "2025-06-01",
            "metrics": [
                {
                    "name": "late deliveries",
                    "baseline": 12.0,
                    "value": 8.4,
                    "measured_on": "2026-09-30",
                }
            ],
        }
    ],
}


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    options: dict[str, Any] = {"stdout": out, "stderr": err}
    if stdin is not None:
        options["stdin"] = io.StringIO(stdin)
    try:
        call_command("check_claims", *args, **options)
        code = 0
    except SystemExit as e:
        code = int(e.code or 0)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def bundle_file(tmp_path: Path):
    def write(data: Any, name: str = "bundle.json") -> str:
        path = tmp_path / name
        path.write_text(data if isinstance(data, str) else json.dumps(data))
        return str(path)

    return write


def test_publishable_bundle_exits_0_with_json(bundle_file) -> None:
    code, out, err = run(bundle_file(BUNDLE), "--format", "json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["publishable"] is True
    assert data["items"]["ok"]["claims"][0]["backed_by"] == ["story-eta"]
    assert data["maturity"] == {"claimed": 3, "evidenced": 3}


def test_blocked_bundle_exits_1_with_text(bundle_file) -> None:
    data = json.loads(json.dumps(BUNDLE))
    data["items"][0]["text"] = "Our AI cut late deliveries by 50 %."
    code, out, _ = run(bundle_file(data))
    assert code == 1
    assert "ok: BLOCKED" in out and "impact.number_unbacked" in out


def test_as_of_overrides_the_bundle(bundle_file) -> None:
    code, out, _ = run(bundle_file(BUNDLE), "--format", "json", "--as-of", "2025-01-01")
    assert code == 1  # the story is not in production yet; maturity is overstated
    assert json.loads(out)["organisation"]["publishable"] is False


def test_stdin_is_read_for_dash() -> None:
    code, out, _ = run("-", "--format", "json", stdin=json.dumps(BUNDLE))
    assert code == 0 and json.loads(out)["publishable"] is True


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ("{bad", "invalid JSON"),
        ("NaN", "invalid JSON"),
        ("[]", "$: expected an object, got an array"),
        (
            json.dumps(
                {**BUNDLE, "evidence": [{**BUNDLE["evidence"][0], "id": "x y"}]}
            ),
            "evidence[0].id: 'x y' is not a valid id",
        ),
    ],
)
def test_invalid_input_exits_2_with_problems_on_stderr(
    bundle_file, payload: str, expected: str
) -> None:
    code, out, err = run(bundle_file(payload))
    assert code == 2 and out == ""
    assert expected in err
    assert "Traceback" not in err


def test_every_problem_gets_one_line(bundle_file) -> None:
    data = json.loads(json.dumps(BUNDLE))
    data["items"][0]["links"] = ["nowhere"]
    data["items"][1]["kind"] = "blog"
    code, _, err = run(bundle_file(data))
    assert code == 2
    assert err.strip().splitlines() == [
        "items[1].kind: 'blog' is not one of job_post, page",
        "items[0].links[0]: 'nowhere' names no evidence",
    ]


def test_missing_file_and_bad_date_exit_2(tmp_path: Path, bundle_file) -> None:
    code, out, err = run(str(tmp_path / "missing.json"))
    assert code == 2 and out == "" and "cannot read" in err
    code, out, err = run(bundle_file(BUNDLE), "--as-of", "27.11.2026")
    assert code == 2 and out == "" and "--as-of" in err


def test_command_line_keeps_stdout_clean_on_invalid_input(bundle_file) -> None:
    """The real command line: exit status 2, problems on stderr, stdout empty."""
    bad = subprocess.run(
        [
            sys.executable,
            str(ROOT / "manage.py"),
            "check_claims",
            bundle_file('{"format": "x", "items": [], "evidence": []}'),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert (bad.returncode, bad.stdout) == (2, "")
    assert bad.stderr.strip() == "format: expected 'careers-claims-bundle/1', got 'x'"
