"""Walk the GraphML export with networkx: load it, profile a council, list neighbours, link two entities.

Example (the README's)::

    >>> import kg
    >>> g = kg.load("exports/")                      # a folder with graph.graphml, or the file itself
    >>> p = kg.council_profile(g, "Worcestershire")  # by label, alias or GSS code
    >>> p["gss"]
    'E10000034'
    >>> [r["rating"] for r in p["ratings"]]
    ['inadequate']
    >>> [(r["rating"], r["first_date"]) for r in p["official_ratings"]]   # Ofsted's published record
    [('inadequate', '2017-01-24'), ('requires-improvement', '2019-07-29'), ('good', '2023-07-14')]
    >>> "caseloads" in p["concerns"]
    True
    >>> kg.neighbours(g, p["node"], relation="mentions")[:1]   # (neighbour, relation) pairs
    [('https://w3id.org/caregraph/id/article/001_c66dfc39aa2bc9bf', 'mentions')]
    >>> kg.path_between(g, "Amanda Spielman", "Worcestershire")  # who links them
    [('Amanda Spielman', 'member'), ('Ofsted', 'mentions'), ...]

Nodes carry `label` and `type`; edges carry `relation`. A council's ratings are edges whose relation is
'rated' (the other end is a rating node) or 'rated-<rating>': those with source=ofsted are Ofsted's
published record, the others the news; its issues are 'concern' / 'strength' edges to issue nodes
(rating and issue nodes carry the concept's `notation`).
"""
from __future__ import annotations

import re
from pathlib import Path

import networkx as nx

_ISSUE_RELATIONS = ("concern", "strength")


def load(path="exports") -> nx.MultiDiGraph:
    """The GraphML export as a networkx MultiDiGraph; `path` is a build folder or a .graphml file."""
    p = Path(path)
    file = p / "graph.graphml" if p.is_dir() or not p.suffix else p
    if not file.is_file():
        raise FileNotFoundError(f"no GraphML graph at {file} (build one with `kg build PATH... --out DIR`)")
    g = nx.read_graphml(file, force_multigraph=True)
    g.graph["source"] = str(file)
    return g


def _norm(text: str) -> str:
    return " ".join(str(text).replace("’", "'").split()).casefold()


def _aliases(data: dict) -> list[str]:
    out = []
    for key in ("aliases", "alias", "altLabel", "alt_labels"):
        if data.get(key):
            out += re.split(r"[|;]", str(data[key]))
    return [a for a in out if a.strip()]


def find_node(g, name_or_id: str, type: str | None = None) -> str:
    """The node a name stands for: its id, gss_code, label or an alias (exact, case-insensitive), else the one
    node whose label starts with or contains the name as words. Raises KeyError if none or ambiguous."""
    if name_or_id in g and (type is None or g.nodes[name_or_id].get("type") == type):
        return name_or_id
    want = _norm(name_or_id)
    nodes = [(n, d) for n, d in g.nodes(data=True) if type is None or d.get("type") == type]
    exact = [n for n, d in nodes
             if want == _norm(d.get("gss_code", "")) or want == _norm(d.get("label", ""))
             or want in map(_norm, _aliases(d))]
    if not exact and type in (None, "LocalAuthority"):
        exact = _by_reference_alias(nodes, want)
    if len(exact) == 1:
        return exact[0]
    if not exact:
        pattern = re.compile(r"\b" + re.escape(want) + r"\b")
        exact = [n for n, d in nodes if pattern.search(_norm(d.get("label", "")))]
        if len(exact) == 1:
            return exact[0]
    kind = f" {type}" if type else ""
    if not exact:
        raise KeyError(f"no{kind} node named {name_or_id!r}")
    labels = ", ".join(sorted(g.nodes[n].get("label", n) for n in exact))
    raise KeyError(f"{name_or_id!r} names several{kind} nodes: {labels}")


def _by_reference_alias(nodes, want: str) -> list[str]:
    """Council aliases from the reference table (e.g. 'Worcestershire CC'), matched to nodes by GSS code."""
    try:
        from kg.reference import reference
        codes = reference().council_aliases.get(want, set())
    except (OSError, KeyError):
        return []
    return [n for n, d in nodes if d.get("gss_code") in codes]


def _edges(g, node):
    """(other node, relation, edge data, outgoing?) for every edge at `node`, both directions."""
    for _, v, d in g.out_edges(node, data=True):
        yield v, d.get("relation", ""), d, True
    for u, _, d in g.in_edges(node, data=True):
        yield u, d.get("relation", ""), d, False


def neighbours(g, node: str, relation: str | None = None) -> list[tuple[str, str]]:
    """Sorted (neighbour, relation) pairs over in- and out-edges of `node` (an id or a name),
    only edges whose `relation` attribute equals `relation` when given."""
    node = find_node(g, node)
    return sorted({(other, rel) for other, rel, _, _ in _edges(g, node) if relation is None or rel == relation})


