"""The workflow's last step. Wagtail imports this setting while its own models
load (WAGTAIL_FINISH_WORKFLOW_ACTION), so the service is imported lazily here."""


def publish_if_substantiated(workflow_state, user=None) -> None:
    """``WAGTAIL_FINISH_WORKFLOW_ACTION``: an approved workflow publishes the
    page unless its claims are blocked and no reviewer overrode them
    (``careers.services.review.publish_approved``)."""
    from careers.services.review import publish_approved

    return publish_approved(workflow_state=workflow_state, user=user)
