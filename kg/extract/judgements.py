"""Find Ofsted judgements (overall and single-area ratings) and the inspections they imply.

Phrasing is data: kg/data/judgements.yaml."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import yaml
from spacy.matcher import PhraseMatcher
from spacy.tokens import Span
from spacy.util import filter_spans

from kg.dates import parse_date
from kg.extract.attribution import about, segment_of
from kg.extract.context import ArticleContext
from kg.facts import Inspection, Judgement
from kg.reference import data_path

_QUOTES = set("\"'“”‘’")


@dataclass
class _Rules:
    matcher: PhraseMatcher
    rating_of: dict[str, str | None]
    self_evident: set[str]
    verbs_before: set[str]
    nouns_after: set[str]
    filler: set[str]
    awarding: set[str]
    previous_before: re.Pattern
    previous_after: re.Pattern
    not_a_judgement: re.Pattern
    area: re.Pattern
    area_subject: re.Pattern
    found_to_be: set[str]
    generic: re.Pattern


@lru_cache(maxsize=4)
def _rules(vocab) -> _Rules:
    raw = yaml.safe_load(data_path("judgements.yaml").read_text(encoding="utf-8"))
    from spacy.lang.en import English
    make = English().make_doc
    matcher = PhraseMatcher(vocab, attr="LOWER")
    rating_of: dict[str, str | None] = {}
    for rating, phrases in raw["ratings"].items():
        for p in phrases:
            rating_of[p.lower()] = None if rating == "none" else rating
            matcher.add("RATING", [make(p.lower())])
    rx = lambda k: re.compile(raw[k], re.I)  # noqa: E731
    return _Rules(matcher, rating_of, set(raw["self_evident"]), set(raw["verbs_before"]),
                  set(raw["nouns_after"]), set(raw["filler"]), set(raw["awarding"]),
                  rx("previous_before"), rx("previous_after"), rx("not_a_judgement"),
                  rx("area_cues"), rx("area_subjects"), set(raw["found_to_be"]), rx("generic_subjects"))


@dataclass
class _Mention:
    span: Span
    rating: str | None
    current: bool
    awarded: bool
    area: str | None


def _neighbours(span: Span, filler: set[str], direction: int, limit: int = 4) -> list:
    doc, out = span.doc, []
    i = span.start - 1 if direction < 0 else span.end
    while 0 <= i < len(doc) and len(out) < limit:
        t = doc[i]
        if t.is_sent_start and direction > 0:
            break
        if t.lower_ not in filler and not t.is_space:
            out.append(t)
        if t.is_sent_start and direction < 0:
            break
        i += direction
    return out


def _governing_verb(span: Span, r: _Rules):
    """A rating verb the parse puts above the rating word: "judged X's services to be inadequate",
    "rated the service in Leeds as good"."""
    tok, through_be = span.root, False
    for _ in range(4):
        if tok.head is tok or not (span.sent.start <= tok.head.i < span.sent.end):
            return None
        tok = tok.head
        through_be |= tok.lower_ in ("be", "being")
        if tok.lower_ in r.verbs_before or (through_be and tok.lower_ in r.found_to_be):
            return tok
        if tok.pos_ == "VERB" and tok.lower_ not in ("be",):
            return None
    return None


def _window_text(span: Span, before: int, after: int) -> tuple[str, str]:
    doc = span.doc
    sent = span.sent
    lo = max(sent.start, span.start - before)
    hi = min(sent.end, span.end + after)
    return doc[lo:span.start].text.lower(), doc[span.end:hi].text.lower()


def _mentions(ctx: ArticleContext, sent_span: Span, r: _Rules) -> list[_Mention]:
    doc = ctx.doc
    spans = filter_spans([doc[s:e] for _, s, e in r.matcher(doc, as_spans=False)
                          if s >= sent_span.start and e <= sent_span.end])
    out = []
    for span in spans:
        phrase = span.text.lower().replace("’", "'")
        rating = r.rating_of.get(phrase, r.rating_of.get(span.text.lower()))
        quoted = (span.start > 0 and doc[span.start - 1].text in _QUOTES) or \
                 (span.end < len(doc) and doc[span.end].text in _QUOTES)
        before = _neighbours(span, r.filler, -1)
        after = _neighbours(span, r.filler, +1, limit=2)
        verb = next((t for t in before[:3] if t.lower_ in r.verbs_before), None) or _governing_verb(span, r)
        if verb is None and quoted:
            # a quoted rating may stand further from its verb than the parse can follow
            # ("rates Enfield Council's children's services as 'requires improvement'")
            verb = next((t for t in _neighbours(span, r.filler, -1, limit=8) if t.lower_ in r.awarding), None)
        noun = next((t for t in after[:2] if t.lower_ in r.nouns_after), None)
        hyphen_rated = span.end + 1 < len(doc) and doc[span.end].text in "-–" and doc[span.end + 1].lower_ == "rated"
        if not (quoted or verb or noun or hyphen_rated or phrase in r.self_evident):
            continue
        nxt = doc[span.end] if span.end < sent_span.end else None
        if not quoted and noun is None and nxt is not None and nxt.pos_ in ("NOUN", "PROPN") \
                and phrase not in r.self_evident:
            continue  # an adjective on something else: "received good support"
        pre, post = _window_text(span, 6, 6)
        if r.not_a_judgement.search(pre):
            continue
        # "from X to Y": the word right before the rating decides
        prev_words = [t.lower_ for t in doc[max(sent_span.start, span.start - 6):span.start]
                      if t.text not in _QUOTES and t.lower_ not in ("a", "an", "the", "overall", "ofsted", "its")]
        last = prev_words[-1] if prev_words else ""
        if last in ("to", "into"):
            current = True
        elif last == "from" or (r.previous_before.search(pre) and last != "to") or r.previous_after.search(post):
            current = False
        else:
            current = True
            years = [y for y in re.findall(r"\b(?:19|20)\d\d\b", post)]
            if years and ctx.when and int(years[0]) < ctx.when.year:
                current = False
        awarded = current and (
            (verb is not None and verb.lower_ in r.awarding)
            or (noun is not None and noun.lower_ in r.awarding)
            or last in ("to", "into"))
        seg = segment_of(ctx.sentence_of(span.start), span.start)
        near = doc[max(seg.start, span.start - 20):min(seg.end, span.end + 8)].text.lower()
        close = doc[max(seg.start, span.start - 5):span.start].text.lower()
        overall_near = "overall" in doc[max(sent_span.start, span.start - 4):span.end + 3].text.lower()
        area_m = r.area.search(near) or r.area_subject.search(close)
        area = area_m.group(0) if area_m and not overall_near else None
        out.append(_Mention(span, rating, current, awarded, area))
    return out


def extract_judgements(ctx: ArticleContext) -> list:
    r = _rules(ctx.doc.vocab)
    facts: list = []
    for sentence in ctx.sentences:
        mentions = _mentions(ctx, sentence.span, r)
        if not mentions:
            continue
        # "X and Y were previously rated 'good' and 'adequate' respectively": pair in order.
        pairs: list[tuple[_Mention, list]] = []
        seg_text = sentence.span.text.lower()
        if "respectively" in seg_text:
            targets = about(ctx, sentence, mentions[0].span.start, r.generic)
            if len(targets) == len(mentions):
                pairs = [(m, [t]) for m, t in zip(mentions, targets)]
        if not pairs:
            pairs = [(m, about(ctx, sentence, m.span.start, r.generic)) for m in mentions]
        for m, targets in pairs:
            if m.rating is None:
                continue
            post = ctx.doc[m.span.end:min(sentence.span.end, m.span.end + 6)].text
            when = parse_date(post, allow_year=True) if re.search(r"\b(in|on)\b", post) else None
            for ref in targets:
                j = Judgement(about=ref, rating=m.rating, current=m.current, awarded=m.awarded and not m.area,
                              evidence=sentence.evidence, area=m.area, date=when)
                facts.append(j)
                if j.awarded and j.area is None:
                    facts.append(Inspection(about=ref, type="full", evidence=sentence.evidence, date=when))
    return facts
