"""Find the Ofsted inspections and visits an article reports (phrasing: kg/data/inspections.yaml)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import yaml
from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from kg.dates import month_before, parse_date
from kg.extract.attribution import about, named_in
from kg.extract.context import ArticleContext
from kg.extract.judgements import _rules as _judgement_rules
from kg.facts import Inspection
from kg.reference import data_path


@dataclass
class _Rules:
    matcher: PhraseMatcher
    visit_verbs: set[str]
    visit_types: list[str]


@lru_cache(maxsize=4)
def _rules(vocab) -> _Rules:
    raw = yaml.safe_load(data_path("inspections.yaml").read_text(encoding="utf-8"))
    from spacy.lang.en import English
    make = English().make_doc
    matcher = PhraseMatcher(vocab, attr="LOWER")
    for kind, phrases in raw["types"].items():
        docs = []
        for p in phrases:
            p = p.lower()
            variants = {p, p + "s", p.replace("'", "’")}
            if p.endswith("inspection"):
                variants.add(p[:-len("inspection")] + "inspections")
            docs += [make(v) for v in sorted(variants)]
        matcher.add(kind, docs)
    return _Rules(matcher, set(raw["visit_verbs"]), list(raw["visit_types"]))


def _date_near(ctx: ArticleContext, start: int, end: int, sent) -> object:
    doc = ctx.doc
    lo = max(sent.start, start - 3)
    hi = min(sent.end, end + 6)
    before = doc[lo:start].text
    after = doc[end:hi].text
    d = parse_date(before, allow_year=True)
    if d is None and re.match(r"\s*(,\s*)?(in|on|carried out in|held in|conducted in|between|from)\b", after, re.I):
        d = parse_date(after, allow_year=True)
    return d or month_before(after, ctx.published)


def extract_inspections(ctx: ArticleContext) -> list[Inspection]:
    r = _rules(ctx.doc.vocab)
    generic = _judgement_rules(ctx.doc.vocab).generic
    doc = ctx.doc
    facts: list[Inspection] = []
    matches = filter_spans([doc[s:e] for _, s, e in r.matcher(doc, as_spans=False)])
    label_of = {(s, e): doc.vocab.strings[m] for m, s, e in r.matcher(doc)}
    kinds_seen: set[str] = set()
    typed_sentences: set[int] = set()
    for span in matches:
        sentence = ctx.sentence_of(span.start)
        if sentence is None:
            continue
        typed_sentences.add(sentence.span.start)
        kind = label_of[(span.start, span.end)]
        kinds_seen.add(kind)
        plural = span[-1].lower_.endswith("s") and span[-1].lower_ not in ("ilacs", "jtais")
        refs = named_in(ctx, sentence.span) if plural else about(ctx, sentence, span.start, generic)
        for ref in refs:
            facts.append(Inspection(ref, kind, sentence.evidence, _date_near(ctx, span.start, span.end, sentence.span)))
    # "Inspectors visited Wokingham's children's services": a visit of the one type the article is about.
    visit_kinds = [k for k in r.visit_types if k in kinds_seen]
    if len(visit_kinds) == 1:
        for sentence in ctx.sentences:
            if sentence.span.start in typed_sentences:
                continue  # the sentence names its visit's type itself
            verbs = [t for t in sentence.span if t.lower_ in r.visit_verbs and t.pos_ == "VERB"]
            if not verbs:
                continue
            for ref in about(ctx, sentence, verbs[0].i, generic):
                facts.append(Inspection(ref, visit_kinds[0], sentence.evidence,
                                        _date_near(ctx, verbs[0].i, verbs[0].i + 1, sentence.span)))
    return facts
