"""Incremental builds through the build store: whatever was built before, the exports are those of a fresh
build of the current inputs, byte for byte; an unchanged rerun parses nothing and rewrites nothing."""
from __future__ import annotations

import os
import shutil

import pytest
import rdflib
from rdflib import Literal, RDF, RDFS
from rdflib.namespace import FOAF, SKOS

from kg.build import build
from kg.export.dataset import EXPORTS, SHARED_GRAPH
from kg.store import STORE_DIR, BuildStore, StoreError
from tests.conftest import SEEDS

ARTICLES = {
    "a1.txt": "Jo Smith 12 March 2021\n\nOfsted has rated Kent County Council's children's services 'inadequate' "
              "after a full inspection. Inspectors found high caseloads. Sarah Hammond, director of children's "
              "services at Kent County Council, said the council accepted the findings.\n",
    "a2.txt": "Sam Lee 9 June 2022\n\nSurrey County Council's children's services were rated 'good' by Ofsted after a "
              "full inspection. Rachel Wardell, executive director for children at Surrey County Council, said "
              "staff had worked hard.\n",
    "a3.txt": "Jo Smith 3 May 2023\n\nOfsted has rated Devon County Council's children's services 'requires "
              "improvement' after a full inspection. Inspectors praised the stable workforce.\n",
    "a4.txt": "Sam Lee 1 July 2023\n\nKent County Council's children's services remain rated 'inadequate', Ofsted "
              "said after a monitoring visit. Caseloads remain too high, Sarah Hammond said.\n",
}
NEW = ("a5.txt", "Ann Hill 2 August 2023\n\nOfsted has rated Torbay Council's children's services 'good' after a "
                 "full inspection. Nancy Meehan, director of children's services at Torbay Council, welcomed it.\n")


def write(folder, articles):
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")


def exports(out) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in EXPORTS}


def fresh(nlp, tmp_path, articles, name):
    src, out = tmp_path / f"{name}-src", tmp_path / f"{name}-out"
    write(src, articles)
    report = build([str(src)], out, nlp=nlp)
    assert report.parsed == len(articles) and not report.problems
    return exports(out)


@pytest.fixture
def first(nlp, tmp_path):
    """A build of ARTICLES in tmp_path/out from tmp_path/src."""
    src, out = tmp_path / "src", tmp_path / "out"
    write(src, ARTICLES)
    report = build([str(src)], out, nlp=nlp)
    assert report.articles == 4 and report.parsed == 4 and report.exports_written
    return src, out


def test_unchanged_rerun_parses_nothing_and_rewrites_nothing(first, nlp):
    src, out = first
    before = {name: ((out / name).read_bytes(), (out / name).stat().st_mtime_ns) for name in EXPORTS}
    report = build([str(src)], out, nlp=nlp)
    assert (report.parsed, report.unchanged, report.articles) == (0, 4, 4)
    assert not report.exports_written and "exports unchanged" in report.summary()
    assert {name: ((out / name).read_bytes(), (out / name).stat().st_mtime_ns) for name in EXPORTS} == before


def test_a_new_article_is_the_only_one_parsed_and_gives_a_fresh_builds_bytes(first, nlp, tmp_path):
    src, out = first
    write(src, dict([NEW]))
    report = build([str(src)], out, nlp=nlp)
    assert (report.parsed, report.unchanged, report.articles) == (1, 4, 5)
    assert exports(out) == fresh(nlp, tmp_path, {**ARTICLES, NEW[0]: NEW[1]}, "plus-one")


def test_a_changed_article_has_its_graph_replaced(first, nlp, tmp_path):
    src, out = first
    changed = ARTICLES["a3.txt"].replace("'requires improvement'", "'outstanding'")
    (src / "a3.txt").write_text(changed, encoding="utf-8")
    report = build([str(src)], out, nlp=nlp)
    assert (report.parsed, report.unchanged) == (1, 3)
    assert exports(out) == fresh(nlp, tmp_path, {**ARTICLES, "a3.txt": changed}, "changed")
    ttl = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "judgement/council-E10000008-outstanding" in ttl
    assert "council-E10000008-requires-improvement" not in ttl


