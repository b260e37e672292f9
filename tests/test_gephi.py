"""The Gephi exports: GraphML with Gephi's key names and folded rating/issue edges, and GEXF 1.3 with
dated spells that validates against the GEXF 1.3 XML Schema."""
from __future__ import annotations

from collections import defaultdict

import networkx as nx
import pytest
from lxml import etree

from tests.conftest import SEEDS, SHARED

GML = "{http://graphml.graphdrawing.org/xmlns}"
GEXF = "{http://gexf.net/1.3}"
VIZ = "{http://gexf.net/1.3/viz}"
GEXF_XSD = SHARED / "schemas" / "gexf-1.3" / "gexf.xsd"
KENT = "https://w3id.org/caregraph/id/council/E10000016"
RATING = "https://w3id.org/caregraph/ontology#"

ARTICLES = {
    "a1.txt": "Jo Smith 12 March 2021\n\nOfsted has rated Kent County Council's children's services "
              "'inadequate' after a full inspection. Inspectors found high caseloads and poor management "
              "oversight.\n",
    "a2.txt": "Sam Lee 9 June 2022\n\nKent County Council's children's services remain rated 'inadequate', "
              "Ofsted said after a monitoring visit. Caseloads remain too high.\n",
    "a3.txt": "Jo Smith 3 May 2023\n\nOfsted has rated Kent County Council's children's services 'good' after "
              "a full inspection. Inspectors praised the stable workforce, but caseloads remain too high.\n",
}


@pytest.fixture(scope="module")
def made_up_build(nlp, tmp_path_factory):
    from kg.build import build
    src = tmp_path_factory.mktemp("made-up")
    for name, text in ARTICLES.items():
        (src / name).write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("made-up-out")
    # the news edges alone; Ofsted's record beside them is tested in tests/test_check.py
    report = build([str(src)], out, nlp=nlp, record=False)
    assert report.articles == 3 and not report.problems
    return out


@pytest.fixture(scope="module")
def gexf_schema():
    if not GEXF_XSD.exists():
        pytest.skip(f"no GEXF schema at {GEXF_XSD}")
    return etree.XMLSchema(etree.parse(str(GEXF_XSD)))


def _keys(path):
    return etree.parse(str(path)).getroot().findall(f"{GML}key")


def _edges(path, relation):
    g = nx.read_graphml(path)
    return g, [(u, v, d) for u, v, d in g.edges(data=True) if d["relation"] == relation]


def _gexf_edges(path):
    """edge element by (source, target, relation attvalue)"""
    root = etree.parse(str(path)).getroot()
    out = {}
    for e in root.iter(f"{GEXF}edge"):
        rel = e.find(f"{GEXF}attvalues/{GEXF}attvalue[@for='relation']").get("value")
        out[(e.get("source"), e.get("target"), rel)] = e
    return out


def _spells(edge):
    return [(s.get("start"), s.get("end")) for s in edge.iter(f"{GEXF}spell")]


# -- GraphML -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("build_name", ["seeds", "made_up"])
def test_graphml_keys_follow_gephi_conventions(build_name, seeds_build, request):
    out = seeds_build[0] if build_name == "seeds" else request.getfixturevalue("made_up_build")
    keys = _keys(out / "graph.graphml")
    declared = {(k.get("for"), k.get("attr.name")): k.get("attr.type") for k in keys}
    expected = {("node", "label"): "string", ("node", "r"): "int", ("node", "g"): "int", ("node", "b"): "int",
                ("node", "size"): "float", ("node", "type"): "string",
                ("edge", "weight"): "double", ("edge", "label"): "string", ("edge", "relation"): "string",
                ("edge", "current"): "boolean"}
    for k, typ in expected.items():
        assert declared.get(k) == typ, k
    # every key for node or edge with an explicit type; one type per key name and scope; unique ids
    assert all(k.get("for") in ("node", "edge") and k.get("attr.type") for k in keys)
    assert len(declared) == len(keys)
    ids = [k.get("id") for k in keys]
    assert len(ids) == len(set(ids))
    # every data element refers to a key declared for its element
    root = etree.parse(str(out / "graph.graphml")).getroot()
    scope_of = {k.get("id"): k.get("for") for k in keys}
    for el in root.iter(f"{GML}node", f"{GML}edge"):
        for d in el.findall(f"{GML}data"):
            assert scope_of[d.get("key")] == etree.QName(el).localname
            text = d.text or ""
            assert text != "None"
            assert text or d.get("key") in ("first_date", "last_date"), d.get("key")  # '' only for unknown dates


