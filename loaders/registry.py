"""Which loaders ``bomay load`` knows and which sources ``bomay build`` runs, in order.

Entries are import paths, so the CLI imports a loader (and its heavy dependencies, such as a
tokenizer) only when it is used.
"""

from __future__ import annotations

import importlib

from bomay.errors import BomayError
from bomay.loaders.base import Loader, Source

# bomay load NAME PATH...
LOADERS: dict[str, str] = {
    "rdf": "bomay.loaders.rdf:RdfLoader",
    "text": "bomay.loaders.text.loader:TextLoader",
}

# bomay build: the ontology first, then reference data, then curated and reviewed facts.
DEFAULT_SOURCES: list[str] = [
    "bomay.loaders.ontology:OntologySource",
    "bomay.loaders.reference.source:ReferenceSource",
    "bomay.loaders.statutory:StatutorySource",
    "bomay.loaders.text.loader:ReviewedSource",
]


def _instantiate(spec: str) -> object:
    module_name, _, attr = spec.partition(":")
    return getattr(importlib.import_module(module_name), attr)()


def loader_names() -> list[str]:
    return sorted(LOADERS)


def get_loader(name: str) -> Loader:
    if name not in LOADERS:
        raise BomayError(f"no loader named {name!r}; available: {', '.join(loader_names())}")
    return _instantiate(LOADERS[name])  # type: ignore[return-value]


def default_sources() -> list[Source]:
    return [_instantiate(spec) for spec in DEFAULT_SOURCES]  # type: ignore[misc]
