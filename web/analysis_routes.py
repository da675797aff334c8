"""The graph view and the analytics on the site: ``GET /viz``, ``GET /analytics`` (pages on the
shared layout, both languages) and ``GET /api/analytics`` (JSON or CSV).

The queries go to the served graph version (``request.app.state.backend.live.view``); the
analysis package itself knows nothing of the web. Query parameters mirror the CLI options.
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

RELATION_NAMES = ("subordination", "reports-to", "mandate", "supervision", "leadership", "territory")
DEFAULT_RELATIONS = ("subordination", "reports-to", "mandate", "supervision", "leadership")
# Opening /viz with no choice at all draws the national Government and what is one step from it:
# a readable picture in well under two seconds, where the whole country took half a minute.
DEFAULT_FOCUS = "https://w3id.org/bomay/id/body/national/chinh-phu"
DEFAULT_HOPS = 1
_analysis_tables: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _store(request: Request):
    """The served graph version (``query(sparql) -> QueryResult``)."""
    return request.app.state.backend.live.view


def _field(name: str, label: str, value: str | None, placeholder: str = "", size: int = 22) -> str:
    return (f'<label>{html.escape(label)}<input name="{name}" value="{html.escape(value or "")}" '
            f'placeholder="{html.escape(placeholder)}" size="{size}"></label>')


def _controls(t, focus, hops, jurisdiction, as_of, relations, topics, doc, layout, cap) -> str:
    boxes = "".join(
        f'<label style="flex-direction:row"><input type="checkbox" name="relation" value="{r}"'
        f'{" checked" if r in relations else ""}> {html.escape(t(r))}</label>' for r in RELATION_NAMES)
    layouts = "".join(f'<option value="{v}"{" selected" if v == layout else ""}>{v}</option>'
                      for v in ("force", "hierarchical"))
    return ('<form method="get" action="/viz">'
            + _field("focus", t("Focus (name or address)"), focus, "Thành ủy Thành phố Hồ Chí Minh", 30)
            + f'<label>{t("Hops")}<input name="hops" type="number" min="0" max="6" value="{hops}" size="3"></label>'
            + _field("jurisdiction", t("Jurisdiction"), jurisdiction, "Thành phố Đà Nẵng", 18)
            + _field("as_of", t("As of"), as_of, "YYYY-MM-DD", 10)
            + _field("topic", t("Topic"), ", ".join(topics), "y-te", 14)
            + _field("doc", t("Source document"), doc, "", 16)
            + f"<fieldset>{boxes}</fieldset>"
            + f'<label>{t("Layout")}<select name="layout">{layouts}</select></label>'
            + f'<label>{t("Most nodes")}<input name="cap" type="number" min="10" value="{cap}" size="5"></label>'
            + f'<button type="submit">{t("Draw")}</button></form>')


def _error_page(request: Request, title: str, message: str, form: str) -> HTMLResponse:
    from bomay.web.pages import render

    return render(request, "analysis.html", status=400, title=title, error=message, form=form, body="")


def _split_topics(topic: list[str] | None) -> tuple[str, ...]:
    return tuple(t.strip() for raw in (topic or []) for t in raw.split(",") if t.strip())


def _present(store, iri: str) -> bool:
    from bomay.graph import lookup

    return bool(lookup.describe_candidates(store, [iri])[0].types)


@router.get("/viz", response_class=HTMLResponse)
def viz_page(request: Request, focus: str | None = None, hops: int | None = None, jurisdiction: str | None = None,
             as_of: str | None = None, relation: ListParam = None, topic: ListParam = None,
             doc: str | None = None, layout: str = "force", cap: int = 600) -> Response:
    """The interactive network (same page as ``bomay viz``), with the site's navigation and a form."""
    from bomay.analysis.era import era_of
    from bomay.analysis.selection import Selection
    from bomay.analysis.view import make_view
    from bomay.web.i18n import choose_language, remember, translator
    from bomay.web.pages import render_fragment

    t = translator(choose_language(request))
    focus, jurisdiction, as_of, doc = (v or None for v in (focus, jurisdiction, as_of, doc))
    topics = _split_topics(topic)
    store = _store(request)
    if not (focus or jurisdiction or doc or topics) and _present(store, DEFAULT_FOCUS):
        focus, hops = DEFAULT_FOCUS, hops if hops is not None else DEFAULT_HOPS
    hops = 2 if hops is None else hops
    as_of = era_of(store, focus, as_of)
    relations = tuple(relation) if relation else DEFAULT_RELATIONS
    shown_focus = focus
    if focus == DEFAULT_FOCUS:  # the form shows the default by its name, not its address
        from bomay.graph import lookup

        shown_focus = lookup.describe_candidates(store, [focus])[0].label or focus
    controls = _controls(t, shown_focus, hops, jurisdiction, as_of, relations, topics, doc, layout, cap)
    if layout not in ("force", "hierarchical"):
        return _error_page(request, t("Graph view"), f"layout must be force or hierarchical, not {layout!r}", controls)
    if not 10 <= cap <= 20000:
        return _error_page(request, t("Graph view"), f"cap must be between 10 and 20000, not {cap}", controls)
    sel = Selection(focus=focus, hops=hops, jurisdiction=jurisdiction, as_of=as_of, relations=relations,
                    topics=topics, doc=doc)
    analytics = "/analytics?" + urlencode({k: v for k, v in (("jurisdiction", jurisdiction), ("as_of", as_of)) if v})
    nav = '<link rel="stylesheet" href="/static/style.css">' + render_fragment(request, "_header.html")
    try:
        view = make_view(store, sel, cap=cap, hierarchical=layout == "hierarchical", link_base="",
                         controls_html=controls, nav_html=nav, t=t,
                         links_html=f'<a href="{html.escape(analytics)}">{t("Analytics")}</a>')
    except BomayError as exc:
        return _error_page(request, t("Graph view"), str(exc), controls)
    response = HTMLResponse(view.html)
    remember(request, response)
    return response