def path_between(g, a: str, b: str) -> list[tuple[str, str]]:
    """Who links two entities: the shortest path in the undirected view, as (node label, relation to the
    next node) steps; the last step's relation is ''. Raises KeyError if either is unknown, and
    networkx.NetworkXNoPath if they are not connected."""
    a, b = find_node(g, a), find_node(g, b)
    nodes = nx.shortest_path(nx.Graph(g.to_undirected(as_view=True)), a, b)
    steps = []
    for here, nxt in zip(nodes, nodes[1:] + [None]):
        rel = ""
        if nxt is not None:
            data = g.get_edge_data(here, nxt) or g.get_edge_data(nxt, here) or {}
            rel = min(d.get("relation", "") for d in data.values()) if data else ""
        steps.append((g.nodes[here].get("label", here), rel))
    return steps


def _concept(g, node: str) -> str:
    """A rating's or issue's notation: a `notation` attribute, else the concept IRI's local name, else the label."""
    # imported here, not at the top, so that `import kg` stays free of rdflib
    from kg.namespaces import CG

    d = g.nodes[node]
    if d.get("notation"):
        return str(d["notation"])
    if node.startswith(str(CG._NS)):
        return node[len(str(CG._NS)):]
    label = _norm(d.get("label", node))
    return "requires-improvement" if label.startswith("requires improvement") else label.replace(" ", "-")


def council_profile(g, name_or_gss: str) -> dict:
    """What the graph says about one council (found by label, alias or GSS code): its label and GSS code,
    ratings the news reports ('rated' edges), official_ratings from Ofsted's published record ('rated'
    edges with source=ofsted: rating, current = the latest report's, inspections = how many reports gave
    it, first_date/last_date = their publication dates), issues ('concern'/'strength' edges), the
    providers running its services, people with a role there, and the articles mentioning it. Ratings,
    issues and people of a provider running the council's services count for the council too, with
    `via` naming the provider."""
    c = find_node(g, name_or_gss, type="LocalAuthority")
    ratings, official, issues, people, articles = [], [], [], set(), set()
    providers = {o for o, _, _, _ in _edges(g, c) if g.nodes[o].get("type") == "ServiceProvider"}
    for subject in [c, *sorted(providers)]:
        via = None if subject == c else g.nodes[subject].get("label", subject)
        for other, rel, d, _ in _edges(g, subject):
            od = g.nodes[other]
            if rel == "rated" and d.get("source") == "ofsted":
                if via is None:  # Ofsted inspects the council, not the provider
                    official.append({"rating": _concept(g, other), "current": _current(d),
                                     "inspections": int(d.get("weight", 1)),
                                     "first_date": d.get("first_date", ""), "last_date": d.get("last_date", "")})
            elif rel == "rated" or rel.startswith("rated-"):  # 'rated-<notation>' to an article: older exports
                legacy = rel.startswith("rated-")
                ratings.append({"rating": rel[len("rated-"):] if legacy else _concept(g, other),
                                "current": _current(d), "articles": int(d.get("articles", 1)),
                                "first_date": d.get("first_date", ""), "last_date": d.get("last_date", ""),
                                "via": via})
            elif rel in _ISSUE_RELATIONS:
                issues.append({"issue": _concept(g, other), "label": od.get("label", other), "polarity": rel,
                               "articles": int(d.get("articles", 1)), "via": via})
            elif od.get("type") == "Person" and rel == "member":
                people.add((od.get("label", other), _role(d)))
            elif od.get("type") == "NewsArticle" and rel == "mentions" and via is None:
                articles.add(other)
    return {
        "node": c,
        "label": g.nodes[c].get("label", c),
        "gss": g.nodes[c].get("gss_code"),
        "ratings": sorted(ratings, key=lambda r: (r["first_date"], r["rating"], r["via"] or "")),
        "official_ratings": sorted(official, key=lambda r: (r["first_date"], r["rating"])),
        "issues": sorted(issues, key=lambda i: (i["polarity"], i["issue"], i["via"] or "")),
        "concerns": sorted({i["issue"] for i in issues if i["polarity"] == "concern"}),
        "strengths": sorted({i["issue"] for i in issues if i["polarity"] == "strength"}),
        "providers": sorted(g.nodes[p].get("label", p) for p in providers),
        "people": sorted(people),          # (name, role)
        "articles": sorted(articles),      # IRIs (node ids) of the articles that mention the council
    }


def _role(d: dict) -> str:
    return str(d.get("role", d.get("detail", "")))


def _current(d: dict):
    """True/False for a current/previous rating, None when the export doesn't say."""
    value = d.get("current", d.get("detail"))
    if value is None or isinstance(value, bool):
        return value
    return {"current": True, "true": True, "previous": False, "false": False}.get(str(value).lower())
