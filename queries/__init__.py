"""Named SPARQL queries shipped as ``.rq`` files, and safe binding of their parameters."""

from bomay.queries.binding import bind_parameters
from bomay.queries.catalog import NamedQuery, Param, get_query, list_queries, parse_query_file

__all__ = ["NamedQuery", "Param", "bind_parameters", "get_query", "list_queries", "parse_query_file"]
