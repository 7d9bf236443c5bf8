"""Dataclasses back to a careers-claims-bundle/1 dict (the inverse of parse_bundle).

Empty optional values are left out, so `parse_bundle(bundle_to_dict(b)) == b`.
An item's several texts are joined with a blank line into the bundle's one `text`;
the splitter treats that blank line as a hard boundary, so the verdict stays the same.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from typing import Any

from . import model as m

TEXT_JOINER = "\n\n"

EVIDENCE_TYPES: dict[type, str] = {
    m.RoadmapMilestone: "roadmap_milestone",
    m.Team: "team",
    m.ImpactStory: "impact_story",
    m.CommunityActivity: "community_activity",
    m.DataAsset: "data_asset",
    m.Resource: "resource",
    m.Recognition: "recognition",
    m.HiringAICompliance: "hiring_ai_compliance",
}


def bundle_to_dict(bundle: m.Bundle) -> dict[str, Any]:
    """The bundle as a JSON-ready dict in careers-claims-bundle/1 format."""
    out: dict[str, Any] = {"format": m.FORMAT}
    if bundle.as_of is not None:
        out["as_of"] = bundle.as_of.isoformat()
    if bundle.organisation is not None:
        out["organisation"] = _plain(bundle.organisation)
    out["items"] = [item_to_dict(i) for i in bundle.items]
    out["evidence"] = [evidence_to_dict(e) for e in bundle.evidence]
    return out


def item_to_dict(item: m.Item) -> dict[str, Any]:
    out: dict[str, Any] = {"id": item.id, "kind": item.kind}
    if item.language:
        out["language"] = item.language
    out["title"] = item.title
    out["text"] = TEXT_JOINER.join(t for t in item.texts.values() if t)
    if item.data_access:
        out["data_access"] = item.data_access
    if item.resources:
        out["resources"] = item.resources
    if item.is_ai_role:
        out["is_ai_role"] = True
    if item.links:
        out["links"] = list(item.links)
    if item.citations:
        out["citations"] = [
            {"sentence": c.sentence, "evidence": list(c.evidence)}
            for c in item.citations
        ]
    return out


def evidence_to_dict(evidence: m.Evidence) -> dict[str, Any]:
    plain = _plain(evidence)
    return {"id": plain.pop("id"), "type": EVIDENCE_TYPES[type(evidence)], **plain}


def _plain(obj: Any) -> dict[str, Any]:
    """A dataclass as a dict without empty optional values."""
    out: dict[str, Any] = {}
    for f in fields(obj):
        value = _value(getattr(obj, f.name))
        if value is None or value == "" or value is False:
            continue
        if value == [] and f.name not in ("departments", "members", "metrics"):
            continue
        out[f.name] = value
    return out


def _value(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_value(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return _plain(value)
    return value