def test_prune_drops_an_article_and_the_person_only_it_named(first, nlp, tmp_path):
    src, out = first
    before = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "Rachel Wardell" in before and "council/E10000030" in before
    (src / "a2.txt").unlink()
    kept = build([str(src)], out, nlp=nlp)
    assert kept.articles == 4 and kept.pruned == 0  # without --prune, earlier articles stay
    report = build([str(src)], out, nlp=nlp, prune=True)
    assert (report.parsed, report.pruned, report.articles) == (0, 1, 3)
    rest = {k: v for k, v in ARTICLES.items() if k != "a2.txt"}
    assert exports(out) == fresh(nlp, tmp_path, rest, "pruned")
    g = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    people = {str(g.value(p, RDFS.label)) for p in g.subjects(RDF.type, FOAF.Person)}
    assert "Rachel Wardell" not in people and "Sam Lee" in people  # Sam Lee also wrote a4
    assert "Sarah Hammond" in people
    mentioned = {str(o) for o in g.objects(None, rdflib.URIRef("https://schema.org/mentions"))}
    assert not any("E10000030" in m for m in mentioned)  # Surrey was only in a2


def test_the_store_exports_are_those_of_one_model_of_every_article(seeds_build, nlp, tmp_path):
    """The Turtle assembled from the store's pieces, and the Gephi files drawn from the stored facts, are
    byte for byte those of one in-memory GraphModel of every article (with Ofsted's record)."""
    from kg.articles import Problems, read_articles
    from kg.extract.article import extract_article, prepare
    from kg.export.gexf import write_gexf
    from kg.export.graphml import GephiSource, GephiView, write_graphml
    from kg.export.turtle import write_turtle
    from kg.model import GraphModel
    model = GraphModel()
    for doc, (article, meta, norm) in nlp.pipe(prepare(read_articles([str(SEEDS)], Problems())), as_tuples=True):
        model.add(extract_article(doc, article, meta, norm))
    from kg.check import link_triples
    from kg.model import triple_key
    from kg.record import ofsted_record
    ofsted = ofsted_record()  # the seeds' build has Ofsted's record and the news checked against it
    triples = model.triples()
    triples = sorted(set(triples) | set(link_triples(triples, ofsted)) | set(ofsted.triples), key=triple_key)
    write_turtle(triples, tmp_path / "graph.ttl")
    view = GephiView(GephiSource.of_model(model), ofsted)
    view.lay_out()
    write_graphml(view, tmp_path / "graph.graphml")
    write_gexf(view, tmp_path / "graph.gexf")
    view.close()
    for name in ("graph.ttl", "graph.graphml", "graph.gexf"):
        assert (tmp_path / name).read_bytes() == (seeds_build[0] / name).read_bytes(), name


def test_nquads_partition_the_turtle_into_one_graph_per_article(seeds_build):
    out, report = seeds_build
    ds = rdflib.Dataset()
    ds.parse(out / "graph.nq", format="nquads")
    ttl = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    graphs = {str(c.identifier): c for c in ds.graphs() if len(c)}
    articles = {str(a) for a in ttl.subjects(RDF.type, rdflib.URIRef("https://schema.org/NewsArticle"))}
    assert set(graphs) == articles | {SHARED_GRAPH}
    lines = [ln for ln in (out / "graph.nq").read_text(encoding="utf-8").splitlines() if ln.strip()]
    assert len(lines) == len(ttl) == report.triples
    union = set()
    for iri, g in graphs.items():
        triples = set(g)
        assert not union & triples  # each triple in exactly one graph
        union |= triples
        if iri != SHARED_GRAPH:
            assert all(str(s) == iri or str(s).startswith(iri + "/") for s, _, _ in triples)
    assert union == set(ttl)


