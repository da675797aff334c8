"""The web side of the view and the analytics: ``GET /viz``, ``GET /analytics`` and
``GET /api/analytics`` on a FastAPI ``router`` the web app includes.

Inside bomay's web app the queries go to the served graph version
(``request.app.state.backend.live.view``); an app may instead set ``app.state.store``; else the
default store (``BOMAY_STORE`` or the data directory) is opened. Query parameters mirror the
CLI options.
"""

from __future__ import annotations

import html
import weakref
from typing import TYPE_CHECKING, Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response

from bomay.errors import BomayError

if TYPE_CHECKING:
    from bomay.analysis.bulk import Tables

router = APIRouter(tags=["analysis"])
ListParam = Annotated[list[str] | None, Query()]
NAV_LINKS = [("/viz", "Graph view"), ("/analytics", "Analytics")]

RELATION_NAMES = ("subordination", "reports-to", "mandate", "supervision", "leadership", "territory")
DEFAULT_RELATIONS = ("subordination", "reports-to", "mandate", "supervision", "leadership")
_stores: dict[str, object] = {}
_analysis_tables: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _store(request: Request):
    """Something with ``query(sparql) -> QueryResult``: the served graph version if there is one."""
    backend = getattr(request.app.state, "backend", None)
    if backend is not None:
        return backend.live.view
    store = getattr(request.app.state, "store", None)
    if store is not None:
        return store
    from bomay.config import default_store_location
    from bomay.graph import open_store

    location = default_store_location()
    if location not in _stores:
        _stores[location] = open_store(location)
    return _stores[location]


def _field(name: str, label: str, value: str | None, placeholder: str = "", size: int = 22) -> str:
    return (f'<label>{html.escape(label)}<input name="{name}" value="{html.escape(value or "")}" '
            f'placeholder="{html.escape(placeholder)}" size="{size}"></label>')


def _controls(focus, hops, jurisdiction, as_of, relations, topics, doc, layout, cap) -> str:
    boxes = "".join(
        f'<label style="flex-direction:row"><input type="checkbox" name="relation" value="{r}"'
        f'{" checked" if r in relations else ""}> {r}</label>' for r in RELATION_NAMES)
    layouts = "".join(f'<option value="{v}"{" selected" if v == layout else ""}>{v}</option>'
                      for v in ("force", "hierarchical"))
    return ('<form method="get" action="viz">'
            + _field("focus", "Focus (name or IRI)", focus, "Thành ủy Thành phố Hồ Chí Minh", 30)
            + f'<label>Hops<input name="hops" type="number" min="0" max="6" value="{hops}" size="3"></label>'
            + _field("jurisdiction", "Jurisdiction", jurisdiction, "province name or code", 18)
            + _field("as_of", "As of", as_of, "YYYY-MM-DD", 10)
            + _field("topic", "Topic", ", ".join(topics), "y-te", 14)
            + _field("doc", "Source document", doc, "IRI or stem", 16)
            + f"<fieldset>{boxes}</fieldset>"
            + f'<label>Layout<select name="layout">{layouts}</select></label>'
            + f'<label>Cap<input name="cap" type="number" min="10" value="{cap}" size="5"></label>'
            + '<button type="submit">Draw</button></form>')


def _error_page(title: str, message: str, controls: str) -> HTMLResponse:
    body = (f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head><body>"
            f"<h1>{html.escape(title)}</h1><p role='alert' style='color:#a00'>{html.escape(message)}</p>"
            f"<div id='bomay-controls'>{controls}</div></body></html>")
    return HTMLResponse(body, status_code=400)


def _split_topics(topic: list[str] | None) -> tuple[str, ...]:
    return tuple(t.strip() for raw in (topic or []) for t in raw.split(",") if t.strip())


@router.get("/viz", response_class=HTMLResponse)
def viz_page(request: Request, focus: str | None = None, hops: int = 2, jurisdiction: str | None = None,
             as_of: str | None = None, relation: ListParam = None, topic: ListParam = None,
             doc: str | None = None, layout: str = "force", cap: int = 600) -> Response:
    """The interactive network (same page as ``bomay viz``), with a form to change the view."""
    from bomay.analysis.selection import Selection
    from bomay.analysis.view import make_view

    focus, jurisdiction, as_of, doc = (v or None for v in (focus, jurisdiction, as_of, doc))
    relations = tuple(relation) if relation else DEFAULT_RELATIONS
    topics = _split_topics(topic)
    controls = _controls(focus, hops, jurisdiction, as_of, relations, topics, doc, layout, cap)
    if layout not in ("force", "hierarchical"):
        return _error_page("bomay: graph view", f"layout must be force or hierarchical, not {layout!r}", controls)
    if not 10 <= cap <= 20000:
        return _error_page("bomay: graph view", f"cap must be between 10 and 20000, not {cap}", controls)
    sel = Selection(focus=focus, hops=hops, jurisdiction=jurisdiction, as_of=as_of, relations=relations,
                    topics=topics, doc=doc)
    analytics = "analytics?" + urlencode({k: v for k, v in (("jurisdiction", jurisdiction), ("as_of", as_of)) if v})
    try:
        view = make_view(_store(request), sel, cap=cap, hierarchical=layout == "hierarchical", link_base="",
                         controls_html=controls, links_html=f'<a href="{html.escape(analytics)}">analytics</a>')
    except BomayError as exc:
        return _error_page("bomay: graph view", str(exc), controls)
    return HTMLResponse(view.html)


