"""How the web app is set up: where the graph is, who may write, and the limits on queries."""

from __future__ import annotations

import os
from dataclasses import dataclass

TOKEN_ENV = "BOMAY_TOKEN"


@dataclass(frozen=True)
class ServeConfig:
    """Everything ``bomay serve`` can be told; tests build one directly."""

    store: str
    token: str | None = None
    query_timeout: float = 10.0  # seconds a user query may run before its worker is killed
    max_results: int = 100_000  # rows (SELECT) or triples (CONSTRUCT/DESCRIBE) one answer may hold
    max_body: int = 1_000_000  # bytes of a request body (query, update or graph upload)
    workers: int = 2  # processes that run user queries
    poll_interval: float = 1.0  # seconds between checks for a newly switched-in build
    public_url: str = ""  # the URL the app is served at, for the service description

    @property
    def writes_enabled(self) -> bool:
        return bool(self.token)

    @classmethod
    def from_env(cls, store: str, **overrides: object) -> ServeConfig:
        """A config whose token falls back to ``BOMAY_TOKEN``."""
        token = overrides.pop("token", None) or os.environ.get(TOKEN_ENV) or None
        return cls(store=store, token=token, **overrides)  # type: ignore[arg-type]
