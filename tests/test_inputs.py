"""Input formats: .txt, .html/.htm, .json/.jsonl records, '-' for standard input, and duplicates."""
from __future__ import annotations

import json

import rdflib
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.articles import Problems, read_articles
from kg.cli import EXIT_OK, EXIT_SKIPPED, main
from kg.dates import StatedDate

# Made-up reporting, not a real article.
TITLE = "Kent children's services rated inadequate"
BODY = ("Ofsted has rated Kent County Council's children's services 'inadequate' after a full inspection.\n\n"
        "Inspectors found that too many children waited too long for help from social workers.\n")
OTHER = "Ofsted has rated Surrey County Council's children's services 'good' after a full inspection.\n"

HTML = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{TITLE}</title>
<meta name="author" content="Jane Example">
<meta property="article:published_time" content="2023-05-17T09:00:00Z">
<link rel="canonical" href="https://news.example.org/kent-inadequate">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>{TITLE}</h1>
<p>Ofsted has rated Kent County Council's children's services 'inadequate' after a full inspection.</p>
<p>Inspectors found that too many children waited too long for help from social workers.</p>
</article>
<footer>Copyright Example News</footer>
</body></html>
"""

RECORD = {"id": "kent-1", "url": "https://news.example.org/kent-inadequate", "title": TITLE,
          "published": "2023-05-17", "author": "Jane Example", "text": BODY}


def read(paths):
    problems = Problems()
    articles = list(read_articles([str(p) for p in paths], problems))
    return articles, [str(p) for p in problems.items]


def jsonl(*objs) -> str:
    return "".join(json.dumps(o) + "\n" for o in objs)


def test_txt(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    [a], problems = read([tmp_path / "a.txt"])
    assert (a.id, a.text, problems) == ("a", BODY, [])


def test_html_main_text_and_metadata(tmp_path):
    (tmp_path / "kent.html").write_text(HTML, encoding="utf-8")
    [a], problems = read([tmp_path / "kent.html"])
    assert problems == []
    assert a.id == "kent"
    assert a.title == TITLE
    assert a.authors == ("Jane Example",)
    assert a.published == StatedDate(2023, 5, 17)
    assert a.url == "https://news.example.org/kent-inadequate"
    assert "rated Kent County Council's children's services 'inadequate'" in a.text
    assert "\n\nInspectors found" in a.text  # paragraphs separated by blank lines
    assert "Home" not in a.text and "Copyright" not in a.text


def test_htm_without_text_is_a_problem(tmp_path):
    (tmp_path / "empty.htm").write_text("<html><head><title>x</title></head><body></body></html>",
                                        encoding="utf-8")
    articles, problems = read([tmp_path / "empty.htm"])
    assert articles == []
    assert problems == [f"{tmp_path / 'empty.htm'}: skipped: no article text found"]


def test_jsonl_records_and_defaults(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(jsonl(RECORD, {"text": OTHER, "published": "3 June 2024"}), encoding="utf-8")
    [a, b], problems = read([path])
    assert problems == []
    assert (a.id, a.url, a.title, a.authors, a.published) == (
        "kent-1", RECORD["url"], TITLE, ("Jane Example",), StatedDate(2023, 5, 17))
    assert a.text == f"{TITLE}\n\n{BODY}"  # the headline leads the reporting
    assert (b.id, b.url, b.published) == ("feed-2", None, StatedDate(2024, 6, 3))


def test_json_object_and_list(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps(RECORD), encoding="utf-8")
    (tmp_path / "many.json").write_text(json.dumps([{"text": OTHER}, {"id": "x", "text": "Another one."}],
                                                   indent=2), encoding="utf-8")
    articles, problems = read([tmp_path / "one.json", tmp_path / "many.json"])
    assert problems == []
    assert [a.id for a in articles] == ["kent-1", "many-2", "x"]  # default id: file stem and line of the record


def test_malformed_json_line_is_one_problem_and_other_lines_load(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(jsonl(RECORD) + '{"text": "broken\n' + jsonl({"text": OTHER}), encoding="utf-8")
    articles, problems = read([path])
    assert [a.id for a in articles] == ["kent-1", "feed-3"]
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}:2: skipped: malformed JSON (")


def test_record_without_text_names_file_and_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(jsonl(RECORD, {"id": "no-text", "title": "x"}, {"text": "   "}), encoding="utf-8")
    articles, problems = read([path])
    assert [a.id for a in articles] == ["kent-1"]
    assert problems == [f"{path}:2: skipped: record has no text", f"{path}:3: skipped: record has no text"]


def test_malformed_json_file(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('[\n{"text": "fine text"},\n{"text": oops}\n]', encoding="utf-8")
    articles, problems = read([path])
    assert [a.id for a in articles] == ["bad-2"]
    assert len(problems) == 1 and problems[0].startswith(f"{path}:3: skipped: malformed JSON")


def test_duplicate_by_url(tmp_path):
    (tmp_path / "kent.html").write_text(HTML, encoding="utf-8")
    path = tmp_path / "feed.jsonl"
    path.write_text(jsonl({**RECORD, "id": "again", "text": OTHER}), encoding="utf-8")  # same URL
    articles, problems = read([tmp_path / "kent.html", path])
    assert [a.id for a in articles] == ["kent"]
    assert problems == [f"{path}:1: skipped: duplicate of kent"]


def test_duplicate_by_text_ignores_case_and_whitespace(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.txt").write_text("  " + BODY.upper().replace("\n\n", "\n   ") + "\n\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text(OTHER, encoding="utf-8")
    articles, problems = read([tmp_path])
    assert [a.id for a in articles] == ["a", "c"]
    assert problems == [f"{tmp_path / 'b.txt'}: skipped: duplicate of a"]


def test_folders_include_all_kinds_and_ignore_others(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "sub" / "b.htm").write_text(HTML, encoding="utf-8")
    (tmp_path / "sub" / "c.jsonl").write_text(jsonl({"id": "c1", "text": "Third article text, long enough."}),
                                              encoding="utf-8")
    (tmp_path / "d.json").write_text(json.dumps({"id": "d1", "text": "Fourth article, also different."}),
                                     encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG")
    articles, problems = read([tmp_path])
    assert [a.id for a in articles] == ["a", "d1", "sub/b", "c1"]   # a subfolder's file: its path from the folder
    assert problems == []
    _, problems = read([tmp_path / "notes.md"])
    assert problems == [f"{tmp_path / 'notes.md'}: skipped: unsupported file type '.md'"]


def test_stdin_text_through_the_cli(tmp_path):
    result = CliRunner().invoke(main, ["build", "-", "--out", str(tmp_path / "out")], input=BODY)
    assert result.exit_code == EXIT_OK, result.output
    assert "1 article (" in result.output
    ttl = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "stdin" in ttl


def test_stdin_json_lines_through_the_cli(tmp_path):
    data = jsonl(RECORD) + "not json\n" + jsonl({"text": OTHER})
    result = CliRunner().invoke(main, ["build", "-", "--out", str(tmp_path / "out")], input=data)
    assert result.exit_code == EXIT_SKIPPED, result.output
    assert "2 articles" in result.output
    assert "kg: <stdin>:2: skipped: malformed JSON" in result.output


def _judgements(out) -> set[tuple[str, str]]:
    g = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    rows = g.query("""
        PREFIX cg: <https://w3id.org/caregraph/ontology#>
        SELECT ?about ?rating WHERE { ?j a cg:Judgement ; cg:about ?about ; cg:rating ?rating . }""")
    return {(str(about), str(rating)) for about, rating in rows}


def _facts(out) -> set[tuple[str, ...]]:
    """Every fact's class and what it says, without the article-specific IRIs."""
    g = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    rows = g.query("""
        PREFIX cg: <https://w3id.org/caregraph/ontology#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?cls ?about ?what ?pol ?evidence WHERE {
          ?f prov:wasDerivedFrom ?a ; a ?cls ; cg:evidence ?evidence .
          OPTIONAL { ?f cg:about ?about }
          OPTIONAL { ?f cg:rating|cg:inspectionType|cg:issue ?what }
          OPTIONAL { ?f cg:polarity ?pol } }""")
    return {tuple(str(x) for x in row) for row in rows}


