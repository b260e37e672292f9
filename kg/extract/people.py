"""People in their roles (org:Membership of person, role, organisation) and attributed quotations.

Role vocabulary is data: kg/data/roles.yaml."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import yaml
from spacy.tokens import Span

from kg.extract.context import ArticleContext, EntitySpan, Sentence
from kg.facts import Membership, Quotation, Ref
from kg.pipeline import organisations
from kg.reference import data_path

_ORG_LABELS = {"ORG", "COUNCIL", "PROVIDER", "KNOWN_ORG"}
_SPEECH = {"said", "says", "added", "adds", "told", "stated", "warned", "explained", "commented",
           "continued", "insisted", "acknowledged", "admitted", "claimed", "noted"}


@dataclass
class _Rules:
    heads: dict[str, str | None]
    modifiers: set[str]
    portfolio: set[str]
    titles: dict[str, str]
    org_links: set[str]
    anaphora: dict[str, str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    raw = yaml.safe_load(data_path("roles.yaml").read_text(encoding="utf-8"))
    return _Rules({k.lower(): v for k, v in raw["heads"].items()}, {m.lower() for m in raw["modifiers"]},
                  {w.lower() for w in raw["portfolio_words"]}, {k: v for k, v in raw["titles"].items()},
                  set(raw["org_links"]), {k.lower(): v for k, v in raw["anaphora"].items()})


def _is_head(tokens: list, r: _Rules) -> int:
    """Length of the role head starting at tokens[0] (multi-word heads first), 0 if none."""
    for n in (3, 2, 1):
        if len(tokens) >= n and " ".join(t.lower_ for t in tokens[:n]) in r.heads:
            return n
    return 0


def _role_before(doc, end: int, lo: int, r: _Rules) -> tuple[int, int] | None:
    """A role phrase ending at token end-1 (e.g. 'chief executive' before a name)."""
    i = end - 1
    while i >= lo and doc[i].is_punct and doc[i].text in ",":
        i -= 1
    if i < lo:
        return None
    # portfolio or region tail: "cabinet member for children's services", "director for the North West"
    j = i
    while j >= lo and (doc[j].lower_ in r.portfolio or (doc[j].is_title and doc[j].ent_type_ in ("", "LOC", "GPE"))):
        j -= 1
    if j >= lo and doc[j].lower_ == "the" and j < i:
        j -= 1
    if j >= lo and doc[j].lower_ in ("for", "of") and j < i:
        tail_start = j
        j -= 1
    else:
        j, tail_start = i, i + 1
    # head (up to 3 tokens) ending at j
    for n in (3, 2, 1):
        s = j - n + 1
        if s >= lo and " ".join(t.lower_ for t in doc[s:j + 1]) in r.heads:
            start = s
            while start - 1 >= lo and doc[start - 1].lower_ in r.modifiers:
                start -= 1
            return start, i + 1 if tail_start <= i else j + 1
    return None


def _role_after(doc, start: int, hi: int, r: _Rules) -> tuple[int, int] | None:
    """A role phrase starting at token `start` (after 'Name,'), e.g. 'director of children's services'."""
    i = start
    while i < hi and doc[i].lower_ in ("the", "a", "an", "its", "their"):
        i += 1
    # "Name, Ofsted's national director": skip the organisation; the caller finds it inside the span
    k = i
    while k < hi and k - i < 6 and doc[k].ent_type_ in _ORG_LABELS:
        k += 1
    if k > i and k < hi and doc[k].lower_ in ("'s", "’s"):
        i = k + 1
    s = i
    # "executive director": a word that could be a head is a modifier when a head follows it
    while i < hi and doc[i].lower_ in r.modifiers and (
            not _is_head(list(doc[i:hi]), r) or _is_head(list(doc[i + 1:hi]), r)):
        i += 1
    n = _is_head(list(doc[i:hi]), r)
    if not n:
        return None
    end = i + n
    if end < hi and doc[end].lower_ in ("for", "of") and end + 1 < hi and doc[end + 1].lower_ in r.portfolio:
        k = end + 1
        while k < hi and doc[k].lower_ in r.portfolio:
            k += 1
        end = k
    return s, end


def _role_text(span: Span) -> str:
    text = span.text.lower().replace("’", "'")
    text = re.sub(r"\s+", " ", text).strip(" ,")
    return text.removesuffix(" and").strip()


def _org_near(ctx: ArticleContext, sent: Sentence, lo: int, hi: int) -> Ref | None:
    for e in ctx.entities:
        if lo <= e.span.start and e.span.end <= hi and e.ref.kind in ("council", "provider", "org"):
            return e.ref
    return None


def _default_org(ctx: ArticleContext, sent: Sentence, role: str, r: _Rules) -> Ref | None:
    words = role.split()
    kind = None
    for n in (3, 2, 1):
        key = " ".join(words[-n:]) if len(words) >= n else None
        if key and key in r.heads:
            kind = r.heads[key]
            break
    if kind is None:  # "director of children's services": the head comes before a portfolio
        kind = next((r.heads[w] for w in words if r.heads.get(w)), None)
    orgs = organisations()
    if kind == "ofsted":
        return Ref("org", "ofsted", orgs["ofsted"]["name"])
    if kind == "dfe":
        # the organisation doing the appointing in the sentence, when there is one
        named = [o for o in sent.orgs]
        if named:
            return named[0]
        return Ref("org", "department-for-education", orgs["department-for-education"]["name"])
    if kind == "council":
        return sent.focus if not sent.councils else sent.councils[0]
    return None


