"""Measure `kg build` throughput (words/s) on copies of the seed articles; speed is measured here, never in tests.

    .venv/bin/python scripts/benchmark.py --words 100000 [--jobs 2]
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
    a = ap.parse_args()
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
        report = build([str(src)], work / "out", model=a.model, jobs=a.jobs)
        seconds = time.perf_counter() - t0
        print(f"{report.articles} articles, {words} words, {report.triples} triples: "
              f"{seconds:.1f} s, {words / seconds:,.0f} words/s (jobs={a.jobs})")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
