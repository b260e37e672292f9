"""caregraph: news about Ofsted inspections of councils' children's services, as a knowledge graph.

    import kg
    g = kg.load("exports/")                       # the GraphML export, as a networkx graph
    kg.council_profile(g, "Worcestershire")       # ratings, issues, providers, people, articles

Kept light: importing kg loads networkx only (no spaCy, no RDF stack).
"""
from kg.walk import council_profile, find_node, load, neighbours, path_between

__all__ = ["council_profile", "find_node", "load", "neighbours", "path_between"]
