"""Web app: SPARQL 1.1 endpoint, pages, search and named-query API (FastAPI)."""
