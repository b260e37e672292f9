"""Children's services providers and the councils they run services for, as each article states it
(phrasing: kg/data/providers.yaml). The reference table adds the arrangements it records.

Two kinds of fact:
  - ServiceRelation: the provider delivers services for / is owned by a council, stated in one sentence
    ("Together for Children, owned by Sunderland council, ..."); written on the provider itself.
  - ServiceArrangement: the council(s) this article ties a provider to. A council the text links to
    the provider by a phrase of providers.yaml; else each of the provider's reference-table councils
    the article names; else, for a provider that serves one council, that council.
"""
from __future__ import annotations

import re
from functools import lru_cache


from kg.extract.context import ArticleContext, council_ref
from kg.extract.frame import RUN_GLUE
from kg.extract.linking import provider_ref
from kg.facts import Evidence, Ref, ServiceArrangement, ServiceRelation
from kg.reference import load_yaml, reference


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    raw = load_yaml("providers.yaml")
    return re.compile(raw["delivers"], re.I), re.compile(raw["owned_by"], re.I), re.compile(raw["run_by"], re.I)


def extract_providers(ctx: ArticleContext) -> list:
    delivers, owned, run_by = _rules()
    facts: list = []
    doc = ctx.doc
    named = []   # each sentence with the councils it names
    for sent in ctx.sentences:
        provs = [e for e in ctx.entities if e.ref.kind == "provider"
                 and sent.span.start <= e.span.start < sent.span.end]
        councils = [e for e in ctx.entities if e.ref.kind == "council"
                    and sent.span.start <= e.span.start < sent.span.end]
        named.append((sent, councils))
        for p in provs:
            # "X's children's services, which have been run on the council's behalf by Achieving for Children": the
            # council named last before the provider (as often as it is named, and no other between), run by it
            before = [c for c in councils if c.span.end <= p.span.start]
            last_named = [c for c in before if c.ref == before[-1].ref] if before else []
            if any(run_by.search(doc[c.span.end:p.span.start].text) for c in last_named) and \
                    not any(c.ref != before[-1].ref for c in before if c.span.start > last_named[0].span.start):
                facts.append(ServiceRelation(p.ref, before[-1].ref, "delivers", sent.evidence))
            relation, last = None, p.span.end
            for c in councils:
                if c.span.start < p.span.end:
                    continue  # after it, the provider is named first
                between = doc[last:c.span.start]
                if any(o is not p and last <= o.span.start < c.span.start for o in provs):
                    break  # past another provider, the councils are its ("..., and Worcestershire Children First
                    # took over the county council's children's social care")
                # a council listed with the one before it has its relation ("runs services for Kingston and
                # Richmond"); past another council, only a phrase of its own ties it ("..., which runs services
                # in Birmingham, was rated good, while Dudley ...": not Dudley)
                if last == p.span.end or not all(t.lower_ in RUN_GLUE for t in between):
                    relation = "owned-by" if owned.search(between.text) else (
                        "delivers" if delivers.search(between.text) else None)
                if relation is not None:
                    facts.append(ServiceRelation(p.ref, c.ref, relation, sent.evidence))
                last = max(last, c.span.end)
    facts += _run_by_a_council(ctx, named, facts, delivers)
    facts += _arrangements(ctx, facts, delivers)
    return facts


def _run_by_a_council(ctx: ArticleContext, named: list, found: list, delivers: re.Pattern) -> list:
    """A partnership in which one council runs another's services, told without its name: "Hampshire County
    Council has run the island's children's services since 2013", "the two councils will form a partnership in
    which Hampshire's senior managers will lead children's services on the Island" (the reference table's
    `run_by`), in its years."""
    out = []
    year = ctx.when.year if ctx.when else None
    for p in reference().providers.values():
        if not p.run_by or (year and (p.established and year < p.established or p.ended and year > p.ended)):
            continue
        ref = provider_ref(p.key)
        for sent, councils in named:
            if sent.off_scope:
                continue
            runner = [e for e in councils if e.ref.key == p.run_by and not e.anaphor]
            served = [e for e in councils if e.ref.key in p.councils]
            if runner and served and runner[0].span.start < served[-1].span.start \
                    and (delivers.search(ctx.doc[runner[0].span.end:served[-1].span.start].text)
                         or "partnership" in sent.text.lower()):
                gss = served[-1].ref.key
                if not any(getattr(f, "provider", None) == ref and f.council.key == gss for f in found + out):
                    out.append(ServiceRelation(ref, council_ref(gss), "delivers", sent.evidence))
    return out


