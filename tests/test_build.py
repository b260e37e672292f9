"""kg build on the seeds: valid, deterministic exports that link every council once."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from rdflib import Literal, RDF, RDFS, URIRef

from kg.namespaces import CG, SCHEMA, DCTERMS, PROV
from tests.conftest import SEEDS, SHARED

SEED_COUNCILS = {"E10000034": "Worcestershire County Council", "E10000013": "Gloucestershire County Council",
                 "E08000024": "Sunderland City Council", "E06000027": "Torbay Council"}
JOB_ADVERT_COUNCILS = {"E10000025", "E06000064", "E08000017", "E06000047"}


def test_every_seed_is_an_article(seeds_build, seeds_graph):
    ids = {str(o) for o in seeds_graph.objects(None, DCTERMS.identifier)}
    assert ids == {p.stem for p in SEEDS.glob("*.txt")}
    assert seeds_build[1].articles == 5 and not seeds_build[1].problems


def test_turtle_parses_in_pyoxigraph(seeds_build, seeds_graph):
    import pyoxigraph as ox
    out, _ = seeds_build
    triples = list(ox.parse(open(out / "graph.ttl", "rb"), format=ox.RdfFormat.TURTLE))
    assert len(triples) == len(seeds_graph) > 100


def test_graphml_loads_in_networkx_and_igraph(seeds_build):
    import igraph
    import networkx as nx
    path = seeds_build[0] / "graph.graphml"
    g = nx.read_graphml(path)
    types = {d["type"] for _, d in g.nodes(data=True)}
    assert {"LocalAuthority", "ServiceProvider", "Organization", "Person", "NewsArticle"} <= types
    assert all("relation" in d for *_, d in g.edges(data=True))
    ig = igraph.Graph.Read_GraphML(str(path))
    assert (ig.vcount(), ig.ecount()) == (g.number_of_nodes(), g.number_of_edges())


def test_same_input_same_bytes(seeds_build, tmp_path):
    from kg.build import build
    build([str(SEEDS)], tmp_path)
    for name in ("graph.ttl", "graph.nq", "graph.graphml", "graph.gexf"):
        assert (tmp_path / name).read_bytes() == (seeds_build[0] / name).read_bytes(), name


def test_two_parser_processes_give_the_same_bytes(seeds_build, tmp_path):
    """--jobs 2: the pipeline's own components reach the worker processes, and the order of the
    exports does not depend on which process parsed which article."""
    from click.testing import CliRunner
    from kg.cli import main
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path), "--jobs", "2"])
    assert result.exit_code == 0, result.output
    for name in ("graph.ttl", "graph.nq", "graph.graphml", "graph.gexf"):
        assert (tmp_path / name).read_bytes() == (seeds_build[0] / name).read_bytes(), name


def test_each_seed_council_is_one_node_with_its_gss_code(seeds_graph):
    for gss, name in SEED_COUNCILS.items():
        nodes = set(seeds_graph.subjects(CG.gssCode, Literal(gss)))
        assert len(nodes) == 1, gss
        node = nodes.pop()
        assert (node, RDF.type, CG.LocalAuthority) in seeds_graph
        assert seeds_graph.value(node, RDFS.label) == Literal(name)


def test_no_entity_twice(seeds_graph):
    for cls in (CG.LocalAuthority, CG.ServiceProvider, URIRef("http://www.w3.org/ns/org#Organization"),
                URIRef("http://xmlns.com/foaf/0.1/Person")):
        labels = [str(seeds_graph.value(s, RDFS.label)) for s in seeds_graph.subjects(RDF.type, cls)]
        assert len(labels) == len(set(labels)), cls


def test_tfc_and_together_for_children_are_one_provider(seeds_graph):
    providers = list(seeds_graph.subjects(RDF.type, CG.ServiceProvider))
    assert len(providers) == 1
    p = providers[0]
    assert seeds_graph.value(p, RDFS.label) == Literal("Together for Children")
    assert (p, CG.deliversServicesFor, next(seeds_graph.subjects(CG.gssCode, Literal("E08000024")))) in seeds_graph


def test_job_advert_councils_are_not_mentioned(seeds_graph):
    mentioned = {str(seeds_graph.value(o, CG.gssCode)) for o in seeds_graph.objects(None, SCHEMA.mentions)}
    assert mentioned & JOB_ADVERT_COUNCILS == set()
    # what the articles report (Ofsted's record, also in the graph, is about every council it covers)
    about = {str(seeds_graph.value(o, CG.gssCode)) for s, o in seeds_graph.subject_objects(CG.about)
             if (seeds_graph.value(s, PROV.wasDerivedFrom), RDF.type, SCHEMA.NewsArticle) in seeds_graph}
    assert about and about & JOB_ADVERT_COUNCILS == set()


def test_byline_and_date(seeds_graph):
    a = next(seeds_graph.subjects(DCTERMS.identifier, Literal("000_fa70c2aaf7c187c4")))
    assert str(seeds_graph.value(a, DCTERMS.issued)) == "2022-07-27"
    author = seeds_graph.value(a, SCHEMA.author)
    assert str(seeds_graph.value(author, RDFS.label)) == "Martin Ford"
    assert str(seeds_graph.value(a, DCTERMS.title)) == "Ofsted calls for social care workforce strategy"


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="shared evaluation not present")
def test_score_reports_no_article_missing(seeds_build):
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--gold",
                          str(SHARED / "eval" / "gold" / "seeds.jsonl"), "--ttl",
                          str(seeds_build[0] / "graph.ttl"), "--json"], capture_output=True, text=True, check=True)
    result = json.loads(out.stdout)
    assert result["articles_missing"] == []
    assert result["boilerplate_leaks"] == []
    for kind in ("judgements", "inspections", "providers", "people"):
        assert result[kind]["f1"] >= 0.95, (kind, result[kind])


def test_exports_are_readable_like_any_new_file(seeds_build):
    import os
    umask = os.umask(0)
    os.umask(umask)
    for name in ("graph.ttl", "graph.graphml", "graph.gexf"):
        assert (seeds_build[0] / name).stat().st_mode & 0o777 == 0o666 & ~umask, name
