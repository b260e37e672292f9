"""Turtle and N-Quads: triples serialised by Oxigraph in the order given, so the same input gives the same
bytes. Each article's statements are serialised once, when it is extracted (kg.build), and a graph file is
the concatenation of those pieces in article order (kg.export.dataset)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, XSD

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


_XSD_STRING, _LANG_STRING = str(XSD.string), str(RDF.langString)


def to_rdflib(term):
    """An Oxigraph term as the rdflib term kg.model would have made (plain literals without xsd:string)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        return Literal(term.value) if dt in (_XSD_STRING, _LANG_STRING) else Literal(term.value, datatype=URIRef(dt))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise TypeError(f"not an RDF term: {term!r}")


def ox_triples(triples) -> list[ox.Triple]:
    return [ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o in triples]


@lru_cache(maxsize=1)
def turtle_header() -> bytes:
    """The @prefix lines every graph.ttl starts with."""
    some = ox.Triple(ox.NamedNode("urn:x:s"), ox.NamedNode("urn:x:p"), ox.NamedNode("urn:x:o"))
    data = ox.serialize([some], format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    return b"".join(line for line in data.splitlines(keepends=True) if line.startswith(b"@prefix "))


def turtle_statements(triples: Iterable[ox.Triple]) -> bytes:
    """Triples (sorted by the caller) as Turtle statements without the @prefix lines: the statements of a
    subject end with ' .', so pieces can be concatenated after turtle_header()."""
    data = ox.serialize(list(triples), format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    header = turtle_header()
    if not data.startswith(header):
        raise ValueError("unexpected Turtle header from Oxigraph")
    return data[len(header):]


def nquad_lines(triples: Iterable[ox.Triple], graph: str) -> str:
    """Triples as N-Quads lines in the named graph `graph`, in the order given."""
    g = ox.NamedNode(graph)
    quads = [ox.Quad(t.subject, t.predicate, t.object, g) for t in triples]
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8")


def write_turtle(triples, path: Path) -> None:
    """Write (rdflib) triples, sorted by the caller (GraphModel.triples does), as one Turtle file."""
    with atomic_path(path) as tmp:
        ox.serialize(ox_triples(triples), str(tmp), ox.RdfFormat.TURTLE, prefixes=PREFIXES)
