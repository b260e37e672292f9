"""Write the graph as GraphML for Gephi, networkx and igraph: entities, articles, ratings and issues as
nodes; mentions, authorship, membership, service delivery, ratings and findings as weighted edges.

The Gephi view (`gephi_view`) is shared with the GEXF writer (kg.export.gexf): judgements and findings
are folded into typed edges (council -rated-> rating, council -concern/strength-> issue) rather than
drawn as fact nodes, so the picture shows entities and their relations. With Ofsted's published record
(kg.record), each council drawn also gets its official ratings as `rated` edges with source=ofsted
beside the news ones (source=news). Gephi reads the keys `label`, `weight`, `r`/`g`/`b`, `size` and
`x`/`y` (positions from kg.export.layout) by name, and an edge's XML attribute `label` as its edge type:
every edge carries its relation there (`rated-ofsted` for an official rating, see edge_type), so Gephi
keeps edges of different relations between the same two nodes apart. Every key is declared for nodes or
for edges with one explicit attr.type, values are never lists or None, and nodes and edges are written
in sorted order so that the same input gives the same bytes.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

import networkx as nx
from lxml import etree
from rdflib.namespace import SKOS

from kg.dates import StatedDate
from kg.export import atomic_path
from kg.export.layout import force_layout
from kg.facts import Finding, Judgement, Membership, Ref
from kg.model import GraphModel, article_iri, entity_iri, scheme_triples
from kg.namespaces import CG, ID, concept
from kg.record import OfstedRecord
from kg.reference import reference

_TYPE = {"council": "LocalAuthority", "provider": "ServiceProvider", "org": "Organization", "person": "Person"}

# Node colours by node type (ratings get the colour of the rating), as Gephi's r/g/b integers.
COLOURS = {
    "LocalAuthority": (31, 119, 180),     # blue
    "ServiceProvider": (23, 190, 207),    # cyan
    "Organization": (148, 103, 189),      # purple
    "Person": (255, 127, 14),             # orange
    "NewsArticle": (160, 160, 160),       # grey
    "Issue": (188, 189, 34),              # olive
    "Sector": (140, 86, 75),              # brown
    "Rating": (127, 127, 127),
}
RATING_COLOURS = {
    "outstanding": (0, 104, 55),          # dark green
    "good": (102, 189, 99),               # green
    "requires-improvement": (253, 174, 97),  # amber
    "inadequate": (215, 48, 39),          # red
}
RATINGS = ("outstanding", "good", "requires-improvement", "inadequate")

# The node that sector-wide findings (Finding.about is None: "councils are struggling to recruit")
# hang from, so that national reporting is visible without being pinned on one council.
SECTOR_ID = str(ID["sector"])
SECTOR_LABEL = "children's services sector (England)"

# Declared keys: (name, GraphML attr.type). One type per key, for nodes or for edges.
NODE_KEYS = (("label", "string"), ("type", "string"), ("r", "int"), ("g", "int"), ("b", "int"),
             ("size", "float"), ("x", "float"), ("y", "float"), ("article_count", "int"),
             ("gss_code", "string"), ("notation", "string"), ("issued", "string"))
EDGE_KEYS = (("label", "string"), ("relation", "string"), ("weight", "double"), ("articles", "int"),
             ("current", "boolean"), ("polarity", "string"), ("first_date", "string"),
             ("last_date", "string"), ("role", "string"), ("source", "string"))
_PY = {"string": str, "int": int, "float": float, "double": float, "boolean": bool}

# Node size: BASE_SIZE + SIZE_SCALE * sqrt(articles linked to the node). A square-root scale, so that a
# hub mentioned by hundreds of articles does not shrink every council to a dot (1 article: 20, 4: 30,
# 100: 110, 400: 210); article nodes are BASE_SIZE.
BASE_SIZE, SIZE_SCALE = 10.0, 10.0


def node_size(article_count: int) -> float:
    return round(BASE_SIZE + SIZE_SCALE * math.sqrt(article_count), 2)


@dataclass
class ViewNode:
    id: str
    attrs: dict


@dataclass
class ViewEdge:
    id: str
    source: str
    target: str
    attrs: dict
    # time spells for GEXF: (start, end) as ISO dates, either may be None (open); empty: always there
    spells: list[tuple[str | None, str | None]] = field(default_factory=list)


@lru_cache(maxsize=1)
def issue_labels() -> dict[str, str]:
    """skos:notation -> prefLabel of the issues of cg:IssueScheme (the leaf concepts, not the groups)."""
    triples = scheme_triples()
    in_scheme = {s for s, p, o in triples if p == SKOS.inScheme and o == CG.IssueScheme}
    has_broader = {s for s, p, o in triples if p == SKOS.broader}
    notation = {s: str(o) for s, p, o in triples if p == SKOS.notation}
    label = {s: str(o) for s, p, o in triples if p == SKOS.prefLabel}
    return {notation[s]: label.get(s, notation[s]) for s in in_scheme & has_broader if s in notation}


def _date_key(d: StatedDate | None) -> date:
    return d.as_date() if d else date.min


def _span(dates) -> tuple[str, str]:
    """first_date/last_date as stated ISO strings, '' where no date is known."""
    ds = sorted({d for d in dates if d}, key=lambda d: (d.as_date(), d.iso()))
    return (ds[0].iso(), ds[-1].iso()) if ds else ("", "")


def _rating_spells(events: dict[date, set[str]]) -> dict[str, list[tuple[str, str | None]]]:
    """From dated ratings of one council, the periods each rating held: a rating holds from the first
    date it is stated until a date at which only other ratings are stated (open-ended if never)."""
    spells: dict[str, list] = defaultdict(list)
    open_: dict[str, date] = {}
    for d in sorted(events):
        stated = events[d]
        for r in sorted(set(open_) - stated):
            spells[r].append((open_.pop(r).isoformat(), d.isoformat()))
        for r in sorted(stated - set(open_)):
            open_[r] = d
    for r, start in sorted(open_.items()):
        spells[r].append((start.isoformat(), None))
    return spells


def gephi_view(model: GraphModel, record: OfstedRecord | None = None) -> tuple[list[ViewNode], list[ViewEdge]]:
    """The nodes and edges both Gephi exports draw, each sorted by id. With `record`, the councils drawn
    also get their official ratings (kg.record) as `rated` edges with source=ofsted."""
    ref = reference()
    nodes: dict[str, dict] = {}
    articles_of: dict[str, set] = defaultdict(set)       # node -> ids of articles linked to it

    def entity(r: Ref) -> str:
        n = str(entity_iri(r))
        if n not in nodes:
            r = model.entities.get((r.kind, r.key), r)   # the label the model keeps for the entity
            label = ref.councils[r.key].name if r.kind == "council" else (
                ref.providers[r.key].name if r.kind == "provider" and r.key in ref.providers else r.label)
            nodes[n] = {"label": label or r.key, "type": _TYPE[r.kind]}
            if r.kind == "council":
                nodes[n]["gss_code"] = r.key
        return n

    def rating(notation: str) -> str:
        n = str(concept(notation))
        nodes.setdefault(n, {"label": notation.replace("-", " "), "type": "Rating", "notation": notation})
        return n

    def issue(notation: str) -> str:
        n = str(concept(notation))
        nodes.setdefault(n, {"label": issue_labels().get(notation, notation.replace("-", " ")),
                             "type": "Issue", "notation": notation})
        return n

    # (source, target, relation) -> aggregated evidence
    plain: dict[tuple, set] = defaultdict(set)           # article ids
    roles: dict[tuple, set] = defaultdict(set)
    rated: dict[tuple, dict] = defaultdict(lambda: {"articles": set(), "dates": []})
    found: dict[tuple, dict] = defaultdict(lambda: {"articles": set(), "dates": []})
    rating_events: dict[str, dict[date, set]] = defaultdict(lambda: defaultdict(set))
    current_claims: dict[str, list] = defaultdict(list)  # council node -> [(date key, rating)]

    for af in model.articles:
        aid = af.article.id
        a = str(article_iri(aid))
        nodes[a] = {"label": af.title or aid, "type": "NewsArticle"}
        if af.published and af.published.day:
            nodes[a]["issued"] = af.published.iso()
        for m in af.mentions:
            n = entity(m)
            plain[(a, n, "mentions")].add(aid)
            articles_of[n].add(aid)
        for author in af.authors:
            n = entity(author)
            plain[(a, n, "author")].add(aid)
            articles_of[n].add(aid)
        for f in af.facts:
            if isinstance(f, Membership) and f.org:
                key = (entity(f.person), entity(f.org), "member")
                plain[key].add(aid)
                roles[key].add(f.role)
                articles_of[key[0]].add(aid)
                articles_of[key[1]].add(aid)
            elif isinstance(f, Judgement) and not f.area:
                # the judgement's own date if stated; else the article's date for a current rating
                when = f.date or (af.published if f.current else None)
                c, r = entity(f.about), rating(f.rating)
                e = rated[(c, r, "rated")]
                e["articles"].add(aid)
                e["dates"].append(when)
                articles_of[c].add(aid)
                articles_of[r].add(aid)
                if when:
                    rating_events[c][when.as_date()].add(f.rating)
                if f.current:
                    current_claims[c].append((_date_key(when), f.rating))
            elif isinstance(f, Finding):
                s = entity(f.about) if f.about else SECTOR_ID
                if not f.about:
                    nodes.setdefault(SECTOR_ID, {"label": SECTOR_LABEL, "type": "Sector"})
                i = issue(f.issue)
                e = found[(s, i, f.polarity)]
                e["articles"].add(aid)
                e["dates"].append(af.published)
                articles_of[s].add(aid)
                articles_of[i].add(aid)
    for (prov, rel, council) in model.relations:
        plain.setdefault((entity(prov), entity(council),
                          "deliversServicesFor" if rel == "delivers" else "ownedBy"), set())
    for (kind, key), r in model.entities.items():
        if kind == "provider":
            for gss in (ref.providers[key].councils if key in ref.providers else ()):
                plain.setdefault((entity(r), entity(Ref("council", gss)), "deliversServicesFor"), set())

    # current: the rating(s) of the most recent statement of the council's current rating
    current: dict[str, set] = {}
    for c, claims in current_claims.items():
        latest = max(k for k, _ in claims)
        current[c] = {r for k, r in claims if k == latest}

    edges: list[tuple[tuple, dict, list]] = []
    for (u, v, rel), arts in plain.items():
        # a relation from the reference tables (a trust delivers services for / is owned by a council)
        # has no article behind it: weight 1, articles 0
        attrs = {"label": rel, "relation": rel, "weight": float(max(len(arts), 1)), "articles": len(arts)}
        if rel == "member":
            attrs["role"] = "; ".join(sorted(roles[(u, v, rel)]))
        edges.append(((u, v, rel), attrs, []))
    for (c, r, rel), e in rated.items():
        first, last = _span(e["dates"])
        notation = nodes[r]["notation"]
        attrs = {"label": rel, "relation": rel, "weight": float(len(e["articles"])),
                 "articles": len(e["articles"]), "current": notation in current.get(c, set()),
                 "first_date": first, "last_date": last, "source": "news"}
        edges.append(((c, r, rel), attrs, _rating_spells(rating_events[c]).get(notation, [])))
    if record is not None:
        edges += _official_rated(record, [d["gss_code"] for d in nodes.values() if d.get("gss_code")], rating)
    for (s, i, polarity), e in found.items():
        first, last = _span(e["dates"])
        attrs = {"label": polarity, "relation": polarity, "weight": float(len(e["articles"])),
                 "articles": len(e["articles"]), "polarity": polarity,
                 "first_date": first, "last_date": last}
        # a finding is stated on the day of its article: one point spell per date
        days = sorted({d.as_date().isoformat() for d in e["dates"] if d})
        edges.append(((s, i, polarity), attrs, [(d, d) for d in days]))

    out_nodes = []
    for n in sorted(nodes):
        attrs = dict(nodes[n])
        colour = RATING_COLOURS.get(attrs.get("notation", ""), COLOURS[attrs["type"]]) \
            if attrs["type"] == "Rating" else COLOURS[attrs["type"]]
        attrs["r"], attrs["g"], attrs["b"] = colour
        if attrs["type"] == "NewsArticle":
            attrs["size"] = BASE_SIZE
        else:
            count = len(articles_of.get(n, ()))
            attrs["article_count"] = count
            attrs["size"] = node_size(count)
        out_nodes.append(ViewNode(n, attrs))
    out_edges = [ViewEdge(f"e{i}", u, v, attrs, spells)
                 for i, ((u, v, _), attrs, spells) in enumerate(sorted(edges, key=lambda e: e[0]))]
    positions = force_layout([n.id for n in out_nodes], [(e.source, e.target) for e in out_edges])
    for n in out_nodes:
        if n.id in positions:
            n.attrs["x"], n.attrs["y"] = positions[n.id]
    _check_types(out_nodes, out_edges)
    return out_nodes, out_edges


def _official_rated(record: OfstedRecord, councils, rating) -> list[tuple[tuple, dict, list]]:
    """Each council's official ratings as `rated` edges (source=ofsted) to the rating nodes: weight = the
    number of reports giving the rating, first/last_date their publication dates, spells the periods the
    rating was in force (until a report gave another), current = the rating of the latest report."""
    out = []
    for gss in sorted(set(councils)):
        official = record.of(gss)
        if not official:
            continue
        c = str(entity_iri(Ref("council", gss)))
        spells = _rating_spells({j.published: {j.rating} for j in official})
        for notation in sorted({j.rating for j in official}):
            days = [j.published.isoformat() for j in official if j.rating == notation]
            attrs = {"label": "rated", "relation": "rated", "weight": float(len(days)), "articles": 0,
                     "current": official[-1].rating == notation, "first_date": days[0], "last_date": days[-1],
                     "source": "ofsted"}
            # a key of its own keeps the official edge apart from (and sorted after) the news edge
            out.append(((c, rating(notation), "rated (ofsted)"), attrs, spells[notation]))
    return out


def edge_type(e: ViewEdge) -> str:
    """The edge's type for Gephi (GraphML's XML `label`, GEXF's `kind`): its relation, and 'rated-ofsted'
    for an official rating, so that Gephi keeps Ofsted's rating of a council beside the news one."""
    return e.attrs["relation"] + ("-ofsted" if e.attrs.get("source") == "ofsted" else "")


