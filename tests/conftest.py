"""Shared fixtures: the spaCy pipeline, one build of the seed articles and one of the development articles
(../shared/eval/dev, read in place) per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from kg.pipeline import load_pipeline
    return load_pipeline()


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory):
    from kg.build import build
    out = tmp_path_factory.mktemp("seeds")
    report = build([str(SEEDS)], out)
    return out, report


@pytest.fixture(scope="session")
def dev_build(nlp, tmp_path_factory):
    """The development articles built once (their folder, as `kg build ../shared/eval/dev` reads it)."""
    from kg.build import build
    dev = SHARED / "eval" / "dev"
    if not dev.is_dir():
        pytest.skip("development articles not present")
    out = tmp_path_factory.mktemp("dev")
    build([str(dev)], out, nlp=nlp)
    return out


@pytest.fixture(scope="session")
def seeds_graph(seeds_build):
    import rdflib
    out, _ = seeds_build
    return rdflib.Graph().parse(out / "graph.ttl", format="turtle")


@pytest.fixture(scope="session")
def extract(nlp):
    """Facts of one made-up article, through the same path as `kg build`."""
    from kg.articles import Article
    from kg.extract.article import extract_article, prepare

    def run(text: str, article_id: str = "t", url: str | None = None, title: str | None = None):
        (masked, context), = list(prepare([Article(article_id, text, article_id, title=title, url=url)]))
        return extract_article(nlp(masked), *context)
    return run
