from .api import ApiKey, ApiRight, JobChange
from .cache import ContentVersion
from .citations import ClaimCitation, EvidenceType
from .claims import ClaimsOverride, ClaimsReviewTask, ClaimsVerdict
from .evidence import (
    CommunityActivity,
    DataAsset,
    HiringAICompliance,
    Recognition,
    Resource,
)
from .home import (
    RESERVED_SLUGS,
    CareersIndexPage,
    CareersPage,
    CommunityPage,
    FeaturedJob,
    FeaturedStory,
)
from .jobs import (
    EVIDENCE_LINKS,
    AIInfluence,
    EmploymentType,
    EvidenceLink,
    JobDataAsset,
    JobImpactStory,
    JobInterviewer,
    JobMilestone,
    JobPostingPage,
    JobResource,
    SalaryPeriod,
    WorkplaceType,
)
from .roadmap import RoadmapMilestone, RoadmapPage
from .settings import Maturity, OrganisationProfile
from .stories import ImpactMetric, ImpactStoryPage
from .taxonomy import Country, Department, Location, Person
from .teams import TeamMember, TeamPage

__all__ = [
    "EVIDENCE_LINKS",
    "RESERVED_SLUGS",
    "AIInfluence",
    "ApiKey",
    "ApiRight",
    "CareersIndexPage",
    "CareersPage",
    "ClaimCitation",
    "ClaimsOverride",
    "ClaimsReviewTask",
    "ClaimsVerdict",
    "CommunityActivity",
    "CommunityPage",
    "ContentVersion",
    "Country",
    "DataAsset",
    "Department",
    "EmploymentType",
    "EvidenceLink",
    "EvidenceType",
    "FeaturedJob",
    "FeaturedStory",
    "HiringAICompliance",
    "ImpactMetric",
    "ImpactStoryPage",
    "JobChange",
    "JobDataAsset",
    "JobImpactStory",
    "JobInterviewer",
    "JobMilestone",
    "JobPostingPage",
    "JobResource",
    "Location",
    "Maturity",
    "OrganisationProfile",
    "Person",
    "Recognition",
    "Resource",
    "RoadmapMilestone",
    "RoadmapPage",
    "SalaryPeriod",
    "TeamMember",
    "TeamPage",
    "WorkplaceType",
]
