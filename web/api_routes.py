"""REST: the named queries (listed, bound, run) and name search, as JSON or CSV.

Parameters are bound by ``bomay.graph.queryrun.prepare``, exactly as ``bomay query NAME
--param`` does, so the web and the command line run the same SPARQL text.
"""

from __future__ import annotations

import anyio.from_thread
import pyoxigraph as ox
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

router = APIRouter(prefix="/api")
MAX_LABELS = 5000


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


@router.post("/labels", summary="Labels and place context of IRIs (for result tables): {iris: [...], lang}")
async def labels(request: Request) -> JSONResponse:
    try:
        body = await request.json()
        iris = [i for i in body.get("iris", []) if isinstance(i, str)][:MAX_LABELS]
        lang = body.get("lang") if body.get("lang") in ("vi", "en") else "vi"
    except (ValueError, AttributeError) as exc:
        raise Problem(400, "send JSON: {\"iris\": [\"https://...\"], \"lang\": \"vi\"}") from exc
    live = request.app.state.backend.live
    return JSONResponse(await run_in_threadpool(describe_iris, live.view, iris, lang))


def describe_iris(view: object, iris: list[str], lang: str) -> dict[str, dict[str, object]]:
    """IRI -> label in lang (else the other language), place context, page URL."""
    from bomay.graph import lookup

    valid = []
    for iri in dict.fromkeys(iris):
        try:
            valid.append(ox.NamedNode(iri).value)
        except ValueError:
            continue
    out: dict[str, dict[str, object]] = {}
    for start in range(0, len(valid), 400):
        for c in lookup.describe_candidates(view, valid[start:start + 400]):  # type: ignore[arg-type]
            label = ((c.label_en or c.label) if lang == "en" else (c.label or c.label_en)) or compact(c.iri)
            out[c.iri] = {"label": label, "context": c.context, "href": href(c.iri), "start": c.start, "end": c.end}
    return out


def search_hits(live: object, text: str, limit: int) -> list[dict[str, object]]:
    """Search hits with their labels, types, validity and place context (``bomay search`` gives the same)."""
    from bomay.graph import lookup

    found = lookup.search(live.view, text, limit, index=live.snapshot.search)  # type: ignore[attr-defined]
    return [{**c.as_dict(), "href": href(c.iri)} for c in found]
