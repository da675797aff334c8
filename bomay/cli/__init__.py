"""The ``bomay`` command line.

Each module in this package adds its commands through a ``register(cli)`` function and keeps
heavy imports inside the command bodies, so ``bomay --help`` stays fast.
"""

from __future__ import annotations

import importlib
import pkgutil

import click

from bomay import __version__
from bomay.errors import BomayError


class BomayGroup(click.Group):
    """A group that prints a user error as one line and exits 1, with no traceback."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except BomayError as exc:
            raise click.ClickException(str(exc)) from None


@click.group(cls=BomayGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="bomay")
def cli() -> None:
    """bomay: a knowledge graph of Vietnam's political-administrative apparatus.

    Build the graph, load more sources into it, and ask it who reports to whom about what.
    The store is a directory (default: $BOMAY_STORE or ~/.local/share/bomay/store) or the URL
    of a SPARQL 1.1 endpoint.
    """


def _register_all() -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(cli)


_register_all()


def main() -> None:
    cli(prog_name="bomay")
