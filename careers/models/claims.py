"""What the claim gate remembers: reviewers' written overrides."""

from django.conf import settings
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask


class ClaimsOverride(models.Model):
    """A claims reviewer approved a revision although the checker blocked it.

    The reason is mandatory and the approval is also written to Wagtail's
    audit log, so it shows in the page's history."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="claims_overrides"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision", on_delete=models.CASCADE, related_name="+"
    )
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


class ClaimsReviewTask(AbstractGroupApprovalTask):
    """ "AI claims review": approves itself when every AI claim has published
    evidence; otherwise waits for a claims reviewer, who may request changes
    or approve with a written reason (recorded as an override)."""

    def start(self, workflow_state, user=None):
        task_state = super().start(workflow_state, user=user)
        from careers.admin import review

        if review.passes(task_state.revision):
            task_state.approve(user=None, update=False, comment=review.AUTO_APPROVED)
        return task_state

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        from careers.admin import review

        return review.actions_for(obj, actions)

    def get_form_for_action(self, action):
        from careers.admin import review

        return review.form_for(action) or super().get_form_for_action(action)

    def get_template_for_action(self, action):
        from careers.admin import review

        return review.template_for(action) or super().get_template_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        """Every road to a decision passes here: the reason is checked, and a
        decision already taken (a second click, a second tab) is not taken
        again; the task state is re-read under a lock first."""
        from careers.admin import review

        with transaction.atomic():
            if not review.still_pending(task_state):
                return None
            if action_name == "approve":
                review.record_override(task_state, user, kwargs.get("comment", ""))
            return super().on_action(task_state, user, action_name, **kwargs)

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
