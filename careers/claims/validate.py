"""Validation of a careers-claims-bundle/1 document.

The validator is written by hand after `claims-bundle.schema.json` so that the engine
needs nothing beyond the standard library. Each problem reads "json.path: message".
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date
from typing import Any

from . import model as m

ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}")
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
URL_RE = re.compile(r"https?://[^\s/?#]+[^\s]*")


class BundleError(ValueError):
    """The input is not a valid bundle; `.problems` lists each problem."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems) or "invalid bundle")
        self.problems = problems


Check = Callable[[Any, str, list[str]], None]


def _name(value: Any) -> str:
    names = {
        dict: "an object",
        list: "an array",
        str: "a string",
        bool: "a boolean",
        type(None): "null",
    }
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return names.get(type(value), type(value).__name__)


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _string(min_length: int = 0) -> Check:
    def check(value: Any, path: str, out: list[str]) -> None:
        if not isinstance(value, str):
            out.append(f"{path}: expected a string, got {_name(value)}")
        elif len(value) < min_length:
            out.append(f"{path}: must not be empty")

    return check


def _enum(*options: Any) -> Check:
    def check(value: Any, path: str, out: list[str]) -> None:
        if isinstance(value, bool) or not _hashable(value) or value not in options:
            shown = ", ".join("null" if o is None else str(o) for o in options)
            out.append(f"{path}: {_show(value)} is not one of {shown}")

    return check


def _hashable(value: Any) -> bool:
    return isinstance(value, str | int | float | type(None))


def _const(expected: str) -> Check:
    def check(value: Any, path: str, out: list[str]) -> None:
        if value != expected or not isinstance(value, str):
            out.append(f"{path}: expected {expected!r}, got {_show(value)}")

    return check


def _pattern(regex: re.Pattern[str], what: str) -> Check:
    def check(value: Any, path: str, out: list[str]) -> None:
        if not isinstance(value, str):
            out.append(f"{path}: expected a string, got {_name(value)}")
        elif not regex.fullmatch(value):
            out.append(f"{path}: {_show(value)} is not {what}")

    return check


_id = _pattern(ID_RE, "a valid id (letters, digits, _ . : -, at most 100)")
_url = _pattern(URL_RE, "an http(s) URL")


def _date(value: Any, path: str, out: list[str]) -> None:
    if not isinstance(value, str):
        out.append(f"{path}: expected a date string, got {_name(value)}")
    elif parse_date(value) is None:
        out.append(f"{path}: {_show(value)} is not a valid date (YYYY-MM-DD)")


