"""The FastAPI application: ``create_app(config)`` loads the graph and wires the routers.

The routers are the SPARQL protocol, writes, the REST API, the analysis pages (``/viz``,
``/analytics``, ``/api/analytics``) and the HTML pages. Errors answer in the style of the route
they come from: JSON under ``/api``, plain text on the SPARQL protocol routes, an HTML page
on the layout everywhere else.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import Receive, Scope, Send

from bomay import __version__
from bomay.errors import BomayError, QueryError
from bomay.web import sparql_routes
from bomay.web.backend import Backend, make_backend
from bomay.web.config import ServeConfig
from bomay.web.http import Problem, problem_response

log = logging.getLogger("bomay.web")
PROTOCOL_PREFIXES = ("/sparql", "/update", "/store")


class BomayApp(FastAPI):
    """FastAPI, except that SPARQL queries are answered before the middleware stack."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            scope["app"] = self
            if await sparql_routes.answer_directly(scope, receive, send):
                return
        await super().__call__(scope, receive, send)


def create_app(config: ServeConfig, backend: Backend | None = None) -> FastAPI:
    """The app over the graph at ``config.store``, loaded (and its query workers started) now."""
    backend = backend or make_backend(config)
    backend.start()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        backend.close()

    app = BomayApp(
        title="bomay",
        version=__version__,
        description="SPARQL endpoint, named queries and pages over the bomay knowledge graph of Vietnam's "
                    "political-administrative apparatus.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
        lifespan=lifespan,
    )
    app.state.config = config
    app.state.backend = backend
    app.state.nav_links = [("/viz", "Graph view"), ("/analytics", "Analytics"), ("/load", "Reporting load")]
    app.add_middleware(
        CORSMiddleware,
        allow_origins=["*"],
        allow_methods=["GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS"],
        allow_headers=["*"],
        expose_headers=["Content-Type", "Retry-After"],
        max_age=3600,
    )

    @app.exception_handler(Problem)
    async def on_problem(request: Request, exc: Problem) -> Response:
        return error_response(request, exc)

    @app.exception_handler(QueryError)
    async def on_query_error(request: Request, exc: QueryError) -> Response:
        return error_response(request, Problem(400, str(exc)))

    @app.exception_handler(BomayError)
    async def on_bomay_error(request: Request, exc: BomayError) -> Response:
        return error_response(request, Problem(500, str(exc)))

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = "no such page" if exc.status_code == 404 else str(exc.detail)
        return error_response(request, Problem(exc.status_code, message, dict(exc.headers or {})))

    @app.exception_handler(RequestValidationError)
    async def on_invalid(request: Request, exc: RequestValidationError) -> Response:
        details = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ())[1:])}: {e.get('msg', '')}"
                            for e in exc.errors())
        return error_response(request, Problem(422, f"invalid request: {details}"))

    @app.get("/status", summary="Which build is served, when it was loaded, and its size")
    def status() -> JSONResponse:
        snap = backend.live.snapshot
        return JSONResponse({"build": snap.build, "loaded_at": snap.loaded_at,
                             "load_seconds": round(snap.load_seconds, 3), "triples": snap.summary.triples,
                             "graphs": snap.summary.graphs, "writes": config.writes_enabled,
                             "store": backend.kind})

    from bomay.web import analysis_routes, api_routes, load_routes, pages, write_routes

    app.include_router(sparql_routes.router)
    app.include_router(write_routes.router)
    app.include_router(api_routes.router)
    app.include_router(analysis_routes.router)
    app.include_router(load_routes.router)
    app.include_router(pages.router)
    static = Path(str(resources.files("bomay.web").joinpath("static")))
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    return app


def error_response(request: Request, problem: Problem) -> Response:
    """The error in the style of its route: JSON for the API, text for the protocol, else a page."""
    path = request.url.path
    if path.startswith("/api/") or path == "/api" or path == "/status" or path == "/openapi.json":
        return JSONResponse({"error": problem.message, "status": problem.status}, status_code=problem.status,
                            headers=problem.headers)
    if path.startswith(PROTOCOL_PREFIXES):
        return problem_response(problem)
    from bomay.web.pages import render

    try:
        return render(request, "error.html", status=problem.status, problem=problem)
    except Exception:  # no served graph to render with: say it plainly
        return problem_response(problem)
