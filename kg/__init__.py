"""caregraph: news about Ofsted inspections of councils' children's services, as a knowledge graph.

    import kg
    g = kg.load("exports/")                       # the GraphML export, as a networkx graph
    kg.council_profile(g, "Worcestershire")       # ratings, issues, providers, people, articles

Kept light: importing kg loads nothing (no spaCy, no RDF stack); the walking functions load networkx
when first used, so `kg build`, which never walks the graph, does not pay for it (a quarter of a second).
"""
__all__ = ["council_profile", "find_node", "load", "neighbours", "path_between"]


def __getattr__(name: str):
    if name in __all__:
        from kg import walk
        return getattr(walk, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + __all__)
