"""A remote store: a SPARQL 1.1 server (plain ``oxigraph serve``, Fuseki, Virtuoso) spoken to the
way such servers accept it.

- Queries go as GET, or as a form-encoded POST when long; the Accept header follows the query
  form (SPARQL JSON for SELECT/ASK, N-Triples for CONSTRUCT/DESCRIBE).
- No reliance on a union default graph: every query names bomay's graphs with the protocol's
  ``default-graph-uri``/``named-graph-uri`` parameters, so a server that keeps its default graph
  apart (plain Oxigraph) or holds graphs of its own (Virtuoso) answers like the embedded store.
  bomay's graphs are those listed in a registry graph bomay writes (under bomay's graph
  namespace); nothing outside that namespace is ever listed or deleted.
- Writes go through the Graph Store protocol in chunks: a live graph's new version into a
  staging graph, a graph not live yet straight to its name (unread until listed). Only when every
  chunk is in are the staged graphs moved over the live ones and the registry rewritten, by one
  SPARQL Update. A failed upload leaves the previous build answering; the registry lists each
  graph before its upload, so what a killed build left is dropped by the next write.
- A server's row cap (Virtuoso's ResultSetMaxRows, 10,000 by default, told in the
  ``X-SPARQL-MaxRows`` header) is detected, and a capped SELECT is read page by page.

Where the endpoints are: ``BOMAY_STORE_KIND`` (oxigraph, fuseki, virtuoso) picks the preset
URLs below from the store URL; ``BOMAY_QUERY_URL``, ``BOMAY_UPDATE_URL`` and ``BOMAY_GSP_URL``
override each. Credentials: ``BOMAY_STORE_USER`` and ``BOMAY_STORE_PASSWORD`` (Basic, or Digest
with ``BOMAY_STORE_AUTH=digest``, which Virtuoso's ``/sparql-auth`` wants), or a ``BOMAY_TOKEN``
bearer token.
"""

from __future__ import annotations

import contextlib
import os
import re
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx
import pyoxigraph as ox

from bomay.errors import QueryError, StoreError
from bomay.graph.errors import EndpointTimeout, endpoint_error, mapped_errors
from bomay.graph.store import Dataset, GraphPart, Progress, QueryResult, Term, solutions_to_result
from bomay.namespaces import BM, GRAPH
from bomay.queries.binding import query_form, split_prologue, top_level_words

RESULTS_JSON = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
FORM = "application/x-www-form-urlencoded"
GET_MAX = 1800  # bytes of URL past which a query is POSTed as a form (proxies cut long URLs)
CHUNK_TRIPLES = 50_000  # triples per Graph Store request
REGISTRY = GRAPH + "bomay/registry"  # lists bomay's live graphs
REGISTERED = BM + "liveGraph"
STAGING = GRAPH + "bomay/staging/"
STAGED = BM + "stagingGraph"  # registry: a staging graph being written (object: its build)
DEFAULT_READ_TIMEOUT = 600.0

# Endpoint URLs per server kind, from the store URL's origin ({base}) or its path ({url}).
PRESETS: dict[str, dict[str, str]] = {
    # oxigraph serve: /query, /update, /store
    "oxigraph": {"query": "{sibling}/query", "update": "{sibling}/update", "gsp": "{sibling}/store"},
    # Fuseki: /DATASET/query (or /sparql), /DATASET/update, /DATASET/data
    "fuseki": {"query": "{url}", "update": "{sibling}/update", "gsp": "{sibling}/data"},
    # Virtuoso: /sparql for queries and updates (form field update=), /sparql-graph-crud for graphs;
    # with credentials the -auth variants, which ask for Digest.
    "virtuoso": {"query": "{base}/sparql", "update": "{base}/sparql", "gsp": "{base}/sparql-graph-crud"},
}
_RDF_MEDIA = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "text/ntriples": ox.RdfFormat.N_TRIPLES,
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
_RESULT_MEDIA = {
    RESULTS_JSON: ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}


