"""Checking the news against Ofsted's published record (kg.check): the rules on invented articles and on
made-up records, the seeds' verdicts, `kg check`, contradictions.rq and the official ratings in the Gephi
exports and kg.council_profile."""
from __future__ import annotations

import csv
import io
import json
from datetime import date

import networkx as nx
import pytest
import rdflib
from click.testing import CliRunner
from lxml import etree

import kg
from kg.check import Span, check, decide
from kg.cli import EXIT_FATAL, main
from kg.namespaces import CG, ID
from kg.query import QUERIES_DIR, run_query
from kg.record import OfficialJudgement, OfstedRecord, ofsted_record
from kg.reference import data_path

# Invented articles, one per rule (the record's rows they meet are in kg/data/ofsted_ratings.csv).
ARTICLES = {
    # Kent's 'outstanding' report was published 2022-07-05: two days after the article, within the grace
    "kent.txt": "Jo Smith 3 July 2022\n\nOfsted has rated Kent County Council's children's services "
                "'outstanding' after a full inspection. Inspectors praised stable leadership.\n",
    # Medway was rated inadequate in the report published 2019-08-27
    "medway.txt": "Sam Lee 10 October 2019\n\nMedway Council's children's services remain rated 'good', the "
                  "council said after a monitoring visit. Caseloads remain too high.\n",
    # Leeds: outstanding published 2018-12-18; good in the report of 2015-03-27
    "leeds.txt": "Ann Jones 20 December 2018\n\nLeeds has been awarded 'outstanding' after it was given a 'good' "
                 "rating three years prior. Inspectors praised the workforce.\n",
    # undated; Worcestershire has never been rated outstanding
    "worcs.txt": "Ofsted has rated Worcestershire County Council's children's services 'outstanding'. "
                 "Inspectors praised the leadership.\n",
    # before SIF began in November 2013
    "surrey.txt": "Jo Smith 14 March 2012\n\nOfsted has rated Surrey County Council's children's services "
                  "'inadequate'. Inspectors found high caseloads.\n",
    # the trust runs Birmingham's services; Birmingham was rated good in the report published 2023-04-18
    "bct.txt": "Sam Lee 2 May 2023\n\nBirmingham Children's Trust has been rated 'good' by Ofsted after a full "
               "inspection. Inspectors found caseloads were manageable.\n",
    # Bournemouth Borough Council's reports are not in the record (SOURCES.md)
    "bournemouth.txt": "Jo Smith 3 May 2017\n\nOfsted has rated Bournemouth Borough Council's children's "
                       "services 'good'. Inspectors praised the early help offer.\n",
}


@pytest.fixture(scope="module")
def invented(nlp, tmp_path_factory):
    from kg.build import build
    src = tmp_path_factory.mktemp("invented")
    for name, text in ARTICLES.items():
        (src / name).write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("invented-out")
    report = build([str(src)], out, nlp=nlp)
    assert report.articles == len(ARTICLES) and not report.problems
    return out


def verdicts(out):
    return {(r.article, r.rating, r.current): r for r in check(out).rows}


# ---------------------------------------------------------------------------- the rules, end to end

def test_a_current_rating_corroborated_by_the_report_in_force(invented):
    r = verdicts(invented)[("kent", "outstanding", "current")]
    assert (r.verdict, r.official, r.published) == ("corroborated", "outstanding", "2022-07-05")
    assert r.report == next(row["report_url"] for row in csv.DictReader(
        data_path("ofsted_ratings.csv").open(encoding="utf-8"))
        if (row["gss_code"], row["publication_date"]) == ("E10000016", "2022-07-05")) != ""
    assert r.note.startswith("current rating, article dated 2022-07-03:")
    assert "'outstanding'" in r.sentence


def test_a_current_rating_contradicted_by_the_report_in_force(invented):
    r = verdicts(invented)[("medway", "good", "current")]
    assert (r.verdict, r.official, r.published) == ("contradicted", "inadequate", "2019-08-27")
    assert "rated Medway Council inadequate" in r.note


def test_a_previous_rating_matched_to_an_earlier_inspection(invented):
    v = verdicts(invented)
    assert (v[("leeds", "outstanding", "current")].verdict, v[("leeds", "outstanding", "current")].published) == \
        ("corroborated", "2018-12-18")
    prev = v[("leeds", "good", "previous")]
    assert (prev.verdict, prev.official, prev.published) == ("corroborated", "good", "2015-03-27")
    assert prev.note.startswith("previous rating, article dated 2018-12-20:")


def test_an_undated_article_whose_rating_the_record_never_gave_is_unmatched(invented):
    r = verdicts(invented)[("worcs", "outstanding", "current")]
    assert (r.verdict, r.official, r.date) == ("unmatched", "", "")
    assert r.note == "undated article: no official judgement rates Worcestershire County Council outstanding"


