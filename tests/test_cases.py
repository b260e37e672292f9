"""The cases from the field in ../shared/cases (see its README.md for the right result of each), built as
`kg build` builds them. The Gephi case (gephi-parallel-edges.jsonl) is in tests/test_gephi.py."""
from __future__ import annotations

import json
import re

import pytest
import rdflib
from rdflib import RDF
from rdflib.namespace import DCTERMS, PROV

from kg.namespaces import CG, SCHEMA
from tests.conftest import SHARED

CASES = SHARED / "cases"
ID = "https://w3id.org/caregraph/id/"


def case(name):
    path = CASES / name
    if not path.exists():
        pytest.skip(f"no case at {path}")
    return path


@pytest.fixture(scope="module")
def built(nlp, tmp_path_factory):
    """build(case file or folder) -> (out dir, report, rdflib graph), each case built once."""
    from kg.build import build
    done = {}

    def run(*paths):
        key = tuple(str(p) for p in paths)
        if key not in done:
            out = tmp_path_factory.mktemp("case")
            report = build(list(key), out, nlp=nlp, record=False)  # the news alone, not Ofsted's record
            done[key] = out, report, rdflib.Graph().parse(out / "graph.ttl", format="turtle")
        return done[key]
    return run


def latest(out) -> dict[str, tuple[str, str]]:
    """latest-judgement as {gss: (rating, article id)}."""
    from kg.query import resolve_query, run_query
    result = run_query(resolve_query("latest-judgement"), out)
    cols = result.variables
    rows = [dict(zip(cols, (r.value if r is not None else None for r in row))) for row in result.rows]
    return {r["gss"]: (r["rating"], r["article"]) for r in rows}


def judgements(g) -> set[tuple[str, str, str]]:
    """(article id, council GSS, rating notation) of every overall judgement."""
    out = set()
    for j in g.subjects(RDF.type, CG.Judgement):
        article = str(g.value(g.value(j, PROV.wasDerivedFrom), DCTERMS.identifier))
        gss = str(g.value(g.value(j, CG.about), CG.gssCode))
        out.add((article, gss, str(g.value(j, CG.rating)).rsplit("#", 1)[1]))
    return out


def spans_slice_the_text(g, texts: dict[str, str]) -> int:
    """Every text span's cg:start/cg:end slice its article's text to exactly its rdf:value."""
    n = 0
    for span in g.subjects(RDF.type, CG.TextSpan):
        article = str(g.value(g.value(span, DCTERMS.isPartOf), DCTERMS.identifier))
        start, end = int(g.value(span, CG.start)), int(g.value(span, CG.end))
        assert texts[article][start:end] == str(g.value(span, RDF.value)), (article, start, end)
        n += 1
    return n


def article_texts(path) -> dict[str, str]:
    """id -> the article text `kg build` sees for each record of a JSON-lines case (headline first)."""
    from kg.articles import Problems, read_articles
    return {a.id: a.text for a in read_articles([str(path)], Problems())}


# -- hard-wrapped.txt ------------------------------------------------------------------------------

def unwrapped(text: str) -> str:
    """The same story written cleanly: each paragraph on one line (same length, same offsets)."""
    return re.sub(r"(?<=\S)\n(?=\S)", " ", text)


def test_hard_wrapped_text_gives_the_facts_of_the_clean_text(built, tmp_path):
    path = case("hard-wrapped.txt")
    text = path.read_text(encoding="utf-8")
    clean = tmp_path / "hard-wrapped.txt"
    clean.write_text(unwrapped(text), encoding="utf-8")
    out, report, g = built(path)
    _, _, clean_g = built(clean)
    assert not report.problems
    assert judgements(g) == {("hard-wrapped", "E06000010", "inadequate")}
    assert latest(out) == {"E06000010": ("inadequate", "hard-wrapped")}

    def facts(graph):
        return sorted((str(s).split("/", 6)[-1], str(p), str(o).replace("\n", " "))
                      for s, p, o in graph if "/article/" in str(s) and p != CG.evidence)
    assert facts(g) == facts(clean_g)  # same facts, same offsets; evidence differs only by line breaks
    title = str(g.value(rdflib.URIRef(ID + "article/hard-wrapped"), DCTERMS.title))
    assert title == "Ofsted rates Hull children's services inadequate after finding caseloads too high"
    # evidence is whole sentences, not the pieces between line breaks
    assert spans_slice_the_text(g, {"hard-wrapped": text}) >= 2
    for ev in g.objects(None, CG.evidence):
        assert str(ev)[-1] in ".h", ev  # a full stop, or the end of the headline ("too high")
        assert str(ev)[0].isupper(), ev