@dataclass(frozen=True)
class Endpoints:
    kind: str
    query: str
    update: str
    gsp: str


def guess_kind(url: str) -> str:
    """The server kind a store URL suggests: Virtuoso's endpoint is /sparql at the root, Oxigraph's /query."""
    path = urlsplit(url).path.rstrip("/")
    if path == "/sparql":
        return "virtuoso"
    return "oxigraph"


def endpoints(url: str, env: Mapping[str, str] | None = None) -> Endpoints:
    """The query, update and graph-store URLs for a store URL, by preset and overrides."""
    env = os.environ if env is None else env
    kind = (env.get("BOMAY_STORE_KIND") or guess_kind(url)).lower()
    if kind not in PRESETS:
        raise StoreError(f"BOMAY_STORE_KIND={kind!r}: want one of {', '.join(PRESETS)}")
    parts = urlsplit(url)
    base = f"{parts.scheme}://{parts.netloc}"
    trimmed = url.rstrip("/")
    sibling = trimmed.rsplit("/", 1)[0] if re.search(r"/(query|sparql)$", trimmed) else trimmed
    preset = {k: v.format(base=base, url=trimmed, sibling=sibling) for k, v in PRESETS[kind].items()}
    if kind == "oxigraph" and sibling != trimmed:
        preset["query"] = trimmed  # the URL given is the query endpoint itself
    if kind == "virtuoso" and env.get("BOMAY_STORE_USER"):
        preset = {"query": base + "/sparql-auth", "update": base + "/sparql-auth",
                  "gsp": base + "/sparql-graph-crud-auth"}
    return Endpoints(kind, env.get("BOMAY_QUERY_URL") or preset["query"],
                     env.get("BOMAY_UPDATE_URL") or preset["update"], env.get("BOMAY_GSP_URL") or preset["gsp"])


def _auth(env: Mapping[str, str]) -> tuple[httpx.Auth | None, dict[str, str]]:
    user, password = env.get("BOMAY_STORE_USER"), env.get("BOMAY_STORE_PASSWORD", "")
    token = env.get("BOMAY_TOKEN")
    if user:
        scheme = env.get("BOMAY_STORE_AUTH", "basic").lower()
        if scheme not in ("basic", "digest"):
            raise StoreError(f"BOMAY_STORE_AUTH={scheme!r}: want basic or digest")
        return (httpx.DigestAuth(user, password) if scheme == "digest" else httpx.BasicAuth(user, password)), {}
    if token:
        return None, {"Authorization": f"Bearer {token}"}
    return None, {}


def in_namespace(graph: str) -> bool:
    return graph.startswith(GRAPH) and not graph.startswith((REGISTRY, STAGING))


