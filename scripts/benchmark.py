"""The one place caregraph's speed is measured (never in tests): `kg build` against a bare `nlp.pipe` of the
same pipeline over the same texts, in the same run, then the incremental cases.

    .venv/bin/python scripts/benchmark.py --articles 1000 [--jobs 1 2] [--model NAME] [--no-bare] [--no-incremental]
    .venv/bin/python scripts/benchmark.py --layout      # the Gephi layout's time by graph size

It writes an N-article corpus of distinct texts (the seed articles with their councils and people
swapped for others, and a numbered line), then for each --jobs value runs, each in a child process:
  - bare: kg.pipeline.load_pipeline() (the pipeline `kg build` runs) and nlp.pipe over the same texts;
  - build: `kg build CORPUS --out DIR --jobs N` into an empty folder;
and prints seconds (wall and CPU), caregraph.db's share (its export timed again alone), words/s, articles/s, the ratio of kg build's throughput to bare
nlp.pipe's (by wall time and by CPU time: on a shared machine the CPU ratio is the steadier one) and
each child's peak RSS (resource usage of the child as returned by os.wait4, in MB). Then, on the jobs=1 build's folder:
  - rerun with nothing changed (and whether every export is byte-identical and untouched),
  - +1 article, 1 article changed, --prune of 1 article,
and, for comparison, `kg build` of that one article alone into an empty folder (what adding it costs
whatever the corpus: Python start, pipeline load, extraction, exports) and its bare parse.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KG = [sys.executable, "-m", "kg.cli"]
EXPORTS = ("graph.ttl", "graph.nq", "graph.graphml", "graph.gexf", "caregraph.db")

# caregraph.db written again from a build's graph.nq, alone: its share of kg build's time.
DATABASE_TIME = """
import sys
from pathlib import Path
from kg.export.database import export_database
export_database(Path(sys.argv[1]))
"""

BARE = """
import sys, time
from pathlib import Path
from kg.pipeline import load_pipeline
paths = sorted(Path(sys.argv[1]).glob("*.txt"))
nlp = load_pipeline(sys.argv[3] or None)
texts = (p.read_text(encoding="utf-8") for p in paths)
n = sum(1 for _ in nlp.pipe(texts, batch_size=50, n_process=int(sys.argv[2])))
print(n)
"""

FIRST = ["Alex", "Sam", "Jordan", "Priya", "Tom", "Grace", "Imran", "Helen", "Marcus", "Nadia", "Owen", "Ruth",
         "Callum", "Aisha", "Declan", "Fiona", "Gareth", "Hannah", "Kwame", "Leah"]
LAST = ["Ashworth", "Bramley", "Carver", "Dunmore", "Ellison", "Fairbairn", "Gaskell", "Holloway", "Ibbotson",
        "Jessop", "Kershaw", "Lomax", "Marsden", "Nuttall", "Ormerod", "Pickles", "Quarmby", "Rudd", "Sowerby",
        "Thwaite", "Uttley", "Varley", "Whitehead", "Yardley"]
SEED_COUNCILS = ("Worcestershire", "Gloucestershire", "Sunderland", "Torbay")


def make_corpus(folder: Path, n: int, seed: int = 11) -> int:
    """n distinct article texts in folder (a-00000.txt ...); returns the number of words."""
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    with (ROOT / "kg" / "data" / "local_authorities.csv").open(encoding="utf-8") as fh:
        councils = sorted({row["short_name"] for row in csv.DictReader(fh) if not row["valid_to"]})
    people = sorted({name for t in texts for name in re.findall(r"\b[A-Z][a-z]+ [A-Z][a-z]{3,}\b", t)})
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    for i in range(n):
        text = texts[i % len(texts)]
        for old in SEED_COUNCILS:
            text = text.replace(old, rng.choice(councils))
        for name in people:
            if rng.random() < 0.5:
                text = text.replace(name, f"{rng.choice(FIRST)} {rng.choice(LAST)}")
        text += f"\nBenchmark article {i}.\n"
        words += len(text.split())
        (folder / f"a-{i:05d}.txt").write_text(text, encoding="utf-8")
    return words


CPU = [0.0]


def run(cmd: list[str]) -> tuple[float, float, str]:
    """Run a child; (wall seconds, peak RSS in MB, stdout+stderr). Its CPU seconds (user + system, its
    own children's included) are left in CPU[0]."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    CPU[0] = usage.ru_utime + usage.ru_stime
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 3):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{out}")
    return seconds, usage.ru_maxrss / 1024, out


def digests(folder: Path) -> dict[str, tuple[str, int]]:
    return {n: (hashlib.sha256((folder / n).read_bytes()).hexdigest(), (folder / n).stat().st_mtime_ns)
            for n in EXPORTS}