# -- invisible-characters.jsonl --------------------------------------------------------------------

INVISIBLE = re.compile("[\u00ad\u2060\ufeff\u200b-\u200d]")


def test_invisible_characters_give_the_facts_of_the_clean_text(built, tmp_path):
    path = case("invisible-characters.jsonl")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    clean = tmp_path / "invisible-characters.jsonl"
    clean.write_text("".join(json.dumps({**r, "text": INVISIBLE.sub("", r["text"]).replace("\u2011", "-")}) + "\n"
                             for r in records), encoding="utf-8")
    out, report, g = built(path)
    _, _, clean_g = built(clean)
    assert not report.problems
    expected = {("shy", "E10000034", "inadequate"), ("word-joiner", "E08000024", "good"),
                ("nb-hyphen", "E06000021", "requires-improvement"), ("zwnbsp", "E08000035", "outstanding")}
    assert judgements(g) == expected == judgements(clean_g)
    assert spans_slice_the_text(g, article_texts(path)) >= 4


# -- cookie-banner.html ----------------------------------------------------------------------------

def test_cookie_banner_is_not_the_article(built):
    path = case("cookie-banner.html")
    from kg.articles import Problems, read_articles
    [article] = list(read_articles([str(path)], Problems()))
    assert "Ofsted has rated Hull City Council's children's services good." in article.text
    assert "cookie" not in article.text.lower() and "partners" not in article.text
    out, report, _ = built(path)
    assert not report.problems and report.articles == 1
    assert latest(out) == {"E06000010": ("good", "cookie-banner")}


# -- multi-author.* --------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["multi-author.html", "multi-author.jsonl", "multi-author-byline.txt"])
def test_each_author_is_a_schema_author(built, name):
    out, report, g = built(case(name))
    assert not report.problems
    articles = set(g.subjects(RDF.type, SCHEMA.NewsArticle))
    assert articles
    for a in articles:
        assert {str(p) for p in g.objects(a, SCHEMA.author)} == {ID + "person/priya-kaur", ID + "person/daniel-okoro"}


# -- iso-datetime.jsonl ----------------------------------------------------------------------------

def test_publication_dates_in_every_written_form(built):
    out, report, g = built(case("iso-datetime.jsonl"))
    assert not report.problems
    issued = {str(g.value(a, DCTERMS.identifier)): g.value(a, DCTERMS.issued)
              for a in g.subjects(RDF.type, SCHEMA.NewsArticle)}
    for aid in ("newer", "ordinal-of", "dashes"):
        assert issued[aid] == rdflib.Literal("2024-03-12", datatype=rdflib.namespace.XSD.date), aid
    assert issued["older"] == rdflib.Literal("2022-05-10", datatype=rdflib.namespace.XSD.date)
    assert latest(out)["E08000024"] == ("good", "newer")


def test_merged_councils_ratings_belong_to_the_council_of_their_date(tmp_path):
    """merged-councils.jsonl: the 2022 rating is Cumbria County Council's, the 2018 one North Yorkshire County
    Council's (corroborated by its 2018 report); the successors get no news rating from these sentences."""
    from kg.build import build
    from kg.check import check
    build([str(case("merged-councils.jsonl"))], tmp_path)
    rows = {(r.gss, r.rating, r.verdict) for r in check(tmp_path).rows if r.article in ("cumbria-2024", "nyorks-2024")}
    assert ("E10000006", "requires-improvement", "unmatched") in rows          # no Ofsted URN for Cumbria in the record
    assert ("E10000023", "outstanding", "corroborated") in rows
    successors = {"E06000063", "E06000064", "E06000065"}
    assert not [r for r in rows if r[0] in successors and r[1] in ("requires-improvement", "outstanding")]


