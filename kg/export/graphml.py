"""Write the graph as GraphML for Gephi, networkx and igraph: entities, articles, ratings and issues as
nodes; mentions, authorship, membership, service delivery, ratings and findings as weighted edges.

The Gephi view (`GephiView`) is shared with the GEXF writer (kg.export.gexf): judgements and findings
are folded into typed edges (council -rated-> rating, council -concern/strength-> issue) rather than
drawn as fact nodes, so the picture shows entities and their relations. With Ofsted's published record
(kg.record), each council drawn also gets its official ratings as `rated` edges with source=ofsted
beside the news ones (source=news). Gephi reads the keys `label`, `weight`, `r`/`g`/`b`, `size` and
`x`/`y` (positions from kg.export.layout) by name, and an edge's XML attribute `label` as its edge type:
every edge carries its relation there (`rated-ofsted` for an official rating, see edge_type), so Gephi
keeps edges of different relations between the same two nodes apart. Every key is declared for nodes or for edges with
one explicit attr.type, values are never lists or None, and nodes and edges are written in sorted order
so that the same input gives the same bytes.

Memory does not grow with the number of articles: the view is given one article's record at a time
(kg.model.view_record, kept in the build store), keeps only what is summed over articles (entity nodes and the edges between
entities, ratings and issues), and streams each article's own node and edges when writing; the files
are written element by element, never held whole.
"""
from __future__ import annotations

import json
import math
import re
import tempfile
from collections import defaultdict
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Callable, Iterable, Iterator
from xml.sax.saxutils import escape

from rdflib.namespace import SKOS

from kg.dates import StatedDate
from kg.export import atomic_path
from kg.export.layout import force_layout, layout_note
from kg.facts import Ref
from kg.model import GraphModel, article_iri, entity_iri, preferred_label, scheme_triples, view_record
from kg.namespaces import CG, ID, concept
from kg.record import OfstedRecord
from kg.reference import reference

_ENTITY = str(ID)
_CONCEPT = str(concept(""))
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


class _Span:
    """The first and last of the dates an edge is stated with, as stated ISO strings ('' if none)."""
    __slots__ = ("first", "last")

    def __init__(self):
        self.first = self.last = None

    def add(self, d: StatedDate | None) -> None:
        if d is None:
            return
        k = (d.as_date(), d.iso())
        if self.first is None or k < self.first:
            self.first = k
        if self.last is None or k > self.last:
            self.last = k

    def iso(self) -> tuple[str, str]:
        return (self.first[1], self.last[1]) if self.first else ("", "")


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


def _news_spells(events: dict[date, set[str]], notations: set[str], latest: tuple[date, set] | None,
                 undated_said: date | None) -> dict[str, list[tuple[str | None, str | None]]]:
    """The periods each of a council's news ratings held, told so that the timeline ends where `current`
    does: the ratings of its latest current statement (`latest`: its date and ratings) hold from then on,
    open-ended, and no other rating does. Before that date, each dated rating holds until another is stated
    (_rating_spells); a past rating stated later than that (contradicted by it) is a one-day spell on its
    date; one stated without a date ("previously inadequate") held until the current one's date, from no
    known start (until `undated_said`, the article that said so, if no rating is current or has a date;
    the timeline's start when that article has no date either)."""
    when, current = latest if latest is not None else (date.min, set())
    dated = when != date.min
    history = {d: set(s) for d, s in events.items() if not dated or d < when}
    if dated:
        history[when] = set(current)
    spells = _rating_spells(history)
    last = max(events, default=None)
    for r in sorted(notations):
        own = spells.get(r, [])
        if r in current:
            if own and own[-1][1] is not None:
                own.append((own[-1][1], None))      # (undated current, after a later-dated other)
            continue
        if own and own[-1][1] is None:              # no rating is current: it held until the last said
            own[-1] = (own[-1][0], last.isoformat() if last else None)
        later = sorted(d for d, s in events.items() if dated and d > when and r in s)
        own += [(d.isoformat(), d.isoformat()) for d in later]
        if not own:
            end = when if dated else (undated_said or last)
            if end is not None:
                own.append((None, end.isoformat()))
        spells[r] = own
    return spells


def _stated(d: list | None) -> StatedDate | None:
    return StatedDate(*d) if d else None


