from django.apps import AppConfig, apps
from django.core.signals import request_finished
from django.utils.translation import gettext_lazy as _


class CareersConfig(AppConfig):
    name = "careers"
    verbose_name = _("Careers")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Signal receivers are connected here, once the models are loaded (also
        # in management commands such as publish_scheduled): the models never
        # import the layers above them.
        from careers import (
            checks,  # noqa: F401  (system checks careers.*)
            receivers,  # noqa: F401  (stored claim verdicts)
        )
        from careers.admin import roads  # noqa: F401  (the claims safety net)
        from careers.api import receivers as api_receivers  # noqa: F401  (change log)
        from careers.services.review import release_decisions

        # A decision queued on a page (the review's edit-page road) ends with
        # its request.
        request_finished.connect(release_decisions, dispatch_uid="careers.release")

        if apps.is_installed("wagtail.contrib.frontend_cache"):
            from careers import frontend_cache

            frontend_cache.connect()
