"""Ofsted's published record as a graph layer (kg.record): official inspections and judgements from
kg/data/ofsted_ratings.csv, derived from the record, never from an article; `--no-record` leaves it out
and changes nothing else."""
from __future__ import annotations

import csv
import subprocess
import sys
from datetime import date

import pytest
import rdflib
from click.testing import CliRunner
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS

from kg.cli import EXIT_FATAL, main
from kg.namespaces import CG, ID, SCHEMA, concept
from kg.record import RecordError, load_record, ofsted_record
from kg.reference import data_path
from tests.conftest import SEEDS, SHARED

SOURCE = URIRef("https://w3id.org/caregraph/id/source/ofsted-outcomes")
ROWS = list(csv.DictReader(data_path("ofsted_ratings.csv").open(encoding="utf-8")))
LINKS = (CG.corroboratedBy, CG.contradictedBy, CG.checkNote)
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")  # (pytest trips over rdflib's XSD namespace)


@pytest.fixture(scope="module")
def bare_build(nlp, tmp_path_factory):
    """The seeds built with --no-record."""
    from kg.build import build
    out = tmp_path_factory.mktemp("seeds-no-record")
    build([str(SEEDS)], out, nlp=nlp, record=False)
    return out


def test_the_source_entity(seeds_graph):
    assert (SOURCE, RDF.type, PROV.Entity) in seeds_graph
    assert "outcomes" in str(seeds_graph.value(SOURCE, DCTERMS.title)).lower()
    assert str(seeds_graph.value(SOURCE, DCTERMS.source)).startswith("https://github.com/data-to-insight/")


def test_every_row_is_an_official_inspection_with_its_judgement(seeds_graph):
    official = set(seeds_graph.subjects(PROV.wasDerivedFrom, SOURCE))
    inspections = {s for s in official if (s, RDF.type, CG.Inspection) in seeds_graph}
    judgements = {s for s in official if (s, RDF.type, CG.Judgement) in seeds_graph}
    assert len(inspections) == len(judgements) == len(ROWS) == 477
    # derived from the record only: no article, no evidence
    for s in official:
        assert set(seeds_graph.objects(s, PROV.wasDerivedFrom)) == {SOURCE}
        assert (s, CG.evidence, None) not in seeds_graph
    for j in judgements:
        i = seeds_graph.value(j, CG.fromInspection)
        assert i in inspections and seeds_graph.value(i, CG.about) == seeds_graph.value(j, CG.about)


def test_an_official_inspection_as_the_table_gives_it(seeds_graph):
    row = next(r for r in ROWS if r["gss_code"] == "E10000034" and r["publication_date"] == "2023-07-14")
    i = ID["ofsted/inspection/E10000034-2023-07-14"]
    j = ID["ofsted/judgement/E10000034-2023-07-14"]
    g = seeds_graph
    assert g.value(i, CG.about) == ID["council/E10000034"]
    assert g.value(i, CG.inspectionType) == concept("full")
    assert g.value(i, CG.framework) == Literal(row["framework"]) == Literal("ILACS")
    assert g.value(i, CG.startDate) == Literal("2023-05-15", datatype=XSD_DATE)
    assert g.value(i, CG.endDate) == Literal("2023-05-26", datatype=XSD_DATE)
    assert g.value(i, DCTERMS.issued) == Literal("2023-07-14", datatype=XSD_DATE)
    assert g.value(i, RDFS.seeAlso) == URIRef(row["report_url"])
    assert g.value(j, CG.rating) == concept("good") and g.value(j, CG.fromInspection) == i
    # the table's "requires improvement to be good" is the rating scheme's requires-improvement
    assert g.value(ID["ofsted/judgement/E10000034-2019-07-29"], CG.rating) == concept("requires-improvement")
    # no report URL in the table: no rdfs:seeAlso
    assert g.value(ID["ofsted/inspection/E10000034-2017-01-24"], RDFS.seeAlso) is None


def test_every_record_council_is_in_the_graph_with_label_and_gss(seeds_graph):
    for gss in {r["gss_code"] for r in ROWS}:
        c = ID[f"council/{gss}"]
        assert (c, RDF.type, CG.LocalAuthority) in seeds_graph
        assert seeds_graph.value(c, CG.gssCode) == Literal(gss)
        assert seeds_graph.value(c, RDFS.label) is not None


def test_no_record_leaves_the_layer_out_and_changes_nothing_else(seeds_build, seeds_graph, bare_build):
    bare = rdflib.Graph().parse(bare_build / "graph.ttl")
    assert (SOURCE, None, None) not in bare and (None, PROV.wasDerivedFrom, SOURCE) not in bare
    assert not any((None, p, None) in bare for p in LINKS)
    # the full graph is the bare one plus the record's triples and the check's links
    extra = set(seeds_graph) - set(bare)
    assert set(bare) <= set(seeds_graph)
    assert {t for t in extra if t[1] not in LINKS} <= set(ofsted_record().triples)
    # the Gephi view of the news is unchanged: only official rated edges are added
    import networkx as nx
    full_g, bare_g = (nx.read_graphml(d / "graph.graphml") for d in (seeds_build[0], bare_build))
    news = lambda g: sorted((u, v, d["relation"]) for u, v, d in g.edges(data=True)  # noqa: E731
                            if d.get("source") != "ofsted")
    assert news(full_g) == news(bare_g)
    assert {d["relation"] for *_, d in full_g.edges(data=True) if d.get("source") == "ofsted"} == {"rated"}


