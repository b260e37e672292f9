"""kg build: read articles → normalise their text → one spaCy pipeline → extractors → graph model → Turtle and GraphML."""
from __future__ import annotations

import heapq
import time
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Callable, Iterable, Iterator

from kg.articles import Article, Problem, Problems, read_articles
from kg.boilerplate import layout
from kg.check import link_triples
from kg.export.gexf import write_gexf
from kg.export.graphml import gephi_view, write_graphml
from kg.export.layout import layout_note
from kg.export.turtle import write_turtle
from kg.extract.context import ORIGINAL_OFFSETS, build_context
from kg.extract.findings import extract_findings
from kg.extract.inspections import extract_inspections
from kg.extract.judgements import extract_judgements
from kg.extract.metadata import read_metadata
from kg.extract.people import extract_people
from kg.extract.providers import extract_providers
from kg.facts import ArticleFacts, Ref
from kg.model import GraphModel, triple_key
from kg.normalise import NormalisedText, normalise
from kg.pipeline import load_pipeline
from kg.record import OfstedRecord, ofsted_record
from kg.reference import slug

EXTRACTORS: tuple[Callable, ...] = (extract_judgements, extract_inspections, extract_providers,
                                   extract_people, extract_findings)
BATCH_SIZE = 50


class ExportError(RuntimeError):
    """The exports could not be written (the message names the folder and the reason)."""


@dataclass
class BuildReport:
    articles: int = 0
    entities: int = 0
    facts: int = 0
    triples: int = 0
    seconds: float = 0.0
    problems: list[Problem] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # said on stderr; not problems (exit status 0)

    def summary(self) -> str:
        skipped = f", {len(self.problems)} input problem(s)" if self.problems else ""
        return (f"{self.articles} articles, {self.entities} entities, {self.facts} facts, "
                f"{self.triples} triples in {self.seconds:.1f} s{skipped}")


def _prepare(articles: Iterable[Article]) -> Iterator[tuple[str, tuple]]:
    """Normalise each article's text (kg.normalise), lay it out and blank its furniture, so the pipeline
    sees only reporting, with look-alike characters folded and hard wrapping undone."""
    for article in articles:
        norm = normalise(article.text)
        lay = layout(norm.text)
        meta = read_metadata(lay)
        for i in meta.header_lines:
            lay.furniture[i] = True
        lay.furniture_spans.extend(meta.header_spans)
        yield lay.masked(norm.text), (article, meta, norm)


def extract_article(doc, article: Article, meta, norm: NormalisedText | None = None) -> ArticleFacts:
    """All facts of one article from its parsed Doc (`norm`: the normalised text the Doc was made from,
    whose offset map takes evidence back to the article's own text; None: the article's text itself)."""
    if norm is not None:
        doc.user_data[ORIGINAL_OFFSETS] = norm
    published = article.published or meta.published
    ctx = build_context(doc, article.text, published)
    af = ArticleFacts(article=article, title=article.title or meta.title, published=published)
    for name in article.authors or meta.authors:
        ref = Ref("person", slug(name), name)
        if ref.key and ref not in af.authors:
            af.authors.append(ref)
    for e in ctx.entities:
        af.mentions.add(e.ref)
    for extractor in EXTRACTORS:
        af.facts.extend(extractor(ctx))
    return af


def _with_record(triples: list, ofsted: OfstedRecord) -> list:
    """The model's sorted triples merged with the record's and the links of the check, in the same
    canonical order (kg.model.triple_key), each triple once."""
    links = sorted(((triple_key(t), t) for t in link_triples(triples, ofsted)), key=itemgetter(0))
    news = ((triple_key(t), t) for t in triples)
    out, last = [], None
    for key, t in heapq.merge(news, ofsted.keyed_triples, links, key=itemgetter(0)):
        if key != last:
            out.append(t)
            last = key
    return out


def build(paths: Iterable[str], out_dir: str | Path, model: str | None = None, jobs: int = 1,
          progress: Callable[[int], None] | None = None, strict: bool = False, nlp=None,
          record: bool = True) -> BuildReport:
    """Build the graph of the articles under `paths` into out_dir/graph.ttl, graph.graphml and graph.gexf
    (`nlp`: an already loaded kg.pipeline.load_pipeline(), to build many times in one process). With
    `record` the graph also holds Ofsted's published record and the news checked against it (kg.record,
    kg.check); kg.record.RecordError if the record's table cannot be read."""
    t0 = time.perf_counter()
    out = Path(out_dir)
    report = BuildReport()
    problems = Problems()
    ofsted = ofsted_record() if record else None   # read before the articles: a bad table fails fast
    nlp = nlp or load_pipeline(model)
    graph = GraphModel()
    articles = read_articles(paths, problems)
    stream = nlp.pipe(_prepare(articles), as_tuples=True, batch_size=BATCH_SIZE, n_process=jobs)
    for doc, (article, meta, norm) in stream:
        if strict and problems:
            break
        try:
            graph.add(extract_article(doc, article, meta, norm))
            report.articles += 1
        except Exception as exc:  # a defect on one article must not cost the others
            problems.add(article.source, f"skipped: extraction failed ({type(exc).__name__}: {exc})")
        if progress:
            progress(report.articles)
    report.problems = list(problems.items)
    if strict and problems:
        report.seconds = time.perf_counter() - t0
        return report
    triples = graph.triples()
    if ofsted is not None:
        triples = _with_record(triples, ofsted)
    view = gephi_view(graph, ofsted)  # drawn once (with its layout) for both Gephi files
    note = layout_note(len(view[0]))
    if note:
        report.notes.append(note)
    try:
        write_turtle(triples, out / "graph.ttl")
        write_graphml(graph, out / "graph.graphml", view)
        write_gexf(graph, out / "graph.gexf", view)
    except OSError as exc:
        raise ExportError(f"cannot write to {out}: {exc.strerror or exc}") from exc
    report.entities = len(graph.entities)
    report.facts = graph.fact_count
    report.triples = len(triples)
    report.outputs = [out / "graph.ttl", out / "graph.graphml", out / "graph.gexf"]
    report.seconds = time.perf_counter() - t0
    return report