def parse_date(value: str) -> date | None:
    """A strict YYYY-MM-DD date, or None."""
    if not DATE_RE.fullmatch(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _boolean(value: Any, path: str, out: list[str]) -> None:
    if not isinstance(value, bool):
        out.append(f"{path}: expected a boolean, got {_name(value)}")


def _number(value: Any, path: str, out: list[str]) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        out.append(f"{path}: expected a number, got {_name(value)}")
    elif not math.isfinite(value):
        out.append(f"{path}: expected a finite number, got {value}")


def _count(value: Any, path: str, out: list[str]) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        out.append(f"{path}: expected an integer, got {_name(value)}")
    elif value < 0:
        out.append(f"{path}: must be 0 or more, got {value}")


def _array(of: Check, unique: bool = False, min_items: int = 0) -> Check:
    def check(value: Any, path: str, out: list[str]) -> None:
        if not isinstance(value, list):
            out.append(f"{path}: expected an array, got {_name(value)}")
            return
        if len(value) < min_items:
            out.append(f"{path}: must hold at least {min_items} element(s)")
        for i, element in enumerate(value):
            of(element, f"{path}[{i}]", out)
        if unique:
            seen: set[Any] = set()
            for i, element in enumerate(value):
                if _hashable(element) and element in seen:
                    out.append(f"{path}[{i}]: {_show(element)} is repeated")
                elif _hashable(element):
                    seen.add(element)

    return check


def _object(required: tuple[str, ...], props: dict[str, Check]) -> Check:
    def check(value: Any, path: str, out: list[str]) -> None:
        if not isinstance(value, dict):
            out.append(f"{path}: expected an object, got {_name(value)}")
            return
        for key in required:
            if key not in value:
                out.append(f"{_join(path, key)}: required property is missing")
        for key, element in value.items():
            prop = props.get(key) if isinstance(key, str) else None
            if prop is None:
                out.append(f"{_join(path, str(key))}: unexpected property")
            else:
                prop(element, _join(path, key), out)

    return check


def _join(path: str, key: str) -> str:
    return key if path == "$" else f"{path}.{key}"


def _null_or(check: Check) -> Check:
    def inner(value: Any, path: str, out: list[str]) -> None:
        if value is not None:
            check(value, path, out)

    return inner


_MEMBER = _object(
    ("name", "role"),
    {
        "name": _string(1),
        "role": _string(1),
        "technical_lead": _boolean,
        "interviewer": _boolean,
    },
)
_METRIC = _object(
    ("name", "value"),
    {
        "name": _string(1),
        "baseline": _number,
        "value": _number,
        "unit": _string(),
        "measured_on": _date,
    },
)
EVIDENCE_CHECKS: dict[str, Check] = {
    "roadmap_milestone": _object(
        ("id", "type", "title", "status", "departments"),
        {
            "id": _id,
            "type": _string(),
            "title": _string(1),
            "description": _string(),
            "status": _enum(*m.MILESTONE_STATUSES),
            "departments": _array(_string(1)),
            "target_date": _date,
            "delivered_on": _date,
            "owner_team": _id,
        },
    ),
    "team": _object(
        ("id", "type", "name", "members"),
        {
            "id": _id,
            "type": _string(),
            "name": _string(1),
            "description": _string(),
            "headcount": _count,
            "members": _array(_MEMBER),
        },
    ),
    "impact_story": _object(
        ("id", "type", "product", "technique", "metrics"),
        {
            "id": _id,
            "type": _string(),
            "title": _string(),
            "product": _string(1),
            "technique": _string(1),
            "in_production_since": _date,
            "decision_support": _boolean,
            "metrics": _array(_METRIC),
        },
    ),
    "community_activity": _object(
        ("id", "type", "kind", "title", "date"),
        {
            "id": _id,
            "type": _string(),
            "kind": _enum(*m.COMMUNITY_KINDS),
            "title": _string(1),
            "date": _date,
            "url": _url,
            "partner": _null_or(_string()),
        },
    ),
    "data_asset": _object(
        ("id", "type", "name"),
        {
            "id": _id,
            "type": _string(),
            "name": _string(1),
            "description": _string(),
            "volume": _string(),
            "access": _string(),
        },
    ),
    "resource": _object(
        ("id", "type", "kind", "description"),
        {
            "id": _id,
            "type": _string(),
            "kind": _enum(*m.RESOURCE_KINDS),
            "description": _string(1),
        },
    ),
    "recognition": _object(
        ("id", "type", "title", "date"),
        {
            "id": _id,
            "type": _string(),
            "title": _string(1),
            "issuer": _string(),
            "date": _date,
            "url": _url,
        },
    ),
    "hiring_ai_compliance": _object(
        ("id", "type", "system", "human_oversight", "reviewed_on"),
        {
            "id": _id,
            "type": _string(),
            "system": _string(1),
            "human_oversight": _string(1),
            "reviewed_on": _date,
            "reviewer": _string(),
            "url": _url,
        },
    ),
}


def _evidence(value: Any, path: str, out: list[str]) -> None:
    if not isinstance(value, dict):
        out.append(f"{path}: expected an object, got {_name(value)}")
        return
    kind = value.get("type")
    check = EVIDENCE_CHECKS.get(kind) if isinstance(kind, str) else None
    if check is None:
        if "type" not in value:
            out.append(f"{path}.type: required property is missing")
        else:
            options = ", ".join(EVIDENCE_CHECKS)
            out.append(f"{path}.type: {_show(kind)} is not one of {options}")
        return
    check(value, path, out)


_ITEM = _object(
    ("id", "kind", "title", "text"),
    {
        "id": _id,
        "kind": _enum(*m.ITEM_KINDS),
        "language": _enum(*m.LANGUAGES),
        "title": _string(),
        "text": _string(),
        "data_access": _string(),
        "resources": _string(),
        "is_ai_role": _boolean,
        "links": _array(_id, unique=True),
        "citations": _array(
            _object(
                ("sentence", "evidence"),
                {
                    "sentence": _string(1),
                    "evidence": _array(_id, unique=True, min_items=1),
                },
            )
        ),
    },
)
_BUNDLE = _object(
    ("format", "items", "evidence"),
    {
        "format": _const(m.FORMAT),
        "as_of": _date,
        "organisation": _object(
            ("name",),
            {
                "name": _string(1),
                "claimed_maturity": _enum(*m.MATURITY_LEVELS, None),
            },
        ),
        "items": _array(_ITEM),
        "evidence": _array(_evidence),
    },
)


MAX_DEPTH = 16  # a bundle nests six levels; anything far deeper is not one


def _too_deep(data: Any) -> str | None:
    """The JSON path of the first value nested deeper than MAX_DEPTH, found
    without recursion (so any depth the JSON parser accepts is answered)."""
    stack: list[tuple[Any, str, int]] = [(data, "$", 0)]
    while stack:
        value, path, depth = stack.pop()
        if depth > MAX_DEPTH:
            return path
        if isinstance(value, dict):
            stack.extend((v, f"{path}.{k}", depth + 1) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((v, f"{path}[{i}]", depth + 1) for i, v in enumerate(value))
    return None


def validate_bundle(data: Any) -> list[str]:
    """Every problem of `data` as a bundle, each "json.path: message"; [] if valid."""
    deep = _too_deep(data)
    if deep is not None:
        return [f"{deep[:200]}: nested more than {MAX_DEPTH} levels deep"]
    out: list[str] = []
    _BUNDLE(data, "$", out)
    if isinstance(data, dict):
        _check_references(data, out)
    return out


def _entries(data: dict[str, Any], section: str) -> list[tuple[int, dict[str, Any]]]:
    value = data.get(section)
    if not isinstance(value, list):
        return []
    return [(i, e) for i, e in enumerate(value) if isinstance(e, dict)]


def _check_references(data: dict[str, Any], out: list[str]) -> None:
    """Ids are unique across items and evidence; links name evidence in the bundle."""
    seen: dict[str, str] = {}
    for section in ("items", "evidence"):
        for i, entry in _entries(data, section):
            key, path = entry.get("id"), f"{section}[{i}].id"
            if not isinstance(key, str):
                continue
            if key in seen:
                out.append(f"{path}: id {key!r} repeats {seen[key]}")
            else:
                seen[key] = path
    evidence_ids = {
        e["id"] for _, e in _entries(data, "evidence") if isinstance(e.get("id"), str)
    }
    for i, item in _entries(data, "items"):
        links = item.get("links")
        for j, link in enumerate(links if isinstance(links, list) else []):
            if isinstance(link, str) and link not in evidence_ids:
                out.append(f"items[{i}].links[{j}]: {link!r} names no evidence")
        for j, citation in enumerate(_list(item.get("citations"))):
            cited = citation.get("evidence") if isinstance(citation, dict) else None
            for k, ref in enumerate(_list(cited)):
                if isinstance(ref, str) and ref not in evidence_ids:
                    path = f"items[{i}].citations[{j}].evidence[{k}]"
                    out.append(f"{path}: {ref!r} names no evidence")


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []
