"""Errors a user can act on.

Anything raised as a :class:`BomayError` is printed by the CLI and the web app as one clear
line, without a traceback; everything else is a bug.
"""


class BomayError(Exception):
    """A problem with the user's input or environment, stated so they can fix it."""


class LoadError(BomayError):
    """A source could not be read or parsed; nothing was written."""


class QueryError(BomayError):
    """A SPARQL query or one of its parameters is wrong."""


class StoreError(BomayError):
    """The store is missing, locked, or unreachable."""
