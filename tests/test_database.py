"""caregraph.db (kg.export.database, tables from kg.export.tabular) and `kg export csv`: its rows are the
graph's (counted by SPARQL on the same build), its foreign keys and full-text search are in place, the same
input gives the same bytes, and the CSV files hold the same rows."""
from __future__ import annotations

import csv
import sqlite3

import pyoxigraph as ox
from click.testing import CliRunner

from kg.cli import main
from kg.export.database import DATABASE

PREFIXES = """PREFIX cg: <https://w3id.org/caregraph/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <https://schema.org/> PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>"""
# Each table against the nodes of the graph it has one row for (through the public vocabulary).
COUNTS = {
    "judgements": "?x a ?c VALUES ?c { cg:Judgement cg:AreaJudgement }",
    "inspections": "?x a cg:Inspection",
    "findings": "?x a cg:Finding",
    "memberships": "?x a org:Membership",
    # one row per arrangement and council it ties the provider to
    "arrangements": "?a a cg:ServiceArrangement ; cg:council ?c . BIND(CONCAT(STR(?a), STR(?c)) AS ?x)",
    "articles": "?x a schema:NewsArticle",
    "people": "?x a foaf:Person",
    "quotes": "?x a schema:Quotation",
    "providers": "?x a cg:ServiceProvider",
    "councils": "?x a cg:LocalAuthority",
}


def graph_counts(out) -> dict[str, int]:
    store = ox.Store()
    with open(out / "graph.nq", "rb") as fh:
        store.bulk_load(fh, format=ox.RdfFormat.N_QUADS)
    got = {}
    for table, pattern in COUNTS.items():
        (row,) = store.query(f"{PREFIXES} SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {pattern} }}",
                             use_default_graph_as_union=True)
        got[table] = int(row["n"].value)
    return got


def db_counts(out) -> dict[str, int]:
    with sqlite3.connect(out / DATABASE) as db:
        return {t: db.execute(f"select count(*) from {t}").fetchone()[0] for t in COUNTS}


def test_the_seeds_tables_have_the_graphs_rows(seeds_build):
    out, _ = seeds_build
    graph = graph_counts(out)
    assert db_counts(out) == graph
    assert graph["judgements"] > 0 and graph["findings"] > 0 and graph["memberships"] > 0


def test_the_development_sets_tables_have_the_graphs_rows(dev_build):
    graph = graph_counts(dev_build)
    assert db_counts(dev_build) == graph
    assert min(graph.values()) > 0


def test_rows_link_by_foreign_keys_and_sentences_are_searchable(seeds_build):
    out, _ = seeds_build
    with sqlite3.connect(out / DATABASE) as db:
        fks = {(t, r[3], r[2]) for (t,) in db.execute("select name from sqlite_master where type='table'")
               for r in db.execute(f"pragma foreign_key_list('{t}')")}
        assert {("judgements", "council", "councils"), ("findings", "article", "articles"),
                ("memberships", "person", "people"), ("arrangements", "provider", "providers"),
                ("judgements", "official", "judgements")} <= fks
        assert not db.execute("pragma foreign_key_check").fetchall()     # every key names a row
        hits = db.execute("select count(*) from evidence_fts where evidence_fts match 'caseloads'").fetchone()[0]
        assert hits > 0
        # Worcestershire: the news says inadequate and the 2017 report corroborates it
        row = db.execute("select j.verdict, o.date from judgements j join judgements o on o.id = j.official "
                         "where j.council = 'E10000034' and j.rating = 'inadequate' and j.source = 'news'").fetchone()
        assert row[0] == "corroborated" and row[1].startswith("2017")
        assert db.execute("select councils from providers where name = 'Together for Children'").fetchone()[0] \
            .split(";").count("E08000024") == 1
        # each article's row names the file it was read from
        assert db.execute("select source from articles where id = '001_c66dfc39aa2bc9bf'").fetchone() == \
            ("001_c66dfc39aa2bc9bf.txt",)


def test_the_same_input_gives_the_same_database_bytes(seeds_build, tmp_path):
    from kg.build import build
    from tests.conftest import SEEDS
    out, _ = seeds_build
    build([str(SEEDS)], tmp_path)
    assert (tmp_path / DATABASE).read_bytes() == (out / DATABASE).read_bytes()


def test_export_csv_writes_every_table_with_the_databases_rows(seeds_build, tmp_path):
    out, _ = seeds_build
    result = CliRunner().invoke(main, ["export", "csv", "--graph", str(out), "--out", str(tmp_path / "csv")])
    assert result.exit_code == 0, result.output
    with sqlite3.connect(out / DATABASE) as db:
        for table in ("articles", "councils", "judgements", "findings", "evidence"):
            assert (tmp_path / "csv" / f"{table}.csv").read_bytes().startswith(b"\xef\xbb\xbf")   # Excel's UTF-8 mark
            with open(tmp_path / "csv" / f"{table}.csv", encoding="utf-8-sig", newline="") as fh:
                rows = list(csv.reader(fh))
            columns = [c[1] for c in db.execute(f"pragma table_info('{table}')")]
            assert rows[0] == columns
            want = [["" if v is None else str(v) for v in r] for r in db.execute(f"select * from {table} order by rowid")]
            assert rows[1:] == want


def test_export_csv_of_a_folder_without_a_database_says_so_in_one_line(tmp_path):
    result = CliRunner().invoke(main, ["export", "csv", "--graph", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"kg: {tmp_path / DATABASE}: no such file (run `kg build` with --out {tmp_path} first)"]


def test_an_arrangement_tying_a_provider_to_two_councils_is_a_row_for_each(tmp_path):
    """Each council's page lists the statement: one row per council, both naming the one statement."""
    from kg.build import build
    (tmp_path / "afc.txt").write_text(
        "Achieving for Children runs Kingston's and Richmond's children's services\n\n"
        "Achieving for Children, the company that runs children's services for Kingston and Richmond councils, "
        "was rated outstanding by Ofsted.\n", encoding="utf-8")
    out = tmp_path / "out"
    build([str(tmp_path / "afc.txt")], out)
    with sqlite3.connect(out / DATABASE) as db:
        rows = db.execute("select statement, council from arrangements order by council").fetchall()
    assert [c for _, c in rows] == ["E09000021", "E09000027"]
    assert len({s for s, _ in rows}) == 1
    assert db_counts(out)["arrangements"] == graph_counts(out)["arrangements"] == 2
