"""A Report as the contract's JSON dict, and as text for people."""

from __future__ import annotations

from typing import Any

from . import model as m

FINDING_KEYS = (
    "item",
    "kind",
    "severity",
    "rule",
    "field",
    "start",
    "end",
    "sentence",
    "message",
    "fix",
    "details",
)


def finding_to_dict(f: m.Finding) -> dict[str, Any]:
    out = {key: getattr(f, key) for key in FINDING_KEYS}
    out["subjects"] = list(f.subjects)
    out["evidence_types"] = list(f.evidence_types)
    return out


def claim_to_dict(c: m.Claim) -> dict[str, Any]:
    return {
        "kind": c.kind,
        "field": c.field,
        "start": c.start,
        "end": c.end,
        "sentence": c.sentence,
        "backed_by": list(c.backed_by),
        "cited": list(c.cited),
    }


def report_to_dict(report: m.Report) -> dict[str, Any]:
    """The JSON output of the contract (CLI, HTTP API)."""
    return {
        "publishable": report.publishable,
        "organisation": {
            "publishable": report.organisation.publishable,
            "findings": [finding_to_dict(f) for f in report.organisation.findings],
        },
        "items": {
            item_id: {
                "publishable": r.publishable,
                "findings": [finding_to_dict(f) for f in r.findings],
                "claims": [claim_to_dict(c) for c in r.claims],
            }
            for item_id, r in report.items.items()
        },
        "maturity": {
            "claimed": report.maturity.claimed,
            "evidenced": report.maturity.evidenced,
        },
    }


def _verdict(publishable: bool) -> str:
    return "publishable" if publishable else "BLOCKED"


def _finding_lines(f: m.Finding) -> list[str]:
    where = f.field if not f.sentence else f"{f.field} [{f.start}:{f.end}]"
    lines = [f"  {f.severity.upper():5} {f.rule} ({where})"]
    if f.sentence:
        lines.append(f"        \u201c{f.sentence}\u201d")
    lines.append(f"        {f.message}")
    if f.fix:
        lines.append(f"        Fix: {f.fix}")
    if f.details:
        lines.append(f"        Details: {f.details}")
    return lines


def report_to_text(report: m.Report) -> str:
    """A readable summary: verdicts first, then each finding with its fix."""
    lines = [
        f"AI claims as of {report.as_of.isoformat()}: {_verdict(report.publishable)}",
        f"Maturity: claimed {report.maturity.claimed or '-'}, "
        f"evidenced {report.maturity.evidenced}",
        "",
        f"Organisation: {_verdict(report.organisation.publishable)}",
    ]
    for f in report.organisation.findings:
        lines += _finding_lines(f)
    for item_id, r in report.items.items():
        lines += ["", f"{item_id}: {_verdict(r.publishable)}"]
        for f in r.findings:
            lines += _finding_lines(f)
        for c in r.claims:
            receipts = ", ".join(c.backed_by) or "nothing"
            lines.append(
                f"  claim {c.kind}: \u201c{c.sentence}\u201d backed by {receipts}"
            )
    return "\n".join(lines) + "\n"