def test_a_name_spelt_two_ways_takes_the_spelling_most_articles_use(nlp, tmp_path):
    quote = "Jo O{}Neill, director of children's services at Kent County Council, said the council was sorry."
    articles = {f"n{i}.txt": f"Ofsted has rated Kent County Council's children's services 'inadequate'. "
                             f"{quote.format(q)}\n" for i, q in enumerate(["’", "'", "'"])}
    out = tmp_path / "out"
    write(tmp_path / "src", articles)
    build([str(tmp_path / "src")], out, nlp=nlp)
    g = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    person = rdflib.URIRef("https://w3id.org/caregraph/id/person/jo-oneill")
    assert set(g.objects(person, RDFS.label)) == {Literal("Jo O'Neill")}  # two articles against one
    assert set(g.objects(person, SKOS.altLabel)) == {Literal("Jo O’Neill")}


def test_another_extractor_version_empties_the_store(first, nlp, monkeypatch):
    src, out = first
    monkeypatch.setattr("kg.build.EXTRACTOR_VERSION", "something-else")
    report = build([str(src)], out, nlp=nlp)
    assert (report.parsed, report.unchanged, report.articles) == (4, 0, 4)
    again = build([str(src)], out, nlp=nlp)
    assert again.parsed == 0


def test_another_pipeline_empties_the_store(first, nlp, monkeypatch):
    src, out = first
    monkeypatch.setattr("kg.build.pipeline_id", lambda what=None: "en_core_web_md==3.8.0")
    report = build([str(src)], out, nlp=nlp)
    assert (report.parsed, report.unchanged) == (4, 0) and report.rebuilt
    assert "another pipeline or extractor version" in report.summary()


def test_a_store_in_use_is_a_one_line_error(first, nlp):
    src, out = first
    from kg.build import ExportError, cache_version
    with BuildStore.open(out, cache_version(nlp)):
        with pytest.raises(StoreError, match="in use by another kg process"):
            BuildStore.open(out, cache_version(nlp))
        with pytest.raises(ExportError, match="in use by another kg process"):
            build([str(src)], out, nlp=nlp)


def test_a_damaged_store_is_a_one_line_error_that_says_what_to_do(first, nlp):
    from click.testing import CliRunner
    from kg.cli import main
    src, out = first
    for manifest in (out / STORE_DIR).glob("MANIFEST-*"):
        manifest.write_bytes(b"garbage")
    result = CliRunner().invoke(main, ["build", str(src), "--out", str(out)])
    assert result.exit_code == 1 and not isinstance(result.exception, RuntimeError)
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "the build store is damaged" in lines[0] and "delete this folder" in lines[0]
    assert str(out / STORE_DIR) in lines[0]
    shutil.rmtree(out / STORE_DIR)
    assert build([str(src)], out, nlp=nlp).parsed == 4

def test_a_graph_left_without_its_hash_is_dropped(first, nlp):
    """A run stopped between writing an article's graph and its hash leaves the article to be parsed again."""
    import pyoxigraph as ox
    src, out = first
    from kg.build import cache_version
    stray = ox.NamedNode("https://w3id.org/caregraph/id/article/stray")
    store = ox.Store(str(out / STORE_DIR))
    store.add(ox.Quad(stray, ox.NamedNode("urn:x:p"), ox.Literal("x"), stray))
    del store
    with BuildStore.open(out, cache_version(nlp)) as reopened:
        assert "https://w3id.org/caregraph/id/article/stray" not in reopened.article_iris()
        assert stray not in set(reopened._store.named_graphs())


def test_strict_with_a_problem_leaves_the_store_alone(first, nlp):
    src, out = first
    before = exports(out)
    (src / "empty.txt").write_bytes(b"")
    write(src, dict([NEW]))
    report = build([str(src)], out, nlp=nlp, strict=True)
    assert report.problems and report.parsed == 0
    assert exports(out) == before
    (src / "empty.txt").unlink()
    assert build([str(src)], out, nlp=nlp).parsed == 1  # the new article was not stored by the strict run


def test_the_output_folder_can_be_moved(first, nlp, tmp_path):
    src, out = first
    moved = tmp_path / "moved"
    shutil.move(str(out), str(moved))
    report = build([str(src)], moved, nlp=nlp)
    assert report.parsed == 0 and report.articles == 4


