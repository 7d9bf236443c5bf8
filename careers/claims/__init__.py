"""The AI-claim checker: pure Python, no Django.

    from careers.claims import parse_bundle, check, report_to_dict
    report = check(parse_bundle(data), as_of=date(2026, 11, 27))

See docs/claims.md for the contract and lexicons/README.md for the data files.
"""

from .bundle import BundleError, parse_bundle, validate_bundle
from .engine import check
from .export import bundle_to_dict
from .model import (
    Bundle,
    Citation,
    Claim,
    CommunityActivity,
    DataAsset,
    Evidence,
    Finding,
    HiringAICompliance,
    ImpactStory,
    Item,
    ItemReport,
    Maturity,
    Metric,
    Organisation,
    OrganisationReport,
    Recognition,
    Report,
    Resource,
    RoadmapMilestone,
    Team,
    TeamMember,
)
from .report import report_to_dict, report_to_text

__all__ = [
    "Bundle",
    "BundleError",
    "Citation",
    "Claim",
    "CommunityActivity",
    "DataAsset",
    "Evidence",
    "Finding",
    "HiringAICompliance",
    "ImpactStory",
    "Item",
    "ItemReport",
    "Maturity",
    "Metric",
    "Organisation",
    "OrganisationReport",
    "Recognition",
    "Report",
    "Resource",
    "RoadmapMilestone",
    "Team",
    "TeamMember",
    "bundle_to_dict",
    "check",
    "parse_bundle",
    "report_to_dict",
    "report_to_text",
    "validate_bundle",
]
