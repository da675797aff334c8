"""The ontology files shipped with bomay (Turtle), found through package resources."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

ONTOLOGY_FILES = ("bomay.ttl", "vocabularies.ttl", "topics.ttl")
SHAPES_FILE = "shapes.ttl"


def _path(name: str) -> Path:
    return Path(str(resources.files("bomay.ontology").joinpath(name)))


def ontology_files() -> list[Path]:
    """The ontology proper, its SKOS vocabularies and the topic scheme."""
    return [_path(name) for name in ONTOLOGY_FILES]


def shapes_file() -> Path:
    return _path(SHAPES_FILE)
