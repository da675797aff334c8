"""The served build's name index: the resolver's ``SearchIndex``, kept here for the snapshot.

Name matching lives in ``bomay.graph.lookup`` alone, so the CLI, the pages, the API, query
parameters and the analytics find the same entities for the same text.
"""

from __future__ import annotations

from bomay.graph.lookup import Hit, SearchIndex

__all__ = ["Hit", "SearchIndex"]
