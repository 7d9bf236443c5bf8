"""Evidence told as a short sentence a candidate reads in passing: what it
is, since when, and how it was measured. Safe HTML: editor text is escaped,
and wrapped in ``<span lang="..">`` where it is in another language than the
page (careers.content_language)."""

from __future__ import annotations

from typing import Any

from django.utils.formats import date_format
from django.utils.html import conditional_escape, escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from careers.content_language import in_language
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


def _fill(template: str, **values: Any) -> SafeString:
    """``template`` (a translated message) with ``values`` put in, all
    escaped unless already safe (a marked field)."""
    escaped = {k: conditional_escape(v) for k, v in values.items()}
    return mark_safe(escape(template) % escaped)  # noqa: S308  # nosec - escaped


def _date(value) -> str:
    return date_format(value, "DATE_FORMAT") if value else ""


def _month(value) -> str:
    return date_format(value, "YEAR_MONTH_FORMAT") if value else ""


def story_sentence(story: ImpactStoryPage) -> str:
    if story.in_production_since:
        since = _fill(
            _("%(product)s, in production since %(date)s"),
            product=in_language(story, "product"),
            date=_date(story.in_production_since),
        )
    else:
        since = _fill(
            _("%(product)s, still a pilot"), product=in_language(story, "product")
        )
    metrics = [m for m in story.metrics.all() if m.baseline is not None]
    if not metrics:
        return _fill("%(since)s.", since=since)
    row = metric_row(metrics[0])
    measured = _fill(
        _("%(what)s went from %(before)s to %(now)s"),
        what=in_language(metrics[0], "name"),
        before=row["before"],
        now=row["now"],
    )
    if metrics[0].measured_on:
        measured = _fill(
            "%(measured)s %(date)s",
            measured=measured,
            date=_("(measured on %(date)s)") % {"date": _date(metrics[0].measured_on)},
        )
    return _fill("%(since)s; %(measured)s.", since=since, measured=measured)


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
    return in_language(team, "summary")


def activity_sentence(activity: CommunityActivity) -> str:
    text = _("%(kind)s on %(date)s") % {
        "kind": activity.get_kind_display(),
        "date": _date(activity.date),
    }
    if activity.partner:
        text += " " + _("with %(partner)s") % {"partner": activity.partner}
    return f"{text}."


def data_sentence(asset: DataAsset) -> str:
    parts = [in_language(asset, f) for f in ("volume", "description")]
    return mark_safe(" · ".join(p for p in parts if p))  # noqa: S308  # nosec


def recognition_sentence(recognition: Recognition) -> str:
    text = str(recognition.get_kind_display())
    if recognition.issuer:
        text += " " + _("from %(issuer)s") % {"issuer": recognition.issuer}
    return f"{text}, {_month(recognition.date)}."


def compliance_sentence(record: HiringAICompliance) -> str:
    return _fill(
        _("Reviewed on %(date)s; people decide: %(oversight)s"),
        date=_date(record.reviewed_on),
        oversight=in_language(record, "human_oversight"),
    )


SENTENCES = {
    ImpactStoryPage: story_sentence,
    RoadmapMilestone: milestone_sentence,
    TeamPage: team_sentence,
    CommunityActivity: activity_sentence,
    DataAsset: data_sentence,
    Resource: lambda r: in_language(r, "description"),
    Recognition: recognition_sentence,
    HiringAICompliance: compliance_sentence,
}


def evidence_sentence(obj: Any) -> str:
    """What ``obj`` shows a candidate, in one short sentence ('' if nothing)."""
    for model, sentence in SENTENCES.items():
        if isinstance(obj, model):
            return sentence(obj)
    return ""
