"""HTML pages and dereferenceable IRIs: home, query editor, search, entity pages, ontology docs.

Every bomay IRI (``https://w3id.org/bomay/id/...``, ``.../topic/...``, ``.../ontology``) is
served at the same path here, with content negotiation: HTML for browsers, Turtle,
N-Triples, JSON-LD or RDF/XML by ``Accept``, by ``?format=`` or by a file extension.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path
from typing import Any, cast
from urllib.parse import quote, urlencode

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool

from bomay.namespaces import BASE, ONTOLOGY_IRI, compact
from bomay.queries import list_queries
from bomay.web.api_routes import query_info
from bomay.web.entity import Labeller, describe, describe_triples, href
from bomay.web.formats import (
    GRAPH_FORMATS,
    OX_GRAPH,
    TURTLE_PREFIXES,
    Format,
    graph_format_by_name,
    parse_accept,
    wants_html,
)
from bomay.web.http import Problem
from bomay.web.i18n import LANGUAGES, choose_language, remember, translator
from bomay.web.ontology_doc import ontology_bytes, ontology_doc

router = APIRouter(include_in_schema=False)
TEMPLATES = Jinja2Templates(directory=str(Path(str(resources.files("bomay.web").joinpath("templates")))))
TEMPLATES.env.globals.update(href=href, compact=compact)
NAMESPACE_SEGMENTS = ("id", "topic", "doctype", "level", "unittype", "role", "action", "frequency", "relation",
                      "review", "graph")
EXTENSIONS = {"ttl": "turtle", "nt": "ntriples", "jsonld": "jsonld", "rdf": "rdfxml", "owl": "rdfxml",
              "html": "html"}


def page_context(request: Request) -> dict[str, object]:
    """What every template on the layout needs: build, navigation, language and its words."""
    state = request.app.state
    lang = choose_language(request)
    return {"request": request, "build": state.backend.live.snapshot.build, "nav_links": state.nav_links,
            "writes_enabled": state.config.writes_enabled, "lang": lang, "t": translator(lang),
            "lang_links": {code: _with_lang(request, code) for code in LANGUAGES}}


def render(request: Request, template: str, status: int = 200, **context: object) -> HTMLResponse:
    """A page on the shared layout, in the language the request asks for."""
    context.update(page_context(request))
    response = TEMPLATES.TemplateResponse(request, template, context, status_code=status)
    remember(request, response)
    return response


def render_fragment(request: Request, template: str, **context: object) -> str:
    """A piece of the layout (the navigation bar) for a page built elsewhere (the graph view)."""
    return TEMPLATES.get_template(template).render({**context, **page_context(request)})


def _with_lang(request: Request, code: str) -> str:
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"] + [("lang", code)]
    return request.url.path + "?" + urlencode(params)


def rdf_format(request: Request, extension: str | None) -> Format | None:
    """The RDF format a request asks for, or None when it wants HTML."""
    name = EXTENSIONS.get(extension or "") or request.query_params.get("format")
    if name:
        if name == "html":
            return None
        fmt = graph_format_by_name(name)
        if fmt is None:
            raise Problem(400, f"unknown format {name!r}; use html, turtle, ntriples, jsonld or rdfxml")
        return fmt
    accept = request.headers.get("accept")
    if wants_html(accept):
        return None
    for media, _ in parse_accept(accept):
        for fmt in GRAPH_FORMATS.values():
            if fmt.media_type == media or (media == "application/json" and fmt.name == "jsonld"):
                return fmt
    return GRAPH_FORMATS["turtle"]


def rdf_response(triples: list[ox.Triple], fmt: Format) -> Response:
    if fmt.name == "turtle":
        text = " ".join(str(t) for t in triples)
        used = {p: ns for p, ns in TURTLE_PREFIXES.items() if ns in text}
        body = ox.serialize(triples, format=OX_GRAPH[fmt.name], prefixes=used)
    else:
        body = ox.serialize(triples, format=OX_GRAPH[fmt.name])
    return Response(body or b"", media_type=fmt.media_type, headers={"Vary": "Accept"})


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    live = request.app.state.backend.live
    queries = list_queries()
    return render(request, "home.html", summary=live.snapshot.summary, snapshot=live.snapshot, queries=queries)


@router.get("/query", response_class=HTMLResponse)
def query_page(request: Request) -> HTMLResponse:
    gallery = [query_info(q) for q in list_queries()]
    for q in gallery:
        for p in cast(list[dict[str, Any]], q["parameters"]):
            p["example"] = p["default"] or (example_value(str(q["name"]), p) if p["required"] else "")
    initial = request.query_params.get("query", "")
    t = translator(choose_language(request))
    words = json.dumps({w: t(w) for w in ("yes", "no", "rows", "Map", "Timeline")}, ensure_ascii=False)
    return render(request, "query.html", gallery=gallery, initial_query=script_json(initial), words=words)


EXAMPLE_DATES = {"from": "2025-06-30", "to": "2025-07-01", "date": "2025-07-01"}
EXAMPLE_NAMES = {"province": "Thành phố Đà Nẵng"}


def example_value(query: str, param: dict[str, Any]) -> str:
    """A value that makes the question answer something, so a form never starts empty."""
    name, kind, text = str(param["name"]), param["type"], str(param.get("description") or "")
    if kind == "date":
        return EXAMPLE_DATES.get(name, "2025-07-01")
    quoted = re.search(r'e\.g\. "([^"]+)"', text)
    if quoted:
        return quoted.group(1)
    return EXAMPLE_NAMES.get(name, "")


def script_json(data: object) -> str:
    """JSON that is safe inside a <script> element (no way to close the element early)."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@router.get("/search", response_class=HTMLResponse)
