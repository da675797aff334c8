"""What the body grammar returns: a body found at a span of the text, or every unit of a level.

Its own module so that every frame, and the modules that read mentions (duties, people, instruments),
import the records without the grammar.
"""

from __future__ import annotations

from dataclasses import dataclass

from bomay.loaders.text.naming import Body


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    surface: str
    body: Body


@dataclass(frozen=True)
class Plural:
    """Every unit of a level inside the home province ("các quận, phường")."""

    words: str  # "quận, phường" as written (folded)
    level: str
