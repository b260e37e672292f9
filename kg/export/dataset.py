"""The exports of a build store (kg.store): graph.ttl, graph.nq, graph.graphml and graph.gexf.

- graph.ttl, the default graph: each article's own triples (articles in IRI order, each article's
  triples sorted), then the shared descriptions, sorted: the concept schemes, the councils and
  providers the articles refer to (from the reference tables), the people and organisations they name,
  roles and service relations. For article ids that are not prefixes of one another followed by '-',
  '.' or '%' (which sort before '/'), this is the fully sorted order of every triple.
- graph.nq, N-Quads: the same triples, each in exactly one named graph: an article's own triples in the
  article's graph (its IRI), the shared descriptions in <https://w3id.org/caregraph/id/shared>. The
  union of its graphs is graph.ttl, triple for triple.
- graph.graphml and graph.gexf: the Gephi view (kg.export.graphml.GephiView) of the articles' facts.
- caregraph.db: the facts as linked tables for Datasette (kg.export.database), read from graph.nq.

A person, organisation or provider the reference table does not list, written differently by different
articles ("O'Neill", "O’Neill"), gets the spelling most articles use as rdfs:label and the others as skos:altLabel (kg.model.entity_labels), so the
description does not depend on which article was read first.
"""
from __future__ import annotations

import json
import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Literal, URIRef

from kg.export import atomic_path
from kg.export.database import DATABASE, export_database
from kg.export.gexf import GEXFWriter
from kg.export.graphml import GephiView, GraphMLWriter, write_elements
from kg.export.turtle import nquad_lines, ox_triples, to_rdflib, turtle_header, turtle_statements
from kg.model import entity_labels, preferred_label, scheme_triples, triple_key
from kg.namespaces import CG, ID
from kg.reference import reference
from kg.store import NQUADS, SHARED, SOURCE, TURTLE, VIEW, BuildStore, source_hash

SHARED_GRAPH = str(ID["shared"])
EXPORTS = ("graph.ttl", "graph.nq", "graph.graphml", "graph.gexf", DATABASE)
# The code that writes the exports: a change to it rewrites them even when no article changed.
EXPORT_VERSION = source_hash(("export/*.py", "model.py", "store.py"))

# An N-Triples line naming a person, an organisation or a provider: counted per article, not merged as it
# stands (a provider of the reference table is named by the table: its lines are merged as they stand).
_NAME_LINE = re.compile(r"<%s(person|org|provider)/([^>]*)> <(?:http://www\.w3\.org/2000/01/rdf-schema#label|"
                        r"http://www\.w3\.org/2004/02/skos/core#altLabel)> " % re.escape(str(ID)))


@dataclass
class Shared:
    """The shared descriptions: triples (rdflib, sorted), names of people and organisations by IRI, and
    service relations (provider IRI, 'deliversServicesFor' | 'ownedBy', council IRI)."""
    triples: list
    labels: dict[str, str]
    relations: set[tuple[str, str, str]]


@dataclass
class ExportCounts:
    articles: int = 0
    entities: int = 0
    facts: int = 0
    triples: int = 0
    notes: list = field(default_factory=list)   # e.g. why the Gephi files have no layout positions
    spans: str = ""     # where each article went in graph.ttl and graph.nq (JSON; Previous reads it back)


class Previous:
    """The last export's graph.ttl and graph.nq, to copy unchanged articles' statements from rather than
    read them from the store again: usable when the files have the size and modification time (ns) the
    export recorded (BuildStore.spans) and were written by this EXPORT_VERSION. Pieces are read as they
    are copied (not mapped into memory), so a build's memory stays flat however large the files.

    spans: {"export": EXPORT_VERSION, "files": {name: [size, mtime_ns]}, "articles": {article IRI:
    [content hash, offset in graph.ttl, length, offset in graph.nq, length, triples]}}, offsets in bytes."""

    def __init__(self, out: Path, spans: str | None):
        self.articles: dict[str, list] = {}
        self._files: dict = {}
        record = json.loads(spans) if spans else None
        if not record or record.get("export") != EXPORT_VERSION:
            return
        try:
            for name in ("graph.ttl", "graph.nq"):
                fh = self._files[name] = open(out / name, "rb")
                st = os.fstat(fh.fileno())
                if [st.st_size, st.st_mtime_ns] != record["files"].get(name):
                    return self.close()
        except OSError:
            return self.close()
        self.articles = record["articles"]

    def _read(self, name: str, offset: int, length: int) -> bytes | None:
        fh = self._files[name]
        fh.seek(offset)
        data = fh.read(length)
        return data if len(data) == length else None

    def get(self, iri: str, content_hash: str) -> tuple[bytes, bytes, int] | None:
        """The article's Turtle statements, N-Quads lines and triple count as last exported, if its content
        hash is still `content_hash`; else None (the caller reads the store)."""
        span = self.articles.get(iri)
        if span is None or span[0] != content_hash:
            return None
        _, t, tn, q, qn, triples = span
        turtle, quads = self._read("graph.ttl", t, tn), self._read("graph.nq", q, qn)
        if turtle is None or quads is None:   # cut short since it was checked: copy nothing more from it
            self.close()
            return None
        return turtle, quads, triples

    def close(self) -> None:
        for fh in self._files.values():
            fh.close()   # before the new files are renamed over the old (Windows cannot while open)
        self._files, self.articles = {}, {}


