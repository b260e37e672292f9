"""kg validate: the seeds' graph conforms to ontology/shapes.ttl; broken copies fail, naming the shape."""
from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from rdflib import Literal
from rdflib import namespace as ns
from rdflib.namespace import RDF, SH

from kg.cli import EXIT_FATAL, EXIT_INVALID, EXIT_OK, main
from kg.namespaces import CG, SKOS, concept
from kg.validate import ValidateError, shapes_path, validate

ROOT = Path(__file__).resolve().parent.parent


def _copy(graph: rdflib.Graph) -> rdflib.Graph:
    g = rdflib.Graph()
    for t in graph:
        g.add(t)
    return g


def _write(graph: rdflib.Graph, out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    graph.serialize(out / "graph.ttl", format="turtle")
    return out


def test_shapes_parse_and_every_property_shape_has_a_message():
    shapes = rdflib.Graph().parse(ROOT / "ontology" / "shapes.ttl", format="turtle")
    assert shapes_path().resolve() == (ROOT / "ontology" / "shapes.ttl").resolve()
    props = set(shapes.objects(None, SH.property))
    assert len(props) > 20
    assert all(shapes.value(p, SH.message) for p in props)
    named = {str(s).rsplit("#", 1)[1] for s in shapes.subjects(RDF.type, SH.NodeShape)}
    assert {"LocalAuthorityShape", "ServiceProviderShape", "OrganizationShape", "PersonShape", "NewsArticleShape",
            "JudgementShape", "InspectionShape", "FindingShape", "MembershipShape", "TextSpanShape"} <= named


def test_seeds_graph_conforms(seeds_build):
    out, _ = seeds_build
    result = CliRunner().invoke(main, ["validate", str(out)])
    assert result.exit_code == EXIT_OK, result.output
    assert result.output.strip() == "conforms"


def test_finding_without_evidence_fails_naming_the_shape(seeds_graph, tmp_path):
    g = _copy(seeds_graph)
    finding = min(g.subjects(RDF.type, CG.Finding))
    assert (finding, CG.evidence, None) in g
    g.remove((finding, CG.evidence, None))
    out = _write(g, tmp_path / "broken")
    result = CliRunner().invoke(main, ["validate", str(out)])
    assert result.exit_code == EXIT_INVALID, result.output
    assert "FindingShape" in result.output
    assert str(finding) in result.output
    assert "cg:evidence" in result.output
    report = validate(out)
    assert not report.conforms
    assert report.failing_shapes == ["cg:FindingShape"]
    assert len(report.violations) == 1


def _first(g, cls):
    return min(g.subjects(RDF.type, cls))


def _bad_gss(g):
    c = _first(g, CG.LocalAuthority)
    g.set((c, CG.gssCode, Literal("W06000015")))


def _span_backwards(g):
    s = _first(g, CG.TextSpan)
    g.set((s, CG.start, Literal(10_000, datatype=ns.XSD.nonNegativeInteger)))


def _rating_outside_scheme(g):
    j = _first(g, CG.Judgement)
    g.set((j, CG.rating, concept("caseloads")))  # an issue, not a rating


def _polarity_not_concern_or_strength(g):
    f = _first(g, CG.Finding)
    g.set((f, CG.polarity, concept("inadequate")))


def _issue_scheme_missing(g):
    g.remove((None, SKOS.inScheme, CG.IssueScheme))


@pytest.mark.parametrize("breakage, shape", [
    (_bad_gss, "cg:LocalAuthorityShape"),
    (_span_backwards, "cg:TextSpanShape"),
    (_rating_outside_scheme, "cg:JudgementShape"),
    (_polarity_not_concern_or_strength, "cg:FindingShape"),
    (_issue_scheme_missing, "cg:FindingShape"),
])
def test_each_breakage_is_caught_by_its_shape(seeds_graph, tmp_path, breakage, shape):
    g = _copy(seeds_graph)
    breakage(g)
    report = validate(_write(g, tmp_path / "g"))
    assert not report.conforms
    assert shape in report.failing_shapes, report.text
    assert report.text.splitlines()[0].startswith("does not conform")


def test_missing_graph_is_one_line(tmp_path):
    result = CliRunner().invoke(main, ["validate", str(tmp_path / "nothing")])
    assert result.exit_code == EXIT_FATAL
    assert len(result.output.strip().splitlines()) == 1
    assert result.output.startswith("kg: ") and "graph.ttl" in result.output
    assert "Traceback" not in result.output


def test_unreadable_graph_is_a_validate_error(tmp_path):
    (tmp_path / "graph.ttl").write_text("this is not <turtle", encoding="utf-8")
    with pytest.raises(ValidateError, match="not readable Turtle"):
        validate(tmp_path)