def test_nan_fields_are_missing_values(built):
    """nan-fields.jsonl: pandas' NaN is missing, like null: all three records load, none has the URL or title
    'nan', and the evidence offsets point into each article's own text."""
    out, report, g = built(case("nan-fields.jsonl"))
    assert report.articles == 3 and not report.problems
    assert {r[0] for r in latest(out).values()} == {"good", "inadequate", "outstanding"}
    assert not [o for o in g.objects() if str(o).lower() == "nan"]
    records = [json.loads(line.replace("NaN", "null"))
               for line in case("nan-fields.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [f"{r['title'] or ''}\n\n{r['text']}" for r in records]   # the headline is reporting too
    for _, o in g.subject_objects(CG.evidence):
        assert any(str(o) in t for t in texts)


def test_a_utf16_feed_loads_as_utf8_would(built):
    """utf16-feed.jsonl: saved by Windows PowerShell (UTF-16, BOM, CRLF): both records load."""
    out, report, _ = built(case("utf16-feed.jsonl"))
    assert report.articles == 2 and not report.problems
    assert {gss: r[0] for gss, r in latest(out).items()} == {"E08000024": "good", "E10000016": "inadequate"}


def test_an_incidental_institute_is_no_person(built):
    """incidental-institute-as-person.txt: the person is Hana Lowry; the Kentish Institute is no foaf:Person."""
    from rdflib.namespace import FOAF, RDFS
    _, _, g = built(case("incidental-institute-as-person.txt"))
    people = {str(g.value(p, RDFS.label)) for p in g.subjects(RDF.type, FOAF.Person)}
    assert "Hana Lowry" in people and not [p for p in people if "Institute" in p]


def test_a_paywalled_page_is_read_from_its_json_ld(built):
    """paywall-jsonld.html: Hull City Council inadequate, with its caseloads and agency-staff concerns, read from
    the JSON-LD articleBody rather than the teaser and the subscribe prompt."""
    from kg.namespaces import CG as cg
    out, report, g = built(case("paywall-jsonld.html"))
    assert latest(out)["E06000010"][0] == "inadequate"
    issues = {str(g.value(f, cg.issue)).rsplit("#", 1)[-1] for f in g.subjects(RDF.type, cg.Finding)}
    assert {"caseloads", "agency-staff"} <= issues
    assert not report.problems


def test_a_paywalled_page_without_a_body_says_it_gave_a_teaser(tmp_path):
    from kg.articles import Problems, read_html_file
    page = tmp_path / "teaser.html"
    page.write_text("<html><body><article><h1>Kent rated inadequate</h1><p>Kent County Council's children's services "
                    "have been rated inadequate by Ofsted after a full inspection.</p><p>This article is for "
                    "subscribers. Subscribe from £1 a week to keep reading.</p></article></body></html>",
                    encoding="utf-8")
    problems = Problems()
    assert read_html_file(page, problems) is not None
    assert [str(p) for p in problems.items] == [f"{page}: the page gave only a teaser (a paywall) and no articleBody; "
                                                "what it shows was read"]


@pytest.mark.parametrize("name", ["ratings-table.html", "ratings-table-text.txt"])
def test_a_ratings_table_gives_each_rows_judgement_and_no_inspection(built, name):
    """ratings-table.*: a table of councils' ratings (an HTML <table>, the same table in text) gives each row's
    judgement, current, with the row as its evidence; the sentence introducing the table ('the overall
    judgement each council received at its most recent full inspection') makes up no inspection."""
    out, report, g = built(case(name))
    article = name.split(".")[0]
    assert judgements(g) == {(article, "E08000024", "good"), (article, "E08000037", "outstanding"),
                             (article, "E06000001", "requires-improvement")}
    assert {gss: rating for gss, (rating, _) in latest(out).items()} == {
        "E08000024": "good", "E08000037": "outstanding", "E06000001": "requires-improvement"}
    evidence = {str(o) for j in g.subjects(RDF.type, CG.Judgement) for o in g.objects(j, CG.evidence)}
    assert "| Gateshead Council | Outstanding | January 2024 |" in {e.strip() for e in evidence}
    assert not list(g.subjects(RDF.type, CG.Inspection))
    assert not report.problems
