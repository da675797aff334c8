"""The interactive view: a pyvis (vis-network) page that works from disk with no network.

pyvis's "in_line" mode embeds vis-network but still links Bootstrap from a CDN; those two tags
are stripped so the file is fully self-contained (see dependencies.md §4: the default "local"
mode draws a blank page offline). Edges that mean "lower → higher" are drawn from the higher
node with the arrow turned round, so a hierarchical layout puts superiors on top.
"""

from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import quote

from bomay.analysis.model import CATEGORIES, RELATIONS, UPWARD_RELATIONS, Edge, Network, Node

COLOURS = {
    "party": "#c0392b", "council": "#8e44ad", "committee": "#2471a3", "department": "#17a589",
    "unit": "#a0522d", "person": "#d68910", "other": "#7f8c8d", "group": "#34495e",
}
SHAPES = {
    "party": "triangle", "council": "hexagon", "committee": "square", "department": "dot",
    "unit": "triangleDown", "person": "star", "other": "diamond",
}
EDGE_COLOURS = {
    "subordination": "#7f8c8d", "reports-to": "#2e86c1", "mandate": "#e67e22",
    "supervision": "#27ae60", "leadership": "#c0392b", "territory": "#a0522d",
}
RANK = {"party": 0, "council": 1, "other": 1, "committee": 2, "department": 3, "person": 3, "unit": 3}

DUTY_PREDICATES = ("bm:ReportingObligation", "bm:reportTo")
HINT = ("Hover a node or edge for details (edges: topic and frequency); click a node to open its page; "
        "double-click the background to fit.")
NOTHING = "Nothing to draw: no relations of the chosen types match these filters."
_CDN_TAG = re.compile(r"<(link|script)\b[^>]*\b(?:href|src)\s*=\s*\"https?://[^\"]*\"[^>]*>(?:\s*</script>)?", re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)


@dataclass
class ViewText:
    """What the page says above the graph."""

    title: str
    summary: list[str] = field(default_factory=list)  # one line per active filter
    controls_html: str = ""  # the web app's filter form (empty for a standalone file)
    links_html: str = ""
    nav_html: str = ""  # the site's navigation bar, when the page is served by the web app
    t: Callable[[str], str] = field(default=lambda s: s)  # the page's words in its language


def entity_url(link_base: str, iri: str) -> str:
    return f"{link_base.rstrip('/')}/resource?iri={quote(iri, safe='')}"


def _node_level(node: Node) -> int:
    return (node.tier or 0) * 4 + RANK.get(node.category, 1)


def _node_title(node: Node) -> str:
    kind = CATEGORIES.get(node.category, node.category)
    if node.members > 1:
        return f"{node.label.replace(chr(10), ' in ')}\n{kind}: {node.members} bodies folded into one node"
    validity = ""
    if node.start or node.end:
        validity = f"\nvalid {node.start or '…'} to {node.end or 'now'}"
    return f"{node.name}\n{kind}{validity}\n{node.iri}\nclick to open its page"


def _short(label: str, width: int = 28) -> str:
    """Wrap a long Vietnamese name onto lines so the canvas stays legible."""
    words, lines, line = label.split(), [], ""
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    lines.append(line)
    return "\n".join(lines[:3]) + ("…" if len(lines) > 3 else "")


def _edge_groups(network: Network) -> dict[tuple[str, str, str], list[Edge]]:
    grouped: dict[tuple[str, str, str], list[Edge]] = defaultdict(list)
    for e in network.edges:
        if e.source in network.nodes and e.target in network.nodes:
            grouped[(e.source, e.target, e.relation)].append(e)
    return grouped


def _edge_title(relation: str, edges: list[Edge], labels: dict[str, str]) -> str:
    count = sum(e.count for e in edges)
    lines = [f"{relation} ({', '.join(sorted({e.predicate for e in edges}))})"]
    if count > 1:
        lines.append(f"{count} relations")
    duties = [e for e in edges if e.relation == "mandate" or e.predicate in DUTY_PREDICATES]
    if duties:
        freqs: dict[str, int] = defaultdict(int)
        for e in duties:
            for f in e.frequencies or {""}:
                freqs[labels.get(f, f.rsplit("/", 1)[-1]) if f else "frequency not stated"] += e.count
        lines.append("frequency: " + ", ".join(f"{k} ×{v}" if v > 1 else k for k, v in sorted(freqs.items())))
        lines.append(f"≈ {sum(e.weight * (e.count if e.times_per_year is None else 1) for e in duties):g} "
                     "per year (unknown counts 1)")
    topics = sorted({labels.get(t, t.rsplit("/", 1)[-1]) for e in edges for t in e.topics})
    if topics:
        lines.append("topic: " + ", ".join(topics))
    texts = [e.text for e in edges if e.text][:3]
    lines.extend(f"• {t[:140]}" for t in texts)
    docs = {d for e in edges for d in e.docs if "/id/doc/" in d}
    if docs:
        lines.append(f"source documents: {len(docs)}")
    if any(e.start or e.end for e in edges):
        e = edges[0]
        lines.append(f"valid {e.start or '…'} to {e.end or 'now'}")
    return "\n".join(lines)


