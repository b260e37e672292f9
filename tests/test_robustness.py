"""Whatever bytes or unicode an article holds, the build keeps good articles and writes valid exports."""
from __future__ import annotations

import networkx as nx
import pyoxigraph as ox
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.build import build

GOOD = "Ofsted has rated Kent County Council's children's services 'good' after a full inspection.\n"


def _check_exports(out):
    triples = list(ox.parse(open(out / "graph.ttl", "rb"), format=ox.RdfFormat.TURTLE))
    assert triples
    g = nx.read_graphml(out / "graph.graphml")
    assert any(d.get("label") == "Kent County Council" for _, d in g.nodes(data=True))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(junk=st.one_of(st.binary(max_size=300), st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_random_article_never_breaks_the_build(nlp, tmp_path_factory, junk):
    src = tmp_path_factory.mktemp("in")
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    (src / "junk.txt").write_bytes(junk)
    out = tmp_path_factory.mktemp("out")
    report = build([str(src)], out, nlp=nlp)
    assert report.articles >= 1
    _check_exports(out)


def test_control_characters_give_valid_exports(nlp, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "ctl.txt").write_text("Kent\x0b news\x01\ufffe\n" + GOOD.replace("Kent", "Kent\x08"), encoding="utf-8")
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    report = build([str(src)], tmp_path / "out", nlp=nlp)
    assert report.articles == 2
    _check_exports(tmp_path / "out")
    from lxml import etree
    etree.parse(str(tmp_path / "out" / "graph.graphml"))  # strict XML parser
