"""Builders of the admin panels the models' edit forms repeat."""

from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    MultipleChooserPanel,
)


def field_panels(*panels) -> list:
    """``panels`` as a list, a field's name standing for its FieldPanel."""
    return [FieldPanel(p) if isinstance(p, str) else p for p in panels]


def row(*names: str) -> FieldRowPanel:
    """The fields ``names``, side by side."""
    return FieldRowPanel(field_panels(*names))


def group(heading, *panels, **options) -> MultiFieldPanel:
    """``panels`` under ``heading`` (a field's name stands for its FieldPanel)."""
    return MultiFieldPanel(field_panels(*panels), heading=heading, **options)


def chooser(relation: str, target: str, heading, label, **options):
    """The rows of ``relation``, each picking its ``target`` in a chooser
    that may pick several at once."""
    return MultipleChooserPanel(
        relation, chooser_field_name=target, heading=heading, label=label, **options
    )
