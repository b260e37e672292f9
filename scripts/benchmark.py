"""Measure `kg build` throughput (words/s) on copies of the seed articles; speed is measured here, never in tests.

    .venv/bin/python scripts/benchmark.py --words 100000 [--jobs 2]
    .venv/bin/python scripts/benchmark.py --layout      # the Gephi layout's time by graph size

The layout's numbers (kg/export/layout.py) are measured on random graphs with as many edges per node as
caregraph's (about 1.8), since a corpus that gives 200,000 nodes is not at hand.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.build import build  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=100_000, help="approximate size of the corpus")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--model", default=None)
    ap.add_argument("--layout", action="store_true", help="time the Gephi layout by graph size instead")
    ap.add_argument("--no-record", action="store_true", help="build without Ofsted's published record")
    a = ap.parse_args()
    if a.layout:
        return layout_timings()
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    per_round = sum(len(t.split()) for t in texts)
    rounds = max(1, a.words // per_round)
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        src = work / "in"
        src.mkdir()
        for r in range(rounds):
            for p, t in zip(seeds, texts):
                # a line of its own keeps copies from being dropped as duplicates
                (src / f"{p.stem}-{r}.txt").write_text(f"{t}\nCopy {r}.\n", encoding="utf-8")
        words = rounds * per_round
        t0 = time.perf_counter()
        report = build([str(src)], work / "out", model=a.model, jobs=a.jobs, record=not a.no_record)
        seconds = time.perf_counter() - t0
        print(f"{report.articles} articles, {words} words, {report.triples} triples: "
              f"{seconds:.1f} s, {words / seconds:,.0f} words/s (jobs={a.jobs}{', no record' if a.no_record else ''})")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def layout_timings(sizes=(500, 1_000, 2_000, 5_000, 50_000, 200_000)):
    """Seconds of kg.export.layout.force_layout (exact up to EXACT_MAX_NODES, grid above) by node count."""
    import random as rnd

    from kg.export import layout
    for n in sizes:
        r = rnd.Random(1)
        nodes = [f"n{i}" for i in range(n)]
        edges = [(nodes[r.randrange(n)], nodes[r.randrange(n)]) for _ in range(int(n * 1.8))]
        t0 = time.perf_counter()
        layout.force_layout(nodes, edges)
        kind = "exact" if n <= layout.EXACT_MAX_NODES else "grid"
        print(f"{n:>9,} nodes  {kind:5}  {time.perf_counter() - t0:6.2f} s", flush=True)


if __name__ == "__main__":
    main()