def _options(hierarchical: bool, n_nodes: int) -> dict:
    options: dict = {
        "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False, "keyboard": True,
                        "hideEdgesOnDrag": n_nodes > 300},
        "nodes": {"font": {"size": 13, "face": "Noto Sans, DejaVu Sans, sans-serif"}, "size": 14,
                  "borderWidth": 1},
        "edges": {"smooth": False, "color": {"inherit": False}, "selectionWidth": 2},
    }
    if hierarchical:
        options["layout"] = {"hierarchical": {"enabled": True, "direction": "UD", "sortMethod": "directed",
                                              "levelSeparation": 110, "nodeSpacing": 150, "treeSpacing": 180,
                                              "shakeTowards": "roots"}}
        options["physics"] = {"enabled": False}
        options["edges"]["smooth"] = {"enabled": True, "type": "cubicBezier", "forceDirection": "vertical",
                                      "roundness": 0.4}
    else:
        options["layout"] = {"improvedLayout": n_nodes <= 150, "randomSeed": 7}
        options["physics"] = {"enabled": True, "solver": "barnesHut",
                              "barnesHut": {"gravitationalConstant": -9000, "springLength": 140, "springConstant": 0.03,
                                            "damping": 0.3, "avoidOverlap": 0.2},
                              "stabilization": {"enabled": True, "iterations": 250 if n_nodes > 300 else 600,
                                                "updateInterval": 25, "fit": True}}
    return options


def _legend(network: Network, t: Callable[[str], str] = lambda s: s) -> str:
    used_cats = {n.category for n in network.nodes.values()}
    used_rel = {e.relation for e in network.edges}
    items = []
    for cat, name in CATEGORIES.items():
        if cat == "group":
            continue
        shape = SHAPES.get(cat, "dot")
        dim = "" if cat in used_cats else " dim"
        items.append(f'<li class="lg{dim}"><span class="sw" style="color:{COLOURS[cat]}">{_glyph(shape)}</span>'
                     f"{html.escape(t(name))}</li>")
    if any(n.members > 1 for n in network.nodes.values()):
        folded = html.escape(t("group of folded bodies (box, with count)"))
        items.append(f'<li class="lg"><span class="sw box">▭</span>{folded}</li>')
    for rel, colour in EDGE_COLOURS.items():
        dim = "" if rel in used_rel else " dim"
        items.append(f'<li class="lg{dim}"><span class="ln" style="background:{colour}"></span>'
                     f'<span title="{html.escape(RELATIONS[rel])}">{html.escape(t(rel))}</span></li>')
    return '<ul class="legend" id="bomay-legend">' + "".join(items) + "</ul>"


def _glyph(shape: str) -> str:
    return {"triangle": "▲", "hexagon": "⬢", "square": "■", "dot": "●", "triangleDown": "▼", "star": "★",
            "diamond": "◆"}.get(shape, "●")


STYLE = """
<style>
  body { margin: 0; font-family: "Noto Sans", "DejaVu Sans", sans-serif; color: #222; background: #fff; }
  #bomay-head { padding: 8px 14px 4px; border-bottom: 1px solid #ddd; }
  #bomay-head h1 { font-size: 1.15rem; margin: 0 0 4px; }
  #bomay-head .summary { font-size: .85rem; color: #444; margin: 2px 0; }
  #bomay-head .notice { background: #fff4d6; border: 1px solid #e6c34a; padding: 5px 8px; margin: 6px 0;
                        font-size: .85rem; border-radius: 3px; }
  #bomay-head .hint { font-size: .8rem; color: #666; }
  .legend { list-style: none; padding: 0; margin: 4px 0; display: flex; flex-wrap: wrap; gap: 4px 14px;
            font-size: .8rem; }
  .legend .dim { opacity: .35; }
  .legend .sw { display: inline-block; width: 1.2em; text-align: center; margin-right: 3px; }
  .legend .ln { display: inline-block; width: 22px; height: 3px; vertical-align: middle; margin-right: 4px; }
  #bomay-controls form { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: end; font-size: .8rem;
                          margin: 4px 0; }
  #bomay-controls label { display: flex; flex-direction: column; }
  #bomay-controls fieldset { border: 1px solid #ddd; padding: 2px 6px; }
  #mynetwork { height: calc(100vh - 190px) !important; min-height: 420px; border: 0 !important; }
  .card { border: 0 !important; }
  div.vis-tooltip { white-space: pre-line !important; max-width: 460px; font-size: 12px; }
  #bomay-status { font-size: .8rem; color: #666; }
</style>
"""

