"""`kg validate`: check a built graph (DIR/graph.ttl) against the SHACL shapes in ontology/shapes.ttl.

Speed: pyshacl over an rdflib graph, without inference. Its cost grows with the number of focus nodes
(every fact and text span): Ofsted's record adds about a thousand official inspections and judgements
to every graph, about 3 s of CPU on their own (the seeds: 5.4 s in all, against 2.2 s without the
record; the dev set: 6.4 s against 3.4 s). A graph of many thousands of articles may want a faster engine over
Oxigraph instead; the shapes are plain SHACL Core, so any SHACL engine can run them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from kg.namespaces import PREFIXES
from kg.reference import data_path


class ValidateError(Exception):
    """A graph that cannot be validated at all (missing, unreadable): one line for the user."""


@dataclass(frozen=True)
class Violation:
    shape: str     # the node shape, e.g. "cg:FindingShape"
    focus: str     # the node that fails it
    path: str      # the property, when a property shape failed ("" otherwise)
    message: str

    def line(self) -> str:
        where = f" {self.path}" if self.path else ""
        return f"{self.shape}: {self.focus}{where}: {self.message}"


@dataclass
class ValidationReport:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)

    @property
    def failing_shapes(self) -> list[str]:
        return sorted({v.shape for v in self.violations})

    @property
    def text(self) -> str:
        if self.conforms:
            return "conforms"
        shapes = ", ".join(self.failing_shapes)
        head = f"does not conform: {len(self.violations)} violation(s) of {shapes}"
        return "\n".join([head, *(v.line() for v in self.violations)])


def shapes_path() -> Path:
    """ontology/shapes.ttl, shipped in the package as kg/data/shapes.ttl (a symlink in a checkout)."""
    packaged = data_path("shapes.ttl")
    if packaged.exists():
        return packaged
    return Path(__file__).resolve().parent.parent / "ontology" / "shapes.ttl"


def _graph_file(graph_dir) -> Path:
    p = Path(graph_dir)
    ttl = p if p.suffix == ".ttl" else p / "graph.ttl"
    if not ttl.is_file():
        raise ValidateError(f"no graph at {ttl} (run `kg build ... --out {p}` first)")
    return ttl


def _short(term) -> str:
    """A prefixed name (cg:FindingShape) for IRIs in the PREFIXES namespaces, else the full IRI."""
    text = str(term)
    if isinstance(term, URIRef):
        for prefix, ns in PREFIXES.items():
            if text.startswith(ns) and len(text) > len(ns):
                return f"{prefix}:{text[len(ns):]}"
    return text


def validate(graph_dir) -> ValidationReport:
    """Validate DIR/graph.ttl (or a .ttl path) against the shapes; raises ValidateError if it can't be read."""
    from pyshacl import validate as shacl_validate  # slow import: only for this command

    ttl = _graph_file(graph_dir)
    data = Graph()
    try:
        data.parse(ttl, format="turtle")
    except (SyntaxError, ValueError, OSError) as exc:  # rdflib's BadSyntax is a SyntaxError
        detail = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise ValidateError(f"{ttl} is not readable Turtle: {detail}") from None
    shapes = Graph().parse(shapes_path(), format="turtle")
    conforms, results, _ = shacl_validate(data, shacl_graph=shapes, inference="none",
                                          advanced=False, allow_warnings=False)
    violations = sorted(_violations(results, shapes, data), key=lambda v: (v.shape, v.focus, v.path, v.message))
    return ValidationReport(conforms=bool(conforms), violations=violations)


def _violations(results: Graph, shapes: Graph, data: Graph):
    owners: dict = {}  # property shape -> node shapes using it (shared shapes have several)
    for node_shape, prop_shape in shapes.subject_objects(SH.property):
        owners.setdefault(prop_shape, []).append(node_shape)
    for r in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(r, SH.focusNode)
        source = results.value(r, SH.sourceShape)
        path = results.value(r, SH.resultPath)
        message = results.value(r, SH.resultMessage)
        candidates = owners.get(source, [source])
        if len(candidates) > 1:  # pick the node shape that targets one of the focus node's classes
            types = set(data.objects(focus, RDF.type))
            candidates = [s for s in candidates if set(shapes.objects(s, SH.targetClass)) & types] or candidates
        shape = _short(min(candidates))
        yield Violation(shape=shape, focus=_short(focus) if focus is not None else "",
                        path=_short(path) if path is not None else "",
                        message=str(message) if message is not None else "fails the shape")
