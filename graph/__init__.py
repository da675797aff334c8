"""The store: an embedded pyoxigraph database on disk, or a remote SPARQL 1.1 endpoint."""

from bomay.graph.store import GraphPart, Store, open_store

__all__ = ["GraphPart", "Store", "open_store"]
