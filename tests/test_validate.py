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
from kg.namespaces import CG, DCTERMS, ID, PROV, SKOS, concept
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
            "JudgementShape", "InspectionShape", "FindingShape", "MembershipShape", "TextSpanShape",
            "OfficialInspectionShape", "CheckedJudgementShape"} <= named


def test_seeds_graph_conforms(seeds_build):
    out, _ = seeds_build
    result = CliRunner().invoke(main, ["validate", str(out)])
    assert result.exit_code == EXIT_OK, result.output
    assert result.output.strip() == "conforms"


@pytest.fixture(scope="module")
def news_graph(nlp, tmp_path_factory):
    """The seeds' graph without Ofsted's record (--no-record): the breakages of news facts below need
    no record, and pyshacl takes seconds over the record's thousand official nodes."""
    from kg.build import build
    from tests.conftest import SEEDS
    out = tmp_path_factory.mktemp("seeds-news")
    build([str(SEEDS)], out, nlp=nlp, record=False)
    return rdflib.Graph().parse(out / "graph.ttl", format="turtle")


def test_finding_without_evidence_fails_naming_the_shape(news_graph, tmp_path):
    g = _copy(news_graph)
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
def test_each_breakage_is_caught_by_its_shape(news_graph, tmp_path, breakage, shape):
    g = _copy(news_graph)
    breakage(g)
    report = validate(_write(g, tmp_path / "g"))
    assert not report.conforms
    assert shape in report.failing_shapes, report.text
    assert report.text.splitlines()[0].startswith("does not conform")


# -- Ofsted's record and the check ------------------------------------------------------------------

SEED_GSS = ("E10000034", "E10000013", "E08000024", "E06000027")
OFFICIAL = str(ID["ofsted/"])


@pytest.fixture(scope="module")
def record_graph(seeds_graph):
    """The seeds' graph with the official inspections of the seed councils only (validating all 477
    takes pyshacl seconds)."""
    def kept(term):
        return not str(term).startswith(OFFICIAL) or str(term)[len(OFFICIAL):].split("/", 1)[1].startswith(SEED_GSS)
    g = rdflib.Graph()
    for t in seeds_graph:
        if kept(t[0]) and kept(t[2]):
            g.add(t)
    return g


def _official(kind, key):
    return ID[f"ofsted/{kind}/{key}"]


def _news_judgement(g):
    return min(j for j in g.subjects(CG.checkNote, None))


def _no_publication_date(g):
    g.remove((_official("inspection", "E10000034-2017-01-24"), DCTERMS.issued, None))


def _second_overall_judgement(g):
    g.add((_official("judgement", "E10000013-2017-06-13"), CG.fromInspection,
           _official("inspection", "E10000034-2017-01-24")))


def _corroborated_and_contradicted(g):
    g.add((_news_judgement(g), CG.contradictedBy, _official("judgement", "E10000034-2019-07-29")))


def _two_notes(g):
    g.add((_news_judgement(g), CG.checkNote, Literal("another note")))


def _news_judgement_without_evidence(g):
    j = _news_judgement(g)
    g.remove((j, CG.evidence, None))


def _news_inspection_without_evidence_span(g):
    i = min(s for s in g.subjects(RDF.type, CG.Inspection) if "/article/" in str(s))
    g.remove((i, CG.evidenceSpan, None))


def _official_judgement_from_no_inspection(g):
    g.remove((_official("judgement", "E10000034-2017-01-24"), CG.fromInspection, None))


def _official_fact_from_an_article_too(g):
    g.add((_official("inspection", "E10000034-2017-01-24"), PROV.wasDerivedFrom, ID["article/001_c66dfc39aa2bc9bf"]))


def test_the_record_graph_conforms(record_graph, tmp_path):
    report = validate(_write(record_graph, tmp_path / "g"))
    assert report.conforms, report.text


@pytest.mark.parametrize("breakage, shape", [
    (_no_publication_date, "cg:OfficialInspectionShape"),
    (_second_overall_judgement, "cg:OfficialInspectionShape"),
    (_official_fact_from_an_article_too, "cg:OfficialInspectionShape"),
    (_corroborated_and_contradicted, "cg:CheckedJudgementShape"),
    (_two_notes, "cg:CheckedJudgementShape"),
    (_news_judgement_without_evidence, "cg:JudgementShape"),
    (_news_inspection_without_evidence_span, "cg:InspectionShape"),
    (_official_judgement_from_no_inspection, "cg:JudgementShape"),
])
def test_each_record_breakage_is_caught_by_its_shape(record_graph, tmp_path, breakage, shape):
    g = _copy(record_graph)
    breakage(g)
    report = validate(_write(g, tmp_path / "g"))
    assert not report.conforms
    assert shape in report.failing_shapes, report.text


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
