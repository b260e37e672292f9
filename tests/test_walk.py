"""The Python API: kg.load and the walks over the GraphML export."""
from __future__ import annotations

import doctest
import subprocess
import sys

import networkx as nx
import pytest

import kg
import kg.walk
from kg.namespaces import ID, concept

WORCS = str(ID["council/E10000034"])


@pytest.fixture(scope="module")
def g(seeds_build):
    out, _ = seeds_build
    return kg.load(out)


def test_readme_example(seeds_build):
    out, _ = seeds_build
    g = kg.load(out)
    p = kg.council_profile(g, "Worcestershire")
    assert p["gss"] == "E10000034"
    assert p["label"] == "Worcestershire County Council"
    assert "inadequate" in {r["rating"] for r in p["ratings"]}
    assert "caseloads" in p["concerns"]
    assert {"issue": "caseloads", "polarity": "concern"}.items() <= next(
        i for i in p["issues"] if i["issue"] == "caseloads").items()
    assert p["articles"] and all(g.nodes[a]["type"] == "NewsArticle" for a in p["articles"])


def test_docstring_example_runs(seeds_build, tmp_path, monkeypatch):
    out, _ = seeds_build
    (tmp_path / "exports").symlink_to(out, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    finder = doctest.DocTestFinder()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    tests = [t for t in finder.find(kg.walk, "kg.walk") if t.examples]
    assert tests
    for t in tests:
        runner.run(t)
    assert runner.summarize(verbose=False).failed == 0


def test_load_accepts_folder_or_file_and_explains_a_missing_graph(seeds_build, tmp_path):
    out, _ = seeds_build
    assert isinstance(kg.load(out / "graph.graphml"), nx.MultiDiGraph)
    with pytest.raises(FileNotFoundError, match="no GraphML graph at .*graph.graphml"):
        kg.load(tmp_path)


def test_find_council_by_gss_label_or_alias(g):
    assert kg.find_node(g, "E10000034") == WORCS
    assert kg.find_node(g, "worcestershire county council") == WORCS
    assert kg.find_node(g, "Worcestershire County Council", type="LocalAuthority") == WORCS
    assert kg.council_profile(g, "E10000034")["label"] == "Worcestershire County Council"
    with pytest.raises(KeyError):
        kg.council_profile(g, "Atlantis")


def test_profile_of_a_council_run_by_a_trust(g):
    p = kg.council_profile(g, "Sunderland")
    assert p["gss"] == "E08000024"
    assert p["providers"] == ["Together for Children"]
    assert "inadequate" in {r["rating"] for r in p["ratings"]}
    assert any(i["via"] == "Together for Children" for i in p["issues"])  # findings about the trust
    assert all(i["via"] is None for i in kg.council_profile(g, "Worcestershire")["issues"])


def test_profile_lists_people_with_their_roles(g):
    assert ("Chris Spencer", "director of children's services") in kg.council_profile(g, "Gloucestershire")["people"]


def test_neighbours_filter_by_relation(g):
    everything = kg.neighbours(g, WORCS)
    mentions = kg.neighbours(g, WORCS, relation="mentions")
    assert mentions and set(mentions) < set(everything)
    assert all(rel == "mentions" for _, rel in mentions)
    assert everything == sorted(everything)
    assert kg.neighbours(g, WORCS, relation="no-such-relation") == []


def test_path_between_two_entities(g):
    steps = kg.path_between(g, "Amanda Spielman", "Worcestershire")
    assert steps[0][0] == "Amanda Spielman" and steps[-1] == ("Worcestershire County Council", "")
    assert all(rel for _, rel in steps[:-1])
    assert len(steps) >= 3


def test_profile_reads_rated_and_issue_edges_to_concept_nodes(tmp_path):
    """The reworked GraphML: council -> rating node ('rated'), council -> issue node ('concern'/'strength')."""
    good, caseloads, leadership = (str(concept(n)) for n in ("good", "caseloads", "leadership"))
    g = nx.MultiDiGraph()
    g.add_node("c", label="Kent County Council", type="LocalAuthority", gss_code="E10000016")
    g.add_node(good, label="good", type="Rating")
    g.add_node(caseloads, label="caseloads", type="Issue")
    g.add_node(leadership, label="leadership", type="Issue")
    g.add_node("a", label="an article", type="NewsArticle")
    g.add_edge("c", good, relation="rated", detail="current")
    g.add_edge("c", caseloads, relation="concern", weight=2.0)
    g.add_edge("c", leadership, relation="strength", weight=1.0)
    g.add_edge("a", "c", relation="mentions")
    nx.write_graphml(g, tmp_path / "graph.graphml")
    p = kg.council_profile(kg.load(tmp_path), "Kent")
    assert [(r["rating"], r["current"]) for r in p["ratings"]] == [("good", True)]
    assert p["concerns"] == ["caseloads"] and p["strengths"] == ["leadership"]
    assert p["articles"] == ["a"]


def test_import_kg_stays_light():
    """`import kg` loads no library (kg build pays for none it does not use); networkx comes with the first
    walking function."""
    code = ("import sys, kg; heavy = ('spacy', 'rdflib', 'pyshacl', 'networkx'); "
            "print(sorted(m for m in heavy if m in sys.modules)); kg.load; print('networkx' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["[]", "True"]
