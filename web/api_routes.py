"""REST: the named queries (listed, bound, run) and name search, as JSON or CSV.

Parameters are bound by ``bomay.graph.queryrun.prepare``, exactly as ``bomay query NAME
--param`` does, so the web and the command line run the same SPARQL text.
"""

from __future__ import annotations

from typing import Any

import anyio.from_thread
from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from starlette.concurrency import run_in_threadpool

from bomay.errors import QueryError
from bomay.graph.queryrun import prepare
from bomay.namespaces import compact
from bomay.queries import NamedQuery, get_query, list_queries
from bomay.web.entity import href
from bomay.web.execute import QueryJob
from bomay.web.formats import UnknownFormat, choose_formats
from bomay.web.http import Problem, answer_response
from bomay.web.view import value

router = APIRouter(prefix="/api")


def query_info(q: NamedQuery) -> dict[str, object]:
    return {
        "name": q.name,
        "title": q.title,
        "description": q.description,
        "parameters": [
            {"name": p.name, "type": p.type, "required": p.required, "default": p.default,
             "description": p.description}
            for p in q.params
        ],
        "sparql": q.sparql,
    }


@router.get("/queries", summary="The named queries and their parameters")
def queries() -> JSONResponse:
    return JSONResponse([query_info(q) for q in list_queries()])


def _named(name: str) -> NamedQuery:
    try:
        return get_query(name)
    except QueryError as exc:
        raise Problem(404, str(exc)) from exc


def _bound_sparql(request: Request, query: NamedQuery) -> str:
    params = {k: v for k, v in request.query_params.items() if k != "format"}
    try:
        return prepare(request.app.state.backend.live.view, query, params)
    except QueryError as exc:
        raise Problem(400, str(exc)) from exc


@router.get("/queries/{name}/sparql", summary="The SPARQL text a named query runs with these parameters",
            response_class=PlainTextResponse)
def query_text(name: str, request: Request) -> PlainTextResponse:
    return PlainTextResponse(_bound_sparql(request, _named(name)), media_type="application/sparql-query")


@router.get("/queries/{name}", summary="Run a named query: parameters as ?NAME=VALUE; ?format=json|csv|tsv|xml",
            response_class=Response)
def run_named(name: str, request: Request, format: str | None = Query(None)) -> Response:
    query = _named(name)
    sparql = _bound_sparql(request, query)
    try:
        solutions, graph = choose_formats(request.headers.get("accept"), format)
    except UnknownFormat as exc:
        raise Problem(400, str(exc)) from exc
    job = QueryJob(sparql, solutions, graph, request.app.state.config.max_results)
    return answer_response(anyio.from_thread.run(request.app.state.backend.run_query, job))


@router.get("/search", summary="Entities whose name matches, ignoring case, diacritics and abbreviations")
async def search(request: Request, q: str = Query(..., min_length=1), limit: int = Query(20, ge=1, le=200)) \
        -> JSONResponse:
    live = request.app.state.backend.live
    hits = await run_in_threadpool(search_hits, live, q, limit)
    return JSONResponse(hits)


def search_hits(live: Any, text: str, limit: int) -> list[dict[str, object]]:
    """Search hits with their Vietnamese and English labels, types and validity."""
    import pyoxigraph as ox

    hits = live.snapshot.search.search(text, limit)
    if not hits:
        return []
    values = " ".join(str(ox.NamedNode(h.iri)) for h in hits)
    rows = live.view.rows(f"""
SELECT ?e (SAMPLE(?v) AS ?vi) (SAMPLE(?n) AS ?en) (GROUP_CONCAT(DISTINCT STR(?t); SEPARATOR=" ") AS ?types)
       (SAMPLE(?s) AS ?start) (SAMPLE(?x) AS ?end) WHERE {{
  VALUES ?e {{ {values} }}
  OPTIONAL {{ ?e skos:prefLabel|rdfs:label ?v FILTER(LANGMATCHES(LANG(?v), "vi")) }}
  OPTIONAL {{ ?e skos:prefLabel|rdfs:label ?n FILTER(LANGMATCHES(LANG(?n), "en")) }}
  OPTIONAL {{ ?e a ?t }} OPTIONAL {{ ?e schema:startDate ?s }} OPTIONAL {{ ?e schema:endDate ?x }}
}} GROUP BY ?e""")
    info = {value(r["e"]): r for r in rows}
    out = []
    for hit in hits:
        row = info.get(hit.iri, {})
        out.append({
            "iri": hit.iri,
            "href": href(hit.iri),
            "label_vi": value(row.get("vi")),
            "label_en": value(row.get("en")),
            "types": [compact(t) for t in value(row.get("types")).split()],
            "start": value(row.get("start")),
            "end": value(row.get("end")),
            "matched": hit.key,
            "match": ["exact", "prefix", "word prefix", "contains", "all words"][hit.rank],
        })
    return out
