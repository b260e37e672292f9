"""Write the Gephi view of the graph (kg.export.graphml.GephiView) as GEXF 1.3 with time, element by element.

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

from kg.export.graphml import EDGE_KEYS, NODE_KEYS, GephiView, edge_type, write_elements, xml_attr, xml_id

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"

# GraphML attr.type -> GEXF attribute type
_TYPE = {"string": "string", "int": "integer", "float": "float", "double": "double", "boolean": "boolean"}
# Carried by the node/edge element itself (label, weight) or by the visual elements (r, g, b, size).
_NODE_SKIP = {"label", "r", "g", "b", "size", "x", "y"}
_EDGE_SKIP = {"label", "weight"}


# The attributes declared (those not carried by the element itself or by viz), in declaration order.
_IDS = {(cls, name) for cls, keys, skip in (("node", NODE_KEYS, _NODE_SKIP), ("edge", EDGE_KEYS, _EDGE_SKIP))
        for name, _ in keys if name not in skip}
_ORDER = {cls: [name for name, _ in keys if (cls, name) in _IDS] for cls, keys in (("node", NODE_KEYS), ("edge", EDGE_KEYS))}


class GEXFWriter:
    """The view's GEXF as text, element by element (see kg.export.graphml.write_elements)."""

    def __init__(self, view: GephiView):
        self.view = view

    def head(self) -> str:
        dates = self.view.dates()
        span = f' start="{dates[0]}" end="{dates[-1]}"' if dates else ""
        attributes = "".join(
            f'    <attributes class="{cls}" mode="static">\n'
            + "".join(f'      <attribute id="{name}" title="{name}" type="{_TYPE[typ]}"/>\n'
                      for name, typ in keys if (cls, name) in _IDS)
            + "    </attributes>\n"
            for cls, keys in (("node", NODE_KEYS), ("edge", EDGE_KEYS)))
        return ("<?xml version='1.0' encoding='UTF-8'?>\n"
                f'<gexf xmlns="{GEXF_NS}" xmlns:viz="{VIZ_NS}" xmlns:xsi="{_XSI}" '
                f'xsi:schemaLocation="{GEXF_NS} http://gexf.net/1.3/gexf.xsd" version="1.3">\n'
                "  <meta>\n    <creator>caregraph</creator>\n    <description>Ofsted inspections of English "
                "councils' children's services in the news: councils, providers, organisations, people, "
                "articles, ratings and issues</description>\n  </meta>\n"
                f'  <graph mode="dynamic" timeformat="date" defaultedgetype="directed"{span}>\n'
                f'{attributes}    <nodes count="{self.view.node_count}">\n')

    def _attvalues(self, cls: str, attrs: dict) -> str:
        present = [name for name in _ORDER[cls] if name in attrs]
        if not present:
            return ""
        values = "".join(f'\n          <attvalue for="{name}" value="{xml_attr(attrs[name])}"/>' for name in present)
        return f"\n        <attvalues>{values}\n        </attvalues>"

    def node(self, n) -> str:
        a = n.attrs
        return (f'      <node id="{xml_id(n.id)}" label="{xml_attr(a["label"])}">{self._attvalues("node", a)}'
                f'\n        <viz:color r="{a["r"]}" g="{a["g"]}" b="{a["b"]}"/>'
                f'\n        <viz:size value="{a["size"]}"/>'
                + (f'\n        <viz:position x="{a["x"]}" y="{a["y"]}" z="0.0"/>' if "x" in a else "")
                + "\n      </node>\n")

    def between(self) -> str:
        return f'    </nodes>\n    <edges count="{self.view.edge_count}">\n'

    def edge(self, e) -> str:
        a = e.attrs
        spells = ""
        if e.spells:
            spells = "".join("\n          <spell" + (f' start="{start}"' if start else "")
                             + (f' end="{end}"' if end else "") + "/>" for start, end in e.spells)
            spells = f"\n        <spells>{spells}\n        </spells>"
        # `kind` is the edge's type for Gephi: edges of different kinds between two nodes stay apart
        return (f'      <edge id="{e.id}" source="{xml_id(e.source)}" target="{xml_id(e.target)}" '
                f'kind="{xml_attr(edge_type(e))}" label="{xml_attr(a["label"])}" weight="{a["weight"]}">'
                f'{self._attvalues("edge", a)}{spells}\n      </edge>\n')

    def tail(self) -> str:
        return "    </edges>\n  </graph>\n</gexf>\n"


def write_gexf(view: GephiView, path: Path) -> None:
    """The view as GEXF 1.3 at `path` (written to a temporary file and renamed), one element at a time."""
    write_elements(view, [(GEXFWriter(view), path)])
