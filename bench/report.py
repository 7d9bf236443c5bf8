"""The run's figures as one Markdown table, with the targets checked at the
largest size (10,000 jobs in a full run)."""

from __future__ import annotations

MINIMAL = "minimal view"

#: (endpoint, measure, limit, label): ``ratio`` limits compare a p50 to the
#: minimal view's; ``seconds`` limits are absolute.
TARGETS = [
    ("job listing", "cold_ratio", 10.0, "cold ≤10×"),
    ("job listing", "warm_ratio", 2.0, "warm ≤2×"),
    ("job listing", "publish_ratio", 25.0, "after a publish ≤25×"),
    ("job listing", "evidence_ratio", 25.0, "after an evidence change ≤25×"),
    ("job post", "cold_ratio", 10.0, "cold ≤10×"),
    ("job post", "warm_ratio", 2.0, "warm ≤2×"),
    ("job post", "publish_ratio", 25.0, "after a publish ≤25×"),
    ("job post", "evidence_ratio", 25.0, "after an evidence change ≤25×"),
    ("API list", "warm_ratio", 5.0, "≤5×"),
    ("API 304", "warm_ratio", 1.5, "≤1.5×"),
    ("change feed", "cold_seconds", 1.0, "generated <1 s"),
    ("RSS feed", "cold_seconds", 1.0, "generated <1 s"),
    ("Indeed feed", "cold_seconds", 1.0, "generated <1 s"),
    ("sitemap", "cold_seconds", 1.0, "generated <1 s"),
]


#: The first request after a change: (series, its ratio's name).
CHANGES = (("after_publish", "publish_ratio"), ("after_evidence", "evidence_ratio"))


def ratio(value: float | None, base: float | None) -> float | None:
    if value is None or not base:
        return None
    return round(value / base, 2)


def add_ratios(size_result: dict) -> None:
    """Every p50 and req/s also as a multiple of the minimal view's: a
    series' p50 against the p50 of the minimal-view requests paired with it
    (taken under the same load of the machine), else the minimal view's own."""
    endpoints = size_result["endpoints"]
    base = endpoints[MINIMAL]
    base_p50 = base["latency"].get("p50_ms")
    base_rps = base.get("throughput", {}).get("rps")
    for figures in endpoints.values():
        lat, cold = figures["latency"], figures.get("cold") or {}
        for series, name in CHANGES:
            after = figures.get(series) or {}
            figures[name] = ratio(
                after.get("p50_ms"), after.get("baseline_p50_ms", base_p50)
            )
        figures["warm_ratio"] = ratio(
            lat.get("p50_ms"), lat.get("baseline_p50_ms", base_p50)
        )
        figures["cold_ratio"] = ratio(
            cold.get("p50_ms"), cold.get("baseline_p50_ms", base_p50)
        )
        rps = figures.get("throughput", {}).get("rps")
        figures["rps_ratio"] = ratio(rps, base_rps)


def check_targets(size_result: dict) -> list[dict]:
    found = []
    for name, measure, limit, label in TARGETS:
        figures = size_result["endpoints"].get(name, {})
        if measure == "cold_seconds":
            p50 = (figures.get("cold") or {}).get("p50_ms")
            value = None if p50 is None else round(p50 / 1000, 3)
        else:
            value = figures.get(measure)
        passed = value is not None and value <= limit
        found.append(
            {
                "endpoint": name,
                "target": label,
                "value": value,
                "limit": limit,
                "passed": passed,
            }
        )
    return found


def fmt(value, suffix: str = "") -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        text = f"{value:,.0f}" if value >= 100 else f"{value:,.2f}".rstrip("0")
        return text.rstrip(".") + suffix
    return f"{value:,}{suffix}"


def target_cell(targets: list[dict], name: str) -> str:
    cells = []
    for t in targets:
        if t["endpoint"] == name:
            unit = " s" if "generated" in t["target"] else "×"
            verdict = "PASS" if t["passed"] else "FAIL"
            cells.append(f"{t['target']}: {verdict} ({fmt(t['value'], unit)})")
    return "; ".join(cells)