def _arrangements(ctx: ArticleContext, relations: list[ServiceRelation], delivers: re.Pattern) -> list:
    ref = reference()
    out: list[ServiceArrangement] = []
    # (and one the text ties to a council without naming it: a council running another's through a partnership)
    # (and the provider whose own site the page is on, when it names a council it serves: "We deliver children's
    # social care on behalf of ...")
    site = ctx.frame.site if ctx.frame is not None else None
    named = {e.ref.key for e in ctx.entities if e.ref.kind == "council" and not e.historic and not e.anaphor}
    own = [site] if site is not None and site.kind == "provider" and named & set(ctx.serves(site)) else []
    providers = list(dict.fromkeys([e.ref for e in ctx.entities if e.ref.kind == "provider"]
                                   + [r.provider for r in relations] + own))
    for p in providers:
        # what the text says it runs or who owns it, when that council is still there on the date (not "took over
        # children's social care from the former county council", in an article written after its abolition)
        stated = {r.council.key: r.evidence for r in relations if r.provider == p
                  and reference().councils[r.council.key].valid_on(ctx.when)}
        table = ctx.serves(p)
        # the councils it serves that the article names, as they are on its date ("the trust now runs services
        # for the two new councils", after naming the county council it first served)
        tied = [g for g in table if g in named]
        tied = [g for g in tied if ref.councils[g].valid_on(ctx.when)] or tied
        if site is not None and site.kind == "council" and site.key in table and site.key not in tied:
            tied.append(site.key)  # on a council's own page ("delivered by Achieving for Children, the social
            # enterprise we co-own"), that council, which the page never names
        if not tied and not stated:
            valid = [g for g in table if ref.councils[g].valid_on(ctx.when)] or list(table)
            tied = valid if len(valid) == 1 else []
        # (not councils named only in passing, beside one it serves that the article is about: "AfC, a company set up by
        # Kingston and Richmond councils, took over the borough's services", on Windsor and Maidenhead)
        # (one the text says it runs services for stays: "AfC has also run services in Windsor and Maidenhead")
        runs = {r.council.key for r in relations if r.provider == p and r.relation != "owned-by"}
        passing = {g for g in set(stated) | set(tied) if g not in runs and _named_only_as_an_owner(ctx, g)}
        if passing and (set(stated) | set(tied)) - passing:
            stated = {g: ev for g, ev in stated.items() if g not in passing}
            tied = [g for g in tied if g not in passing]
        for gss in sorted(set(stated) | set(tied)):
            ev = stated.get(gss) or _evidence(ctx, p, gss, delivers)
            out.append(ServiceArrangement(p, council_ref(gss), ev))
    return out


def _named_only_as_an_owner(ctx: ArticleContext, gss: str) -> bool:
    """Every mention of the council by name is as an owner of a provider ("a company set up by Kingston and Richmond
    councils"; not "owned jointly with Richmond, whose children's services it also runs")."""
    marks = [e.incidental for e in ctx.entities if e.ref.kind == "council" and e.ref.key == gss and not e.anaphor]
    return bool(marks) and all(m == "owner" for m in marks)


def _evidence(ctx: ArticleContext, provider: Ref, gss: str, delivers: re.Pattern) -> Evidence:
    """The sentence that best ties the provider to the council: one naming both (with a phrase of
    running services, if any does), else the first naming the provider; on the provider's own site, which may
    never name it, one naming the council with such a phrase, else the first naming the council."""
    both, first, council = [], None, []
    for s in ctx.sentences:
        refs = {e.ref for e in ctx.entities if s.span.start <= e.span.start < s.span.end}
        names_council = any(r.kind == "council" and r.key == gss for r in refs)
        if names_council:
            council.append(s)
        if provider not in refs:
            continue
        first = first or s
        if names_council:
            both.append(s)
    if first is None:
        both = council
    stating = [s for s in both if delivers.search(s.evidence.text)]
    return (stating or both or [first])[0].evidence