def _kept_reads(store: object) -> Tables | None:
    """What the analytics read from a served build, kept for the next request: the app's
    LocalView is an in-memory copy of one build that never changes (a new build gets a new
    view), so the country's tables are read once per build, not once per request. A remote
    endpoint can change under us: nothing is kept for that."""
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
        return JSONResponse({"error": f"format must be json or csv, not {format!r}", "status": 400}, status_code=400)
    try:
        tables = _tables(request, metric, jurisdiction, as_of, limit)
    except BomayError as exc:
        return JSONResponse({"error": str(exc), "status": 400}, status_code=400)
    if format == "csv":
        return PlainTextResponse(to_csv(tables), media_type="text/csv; charset=utf-8")
    return Response(to_json(tables), media_type="application/json")


def _contexts(store, tables) -> dict[str, str]:
    """Where each listed body or unit sits (unit › district › province), to tell namesakes apart."""
    from bomay.graph import lookup

    iris: list[str] = []
    for table in tables:
        col = next((i for i, c in enumerate(table.columns) if c.endswith("_iri")), None)
        if col is not None:
            iris.extend(r[col] for r in table.rows if isinstance(r[col], str) and r[col].startswith("http"))
    unique = list(dict.fromkeys(iris))
    out: dict[str, str] = {}
    for start in range(0, len(unique), 400):
        for c in lookup.describe_candidates(store, unique[start:start + 400]):
            if c.context:
                out[c.iri] = c.context_text
    return out