def test_same_article_as_txt_html_and_jsonl_gives_the_same_judgements(tmp_path):
    from kg.build import build
    txt = tmp_path / "kent.txt"
    txt.write_text(f"{TITLE}\n\n{BODY}", encoding="utf-8")
    html = tmp_path / "kent.html"
    html.write_text(HTML, encoding="utf-8")
    jl = tmp_path / "kent.jsonl"
    jl.write_text(jsonl(RECORD), encoding="utf-8")
    results = []
    for i, path in enumerate((txt, html, jl)):
        out = tmp_path / f"out{i}"
        # the news alone: Ofsted's record would give every council's official judgements too
        report = build([str(path)], out, record=False)
        assert report.articles == 1 and not report.problems, report.problems
        results.append((_judgements(out), _facts(out)))
    assert results[0][0], "the made-up article should yield a judgement"
    assert any("inadequate" in rating.lower() for _, rating in results[0][0])
    assert len(results[0][1]) >= 3  # judgement, inspection, finding
    assert results[0] == results[1] == results[2]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(junk=st.binary(max_size=2000))
def test_random_bytes_never_raise_and_good_article_survives(tmp_path, junk):
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    (folder / "junk.txt").write_bytes(junk)
    (folder / "good.txt").write_text(BODY, encoding="utf-8")
    problems = Problems()
    articles = list(read_articles([folder], problems))
    assert "good" in [a.id for a in articles]
    assert all(isinstance(str(p), str) for p in problems.items)


