"""The SPARQL endpoint's query execution lives in :mod:`bomay.graph.execute` (one executor for the
CLI, the web and analytics); these names stay importable from here for the web modules."""

from bomay.graph.execute import (
    N_TRIPLES,
    TSV,
    Answer,
    LineCountingSink,
    MarkerCountingSink,
    QueryJob,
    TooManyResults,
    convert,
    execute,
    too_many,
)

__all__ = ["N_TRIPLES", "TSV", "Answer", "LineCountingSink", "MarkerCountingSink", "QueryJob", "TooManyResults",
           "convert", "execute", "too_many"]