def main():
    ap = argparse.ArgumentParser(description=" ".join(__doc__.split("\n\n")[0].split()))
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--model", default="")
    ap.add_argument("--no-bare", action="store_true", help="time only kg build (e.g. for memory at 10,000)")
    ap.add_argument("--no-incremental", action="store_true")
    ap.add_argument("--no-record", action="store_true", help="build without Ofsted's record (kg build --no-record)")
    ap.add_argument("--layout", action="store_true", help="time the Gephi layout by graph size instead")
    a = ap.parse_args()
    if a.layout:
        return layout_timings()
    model = (["--model", a.model] if a.model else []) + (["--no-record"] if a.no_record else [])
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        corpus = work / "corpus"
        words = make_corpus(corpus, a.articles)
        print(f"corpus: {a.articles} articles, {words:,} words; {os.cpu_count()} CPUs, "
              f"load average {os.getloadavg()[0]:.2f} at start")
        for jobs in a.jobs:
            bare = None
            if not a.no_bare:
                bare, bare_rss, _ = run([sys.executable, "-c", BARE, str(corpus), str(jobs), a.model])
                bare_cpu = CPU[0]
                print(f"jobs={jobs} bare nlp.pipe: {bare:.1f} s ({bare_cpu:.1f} s CPU), {words / bare:,.0f} words/s, "
                      f"{a.articles / bare:.2f} articles/s, peak RSS {bare_rss:.0f} MB")
            out = work / f"out-{jobs}"
            secs, rss, log = run(KG + ["build", str(corpus), "--out", str(out), "--jobs", str(jobs)] + model)
            ratio = (f", throughput ratio to bare {bare / secs:.2f} (wall), {bare_cpu / CPU[0]:.2f} (CPU)"
                     if bare else "")
            print(f"jobs={jobs} kg build:      {secs:.1f} s ({CPU[0]:.1f} s CPU), {words / secs:,.0f} words/s, "
                  f"{a.articles / secs:.2f} articles/s, peak RSS {rss:.0f} MB{ratio}")
            print(f"    {log.strip().splitlines()[-1]}")
            db, _, _ = run([sys.executable, "-c", DATABASE_TIME, str(out)])
            print(f"    of which caregraph.db (kg.export.database, timed again alone): {db:.1f} s, "
                  f"{100 * db / secs:.1f} % of the build")
        if a.no_incremental:
            return
        out = work / f"out-{a.jobs[0]}"
        first = digests(out)
        build = KG + ["build", str(corpus), "--out", str(out)] + model
        secs, rss, log = run(build)
        same = digests(out) == first
        print(f"rerun, nothing changed: {secs:.2f} s, peak RSS {rss:.0f} MB, exports byte-identical and "
              f"untouched: {same}\n    {log.strip().splitlines()[-1]}")
        one = work / "one"
        one.mkdir()
        text = (corpus / "a-00000.txt").read_text(encoding="utf-8") + "One more article for the benchmark.\n"
        (one / "a-new.txt").write_text(text, encoding="utf-8")
        parse_one, _, _ = run([sys.executable, "-c", BARE, str(one), "1", a.model])
        alone, _, _ = run(KG + ["build", str(one), "--out", str(work / "one-out")] + model)
        shutil.copy(one / "a-new.txt", corpus / "a-new.txt")
        secs, _, log = run(build)
        print(f"+1 article: {secs:.2f} s; kg build of that article alone into an empty folder: {alone:.2f} s "
              f"(difference: what the {a.articles} stored articles cost, {secs - alone:.2f} s); bare parse of "
              f"it, pipeline load included: {parse_one:.2f} s (+1 over its bare parse: {secs - parse_one:.2f} s)"
              f"\n    {log.strip().splitlines()[-1]}")
        changed = corpus / "a-00001.txt"
        changed.write_text(changed.read_text(encoding="utf-8") + "A sentence added later.\n", encoding="utf-8")
        secs, _, log = run(build)
        print(f"1 article changed: {secs:.2f} s\n    {log.strip().splitlines()[-1]}")
        (corpus / "a-00002.txt").unlink()
        secs, _, log = run(build + ["--prune"])
        print(f"--prune 1 article: {secs:.2f} s\n    {log.strip().splitlines()[-1]}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def layout_timings(sizes=(500, 1_000, 2_000, 5_000, 50_000, 200_000)):
    """Seconds of kg.export.layout.force_layout (exact up to EXACT_MAX_NODES, grid above) by node count,
    on random graphs with as many edges per node as caregraph's (about 1.8), since a corpus that gives
    200,000 nodes is not at hand."""
    sys.path.insert(0, str(ROOT))
    from kg.export import layout
    for n in sizes:
        r = random.Random(1)
        nodes = [f"n{i}" for i in range(n)]
        edges = [(nodes[r.randrange(n)], nodes[r.randrange(n)]) for _ in range(int(n * 1.8))]
        t0 = time.perf_counter()
        layout.force_layout(nodes, edges)
        kind = "exact" if n <= layout.EXACT_MAX_NODES else "grid"
        print(f"{n:>9,} nodes  {kind:5}  {time.perf_counter() - t0:6.2f} s", flush=True)


if __name__ == "__main__":
    main()