def test_a_judgement_before_the_record_begins_is_unmatched(invented):
    r = verdicts(invented)[("surrey", "inadequate", "current")]
    assert (r.verdict, r.official, r.date) == ("unmatched", "", "2012-03-14")
    assert r.note.startswith("before the record begins (November 2013)")


def test_a_provider_run_council_is_checked_against_the_council_s_record(invented):
    r = verdicts(invented)[("bct", "good", "current")]
    assert (r.about, r.gss) == ("Birmingham Children's Trust", "E08000025")
    assert (r.verdict, r.official, r.published) == ("corroborated", "good", "2023-04-18")
    assert "rated Birmingham City Council good" in r.note


def test_a_council_the_record_does_not_cover_is_unmatched(invented):
    r = verdicts(invented)[("bournemouth", "good", "current")]
    assert (r.verdict, r.note) == ("unmatched", "council not in the record: Bournemouth Borough Council")


def test_full_inspections_link_to_the_official_inspection_they_report(invented):
    g = rdflib.Graph().parse(invented / "graph.ttl")
    linked = {str(g.value(i, CG.about)).rsplit("/", 1)[1]: {str(o).rsplit("/", 1)[1] for o in g.objects(i, CG.corroboratedBy)}
              for i in g.subjects(CG.corroboratedBy, None) if (i, rdflib.RDF.type, CG.Inspection) in g}
    assert linked["E10000016"] == {"E10000016-2022-07-05"}
    assert linked["E08000035"] == {"E08000035-2018-12-18"}
    assert linked["birmingham-childrens-trust"] == {"E08000025-2023-04-18"}
    assert "E10000034" not in linked   # undated, and its rating is not the record's


def test_every_news_judgement_has_one_note_and_at_most_one_verdict(invented):
    g = rdflib.Graph().parse(invented / "graph.ttl")
    news = {s for s in g.subjects(rdflib.RDF.type, CG.Judgement) if "/article/" in str(s)}
    assert len(news) == len(check(invented).rows) == 8
    for j in news:
        assert len(list(g.objects(j, CG.checkNote))) == 1
        assert not ((j, CG.corroboratedBy, None) in g and (j, CG.contradictedBy, None) in g)


# ---------------------------------------------------------------------------------------- the seeds

def test_the_seeds_are_corroborated_by_their_inspections(seeds_build):
    rows = check(seeds_build[0]).rows
    got = {(r.gss, r.verdict, r.published) for r in rows}
    assert got == {("E10000034", "corroborated", "2017-01-24"),                 # 001 Worcestershire
                   ("E10000013", "corroborated", "2017-06-13"),                 # 002 Gloucestershire
                   ("E08000024", "corroborated", "2015-07-20;2018-07-25")}      # 003 Sunderland, both
    assert all(r.note.startswith("undated article:") for r in rows)
    assert not any(r.gss == "E06000027" for r in rows)   # 004: Torbay's monitoring visit, no judgement


def test_the_seed_full_inspection_links_to_its_report(seeds_graph):
    worcs = [i for i in seeds_graph.subjects(CG.corroboratedBy, None) if "/article/001_" in str(i)
             and (i, rdflib.RDF.type, CG.Inspection) in seeds_graph]
    assert [str(o) for i in worcs for o in seeds_graph.objects(i, CG.corroboratedBy)] == \
        [str(ID["ofsted/inspection/E10000034-2017-01-24"])]


# ------------------------------------------------------------------------------------------ kg check

def test_kg_check_lists_every_verdict_and_ends_with_the_counts(invented):
    result = CliRunner().invoke(main, ["check", "--graph", str(invented)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split()[:3] == ["verdict", "about", "rating"]
    counts = check(invented).counts()
    assert lines[-1] == (f"8 news judgements: {counts['corroborated']} corroborated, "
                         f"{counts['contradicted']} contradicted, {counts['unmatched']} unmatched")
    assert counts == {"corroborated": 4, "contradicted": 1, "unmatched": 3}
    assert lines[2].startswith("contradicted")   # contradictions first
    assert result.stderr.strip() == lines[-1]    # the counts go to stderr: stdout stays a clean table


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_kg_check_csv_and_json_carry_every_column(invented, fmt):
    result = CliRunner().invoke(main, ["check", "--graph", str(invented), "--format", fmt])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout))) if fmt == "csv" else json.loads(result.stdout)
    assert len(rows) == 8
    medway = next(r for r in rows if r["article"] == "medway")
    assert {"verdict": "contradicted", "official": "inadequate", "gss": "E06000035"}.items() <= medway.items()
    assert {"note", "sentence", "report", "judgement"} <= set(medway)


