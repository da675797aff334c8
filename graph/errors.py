"""The one mapping of engine and endpoint failures to bomay's errors.

pyoxigraph signals a malformed query with ``SyntaxError`` and a failing one with ``ValueError``,
``RuntimeError`` or ``OSError``; a remote endpoint answers 400 with its parser's message. Every
store raises what this module makes of them, so the CLI prints one line and the web answers 400
with the same words whichever store ran the query.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from bomay.errors import BomayError, QueryError, StoreError


class EndpointTimeout(StoreError):
    """A remote server took longer than the time allowed."""


def query_error(exc: BaseException, what: str = "query") -> BomayError:
    """The user-facing error for an exception raised while running a query or an update."""
    if isinstance(exc, BomayError):
        return exc
    label = "SPARQL Update" if what == "update" else "SPARQL"
    if isinstance(exc, SyntaxError):
        return QueryError(f"{label} syntax error: {exc}")
    return QueryError(f"{what} failed: {exc}")


@contextlib.contextmanager
def mapped_errors(what: str = "query") -> Iterator[None]:
    """Raise engine failures inside the block as bomay errors (QueryError), chained to the cause."""
    try:
        yield
    except BomayError:
        raise
    except (SyntaxError, ValueError, RuntimeError, OSError, TypeError) as exc:
        raise query_error(exc, what) from exc


def endpoint_error(status: int, url: str, method: str, text: str) -> BomayError:
    """An endpoint's refusal: 400 is the query's fault, anything else the store's."""
    detail = " ".join(text.split())[:500]
    if status == 400:
        return QueryError(f"the endpoint rejected the request: {detail}")
    if status in (401, 403):
        return StoreError(f"{method} {url} answered {status}: check the store's credentials "
                          f"(BOMAY_STORE_USER / BOMAY_STORE_PASSWORD / BOMAY_TOKEN)")
    return StoreError(f"{method} {url} answered {status}: {detail[:300]}")


def http_status(error: BomayError) -> int:
    """The HTTP status the web answers a bomay error with."""
    if isinstance(error, EndpointTimeout):
        return 503
    return 502 if isinstance(error, StoreError) else 400