@dataclass
class GephiSource:
    """What the Gephi view is drawn from.

    records: called once, it yields each article's view_record one at a time, sorted by article IRI
    (kg.model.view_record; the build store keeps one per article); labels: entity IRI -> the name of a person or organisation
    (councils and providers are named by the reference tables); relations: (provider IRI,
    'deliversServicesFor' | 'ownedBy', council IRI), from the articles and the reference table."""
    records: Callable[[], Iterable[list]]
    labels: dict[str, str]
    relations: set[tuple[str, str, str]]

    @classmethod
    def of_model(cls, model: GraphModel) -> "GephiSource":
        """The view of an in-memory GraphModel (its articles in article-IRI order)."""
        labels = {str(entity_iri(r)): preferred_label(model.labels_seen[k]) or r.label
                  for k, r in model.entities.items() if r.kind in ("org", "person")}
        relations = {(str(entity_iri(p)), "deliversServicesFor" if rel == "delivers" else "ownedBy",
                      str(entity_iri(c))) for p, rel, c in model.relations}
        ref = reference()
        for (kind, key) in model.entities:
            if kind == "provider" and key in ref.providers:
                relations |= {(str(entity_iri(Ref("provider", key))), "deliversServicesFor",
                               str(entity_iri(Ref("council", g)))) for g in ref.providers[key].councils}
        ordered = sorted(model.articles, key=lambda af: str(article_iri(af.article.id)))
        return cls(lambda: (view_record(af) for af in ordered), labels, relations)


def _colour(attrs: dict) -> tuple[int, int, int]:
    if attrs["type"] == "Rating":
        return RATING_COLOURS.get(attrs.get("notation", ""), COLOURS["Rating"])
    return COLOURS[attrs["type"]]