class RemoteStore:
    """A SPARQL server used as the store."""

    def __init__(self, url: str, read_timeout: float = DEFAULT_READ_TIMEOUT,
                 transport: httpx.BaseTransport | None = None, env: Mapping[str, str] | None = None) -> None:
        env = os.environ if env is None else env
        self.location = url
        self.endpoints = endpoints(url, env)
        self.query_url = self.endpoints.query
        self.update_url = self.endpoints.update
        self.gsp_url = self.endpoints.gsp
        auth, headers = _auth(env)
        timeout = httpx.Timeout(connect=10.0, read=read_timeout, write=600.0, pool=10.0)
        self._client = httpx.Client(timeout=timeout, headers=headers, auth=auth, transport=transport)
        self._graphs: list[str] | None = None
        self._checked = False

    def close(self) -> None:
        self._client.close()

    # -- talking to the server ---------------------------------------------------------------

    def _send(self, method: str, url: str, **kwargs: object) -> httpx.Response:
        try:
            response = self._client.request(method, url, **kwargs)  # type: ignore[arg-type]
        except httpx.TimeoutException as exc:
            raise EndpointTimeout(f"the SPARQL server {url} did not answer in time: {exc}") from exc
        except httpx.HTTPError as exc:
            raise StoreError(f"cannot reach the SPARQL endpoint {url}: {exc}") from exc
        if response.status_code >= 400:
            raise endpoint_error(response.status_code, url, method, response.text)
        return response

    def check(self) -> None:
        """Ask the query URL a trivial question once, so a wrong URL fails with a clear message."""
        if self._checked:
            return
        response = self._send("GET", self.query_url, params={"query": "ASK {}"}, headers={"Accept": RESULTS_JSON})
        ctype = _media(response)
        if ctype not in _RESULT_MEDIA:
            raise StoreError(f"{self.query_url} is not a SPARQL query endpoint (it answered {ctype or 'no type'} "
                             f"to ASK {{}}); set BOMAY_STORE_KIND or BOMAY_QUERY_URL")
        self._checked = True

    def _request(self, sparql: str, dataset: Dataset | None, accept: str) -> httpx.Response:
        """GET when the URL stays short, else a form-encoded POST (both understood by every server)."""
        self.check()
        fields: list[tuple[str, str | int | float | bool | None]] = [("query", sparql)]  # httpx's type
        if dataset is None:
            graphs = self.bomay_graphs()
            dataset = Dataset(graphs, graphs)
        # As on the embedded store: default graphs not given make an empty default graph, named
        # graphs not given are all of bomay's. An empty list names a graph that never exists, or
        # the server would pick its own (Virtuoso: every graph it holds).
        defaults = dataset.default_graphs or [STAGING + "none"]
        named = self.bomay_graphs() if dataset.named_graphs is None else dataset.named_graphs
        fields += [("default-graph-uri", g) for g in defaults]
        fields += [("named-graph-uri", g) for g in named or [STAGING + "none"]]
        headers = {"Accept": accept}
        encoded = str(httpx.QueryParams(fields))
        if len(encoded) + len(self.query_url) <= GET_MAX:
            return self._send("GET", self.query_url, params=fields, headers=headers)
        return self._send("POST", self.query_url, content=encoded.encode("ascii"),
                          headers={**headers, "Content-Type": FORM})

    def raw_query(self, sparql: str, dataset: Dataset | None = None) -> object:
        form = query_form(sparql)
        if form in ("CONSTRUCT", "DESCRIBE"):
            response = self._request(sparql, dataset, f"{N_TRIPLES}, text/plain;q=0.8, text/turtle;q=0.5")
            return self._triples(response)
        response = self._request(sparql, dataset, f"{RESULTS_JSON}, application/sparql-results+xml;q=0.8")
        result = self._solutions(response)
        cap = _row_cap(response)
        if form == "SELECT" and isinstance(result, ox.QuerySolutions) and cap:
            rows = list(result)
            if len(rows) >= cap:
                return self._paged(sparql, dataset, cap, result.variables)
            return _solutions_of(result.variables, rows)
        if isinstance(result, ox.QuerySolutions) and _BOOLEAN.value.encode() in response.content:
            return _solutions_of(result.variables, list(result))  # booleans in their canonical form
        return result

    def query(self, sparql: str) -> QueryResult:
        result = self.raw_query(sparql)
        with mapped_errors():
            return solutions_to_result(result)

    def _solutions(self, response: httpx.Response) -> object:
        state = response.headers.get("x-sql-state")
        if state:  # Virtuoso's "anytime" answer: the time limit cut the query, the rows are partial
            raise QueryError(f"the server stopped the query at its time limit and answered partly ({state}: "
                             f"{response.headers.get('x-sql-message', '').strip()}); raise its "
                             "MaxQueryExecutionTime or narrow the query")
        fmt = _RESULT_MEDIA.get(_media(response))
        if fmt is None:
            raise QueryError(f"the endpoint answered a SELECT/ASK with {_media(response) or 'no type'}, "
                             "not SPARQL results")
        try:
            return ox.parse_query_results(response.content, format=fmt)
        except SyntaxError as exc:
            raise QueryError(f"the endpoint's answer is not valid SPARQL results: {exc}") from exc

    def _triples(self, response: httpx.Response) -> list[ox.Triple]:
        fmt = _RDF_MEDIA.get(_media(response))
        if fmt is None:
            raise QueryError(f"the endpoint answered a CONSTRUCT/DESCRIBE with {_media(response) or 'no type'}, "
                             "not RDF triples")
        try:
            return [q.triple for q in ox.parse(response.content, format=fmt)]
        except SyntaxError as exc:
            raise QueryError(f"the endpoint's answer is not valid {fmt.name}: {exc}") from exc

    def _paged(self, sparql: str, dataset: Dataset | None, cap: int, variables: list[ox.Variable]) -> object:
        """A SELECT the server cut at its row cap, read again page by page with LIMIT/OFFSET."""
        words = top_level_words(sparql)
        if "LIMIT" in words or "OFFSET" in words:
            raise QueryError(f"the server returns at most {cap:,} rows per query and this query has its own "
                             "LIMIT/OFFSET: page it yourself or raise the server's row cap")
        rows: list[ox.QuerySolution] = []
        offset = 0
        if "ORDER" in words:
            # A sort with an offset past the cap is refused (Virtuoso's "Sorted TOP"): sort inside a
            # sub-select and page the sorted rows outside it.
            prologue, body = split_prologue(sparql)
            template = prologue + "SELECT * WHERE {{ {{ " + body.replace("{", "{{").replace("}", "}}") + \
                "\n}} }}\nLIMIT {cap} OFFSET {offset}"
        else:
            template = sparql.replace("{", "{{").replace("}", "}}") + "\nLIMIT {cap} OFFSET {offset}"
        while True:
            page = self._solutions(self._request(template.format(cap=cap, offset=offset), dataset,
                                                 f"{RESULTS_JSON}, application/sparql-results+xml;q=0.8"))
            assert isinstance(page, ox.QuerySolutions)
            got = list(page)
            rows.extend(got)
            if len(got) < cap:
                return _solutions_of(variables, rows)
            offset += cap

    def update(self, sparql_update: str) -> None:
        """A SPARQL Update as a form field (what Virtuoso's /sparql wants; Oxigraph and Fuseki take it too)."""
        self._send("POST", self.update_url, content=str(httpx.QueryParams({"update": sparql_update})).encode("ascii"),
                   headers={"Content-Type": FORM})
        self._graphs = None

    # -- bomay's graphs --------------------------------------------------------------------------

    def bomay_graphs(self) -> list[str]:
        """The live graphs the registry lists (only graphs under bomay's graph namespace)."""
        if self._graphs is None:
            response = self._request(f"SELECT ?g WHERE {{ ?g <{REGISTERED}> true }}",
                                     Dataset([REGISTRY], []), RESULTS_JSON)
            result = self._solutions(response)
            assert isinstance(result, ox.QuerySolutions)
            self._graphs = sorted(g.value for (g,) in result if isinstance(g, ox.NamedNode) and in_namespace(g.value))
        return self._graphs

    def named_graphs(self) -> list[str]:
        return list(self.bomay_graphs())

    # -- writing ---------------------------------------------------------------------------------

    def _check_writable(self) -> None:
        """The update and graph-store URLs answer (before anything is written)."""
        self.check()
        probe = STAGING + "probe-" + uuid.uuid4().hex[:8]
        self._send("PUT", self.gsp_url, params={"graph": probe}, content=b"", headers={"Content-Type": N_TRIPLES})
        self.update(f"DROP SILENT GRAPH <{probe}>")

    def _upload(self, graph: str, triples: list[ox.Triple]) -> None:
        """One graph in chunks: a PUT for the first (replacing what was there), POSTs (appends) after."""
        chunks = [triples[i:i + CHUNK_TRIPLES] for i in range(0, len(triples), CHUNK_TRIPLES)] or [[]]
        for n, chunk in enumerate(chunks):
            body = ox.serialize(chunk, format=ox.RdfFormat.N_TRIPLES) or b""
            self._send("PUT" if n == 0 else "POST", self.gsp_url, params={"graph": graph}, content=body,
                       headers={"Content-Type": N_TRIPLES})

    def _drop_abandoned(self, live: set[str]) -> None:
        """Drop the graphs an interrupted write left (the registry lists each before its upload
        starts): only unlisted graphs under bomay's namespace or its staging namespace."""
        result = self.raw_query(f"SELECT ?g ?b WHERE {{ ?g <{STAGED}> ?b }}", Dataset([REGISTRY], []))
        assert isinstance(result, ox.QuerySolutions)
        marks = [(g.value, b.value) for g, b in result if isinstance(g, ox.NamedNode) and isinstance(b, ox.NamedNode)]
        for graph, _ in marks:
            if graph.startswith(STAGING) or (in_namespace(graph) and graph not in live):
                self.update(f"DROP SILENT GRAPH <{graph}>")
        self._unmark(marks)

    def _unmark(self, marks: list[tuple[str, str]]) -> None:
        self._marking("DELETE", marks)

    def _marking(self, verb: str, marks: list[tuple[str, str]]) -> None:
        """List (INSERT) or unlist (DELETE) graphs being written in the registry."""
        if marks:
            rows = " ".join(f"<{g}> <{STAGED}> <{b}> ." for g, b in marks)
            self.update(f"{verb} DATA {{ GRAPH <{REGISTRY}> {{ {rows} }} }}")

    def _write(self, parts: Iterable[GraphPart], progress: Progress | None, whole: bool) -> int:
        self._check_writable()
        merged = list(_merged(parts))
        for part in merged:
            if not in_namespace(part.graph):
                raise StoreError(f"{part.graph}: a remote store holds only graphs under {GRAPH}")
        live = set(self.bomay_graphs())
        self._drop_abandoned(live)
        build = uuid.uuid4().hex[:12]
        # A live graph is written beside it and moved over it at the end; a graph that is not
        # live yet goes straight to its name, unread until the registry lists it (no copy).
        targets = {part.graph: f"{STAGING}{build}/{n}" if part.graph in live else part.graph
                   for n, part in enumerate(merged)}
        marks = [(target, STAGING + build) for target in targets.values()]
        self._marking("INSERT", marks)  # listed first: a killed upload's graphs are dropped by the next write
        staged: dict[str, str] = {}
        written = 0
        try:
            for part in merged:
                target = targets[part.graph]
                self._upload(target, part.triples)
                staged[part.graph] = target
                written += len(part)
                if progress:
                    progress(part.graph, len(part))
        except BaseException:
            with contextlib.suppress(StoreError):
                for target in targets.values():
                    self.update(f"DROP SILENT GRAPH <{target}>")
                self._unmark(marks)
            raise
        keep = set(staged) if whole else live | set(staged)
        ops = [f"MOVE SILENT GRAPH <{target}> TO <{graph}>" for graph, target in staged.items() if target != graph]
        ops += [f"DROP SILENT GRAPH <{graph}>" for graph in sorted(live - keep)]
        ops.append(f"DROP SILENT GRAPH <{REGISTRY}>")
        if keep:
            rows = " ".join(f"<{g}> <{REGISTERED}> true ." for g in sorted(keep))
            ops.append(f"INSERT DATA {{ GRAPH <{REGISTRY}> {{ {rows} }} }}")
        if self.endpoints.kind == "virtuoso":
            # Virtuoso applies an update statement by statement anyway, and refuses one whose
            # transaction log grows past its limit: one statement per request.
            for op in ops:
                self.update(op)
        else:
            self.update(" ;\n".join(ops))  # Oxigraph applies it as one transaction
        return written

    def replace_graphs(self, parts: Iterable[GraphPart], progress: Progress | None = None) -> int:
        """Replace each part's graph; the others stay."""
        return self._write(parts, progress, whole=False)

    def rebuild(self, parts: Iterable[GraphPart], progress: Progress | None = None) -> int:
        """Replace bomay's graphs with these; bomay's graphs no part names are dropped."""
        return self._write(parts, progress, whole=True)

    # -- reading whole graphs --------------------------------------------------------------------

    def graph_triples(self, graph: str) -> list[ox.Triple]:
        """One graph's triples: a Graph Store GET, checked against a count; a server that cut it
        (Virtuoso's GET stops at its row cap) is read again as a SELECT, page by page."""
        response = self._send("GET", self.gsp_url, params={"graph": graph},
                              headers={"Accept": f"{N_TRIPLES}, text/plain;q=0.8, text/turtle;q=0.5"})
        triples = self._triples(response)
        counted = self.raw_query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", Dataset([graph], []))
        assert isinstance(counted, ox.QuerySolutions)
        (total,) = next(iter(counted))
        expected = int(total.value) if total is not None else -1
        if expected != len(triples):
            # Paged in the server's own order (a sort per page cost minutes); checked by the count.
            rows = self.raw_query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }", Dataset([graph], []))
            assert isinstance(rows, ox.QuerySolutions)
            triples = list({ox.Triple(*row): None for row in rows})
            if len(triples) != expected:
                raise StoreError(f"{graph}: the server listed {len(triples):,} of its {expected:,} triples "
                                 "across pages; raise its row cap (ResultSetMaxRows) above the graph's size")
        return [ox.Triple(t.subject, t.predicate, _canonical(t.object)) for t in triples]

    def dump(self, fmt: ox.RdfFormat, graph: str | None = None) -> bytes:
        """Export graph by graph (no server-wide dump is assumed)."""
        if graph is not None:
            return ox.serialize(self.graph_triples(graph), format=fmt) or b""
        if fmt.supports_datasets:
            quads = (ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(g))
                     for g in self.bomay_graphs() for t in self.graph_triples(g))
            return ox.serialize(quads, format=fmt) or b""
        triples = {t for g in self.bomay_graphs() for t in self.graph_triples(g)}
        return ox.serialize(sorted(triples, key=str), format=fmt) or b""