def test_kg_build_no_record_option(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Ofsted has rated Kent County Council's children's services "
                                           "'good' after a full inspection.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--no-record"])
    assert result.exit_code == 0, result.output
    assert "ofsted-outcomes" not in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="shared evaluation not present")
def test_the_record_does_not_change_the_score(seeds_build, bare_build):
    def score(out, how):
        return subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--gold",
                               str(SHARED / "eval" / "gold" / "seeds.jsonl"), "--ttl", str(out / "graph.ttl"),
                               how], capture_output=True, text=True, check=True).stdout
    assert score(seeds_build[0], "--json") == score(bare_build, "--json")
    # score.py lists the details of one article in no fixed order
    assert sorted(score(seeds_build[0], "--verbose").splitlines()) == \
        sorted(score(bare_build, "--verbose").splitlines())


# ------------------------------------------------------------------------------------ the table

def test_the_record_by_council():
    rec = ofsted_record()
    assert rec.begins == date(2013, 11, 19)
    worcs = rec.of("E10000034")
    assert [(j.published.isoformat(), j.rating) for j in worcs] == [
        ("2017-01-24", "inadequate"), ("2019-07-29", "requires-improvement"), ("2023-07-14", "good")]
    assert rec.in_force("E10000034", date(2019, 7, 25)).published == date(2017, 1, 24)
    # the grace days (3): a report published a few days after the date counts as out by then
    assert rec.in_force("E10000034", date(2019, 7, 26)).published == date(2019, 7, 29)
    assert rec.in_force("E10000034", date(2016, 12, 1)) is None
    assert rec.of("E06000028") == ()      # Bournemouth: not in the table (SOURCES.md)


def _table(tmp_path, rows: str):
    (tmp_path / "t.csv").write_text(
        "gss_code,framework,inspection_start_date,inspection_end_date,publication_date,overall_effectiveness,"
        "report_url\n" + rows, encoding="utf-8")
    desc = data_path("ofsted_record.yaml").read_text(encoding="utf-8").replace(
        "table: ofsted_ratings.csv", "table: t.csv")
    (tmp_path / "r.yaml").write_text(desc, encoding="utf-8")
    return tmp_path / "r.yaml"


def test_a_small_table_loads(tmp_path):
    rec = load_record(_table(tmp_path, "E10000034,SIF,2016-10-24,2016-11-17,2017-01-24,inadequate,\n"))
    [j] = rec.judgements
    assert (j.gss, j.rating, j.framework, j.start, j.report_url) == (
        "E10000034", "inadequate", "SIF", date(2016, 10, 24), "")


@pytest.mark.parametrize("row, reason", [
    ("E99999999,SIF,2016-10-24,2016-11-17,2017-01-24,inadequate,", "gss_code 'E99999999'"),
    ("E10000034,SIF,2016-10-24,2016-11-17,2017-01-24,dreadful,", "overall_effectiveness 'dreadful'"),
    ("E10000034,SIF,2016-10-24,2016-11-17,24/01/2017,inadequate,", "publication_date '24/01/2017'"),
    ("E10000034,SIF,2016-10-24,2016-11-17,,inadequate,", "publication_date ''"),
])
def test_a_bad_row_is_one_line_naming_the_file_and_line(tmp_path, row, reason):
    with pytest.raises(RecordError) as err:
        load_record(_table(tmp_path, row + "\n"))
    message = str(err.value)
    assert "\n" not in message and f"t.csv:2: {reason}" in message


def test_a_bad_record_stops_the_build_with_one_line(tmp_path, monkeypatch):
    import kg.build

    def broken():
        raise RecordError("ofsted_ratings.csv:7: overall_effectiveness 'dreadful' is not one of ...")
    monkeypatch.setattr(kg.build, "ofsted_record", broken)
    (tmp_path / "a.txt").write_text("Kent was rated 'good'.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out")])
    assert result.exit_code == EXIT_FATAL
    assert result.output.strip().splitlines() == ["kg: ofsted_ratings.csv:7: overall_effectiveness 'dreadful' "
                                                  "is not one of ..."]
    assert not (tmp_path / "out").exists()


def test_news_facts_are_only_those_derived_from_articles(seeds_graph):
    """What the evaluation reads: facts derived from a schema:NewsArticle (none from the record)."""
    news = {s for s, a in seeds_graph.subject_objects(PROV.wasDerivedFrom)
            if (a, RDF.type, SCHEMA.NewsArticle) in seeds_graph}
    official = set(seeds_graph.subjects(PROV.wasDerivedFrom, SOURCE))
    assert news and official and not news & official