def test_graphml_nodes_have_label_type_colour_and_size(seeds_build):
    g = nx.read_graphml(seeds_build[0] / "graph.graphml")
    for n, d in g.nodes(data=True):
        assert {"label", "type", "r", "g", "b", "size"} <= set(d), n
        assert all(isinstance(d[c], int) and 0 <= d[c] <= 255 for c in "rgb")
        assert isinstance(d["size"], float) and d["size"] >= 10.0
    types = {d["type"] for _, d in g.nodes(data=True)}
    assert {"LocalAuthority", "ServiceProvider", "Organization", "Person", "NewsArticle", "Rating", "Issue"} <= types
    colours = defaultdict(set)
    for _, d in g.nodes(data=True):
        if d["type"] not in ("Rating",):
            colours[d["type"]].add((d["r"], d["g"], d["b"]))
    assert all(len(c) == 1 for c in colours.values())                # one colour per node type
    assert len({next(iter(c)) for c in colours.values()}) == len(colours)  # and distinct types differ
    # Worcestershire is mentioned and rated in its article: bigger than a council nobody mentions
    worcs = g.nodes["https://w3id.org/caregraph/id/council/E10000034"]
    assert worcs["article_count"] >= 1
    assert worcs["size"] == pytest.approx(10.0 + 10.0 * worcs["article_count"] ** 0.5)


def test_node_sizes_grow_with_the_square_root_of_article_counts():
    from kg.export.graphml import node_size
    assert [node_size(n) for n in (0, 1, 4, 100, 400)] == [10.0, 20.0, 30.0, 110.0, 210.0]


def test_graphml_issue_nodes_have_readable_labels(seeds_build):
    from kg.export.graphml import issue_labels
    assert len(issue_labels()) == 27
    g = nx.read_graphml(seeds_build[0] / "graph.graphml")
    issues = {d["notation"]: d["label"] for _, d in g.nodes(data=True) if d["type"] == "Issue"}
    assert issues and all(issue_labels()[k] == v for k, v in issues.items())
    assert issues.get("caseloads") == "caseloads"
    assert any(k != v.replace(" ", "-") for k, v in issues.items())  # labels are not just notations


def test_graphml_has_rated_and_concern_edges_with_weights(seeds_build):
    g, rated = _edges(seeds_build[0] / "graph.graphml", "rated")
    worcs = "https://w3id.org/caregraph/id/council/E10000034"
    assert any(u == worcs and v == RATING + "inadequate" for u, v, _ in rated)
    for u, v, d in rated:
        assert g.nodes[v]["type"] == "Rating" and g.nodes[u]["type"] in ("LocalAuthority", "ServiceProvider")
        assert isinstance(d["weight"], float) and d["weight"] >= 1.0 and d["label"] == "rated"
        assert isinstance(d["current"], bool) and isinstance(d["first_date"], str)
    _, concern = _edges(seeds_build[0] / "graph.graphml", "concern")
    assert concern and all(g.nodes[v]["type"] == "Issue" and d["weight"] >= 1.0 and d["polarity"] == "concern"
                           for u, v, d in concern)
    assert any(u == worcs for u, _, _ in concern)
    rels = {d["relation"] for *_, d in g.edges(data=True)}
    assert {"mentions", "deliversServicesFor", "member", "rated", "concern", "strength"} <= rels
    # bookkeeping nodes (judgement/finding/inspection/evidence fact nodes) are not drawn
    assert not any("/judgement/" in n or "/finding/" in n for n in g.nodes)


def test_graphml_weights_count_articles_and_current_follows_the_latest_rating(made_up_build):
    g, rated = _edges(made_up_build / "graph.graphml", "rated")
    by_rating = {v.removeprefix(RATING): d for u, v, d in rated if u == KENT}
    assert by_rating["inadequate"]["weight"] == 2.0
    assert by_rating["inadequate"]["current"] is False
    assert (by_rating["inadequate"]["first_date"], by_rating["inadequate"]["last_date"]) == ("2021-03-12", "2022-06-09")
    assert by_rating["good"]["weight"] == 1.0 and by_rating["good"]["current"] is True
    _, concern = _edges(made_up_build / "graph.graphml", "concern")
    caseloads = [d for u, v, d in concern if u == KENT and v.endswith("#caseloads")]
    assert caseloads and caseloads[0]["weight"] == 3.0
    assert (caseloads[0]["first_date"], caseloads[0]["last_date"]) == ("2021-03-12", "2023-05-03")


