"""Small server-rendered SVG charts (no JavaScript library)."""

from markupsafe import Markup, escape

WIDTH, HEIGHT = 640, 260
LEFT, RIGHT, TOP, BOTTOM = 52, 8, 16, 44


def _nice_max(value: int) -> int:
    """A round top for the axis, at least the largest value."""
    for top in (4, 5, 10, 20, 25, 50):
        if value <= top:
            return top
    step = 10 ** (len(str(value)) - 1)
    return -(-value // step) * step


def bar_chart(
    points: list[tuple[str, int]], title: str, label_every: int = 4
) -> Markup:
    """A bar chart of labelled counts as inline SVG with a text title."""
    top = _nice_max(max((v for _, v in points), default=0))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_w / max(len(points), 1)
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    for fraction in (0, 0.5, 1):
        y = TOP + plot_h * (1 - fraction)
        parts.append(
            f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" '
            f'y1="{y:.1f}" y2="{y:.1f}"/>'
            f'<text class="axis" x="{LEFT - 6}" y="{y + 7:.1f}" '
            f'text-anchor="end">{round(top * fraction)}</text>'
        )
    for n, (label, value) in enumerate(points):
        height = plot_h * value / top if top else 0
        x = LEFT + n * step + step * 0.15
        parts.append(
            f'<rect class="bar" x="{x:.1f}" y="{TOP + plot_h - height:.1f}" '
            f'width="{step * 0.7:.1f}" height="{height:.1f}">'
            f"<title>{escape(label)}: {value}</title></rect>"
        )
        if n % label_every == 0:
            parts.append(
                f'<text class="axis" x="{x + step * 0.35:.1f}" '
                f'y="{HEIGHT - BOTTOM + 26}" text-anchor="middle">'
                f"{escape(label)}</text>"
            )
    parts.append("</svg>")
    return Markup("".join(parts))