HEADER = (
    "| jobs | endpoint | p50 ms | p95 ms | p50 ×min | cold p50 ms | cold ×min "
    "| after a publish p50 ms | ×min | after an evidence change p50 ms | ×min "
    "| req/s (c=8) | req/s ×min | queries cold/warm | target |\n"
    "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|"
)


def throughput_cell(tp: dict) -> str:
    if "skipped" in tp:
        return f"({tp['skipped']})"
    if "error" in tp:
        return "(wrk failed)"
    errors = f" ({tp['errors']} err)" if tp.get("errors") else ""
    return fmt(tp.get("rps")) + errors


def _after_cells(f: dict, series: str, name: str) -> list[str]:
    after = f.get(series) or {}
    n = f" (n={after['n']})" if after else ""
    return [fmt(after.get("p50_ms")) + n, fmt(f.get(name), "×")]


def endpoint_row(size: int, name: str, f: dict, targets: list[dict]) -> str:
    lat, cold = f["latency"], f.get("cold") or {}
    tp = f.get("throughput", {})
    q = f.get("queries") or {}
    queries = "/".join(
        "–" if q.get(k) is None else str(q[k]["queries"]) for k in ("cold", "warm")
    )
    n = lat.get("n", 0)
    p50 = fmt(lat.get("p50_ms")) + ("" if n >= 200 else f" (n={n})")
    cells = [
        f"{size:,}",
        name,
        p50,
        fmt(lat.get("p95_ms")),
        fmt(f.get("warm_ratio"), "×"),
        fmt(cold.get("p50_ms")) + (f" (n={cold['n']})" if cold else ""),
        fmt(f.get("cold_ratio"), "×"),
        *(cell for series, name in CHANGES for cell in _after_cells(f, series, name)),
        throughput_cell(tp),
        fmt(f.get("rps_ratio"), "×"),
        queries,
        target_cell(targets, name),
    ]
    return "| " + " | ".join(cells) + " |"


def summary_row(size, text: str) -> str:
    return f"| {size} | {text} |" + " |" * 13


def warm_text(warm: dict) -> str:
    """The page cache after one job is published: target, every page warm but
    that job's, the listings it appears in and the feeds."""
    return (
        f"**warm after one job is published**: {warm['still_warm']} of "
        f"{warm['pages']} pages, {warm['other_jobs_warm']} of "
        f"{warm['other_jobs']} other job posts; rendered again: "
        + ", ".join(warm["cold"])
    )


def table(results: dict) -> str:
    lines = [HEADER]
    sizes = results["sizes"]
    largest = max((int(s) for s in sizes), default=0)
    for size_key, res in sizes.items():
        size = int(size_key)
        targets = res.get("targets", []) if size == largest else []
        for name, figures in res["endpoints"].items():
            lines.append(endpoint_row(size, name, figures, targets))
        seed = res["seed"]
        lines.append(
            summary_row(
                f"{size:,}",
                f"**seeding**: {seed['pages']:,} pages in {seed['seconds']} s = "
                f"{seed['pages_per_second']:,.0f} pages/s",
            )
        )
        rss = ", ".join(f"{r:.0f}" for r in res.get("worker_peak_rss_mb", []))
        lines.append(summary_row(f"{size:,}", f"**peak RSS per worker**: {rss} MiB"))
        warm = res.get("warm_after_publish")
        if warm:
            lines.append(summary_row(f"{size:,}", warm_text(warm)))
    claims = results.get("claims") or {}
    if "items_per_second" in claims:
        lines.append(
            summary_row(
                "demo",
                f"**claim checker**: {claims['post_words']:,}-word post "
                f"{claims['post_median_ms']} ms (median); "
                f"{claims['items']:,} items at {claims['items_per_second']:,.0f} "
                "items/s",
            )
        )
    return "\n".join(lines)
