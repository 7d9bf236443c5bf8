"""Measured results as a candidate reads them: before, now and the change,
with units that stay right (a change of a percentage is in percentage
points) and numbers that never break from their unit."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from django.utils.formats import number_format
from django.utils.translation import gettext as _

#: Keeps a number and its unit on one line ("8.4 %").
NBSP = "\u00a0"
MINUS = "\u2212"
PERCENT_UNITS = {"%", "percent", "per cent", "prozent"}


def rounded(value: Any, places: int = 2) -> Decimal | None:
    """``value`` with at most ``places`` decimals and no trailing zeros; None
    where it is no number."""
    try:
        quantum = Decimal(1).scaleb(-int(places))
        return Decimal(value).quantize(quantum).normalize()
    except (InvalidOperation, ValueError, TypeError):
        return None


def grouped(value: Decimal) -> str:
    """``value`` with all its decimals in the active language's format, its
    thousands grouped: 1,234.5 or 1.234,5."""
    decimals = max(0, -value.as_tuple().exponent)
    return number_format(
        value, decimal_pos=decimals, use_l10n=True, force_grouping=True
    )


def number(value: Any, places: int = 2) -> str:
    """``value`` with at most ``places`` decimals, no trailing zeros, in the
    active language's format (8.4 or 8,4), with a true minus sign."""
    if value in (None, ""):
        return ""
    exact = rounded(value, places)
    if exact is None:
        return str(value)
    text = grouped(abs(exact))
    return f"{MINUS}{text}" if exact < 0 else text


def signed(value: Any, places: int = 2) -> str:
    text = number(value, places)
    return f"+{text}" if text and Decimal(value) > 0 else text


def quantity(value: Any, unit: str, places: int = 2) -> str:
    """A number with its unit, joined by a non-breaking space."""
    text = number(value, places)
    return f"{text}{NBSP}{unit}" if unit and text else text


def is_percentage(unit: str) -> bool:
    return unit.strip().lower() in PERCENT_UNITS


def change_text(change: Decimal, unit: str, relative: Decimal | None) -> str:
    """The change between two measurements: "−3.6 percentage points (−30 %)"
    for a percentage, "−33 s (−34.7 %)" otherwise."""
    if is_percentage(unit):
        absolute = f"{signed(change)}{NBSP}{_('percentage points')}"
    else:
        absolute = f"{signed(change)}{NBSP}{unit}" if unit else signed(change)
    if relative is None:
        return absolute
    return f"{absolute} ({signed(relative, 1)}{NBSP}%)"


def metric_row(metric) -> dict[str, Any]:
    change = relative = None
    if metric.baseline is not None:
        change = metric.value - metric.baseline
        if metric.baseline:
            relative = (change / metric.baseline * Decimal(100)).quantize(
                Decimal("0.1")
            )
    unit = metric.unit or ""
    has_baseline = metric.baseline is not None
    return {
        "metric": metric,
        "change": change,
        "change_pct": relative,
        "before": quantity(metric.baseline, unit) if has_baseline else "",
        "now": quantity(metric.value, unit),
        "change_text": change_text(change, unit, relative) if has_baseline else "",
    }


def metric_rows(metrics: Iterable) -> list[dict[str, Any]]:
    return [metric_row(m) for m in metrics]
