"""From a user's choices to a finished page: select, fold above the cap, describe, render."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bomay.analysis.aggregate import aggregate
from bomay.analysis.model import Network
from bomay.analysis.network import labels_of, select
from bomay.analysis.selection import Resolved, Selection, resolve, select_network
from bomay.analysis.viz import ViewText, render_html
from bomay.graph.store import Store

DEFAULT_CAP = 600


@dataclass
class View:
    html: str
    network: Network  # as drawn (after folding)
    resolved: Resolved


def _english(message: str, **fields: object) -> str:
    return message.format(**fields) if fields else message


def _doc_title(store: Store, iri: str) -> str:
    rows = select(store, f"SELECT (SAMPLE(?t) AS ?title) WHERE {{ <{iri}> dct:title ?t }}")
    return (rows[0]["title"] if rows else None) or iri


def describe(sel: Selection, res: Resolved, labels: dict[str, str], store: Store,
             t: Callable[..., str] = _english) -> list[str]:
    """One line per filter in force, naming what each name resolved to."""
    def names(iris: list[str]) -> str:
        return "; ".join(labels.get(i, i) for i in iris)

    lines = []
    if res.focus:
        lines.append(t("Focus: {names}, {hops} hop(s)", names=names(res.focus), hops=sel.hops))
    if res.jurisdiction:
        lines.append(t("Jurisdiction: {names}", names=names(res.jurisdiction)))
    lines.append(t("As of: {day}", day=sel.as_of) if sel.as_of else t("As of: any date (all records)"))
    lines.append(t("Relations: {names}", names=", ".join(t(r) for r in sel.relations)))
    if res.topics:
        lines.append(t("Topic: {names}", names=names(res.topics)))
    if res.doc:
        lines.append(t("Source document: {title}", title=_doc_title(store, res.doc)))
    return lines


def make_view(store: Store, sel: Selection, *, cap: int = DEFAULT_CAP, hierarchical: bool = False,
              link_base: str = "", title: str | None = None, controls_html: str = "", links_html: str = "",
              nav_html: str = "", t: Callable[..., str] = _english) -> View:
    res = resolve(store, sel)
    network, res = select_network(store, sel, res)
    drawn = aggregate(store, network, cap, keep=set(res.focus))
    wanted = {t for e in drawn.edges for t in e.topics} | {f for e in drawn.edges for f in e.frequencies}
    labels = labels_of(store, wanted | set(res.focus) | set(res.jurisdiction) | set(res.topics))
    summary = describe(sel, res, labels, store, t)
    drawn_line = t("Drawn: {nodes} nodes, {edges} edges", nodes=f"{len(drawn.nodes):,}", edges=f"{len(drawn.edges):,}")
    if drawn is not network:
        drawn_line += t(" (from {n} nodes before folding)", n=f"{len(network.nodes):,}")
    summary.append(drawn_line)
    if title is None:
        title = "bomay: " + (labels.get(res.focus[0], res.focus[0]) if res.focus else
                             labels.get(res.jurisdiction[0], "") if res.jurisdiction else "the apparatus")
    text = ViewText(title, summary, controls_html, links_html, nav_html, t)
    page = render_html(drawn, text, hierarchical=hierarchical, link_base=link_base, labels=labels)
    return View(page, drawn, res)