def test_graphml_loads_in_igraph(seeds_build):
    import igraph
    path = seeds_build[0] / "graph.graphml"
    ig = igraph.Graph.Read_GraphML(str(path))
    g = nx.read_graphml(path)
    assert (ig.vcount(), ig.ecount()) == (g.number_of_nodes(), g.number_of_edges())
    assert {"label", "weight", "relation"} <= set(ig.es.attributes())
    assert {"label", "r", "g", "b", "size"} <= set(ig.vs.attributes())


# -- GEXF --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("build_name", ["seeds", "made_up"])
def test_gexf_validates_against_the_gexf_1_3_schema(build_name, seeds_build, gexf_schema, request):
    out = seeds_build[0] if build_name == "seeds" else request.getfixturevalue("made_up_build")
    doc = etree.parse(str(out / "graph.gexf"))
    assert gexf_schema.validate(doc), gexf_schema.error_log
    graph = doc.getroot().find(f"{GEXF}graph")
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    # undated edges (mentions) are there without spells, and still validate
    assert any(e.find(f"{GEXF}spells") is None for e in doc.getroot().iter(f"{GEXF}edge"))
    for node in doc.getroot().iter(f"{GEXF}node"):
        assert node.find(f"{VIZ}color") is not None and node.find(f"{VIZ}size") is not None


def test_networkx_reads_gexf_colours_and_sizes(seeds_build):
    x = nx.read_gexf(seeds_build[0] / "graph.gexf")
    g = nx.read_graphml(seeds_build[0] / "graph.graphml")
    for n, d in x.nodes(data=True):
        viz = d.get("viz")
        assert viz and set(viz["color"]) >= {"r", "g", "b"}, n
        gd = g.nodes[n]
        assert (viz["color"]["r"], viz["color"]["g"], viz["color"]["b"]) == (gd["r"], gd["g"], gd["b"])
        assert viz["size"] == pytest.approx(gd["size"])


def test_the_schema_check_can_fail(seeds_build, gexf_schema):
    doc = etree.parse(str(seeds_build[0] / "graph.gexf"))
    doc.getroot().find(f"{GEXF}graph").set("timeformat", "fortnight")
    assert not gexf_schema.validate(doc)


def test_gexf_judgement_edges_carry_dated_spells(made_up_build):
    edges = _gexf_edges(made_up_build / "graph.gexf")
    inadequate = edges[(KENT, RATING + "inadequate", "rated")]
    good = edges[(KENT, RATING + "good", "rated")]
    # inadequate from the first inspection until the council was rated good; good from then on
    assert _spells(inadequate) == [("2021-03-12", "2023-05-03")]
    assert _spells(good) == [("2023-05-03", None)]
    assert inadequate.get("weight") == "2.0"
    caseloads = edges[(KENT, RATING + "caseloads", "concern")]
    assert _spells(caseloads) == [("2021-03-12", "2021-03-12"), ("2022-06-09", "2022-06-09"),
                                  ("2023-05-03", "2023-05-03")]


def test_gexf_loads_in_networkx(seeds_build, made_up_build):
    for out in (seeds_build[0], made_up_build):
        x = nx.read_gexf(out / "graph.gexf")
        g = nx.read_graphml(out / "graph.graphml")
        assert (x.number_of_nodes(), x.number_of_edges()) == (g.number_of_nodes(), g.number_of_edges())
        assert {d["label"] for _, d in x.nodes(data=True)} == {d["label"] for _, d in g.nodes(data=True)}
    x = nx.read_gexf(made_up_build / "graph.gexf")
    rated = [d for u, v, d in x.edges(data=True) if d.get("relation") == "rated"]
    assert rated and all(d.get("spells") for d in rated)
    assert x.graph["mode"] == "dynamic"


def test_rating_spells():
    from datetime import date
    from kg.export.graphml import _rating_spells
    d = date.fromisoformat
    spells = _rating_spells({d("2019-01-01"): {"inadequate"}, d("2020-06-01"): {"inadequate"},
                             d("2022-03-04"): {"requires-improvement"}, d("2024-01-01"): {"good"}})
    assert spells == {"inadequate": [("2019-01-01", "2022-03-04")],
                      "requires-improvement": [("2022-03-04", "2024-01-01")],
                      "good": [("2024-01-01", None)]}


