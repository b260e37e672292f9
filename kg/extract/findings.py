"""Findings: issues the reporting raises about a council's services, as concern or strength.

Phrasing is data: kg/data/issues.yaml (the issue lexicon, polarity cues, negations and the
pattern of sector-wide statements).

For each reporting sentence:
  1. find the issue mentions (PhraseMatcher on LOWER plus token patterns; longest match wins);
  2. decide each mention's polarity: the nearest cue word in its clause (a negation governing the
     cue turns it round; "high"/"reduced" depend on whether more of the thing is bad), else the
     phrase's own polarity ("staff shortages"), else a negated clause (a concern), else the nearest
     cue elsewhere in the sentence outside concessive clauses ("although ...", "despite ...");
     a mention with no polarity at all is not a finding;
  3. attribute it with kg.extract.attribution.about (sector-wide: about=None).
Finally, where one article says both things of the same council and issue, the polarity most of its
sentences give is kept (ties: the concern, as inspection reporting leads with what must improve).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import yaml
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Span
from spacy.util import filter_spans

from kg.extract.attribution import about
from kg.extract.context import ArticleContext, Sentence
from kg.facts import Finding
from kg.reference import data_path

CONCERN, STRENGTH = "concern", "strength"
# Clause boundaries; the concessive ones introduce a clause whose cues do not speak for the rest.
_SPLIT = {"but", "however", "meanwhile", "whereas", "yet", ";"}
_CONCESSIVE = {"although", "though", "despite", "while", "whilst", "notwithstanding"}
_NEG_WINDOW = 3          # tokens before a cue in which a negation word turns it round
_NEG_ANCESTORS = 3       # how far up the parse a 'neg' dependent of a governing word counts


@dataclass(frozen=True)
class _Kind:
    issue: str
    default: str | None      # polarity of the phrase by itself
    high_is_bad: bool


@dataclass
class _Rules:
    mentions: PhraseMatcher
    patterns: Matcher
    kinds: dict[str, _Kind]
    cues: PhraseMatcher
    negations: set[str]
    generic: re.Pattern


def _variants(phrase: str) -> set[str]:
    """The phrase, its plural (last word), curly apostrophes and hyphen/space forms."""
    p = phrase.lower().strip()
    out = {p}
    words = p.split()
    last = words[-1]
    if last[-1:].isalpha() and not last.endswith("s") and len(last) > 2:
        if last.endswith("y") and last[-2:-1] not in "aeiou":
            plural = last[:-1] + "ies"
        elif last.endswith(("x", "ch", "sh")):
            plural = last + "es"
        else:
            plural = last + "s"
        out.add(" ".join(words[:-1] + [plural]))
    for v in list(out):
        if "-" in v:
            out.add(v.replace("-", " "))
    for v in list(out):
        if "'" in v:
            out.add(v.replace("'", "’"))
    return out


@lru_cache(maxsize=4)
def _rules(vocab) -> _Rules:
    raw = yaml.safe_load(data_path("issues.yaml").read_text(encoding="utf-8"))
    from spacy.lang.en import English
    make = English().make_doc
    mentions = PhraseMatcher(vocab, attr="LOWER")
    patterns = Matcher(vocab)
    kinds: dict[str, _Kind] = {}
    for issue, spec in raw["issues"].items():
        hib = spec.get("high_is_bad", False)
        for field, default in (("phrases", None), ("concern_phrases", CONCERN), ("strength_phrases", STRENGTH)):
            for phrase in spec.get(field, []) or []:
                bad = hib is True or (isinstance(hib, list) and phrase in hib)
                kind = _Kind(issue, default, bad)
                key = f"{issue}|{default}|{int(bad)}"
                kinds[key] = kind
                mentions.add(key, [make(v) for v in sorted(_variants(phrase))])
        for i, pat in enumerate(spec.get("patterns", []) or []):
            key = f"{issue}|None|{int(hib is True)}"
            kinds[key] = _Kind(issue, None, hib is True)
            patterns.add(key, [pat])
    cues = PhraseMatcher(vocab, attr="LOWER")
    for label, field in ((CONCERN, "concern_cues"), (STRENGTH, "strength_cues"), ("up", "up_cues"),
                         ("down", "down_cues")):
        cues.add(label, [make(v) for p in raw[field] for v in sorted(_variants_plain(p))])
    return _Rules(mentions, patterns, kinds, cues, {n.lower() for n in raw["negations"]},
                  re.compile(raw["generic"], re.I))


def _variants_plain(phrase: str) -> set[str]:
    p = phrase.lower().strip()
    out = {p, p.replace("'", "’")}
    if "-" in p:
        out.add(p.replace("-", " "))
    return out


@dataclass
class _Cue:
    start: int
    end: int
    label: str           # concern | strength | up | down


@dataclass
class _Segment:
    start: int
    end: int
    concessive: bool


def _segments(span: Span) -> list[_Segment]:
    """Clauses of a sentence, cut at 'but', 'however', ';' and at concessive words; a concessive
    clause ends at its first comma."""
    segs: list[_Segment] = []
    cur, conc = span.start, span[0].lower_ in _CONCESSIVE
    for tok in span[1:]:
        low = tok.lower_
        if low in _SPLIT or low in _CONCESSIVE:
            if tok.i > cur:
                segs.append(_Segment(cur, tok.i, conc))
            cur, conc = tok.i, low in _CONCESSIVE
        elif tok.text == "," and conc and tok.i > cur + 1:
            segs.append(_Segment(cur, tok.i + 1, True))
            cur, conc = tok.i + 1, False
    if cur < span.end:
        segs.append(_Segment(cur, span.end, conc))
    return segs


def _negated(doc, cue: _Cue, lo: int, negs: set[str], cue_tokens: set[int]) -> bool:
    for i in range(max(lo, cue.start - _NEG_WINDOW), cue.start):
        if doc[i].lower_ in negs and i not in cue_tokens:
            return True
    tok = doc[cue.start]
    for _ in range(_NEG_ANCESTORS):
        if any(c.dep_ == "neg" and c.i not in cue_tokens for c in tok.children):
            return True
        if tok.head is tok:
            break
        tok = tok.head
    return False


def _polarity_of(cue: _Cue, kind: _Kind) -> str:
    if cue.label == "up":
        return CONCERN if kind.high_is_bad else STRENGTH
    if cue.label == "down":
        return STRENGTH if kind.high_is_bad else CONCERN
    return cue.label


def _distance(cue: _Cue, start: int, end: int) -> int:
    if cue.end <= start:
        return start - cue.end
    if cue.start >= end:
        return cue.start - end
    return 0


def _flip(p: str) -> str:
    return STRENGTH if p == CONCERN else CONCERN


def _polarity(doc, sentence: Sentence, m: Span, kind: _Kind, cues: list[_Cue], r: _Rules) -> str | None:
    segs = _segments(sentence.span)
    home = next((s for s in segs if s.start <= m.start < s.end), segs[0])
    cue_tokens = {i for c in cues for i in range(c.start, c.end)}
    own = [c for c in cues if c.end <= m.start or c.start >= m.end]

    def decide(pool: list[_Cue], seg_of) -> str | None:
        if not pool:
            return None
        best = min(pool, key=lambda c: (_distance(c, m.start, m.end), c.label != CONCERN))
        p = _polarity_of(best, kind)
        if _negated(doc, best, seg_of(best).start, r.negations, cue_tokens):
            p = _flip(p)
        return p

    seg_for = lambda c: next(s for s in segs if s.start <= c.start < s.end)  # noqa: E731
    p = decide([c for c in own if home.start <= c.start < home.end], seg_for)
    if p:
        return p
    if kind.default:
        return kind.default
    if any(doc[i].lower_ in r.negations and i not in cue_tokens for i in range(home.start, home.end)) or \
            any(t.dep_ == "neg" for t in doc[home.start:home.end]):
        return CONCERN
    others = [c for c in own if not seg_for(c).concessive and not (home.start <= c.start < home.end)]
    return decide(others, seg_for)


def _mentions(doc, span: Span, r: _Rules) -> list[tuple[Span, _Kind]]:
    found = [(s, e, mid) for mid, s, e in r.mentions(doc[span.start:span.end])]
    found += [(s, e, mid) for mid, s, e in r.patterns(doc[span.start:span.end])]
    label = {}
    spans = []
    for s, e, mid in found:
        sp = doc[s:e]
        label[(sp.start, sp.end)] = doc.vocab.strings[mid]
        spans.append(sp)
    return [(sp, r.kinds[label[(sp.start, sp.end)]]) for sp in filter_spans(spans)]


def _cues(doc, span: Span, r: _Rules) -> list[_Cue]:
    spans = []
    label = {}
    for mid, s, e in r.cues(doc[span.start:span.end]):
        sp = doc[s:e]
        label[(sp.start, sp.end)] = doc.vocab.strings[mid]
        spans.append(sp)
    return [_Cue(sp.start, sp.end, label[(sp.start, sp.end)]) for sp in filter_spans(spans)]


def _targets(ctx: ArticleContext, sentence: Sentence, token_i: int, generic: re.Pattern) -> list:
    if ctx.subject is None:
        return [None]
    return about(ctx, sentence, token_i, generic) or [None]


def extract_findings(ctx: ArticleContext) -> list[Finding]:
    r = _rules(ctx.doc.vocab)
    doc = ctx.doc
    found: dict[tuple, Finding] = {}
    for sentence in ctx.sentences:
        mentions = _mentions(doc, sentence.span, r)
        if not mentions:
            continue
        cues = _cues(doc, sentence.span, r)
        for m, kind in mentions:
            pol = _polarity(doc, sentence, m, kind, cues, r)
            if pol is None:
                continue
            for ref in _targets(ctx, sentence, m.start, r.generic):
                key = (ref, kind.issue, pol, sentence.evidence.start)
                found.setdefault(key, Finding(about=ref, issue=kind.issue, polarity=pol,
                                              evidence=sentence.evidence))
    return _resolve(list(found.values()))


def _resolve(findings: list[Finding]) -> list[Finding]:
    """Keep, per (about, issue), the polarity most sentences give (ties: concern)."""
    votes: dict[tuple, dict[str, int]] = {}
    for f in findings:
        v = votes.setdefault((f.about, f.issue), {CONCERN: 0, STRENGTH: 0})
        v[f.polarity] += 1
    keep = {k: (STRENGTH if v[STRENGTH] > v[CONCERN] else CONCERN) for k, v in votes.items()}
    return [f for f in findings if keep[(f.about, f.issue)] == f.polarity]