def test_a_build_with_nothing_to_parse_does_not_load_spacy(seeds_build, tmp_path):
    """A rerun (or a --prune) with nothing new is bookkeeping: spaCy and the extractors are not imported."""
    import subprocess
    import sys
    out = tmp_path / "out"
    shutil.copytree(seeds_build[0], out)
    code = ("import sys; from kg.build import build; r = build([sys.argv[1]], sys.argv[2]); "
            "print(r.parsed, r.unchanged, 'spacy' in sys.modules, 'kg.extract.context' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", code, str(SEEDS), str(out)], capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["0", "5", "False", "False"]


# -- input files a build has read: not read again while unchanged ------------------------------------

PAGE = ("<html><head><title>Torbay children's services rated good</title></head><body><article>"
        "<h1>Torbay children's services rated good</h1><p>Ofsted has rated Torbay Council's children's services "
        "'good' after a full inspection.</p><p>Nancy Meehan, director of children's services at Torbay Council, "
        "said staff had worked hard for children in the bay.</p></article></body></html>")
RECORDS = ('{"id": "r1", "url": "https://example.org/r1", "text": "Ofsted has rated Devon County Council\'s children\'s '
           'services \'good\' after a full inspection, inspectors said on Tuesday."}\n'
           '{"id": "r2", "text": "Surrey County Council\'s children\'s services were rated \'good\' by Ofsted after a '
           'full inspection, the inspectorate said."}\n')
OLD = 1_600_000_000   # a modification time long past: not "racy" (kg.articles.RACY_NS)


def age(folder, seconds=OLD):
    for path in folder.iterdir():
        os.utime(path, ns=(seconds * 10**9, seconds * 10**9))


@pytest.fixture
def archive(nlp, tmp_path):
    """A build of texts, a web page and a JSON-lines file, all last modified long ago."""
    src, out = tmp_path / "src", tmp_path / "out"
    write(src, {**ARTICLES, "page.html": PAGE, "records.jsonl": RECORDS})
    age(src)
    report = build([str(src)], out, nlp=nlp)
    assert report.parsed == 7 and not report.problems
    return src, out


@pytest.fixture
def reads(monkeypatch):
    """The input files read whole (kg.articles._articles_of), by name."""
    import kg.articles
    names = []
    real = kg.articles._articles_of

    def counting(path, problems, base=None):
        names.append(path.name)
        return real(path, problems, base)
    monkeypatch.setattr(kg.articles, "_articles_of", counting)
    return names


def test_unchanged_input_files_are_not_read_again(archive, nlp, reads):
    src, out = archive
    before = exports(out)
    report = build([str(src)], out, nlp=nlp)
    assert reads == [] and (report.parsed, report.unchanged, report.articles) == (0, 7, 7)
    assert not report.exports_written and exports(out) == before


def test_a_file_changed_in_place_is_read_again(archive, nlp, reads, tmp_path):
    src, out = archive
    changed = ARTICLES["a3.txt"].replace("'requires improvement'", "'outstanding'")
    (src / "a3.txt").write_text(changed, encoding="utf-8")
    os.utime(src / "a3.txt", ns=((OLD + 60) * 10**9,) * 2)
    report = build([str(src)], out, nlp=nlp)
    assert reads == ["a3.txt"] and (report.parsed, report.unchanged) == (1, 6)
    reads.clear()
    write(tmp_path / "again", {**ARTICLES, "a3.txt": changed, "page.html": PAGE, "records.jsonl": RECORDS})
    assert exports(out) == exports(_built(nlp, tmp_path / "again", tmp_path / "again-out"))


def _built(nlp, src, out):
    build([str(src)], out, nlp=nlp)
    return out


def test_a_file_modified_just_before_it_was_read_is_read_again(first, nlp, reads):
    """Its modification time may not move if it changes again within the same tick (git's racy files)."""
    src, out = first
    report = build([str(src)], out, nlp=nlp)
    assert sorted(reads) == sorted(ARTICLES) and report.unchanged == 4


