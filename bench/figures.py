"""Printing a bench's figures: for each line, the median over runs and the worst, against its target."""

from __future__ import annotations

import statistics


def print_figures(title: str, results: list[dict[str, list[float]]],
                  lines: list[tuple[str, str, str, float | None]]) -> None:
    """`lines`: (key in each run's figures, label, unit, target or None)."""
    print(title)
    for key, label, unit, target in lines:
        values = [statistics.median(r[key]) for r in results]
        worst = max(max(r[key]) for r in results)
        aim = f" (target <= {target} {unit})" if target else ""
        print(f"  {label}: {statistics.median(values):.1f} {unit}, worst {worst:.1f} {unit}{aim}")
