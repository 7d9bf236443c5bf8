"""What the claim gate remembers: reviewers' written overrides and the
checker's verdict on each revision of a careers page."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask

from . import _upcalls
from .base import link_to


class ClaimsOverride(models.Model):
    """A claims reviewer approved a revision although the checker blocked it.

    The reason is mandatory and the approval is also written to Wagtail's
    audit log, so it shows in the page's history."""

    page = link_to("wagtailcore.Page", "claims_overrides")
    revision = link_to("wagtailcore.Revision")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.TextField(_("reason"), max_length=2000)
    findings = models.JSONField(_("overridden findings"), default=list)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("claims override")
        verbose_name_plural = _("claims overrides")

    def __str__(self) -> str:
        return f"Override of revision {self.revision_id} by {self.user}"


class ClaimsVerdict(models.Model):
    """The checker's verdict on one revision of a careers page, stored when the
    revision is saved and refreshed when the published evidence or the date
    changes (careers.verdicts). Reports and lists read these rows instead of
    checking content while someone waits."""

    revision = models.OneToOneField(
        "wagtailcore.Revision",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="careers_claims_verdict",
    )
    page = link_to("wagtailcore.Page")
    blocks = models.PositiveIntegerField(_("blocking findings"), default=0)
    warnings = models.PositiveIntegerField(_("warnings"), default=0)
    stale = models.PositiveIntegerField(_("stale evidence"), default=0)
    #: {language: [finding, ...]}: the findings with their messages in each
    #: language the admin offers; sentences as the page has them.
    findings = models.JSONField(_("findings"), default=dict)
    #: The published evidence the verdict was reached against (a digest).
    evidence_digest = models.CharField(max_length=40, blank=True)
    checked_on = models.DateField(_("checked on"))
    checked_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("claims verdict")
        verbose_name_plural = _("claims verdicts")
        indexes = [models.Index(fields=["page", "blocks"])]

    def __str__(self) -> str:
        return f"Verdict on revision {self.revision_id}: {self.blocks} blocking"


class ClaimsReviewTask(AbstractGroupApprovalTask):
    """ "AI claims review": approves itself when every AI claim has published
    evidence; otherwise waits for a claims reviewer, who may request changes
    or approve with a written reason (recorded as an override)."""

    def start(self, workflow_state, user=None):
        task_state = super().start(workflow_state, user=user)
        review = _upcalls.review()

        if review.passes(task_state.revision):
            task_state.approve(user=None, update=False, comment=review.AUTO_APPROVED)
        return task_state

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        review = _upcalls.review()

        return review.actions_for(obj, actions)

    def get_form_for_action(self, action):
        review = _upcalls.review()

        return review.form_for(action) or super().get_form_for_action(action)

    def get_template_for_action(self, action):
        review = _upcalls.review()

        return review.template_for(action) or super().get_template_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        """Every road to a decision passes here: the reason is checked, and a
        decision already taken (a second click, a second tab) is not taken
        again; the task state is re-read under a lock first."""
        decisions = _upcalls.decisions()
        comment = kwargs.get("comment", "")
        try:
            if action_name == "approve":
                decisions.approve_despite_findings(
                    task_state=task_state, user=user, reason=comment
                )
            elif action_name == "reject":
                decisions.request_changes(
                    task_state=task_state, user=user, comment=comment
                )
        except decisions.AlreadyDecided:
            return None

    @classmethod
    def get_description(cls):
        return _(
            "Approves itself when every AI claim has published evidence; "
            "otherwise a member of the chosen groups reviews the claims."
        )

    class Meta:
        verbose_name = _("AI claims review")
        verbose_name_plural = _("AI claims reviews")


class FinishedTask:
    """What ``current_workflow_task`` answers once a workflow has ended: false
    in every test Wagtail makes, and nothing happens when acted on."""

    def __bool__(self) -> bool:
        return False

    def on_action(self, task_state, user, action_name, **kwargs) -> None:
        return None


FINISHED_TASK = FinishedTask()
