"""Numbers in claims: what counts as one, and when a metric backs it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from careers.claims import Metric
from careers.claims.lexicon import default_lexicon
from careers.claims.numbers import Format, backs, find_numbers
from careers.claims.rules import metric_candidates

LEX = default_lexicon()
EN = Format(".", False)
DE = Format(",", True)


def numbers(text: str, fmt: Format = EN) -> list[tuple[str, str, str]]:
    return [(n.text, str(n.value), n.kind) for n in find_numbers(text, LEX, fmt)]


@pytest.mark.parametrize(
    ("text", "fmt", "expected"),
    [
        ("cut by 30 %", EN, [("30 %", "30", "percent")]),
        ("cut by 30%", EN, [("30%", "30", "percent")]),
        ("cut by 30 percent", EN, [("30 percent", "30", "percent")]),
        ("um 30 Prozent", DE, [("30 Prozent", "30", "percent")]),
        ("um 12,5 %", DE, [("12,5 %", "12.5", "percent")]),
        ("by 12.5 %", EN, [("12.5 %", "12.5", "percent")]),
        ("3x faster", EN, [("3x", "3", "factor")]),
        ("3× faster", EN, [("3×", "3", "factor")]),
        ("3 times faster", EN, [("3 times", "3", "factor")]),
        ("3-fold", EN, [("3-fold", "3", "factor")]),
        ("3-mal schneller", DE, [("3-mal", "3", "factor")]),
        ("3.6 percentage points", EN, [("3.6 percentage points", "3.6", "points")]),
        ("3,6 Prozentpunkte", DE, [("3,6 Prozentpunkte", "3.6", "points")]),
        ("team of 12", EN, [("12", "12", "count")]),
        ("1,000 customers", EN, [("1,000", "1000", "count")]),
        ("1.000 Kunden", DE, [("1.000", "1000", "count")]),
    ],
)
def test_numbers_are_found_with_their_kind(text, fmt, expected) -> None:
    assert numbers(text, fmt) == expected


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("since 2021", EN),
        ("bis 2027", DE),
        ("in Q3", EN),
        ("for 5 years", EN),
        ("seit 5 Jahren", DE),
        ("a 5-year plan", EN),
        ("on 15 April", EN),
        ("am 3. Mai", DE),
        ("am 15.04.2026", DE),
        ("on 2026-04-15", EN),
        ("24/7 support", EN),
        ("at 9:30", EN),
        ("GPT-4 and Python 3.12", EN),
        ("ISO 27001", EN),
        ("the 3rd hub", EN),
        ("5G and 4K", EN),
        ("dreimal schneller", DE),
        ("three times faster", EN),
        ("der 3. Standort", DE),
        ("see https://example.com/2024/30", EN),
        ("one of the top 10", EN),
    ],
)
def test_years_dates_durations_words_and_versions_are_no_numbers(text, fmt) -> None:
    assert numbers(text, fmt) == []


def test_ranges_and_bounds() -> None:
    [rng] = find_numbers("by 20-30 %", LEX, EN)
    assert (rng.low, rng.value, rng.kind) == (Decimal(20), Decimal(30), "percent")
    [more] = find_numbers("more than 25 %", LEX, EN)
    assert more.bound == "min"
    [less] = find_numbers("weniger als 5 %", LEX, DE)
    assert less.bound == "max"


def test_scale_words() -> None:
    [n] = find_numbers("2 million parcels", LEX, EN)
    assert n.value * n.scale == 2_000_000


ETA = Metric("late deliveries", value=8.4, baseline=12.0)


@pytest.mark.parametrize(
    ("claim", "backed"),
    [
        ("30 %", True),  # relative change 30.0 %
        ("29.6 %", False),  # the claim's precision is one decimal: 30.0 is not 29.6
        ("30.0 %", True),
        ("50 %", False),
        ("12 %", True),  # the baseline
        ("8.4 %", True),  # the value
        ("8 %", True),  # the value at the claim's precision
        ("3.6 percentage points", True),  # the absolute change
        ("4 percentage points", True),
        ("more than 25 %", True),
        ("more than 35 %", False),
        ("20-35 %", True),
        ("40-50 %", False),
    ],
)
def test_percentages_are_backed_at_their_precision(claim: str, backed: bool) -> None:
    [n] = find_numbers(claim, LEX, EN)
    assert backs(n, metric_candidates(ETA, n.kind)) is backed


def test_a_change_of_29_6_backs_30() -> None:
    metric = Metric("m", value=70.4, baseline=100.0)
    [n] = find_numbers("30 %", LEX, EN)
    assert backs(n, metric_candidates(metric, n.kind))


@pytest.mark.parametrize(
    ("claim", "backed"),
    [("3x faster", True), ("2x faster", False), ("3 times", True), ("1.4x", True)],
)
def test_factors_are_backed_by_the_ratio(claim: str, backed: bool) -> None:
    [n] = find_numbers(claim, LEX, EN)
    metric = Metric("minutes per route", value=10, baseline=30)
    if claim == "1.4x":
        metric = ETA  # 12 / 8.4 = 1.43
    assert backs(n, metric_candidates(metric, n.kind)) is backed


def test_metric_without_baseline_backs_its_value_only() -> None:
    metric = Metric("accuracy", value=95.0)
    [n] = find_numbers("95 %", LEX, EN)
    assert backs(n, metric_candidates(metric, n.kind))
    [m] = find_numbers("5 %", LEX, EN)
    assert not backs(m, metric_candidates(metric, m.kind))


def test_zero_baseline_does_not_divide() -> None:
    metric = Metric("errors", value=5.0, baseline=0.0)
    [n] = find_numbers("5 %", LEX, EN)
    assert backs(n, metric_candidates(metric, n.kind))
