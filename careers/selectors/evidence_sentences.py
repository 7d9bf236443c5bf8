"""Evidence told as a short sentence a candidate reads in passing: what it
is, since when, and how it was measured. Plain text: the receipt escapes it."""

from __future__ import annotations

from typing import Any

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from careers.models import (
    CommunityActivity,
    DataAsset,
    HiringAICompliance,
    ImpactStoryPage,
    Recognition,
    Resource,
    RoadmapMilestone,
    TeamPage,
)

from .metrics import metric_row


def _date(value) -> str:
    return date_format(value, "DATE_FORMAT") if value else ""


def _month(value) -> str:
    return date_format(value, "YEAR_MONTH_FORMAT") if value else ""


def story_sentence(story: ImpactStoryPage) -> str:
    if story.in_production_since:
        since = _("%(product)s, in production since %(date)s") % {
            "product": story.product,
            "date": _date(story.in_production_since),
        }
    else:
        since = _("%(product)s, still a pilot") % {"product": story.product}
    metrics = [m for m in story.metrics.all() if m.baseline is not None]
    if not metrics:
        return f"{since}."
    row = metric_row(metrics[0])
    measured = _("%(what)s went from %(before)s to %(now)s") % {
        "what": metrics[0].name,
        "before": row["before"],
        "now": row["now"],
    }
    if metrics[0].measured_on:
        measured += " " + _("(measured on %(date)s)") % {
            "date": _date(metrics[0].measured_on)
        }
    return f"{since}; {measured}."


def milestone_sentence(milestone: RoadmapMilestone) -> str:
    Status = RoadmapMilestone.Status
    if milestone.status == Status.DELIVERED and milestone.delivered_on:
        text = _("Delivered on %(date)s") % {"date": _date(milestone.delivered_on)}
    elif milestone.status == Status.IN_PROGRESS and milestone.target_date:
        text = _("Under way, planned for %(month)s") % {
            "month": _month(milestone.target_date)
        }
    elif milestone.status == Status.PLANNED and milestone.target_date:
        text = _("On our roadmap for %(month)s") % {
            "month": _month(milestone.target_date)
        }
    else:
        text = str(milestone.get_status_display())
    return f"{text}."


def team_sentence(team: TeamPage) -> str:
    if team.headcount:
        return ngettext(
            "A team of %(count)d person.", "A team of %(count)d people.", team.headcount
        ) % {"count": team.headcount}
    return team.summary or ""


def activity_sentence(activity: CommunityActivity) -> str:
    text = _("%(kind)s on %(date)s") % {
        "kind": activity.get_kind_display(),
        "date": _date(activity.date),
    }
    if activity.partner:
        text += " " + _("with %(partner)s") % {"partner": activity.partner}
    return f"{text}."


def data_sentence(asset: DataAsset) -> str:
    parts = [asset.volume, asset.description]
    return " · ".join(p for p in parts if p)


def recognition_sentence(recognition: Recognition) -> str:
    text = str(recognition.get_kind_display())
    if recognition.issuer:
        text += " " + _("from %(issuer)s") % {"issuer": recognition.issuer}
    return f"{text}, {_month(recognition.date)}."


def compliance_sentence(record: HiringAICompliance) -> str:
    return _("Reviewed on %(date)s; people decide: %(oversight)s") % {
        "date": _date(record.reviewed_on),
        "oversight": record.human_oversight,
    }


SENTENCES = {
    ImpactStoryPage: story_sentence,
    RoadmapMilestone: milestone_sentence,
    TeamPage: team_sentence,
    CommunityActivity: activity_sentence,
    DataAsset: data_sentence,
    Resource: lambda r: r.description,
    Recognition: recognition_sentence,
    HiringAICompliance: compliance_sentence,
}


def evidence_sentence(obj: Any) -> str:
    """What ``obj`` shows a candidate, in one short sentence ('' if nothing)."""
    for model, sentence in SENTENCES.items():
        if isinstance(obj, model):
            return sentence(obj)
    return ""
