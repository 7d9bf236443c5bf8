"""Plain data the checker works on: items, evidence, findings, claims, reports.

Everything here is a frozen dataclass so that one bundle always gives one verdict,
whoever builds it (a bundle file, the CMS adapter or a test).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

MILESTONE_STATUSES = ("planned", "in_progress", "delivered", "cancelled")
COMMUNITY_KINDS = (
    "hackathon",
    "open_source",
    "university_partnership",
    "conference_talk",
    "meetup",
    "publication",
)
RESOURCE_KINDS = ("compute", "budget", "tooling", "other")
MATURITY_LEVELS = (
    "exploring",
    "experimenting",
    "operational",
    "scaling",
    "transforming",
)
ITEM_KINDS = ("job_post", "page")
LANGUAGES = ("en", "de")
FORMAT = "careers-claims-bundle/1"


@dataclass(frozen=True)
class Organisation:
    name: str
    claimed_maturity: str | None = None


@dataclass(frozen=True)
class Citation:
    """Evidence an editor cites for one claim: the claim's sentence as the checker
    reports it (plain text), and the ids of the evidence that backs it."""

    sentence: str
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class Item:
    id: str
    kind: str
    language: str
    title: str
    texts: Mapping[str, str]
    data_access: str = ""
    resources: str = ""
    is_ai_role: bool = False
    links: tuple[str, ...] = ()
    citations: tuple[Citation, ...] = ()

    def fields(self) -> list[tuple[str, str]]:
        """Every checked text as (field name, text), the title first."""
        out = [("title", self.title)]
        out.extend((name, text) for name, text in self.texts.items())
        out.append(("data_access", self.data_access))
        out.append(("resources", self.resources))
        return [(name, str(text)) for name, text in out if text]


@dataclass(frozen=True)
class RoadmapMilestone:
    id: str
    title: str
    status: str
    departments: tuple[str, ...] = ()
    target_date: date | None = None
    delivered_on: date | None = None
    owner_team: str | None = None
    description: str = ""


@dataclass(frozen=True)
class TeamMember:
    name: str
    role: str
    technical_lead: bool = False
    interviewer: bool = False


@dataclass(frozen=True)
class Team:
    id: str
    name: str
    members: tuple[TeamMember, ...] = ()
    headcount: int | None = None
    description: str = ""

    @property
    def has_technical_lead(self) -> bool:
        return any(m.technical_lead for m in self.members)

    @property
    def has_interviewer(self) -> bool:
        return any(m.interviewer for m in self.members)


@dataclass(frozen=True)
class Metric:
    name: str
    value: float
    baseline: float | None = None
    unit: str = ""
    measured_on: date | None = None

    @property
    def is_measured(self) -> bool:
        """Baseline, value and date: what the contract calls a measured metric."""
        return self.baseline is not None and self.measured_on is not None


@dataclass(frozen=True)
class ImpactStory:
    id: str
    product: str
    technique: str
    metrics: tuple[Metric, ...] = ()
    title: str = ""
    in_production_since: date | None = None
    decision_support: bool = False

    def in_production(self, as_of: date) -> bool:
        since = self.in_production_since
        return since is not None and since <= as_of

    @property
    def has_measured_metric(self) -> bool:
        return any(m.is_measured for m in self.metrics)


@dataclass(frozen=True)
class CommunityActivity:
    id: str
    kind: str
    title: str
    date: date
    url: str | None = None
    partner: str | None = None


@dataclass(frozen=True)
class DataAsset:
    id: str
    name: str
    description: str = ""
    volume: str = ""
    access: str = ""


@dataclass(frozen=True)
class Resource:
    id: str
    kind: str
    description: str


@dataclass(frozen=True)
class Recognition:
    id: str
    title: str
    date: date
    issuer: str = ""
    url: str | None = None


@dataclass(frozen=True)
class HiringAICompliance:
    id: str
    system: str
    human_oversight: str
    reviewed_on: date
    reviewer: str = ""
    url: str | None = None


Evidence = (
    RoadmapMilestone
    | Team
    | ImpactStory
    | CommunityActivity
    | DataAsset
    | Resource
    | Recognition
    | HiringAICompliance
)


@dataclass(frozen=True)
class Bundle:
    items: tuple[Item, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    organisation: Organisation | None = None
    as_of: date | None = None

    def of_type(self, cls: type) -> list:
        """The evidence of one type, in bundle order."""
        return [e for e in self.evidence if isinstance(e, cls)]


@dataclass(frozen=True)
class Finding:
    item: str | None
    kind: str
    severity: str
    rule: str
    field: str
    start: int
    end: int
    sentence: str
    message: str
    fix: str
    #: the subject words relevance looked for (empty when relevance did not decide)
    subjects: tuple[str, ...] = ()
    #: the arithmetic behind the finding (metric values), for a "Details" disclosure
    details: str = ""
    #: the evidence types that would back the claim, so a UI can offer the chooser
    evidence_types: tuple[str, ...] = ()

    @property
    def blocks(self) -> bool:
        return self.severity == "block"


@dataclass(frozen=True)
class Claim:
    item: str
    kind: str
    field: str
    start: int
    end: int
    sentence: str
    backed_by: tuple[str, ...] = ()
    cited: tuple[str, ...] = ()  # evidence the item cites for this claim


@dataclass(frozen=True)
class ItemReport:
    findings: tuple[Finding, ...] = ()
    claims: tuple[Claim, ...] = ()
    is_ai_role: bool = False

    @property
    def publishable(self) -> bool:
        return not any(f.blocks for f in self.findings)


@dataclass(frozen=True)
class OrganisationReport:
    findings: tuple[Finding, ...] = ()

    @property
    def publishable(self) -> bool:
        return not any(f.blocks for f in self.findings)


@dataclass(frozen=True)
class Maturity:
    claimed: int | None
    evidenced: int


@dataclass(frozen=True)
class Report:
    as_of: date
    organisation: OrganisationReport
    items: dict[str, ItemReport] = field(default_factory=dict)
    maturity: Maturity = Maturity(None, 1)

    @property
    def publishable(self) -> bool:
        return self.organisation.publishable and all(
            r.publishable for r in self.items.values()
        )

    @property
    def findings(self) -> list[Finding]:
        """All findings, the organisation's first."""
        out = list(self.organisation.findings)
        for report in self.items.values():
            out.extend(report.findings)
        return out
