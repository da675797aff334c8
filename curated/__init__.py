"""Curated, versioned data files: one fact per row, each with its source.

These are facts recorded by people (instruments, dates, reviewed extractions), kept in the
repository so that every build loads them and no human decision is ever lost.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def curated_path(name: str) -> Path:
    """The path of a curated data file shipped with bomay."""
    return Path(str(resources.files("bomay.curated").joinpath(name)))