def _html_table(table, t, contexts: dict[str, str], jurisdiction: str | None = None,
                as_of: str | None = None) -> str:
    from bomay.analysis.tables import _cell
    from bomay.web.entity import href

    shown = table.visible_columns()
    iri_col = next((i for i, c in enumerate(table.columns) if c.endswith("_iri")), None)
    head = "".join(f"<th>{html.escape(t(table.columns[i].replace('_', ' ')))}</th>" for i in shown)
    rows = []
    for row in table.rows:
        cells = []
        for n, i in enumerate(shown):
            text = html.escape(_cell(row[i]))
            target = row[iri_col] if iri_col is not None else None
            if n == 0 and isinstance(target, str) and target.startswith("http"):
                text = f'<a href="{html.escape(href(target))}">{text}</a>'
                if contexts.get(target):
                    text += f'<br><small class="context">{html.escape(contexts[target])}</small>'
            cells.append(f"<td>{text}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    more = (table.total or 0) - len(table.rows)
    notes = "".join(f"<p class='note'>{html.escape(n)}</p>" for n in table.notes)
    if not table.rows and not table.notes:
        reason = f"{t('Nothing to show here:')} {empty_reason(table, t, jurisdiction, as_of)}"
        notes = f"<p class='note empty'>{html.escape(reason)}</p>"
    return (f"<section id='{table.name}'><h2>{html.escape(t(table.title))}</h2>"
            f"<p>{html.escape(t(table.description))}</p>"
            + (f"<table class='results'><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
               if table.rows else "")
            + (f"<p class='note'>… {more}</p>" if more > 0 else "") + notes + "</section>")


DUTY_TABLES = ("reporting-load", "top-assigners", "no-report-back", "cycles", "betweenness")


def empty_reason(table, t, jurisdiction: str | None, as_of: str | None) -> str:
    """Why a table is empty, so a section never just shows nothing."""
    scope = t("the bodies of {place}", place=jurisdiction) if jurisdiction else t("any body")
    if table.name in DUTY_TABLES:
        return t("no mandate or reporting obligation in the graph involves {scope}{when}.", scope=scope,
                 when=t(" valid on {day}", day=as_of) if as_of else "")
    if table.name == "abolished" and as_of:
        return t("with an as-of date only the bodies valid on that day are counted, and none of them has ended; "
                 "clear the date to see every body that ended.")
    return t("no rows match the jurisdiction and date chosen.")


@router.get("/analytics", response_class=HTMLResponse)
def analytics_page(request: Request, metric: ListParam = None, jurisdiction: str | None = None,
                   as_of: str | None = None, limit: int = 20) -> Response:
    """The analytics as a page, with bar charts of the reporting load and of bodies ended per year."""
    from bomay.analysis.charts import bar_chart
    from bomay.web.i18n import choose_language, translator
    from bomay.web.pages import render

    t = translator(choose_language(request))
    form = ('<form method="get" action="/analytics" class="inline">'
            + _field("jurisdiction", t("Jurisdiction"), jurisdiction, "Thành phố Đà Nẵng", 18)
            + _field("as_of", t("As of"), as_of, "YYYY-MM-DD", 10)
            + f'<label>{t("Rows")}<input name="limit" type="number" min="0" value="{limit}" size="4"></label>'
            + f'<button type="submit">{t("Show")}</button></form>')
    try:
        tables = _tables(request, metric, jurisdiction, as_of, limit)
    except BomayError as exc:
        return _error_page(request, t("Network analytics"), str(exc), form)
    by_name = {tb.name: tb for tb in tables}
    charts = []
    if by_name.get("reporting-load") and by_name["reporting-load"].rows:
        rows = by_name["reporting-load"].rows[:12]
        charts.append(bar_chart(t("Reports received per year (weighted by frequency)"), [(r[0], r[2]) for r in rows]))
    if by_name.get("top-assigners") and by_name["top-assigners"].rows:
        rows = by_name["top-assigners"].rows[:12]
        charts.append(bar_chart(t("Mandates assigned"), [(r[0], r[1]) for r in rows], colour="#e67e22"))
    if by_name.get("abolished") and by_name["abolished"].rows:
        rows = by_name["abolished"].rows
        charts.append(bar_chart(t("Bodies ended per year"), [(r[0], r[1]) for r in rows], colour="#7f8c8d"))
    viz = "/viz?" + urlencode({k: v for k, v in (("jurisdiction", jurisdiction), ("as_of", as_of)) if v})
    contexts = _contexts(_store(request), tables)
    body = (f"<p><a href='{html.escape(viz)}'>{t('Graph view')}</a></p>" + "".join(charts)
            + "".join(_html_table(tb, t, contexts, jurisdiction, as_of) for tb in tables))
    return render(request, "analysis.html", title=t("Network analytics"), error="", form=form, body=body)
