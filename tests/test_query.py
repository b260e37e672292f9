"""`kg query` and the stored queries in queries/, on the seed articles' graph."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.query import QUERIES_DIR, QueryError, format_result, resolve_query, run_query

QUERY_NAMES = sorted(p.stem for p in QUERIES_DIR.glob("*.rq"))
# The seeds are undated, so Ofsted's record contradicts none of them: tests/test_check.py runs
# contradictions.rq on invented dated articles.
# Nobody reviewed the seeds: tests/test_review.py runs reviewed.rq on a build with corrections.
EMPTY_ON_SEEDS = {"contradictions", "reviewed"}


def kg_query(graph_dir, query, fmt="table", **kwargs):
    result = CliRunner().invoke(main, ["query", query, "--graph", str(graph_dir), "--format", fmt], **kwargs)
    return result


def rows(graph_dir, name):
    """The query's rows as dicts of plain strings, through `kg query --format csv`."""
    result = kg_query(graph_dir, name, "csv")
    assert result.exit_code == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_queries_folder_has_the_stored_queries():
    assert set(QUERY_NAMES) >= {"latest-judgement", "inadequate-with-issues", "issues-by-rating",
                                "provider-councils", "quotes", "council-timeline", "evidence", "contradictions"}
    for name in QUERY_NAMES:
        first = (QUERIES_DIR / f"{name}.rq").read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# ") and len(first) > 10, f"{name}.rq must start with a comment"


@pytest.mark.parametrize("name", QUERY_NAMES)
@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_every_query_runs_in_every_format(seeds_build, name, fmt):
    out, _ = seeds_build
    result = kg_query(out, name, fmt)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    text = result.stdout
    if fmt == "json":
        doc = json.loads(text)
        assert doc["head"]["vars"] and (doc["results"]["bindings"] or name in EMPTY_ON_SEEDS), name
    elif fmt == "csv":
        table = list(csv.reader(io.StringIO(text)))
        assert (len(table) > 1 or name in EMPTY_ON_SEEDS) and all(len(r) == len(table[0]) for r in table)
    else:
        lines = text.splitlines()
        assert lines[1].startswith("---") and lines[-1].endswith(("rows)", "row)"))


@pytest.mark.parametrize("name", QUERY_NAMES)
def test_formats_agree_and_order_is_stable(seeds_build, name):
    out, _ = seeds_build
    as_csv = rows(out, name)
    doc = json.loads(kg_query(out, name, "json").stdout)
    as_json = [{v: b[v]["value"] for v in b} for b in doc["results"]["bindings"]]
    assert [{k: v for k, v in r.items() if v != ""} for r in as_csv] == as_json
    assert rows(out, name) == as_csv  # same order every run


@pytest.mark.parametrize("name", QUERY_NAMES)
def test_every_query_is_portable_sparql_that_rdflib_answers_the_same(seeds_build, seeds_graph, name):
    out, _ = seeds_build
    text = (QUERIES_DIR / f"{name}.rq").read_text(encoding="utf-8")
    ours = run_query(text, out)
    theirs = seeds_graph.query(text)
    assert [str(v) for v in theirs.vars] == ours.variables
    plain = [[None if t is None else t.value for t in row] for row in ours.rows]
    assert [[None if t is None else str(t) for t in row] for row in theirs] == plain


def test_latest_judgement(seeds_build):
    out, _ = seeds_build
    latest = {r["gss"]: r for r in rows(out, "latest-judgement")}
    assert latest["E10000034"]["rating"] == "inadequate"
    assert latest["E10000034"]["council"] == "Worcestershire County Council"
    assert latest["E10000013"]["rating"] == "inadequate"
    assert latest["E08000024"]["rating"] == "inadequate"
    assert all(r["current"] == "true" for r in latest.values())
    assert len(rows(out, "latest-judgement")) == len(latest)  # one row per council


