"""``bomay serve``: the SPARQL endpoint and the web pages over the graph."""

from __future__ import annotations

import click

from bomay.cli.options import store_option


def register(cli: click.Group) -> None:
    cli.add_command(serve)


@click.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--token", envvar="BOMAY_TOKEN", metavar="TOKEN",
              help="Enable /update and Graph Store writes for requests with 'Authorization: Bearer TOKEN' "
                   "[env: BOMAY_TOKEN; default: writes off].")
@click.option("--query-timeout", default=10.0, show_default=True, type=click.FloatRange(0.1),
              metavar="S", help="Seconds a SPARQL query may run before it is stopped.")
@click.option("--max-results", default=100_000, show_default=True, type=click.IntRange(1), metavar="N",
              help="Most rows (or triples) one answer may hold.")
@click.option("--max-body", default=1_000_000, show_default=True, type=click.IntRange(1), metavar="BYTES",
              help="Largest request body (query, update, upload) accepted.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64),
              help="Processes that run SPARQL queries (each can be stopped on its own).")
def serve(store_location: str | None, host: str, port: int, token: str | None, query_timeout: float,
          max_results: int, max_body: int, workers: int) -> None:
    """Serve the graph: SPARQL 1.1 endpoint at /sparql, pages, search and the named-query API.

    A local store is served from memory and follows rebuilds: when `bomay build` or `bomay load`
    switches in a new graph, the server loads it and switches over without mixing the two.
    """
    import logging

    import uvicorn

    from bomay.config import default_store_location
    from bomay.web.app import create_app
    from bomay.web.config import ServeConfig

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    config = ServeConfig(store=store_location or default_store_location(), token=token or None,
                         query_timeout=query_timeout, max_results=max_results, max_body=max_body,
                         workers=workers)
    app = create_app(config)
    snapshot = app.state.backend.live.snapshot
    shown_host = f"[{host}]" if ":" in host else host
    url = f"http://{shown_host}:{port}/"
    click.echo(f"bomay: serving {snapshot.summary.triples:,} triples (build {snapshot.build}, loaded in "
               f"{snapshot.load_seconds:.1f} s) from {config.store}")
    click.echo(f"bomay: open {url}  (SPARQL endpoint {url}sparql; writes {'on' if config.writes_enabled else 'off'})")
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
