"""Plain-text reports for the terminal: a summary table, and exactly why each failing pair fails."""

from collections import Counter

from generator.compare.pipeline import CatalogResult
from generator.compare.verdict import PairOutcome


def summary_table(result: CatalogResult) -> str:
    """One row per pair (id, expectation, verdict, holds), then the counts."""
    rows = [("pair", "expect", "verdict", "holds")]
    for outcome in result.outcomes:
        expect = outcome.pair.meta.expect.value if outcome.pair.meta else "?"
        rows.append(
            (outcome.pair.id, expect, outcome.judgement.verdict, "yes" if outcome.judgement.holds else "NO")
        )
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    counts = Counter(o.judgement.verdict for o in result.outcomes)
    lines.append("")
    lines.append(
        f"{len(result.outcomes)} pairs: "
        + ", ".join(f"{n} {v}" for v, n in sorted(counts.items()))
        + f"; {len(result.failures)} not holding"
    )
    stats = result.stats
    lines.append(
        f"{stats.total} snippets: {stats.executed} executed, {stats.cached} from the cache"
        + (
            f", {stats.discarded_cache_entries} corrupt cache entries discarded"
            if stats.discarded_cache_entries
            else ""
        )
    )
    return "\n".join(lines)


def explain(outcome: PairOutcome) -> str:
    """Why a pair does not hold, with its files, in as much detail as the verdict has."""
    pair = outcome.pair
    files = ", ".join(s.display_path for s in pair.snippets) or "(no readable file)"
    lines = [f"{pair.id}: {outcome.judgement.summary}", f"  files: {files}"]
    for detail in outcome.judgement.details:
        lines.extend(f"  {line}" for line in detail.rstrip().splitlines())
    for side, run in outcome.runs.items():
        trace = run.error.traceback if run.error else run.fault.traceback if run.fault else ""
        if trace:
            lines.append(f"  {side} traceback:")
            lines.extend(f"    {line}" for line in trace.rstrip().splitlines())
    return "\n".join(lines)


def failure_report(result: CatalogResult) -> str:
    """Every catalog problem, every problem of the comparison and every failing pair, explained."""
    parts = [f"{problem}" for problem in (*result.catalog.problems, *result.problems)]
    parts.extend(explain(outcome) for outcome in result.failures)
    return "\n\n".join(parts)
