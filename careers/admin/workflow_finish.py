"""The workflow's last step. Wagtail imports this setting while its own models
load (WAGTAIL_FINISH_WORKFLOW_ACTION), so everything is imported lazily here."""


def publish_if_substantiated(workflow_state, user=None) -> None:
    """``WAGTAIL_FINISH_WORKFLOW_ACTION``: an approved workflow publishes the
    page unless its claims are blocked and no reviewer overrode them; then the
    page stays a draft and the audit log says why."""
    from wagtail.log_actions import log
    from wagtail.workflows import publish_workflow_state

    from careers.services import gate

    revision = workflow_state.content_object.get_latest_revision()
    page = revision.as_object()
    if not gate.is_gated(page):
        # The host's own pages: exactly what Wagtail's default action does.
        return publish_workflow_state(workflow_state, user=user)
    verdict = gate.page_verdict(page)
    if not verdict.publishable and not gate.has_override(page, revision):
        log(
            instance=workflow_state.content_object,
            action="careers.claims_blocked",
            user=user,
            revision=revision,
            data={"rules": [f.rule for f in verdict.blocks], "road": "workflow"},
        )
        return
    # The approved workflow is the authority: the submitter may lack the
    # publish permission (a recruiter), as Wagtail's own approvals do.
    revision.publish(user=user, skip_permission_checks=True)