def test_control_characters_give_valid_gephi_exports(nlp, tmp_path, gexf_schema):
    from kg.build import build
    src = tmp_path / "in"
    src.mkdir()
    (src / "ctl.txt").write_text("Jo\x0b Smith 12 March 2021\n\n" + ARTICLES["a1.txt"].split("\n\n", 1)[1]
                                 .replace("Kent", "Kent\x08", 1), encoding="utf-8")
    build([str(src)], tmp_path / "out", nlp=nlp)
    assert gexf_schema.validate(etree.parse(str(tmp_path / "out" / "graph.gexf")))
    nx.read_graphml(tmp_path / "out" / "graph.graphml")


# -- determinism -------------------------------------------------------------------------------------

def test_gephi_exports_are_byte_identical_across_builds(seeds_build, made_up_build, nlp, tmp_path):
    from kg.build import build
    build([str(SEEDS)], tmp_path / "seeds", nlp=nlp)
    for name in ("graph.graphml", "graph.gexf"):
        assert (tmp_path / "seeds" / name).read_bytes() == (seeds_build[0] / name).read_bytes(), name
    src = tmp_path / "in"
    src.mkdir()
    for fname, text in ARTICLES.items():
        (src / fname).write_text(text, encoding="utf-8")
    build([str(src)], tmp_path / "made-up", nlp=nlp, record=False)
    for name in ("graph.graphml", "graph.gexf"):
        assert (tmp_path / "made-up" / name).read_bytes() == (made_up_build / name).read_bytes(), name


def test_gexf_reaches_igraph_through_networkx(seeds_build):
    # igraph has no GEXF reader of its own; networkx reads the file and hands it over
    import igraph
    import networkx as nx
    g = nx.read_gexf(seeds_build[0] / "graph.gexf")
    ig = igraph.Graph.from_networkx(g)
    assert (ig.vcount(), ig.ecount()) == (g.number_of_nodes(), g.number_of_edges()) and ig.vcount() > 10
    assert "label" in ig.vs.attributes()


# -- Gephi edge types and positions -------------------------------------------------------------------

CASES = SHARED / "cases"


@pytest.fixture(scope="module")
def parallel_build(nlp, tmp_path_factory):
    case = CASES / "gephi-parallel-edges.jsonl"
    if not case.exists():
        pytest.skip(f"no case at {case}")
    from kg.build import build
    out = tmp_path_factory.mktemp("parallel")
    report = build([str(case)], out, nlp=nlp)
    assert report.articles == 2 and not report.problems
    return out


def _typed_edges(out):
    """(source, target, Gephi type, relation) of every edge: GraphML's `label` XML attribute and
    GEXF's `kind`, as Gephi reads them."""
    gml = [(e.get("source"), e.get("target"), e.get("label"),
            e.find(f"{GML}data[@key='relation']").text)
           for e in etree.parse(str(out / "graph.graphml")).getroot().iter(f"{GML}edge")]
    gexf = [(e.get("source"), e.get("target"), e.get("kind"),
             e.find(f"{GEXF}attvalues/{GEXF}attvalue[@for='relation']").get("value"))
            for e in etree.parse(str(out / "graph.gexf")).getroot().iter(f"{GEXF}edge")]
    return gml, gexf


@pytest.mark.parametrize("build_name", ["seeds", "parallel"])
def test_every_edge_carries_its_relation_as_gephi_edge_type(build_name, seeds_build, request):
    out = seeds_build[0] if build_name == "seeds" else request.getfixturevalue("parallel_build")
    for edges in _typed_edges(out):
        # (Ofsted's official ratings are `rated` edges of their own type, beside the news ones)
        assert edges and all(kind == relation or (kind, relation) == ("rated-ofsted", "rated")
                             for _, _, kind, relation in edges)
        # Gephi merges edges of one type between one pair: none of ours share a pair and a type,
        # so its default import keeps every edge
        assert len({(s, t, kind) for s, t, kind, _ in edges}) == len(edges)


def test_parallel_edges_of_different_relations_stay_apart(parallel_build, seeds_build):
    sunderland = "https://w3id.org/caregraph/id/council/E08000024"
    caseloads = RATING + "caseloads"
    gml, gexf = _typed_edges(parallel_build)
    for edges in (gml, gexf):
        kinds = {kind for s, t, kind, _ in edges if (s, t) == (sunderland, caseloads)}
        assert kinds == {"concern", "strength"}
    # in the seeds a provider both delivers services for and is owned by the same council
    gml, gexf = _typed_edges(seeds_build[0])
    for edges in (gml, gexf):
        by_pair = defaultdict(set)
        for s, t, kind, _ in edges:
            by_pair[(s, t)].add(kind)
        assert any({"deliversServicesFor", "ownedBy"} <= kinds for kinds in by_pair.values())


