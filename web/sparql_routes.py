"""``/sparql``: the SPARQL 1.1 Protocol (query operation) and the service description."""

from __future__ import annotations

import logging

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from starlette.types import Receive, Scope, Send

from bomay.graph.queryrun import with_prefixes
from bomay.web.execute import QueryJob
from bomay.web.formats import GRAPH_FORMATS, OX_GRAPH, UnknownFormat, choose_formats, parse_accept
from bomay.web.http import Problem, answer_response, decode_utf8, media_type, parse_form, problem_response, read_body

router = APIRouter()
log = logging.getLogger("bomay.web")

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS_NS = "http://www.w3.org/ns/formats/"
VOID = "http://rdfs.org/ns/void#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
MAX_SD_GRAPHS = 500
_RESULT_FORMATS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                   "Turtle", "N-Triples", "JSON-LD", "RDF_XML")


def build_job(request: Request, pairs: list[tuple[str, str]], query: str | None) -> QueryJob:
    """A job from the protocol parameters (URL or form pairs) and the query text."""
    config = request.app.state.config
    if query is None:
        values = [v for k, v in pairs if k == "query"]
        if len(values) > 1:
            raise Problem(400, "more than one 'query' parameter")
        query = values[0] if values else None
    if not query or not query.strip():
        if any(k == "update" for k, _ in pairs):
            raise Problem(400, "this is the query endpoint; send SPARQL Update to /update")
        raise Problem(400, "no query: give ?query=... (GET), a form field query=... or an "
                           "application/sparql-query body (POST)")
    if len(query.encode("utf-8")) > config.max_body:
        raise Problem(413, f"query too large: the limit is {config.max_body:,} bytes (--max-body)")
    format_values = [v for k, v in pairs if k == "format"]
    try:
        solutions, graph = choose_formats(request.headers.get("accept"), format_values[-1] if format_values else None)
    except UnknownFormat as exc:
        raise Problem(400, str(exc)) from exc
    defaults = [v for k, v in pairs if k == "default-graph-uri"]
    named = [v for k, v in pairs if k == "named-graph-uri"]
    return QueryJob(
        sparql=with_prefixes(query),
        solutions_format=solutions,
        graph_format=graph,
        max_results=config.max_results,
        default_graphs=defaults or None,
        named_graphs=named or None,
    )


async def _answer(request: Request, job: QueryJob) -> Response:
    answer = await request.app.state.backend.run_query(job)
    return answer_response(answer)


async def sparql_get(request: Request) -> Response:
    """GET /sparql: a query in ``?query=``, or, without one, the service description."""
    pairs = list(request.query_params.multi_items())
    if not any(k == "query" for k, _ in pairs):
        ranges = [m for m, _ in parse_accept(request.headers.get("accept"))]
        if ranges and ranges[0] in ("text/html", "application/xhtml+xml"):
            return RedirectResponse("/query", status_code=303)
        return service_description(request)
    return await _answer(request, build_job(request, pairs, None))


async def sparql_post(request: Request) -> Response:
    """POST /sparql: a form with ``query=`` or an ``application/sparql-query`` body."""
    config = request.app.state.config
    body = await read_body(request, config.max_body)
    pairs = list(request.query_params.multi_items())
    ctype = media_type(request)
    if ctype == "application/sparql-query":
        return await _answer(request, build_job(request, pairs, decode_utf8(body, "query")))
    if ctype == "application/x-www-form-urlencoded":
        return await _answer(request, build_job(request, pairs + parse_form(body), None))
    if ctype == "application/sparql-update":
        raise Problem(400, "this is the query endpoint; send SPARQL Update to /update")
    raise Problem(415, f"unsupported Content-Type {ctype or '(none)'!r}: POST a query as "
                       "application/sparql-query or application/x-www-form-urlencoded")


# The routes: for the OpenAPI document, and what runs when the app is mounted inside another.
router.add_api_route("/sparql", sparql_get, methods=["GET"], response_class=Response,
                     summary="SPARQL query (GET), or the service description without a query",
                     openapi_extra={"parameters": [
                         {"name": "query", "in": "query", "required": False, "schema": {"type": "string"},
                          "description": "The SPARQL query; without it the answer is the service description."},
                         {"name": "default-graph-uri", "in": "query", "required": False,
                          "schema": {"type": "array", "items": {"type": "string"}}, "explode": True,
                          "description": "Graphs whose union is the query's default graph (repeatable)."},
                         {"name": "named-graph-uri", "in": "query", "required": False,
                          "schema": {"type": "array", "items": {"type": "string"}}, "explode": True,
                          "description": "Graphs the query may name in GRAPH (repeatable)."},
                         {"name": "format", "in": "query", "required": False,
                          "schema": {"type": "string", "enum": ["json", "xml", "csv", "tsv", "turtle", "nt",
                                                                 "jsonld", "rdfxml"]},
                          "description": "Result format, instead of the Accept header."}]})
