"""Small horizontal bar charts as inline SVG: no script, no CDN, readable without the network."""

from __future__ import annotations

import html


def bar_chart(title: str, items: list[tuple[str, float]], unit: str = "", colour: str = "#2471a3",
              width: int = 720) -> str:
    """An SVG bar chart of (label, value) pairs, largest first as given."""
    if not items:
        return f'<figure class="chart"><figcaption>{html.escape(title)}</figcaption><p>No data.</p></figure>'
    label_w, bar_h, gap, top = 300, 20, 6, 8
    plot_w = width - label_w - 90
    peak = max(v for _, v in items) or 1.0
    height = top + len(items) * (bar_h + gap) + 4
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{html.escape(title)}" '
             f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-size="12" '
             f'font-family="Noto Sans, DejaVu Sans, sans-serif">']
    for i, (label, value) in enumerate(items):
        y = top + i * (bar_h + gap)
        w = max(1.0, plot_w * value / peak)
        shown = label if len(label) <= 46 else label[:45] + "…"
        parts.append(f'<text x="{label_w - 6}" y="{y + bar_h * 0.7:.1f}" text-anchor="end">'
                     f"<title>{html.escape(label)}</title>{html.escape(shown)}</text>")
        parts.append(f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{colour}"/>')
        parts.append(f'<text x="{label_w + w + 5:.1f}" y="{y + bar_h * 0.7:.1f}">{value:g}{html.escape(unit)}</text>')
    parts.append("</svg>")
    return f'<figure class="chart"><figcaption>{html.escape(title)}</figcaption>{"".join(parts)}</figure>'
