"""bomay: an open knowledge graph of Vietnam's political-administrative apparatus."""

__version__ = "0.1.0"
