"""kg stats: counts by type and relation, top councils and issues, from the seeds' graph."""
from __future__ import annotations

from click.testing import CliRunner
from rdflib.namespace import RDF

from kg.cli import EXIT_FATAL, EXIT_OK, main
from kg.namespaces import CG
from kg.stats import StatsError, format_stats, stats


def test_stats_of_the_seeds(seeds_build, seeds_graph):
    out, _ = seeds_build
    s = stats(out, top=10)
    assert s.articles == 5
    assert s.triples == len(seeds_graph)
    assert sum(n for _, n in s.relations) == len(seeds_graph)
    types = dict(s.types)
    assert types["schema:NewsArticle"] == 5
    assert types["cg:Finding"] == len(set(seeds_graph.subjects(RDF.type, CG.Finding))) > 0
    assert types["cg:LocalAuthority"] >= 4
    assert dict(s.relations)["cg:evidence"] > 0
    assert ("Worcestershire County Council", "E10000034", 1) in s.councils
    issues = {notation: (concerns, strengths, n) for notation, concerns, strengths, n in s.issues}
    assert "caseloads" in issues
    concerns, strengths, n = issues["caseloads"]
    assert concerns >= 1 and concerns + strengths == n
    assert [i[3] for i in s.issues] == sorted((i[3] for i in s.issues), reverse=True)


def test_top_limits_the_tables(seeds_build):
    out, _ = seeds_build
    s = stats(out, top=2)
    assert len(s.councils) == 2 and len(s.issues) == 2


def test_kg_stats_prints_tables(seeds_build):
    out, _ = seeds_build
    result = CliRunner().invoke(main, ["stats", "--graph", str(out), "--top", "5"])
    assert result.exit_code == EXIT_OK, result.output
    assert "5 articles" in result.output
    assert "E10000034" in result.output and "caseloads" in result.output
    assert "Nodes by type" in result.output and "Triples by relation" in result.output
    assert result.output == format_stats(stats(out, top=5)) + "\n"


def test_missing_graph_is_one_line(tmp_path):
    result = CliRunner().invoke(main, ["stats", "--graph", str(tmp_path / "nothing")])
    assert result.exit_code == EXIT_FATAL
    assert len(result.output.strip().splitlines()) == 1 and result.output.startswith("kg: ")
    assert "Traceback" not in result.output


def test_unreadable_graph_is_a_stats_error(tmp_path):
    (tmp_path / "graph.ttl").write_text("this is not <turtle", encoding="utf-8")
    try:
        stats(tmp_path)
    except StatsError as exc:
        assert "not readable Turtle" in str(exc) and "\n" not in str(exc)
    else:
        raise AssertionError("no StatsError")
