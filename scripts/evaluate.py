#!/usr/bin/env python3
"""Build a set of articles and score it against gold facts, with the misses grouped by kind.

    .venv/bin/python scripts/evaluate.py                        # the development set in ../shared (as a feed with URLs)
    .venv/bin/python scripts/evaluate.py --fold 3/4             # one quarter of it (set it aside while tuning)
    .venv/bin/python scripts/evaluate.py --articles seeds --gold ../shared/eval/gold/seeds.jsonl

Prints per-kind precision, recall and F1, polarity, current-rating and evidence accuracy, then every
miss and extra grouped by kind (judgements, inspections, issues, polarity, providers, people, authors,
current rating, evidence, dates) and within a kind by article. The figures, the folds and the misses are
../shared/eval/score.py's own: it is run as it is, not copied. Exit status 1 when the scorer or the
articles are missing.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
KINDS = ("judgements", "inspections", "issues", "providers", "people")
# How the scorer words each kind of detail line.
_DETAIL_KIND = [
    (re.compile(r": (missed|extra) judgement "), "judgements"),
    (re.compile(r": (missed|extra) inspection "), "inspections"),
    (re.compile(r": (missed|extra) issue "), "issues"),
    (re.compile(r": polarity "), "polarity"),
    (re.compile(r": (missed|extra) provider "), "providers"),
    (re.compile(r": (missed|extra) person "), "people"),
    (re.compile(r": missed author "), "authors"),
    (re.compile(r": judgement .* in gold, isCurrent"), "current rating"),
    (re.compile(r": evidence for "), "evidence"),
    (re.compile(r": published gold="), "dates"),
]
_DETAIL = re.compile(r"^[\w.-]+: ")


def _default_articles() -> str:
    feed = SHARED / "eval" / "dev.jsonl"
    return str(feed if feed.exists() else SHARED / "eval" / "dev")


def run_scorer(scorer: str, gold: str, ttl: Path, fold: str | None, *extra: str) -> str:
    cmd = [sys.executable, scorer, "--gold", gold, "--ttl", str(ttl), *extra]
    if fold:
        cmd += ["--fold", fold]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"evaluate: {scorer} failed: {done.stderr.strip().splitlines()[-1:]}")
    return done.stdout


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", default=_default_articles(), help="articles to build (a folder or a feed)")
    ap.add_argument("--gold", default=str(SHARED / "eval" / "gold" / "dev.jsonl"), help="gold facts (JSON lines)")
    ap.add_argument("--scorer", default=str(SHARED / "eval" / "score.py"), help="the evaluation's score.py")
    ap.add_argument("--out", default=None, help="keep the build in this folder (default: a temporary one)")
    ap.add_argument("--fold", metavar="K/N", help="score only fold K of N, K from 1 to N (the scorer's folds)")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON, no misses")
    a = ap.parse_args(argv)
    for path, what in ((a.scorer, "scorer"), (a.gold, "gold file"), (a.articles, "articles")):
        if not Path(path).exists():
            print(f"evaluate: no {what} at {path}", file=sys.stderr)
            return 1
    from kg.build import build  # after argument checks: loading spaCy takes a few seconds
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(a.out) if a.out else Path(tmp)
        report = build([a.articles], out)
        print(f"built: {report.summary()}", file=sys.stderr)
        result = json.loads(run_scorer(a.scorer, a.gold, out / "graph.ttl", a.fold, "--json"))
        details = [] if a.json else [line for line in run_scorer(a.scorer, a.gold, out / "graph.ttl", a.fold,
                                                                  "--verbose").splitlines()
                                     if _DETAIL.match(line)]
    print(f"{'fold ' + a.fold + ': ' if a.fold else ''}scored against {a.gold}", file=sys.stderr)
    if a.json:
        print(json.dumps(result, indent=2))
        return 0
    for k in KINDS:
        v = result[k]
        print(f"{k:12s} P={v['precision']:.2f} R={v['recall']:.2f} F1={v['f1']:.2f}  "
              f"(tp={v['tp']} fp={v['fp']} fn={v['fn']})")
    print(f"polarity accuracy {result['polarity_accuracy']}  current rating accuracy {result['current_accuracy']}  "
          f"evidence accuracy {result['evidence_accuracy']}  published dates {result['published_dates']}")
    print(f"boilerplate leaks {len(result['boilerplate_leaks'])} {result['boilerplate_leaks']}")
    grouped: dict[str, list[str]] = defaultdict(list)
    for line in details:
        kind = next((name for rx, name in _DETAIL_KIND if rx.search(line)), "other")
        grouped[kind].append(line)
    order = [name for _, name in _DETAIL_KIND] + ["other"]
    for kind in order:
        if grouped.get(kind):
            print(f"\n## {kind} ({len(grouped[kind])})")
            for line in sorted(grouped[kind]):
                print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