def test_kg_check_problems_are_one_line_and_exit_1(tmp_path, nlp):
    result = CliRunner().invoke(main, ["check", "--graph", str(tmp_path / "none")])
    assert result.exit_code == EXIT_FATAL and result.output.startswith("kg: ")
    assert len(result.output.strip().splitlines()) == 1
    from kg.build import build
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLES["medway.txt"], encoding="utf-8")
    build([str(tmp_path / "in")], tmp_path / "bare", nlp=nlp, record=False)
    result = CliRunner().invoke(main, ["check", "--graph", str(tmp_path / "bare")])
    assert result.exit_code == EXIT_FATAL
    assert result.output.strip().splitlines() == [result.output.strip()]
    assert "no Ofsted record" in result.output and "--no-record" in result.output


def test_contradictions_query(invented, seeds_build):
    text = (QUERIES_DIR / "contradictions.rq").read_text(encoding="utf-8")
    ours = run_query(text, invented)
    rows = [dict(zip(ours.variables, (t.value if t is not None else None for t in row))) for row in ours.rows]
    assert [(r["gss"], r["reported"], r["official"], r["published"], r["article"]) for r in rows] == [
        ("E06000035", "good", "inadequate", "2019-08-27", "medway")]
    assert rows[0]["note"].startswith("current rating, article dated 2019-10-10")
    # the same answer from rdflib: portable SPARQL 1.1
    theirs = rdflib.Graph().parse(invented / "graph.ttl").query(text)
    assert [[None if t is None else str(t) for t in row] for row in theirs] == \
        [[None if t is None else t.value for t in row] for row in ours.rows]
    assert run_query(text, seeds_build[0]).rows == []   # undated: never contradicted


def test_council_timeline_verdicts(invented, tmp_path):
    text = (QUERIES_DIR / "council-timeline.rq").read_text(encoding="utf-8").replace('"E10000013"', '"E06000035"')
    result = run_query(text, invented)
    rows = [dict(zip(result.variables, (t.value if t is not None else None for t in row))) for row in result.rows]
    news = [r for r in rows if r["source"] == "news" and r["kind"] == "judgement"]
    assert [(r["what"], r["verdict"], r["date"]) for r in news] == [("good", "contradicted", "2019-10-10")]
    assert [r["date"] for r in rows if r["source"] == "ofsted" and r["kind"] == "judgement"] == \
        ["2015-11-27", "2019-08-27", "2023-09-11"]


# ------------------------------------------------------------------------- Gephi and council_profile

RATING = "https://w3id.org/caregraph/ontology#"


def test_official_ratings_are_dated_rated_edges_beside_the_news(invented):
    g = nx.read_graphml(invented / "graph.graphml")
    medway = str(ID["council/E06000035"])
    rated = [(v.removeprefix(RATING), d) for _, v, d in g.out_edges(medway, data=True) if d["relation"] == "rated"]
    official = {r: d for r, d in rated if d["source"] == "ofsted"}
    news = {r: d for r, d in rated if d["source"] == "news"}
    assert set(news) == {"good"}
    assert set(official) == {"requires-improvement", "inadequate", "good"}
    assert official["inadequate"]["first_date"] == "2019-08-27" and official["inadequate"]["current"] is False
    assert official["good"]["current"] is True and official["good"]["articles"] == 0
    # Gephi tells edges between one pair apart by type: the record's has its own
    types = {(e.get("target").removeprefix(RATING), e.get("label")) for e in etree.parse(
        str(invented / "graph.graphml")).getroot().iter("{http://graphml.graphdrawing.org/xmlns}edge")
        if e.get("source") == medway and e.get("target").startswith(RATING)}
    assert ("good", "rated") in types and ("good", "rated-ofsted") in types
    # the timeline: each official rating holds from its report until the next report
    root = etree.parse(str(invented / "graph.gexf")).getroot()
    ns = "{http://gexf.net/1.3}"
    spells = {}
    for e in root.iter(f"{ns}edge"):
        values = {a.get("for"): a.get("value") for a in e.iter(f"{ns}attvalue")}
        if e.get("source") == medway and values.get("source") == "ofsted":
            spells[e.get("target").removeprefix(RATING)] = [(s.get("start"), s.get("end")) for s in e.iter(f"{ns}spell")]
    assert spells == {"requires-improvement": [("2015-11-27", "2019-08-27")],
                      "inadequate": [("2019-08-27", "2023-09-11")],
                      "good": [("2023-09-11", None)]}


