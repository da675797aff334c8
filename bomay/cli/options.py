"""Options shared by many commands."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from bomay.config import STORE_ENV


def store_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--store DIR|URL``: where the graph lives (falls back to $BOMAY_STORE, then the data dir)."""
    return click.option(
        "--store",
        "store_location",
        envvar=STORE_ENV,
        metavar="DIR|URL",
        help=f"Store directory or SPARQL endpoint URL [env: {STORE_ENV}; default: ~/.local/share/bomay/store]",
    )(func)


def parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    """``k=v`` pairs from repeated ``--param`` options."""
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{pair!r} is not NAME=VALUE", param_hint="--param")
        out[key.strip()] = value
    return out