def extract_people(ctx: ArticleContext) -> list:
    r = _rules()
    facts: list = []
    people = [e for e in ctx.entities if e.ref.kind == "person"]
    for p in people:
        sent = ctx.sentence_of(p.span.start)
        if sent is None:
            continue
        lo, hi = sent.span.start, sent.span.end
        membership = _membership(ctx, sent, p, lo, hi, r)
        if membership:
            facts.append(membership)
    facts.extend(_quotations(ctx))
    return list(dict.fromkeys(facts))


def _membership(ctx, sent: Sentence, p: EntitySpan, lo: int, hi: int, r: _Rules) -> Membership | None:
    doc = ctx.doc
    span = p.span
    # Title inside or just before the name: "Cllr Diane White", "inspector Dawn Godfrey"
    # Pattern A: "Name, [the] role [of|at|for|in] Org"
    if span.end < hi and doc[span.end].text == ",":
        found = _role_after(doc, span.end + 1, hi, r)
        if found:
            rs, re_ = found
            role = _role_text(doc[rs:re_])
            org = None
            if re_ < hi and doc[re_].lower_ in r.org_links:
                org = _org_near(ctx, sent, re_ + 1, min(hi, re_ + 9)) or _org_referred(ctx, sent, doc, re_ + 1, hi, r)
            if org is None:
                org = _org_possessive_in(ctx, doc, span.end + 1, re_)
            org = org or _default_org(ctx, sent, role, r)
            return Membership(p.ref, role, org, sent.evidence)
    # Pattern B: "[Org['s]] role[,] Name"
    found = _role_before(doc, span.start, lo, r)
    if found is None:
        # the title inside the person span ("Cllr Diane White")
        first = span[0].lower_.rstrip(".")
        if first in r.titles:
            role = r.titles[first]
            org = _org_near(ctx, sent, max(lo, span.start - 8), span.start) or _default_org(ctx, sent, role, r)
            if role in ("councillor", "mayor"):
                role_span = _role_before(doc, span.start, lo, r)
                if role_span:
                    role = _role_text(doc[role_span[0]:role_span[1]])
            return Membership(p.ref, role, org, sent.evidence)
        return None
    rs, re_ = found
    role = _role_text(doc[rs:re_])
    org = None
    # an organisation right before the role ("Newham Council's mayor", "Ofsted chief inspector")
    for e in ctx.entities:
        if e.span.end <= rs and rs - e.span.end <= 2 and e.ref.kind in ("council", "provider", "org") \
                and e.span.start >= lo:
            org = e.ref
    # "the role of Org, Name" / "role at Org Name"
    if org is None:
        for e in ctx.entities:
            if e.span.start >= re_ and e.span.end <= span.start and e.ref.kind in ("council", "provider", "org"):
                org = e.ref
    org = org or _default_org(ctx, sent, role, r)
    return Membership(p.ref, role, org, sent.evidence)


def _org_referred(ctx: ArticleContext, sent: Sentence, doc, start: int, hi: int, r: _Rules) -> Ref | None:
    """'the trust', 'the council', 'the watchdog': the organisation of that kind the article is about."""
    if start >= hi or doc[start].lower_ != "the":
        return None
    for n in (2, 1):
        words = " ".join(t.lower_ for t in doc[start + 1:min(hi, start + 1 + n)])
        kind = r.anaphora.get(words)
        if kind is None:
            continue
        if kind == "provider":
            providers = {e.ref for e in ctx.entities if e.ref.kind == "provider"}
            return next(iter(providers)) if len(providers) == 1 else None
        if kind == "council":
            return sent.councils[0] if sent.councils else sent.focus
        orgs = organisations()
        key = {"ofsted": "ofsted", "dfe": "department-for-education"}[kind]
        return Ref("org", key, orgs[key]["name"])
    return None


def _org_possessive_in(ctx, doc, rs: int, re_: int) -> Ref | None:
    for e in ctx.entities:
        if rs <= e.span.start and e.span.end <= re_ and e.ref.kind in ("council", "provider", "org"):
            return e.ref
    return None


_OPENERS = {"“": "”", "\"": "\"", "‘": "’", "'": "'"}


def _quoted(text: str) -> str | None:
    """The quoted words in a sentence: from an opening mark to its closing mark (an apostrophe inside a
    word does not close a quote), or to the sentence end when the quote runs on."""
    for i, ch in enumerate(text):
        if ch in _OPENERS and (i == 0 or not text[i - 1].isalnum()):
            close = _OPENERS[ch]
            j = i + 1
            while j < len(text):
                if text[j] == close and (j + 1 == len(text) or not text[j + 1].isalnum()):
                    break
                j += 1
            words = text[i + 1:j].strip()
            if len(words) >= 15:
                return words
    return None


def _quotations(ctx: ArticleContext) -> list[Quotation]:
    """Quoted words with a speech verb whose subject is a named person; a quote that opens its own
    sentence or paragraph belongs to the person quoted or introduced just before it."""
    out = []
    last_speaker = None
    for sent in ctx.sentences:
        words = _quoted(sent.evidence.text)
        if not words:
            last_speaker = None if not sent.people else (sent.people[0] if len(set(sent.people)) == 1 else None)
            continue
        speaker = None
        for v in (t for t in sent.span if t.lower_ in _SPEECH):
            for child in v.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    hit = ctx.entity_at(child.i)
                    if hit and hit.ref.kind == "person":
                        speaker = hit.ref
        if speaker is None and len(set(sent.people)) == 1 and any(t.lower_ in _SPEECH for t in sent.span):
            speaker = sent.people[0]
        if speaker is None and not sent.people and sent.evidence.text[:1] in _OPENERS:
            speaker = last_speaker
        last_speaker = speaker
        if speaker is None:
            continue
        about = sent.councils[0] if sent.councils else sent.focus
        out.append(Quotation(speaker, words, about, sent.evidence))
    return out
