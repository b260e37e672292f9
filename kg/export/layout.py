"""Node positions for the Gephi exports: a force-directed layout computed at export, so the first
picture in Gephi (or any GraphML/GEXF reader) is not a hairball.

igraph's Fruchterman-Reingold layout with a fixed seed (igraph's random number generator is set to a
private `random.Random(SEED)` for the call and given back afterwards), on the undirected simple graph
of the drawn edges. Sizes were measured on this project's machine (2 cores; gnm random graphs with
1.8 edges per node, 500 iterations; `python scripts/benchmark.py --layout` repeats it):

    nodes      exact FR      grid FR
    500        0.6 s         -
    1,000      2.2 s         -
    2,000      9.4 s         0.25 s
    5,000      -             0.6 s
    50,000     -             6.9 s
    200,000    -             32 s
    400,000    -             120 s

So: the exact layout up to EXACT_MAX_NODES, the grid variant (faster: forces only between nearby
nodes) up to LAYOUT_MAX_NODES, and above that no positions (the build notes it): the layout would then
take minutes and a graph that size is better laid out in Gephi itself (ForceAtlas 2).

Positions are scaled so that the median drawn edge is EDGE_LENGTH long (node sizes start at 10), centred
on 0, and rounded to two decimals so that the same input gives the same bytes.
"""
from __future__ import annotations

import random
import statistics

SEED = 20240312
ITERATIONS = 500
EXACT_MAX_NODES = 1_000
LAYOUT_MAX_NODES = 200_000
EDGE_LENGTH = 100.0


def layout_note(n_nodes: int) -> str | None:
    """Why a graph of n_nodes gets no positions, or None when it gets them."""
    if n_nodes > LAYOUT_MAX_NODES:
        return (f"{n_nodes} nodes: no layout positions in graph.graphml/graph.gexf (more than "
                f"{LAYOUT_MAX_NODES:,}); lay the graph out in Gephi")
    return None


def force_layout(node_ids: list[str], edges: list[tuple[str, str]]) -> dict[str, tuple[float, float]]:
    """{node id: (x, y)} for every node, deterministic for the same nodes and edges; {} above
    LAYOUT_MAX_NODES (see layout_note). Nodes without edges are placed too (FR spreads them out)."""
    n = len(node_ids)
    if n == 0 or n > LAYOUT_MAX_NODES:
        return {}
    import igraph

    index = {nid: i for i, nid in enumerate(node_ids)}
    pairs = sorted({tuple(sorted((index[u], index[v]))) for u, v in edges if u != v})
    g = igraph.Graph(n=n, edges=pairs, directed=False)
    igraph.set_random_number_generator(random.Random(SEED))
    try:
        coords = g.layout_fruchterman_reingold(niter=ITERATIONS, grid=n > EXACT_MAX_NODES).coords
    finally:
        igraph.set_random_number_generator(random)  # igraph's default generator
    cx = statistics.fmean(x for x, _ in coords)
    cy = statistics.fmean(y for _, y in coords)
    lengths = [((coords[a][0] - coords[b][0]) ** 2 + (coords[a][1] - coords[b][1]) ** 2) ** 0.5 for a, b in pairs]
    median = statistics.median(lengths) if lengths else 0.0
    scale = EDGE_LENGTH / median if median > 0 else EDGE_LENGTH
    return {nid: (round((coords[i][0] - cx) * scale, 2) + 0.0, round((coords[i][1] - cy) * scale, 2) + 0.0)
            for nid, i in index.items()}