def test_council_profile_official_ratings(invented):
    p = kg.council_profile(kg.load(invented), "Birmingham")
    assert [(r["rating"], r["inspections"], r["first_date"], r["last_date"], r["current"])
            for r in p["official_ratings"]] == [
        ("inadequate", 2, "2014-05-23", "2016-11-25", False),
        ("requires-improvement", 1, "2019-01-17", "2019-01-17", False),
        ("good", 1, "2023-04-18", "2023-04-18", True)]
    assert [(r["rating"], r["via"]) for r in p["ratings"]] == [("good", "Birmingham Children's Trust")]


# --------------------------------------------------------------------------- the rules, one by one

def _record(*rows) -> OfstedRecord:
    """A made-up record: rows of (gss, published, rating, start)."""
    return OfstedRecord(source=rdflib.URIRef("urn:test"), title="t", source_url="urn:s", licence="",
                        grace=ofsted_record().grace,
                        judgements=tuple(OfficialJudgement(g, date.fromisoformat(p), r, "SIF",
                                                           start=date.fromisoformat(s) if s else None)
                                         for g, p, r, s in rows))


A, B = "E10000034", "E10000013"   # two councils (Worcestershire, Gloucestershire)
REC = _record((A, "2014-06-01", "inadequate", "2014-03-01"), (A, "2017-05-10", "requires-improvement", "2017-03-06"),
              (A, "2021-02-01", "good", "2020-12-01"), (B, "2018-01-10", "good", "2017-11-01"))


def day(text):
    return Span(date.fromisoformat(text), date.fromisoformat(text), text)


def links(o):
    return (o.verdict, sorted(j.published.isoformat() for j in o.corroborated),
            sorted(j.published.isoformat() for j in o.contradicted))


def test_rule_current_rating_in_force_on_the_article_date():
    assert links(decide("requires-improvement", True, [A], day("2019-01-01"), "article date", REC)) == \
        ("corroborated", ["2017-05-10"], [])
    assert links(decide("inadequate", True, [A], day("2019-01-01"), "article date", REC)) == \
        ("contradicted", [], ["2017-05-10"])
    # the grace days: the report of 2021-02-01 is out for an article of 2021-01-30, not of 2021-01-28
    assert links(decide("good", True, [A], day("2021-01-30"), "article date", REC))[0] == "corroborated"
    assert links(decide("good", True, [A], day("2021-01-28"), "article date", REC)) == \
        ("contradicted", [], ["2017-05-10"])
    # no report out yet
    o = decide("good", True, [B], day("2016-01-01"), "article date", REC)
    assert links(o) == ("unmatched", [], []) and "no report on" in o.note


def test_rule_previous_rating_needs_an_earlier_judgement_with_that_rating():
    assert links(decide("inadequate", False, [A], day("2022-01-01"), "article date", REC)) == \
        ("corroborated", ["2014-06-01"], [])
    # an earlier judgement it later got is not earlier: unmatched, never contradicted
    assert links(decide("good", False, [A], day("2018-01-01"), "article date", REC)) == ("unmatched", [], [])


def test_rule_stated_periods_cover_the_inspection_on_site():
    # "rated inadequate in March 2014": on site in March, published in June
    month = Span(date(2014, 3, 1), date(2014, 3, 31), "2014-03")
    assert links(decide("inadequate", False, [A], month, "stated date", REC)) == ("corroborated", ["2014-06-01"], [])
    # a current rating stated for a year: any rating in force or made in it may be meant
    year = Span(date(2017, 1, 1), date(2017, 12, 31), "2017")
    assert links(decide("inadequate", True, [A], year, "stated date", REC)) == ("corroborated", ["2014-06-01"], [])
    assert links(decide("good", True, [A], year, "stated date", REC)) == \
        ("contradicted", [], ["2014-06-01", "2017-05-10"])


def test_rule_undated_every_judgement_with_the_rating_never_contradicted():
    assert links(decide("good", True, [A], None, "", REC)) == ("corroborated", ["2021-02-01"], [])
    assert links(decide("outstanding", True, [A], None, "", REC)) == ("unmatched", [], [])


def test_rule_before_the_record_and_councils_it_does_not_cover():
    o = decide("good", True, [A], day("2013-11-18"), "article date", ofsted_record())
    assert o.verdict == "unmatched" and o.note.startswith("before the record begins (November 2013)")
    o = decide("good", True, ["E06000028"], day("2017-01-01"), "article date", REC)
    assert o.verdict == "unmatched" and o.note.startswith("council not in the record")


def test_rule_a_provider_of_several_councils():
    # corroborated when one of its councils' reports backs it; contradicted only when none does
    assert links(decide("good", True, [A, B], day("2019-01-01"), "article date", REC)) == \
        ("corroborated", ["2018-01-10"], [])
    assert links(decide("inadequate", True, [A, B], day("2019-01-01"), "article date", REC)) == \
        ("contradicted", [], ["2017-05-10", "2018-01-10"])
