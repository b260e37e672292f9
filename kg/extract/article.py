"""One article, from text to facts: its text made ready for the pipeline (normalised, laid out, page
furniture blanked), then every extractor run over its parsed Doc, in order."""
from __future__ import annotations

from typing import Callable, Iterable, Iterator

from kg.articles import Article
from kg.dates import url_date
from kg.corrections import apply as replay
from kg.boilerplate import layout
from kg.extract.context import ORIGINAL_OFFSETS, build_context
from kg.extract.findings import extract_findings
from kg.extract.inspections import extract_inspections
from kg.extract.judgements import extract_judgements
from kg.extract.metadata import read_metadata
from kg.extract.people import extract_people
from kg.extract.providers import extract_providers
from kg.facts import ArticleFacts, Ref
from kg.normalise import NormalisedText, normalise
from kg.reference import slug

EXTRACTORS: tuple[Callable, ...] = (extract_judgements, extract_inspections, extract_providers,
                                   extract_people, extract_findings)


def prepare(articles: Iterable[Article]) -> Iterator[tuple[str, tuple]]:
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


def extract_article(doc, article: Article, meta, norm: NormalisedText | None = None,
                    corrections: list | None = None) -> ArticleFacts:
    """All facts of one article from its parsed Doc (`norm`: the normalised text the Doc was made from,
    whose offset map takes evidence back to the article's own text; None: the article's text itself), with
    a person's decisions on them replayed (`corrections`: the article's kg.corrections.Correction entries;
    the lines of those that no longer apply are in the result's `stale`)."""
    if norm is not None:
        doc.user_data[ORIGINAL_OFFSETS] = norm
    published = article.published or meta.published or url_date(article.url)
    subject_set = [c for c in corrections or () if c.decision == "subject"]
    # (an address's month alone is no day of publication, but dates the page: "/news/2011/06/...")
    ctx = build_context(doc, article.text, published or url_date(article.url, month_only=True), url=article.url,
                        title=article.title or meta.title,
                        subjects=subject_set[-1].councils if subject_set else None)
    af = ArticleFacts(article=article, title=article.title or meta.title, published=published)
    for name in article.authors or meta.authors:
        ref = Ref("person", slug(name), name)
        if ref.key and ref not in af.authors:
            af.authors.append(ref)
    for e in ctx.entities:
        af.mentions.add(e.ref)
    af.subjects = [c for c in ctx.subjects if c.kind == "council"]
    for extractor in EXTRACTORS:
        af.facts.extend(extractor(ctx))
    if corrections:
        af.stale = replay(af, corrections, article.text)
    return af