def test_mixed_folder_reports_each_bad_input_once_and_keeps_every_good_article(tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text(BODY, encoding="utf-8")
    (src / "sub" / "b.html").write_text(HTML.replace("Kent", "Essex").replace("kent", "essex"), encoding="utf-8")
    (src / "c.jsonl").write_text(
        jsonl({"id": "c1", "text": OTHER}, {"id": "c2", "text": OTHER.replace("Surrey", "Devon")})
        + "{not json\n" + jsonl({"id": "c4", "text": ""}), encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    (src / "bin.txt").write_bytes(bytes(range(256)) * 4)
    (src / "copy.txt").write_text(BODY.upper(), encoding="utf-8")         # the same text as a.txt
    (src / "cp1252.txt").write_bytes(OTHER.replace("Surrey", "Norfolk").replace("'", "’").encode("cp1252"))
    result = CliRunner().invoke(main, ["build", str(src), "--out", str(tmp_path / "out")])
    assert result.exit_code == EXIT_SKIPPED, result.output
    problems = [ln for ln in result.output.splitlines() if ln.startswith("kg: ")]
    assert len(problems) == 5, problems
    for name in ("c.jsonl:3", "c.jsonl:4", "empty.txt", "bin.txt", "copy.txt"):
        assert sum(name in ln for ln in problems) == 1, name
    g = rdflib.Graph().parse(tmp_path / "out" / "graph.ttl")
    ids = {str(o) for o in g.objects(None, rdflib.URIRef("http://purl.org/dc/terms/identifier"))}
    assert {"a", "sub/b", "c1", "c2", "cp1252"} <= ids


def test_clean_text_drops_exactly_the_characters_xml_cannot_carry():
    import unicodedata
    from kg.articles import clean_text
    every = "".join(chr(c) for c in range(0x110000) if chr(c) != "\r")
    kept = "".join(ch for ch in every if ch in "\n\t" or (
        unicodedata.category(ch) not in ("Cc", "Cs") and ch not in "\ufffe\uffff"))
    assert clean_text(every) == unicodedata.normalize("NFC", kept)


def test_three_hard_wrapped_lines_with_no_headline_are_one_paragraph(extract):
    af = extract("Ofsted has rated children's services at Rutland County Council as\n"
                 "requires improvement to be good after a full inspection in\n"
                 "March, the council said on Tuesday in a short statement.\n")
    [j] = [f for f in af.facts if type(f).__name__ == "Judgement"]
    assert (j.about.key, j.rating) == ("E06000017", "requires-improvement")
    assert j.evidence.text.startswith("Ofsted has rated") and j.evidence.text.endswith("statement.")


def test_a_feed_whose_fields_hold_html_is_read_as_html(tmp_path):
    """A CMS export: tags dropped, paragraphs kept, character references decoded (issue 18, item 12)."""
    feed = tmp_path / "cms.jsonl"
    feed.write_text(jsonl({"id": "cms-1", "title": "Kent&#39;s services rated &lsquo;good&rsquo;",
                           "text": "<p>Ofsted has rated <strong>Kent County Council&#39;s</strong> services "
                                   "&lsquo;good&rsquo;.</p><p>Caseloads were manageable &amp; staff felt "
                                   "supported.<br/>The council welcomed it.</p>"}), encoding="utf-8")
    (article,), problems = read([feed])
    assert article.title == "Kent's services rated ‘good’"
    assert "<" not in article.text and "&" not in article.text.replace("& staff", "")
    assert "Ofsted has rated Kent County Council's services ‘good’.\n\nCaseloads were manageable & staff felt " \
           "supported.\nThe council welcomed it." in article.text
    assert problems == []


def test_a_feed_of_plain_text_with_an_ampersand_is_left_alone(tmp_path):
    feed = tmp_path / "plain.jsonl"
    feed.write_text(jsonl({"id": "p", "text": "Kent & Medway's <3 services were praised by Ofsted."}), encoding="utf-8")
    (article,), _ = read([feed])
    assert article.text.startswith("Kent & Medway's <3 services")