def _check_types(nodes: list[ViewNode], edges: list[ViewEdge]) -> None:
    """Every value has the one declared type of its key (bool is not an int here)."""
    for items, keys in ((nodes, dict(NODE_KEYS)), (edges, dict(EDGE_KEYS))):
        for item in items:
            for k, v in item.attrs.items():
                if type(v) is not _PY[keys[k]]:
                    raise TypeError(f"{item.id}: {k}={v!r} is not {keys[k]}")


def to_networkx(model: GraphModel, record: OfstedRecord | None = None) -> nx.MultiDiGraph:
    """The Gephi view as a networkx graph (edge keys: the relation; 'rated-ofsted' for official ratings)."""
    nodes, edges = gephi_view(model, record)
    g = nx.MultiDiGraph()
    for n in nodes:
        g.add_node(n.id, **n.attrs)
    for e in edges:
        g.add_edge(e.source, e.target, key=edge_type(e), id=e.id, **e.attrs)
    return g


_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value) -> str:
    """A value as XML text: booleans as true/false, characters XML 1.0 cannot carry dropped."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return _NOT_XML.sub("", str(value))


GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"


def _key_id(scope: str, name: str) -> str:
    # Unique key ids; the edge label key is "edgelabel", which Gephi also maps to the edge label.
    if scope == "edge" and name == "label":
        return "edgelabel"
    return name


def graphml_bytes(model: GraphModel, view=None) -> bytes:
    """The GraphML document; `view`: gephi_view(model) when the caller already has it."""
    nodes, edges = view or gephi_view(model)
    root = etree.Element(f"{{{GRAPHML_NS}}}graphml", nsmap={None: GRAPHML_NS, "xsi": _XSI})
    root.set(f"{{{_XSI}}}schemaLocation",
             f"{GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd")
    for scope, keys in (("node", NODE_KEYS), ("edge", EDGE_KEYS)):
        for name, typ in keys:
            etree.SubElement(root, f"{{{GRAPHML_NS}}}key", {
                "id": _key_id(scope, name), "for": scope, "attr.name": name, "attr.type": typ})
    graph = etree.SubElement(root, f"{{{GRAPHML_NS}}}graph", {"id": "caregraph", "edgedefault": "directed"})
    for scope, items in (("node", nodes), ("edge", edges)):
        order = [name for name, _ in (NODE_KEYS if scope == "node" else EDGE_KEYS)]
        for item in items:
            attrs = {"id": xml_text(item.id)}
            if scope == "edge":
                # the XML attribute `label` is the edge's type for Gephi, which keeps edges of different
                # types between the same two nodes apart (and merges those of one type)
                attrs.update(source=xml_text(item.source), target=xml_text(item.target),
                             label=xml_text(edge_type(item)))
            el = etree.SubElement(graph, f"{{{GRAPHML_NS}}}{scope}", attrs)
            for name in order:
                if name in item.attrs:
                    d = etree.SubElement(el, f"{{{GRAPHML_NS}}}data", {"key": _key_id(scope, name)})
                    d.text = xml_text(item.attrs[name])
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def write_graphml(model: GraphModel, path: Path, view=None) -> None:
    data = graphml_bytes(model, view)
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