def test_a_new_file_duplicating_a_remembered_article_is_skipped_as_before(archive, nlp, reads):
    src, out = archive
    (src / "z-copy.txt").write_text(ARTICLES["a2.txt"].upper(), encoding="utf-8")   # same text up to case
    (src / "z-same-url.jsonl").write_text('{"id": "r9", "url": "https://example.org/r1", "text": "Another text '
                                          'about children\'s services in Devon, with the same address."}\n')
    report = build([str(src)], out, nlp=nlp)
    assert sorted(reads) == ["z-copy.txt", "z-same-url.jsonl"]
    assert sorted(str(p) for p in report.problems) == [
        f"{src / 'z-copy.txt'}: skipped: duplicate of a2", f"{src / 'z-same-url.jsonl'}:1: skipped: duplicate of r1"]


def test_a_file_with_a_problem_is_read_and_reported_every_time(archive, nlp, reads):
    src, out = archive
    (src / "bad.jsonl").write_text('{"id": "b1", "text": "Ofsted rated Kent County Council\'s children\'s services '
                                   'good after a full inspection."}\n{not json\n')
    age(src)
    for _ in range(2):
        reads.clear()
        report = build([str(src)], out, nlp=nlp)
        assert reads == ["bad.jsonl"] and [p.source for p in report.problems] == [f"{src / 'bad.jsonl'}:2"]


def test_files_read_by_other_library_versions_are_read_again(archive, nlp, reads, monkeypatch):
    import kg.build
    src, out = archive
    monkeypatch.setattr(kg.build, "reader_version", lambda: "trafilatura==0.0")
    report = build([str(src)], out, nlp=nlp)
    assert len(reads) == 6 and (report.parsed, report.unchanged) == (0, 7)   # six files, seven articles


def test_a_known_file_whose_article_left_the_store_is_read_and_parsed(archive, nlp, reads):
    src, out = archive
    with BuildStore.open(out, _version(nlp)) as store:
        store.remove("https://w3id.org/caregraph/id/article/a1")
    report = build([str(src)], out, nlp=nlp)
    assert reads == ["a1.txt"] and (report.parsed, report.unchanged) == (1, 6)


def _version(nlp):
    from kg.build import cache_version
    return cache_version(nlp)


# -- exports: unchanged articles' statements are copied from the last export ------------------------

def test_unchanged_articles_are_copied_from_the_last_export(first, nlp, tmp_path, monkeypatch):
    src, out = first
    read = []
    real = BuildStore.blocks
    monkeypatch.setattr(BuildStore, "blocks", lambda self, iri, only=(): read.append((iri.rsplit("/", 1)[1], bool(only)))
                        or real(self, iri, only))
    write(src, dict([NEW]))
    build([str(src)], out, nlp=nlp)
    assert sorted(read) == [("a1", True), ("a2", True), ("a3", True), ("a4", True), ("a5", False)]
    assert exports(out) == fresh(nlp, tmp_path, {**ARTICLES, NEW[0]: NEW[1]}, "plus-one")


def test_an_export_edited_since_is_not_copied_from(first, nlp, tmp_path):
    src, out = first
    ttl = out / "graph.ttl"
    ttl.write_bytes(ttl.read_bytes().replace(b"Kent", b"Kant"))     # same size: the modification time differs
    write(src, dict([NEW]))
    build([str(src)], out, nlp=nlp)
    assert exports(out) == fresh(nlp, tmp_path, {**ARTICLES, NEW[0]: NEW[1]}, "plus-one")


def test_an_export_cut_short_while_it_is_copied_from_is_read_from_the_store_instead(first, nlp, tmp_path, monkeypatch):
    from kg.export.dataset import Previous
    src, out = first
    real, cut = Previous.__init__, []

    def cut_after_the_check(self, folder, spans):
        real(self, folder, spans)
        if self.articles:   # the files passed the check
            with open(folder / "graph.nq", "r+b") as fh:
                fh.truncate(10)
            cut.append(folder)
    monkeypatch.setattr(Previous, "__init__", cut_after_the_check)
    write(src, dict([NEW]))
    build([str(src)], out, nlp=nlp)
    assert cut == [out]
    assert exports(out) == fresh(nlp, tmp_path, {**ARTICLES, NEW[0]: NEW[1]}, "plus-one")