def _merged(parts: Iterable[GraphPart]) -> Iterator[GraphPart]:
    """Parts in order, a graph given twice keeping only its later part (as the embedded store does)."""
    latest: dict[str, GraphPart] = {}
    for part in parts:
        latest.pop(part.graph, None)
        latest[part.graph] = part
    yield from latest.values()


_BOOLEAN = ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")
_BOOLEAN_FORMS = {"1": "true", "0": "false"}


def _canonical(term: Term) -> Term:
    """A boolean in its canonical form: Virtuoso stores ``true`` and answers ``"1"^^xsd:boolean``."""
    if isinstance(term, ox.Literal) and term.datatype == _BOOLEAN and term.value in _BOOLEAN_FORMS:
        return ox.Literal(_BOOLEAN_FORMS[term.value], datatype=_BOOLEAN)
    return term


def _media(response: httpx.Response) -> str:
    return response.headers.get("content-type", "").split(";")[0].strip().lower()


def _row_cap(response: httpx.Response) -> int | None:
    """The server's row cap if it says it has one (Virtuoso: ``X-SPARQL-MaxRows``)."""
    value = response.headers.get("x-sparql-maxrows")
    return int(value) if value and value.isdigit() else None


def _solutions_of(variables: list[ox.Variable], rows: list[ox.QuerySolution]) -> ox.QuerySolutions:
    """Rows read from the server as one pyoxigraph solutions object (via TSV, which keeps every term),
    booleans in their canonical form."""
    lines = ["\t".join(f"?{v.value}" for v in variables)]
    for row in rows:
        lines.append("\t".join("" if t is None else str(_canonical(t)) for t in row))
    result = ox.parse_query_results("\n".join(lines) + "\n", format=ox.QueryResultsFormat.TSV)
    assert isinstance(result, ox.QuerySolutions)
    return result
