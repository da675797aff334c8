"""``bomay build`` source ``reference``: units, bodies, lines, events and instruments.

Split into named graphs so each can be replaced or inspected alone: units of each era, the
standard bodies, national bodies, instruments, lines of accountability, restructure events.
"""

from __future__ import annotations

from collections.abc import Iterator

from bomay.graph.store import GraphPart
from bomay.loaders.reference.accountability import line_triples, lines
from bomay.loaders.reference.bodies import unit_bodies
from bomay.loaders.reference.events import event_triples
from bomay.loaders.reference.national import national_records
from bomay.loaders.reference.rdf import body_triples, instrument_triples
from bomay.loaders.reference.units import unit_parts, unit_records
from bomay.namespaces import graph_iri
from bomay.searchkeys import with_search_keys

GRAPHS = {
    "bodies": graph_iri("reference", "bodies"),
    "national": graph_iri("reference", "national"),
    "instruments": graph_iri("reference", "instruments"),
    "accountability": graph_iri("reference", "accountability"),
    "events": graph_iri("reference", "events"),
}


class ReferenceSource:
    name = "reference"
    title = "administrative units, standard bodies, lines of accountability, restructure events"

    def parts(self) -> Iterator[GraphPart]:
        yield from unit_parts()
        units, bodies = unit_records(), unit_bodies()
        yield GraphPart(GRAPHS["national"], body_triples(national_records()), "national bodies")
        yield GraphPart(GRAPHS["instruments"], with_search_keys(instrument_triples()), "instruments cited")
        yield GraphPart(GRAPHS["bodies"], body_triples(bodies), "standard bodies")
        yield GraphPart(GRAPHS["accountability"], line_triples(lines(units, bodies)), "lines of accountability")
        yield GraphPart(GRAPHS["events"], with_search_keys(event_triples(units, bodies)), "restructure events")
