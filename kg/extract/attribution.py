"""Which council (or provider) a statement in a sentence is about."""
from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.context import ArticleContext, Sentence
from kg.facts import Ref
from kg.reference import reference

# Clause boundaries that separate statements about different councils in one sentence.
_SPLIT = {"while", "whereas", "although", "though", "but", "however", "meanwhile"}


def segment_of(sentence: Sentence, token_i: int) -> Span:
    """The clause-like stretch of the sentence around token_i, cut at 'while', 'but' and the like."""
    span = sentence.span
    start, end = span.start, span.end
    for tok in span:
        if tok.lower_ in _SPLIT and tok.i != span.start:
            if tok.i <= token_i:
                start = tok.i
            elif tok.i < end:
                end = tok.i
                break
    return span.doc[start:end]


def named_in(ctx: ArticleContext, span: Span) -> list[Ref]:
    """Councils and providers named in span, in order; a provider stands for the councils it serves."""
    refs: list[Ref] = []
    for e in ctx.entities:
        if e.span.start >= span.start and e.span.end <= span.end and e.ref.kind in ("council", "provider") \
                and not e.locative:
            refs.append(e.ref)
    served = {g for r in refs if r.kind == "provider" for g in reference().providers[r.key].councils}
    out = [r for r in refs if not (r.kind == "council" and r.key in served)]
    return list(dict.fromkeys(out))


def is_generic(span: Span, pattern: re.Pattern) -> bool:
    return bool(pattern.search(span.text.lower()))


def about(ctx: ArticleContext, sentence: Sentence, token_i: int, generic: re.Pattern | None = None) -> list[Ref]:
    """The councils/providers a statement at token_i is about: named in its clause, else in its
    sentence, else the council the article is on at that point; none for sector-wide sentences."""
    seg = segment_of(sentence, token_i)
    refs = named_in(ctx, seg)
    if refs:
        return refs
    refs = named_in(ctx, sentence.span)
    if refs:
        return refs
    if generic is not None and is_generic(seg, generic):
        return []
    return [sentence.focus] if sentence.focus else []