def test_graphml_edge_type_attribute_loads_in_networkx_and_igraph(parallel_build):
    import igraph
    path = parallel_build / "graph.graphml"
    g = nx.read_graphml(path)
    ig = igraph.Graph.Read_GraphML(str(path))
    n_edges = sum(1 for _ in etree.parse(str(path)).getroot().iter(f"{GML}edge"))
    assert g.number_of_edges() == ig.ecount() == n_edges
    assert sorted(d["label"] for *_, d in g.edges(data=True)) == sorted(ig.es["relation"])


@pytest.mark.parametrize("build_name", ["seeds", "parallel"])
def test_both_files_carry_the_same_layout_positions(build_name, seeds_build, request):
    out = seeds_build[0] if build_name == "seeds" else request.getfixturevalue("parallel_build")
    g = nx.read_graphml(out / "graph.graphml")
    x = nx.read_gexf(out / "graph.gexf")
    positions = {}
    for n, d in g.nodes(data=True):
        assert isinstance(d["x"], float) and isinstance(d["y"], float), n
        pos = x.nodes[n]["viz"]["position"]
        assert (pos["x"], pos["y"], pos["z"]) == pytest.approx((d["x"], d["y"], 0.0))
        positions[n] = (d["x"], d["y"])
    assert len(set(positions.values())) == len(positions)  # no two nodes on one spot
    # laid out by force: a node is nearer its neighbours than the average pair of nodes
    import statistics

    def dist(a, b):
        return ((positions[a][0] - positions[b][0]) ** 2 + (positions[a][1] - positions[b][1]) ** 2) ** 0.5
    nodes = sorted(positions)
    linked = statistics.fmean(dist(u, v) for u, v in g.edges() if u != v)
    pairs = statistics.fmean(dist(a, b) for i, a in enumerate(nodes) for b in nodes[i + 1:])
    assert linked < pairs


def test_layout_is_deterministic_and_switches_to_the_grid_variant(monkeypatch):
    from kg.export import layout
    nodes = [f"n{i:03d}" for i in range(60)]
    edges = [(nodes[i], nodes[(i * 7 + 3) % 60]) for i in range(60)] + [(nodes[i], nodes[i + 1]) for i in range(59)]
    exact = layout.force_layout(nodes, edges)
    assert exact == layout.force_layout(nodes, edges) and set(exact) == set(nodes)
    monkeypatch.setattr(layout, "EXACT_MAX_NODES", 10)
    grid = layout.force_layout(nodes, edges)
    assert grid == layout.force_layout(nodes, edges) and set(grid) == set(nodes) and grid != exact
    monkeypatch.setattr(layout, "LAYOUT_MAX_NODES", 59)
    assert layout.force_layout(nodes, edges) == {}
    assert "no layout positions" in layout.layout_note(60) and layout.layout_note(59) is None


def test_a_graph_too_big_to_lay_out_is_written_without_positions_and_noted(nlp, tmp_path, monkeypatch):
    from kg.build import build
    from kg.export import layout
    monkeypatch.setattr(layout, "LAYOUT_MAX_NODES", 5)
    src = tmp_path / "in"
    src.mkdir()
    (src / "a1.txt").write_text(ARTICLES["a1.txt"], encoding="utf-8")
    report = build([str(src)], tmp_path / "out", nlp=nlp)
    assert any("no layout positions" in n for n in report.notes) and not report.problems
    g = nx.read_graphml(tmp_path / "out" / "graph.graphml")
    assert g.number_of_nodes() > 5 and not any("x" in d for _, d in g.nodes(data=True))
    assert etree.parse(str(tmp_path / "out" / "graph.gexf")).getroot().find(f".//{VIZ}position") is None


# -- the picture as Gephi opens it: discs apart, and a timeline that ends where `current` does ------------

KEY_TYPES = {"LocalAuthority", "ServiceProvider", "Rating"}


def overlapping_discs(nodes: dict[str, tuple[float, float, float, str]]) -> list[tuple[str, str]]:
    """Pairs of nodes whose discs (centre x, y, radius = Gephi's size) overlap."""
    out = []
    items = sorted(nodes.items(), key=lambda kv: kv[1][0])
    reach = max(r for _, _, r, _ in nodes.values())
    for k, (a, (xa, ya, ra, _)) in enumerate(items):
        for b, (xb, yb, rb, _) in items[k + 1:]:
            if xb - xa > ra + reach:
                break
            if ((xa - xb) ** 2 + (ya - yb) ** 2) ** 0.5 < ra + rb:
                out.append((a, b))
    return out