SCRIPT = """
<script type="text/javascript">
(function () {
  if (typeof network === "undefined" || !network) { return; }
  var status = document.getElementById("bomay-status");
  function done() {
    var bar = document.getElementById("loadingBar");
    if (bar) { bar.style.display = "none"; }
    document.body.setAttribute("data-bomay-drawn", "1");
    if (status) { status.textContent = "drawn: " + nodes.length + " nodes, " + edges.length + " edges"; }
  }
  if (network.physics && network.physics.options && network.physics.options.enabled) {
    var settled = false;
    var settle = function () {
      if (settled) { return; }
      settled = true;
      network.setOptions({ physics: { enabled: false } });
      network.fit();
      done();
    };
    network.once("stabilizationIterationsDone", settle);
    // A small graph can settle while the network is being built, before this script runs.
    var poll = setInterval(function () {
      if (settled) { clearInterval(poll); return; }
      if (network.physics.stabilized) { clearInterval(poll); settle(); }
    }, 250);
  } else {
    network.once("afterDrawing", function () { done(); });
    network.fit();
    network.redraw();
  }
  network.on("doubleClick", function () { network.fit(); });
  network.on("click", function (params) {
    if (!params.nodes.length) { return; }
    var node = nodes.get(params.nodes[0]);
    if (node && node.url) { window.open(node.url, "_blank", "noopener"); }
  });
})();
</script>
"""


_TEMPLATES: dict[str, object] = {}


def _pyvis_template(net: object) -> object:
    """pyvis compiles its page template (with vis-network inlined) for every network, a third of a
    second each time; the compiled template is the same for every page, so it is kept."""
    key = net.template_dir + net.path  # type: ignore[attr-defined]
    if key not in _TEMPLATES:
        _TEMPLATES[key] = net.templateEnv.get_template(net.path)  # type: ignore[attr-defined]
    return _TEMPLATES[key]


def render_html(network: Network, text: ViewText, *, hierarchical: bool = False, link_base: str = "",
                labels: dict[str, str] | None = None) -> str:
    """The whole page, self-contained: vis-network inlined, no external resource."""
    from pyvis.network import Network as PyvisNetwork

    labels = labels or {}
    net = PyvisNetwork(height="100%", width="100%", directed=True, cdn_resources="in_line", heading="")
    net.template = _pyvis_template(net)
    for node in sorted(network.nodes.values(), key=lambda n: n.iri):
        colour = COLOURS.get(node.category, COLOURS["other"])
        attrs: dict[str, object] = {"label": _short(node.label.replace("\n", " — ") if node.members > 1 else node.name),
                 "title": _node_title(node), "color": colour, "shape": "box" if node.members > 1 else
                 SHAPES.get(node.category, "dot"), "category": node.category}
        if node.members > 1:
            attrs["font"] = {"color": "#ffffff"}
        else:
            attrs["url"] = entity_url(link_base, node.iri)
        if hierarchical:
            attrs["level"] = _node_level(node)
        net.add_node(node.iri, **attrs)
    for (source, target, relation), edges in sorted(_edge_groups(network).items()):
        count = sum(e.count for e in edges)
        width = 1 + min(6, count ** 0.5)
        attrs = {"title": _edge_title(relation, edges, labels), "color": EDGE_COLOURS.get(relation, "#999"),
                 "width": width, "relation": relation}
        if relation in ("supervision", "territory"):
            attrs["dashes"] = True
        if relation in UPWARD_RELATIONS:
            net.add_edge(target, source, arrows={"from": {"enabled": True, "scaleFactor": 0.6}}, **attrs)
        else:
            net.add_edge(source, target, arrows={"to": {"enabled": True, "scaleFactor": 0.6}}, **attrs)
    net.set_options(json.dumps(_options(hierarchical, len(network.nodes))))
    page = net.generate_html(notebook=False)
    return _finish(page, network, text)


def _finish(page: str, network: Network, text: ViewText) -> str:
    page = _CDN_TAG.sub("", page)
    page = _COMMENT.sub("", page)
    page = re.sub(r"<center>\s*<h1></h1>\s*</center>", "", page)
    page = page.replace("<head>", f'<head>\n<title>{html.escape(text.title)}</title>', 1)
    page = page.replace("</head>", STYLE + "</head>", 1)
    notices = "".join(f'<p class="notice">{html.escape(n)}</p>' for n in network.notes)
    if not network.nodes:
        notices += f'<p class="notice">{html.escape(text.t(NOTHING))}</p>'
    summary = "".join(f'<p class="summary">{html.escape(s)}</p>' for s in text.summary)
    head = (f'<div id="bomay-head"><h1>{html.escape(text.title)}</h1>{summary}{notices}'
            f'<div id="bomay-controls">{text.controls_html}</div>{_legend(network, text.t)}'
            f'<p class="hint">{html.escape(text.t(HINT))} <span id="bomay-status">…</span> '
            f"{text.links_html}</p></div>")
    page = page.replace("<body>", "<body>\n" + text.nav_html + head, 1)
    return page.replace("</body>", SCRIPT + "</body>", 1)
