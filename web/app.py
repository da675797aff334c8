"""The FastAPI application: ``create_app(config)`` loads the graph and wires the routers.

Extension hook: if a module ``bomay.analysis.web`` can be imported, its ``router`` (a FastAPI
``APIRouter``) is included, and its optional ``NAV_LINKS`` (list of ``(path, title)``) are
added to every page's navigation bar. Its handlers reach the served graph through
``request.app.state.backend.live`` (``.view.rows(sparql)`` / ``.view.triples(sparql)`` for
one consistent graph version, ``.snapshot`` for the build name and counts) and render with
``bomay.web.pages.render(request, template, **context)`` if they want the site's layout.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.types import Receive, Scope, Send

from bomay import __version__
from bomay.errors import BomayError, QueryError
from bomay.web import sparql_routes
from bomay.web.backend import Backend, make_backend
from bomay.web.config import ServeConfig
from bomay.web.http import Problem, problem_response

log = logging.getLogger("bomay.web")
EXTENSION_MODULES = ("bomay.analysis.web",)


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
    app.state.nav_links = []
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
        return problem_response(exc)

    @app.exception_handler(QueryError)
    async def on_query_error(request: Request, exc: QueryError) -> Response:
        return problem_response(Problem(400, str(exc)))

    @app.exception_handler(BomayError)
    async def on_bomay_error(request: Request, exc: BomayError) -> Response:
        return problem_response(Problem(500, str(exc)))

    @app.get("/status", summary="Which build is served, when it was loaded, and its size")
    def status() -> JSONResponse:
        snap = backend.live.snapshot
        return JSONResponse({"build": snap.build, "source": snap.source, "loaded_at": snap.loaded_at,
                             "load_seconds": round(snap.load_seconds, 3), "triples": snap.summary.triples,
                             "graphs": snap.summary.graphs, "writes": config.writes_enabled,
                             "store": backend.kind})

    from bomay.web import api_routes, load_routes, pages, write_routes

    app.include_router(sparql_routes.router)
    app.include_router(write_routes.router)
    app.include_router(api_routes.router)
    include_extensions(app)
    app.include_router(load_routes.router)
    app.include_router(pages.router)
    static = Path(str(resources.files("bomay.web").joinpath("static")))
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    return app


def include_extensions(app: FastAPI) -> None:
    """Include the routers of optional modules (the analysis pages) that are present."""
    for name in EXTENSION_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            log.warning("%s is present but cannot be imported (%s); its pages are off", name, exc)
            continue
        except Exception as exc:  # a broken extension must not take the endpoint down
            log.warning("%s failed to import (%r); its pages are off", name, exc)
            continue
        router = getattr(module, "router", None)
        if router is not None:
            app.include_router(router)
        app.state.nav_links.extend(getattr(module, "NAV_LINKS", []))