class GephiView:
    """The nodes and edges both Gephi exports draw, from one pass over the articles. nodes() yields
    ViewNodes sorted by id and edges() ViewEdges sorted by (source, target, relation) with ids e0, e1,
    ... in that order. Articles' IRIs sort before every other node's (…/id/article/ < …/id/council/,
    …/id/org/, …, the ontology's concepts), so each article's node and its mentions/author edges come
    first, read back from a temporary file written during the pass (so that neither the articles nor
    their edges are held in memory), then the summed entity nodes and edges. close() removes the file."""

    def __init__(self, source: GephiSource | None = None, record: OfstedRecord | None = None):
        """A view of `source`'s articles; without a source, an empty view to add() articles to, then
        finish(). `record`: Ofsted's published record, for the official ratings of the councils drawn."""
        self._own = tempfile.TemporaryFile("w+", encoding="utf-8")  # one JSON line per article
        self._record = record
        self.positions: dict[str, tuple[float, float]] = {}          # set by lay_out()
        self.nodes_: dict[str, dict] = {}                     # every node that is not an article
        self._named: dict[str, tuple] = {}                    # node -> (name it was first given, key)
        self.article_count: dict[str, int] = defaultdict(int)  # node -> articles linked to it
        self.articles = 0
        self.facts = 0
        self.article_edges = 0
        self.entity_edges: list[tuple[tuple, dict, list]] = []
        self._plain: dict[tuple, int] = {}                     # entity edges -> articles
        self._roles: dict[tuple, set] = defaultdict(set)
        self._rated: dict[tuple, list] = defaultdict(lambda: [0, _Span()])
        self._found: dict[tuple, list] = defaultdict(lambda: [0, _Span(), set()])
        self._rating_events: dict[str, dict[date, set]] = defaultdict(lambda: defaultdict(set))
        self._latest_current: dict[str, tuple[date, set]] = {}  # council -> (latest date key, ratings)
        self._undated_said: dict[str, date] = {}   # council -> latest article that gave it an undated past rating
        if source is not None:
            for rec in source.records():
                self.add(rec)
            self.finish(source.labels, source.relations)

    def _entity(self, r: list) -> str:
        kind, key, label = r
        n = _ENTITY + kind + "/" + key   # str(entity_iri(Ref(kind, key))), without making an rdflib term
        if n not in self.nodes_:
            ref = reference()
            if kind == "council":
                self.nodes_[n] = {"label": ref.councils[key].name, "type": _TYPE[kind], "gss_code": key}
            elif kind == "provider" and key in ref.providers:
                self.nodes_[n] = {"label": ref.providers[key].name, "type": _TYPE[kind]}
            else:
                # named in finish(): by the shared descriptions' label if there is one, else this name
                self.nodes_[n] = {"label": None, "type": _TYPE[kind]}
                self._named[n] = (label, key)
        return n

    def _rating(self, notation: str) -> str:
        n = _CONCEPT + notation   # str(concept(notation)), without making an rdflib term
        if n not in self.nodes_:
            self.nodes_[n] = {"label": notation.replace("-", " "), "type": "Rating", "notation": notation}
        return n

    def _issue(self, notation: str) -> str:
        n = _CONCEPT + notation
        if n not in self.nodes_:
            self.nodes_[n] = {"label": issue_labels().get(notation, notation.replace("-", " ")), "type": "Issue",
                              "notation": notation}
        return n

    def add(self, record: list) -> None:
        """One article's view_record (kg.model.view_record); articles are added in article-IRI order."""
        iri, attrs, published, n_facts, mentions, authors, facts = record
        entity = self._entity
        published = _stated(published)
        self.articles += 1
        self.facts += n_facts
        linked: set[str] = set()                 # nodes this article is linked to
        own = {(entity(m), "mentions") for m in mentions}
        own |= {(entity(author), "author") for author in authors}
        linked |= {n for n, _ in own}
        self.article_edges += len(own)
        self._own.write(json.dumps([iri, attrs, sorted(own)]) + "\n")
        edges: set[tuple] = set()                # entity edges this article supports
        for kind, *f in facts:
            if kind == "member":
                person, org, role = f
                key = (entity(person), entity(org), "member")
                edges.add(key)
                self._roles[key].add(role)
                linked |= {key[0], key[1]}
            elif kind == "rated":
                council, notation, when, is_current = f
                when = _stated(when)
                c, r = entity(council), self._rating(notation)
                edges.add((c, r, "rated"))
                self._rated[(c, r, "rated")][1].add(when)
                linked |= {c, r}
                if when:
                    self._rating_events[c][when.as_date()].add(notation)
                elif published:
                    said = published.as_date()
                    self._undated_said[c] = max(said, self._undated_said.get(c, said))
                if is_current:
                    k = _date_key(when)
                    have = self._latest_current.get(c)
                    if have is None or k > have[0]:
                        self._latest_current[c] = (k, {notation})
                    elif k == have[0]:
                        have[1].add(notation)
            else:
                about, notation, polarity = f
                s = entity(about) if about else SECTOR_ID
                if not about:
                    self.nodes_.setdefault(SECTOR_ID, {"label": SECTOR_LABEL, "type": "Sector"})
                i = self._issue(notation)
                e = self._found[(s, i, polarity)]
                edges.add((s, i, polarity))
                e[1].add(published)
                if published:
                    e[2].add(published.as_date().isoformat())
                linked |= {s, i}
        for key in edges:
            if key[2] == "member":
                self._plain[key] = self._plain.get(key, 0) + 1
            elif key[2] == "rated":
                self._rated[key][0] += 1
            else:
                self._found[key][0] += 1
        for n in linked:
            self.article_count[n] += 1

    def finish(self, labels: dict[str, str], relations: Iterable[tuple[str, str, str]]) -> None:
        """After the last add(): name the people and organisations (`labels`: entity IRI -> name, from
        the shared descriptions), add the service `relations` (provider IRI, 'deliversServicesFor' |
        'ownedBy', council IRI) and sum the entity edges."""
        def name_them():
            for n, (label, key) in self._named.items():
                self.nodes_[n]["label"] = labels.get(n, label) or key
            self._named = {}

        name_them()
        plain = self._plain
        for prov, rel, council in relations:
            p = self._entity(["provider", prov.rsplit("/", 1)[1], ""])
            c = self._entity(["council", council.rsplit("/", 1)[1], ""])
            plain.setdefault((p, c, rel), 0)
        name_them()   # providers only the relations name

        current = {c: ratings for c, (_, ratings) in self._latest_current.items()}
        for (u, v, rel), n in plain.items():
            # a relation from the reference tables (a trust delivers services for / is owned by a council)
            # has no article behind it: weight 1, articles 0
            attrs = {"label": rel, "relation": rel, "weight": float(max(n, 1)), "articles": n}
            if rel == "member":
                attrs["role"] = "; ".join(sorted(self._roles[(u, v, rel)]))
            self.entity_edges.append(((u, v, rel), attrs, []))
        rated_with: dict[str, set[str]] = defaultdict(set)
        for (c, r, _) in self._rated:
            rated_with[c].add(self.nodes_[r]["notation"])
        known = [d for events in self._rating_events.values() for d in events] + list(self._undated_said.values())
        start = min(known, default=None)   # of the timeline's dated ratings
        spells_of = {c: _news_spells(self._rating_events.get(c, {}), notations, self._latest_current.get(c),
                                     self._undated_said.get(c) or start)
                     for c, notations in rated_with.items()}
        for (c, r, rel), (n, span) in self._rated.items():
            first, last = span.iso()
            notation = self.nodes_[r]["notation"]
            attrs = {"label": rel, "relation": rel, "weight": float(n), "articles": n,
                     "current": notation in current.get(c, set()), "first_date": first, "last_date": last,
                     "source": "news"}
            self.entity_edges.append(((c, r, rel), attrs, spells_of.get(c, {}).get(notation, [])))
        if self._record is not None:
            self.entity_edges += _official_rated(
                self._record, [d["gss_code"] for d in self.nodes_.values() if d.get("gss_code")], self._rating)
        for (s, i, polarity), (n, span, days) in self._found.items():
            first, last = span.iso()
            attrs = {"label": polarity, "relation": polarity, "weight": float(n), "articles": n,
                     "polarity": polarity, "first_date": first, "last_date": last}
            # a finding is stated on the day of its article: one point spell per date
            self.entity_edges.append(((s, i, polarity), attrs, [(d, d) for d in sorted(days)]))
        self.entity_edges.sort(key=lambda e: e[0])

    @property
    def node_count(self) -> int:
        return self.articles + len(self.nodes_)

    @property
    def edge_count(self) -> int:
        return self.article_edges + len(self.entity_edges)

    def dates(self) -> list[str]:
        """Every date a spell starts or ends on, sorted (GEXF's start and end of time)."""
        return sorted({d for _, _, spells in self.entity_edges for spell in spells for d in spell if d})

    def close(self) -> None:
        self._own.close()

    def lay_out(self) -> str | None:
        """Compute node positions (kg.export.layout) for nodes() to carry as x/y; the layout reads the
        edges as they stream, so only node ids and positions are held. Returns layout_note's note."""
        # the ids of nodes() and the ends of edges(), in their order, without making the elements
        node_ids = [a for a, _, _ in self._articles()] + sorted(self.nodes_)
        ends = chain(((a, v) for a, _, own in self._articles() for v, _ in own),
                     ((u, v) for (u, v, _), _, _ in self.entity_edges))
        sizes = [BASE_SIZE] * self.articles + [node_size(self.article_count.get(n, 0)) for n in sorted(self.nodes_)]
        self.positions = force_layout(node_ids, ends, sizes)
        return layout_note(self.node_count)

    def _placed(self, node: ViewNode) -> ViewNode:
        xy = self.positions.get(node.id)
        if xy:
            node.attrs["x"], node.attrs["y"] = xy
        return node

    def _articles(self):
        self._own.seek(0)
        for line in self._own:
            yield json.loads(line)

    def nodes(self) -> Iterator[ViewNode]:
        for a, attrs, _ in self._articles():
            attrs["r"], attrs["g"], attrs["b"] = COLOURS["NewsArticle"]
            attrs["size"] = BASE_SIZE
            yield _checked(self._placed(ViewNode(a, attrs)))
        for n in sorted(self.nodes_):
            attrs = dict(self.nodes_[n])
            attrs["r"], attrs["g"], attrs["b"] = _colour(attrs)
            count = self.article_count.get(n, 0)
            attrs["article_count"] = count
            attrs["size"] = node_size(count)
            yield _checked(self._placed(ViewNode(n, attrs)))

    def edges(self) -> Iterator[ViewEdge]:
        i = 0
        for a, _, own in self._articles():
            for v, rel in own:
                yield _checked(ViewEdge(f"e{i}", a, v, {"label": rel, "relation": rel, "weight": 1.0,
                                                        "articles": 1}))
                i += 1
        for (u, v, _), attrs, spells in self.entity_edges:
            yield _checked(ViewEdge(f"e{i}", u, v, attrs, spells))
            i += 1


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


