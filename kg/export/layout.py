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

Gephi draws each node as a disc of its size, and a force layout knows nothing of sizes: a council named in
a hundred articles (size 110) covers its neighbours. So the discs are then pushed apart where they
overlap, as Gephi's Noverlap does (each overlapping pair moved apart along the line between them, the
smaller disc more, GAP between them, pairs found by a sweep along x), the picture spread a little when
a crowd does not clear; if some still overlap after SEPARATION_ROUNDS, the whole picture is spread by
the factor that separates them: no two discs overlap. Sizes are read as radii (Gephi's own layouts read
them so), the stricter reading. On the development set's 612 nodes this takes 0.4 s and makes the
picture 1.5 times as wide as the force layout alone; on the 1,400 nodes of a 1,000-article build, 2 s.
Above SEPARATE_MAX_NODES the discs are left where the force layout put them (Gephi's Noverlap does it).
"""
from __future__ import annotations

import math
import random
import statistics

SEED = 20240312
ITERATIONS = 500
EXACT_MAX_NODES = 1_000
LAYOUT_MAX_NODES = 200_000
EDGE_LENGTH = 100.0
GAP = 4.0                 # space left between two discs
SEPARATION_ROUNDS = 1000
SEPARATE_MAX_NODES = 20_000
SPREAD_EVERY, SPREAD = 10, 1.05


def layout_note(n_nodes: int) -> str | None:
    """Why a graph of n_nodes gets no positions, or None when it gets them."""
    if n_nodes > LAYOUT_MAX_NODES:
        return (f"{n_nodes} nodes: no layout positions in graph.graphml/graph.gexf (more than "
                f"{LAYOUT_MAX_NODES:,}); lay the graph out in Gephi")
    return None


def force_layout(node_ids: list[str], edges: list[tuple[str, str]],
                 sizes: list[float] | None = None) -> dict[str, tuple[float, float]]:
    """{node id: (x, y)} for every node, deterministic for the same nodes and edges; {} above
    LAYOUT_MAX_NODES (see layout_note). Nodes without edges are placed too (FR spreads them out). With
    `sizes` (each node's disc radius, in node_ids' order) no two discs overlap."""
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
    xy = [[(x - cx) * scale, (y - cy) * scale] for x, y in coords]
    if sizes is not None and n <= SEPARATE_MAX_NODES:
        separate(xy, sizes)
    return {nid: (round(xy[i][0], 2) + 0.0, round(xy[i][1], 2) + 0.0) for nid, i in index.items()}


def _overlapping(xy: list[list[float]], radii: list[float]) -> list[tuple[int, int, float]]:
    """(i, j, distance) of every pair of discs closer than their radii and GAP, i < j, in that order: a
    sweep along x (numpy), each disc against those whose centres are within its reach in x."""
    import numpy as np

    pts = np.asarray(xy, dtype=float)
    r = np.asarray(radii, dtype=float)
    order = np.argsort(pts[:, 0], kind="stable")
    xs, rs = pts[order, 0], r[order]
    n = len(xs)
    hi = np.searchsorted(xs, xs + rs + r.max() + GAP, side="right")
    counts = hi - np.arange(n) - 1
    total = int(counts.sum())
    if total == 0:
        return []
    a = np.repeat(np.arange(n), counts)
    b = a + 1 + (np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts))
    i, j = order[a], order[b]
    d = np.hypot(pts[j, 0] - pts[i, 0], pts[j, 1] - pts[i, 1])
    near = d < r[i] + r[j] + GAP
    i, j, d = i[near], j[near], d[near]
    lo, hi2 = np.minimum(i, j), np.maximum(i, j)
    keep = np.lexsort((hi2, lo))
    return list(zip(lo[keep].tolist(), hi2[keep].tolist(), d[keep].tolist()))


def separate(xy: list[list[float]], radii: list[float]) -> None:
    """Move discs (centres `xy`, in place) apart until none overlaps: rounds of Noverlap (each overlapping
    pair put apart in turn, the larger disc moving less), and every SPREAD_EVERY rounds that leave
    overlaps the picture spread by SPREAD (a crowd denser than discs can pack only clears by growing);
    after SEPARATION_ROUNDS, the spread that separates every pair left."""
    for k in range(1, SEPARATION_ROUNDS + 1):
        pairs = _overlapping(xy, radii)
        if not pairs:
            return
        if k % SPREAD_EVERY == 0:
            for p in xy:
                p[0] *= SPREAD
                p[1] *= SPREAD
            continue
        for i, j, _ in pairs:
            d = math.hypot(xy[j][0] - xy[i][0], xy[j][1] - xy[i][1])
            need = radii[i] + radii[j] + GAP
            if d >= need:
                continue  # put apart already by an earlier pair
            if d < 1e-9:   # the same place: apart along a direction given by the pair, not by chance
                angle = (i * 2.399963 + j) % (2 * math.pi)
                ux, uy = math.cos(angle), math.sin(angle)
            else:
                ux, uy = (xy[j][0] - xy[i][0]) / d, (xy[j][1] - xy[i][1]) / d
            share = radii[j] ** 2 / (radii[i] ** 2 + radii[j] ** 2)   # the larger disc moves less
            xy[i][0] -= ux * (need - d) * share
            xy[i][1] -= uy * (need - d) * share
            xy[j][0] += ux * (need - d) * (1 - share)
            xy[j][1] += uy * (need - d) * (1 - share)
    pairs = _overlapping(xy, radii)
    if pairs:
        spread = max((radii[i] + radii[j] + GAP) / max(d, 1e-6) for i, j, d in pairs)
        for p in xy:
            p[0] *= spread
            p[1] *= spread
