"""Write the graph as GraphML for Gephi and networkx: entities and articles as nodes, relations as edges."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import networkx as nx

from kg.export import atomic_path
from kg.facts import Judgement, Membership, Ref
from kg.model import GraphModel, article_iri, entity_iri
from kg.reference import reference

_TYPE = {"council": "LocalAuthority", "provider": "ServiceProvider", "org": "Organization", "person": "Person"}


def to_networkx(model: GraphModel) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    ref = reference()
    articles_per_entity: Counter = Counter()

    def node(r: Ref):
        n = str(entity_iri(r))
        if n not in g:
            label = ref.councils[r.key].name if r.kind == "council" else (
                ref.providers[r.key].name if r.kind == "provider" else r.label)
            g.add_node(n, label=label, type=_TYPE[r.kind])
            if r.kind == "council":
                g.nodes[n]["gss_code"] = r.key
        return n

    edges: Counter = Counter()
    for af in model.articles:
        a = str(article_iri(af.article.id))
        g.add_node(a, label=af.title or af.article.id, type="NewsArticle")
        if af.published and af.published.day:
            g.nodes[a]["issued"] = af.published.iso()
        for m in sorted(af.mentions):
            edges[(a, node(m), "mentions", "")] += 1
            articles_per_entity[node(m)] += 1
        if af.author:
            edges[(a, node(af.author), "author", "")] += 1
        for f in af.facts:
            if isinstance(f, Membership) and f.org:
                edges[(node(f.person), node(f.org), "member", f.role)] += 1
            elif isinstance(f, Judgement) and not f.area:
                # rated: one edge per council and rating, in the direction of the article's claim
                rel = "rated-" + f.rating
                edges[(node(f.about), a, rel, "current" if f.current else "previous")] += 1
    for (prov, rel, council) in sorted(model.relations):
        edges[(node(prov), node(council), "deliversServicesFor" if rel == "delivers" else "ownedBy", "")] += 1
    for (kind, key), r in sorted(model.entities.items()):
        if kind == "provider":
            for gss in ref.providers[key].councils:
                edges[(node(r), node(Ref("council", gss)), "deliversServicesFor", "")] += 1
    for (u, v, rel, detail), count in sorted(edges.items()):
        attrs = {"relation": rel, "weight": float(count)}
        if detail:
            attrs["detail"] = detail
        g.add_edge(u, v, key=f"{rel}:{detail}" if detail else rel, **attrs)
    for n, count in articles_per_entity.items():
        g.nodes[n]["article_count"] = count
    return g


def write_graphml(model: GraphModel, path: Path) -> None:
    g = to_networkx(model)
    with atomic_path(path) as tmp:
        nx.write_graphml(g, tmp, named_key_ids=True)
