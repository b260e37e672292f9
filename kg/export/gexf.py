"""Write the Gephi view of the graph (kg.export.graphml.gephi_view) as GEXF 1.3 with time.

The graph is dynamic with timeformat="date": rated edges carry spells for the periods each rating held
(from the date it was stated until another rating was stated for the council), and concern/strength
edges carry a one-day spell per article date, so Gephi's timeline plays how councils' ratings and issues
change; official ratings (source=ofsted) hold from their report's publication until the next report.
Edges and nodes without a date have no spells and are there at all times.

Colours, sizes and positions are the viz module's <viz:color>/<viz:size>/<viz:position> in
http://gexf.net/1.3/viz, where the GEXF 1.3 primer puts them and where Gephi and networkx read them.
Each edge's `kind` is its relation: Gephi's edge type, which keeps edges of different relations between
the same two nodes apart. The output validates against the
GEXF 1.3 XML Schema with its viz module corrected to that namespace (../shared/schemas/gexf-1.3).
"""
from __future__ import annotations

from pathlib import Path

from lxml import etree

from kg.export import atomic_path
from kg.export.graphml import EDGE_KEYS, NODE_KEYS, edge_type, gephi_view, xml_text
from kg.model import GraphModel

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"

# GraphML attr.type -> GEXF attribute type
_TYPE = {"string": "string", "int": "integer", "float": "float", "double": "double", "boolean": "boolean"}
# Carried by the node/edge element itself (label, weight) or by the visual elements (r, g, b, size).
_NODE_SKIP = {"label", "r", "g", "b", "size", "x", "y"}
_EDGE_SKIP = {"label", "weight"}


def _el(parent, tag, attrs=None):
    return etree.SubElement(parent, f"{{{GEXF_NS}}}{tag}", {k: xml_text(v) for k, v in (attrs or {}).items()})


def _viz(parent, tag, attrs):
    return etree.SubElement(parent, f"{{{VIZ_NS}}}{tag}", {k: xml_text(v) for k, v in attrs.items()})


def _spells(parent, spells) -> None:
    if not spells:
        return
    el = _el(parent, "spells")
    for start, end in spells:
        attrs = {}
        if start:
            attrs["start"] = start
        if end:
            attrs["end"] = end
        _el(el, "spell", attrs)


def gexf_bytes(model: GraphModel, view=None) -> bytes:
    """The GEXF document; `view`: gephi_view(model) when the caller already has it."""
    nodes, edges = view or gephi_view(model)
    root = etree.Element(f"{{{GEXF_NS}}}gexf", nsmap={None: GEXF_NS, "viz": VIZ_NS, "xsi": _XSI}, version="1.3")
    root.set(f"{{{_XSI}}}schemaLocation", f"{GEXF_NS} http://gexf.net/1.3/gexf.xsd")
    meta = _el(root, "meta")
    _el(meta, "creator").text = "caregraph"
    _el(meta, "description").text = ("Ofsted inspections of English councils' children's services in the "
                                     "news: councils, providers, organisations, people, articles, "
                                     "ratings and issues")
    dates = sorted({d for e in edges for spell in e.spells for d in spell if d})
    graph_attrs = {"mode": "dynamic", "timeformat": "date", "defaultedgetype": "directed"}
    if dates:
        graph_attrs.update(start=dates[0], end=dates[-1])
    graph = _el(root, "graph", graph_attrs)
    ids = {}
    for cls, keys, skip in (("node", NODE_KEYS, _NODE_SKIP), ("edge", EDGE_KEYS, _EDGE_SKIP)):
        attributes = _el(graph, "attributes", {"class": cls, "mode": "static"})
        for name, typ in keys:
            if name not in skip:
                ids[(cls, name)] = name
                _el(attributes, "attribute", {"id": name, "title": name, "type": _TYPE[typ]})

    def attvalues(parent, cls, attrs):
        present = [(name, attrs[name]) for name, _ in (NODE_KEYS if cls == "node" else EDGE_KEYS)
                   if (cls, name) in ids and name in attrs]
        if present:
            av = _el(parent, "attvalues")
            for name, value in present:
                _el(av, "attvalue", {"for": ids[(cls, name)], "value": value})

    nodes_el = _el(graph, "nodes", {"count": len(nodes)})
    for n in nodes:
        el = _el(nodes_el, "node", {"id": n.id, "label": n.attrs["label"]})
        attvalues(el, "node", n.attrs)
        _viz(el, "color", {"r": n.attrs["r"], "g": n.attrs["g"], "b": n.attrs["b"]})
        _viz(el, "size", {"value": n.attrs["size"]})
        if "x" in n.attrs:
            _viz(el, "position", {"x": n.attrs["x"], "y": n.attrs["y"], "z": 0.0})
    edges_el = _el(graph, "edges", {"count": len(edges)})
    for e in edges:
        # `kind` is the edge's type for Gephi: edges of different kinds between two nodes stay apart
        el = _el(edges_el, "edge", {"id": e.id, "source": e.source, "target": e.target,
                                    "kind": edge_type(e), "label": e.attrs["label"],
                                    "weight": e.attrs["weight"]})
        attvalues(el, "edge", e.attrs)
        _spells(el, e.spells)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def write_gexf(model: GraphModel, path: Path, view=None) -> None:
    data = gexf_bytes(model, view)
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