def _kept_reads(store: object) -> Tables | None:
    """What the analytics read from a served build, kept for the next request: the app's
    LocalView is an in-memory copy of one build that never changes (a new build gets a new
    view), so the country's tables are read once per build, not once per request. A store
    directory or a remote endpoint can change under us: nothing is kept for those."""
    from bomay.analysis.bulk import Tables
    from bomay.web.view import LocalView

    if not isinstance(store, LocalView):
        return None
    tables = _analysis_tables.get(store)
    if tables is None:  # a proxy, so the kept tables do not keep an old build's view alive
        tables = _analysis_tables[store] = Tables(weakref.proxy(store))
    return tables


def _tables(request: Request, metric: list[str] | None, jurisdiction: str | None, as_of: str | None, limit: int):
    from bomay.analysis.metrics import analyse
    from bomay.analysis.selection import Selection

    store = _store(request)
    tables = analyse(store, metric or None, Selection(jurisdiction=jurisdiction or None, as_of=as_of or None),
                     _kept_reads(store))
    return [t.limited(limit) for t in tables]


@router.get("/api/analytics")
def analytics_api(request: Request, metric: ListParam = None, format: str = "json",
                  jurisdiction: str | None = None, as_of: str | None = None, limit: int = 0) -> Response:
    """The analytics as JSON (``{metric: {title, columns, rows, ...}}``) or CSV (``format=csv``)."""
    from bomay.analysis.tables import to_csv, to_json

    if format not in ("json", "csv"):
        return JSONResponse({"error": f"format must be json or csv, not {format!r}"}, status_code=400)
    try:
        tables = _tables(request, metric, jurisdiction, as_of, limit)
    except BomayError as exc:
        return JSONResponse({"error": str(exc)}, status_code=400)
    if format == "csv":
        return PlainTextResponse(to_csv(tables), media_type="text/csv; charset=utf-8")
    return Response(to_json(tables), media_type="application/json")


def _html_table(table) -> str:
    from bomay.analysis.tables import _cell

    shown = table.visible_columns()
    iri_col = next((i for i, c in enumerate(table.columns) if c.endswith("_iri")), None)
    head = "".join(f"<th>{html.escape(table.columns[i].replace('_', ' '))}</th>" for i in shown)
    rows = []
    for row in table.rows:
        cells = []
        for n, i in enumerate(shown):
            text = html.escape(_cell(row[i]))
            target = row[iri_col] if iri_col is not None else None
            if n == 0 and isinstance(target, str) and target.startswith("http"):
                text = f'<a href="resource?{urlencode({"iri": target})}">{text}</a>'
            cells.append(f"<td>{text}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    more = (table.total or 0) - len(table.rows)
    notes = "".join(f"<p class='note'>{html.escape(n)}</p>" for n in table.notes)
    return (f"<section id='{table.name}'><h2>{html.escape(table.title)}</h2><p>{html.escape(table.description)}</p>"
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
            + (f"<p class='note'>… {more} more row(s)</p>" if more > 0 else "") + notes + "</section>")


@router.get("/analytics", response_class=HTMLResponse)
def analytics_page(request: Request, metric: ListParam = None, jurisdiction: str | None = None,
                   as_of: str | None = None, limit: int = 20) -> Response:
    """The analytics as a page, with bar charts of the reporting load and of bodies ended per year."""
    from bomay.analysis.charts import bar_chart

    form = ('<form method="get" action="analytics">' + _field("jurisdiction", "Jurisdiction", jurisdiction, "", 18)
            + _field("as_of", "As of", as_of, "YYYY-MM-DD", 10)
            + f'<label>Rows<input name="limit" type="number" min="0" value="{limit}" size="4"></label>'
            + '<button type="submit">Show</button></form>')
    try:
        tables = _tables(request, metric, jurisdiction, as_of, limit)
    except BomayError as exc:
        return _error_page("bomay: analytics", str(exc), form)
    by_name = {t.name: t for t in tables}
    charts = []
    if "reporting-load" in by_name:
        rows = by_name["reporting-load"].rows[:12]
        charts.append(bar_chart("Reports received per year (weighted by frequency)", [(r[0], r[2]) for r in rows]))
    if "top-assigners" in by_name:
        rows = by_name["top-assigners"].rows[:12]
        charts.append(bar_chart("Mandates assigned", [(r[0], r[1]) for r in rows], colour="#e67e22"))
    if "abolished" in by_name:
        rows = by_name["abolished"].rows
        charts.append(bar_chart("Bodies ended per year", [(r[0], r[1]) for r in rows], colour="#7f8c8d"))
    viz = "viz?" + urlencode({k: v for k, v in (("jurisdiction", jurisdiction), ("as_of", as_of)) if v})
    page = ("<!doctype html><html><head><meta charset='utf-8'><title>bomay: analytics</title><style>"
            "body{font-family:'Noto Sans','DejaVu Sans',sans-serif;margin:1rem 2rem;color:#222}"
            "table{border-collapse:collapse;font-size:.85rem;margin:.4rem 0}"
            "td,th{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}"
            "th{background:#f3f3f3}.note{color:#666;font-size:.85rem}figure.chart{margin:1rem 0}"
            "figcaption{font-weight:600;margin-bottom:4px}form{display:flex;gap:10px;align-items:end}"
            "label{display:flex;flex-direction:column;font-size:.8rem}</style></head><body>"
            f"<h1>Network analytics</h1>{form}<p><a href='{html.escape(viz)}'>graph view</a></p>"
            + "".join(charts) + "".join(_html_table(t) for t in tables) + "</body></html>")
    return HTMLResponse(page)
