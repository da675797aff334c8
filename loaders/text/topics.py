"""Topic of a task, from the ontology's own keywords (``bm:keyword`` in topics.ttl).

Each keyword found in the text scores its length in syllables; the topic with the highest
score wins, ties going to the topic listed first. Keywords are read once per process, so a new
keyword in topics.ttl changes classification without a code change.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pyoxigraph as ox

from bomay.loaders.text.lexicon import match_form
from bomay.namespaces import BM, TOPIC
from bomay.ontology import ontology_files


@lru_cache(maxsize=1)
def _keywords() -> tuple[re.Pattern[str], dict[str, str]]:
    keyword = ox.NamedNode(BM + "keyword")
    by_phrase: dict[str, str] = {}
    for path in ontology_files():
        if not str(path).endswith("topics.ttl"):
            continue
        for quad in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            if quad.predicate == keyword and isinstance(quad.object, ox.Literal):
                topic = quad.subject.value.removeprefix(TOPIC)
                by_phrase.setdefault(_key(quad.object.value), topic)
    if not by_phrase:
        return re.compile(r"(?!x)x"), {}
    alternation = "|".join(re.escape(p).replace("\\ ", r"\s+") for p in sorted(by_phrase, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)"), by_phrase


def _key(phrase: str) -> str:
    return re.sub(r"\s+", " ", match_form(phrase.strip()))


def classify(text: str) -> str | None:
    """The bmt: slug of the best topic for ``text``, or None when no keyword occurs."""
    pattern, by_phrase = _keywords()
    scores: dict[str, int] = {}
    order: dict[str, int] = {}
    for m in pattern.finditer(match_form(text)):
        topic = by_phrase.get(_key(m.group(0)))
        if topic:
            scores[topic] = scores.get(topic, 0) + len(m.group(0).split())
            order.setdefault(topic, m.start())
    if not scores:
        return None
    return max(scores, key=lambda t: (scores[t], -order[t]))
