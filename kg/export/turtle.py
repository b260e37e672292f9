"""Write the graph as Turtle: sorted triples serialised by Oxigraph, so the same input gives the same bytes."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from kg.export import atomic_path
from kg.namespaces import PREFIXES


def to_oxigraph(term):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def write_turtle(triples, path: Path) -> None:
    """Triples must come sorted (GraphModel.triples does): Oxigraph keeps their order."""
    ox_triples = [ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o in triples]
    with atomic_path(path) as tmp:
        ox.serialize(ox_triples, str(tmp), ox.RdfFormat.TURTLE, prefixes=PREFIXES)