def _parse_lines(lines: list[str]) -> list[ox.Triple]:
    if not lines:
        return []
    return list(ox.parse(("\n".join(lines) + "\n").encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))


class SharedLines:
    """What the articles contribute to the shared descriptions, collected one article's SHARED block
    (N-Triples lines, kg.store) at a time, then merged."""

    def __init__(self):
        self.lines: set[str] = set()
        self.names: Counter = Counter()      # a name line -> the number of articles that have it
        self._listed = reference().providers

    def add(self, block: str) -> None:
        for line in block.splitlines():
            m = _NAME_LINE.match(line)
            if m and not (m.group(1) == "provider" and m.group(2) in self._listed):
                self.names[line] += 1
            elif line:
                self.lines.add(line)

    def merge(self, ofsted=None) -> Shared:
        """The shared descriptions: the concept schemes, Ofsted's record (with `ofsted`) and the articles'
        lines, each entity named by the spelling most articles use (kg.model.entity_labels)."""
        out = set(scheme_triples())
        if ofsted is not None:
            out.update(ofsted.triples)   # Ofsted's published record: the same whatever the articles
        out.update((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object))
                   for t in _parse_lines(sorted(self.lines)))
        counts: dict[str, Counter] = defaultdict(Counter)
        name_lines = sorted(self.names)
        for line, t in zip(name_lines, _parse_lines(name_lines)):
            counts[t.subject.value][t.object.value] += self.names[line]
        labels = {}
        for s, c in counts.items():
            for p, label in entity_labels(c):
                out.add((URIRef(s), p, Literal(label)))
            labels[s] = preferred_label(c)
        relations = {(str(s), "deliversServicesFor" if p == CG.deliversServicesFor else "ownedBy", str(o))
                     for s, p, o in out if p in (CG.deliversServicesFor, CG.ownedBy)}
        return Shared(sorted(out, key=triple_key), labels, relations)


_ENTITY_PREFIXES = tuple(str(ID[k + "/"]) for k in ("council", "provider", "org", "person"))


def write_exports(store: BuildStore, out: Path, ofsted=None) -> ExportCounts:
    """Write the exports of `store` into `out`, each to a temporary file renamed into place (with
    `ofsted`, kg.record's layer among the shared descriptions and official ratings in the Gephi view).

    One pass over the stored articles, each read once: its Turtle and N-Quads are written, its shared
    lines collected and its view record added to the Gephi view; then the shared descriptions close
    graph.ttl and graph.nq, and the Gephi files are written from the view."""
    iris = store.article_iris()
    counts = ExportCounts(articles=len(iris))
    lines = SharedLines()
    view = GephiView(record=ofsted)
    spans: dict[str, list] = {}
    sources: dict[str, str] = {}    # article IRI -> its input file's name
    try:
        with atomic_path(out / "graph.ttl") as ttl_tmp, atomic_path(out / "graph.nq") as nq_tmp, \
                open(ttl_tmp, "wb") as ttl, open(nq_tmp, "wb") as nq:
            header = turtle_header()
            ttl.write(header)
            at_ttl, at_nq = len(header), 0
            previous = Previous(out, store.spans())
            try:
                for iri in iris:
                    content = store.hashes[iri]
                    kept = previous.get(iri, content)
                    if kept is not None:
                        blocks = store.blocks(iri, (SHARED, VIEW, SOURCE))
                        turtle, quads, triples = kept
                    else:
                        blocks = store.blocks(iri)
                        turtle, quads = blocks.get(TURTLE, "").encode("utf-8"), blocks.get(NQUADS, "").encode("utf-8")
                        triples = quads.count(b"\n")
                    ttl.write(turtle)
                    nq.write(quads)
                    spans[iri] = [content, at_ttl, len(turtle), at_nq, len(quads), triples]
                    at_ttl += len(turtle)
                    at_nq += len(quads)
                    counts.triples += triples
                    lines.add(blocks.get(SHARED, ""))
                    view.add(json.loads(blocks[VIEW]))
                    if blocks.get(SOURCE):
                        sources[iri] = blocks[SOURCE]
            finally:
                previous.close()
            shared = lines.merge(ofsted)
            shared_triples = ox_triples(shared.triples)
            counts.triples += len(shared_triples)
            ttl.write(turtle_statements(shared_triples))
            nq.write(nquad_lines(shared_triples, SHARED_GRAPH).encode("utf-8"))
        export_database(out, sources)   # from graph.nq, as the graph's tables
        stats = {name: os.stat(out / name) for name in ("graph.ttl", "graph.nq")}
        counts.spans = json.dumps({"export": EXPORT_VERSION, "articles": spans,
                                   "files": {n: [st.st_size, st.st_mtime_ns] for n, st in stats.items()}},
                                  separators=(",", ":"))
        view.finish(shared.labels, shared.relations)
        note = view.lay_out()
        if note:
            counts.notes.append(note)
        write_elements(view, [(GraphMLWriter(view), out / "graph.graphml"), (GEXFWriter(view), out / "graph.gexf")])
    finally:
        view.close()
    counts.facts = view.facts
    counts.entities = len({str(s) for s, _, _ in shared.triples if str(s).startswith(_ENTITY_PREFIXES)})
    return counts
