"""System checks: what a host must add for the careers module, each with a
stable id and the fix (``manage.py check``; docs/install.md lists them).

careers.E001  an app the module needs is not in INSTALLED_APPS
careers.E002  no template engine finds the module's templates
careers.E003  the CAREERS setting has an unknown or malformed entry
careers.E004  the layout named in CAREERS["TEMPLATES"]["LAYOUT"] does not exist
careers.E005  CAREERS["CLAIMS"]["UNSUPPORTED_LANGUAGE"] is neither "block" nor "warn"
careers.W001  approved workflows do not go through the claims gate
careers.W002  the request context processor is missing (user bar, previews)
careers.I001  a feature that needs a newer Wagtail is switched off
"""

from __future__ import annotations

from django.apps import apps
from django.conf import settings
from django.core.checks import Error, Info, Tags, Warning, register
from django.template import TemplateDoesNotExist, engines
from django.template.backends.django import DjangoTemplates

from careers.compat import FEATURES, WAGTAIL_VERSION
from careers.conf import DEFAULTS, careers_setting

DOCS = "See 'Add careers to your Wagtail site' (docs/install.md)."

#: Apps the careers module imports, renders or routes through.
REQUIRED_APPS = (
    "wagtail",
    "wagtail.admin",
    "wagtail.images",
    "wagtail.documents",
    "wagtail.snippets",
    "wagtail.search",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.contrib.settings",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django_filters",
    "drf_spectacular_sidecar",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
)
FINISH_ACTION = "careers.admin.workflow_finish.publish_if_substantiated"


@register(Tags.compatibility)
def required_apps(app_configs=None, **kwargs) -> list:
    return [
        Error(
            f"The careers module needs the app '{name}'.",
            hint=f"Add '{name}' to INSTALLED_APPS. {DOCS}",
            id="careers.E001",
        )
        for name in REQUIRED_APPS
        if not apps.is_installed(name)
    ]


def _finds_app_templates(engine) -> bool:
    if not isinstance(engine, DjangoTemplates):
        return False
    try:
        engine.get_template("careers/base.html")
    except TemplateDoesNotExist:
        return False
    return True


@register(Tags.templates)
def templates(app_configs=None, **kwargs) -> list:
    errors = []
    django_engines = [e for e in engines.all() if isinstance(e, DjangoTemplates)]
    if not any(_finds_app_templates(e) for e in django_engines):
        errors.append(
            Error(
                "No Django template engine finds the careers templates.",
                hint="Set 'APP_DIRS': True in the DjangoTemplates entry of TEMPLATES "
                "(or add the app directories loader).",
                id="careers.E002",
            )
        )
    elif not _has_layout(django_engines):
        layout = careers_setting("TEMPLATES", "LAYOUT")
        errors.append(
            Error(
                f"The careers layout template '{layout}' does not exist.",
                hint="Name an existing template in CAREERS['TEMPLATES']['LAYOUT'], or "
                "remove the entry to use careers/layout.html.",
                id="careers.E004",
            )
        )
    processors = [
        p
        for e in django_engines
        for p in e.engine.template_context_processors
        if getattr(p, "__module__", "") == "django.template.context_processors"
        and p.__name__ == "request"
    ]
    if django_engines and not processors:
        errors.append(
            Warning(
                "The 'request' context processor is missing: previews, the user bar "
                "and the claims findings in previews need the request.",
                hint="Add 'django.template.context_processors.request' to "
                "TEMPLATES[...]['OPTIONS']['context_processors'].",
                id="careers.W002",
            )
        )
    return errors


def _has_layout(django_engines) -> bool:
    layout = careers_setting("TEMPLATES", "LAYOUT")
    for engine in django_engines:
        try:
            engine.get_template(layout)
        except TemplateDoesNotExist:
            continue
        return True
    return False


@register()
def careers_settings(app_configs=None, **kwargs) -> list:
    value = getattr(settings, "CAREERS", {})
    if not isinstance(value, dict):
        return [_bad_setting("CAREERS must be a dict of sections.")]
    errors = []
    for section, entries in value.items():
        if section not in DEFAULTS:
            known = ", ".join(sorted(DEFAULTS))
            errors.append(
                _bad_setting(f"Unknown section {section!r} (known: {known}).")
            )
        elif not isinstance(entries, dict):
            errors.append(_bad_setting(f"CAREERS[{section!r}] must be a dict."))
        else:
            errors += [
                _bad_setting(
                    f"Unknown entry CAREERS[{section!r}][{name!r}] (known: "
                    f"{', '.join(sorted(DEFAULTS[section]))})."
                )
                for name in entries
                if name not in DEFAULTS[section]
            ]
    return errors


@register()
def unsupported_language_setting(app_configs=None, **kwargs) -> list:
    value = careers_setting("CLAIMS", "UNSUPPORTED_LANGUAGE")
    if value in ("block", "warn"):
        return []
    return [
        Error(
            f"CAREERS['CLAIMS']['UNSUPPORTED_LANGUAGE'] is {value!r}.",
            hint='Use "block" (the default: pages in a language without a claims '
            'lexicon are not published) or "warn".',
            id="careers.E005",
        )
    ]


def _bad_setting(message: str) -> Error:
    return Error(
        message,
        hint="The settings reference lists every entry (docs/settings.md).",
        id="careers.E003",
    )


@register()
def workflow_finish_action(app_configs=None, **kwargs) -> list:
    if getattr(settings, "WAGTAIL_FINISH_WORKFLOW_ACTION", "") == FINISH_ACTION:
        return []
    return [
        Warning(
            "Approved workflows publish careers pages without the AI claims gate's "
            "last word: approving a page whose claims are blocked ends in an error "
            "instead of leaving it a draft with the reason in its history.",
            hint=f"Set WAGTAIL_FINISH_WORKFLOW_ACTION = '{FINISH_ACTION}' (it "
            "publishes every other page as Wagtail does).",
            id="careers.W001",
        )
    ]


@register(Tags.compatibility)
def newer_wagtail_features(app_configs=None, **kwargs) -> list:
    version = ".".join(str(n) for n in WAGTAIL_VERSION[:3])
    return [
        Info(
            f"Wagtail {version}: {feature} needs Wagtail {needs} and is switched off.",
            id="careers.I001",
        )
        for feature, needs, available in FEATURES
        if not available
    ]
