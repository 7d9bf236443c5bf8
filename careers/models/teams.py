"""Team showcases: who a candidate would work with, led by whom."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import InlinePanel
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageBlock

from .base import (
    Row,
    flag,
    link_to,
    optional_link,
    optional_value,
    parent_key,
    text_line,
)
from .pages_base import (
    CareersChildPage,
    card_text,
    page_panels,
    page_search,
    rich_text,
)
from .panels import row


class TeamPage(CareersChildPage):
    evidence_prefix = "team"
    department = optional_link("careers.Department", "teams")
    summary = card_text(
        _("summary"), _("One sentence for cards: what this team makes possible.")
    )
    description = rich_text(
        _("description"),
        _(
            "What the team builds, how it works, what it is proud of. Candidates "
            "read this to decide whether they want to sit at this table."
        ),
    )
    headcount = optional_value(
        models.PositiveIntegerField,
        _("head-count"),
        _(
            "How many people work in the team. A size in an AI claim ('our AI team "
            "of 12') must match this or the number of named members."
        ),
    )
    gallery = StreamField(
        [("image", ImageBlock())],
        blank=True,
        verbose_name=_("images"),
        help_text=_("The team at work: real photos beat stock images."),
    )

    claim_fields = ("summary", "description")

    content_panels = page_panels("summary", "description", "gallery")
    evidence_panels = [
        row("department", "headcount"),
        InlinePanel(
            "members",
            heading=_("Members"),
            label=_("Member"),
            help_text=_(
                "Name the people. An AI role needs a team with a technical lead and "
                "at least one interviewer from the team."
            ),
        ),
    ]

    search_fields = page_search("summary", "description")

    class Meta:
        verbose_name = _("team showcase")
        verbose_name_plural = _("team showcases")


class TeamMember(Row):
    team = parent_key(TeamPage, "members")
    person = link_to("careers.Person", "memberships")
    role = text_line(
        _("role in the team"),
        _("e.g. 'Head of Data Science', 'ML Engineer'."),
        max_length=120,
    )
    technical_lead = flag(
        _("technical lead"), _("Leads the team's technical work; named on job posts.")
    )
    interviewer = flag(
        _("interviewer"), _("Sits on interview panels for this team's roles.")
    )

    panels = [
        row("person", "role"),
        row("technical_lead", "interviewer"),
    ]

    class Meta(Row.Meta):
        verbose_name = _("team member")
        verbose_name_plural = _("team members")
