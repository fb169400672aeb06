"""Geometry of the server-rendered SVG charts (templates/programme/_charts.html).

Bars are laid out in percent of the chart's width so the SVG stretches to any
screen while its text keeps its normal size; each row is a label line above a bar.
"""

ROW_HEIGHT = 42
BAR_SPAN = 80.0  # percent of the width the longest bar takes; the rest holds its note


def stacked(rows: list[dict], keys: list[str]) -> dict:
    """Rows {label, values: {key: n}, note} as bars of segments in `keys` order."""
    totals = [sum(row["values"].get(k, 0) for k in keys) for row in rows]
    scale = BAR_SPAN / max([*totals, 1])
    laid = []
    for index, (row, total) in enumerate(zip(rows, totals, strict=True)):
        x, segments = 0.0, []
        for key in keys:
            n = row["values"].get(key, 0)
            if n:
                segments.append(
                    {"key": key, "n": n, "x": round(x, 3), "w": round(n * scale, 3)}
                )
                x += n * scale
        laid.append(
            {
                **row,
                "y": index * ROW_HEIGHT,
                "total": total,
                "segments": segments,
                "end": round(x, 3),
            }
        )
    return {"rows": laid, "height": max(len(rows), 1) * ROW_HEIGHT}


def progress_width(value: int, target: int) -> float:
    """Filled share of a progress bar in percent (full once the target is met)."""
    if target <= 0:
        return 100.0
    return round(min(value / target, 1.0) * 100, 2)
