"""`kg stats`: counts by type and relation, and the most-mentioned councils and issues, from DIR/graph.ttl."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.namespaces import CG, PREFIXES

_SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


class StatsError(Exception):
    """A graph that cannot be read (missing, not Turtle): one line for the user."""


@dataclass
class Stats:
    graph: str
    triples: int
    articles: int
    types: list[tuple[str, int]] = field(default_factory=list)           # (class, nodes)
    relations: list[tuple[str, int]] = field(default_factory=list)       # (predicate, triples)
    councils: list[tuple[str, str, int]] = field(default_factory=list)   # (label, GSS code, articles)
    issues: list[tuple[str, int, int, int]] = field(default_factory=list)  # (notation, concerns, strengths, findings)
    reviewed: list[tuple[str, str, int]] = field(default_factory=list)   # (kind, confirmed|added|subject, nodes)
    top: int = 10


def load_store(graph_dir) -> tuple[ox.Store, Path]:
    """An in-memory Oxigraph store holding DIR/graph.ttl (or a .ttl path)."""
    p = Path(graph_dir)
    ttl = p if p.suffix == ".ttl" else p / "graph.ttl"
    if not ttl.is_file():
        raise StatsError(f"no graph at {ttl} (run `kg build ... --out {p}` first)")
    store = ox.Store()
    try:
        store.bulk_load(path=str(ttl), format=ox.RdfFormat.TURTLE)
    except (SyntaxError, ValueError, OSError) as exc:
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise StatsError(f"{ttl} is not readable Turtle: {first}") from None
    return store, ttl


def _short(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def _rows(store: ox.Store, query: str):
    return list(store.query(_SPARQL_PREFIXES + query))


def stats(graph_dir="exports", top: int = 10) -> Stats:
    store, ttl = load_store(graph_dir)
    n = int(_rows(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"].value)
    articles = int(_rows(store, "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a schema:NewsArticle }")[0]["n"].value)
    types = [(_short(r["t"].value), int(r["n"].value)) for r in _rows(store, """
        SELECT ?t (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?t } GROUP BY ?t ORDER BY DESC(?n) ?t""")]
    relations = [(_short(r["p"].value), int(r["n"].value)) for r in _rows(store, """
        SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY DESC(?n) ?p""")]
    councils = [(r["label"].value, r["gss"].value, int(r["n"].value)) for r in _rows(store, f"""
        SELECT ?label ?gss (COUNT(DISTINCT ?a) AS ?n) WHERE {{
          ?a a schema:NewsArticle ; schema:mentions ?c .
          ?c a cg:LocalAuthority ; rdfs:label ?label ; cg:gssCode ?gss .
        }} GROUP BY ?c ?label ?gss ORDER BY DESC(?n) ?label LIMIT {int(top)}""")]
    issues = [(r["notation"].value, int(r["concerns"].value), int(r["strengths"].value), int(r["n"].value))
              for r in _rows(store, f"""
        SELECT ?notation (SUM(IF(?pol = <{CG.Concern}>, 1, 0)) AS ?concerns)
                         (SUM(IF(?pol = <{CG.Strength}>, 1, 0)) AS ?strengths) (COUNT(?f) AS ?n) WHERE {{
          ?f a cg:Finding ; cg:issue ?issue ; cg:polarity ?pol .
          ?issue skos:notation ?notation .
        }} GROUP BY ?issue ?notation ORDER BY DESC(?n) ?notation LIMIT {int(top)}""")]
    reviewed = [(_short(r["t"].value), r["status"].value, int(r["n"].value)) for r in _rows(store, """
        SELECT ?t ?status (COUNT(DISTINCT ?x) AS ?n) WHERE {
          { ?x cg:reviewStatus ?status ; a ?t } UNION { ?a cg:subjectReview ?x ; a ?t . ?x cg:reviewStatus ?status }
        } GROUP BY ?t ?status ORDER BY ?t ?status""")]
    return Stats(graph=str(ttl), triples=n, articles=articles, types=types, relations=relations,
                 councils=councils, issues=issues, reviewed=reviewed, top=top)


def _table(headers: list[str], rows: list[tuple]) -> list[str]:
    """Plain text columns: text left-aligned, numbers right-aligned."""
    if not rows:
        return ["  (none)"]
    cells = [[str(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    numeric = [all(isinstance(row[i], int) for row in rows) for i in range(len(headers))]

    def fmt(values):
        return "  " + "  ".join(v.rjust(w) if num else v.ljust(w)
                                for v, w, num in zip(values, widths, numeric)).rstrip()
    return [fmt(headers), fmt(["-" * w for w in widths]), *(fmt(r) for r in cells)]


def format_stats(s: Stats) -> str:
    lines = [f"{s.graph}: {s.triples} triples, {s.articles} articles", "", "Nodes by type"]
    lines += _table(["type", "nodes"], s.types)
    lines += ["", "Triples by relation"]
    lines += _table(["relation", "triples"], s.relations)
    lines += ["", f"Top {s.top} councils by articles mentioning them"]
    lines += _table(["council", "GSS code", "articles"], s.councils)
    lines += ["", f"Top {s.top} issues by findings"]
    lines += _table(["issue", "concerns", "strengths", "findings"], s.issues)
    lines += ["", "Reviewed by a person (corrections file; rejected facts are not in the graph)"]
    lines += _table(["type", "decision", "nodes"], s.reviewed)
    return "\n".join(lines)
