"""Where the store lives: ``--store``, then ``BOMAY_STORE``, then the user's data directory."""

from __future__ import annotations

import os
from pathlib import Path

STORE_ENV = "BOMAY_STORE"


def default_store_location() -> str:
    """The store location used when neither ``--store`` nor ``BOMAY_STORE`` is given."""
    env = os.environ.get(STORE_ENV)
    if env:
        return env
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return str(Path(data_home) / "bomay" / "store")


def is_remote(location: str) -> bool:
    """A location that is an http(s) URL names a remote SPARQL endpoint, anything else a directory."""
    return location.startswith(("http://", "https://"))