def test_no_two_discs_overlap_in_the_development_sets_graph(dev_build):
    """Gephi opens the graph as laid out: no disc covers another, so the councils, providers and ratings (and
    every other node) are seen apart; GraphML and GEXF carry the same positions and sizes."""
    g = nx.read_graphml(dev_build / "graph.graphml")
    gml = {n: (d["x"], d["y"], d["size"], d["type"]) for n, d in g.nodes(data=True)}
    assert len(gml) > 500 and {t for *_, t in gml.values()} >= KEY_TYPES
    doc = etree.parse(str(dev_build / "graph.gexf")).getroot()
    gexf = {}
    for node in doc.iter(f"{GEXF}node"):
        pos, size = node.find(f"{VIZ}position"), node.find(f"{VIZ}size")
        gexf[node.get("id")] = (float(pos.get("x")), float(pos.get("y")), float(size.get("value")), gml[node.get("id")][3])
    assert gexf == gml
    pairs = overlapping_discs(gml)
    assert not [(a, b) for a, b in pairs if gml[a][3] in KEY_TYPES and gml[b][3] in KEY_TYPES]
    assert not pairs


def test_the_timeline_ends_where_current_does_on_every_rated_edge(dev_build):
    """Every `rated` edge, news or Ofsted's: its last spell is open-ended (it lasts to the end of the timeline)
    exactly when the edge is current."""
    doc = etree.parse(str(dev_build / "graph.gexf")).getroot()
    title = {a.get("id"): a.get("title") for a in doc.iter(f"{GEXF}attribute")}
    rated = 0
    for e in doc.iter(f"{GEXF}edge"):
        values = {title[v.get("for")]: v.get("value") for v in e.iter(f"{GEXF}attvalue")}
        if values["relation"] != "rated":
            continue
        rated += 1
        spells = _spells(e)
        lasting = not spells or spells[-1][1] is None
        assert lasting == (values["current"] == "true"), (e.get("source"), e.get("target"), values, spells)
    assert rated > 300


def test_news_spells_tell_the_story_current_tells():
    from datetime import date as d
    from kg.export.graphml import _news_spells
    # "now good (2023); it was inadequate" (undated): inadequate held until good began, from no known start
    assert _news_spells({d(2023, 5, 3): {"good"}}, {"good", "inadequate"}, (d(2023, 5, 3), {"good"}), None) == {
        "good": [("2023-05-03", None)], "inadequate": [(None, "2023-05-03")]}
    # the same article states both at its date: only the current one lasts
    both = _news_spells({d(2023, 5, 3): {"good", "inadequate"}}, {"good", "inadequate"}, (d(2023, 5, 3), {"good"}), None)
    assert both["good"] == [("2023-05-03", None)] and both["inadequate"][-1][1] == "2023-05-03"
    # a past rating dated after the latest current statement: a one-day spell, not the end of the story
    later = _news_spells({d(2019, 1, 1): {"good"}, d(2021, 2, 1): {"requires-improvement"}},
                         {"good", "requires-improvement"}, (d(2019, 1, 1), {"good"}), None)
    assert later == {"good": [("2019-01-01", None)], "requires-improvement": [("2021-02-01", "2021-02-01")]}
    # no rating current: none lasts
    none = _news_spells({d(2019, 1, 1): {"good"}}, {"good"}, None, None)
    assert none == {"good": [("2019-01-01", "2019-01-01")]}


def test_separate_moves_discs_apart_deterministically():
    from kg.export.layout import GAP, _overlapping, separate
    xy = [[0.0, 0.0], [0.0, 0.0], [5.0, 0.0], [300.0, 0.0]]   # two on one spot, one close by, one far
    radii = [110.0, 10.0, 20.0, 10.0]
    again = [p[:] for p in xy]
    separate(xy, radii)
    separate(again, radii)
    assert xy == again and not _overlapping(xy, radii)
    for i in range(4):
        for j in range(i + 1, 4):
            assert ((xy[i][0] - xy[j][0]) ** 2 + (xy[i][1] - xy[j][1]) ** 2) ** 0.5 >= radii[i] + radii[j] + GAP - 1e-6
    assert abs(xy[0][0]) + abs(xy[0][1]) < abs(xy[1][0]) + abs(xy[1][1])   # the large disc moved less
