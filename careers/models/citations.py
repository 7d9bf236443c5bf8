"""Citations: the evidence an editor cites for one AI claim of a page.

A citation pairs a claim's sentence (plain text, as the checker reports it)
with one piece of evidence, by a typed reference to the page, milestone or
snippet. Citations are child rows of the page (a ParentalKey), so Wagtail
keeps them in every revision: a draft's citations are the draft's, and
publishing a revision publishes its citations with it.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from .base import Row, link_to, parent_key


class EvidenceType(models.TextChoices):
    """The evidence types of the claims contract, as the checker names them."""

    IMPACT_STORY = "impact_story", _("Impact story")
    ROADMAP_MILESTONE = "roadmap_milestone", _("Roadmap milestone")
    TEAM = "team", _("Team")
    COMMUNITY_ACTIVITY = "community_activity", _("Community activity")
    DATA_ASSET = "data_asset", _("Data asset")
    RESOURCE = "resource", _("Resource")
    RECOGNITION = "recognition", _("Recognition")
    HIRING_AI_COMPLIANCE = "hiring_ai_compliance", _("Hiring-AI compliance record")


#: evidence type -> the ClaimCitation field that refers to it
TYPE_FIELDS: dict[str, str] = {
    EvidenceType.IMPACT_STORY: "story",
    EvidenceType.ROADMAP_MILESTONE: "milestone",
    EvidenceType.TEAM: "team",
    EvidenceType.COMMUNITY_ACTIVITY: "activity",
    EvidenceType.DATA_ASSET: "data_asset",
    EvidenceType.RESOURCE: "resource",
    EvidenceType.RECOGNITION: "recognition",
    EvidenceType.HIRING_AI_COMPLIANCE: "hiring_record",
}
SENTENCE_MAX = 2000


def _evidence_fk(model: str, label: str) -> models.ForeignKey:
    # CASCADE: a citation of deleted evidence means nothing. An older revision
    # that still names it reads back with the reference emptied (modelcluster
    # does that for missing rows); such a citation cites nothing.
    return link_to(model, null=True, blank=True, verbose_name=label)


class ClaimCitation(Row):
    """One piece of evidence cited for one claim of a page."""

    page = parent_key("wagtailcore.Page", "claim_citations")
    sentence = models.TextField(_("claim"), max_length=SENTENCE_MAX)
    story = _evidence_fk("careers.ImpactStoryPage", _("impact story"))
    milestone = _evidence_fk("careers.RoadmapMilestone", _("roadmap milestone"))
    team = _evidence_fk("careers.TeamPage", _("team"))
    activity = _evidence_fk("careers.CommunityActivity", _("community activity"))
    data_asset = _evidence_fk("careers.DataAsset", _("data asset"))
    resource = _evidence_fk("careers.Resource", _("resource"))
    recognition = _evidence_fk("careers.Recognition", _("recognition"))
    hiring_record = _evidence_fk(
        "careers.HiringAICompliance", _("hiring-AI compliance record")
    )

    class Meta(Row.Meta):
        verbose_name = _("citation")
        verbose_name_plural = _("citations")

    def __str__(self) -> str:
        return f"{self.sentence[:60]} → {self.evidence or '?'}"

    @property
    def evidence_type(self) -> str:
        """The type of the cited evidence ('' when it no longer exists)."""
        for kind, name in TYPE_FIELDS.items():
            if getattr(self, f"{name}_id") is not None:
                return str(kind)
        return ""

    @property
    def evidence(self):
        """The cited page, milestone or snippet (None when it no longer exists)."""
        kind = self.evidence_type
        if not kind:
            return None
        try:
            return getattr(self, TYPE_FIELDS[kind])
        except models.ObjectDoesNotExist:
            return None

    def cite(self, obj) -> None:
        """Point this citation at ``obj`` (any evidence model)."""
        kind = evidence_type_of(obj)
        if kind is None:
            raise ValueError(f"{obj!r} is not evidence that can be cited")
        for name in TYPE_FIELDS.values():
            setattr(self, name, None)
        setattr(self, TYPE_FIELDS[kind], obj)

    def clean(self) -> None:
        super().clean()
        chosen = [n for n in TYPE_FIELDS.values() if getattr(self, f"{n}_id")]
        if len(chosen) != 1:
            raise ValidationError(_("A citation names exactly one piece of evidence."))
        if not self.sentence.strip():
            raise ValidationError(
                {"sentence": _("Name the claim this evidence backs.")}
            )


def evidence_type_of(obj) -> str | None:
    """The evidence type of a CMS object, or None when it is no evidence: the
    type whose ClaimCitation field links to the object's model."""
    for kind, name in TYPE_FIELDS.items():
        if isinstance(obj, ClaimCitation._meta.get_field(name).related_model):
            return str(kind)
    return None