def test_inadequate_with_issues(seeds_build):
    out, _ = seeds_build
    found = {(r["gss"], r["issue"]) for r in rows(out, "inadequate-with-issues")}
    assert ("E10000034", "caseloads") in found
    assert ("E10000034", "workforce-capacity") in found
    assert ("E10000013", "practice-quality") in found
    # the provider's concerns count for Sunderland
    assert ("E08000024", "re-referrals") in found
    # strengths are not concerns: Gloucestershire's caseloads were a strength
    assert ("E10000013", "caseloads") not in found


def test_issues_by_rating(seeds_build):
    out, _ = seeds_build
    table = rows(out, "issues-by-rating")
    counts = {r["issue"]: (int(r["inadequate"]), int(r["good"])) for r in table}
    assert counts["workforce-capacity"][0] >= 3
    assert counts["caseloads"][0] >= 1
    totals = [sum(counts[r["issue"]]) for r in table]
    assert totals == sorted(totals, reverse=True)


def test_provider_councils(seeds_build):
    out, _ = seeds_build
    table = rows(out, "provider-councils")
    assert {"provider": "Together for Children", "council": "Sunderland City Council", "gss": "E08000024",
            "rating": "inadequate"}.items() <= table[0].items()


def test_quotes(seeds_build):
    out, _ = seeds_build
    table = rows(out, "quotes")
    speakers = {r["speaker"] for r in table}
    assert {"Amanda Spielman", "Chris Spencer"} <= speakers
    spencer = next(r for r in table if r["speaker"] == "Chris Spencer")
    assert spencer["council"] == "Gloucestershire County Council"
    assert "Gloucestershire safe" in spencer["quote"]


def test_council_timeline_defaults_to_gloucestershire(seeds_build):
    out, _ = seeds_build
    table = rows(out, "council-timeline")
    assert {r["council"] for r in table} == {"Gloucestershire County Council"}
    news = [r for r in table if r["source"] == "news"]
    assert {"kind": "inspection", "what": "monitoring", "verdict": ""}.items() <= news[0].items()
    assert ("judgement", "inadequate", "corroborated") in {(r["kind"], r["what"], r["verdict"]) for r in news}
    assert ("finding", "permanence", "concern") in {(r["kind"], r["what"], r["detail"]) for r in news}
    # Ofsted's published record beside the news, dated by publication, before the undated articles
    official = [(r["date"], r["kind"], r["what"], r["detail"]) for r in table if r["source"] == "ofsted"]
    assert official[:2] == [("2017-06-13", "inspection", "full", "SIF"), ("2017-06-13", "judgement", "inadequate", "SIF")]
    assert table[:len(official)] == [r for r in table if r["source"] == "ofsted"]
    assert {r["source"] for r in table} == {"news", "ofsted"}


def test_council_timeline_for_another_council(seeds_build, tmp_path):
    out, _ = seeds_build
    text = (QUERIES_DIR / "council-timeline.rq").read_text(encoding="utf-8")
    assert 'VALUES ?gss { "E10000013" }' in text
    query = tmp_path / "worcs.rq"
    query.write_text(text.replace('"E10000013"', '"E10000034"'), encoding="utf-8")
    result = kg_query(out, str(query), "csv")
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["council"] for r in table} == {"Worcestershire County Council"}
    assert ("inspection", "full") in {(r["kind"], r["what"]) for r in table}


def test_evidence(seeds_build):
    out, _ = seeds_build
    table = rows(out, "evidence")
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    worcs = [r for r in table if r["article"] == "001_c66dfc39aa2bc9bf" and r["type"] == "judgement"]
    assert worcs and worcs[0]["council"] == "Worcestershire County Council"
    assert "inadequate" in worcs[0]["sentence"]
    assert all(r["sentence"] for r in table)
    for r in table:  # the offsets point at the sentence in the article's text
        text = (seeds / f"{r['article']}.txt").read_text(encoding="utf-8")
        assert text[int(r["start"]):int(r["end"])] == r["sentence"]
    assert {"finding", "judgement", "inspection", "quotation", "membership"} <= {r["type"] for r in table}


# --------------------------------------------------------------------------------- errors, inputs


def test_syntax_error_is_one_line_and_exit_1(seeds_build):
    out, _ = seeds_build
    result = kg_query(out, "SELECT * WHERE { ?s ?p }")
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: SPARQL syntax error")
    assert "Traceback" not in result.stderr


