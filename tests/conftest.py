"""Shared fixtures: the spaCy pipeline, one build of the seed articles and one of the development articles
(../shared/eval/dev, read in place) per test session; a free local port; a real browser."""
from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
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


def free_port() -> int:
    """A port nothing listens on at 127.0.0.1, for a server a test starts."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def answer(url: str, server: subprocess.Popen, timeout: float = 60) -> str:
    """The body of `url` once the `server` a test started answers it; fails if the server stops first or
    does not answer in time."""
    deadline = time.monotonic() + timeout
    while True:
        if server.poll() is not None:
            err = server.stderr.read().decode(errors="replace")[-500:] if server.stderr else ""
            raise AssertionError(f"the server stopped before answering {url}: {err}")
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                return r.read().decode("utf-8")
        except (urllib.error.URLError, OSError):
            if time.monotonic() > deadline:
                raise AssertionError(f"no answer from {url}") from None
            time.sleep(0.2)


@pytest.fixture
def chromium():
    """Debian's Chromium, headless, driven by Playwright: the browser, closed after the test. Skips, saying
    why, where there is no Chromium, no Playwright, or the browser cannot start."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        pytest.skip("no Chromium on this machine (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("Playwright is not installed (pip install -e '.[test]')")
    with sync_playwright() as p:
        try:
            browser = p.chromium.launch(executable_path=path, args=["--no-sandbox"])
        except Exception as exc:   # the browser cannot start here: say why
            pytest.skip(f"Chromium cannot start: {str(exc).splitlines()[0]}")
        try:
            yield browser
        finally:
            browser.close()