router.add_api_route("/sparql", sparql_post, methods=["POST"], response_class=Response,
                     summary="SPARQL query (POST form or application/sparql-query body)",
                     openapi_extra={"requestBody": {"required": True, "content": {
                         "application/sparql-query": {"schema": {"type": "string"}},
                         "application/x-www-form-urlencoded": {"schema": {
                             "type": "object", "required": ["query"], "properties": {
                                 "query": {"type": "string"}, "format": {"type": "string"}}}}}}})


async def answer_directly(scope: Scope, receive: Receive, send: Send) -> bool:
    """Answer a GET/POST ``/sparql`` before FastAPI's middleware and routing run; False for anything else.

    The endpoint is the hot path: routing, dependency solving and the middleware layers cost
    more than a small query. The handlers are the same functions the routes call; the CORS
    header for simple requests is added here (preflights still go to the CORS middleware).
    """
    method = scope.get("method")
    if scope["type"] != "http" or scope["path"] != "/sparql" or method not in ("GET", "POST"):
        return False
    request = Request(scope, receive)
    try:
        response = await (sparql_get(request) if method == "GET" else sparql_post(request))
    except Problem as problem:
        response = problem_response(problem)
    except Exception as exc:  # what the server-error middleware would have done
        log.exception("error while answering a SPARQL request")
        response = problem_response(Problem(500, f"internal error: {exc!r}"))
    if "origin" in request.headers:
        response.headers["Access-Control-Allow-Origin"] = "*"
        response.headers["Access-Control-Expose-Headers"] = "Content-Type, Retry-After"
    await response(scope, receive, send)
    return True


def service_description(request: Request) -> Response:
    """The endpoint described in the SPARQL 1.1 Service Description vocabulary."""
    app_state = request.app.state
    base = str(request.base_url).rstrip("/")
    service = ox.NamedNode(base + "/sparql")

    def sd(local: str) -> ox.NamedNode:
        return ox.NamedNode(SD + local)

    triples = [
        ox.Triple(service, RDF_TYPE, sd("Service")),
        ox.Triple(service, sd("endpoint"), service),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
    ]
    if app_state.config.writes_enabled and app_state.backend.kind == "local":
        triples.append(ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Update")))
    triples += [ox.Triple(service, sd("resultFormat"), ox.NamedNode(FORMATS_NS + f)) for f in _RESULT_FORMATS]
    summary = app_state.backend.live.snapshot.summary
    dataset = ox.BlankNode()
    default_graph = ox.BlankNode()
    triples += [
        ox.Triple(service, sd("defaultDataset"), dataset),
        ox.Triple(dataset, RDF_TYPE, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), default_graph),
        ox.Triple(default_graph, RDF_TYPE, sd("Graph")),
        ox.Triple(default_graph, ox.NamedNode(VOID + "triples"), ox.Literal(str(summary.triples),
                                                                             datatype=ox.NamedNode(
                                                                                 "http://www.w3.org/2001/XMLSchema#integer"))),
    ]
    for group in summary.sources:
        for graph in group.examples[:MAX_SD_GRAPHS]:
            node = ox.BlankNode()
            triples += [ox.Triple(dataset, sd("namedGraph"), node), ox.Triple(node, sd("name"), ox.NamedNode(graph))]
    ranges = [m for m, _ in parse_accept(request.headers.get("accept"))]
    chosen = GRAPH_FORMATS["turtle"]
    for range_ in ranges:
        match = next((f for f in GRAPH_FORMATS.values() if f.media_type == range_), None)
        if match:
            chosen = match
            break
    fmt = OX_GRAPH[chosen.name]
    if chosen.name == "turtle":
        body = ox.serialize(triples, format=fmt, prefixes={"sd": SD, "void": VOID})
    else:
        body = ox.serialize(triples, format=fmt)
    return Response(body, media_type=chosen.media_type, headers={"Vary": "Accept"})