def test_missing_graph_is_one_line(tmp_path):
    result = kg_query(tmp_path / "exports", "latest-judgement")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [f"kg: {tmp_path / 'exports' / 'graph.ttl'}: no such file; run kg build first"]


def test_missing_graph_default_folder_message(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["query", "latest-judgement"])
    assert result.exit_code == 1
    assert result.stderr == "kg: exports/graph.ttl: no such file; run kg build first\n"


def test_unknown_stored_query_is_one_line(seeds_build):
    out, _ = seeds_build
    result = kg_query(out, "latest-judgment")
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "latest-judgement" in result.stderr


def test_update_is_refused(seeds_build):
    out, _ = seeds_build
    result = kg_query(out, "INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    assert result.exit_code == 1 and len(result.stderr.strip().splitlines()) == 1


def test_query_from_stdin_file_and_text(seeds_build, tmp_path):
    out, _ = seeds_build
    text = "SELECT (COUNT(*) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }"
    from_stdin = kg_query(out, "-", "csv", input=text)
    assert from_stdin.exit_code == 0 and from_stdin.stdout.splitlines() == ["n", "5"]
    path = tmp_path / "count.rq"
    path.write_text(text, encoding="utf-8")
    assert kg_query(out, str(path), "csv").stdout == from_stdin.stdout
    assert kg_query(out, text, "csv").stdout == from_stdin.stdout


def test_resolve_query():
    assert resolve_query("latest-judgement") == (QUERIES_DIR / "latest-judgement.rq").read_text(encoding="utf-8")
    assert resolve_query("quotes.rq") == (QUERIES_DIR / "quotes.rq").read_text(encoding="utf-8")
    assert resolve_query("ASK {}") == "ASK {}"
    with pytest.raises(QueryError):
        resolve_query("no-such-query")


def test_ask_and_construct_formats(seeds_build):
    out, _ = seeds_build
    ask = run_query("ASK { ?c <https://w3id.org/caregraph/ontology#gssCode> \"E10000034\" }", out)
    assert format_result(ask, "table") == "true\n"
    assert json.loads(format_result(ask, "json")) == {"head": {}, "boolean": True}
    graph = run_query("CONSTRUCT { ?c a ?t } WHERE { ?c a ?t ; <https://w3id.org/caregraph/ontology#gssCode> ?g }", out)
    table = format_result(graph, "table")
    assert table.splitlines()[0].split() == ["subject", "predicate", "object"]
    assert "cg:LocalAuthority" in table and "rdf:type" in table


def test_table_shortens_iris_and_aligns(seeds_build):
    out, _ = seeds_build
    result = kg_query(out, "SELECT ?r ?n WHERE { ?r <http://www.w3.org/2004/02/skos/core#notation> ?n } "
                           "ORDER BY ?n LIMIT 3")
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["r", "n"]
    assert lines[2].startswith("cg:")
    assert len({line.index(line.split()[1]) for line in lines[2:5]}) == 1  # second column aligned


def test_the_projects_prefixes_need_no_declaration(seeds_build):
    from kg.query import run_query
    out, _ = seeds_build
    result = run_query("SELECT (COUNT(*) AS ?n) WHERE { ?j a cg:Judgement ; cg:rating/skos:notation ?r }", out)
    assert int(result.rows[0][0].value) > 0


def test_an_undeclared_prefix_is_named_with_the_known_ones(seeds_build):
    from kg.query import QueryError, run_query
    out, _ = seeds_build
    with pytest.raises(QueryError) as exc:
        run_query("SELECT ?j WHERE { ?j a foo:Judgement ; cg:rating ?r }", out)
    assert "foo:" in str(exc.value) and "cg:" in str(exc.value) and "\n" not in str(exc.value)


def test_the_readme_prefix_block_is_the_projects():
    import re
    from kg.namespaces import PREFIXES
    from tests.conftest import ROOT
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = dict(re.findall(r"^PREFIX (\w+):\s+<([^>]+)>$", text, re.M))
    assert block == {p: str(iri) for p, iri in PREFIXES.items()}   # every prefix kg query knows, as it knows it
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
