"""One article ready for the extractors: its parsed Doc, its linked entities and sentences
(kg.extract.linking) and its frame (kg.extract.frame), built once."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc

from kg.dates import StatedDate
from kg.extract import frame as _frame
from kg.extract.linking import (ORIGINAL_OFFSETS, EntitySpan, Sentence, council_ref, link_entities,  # noqa: F401
                                provider_ref)
from kg.facts import Ref
from kg.pipeline import doc_text
from kg.reference import reference


@dataclass
class ArticleContext:
    doc: Doc
    text: str
    when: date | None
    sentences: list[Sentence]
    entities: list[EntitySpan]
    subject: Ref | None                                   # the most prominent of subjects
    published: StatedDate | None = None
    subjects: list[Ref] = field(default_factory=list)     # the councils the article is about
    in_scope: bool = True                                 # about children's services (not schools, SEND areas ...)
    frame: _frame.ArticleFrame | None = None              # what the article is about, decided once

    def __post_init__(self):
        self._starts = [s.span.start for s in self.sentences]
        self._entity_of = {i: e for e in reversed(self.entities) for i in range(e.span.start, e.span.end)}
        self._memo: dict = {}

    def serves(self, provider: Ref) -> tuple[str, ...]:
        """GSS codes of the councils a provider runs services for: the reference table's, else those
        its name gives (a provider the table does not list)."""
        table = reference().providers.get(provider.key)
        if table is not None:
            return table.councils
        return next((e.serves for e in self.entities if e.ref == provider and e.serves), ())

    def successors(self, council: Ref, on: date) -> list[Ref]:
        """The article's subjects that took over the area of a council abolished by `on`."""
        heirs = reference().successors_on(council.key, on)
        return [c for c in self.subjects if c.key in heirs]

    def shared(self, key: str, compute):
        """What one extractor works out and another needs too, computed once per article."""
        if key not in self._memo:
            self._memo[key] = compute(self)
        return self._memo[key]

    def sentence_of(self, token_i: int) -> Sentence | None:
        k = bisect_right(self._starts, token_i) - 1
        if k >= 0 and token_i < self.sentences[k].span.end:
            return self.sentences[k]
        return None

    def entity_at(self, token_i: int) -> EntitySpan | None:
        return self._entity_of.get(token_i)



def build_context(doc: Doc, text: str, published: StatedDate | None, url: str | None = None,
                  title: str | None = None, subjects: list[str] | None = None) -> ArticleContext:
    """The article's linked entities and sentences, and its frame (`url`: where the page was published;
    `title`: its headline when the text may not hold it; `subjects`: GSS codes a person set as the
    article's subject councils, kg.corrections)."""
    when = _frame.reference_date(published, doc_text(doc))
    entities, sentences = link_entities(doc, text, when)
    frame, entities = _frame.decide(doc, text, sentences, entities, when, url, title, subjects)
    return ArticleContext(doc, text, when, sentences, entities, frame.subject, published,
                          subjects=frame.subjects, in_scope=frame.in_scope, frame=frame)
