from .content import (
    ActivitySerializer,
    RoadmapSerializer,
    StorySerializer,
    TeamSerializer,
)
from .context import ApiContext
from .jobs import JobSerializer

__all__ = [
    "ActivitySerializer",
    "ApiContext",
    "JobSerializer",
    "RoadmapSerializer",
    "StorySerializer",
    "TeamSerializer",
]
