"""Loaders: everything that turns a source (files, reference data, text) into named graphs."""

from bomay.loaders.base import Loader, LoadResult, Source
from bomay.loaders.registry import default_sources, get_loader, loader_names

__all__ = ["LoadResult", "Loader", "Source", "default_sources", "get_loader", "loader_names"]