_NODE_TYPES = {k: _PY[t] for k, t in NODE_KEYS}
_EDGE_TYPES = {k: _PY[t] for k, t in EDGE_KEYS}


def _checked(item):
    """Every value has the one declared type of its key (bool is not an int here)."""
    types = _NODE_TYPES if isinstance(item, ViewNode) else _EDGE_TYPES
    for k, v in item.attrs.items():
        if type(v) is not types[k]:
            raise TypeError(f"{item.id}: {k}={v!r} is not {dict(NODE_KEYS + EDGE_KEYS).get(k, 'declared')}")
    return item


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


_ATTR = {'"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}


# Anything xml_attr or xml_data would change: most values (ids, labels, dates) have none of it, and are
# written as they are without the copies escaping makes (a third of the time of writing the files).
_SPECIAL = re.compile('[&<>"\t\n\r]|' + _NOT_XML.pattern)


@lru_cache(maxsize=1 << 16)
def xml_id(value: str) -> str:
    """xml_attr of a node id, remembered: each id is written once per edge that ends at it."""
    return xml_attr(value)


def xml_attr(value) -> str:
    """A value as a double-quoted XML attribute's content."""
    if type(value) in (int, float):
        return str(value)  # nothing to escape (bool is neither)
    if type(value) is str and not _SPECIAL.search(value):
        return value
    return escape(xml_text(value), _ATTR)


def xml_data(value) -> str:
    """A value as XML character data."""
    if type(value) in (int, float):
        return str(value)
    if type(value) is str and not _SPECIAL.search(value):
        return value
    return escape(xml_text(value))


_DATA_ORDER = {scope: [(name, _key_id(scope, name)) for name, _ in keys]
               for scope, keys in (("node", NODE_KEYS), ("edge", EDGE_KEYS))}


class GraphMLWriter:
    """The view's GraphML as text, element by element (values escaped by xml_attr and xml_data): lxml's
    incremental writer took three times as long, and a build after one new article re-writes every
    element. See write_elements for the order the pieces go in."""

    def __init__(self, view: GephiView):
        self.view = view

    def head(self) -> str:
        keys = "".join(f'  <key id="{_key_id(scope, name)}" for="{scope}" attr.name="{name}" attr.type="{typ}"/>\n'
                       for scope, keys in (("node", NODE_KEYS), ("edge", EDGE_KEYS)) for name, typ in keys)
        return ("<?xml version='1.0' encoding='UTF-8'?>\n"
                f'<graphml xmlns="{GRAPHML_NS}" xmlns:xsi="{_XSI}" xsi:schemaLocation="{GRAPHML_NS} '
                'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
                f'{keys}  <graph id="caregraph" edgedefault="directed">\n')

    def node(self, item: ViewNode) -> str:
        return f'    <node id="{xml_id(item.id)}">{self._data("node", item)}\n    </node>\n'

    def between(self) -> str:
        return ""

    def edge(self, item: ViewEdge) -> str:
        # the XML attribute `label` is the edge's type for Gephi, which keeps edges of different types
        # between the same two nodes apart (and merges those of one type)
        return (f'    <edge id="{xml_attr(item.id)}" source="{xml_id(item.source)}" target="{xml_id(item.target)}"'
                f' label="{xml_attr(edge_type(item))}">{self._data("edge", item)}\n    </edge>\n')

    def tail(self) -> str:
        return "  </graph>\n</graphml>\n"

    def _data(self, scope: str, item) -> str:
        attrs = item.attrs
        return "".join(f'\n      <data key="{key}">{xml_data(attrs[name])}</data>'
                       for name, key in _DATA_ORDER[scope] if name in attrs)


def write_elements(view: GephiView, writers: list[tuple[object, Path]]) -> None:
    """Write the view with each (writer, path) pair in one pass over its nodes and edges: each file gets
    writer.head(), writer.node(n) for every node, writer.between(), writer.edge(e) for every edge and
    writer.tail(), and is written to a temporary file renamed into place when all are complete."""
    with ExitStack() as stack:
        files = [stack.enter_context(open(stack.enter_context(atomic_path(path)), "w", encoding="utf-8",
                                          newline="\n")) for _, path in writers]
        pairs = [(w, f) for (w, _), f in zip(writers, files)]
        for w, f in pairs:
            f.write(w.head())
        for n in view.nodes():
            for w, f in pairs:
                f.write(w.node(n))
        for w, f in pairs:
            f.write(w.between())
        for e in view.edges():
            for w, f in pairs:
                f.write(w.edge(e))
        for w, f in pairs:
            f.write(w.tail())
            f.close()   # before atomic_path renames it


def write_graphml(view: GephiView, path: Path) -> None:
    """The view as GraphML at `path` (written to a temporary file and renamed), one element at a time."""
    write_elements(view, [(GraphMLWriter(view), path)])
