"""``/update`` (SPARQL Update) and ``/store`` (Graph Store Protocol).

Writes are refused (403) unless the server was started with a token; then they need
``Authorization: Bearer <token>``. Every write goes to the persistent store through its
atomic switch, and the answer is sent only once the server serves the new graph. Reading a
graph (GET, HEAD) needs no token.
"""

from __future__ import annotations

import hmac

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from bomay.errors import BomayError, QueryError
from bomay.web import writes
from bomay.web.formats import GRAPH_FORMATS, OX_GRAPH, parse_accept
from bomay.web.http import Problem, decode_utf8, media_type, parse_form, read_body

router = APIRouter()

_UPLOAD_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
_DATASET_FORMATS = {"application/n-quads": ox.RdfFormat.N_QUADS, "application/trig": ox.RdfFormat.TRIG}


def require_token(request: Request) -> None:
    config = request.app.state.config
    if not config.writes_enabled:
        raise Problem(403, "writes are disabled on this server: it was started without a token "
                           "(bomay serve --token ... or BOMAY_TOKEN) so /update and Graph Store writes are off")
    if request.app.state.backend.kind != "local":
        raise Problem(501, "this server proxies a remote SPARQL endpoint; send writes to that endpoint directly")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), config.token.encode()):
        raise Problem(401, "this write needs the header 'Authorization: Bearer <token>' with the server's token",
                      headers={"WWW-Authenticate": 'Bearer realm="bomay"'})


def _apply(request: Request, action, *args: object) -> None:
    """Run a write on the persistent store, then switch the served graph to the result."""
    backend = request.app.state.backend
    try:
        action(backend.store, *args)
    except QueryError as exc:
        raise Problem(400, str(exc)) from exc
    except BomayError as exc:
        raise Problem(409, str(exc)) from exc
    backend.reload_if_changed()


@router.post("/update", summary="SPARQL 1.1 Update (needs the bearer token)", status_code=204,
             response_class=Response)
async def update(request: Request) -> Response:
    require_token(request)
    body = await read_body(request, request.app.state.config.max_body)
    ctype = media_type(request)
    pairs = list(request.query_params.multi_items())
    if ctype == "application/sparql-update":
        text = decode_utf8(body, "update")
    elif ctype == "application/x-www-form-urlencoded":
        pairs += parse_form(body)
        values = [v for k, v in pairs if k == "update"]
        if len(values) != 1:
            raise Problem(400, "give exactly one form field update=...")
        text = values[0]
    else:
        raise Problem(415, f"unsupported Content-Type {ctype or '(none)'!r}: POST an update as "
                           "application/sparql-update or application/x-www-form-urlencoded")
    if any(k in ("using-graph-uri", "using-named-graph-uri") for k, _ in pairs):
        raise Problem(400, "using-graph-uri / using-named-graph-uri are not supported; write USING or "
                           "GRAPH clauses in the update itself")
    if not text.strip():
        raise Problem(400, "empty update")
    await run_in_threadpool(_apply, request, writes.apply_update, text)
    return Response(status_code=204)


def _target_graph(request: Request, write: bool) -> str | None:
    """The graph a Graph Store request names: an IRI, or None for the whole dataset (reads only)."""
    params = request.query_params
    graph = params.get("graph")
    if graph is not None and "default" in params:
        raise Problem(400, "give either ?graph=IRI or ?default, not both")
    if "default" in params:
        if write:
            raise Problem(400, "bomay keeps every triple in a named graph; write with ?graph=IRI")
        return ""
    if graph is None:
        if write:
            raise Problem(400, "name the graph to write with ?graph=IRI")
        return None
    try:
        ox.NamedNode(graph)
    except ValueError as exc:
        raise Problem(400, f"?graph={graph!r} is not a valid IRI: {exc}") from exc
    return graph


def _graph_exists(request: Request, graph: str) -> bool:
    backend = request.app.state.backend
    with backend.gate.shared():
        return backend.live.snapshot.store.contains_named_graph(ox.NamedNode(graph))


def _read(request: Request) -> Response:
    graph = _target_graph(request, write=False)
    backend = request.app.state.backend
    store = backend.live.snapshot.store
    if store is None:
        raise Problem(501, "this server proxies a remote endpoint; read graphs from it directly")
    ranges = [m for m, _ in parse_accept(request.headers.get("accept"))]
    if graph is None:
        fmt_media = next((m for m in ranges if m in _DATASET_FORMATS), "application/n-quads")
        with backend.gate.shared():
            body = store.dump(format=_DATASET_FORMATS[fmt_media])
        return Response(body, media_type=fmt_media)
    chosen = next((f for m in ranges for f in GRAPH_FORMATS.values() if f.media_type == m), GRAPH_FORMATS["turtle"])
    with backend.gate.shared():
        if graph and not store.contains_named_graph(ox.NamedNode(graph)):
            raise Problem(404, f"no graph {graph} in the store")
        source = ox.NamedNode(graph) if graph else ox.DefaultGraph()
        body = store.dump(format=OX_GRAPH[chosen.name], from_graph=source)
    return Response(body, media_type=chosen.media_type, headers={"Vary": "Accept"})


@router.get("/store", summary="Graph Store Protocol: read a graph (?graph=IRI), the default graph, or all",
            response_class=Response)
def store_get(request: Request) -> Response:
    return _read(request)


@router.head("/store", include_in_schema=False)
def store_head(request: Request) -> Response:
    full = _read(request)
    return Response(status_code=full.status_code, media_type=full.media_type,
                    headers={"Content-Length": str(len(full.body))})


async def _upload(request: Request) -> list[ox.Triple]:
    body = await read_body(request, request.app.state.config.max_body)
    ctype = media_type(request)
    if ctype not in _UPLOAD_FORMATS:
        raise Problem(415, f"unsupported Content-Type {ctype or '(none)'!r}; send one of "
                           f"{', '.join(sorted(_UPLOAD_FORMATS))}")
    try:
        return [q.triple for q in ox.parse(body, format=_UPLOAD_FORMATS[ctype])]
    except (SyntaxError, ValueError) as exc:
        raise Problem(400, f"the {ctype} body does not parse: {exc}") from exc


@router.put("/store", summary="Graph Store Protocol: replace a graph (needs the bearer token)",
            response_class=Response)
async def store_put(request: Request) -> Response:
    require_token(request)
    graph = _target_graph(request, write=True)
    assert graph
    triples = await _upload(request)
    existed = _graph_exists(request, graph)
    await run_in_threadpool(_apply, request, writes.replace_graph, graph, triples)
    return Response(status_code=204 if existed else 201)


@router.post("/store", summary="Graph Store Protocol: add triples to a graph (needs the bearer token)",
             response_class=Response)
async def store_post(request: Request) -> Response:
    require_token(request)
    graph = _target_graph(request, write=True)
    assert graph
    triples = await _upload(request)
    existed = _graph_exists(request, graph)
    await run_in_threadpool(_apply, request, writes.add_to_graph, graph, triples)
    return Response(status_code=204 if existed else 201)


@router.delete("/store", summary="Graph Store Protocol: delete a graph (needs the bearer token)",
               response_class=Response)
async def store_delete(request: Request) -> Response:
    require_token(request)
    graph = _target_graph(request, write=True)
    assert graph
    if not _graph_exists(request, graph):
        raise Problem(404, f"no graph {graph} in the store")
    await run_in_threadpool(_apply, request, writes.drop_graph, graph)
    return Response(status_code=204)