async def search_page(request: Request) -> HTMLResponse:
    text = request.query_params.get("q", "").strip()
    lang = choose_language(request)
    hits = await run_in_threadpool(_labelled_hits, request.app.state.backend.live, text, lang) if text else []
    return render(request, "search.html", q=text, hits=hits)


def _labelled_hits(live: object, text: str, lang: str) -> list[dict[str, object]]:
    """The API's hits plus their types named in the page's language."""
    from bomay.graph import lookup

    view = live.view  # type: ignore[attr-defined]
    found = lookup.search(view, text, 50, index=live.snapshot.search)  # type: ignore[attr-defined]
    labeller = Labeller(view)
    labeller.fetch({t for c in found for t in c.types})
    prefer = (lang, "en", "vi", "")
    return [{**c.as_dict(), "href": href(c.iri), "type_labels": [labeller.label(t, prefer) for t in c.types]}
            for c in found]


@router.get("/ontology", response_class=Response)
def ontology(request: Request) -> Response:
    fmt = rdf_format(request, None)
    if fmt is None:
        return render(request, "ontology.html", doc=ontology_doc(), ontology_iri=ONTOLOGY_IRI)
    return Response(ontology_bytes(OX_GRAPH[fmt.name]), media_type=fmt.media_type, headers={"Vary": "Accept"})


@router.get("/ontology.{ext}", response_class=Response)
def ontology_file(request: Request, ext: str) -> Response:
    fmt = rdf_format(request, ext)
    if ext not in EXTENSIONS:
        raise Problem(404, f"no /ontology.{ext}; use .ttl, .nt, .jsonld or .rdf")
    if fmt is None:
        return ontology(request)
    return Response(ontology_bytes(OX_GRAPH[fmt.name]), media_type=fmt.media_type)


@router.get("/resource", response_class=Response)
def resource(request: Request, iri: str) -> Response:
    try:
        ox.NamedNode(iri)
    except ValueError as exc:
        raise Problem(400, f"not a valid IRI: {iri!r} ({exc})") from exc
    return entity_response(request, iri, None)


def entity_response(request: Request, iri: str, extension: str | None) -> Response:
    view = request.app.state.backend.live.view
    fmt = rdf_format(request, extension)
    if fmt is not None:
        triples = describe_triples(view, iri)
        if not triples:
            raise Problem(404, f"nothing in the graph is about <{iri}>")
        return rdf_response(triples, fmt)
    lang = choose_language(request)
    as_of = request.query_params.get("as_of", "")
    if as_of and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", as_of):
        raise Problem(400, f"as_of {as_of!r} is not a date (want YYYY-MM-DD)")
    entity = describe(view, iri, lang, translator(lang), as_of)
    alternates = {f.name: f"/resource?iri={quote(iri, safe='')}&format={f.name}" for f in GRAPH_FORMATS.values()}
    if iri.startswith(BASE):
        alternates = {f.name: f"{href(iri)}?format={f.name}" for f in GRAPH_FORMATS.values()}
    return render(request, "entity.html", status=200 if entity.exists else 404, entity=entity,
                  alternates=alternates)


def _namespace_route(segment: str):
    def handler(request: Request, rest: str) -> Response:
        iri = f"{BASE}{segment}/{rest}"
        stem, dot, ext = rest.rpartition(".")
        if dot and ext in EXTENSIONS and "/" not in ext:
            view = request.app.state.backend.live.view
            if not view.rows(f"SELECT ?p WHERE {{ {ox.NamedNode(iri)} ?p ?o }} LIMIT 1"):
                return entity_response(request, f"{BASE}{segment}/{stem}", ext)
        try:
            ox.NamedNode(iri)
        except ValueError as exc:
            raise Problem(400, f"not a valid IRI: {iri!r} ({exc})") from exc
        return entity_response(request, iri, None)

    handler.__name__ = f"entity_{segment}"
    return handler


for _segment in NAMESPACE_SEGMENTS:
    router.add_api_route(f"/{_segment}/{{rest:path}}", _namespace_route(_segment), methods=["GET"],
                         response_class=Response)


@router.get("/api-docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    return render(request, "api_docs.html")
