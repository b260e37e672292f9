"""Find the Ofsted inspections and visits an article reports (phrasing: kg/data/inspections.yaml).

Three sources:
  - named inspections and visits ("a monitoring visit to Slough", "the ILACS inspection");
  - "inspectors visited X" in an article about one kind of visit, and an untyped "Ofsted visit" to a
    council the article rates: inadequate councils get monitoring visits, others focused visits;
  - the full inspection a newly given overall rating implies (only a full inspection awards one):
    for a council the article is about (or one whose rating the sentence gives as news: "released
    today"), rated as current, not "remains" or dated long before the article, and not in an article
    reporting a monitoring or focused visit or a JTAI of it instead.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from kg.dates import StatedDate, long_before, month_before, parse_date, years_in
from kg.extract.attribution import about, named_in, passing_in_clause, segment_of
from kg.extract.context import ArticleContext, council_ref
from kg.extract.frame import lead, ours_rated_pattern
from kg.extract.judgements import _rules as _judgement_rules
from kg.extract.judgements import current_ratings, data_release, in_being, judgement_mentions, of_its_time
from kg.facts import Inspection, Ref
from kg.pipeline import doc_text, pattern_tokenizer
from kg.record import ofsted_record
from kg.reference import load_yaml, reference


# Before the single inspection framework (November 2013) councils' ratings came from other
# inspections, which the inspection type scheme does not name.
SIF_START = date(2013, 11, 1)


@dataclass
class _Rules:
    matcher: PhraseMatcher
    visit_verbs: set[str]
    visit_types: list[str]
    visit_nouns: set[str]
    revisit_verbs: set[str]
    visit_length: re.Pattern
    explainer: re.Pattern
    back: re.Pattern
    reaction: re.Pattern
    career: re.Pattern
    inspection_words: set[str]
    inspector_words: set[str]
    change_verbs: set[str]
    roundup_words: set[str]
    news: re.Pattern
    future: re.Pattern
    other_inspectorates: re.Pattern
    send_words: re.Pattern
    event: re.Pattern
    old_frameworks: re.Pattern
    reported: re.Pattern
    background_openers: set[str]
    last_full: re.Pattern
    rated_at_event: re.Pattern
    return_to_look: re.Pattern
    of_agencies: re.Pattern
    inspection_length: re.Pattern
    results: re.Pattern
    kind_words: frozenset
    visited_people: frozenset
    framework_nouns: frozenset


@lru_cache(maxsize=4)
def _rules(vocab) -> _Rules:
    raw = load_yaml("inspections.yaml")
    make = pattern_tokenizer()
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
    return _Rules(matcher, set(raw["visit_verbs"]), list(raw["visit_types"]), set(raw["visit_nouns"]),
                  set(raw["revisit_verbs"]), re.compile(raw["visit_length"], re.I), re.compile(raw["explainer"], re.I), re.compile(raw["back"], re.I), re.compile(raw["reaction"], re.I), re.compile(raw["career"], re.I),
                  set(raw["inspection_words"]), set(raw["inspector_words"]), set(raw["change_verbs"]), set(raw["roundup_words"]),
                  re.compile(raw["news"], re.I), re.compile(raw["future"], re.I),
                  re.compile(raw["other_inspectorates"], re.I), re.compile(raw["send_words"], re.I),
                  re.compile(raw["event"], re.I), re.compile(raw["old_frameworks"], re.I),
                  re.compile(raw["reported"], re.I), set(raw["background_openers"]), re.compile(raw["last_full"], re.I),
                  re.compile(raw["rated_at_event"], re.I), re.compile(raw["return_to_look"], re.I),
                  re.compile(raw["of_agencies"], re.I),
                  re.compile(raw["inspection_length"], re.I), re.compile(raw["results"], re.I),
                  frozenset(raw["kind_words"]), frozenset(raw["visited_people"]), frozenset(raw["framework_nouns"]))


def _date_near(ctx: ArticleContext, start: int, end: int, sent) -> object:
    doc = ctx.doc
    lo = max(sent.start, start - 3)
    hi = min(sent.end, end + 6)
    before = doc[lo:start].text
    after = doc[end:hi].text
    d = parse_date(before, allow_year=True)
    if d is None and re.search(r",\s*(the|its|their)(\s+\w+)?\s*$", before):
        # "rated good in September 2022, the last full inspection": an appositive on the dated event before it
        d = parse_date(doc[max(sent.start, start - 10):start].text, allow_year=True)
    # "... in May", "... to Cambridgeshire in 2022": the visit's date after it, past the council it was to
    if d is None and re.match(r"\s*(,\s*)?((to|of|at)\s+(the\s+)?[A-Z][\w'’&-]*(\s+[A-Z][\w'’&-]*)*\s+)?"
                              r"(in|on|carried out in|held in|conducted in|between|from)\b", after):
        d = parse_date(after, allow_year=True)
    return d or month_before(after, ctx.published)


def extract_inspections(ctx: ArticleContext) -> list[Inspection]:
    # in an article about another service (a school, a children's home), only an inspection the text types,
    # in a sentence naming the council's children's services as inspected ("completed a full inspection of the
    # county council's children's services"): no untyped visit or implied one, which would be the other service's
    r = _rules(ctx.doc.vocab)
    generic = _judgement_rules(ctx.doc.vocab).generic
    doc = ctx.doc
    facts: list[Inspection] = []
    matches = filter_spans([doc[s:e] for _, s, e in r.matcher(doc, as_spans=False)])
    label_of = {(s, e): doc.vocab.strings[m] for m, s, e in r.matcher(doc)}
    kinds_seen: set[str] = set()
    typed_sentences: set[int] = set()
    overview = _overviews(ctx, matches, label_of, r)
    replaced = {g for c in ctx.subjects for g in reference().predecessors(c.key)}   # councils the subjects replaced
    for span in matches:
        sentence = ctx.sentence_of(span.start)
        if sentence is None or sentence.off_scope or not (ctx.in_scope or sentence.ours):
            continue
        typed_sentences.add(sentence.span.start)
        kind = label_of[(span.start, span.end)]
        if r.future.search(_around(ctx, sentence, span.start, span.end)):
            continue  # "a new full inspection is due in May": not one the article reports
        if r.explainer.search(doc[max(sentence.span.start, span.start - 8):span.start].text) or \
                (not sentence.councils and r.explainer.search(_own_stretch(sentence, span).text)):
            continue  # "Visits of this kind take place between full inspections": how the system works (in its
            # own stretch: not "..., and our services remain rated good, the judgement they were given at our last
            # full inspection in 2019")
        before = [t.lower_ for t in doc[max(sentence.span.start, span.start - 3):span.start]]
        if any(w in ("not", "n't", "no", "never") for w in before) or re.search(r"\b(rather than|instead of)\b", " ".join(before)):
            continue  # "It was not a full inspection", "a visit rather than a full inspection": what it was not
        if sentence.text.strip(" \n.:;-–—'\"‘’“”").lower() in (span.text.lower(), span.text.lower() + "s"):
            continue  # a section's heading ("Focused visit", "Monitoring visits"), no event of any council
        if _names_the_framework(doc, sentence, span, r):
            continue  # "part of the framework for inspecting local authority children's services (ILACS)"
        if kind == "full" and _of_another_service(ctx, sentence, span, generic):
            continue  # "a children's home run by Lancashire County Council was rated inadequate after a full
            # inspection in January": the home's inspection
        if kind != "jtai" and _another_inspectorate(sentence.text, r):
            continue  # HMICFRS's re-inspection of a police force, the CQC's of a hospital
        if kind == "jtai" and r.send_words.search(sentence.text):
            continue  # a joint inspection of a SEND area
        bare_joint = kind == "jtai" and span[-1].lower_ == "inspection" and not any(
            t.lower_ in ("targeted", "area", "multi-agency") for t in span)
        plural = _plural(span)
        if sentence.span.start in overview:
            continue  # "its latest monitoring and focused visits to councils", "Ofsted round-up: monitoring visits, a
            # focused visit and a JTAI": a round-up's opening on inspections of several kinds, no one council's
        kinds_seen.add(kind)
        # "monitoring visits to Bury and Bolton": each council named; none named: the council spoken of (not where
        # the clause names only a comparison or partner before it: "Neighbouring Kent had a focused visit in May")
        refs = (named_in(ctx, sentence.span) if plural else []) or _visited(ctx, span) \
            or ([] if passing_in_clause(ctx, sentence, span.start) else about(ctx, sentence, span.start, generic))
        # "in September 2022, the last full inspection before the merger", on Somerset Council: the county's
        when = _date_near(ctx, span.start, span.end, sentence.span)
        if any(w in ("last", "previous") for w in before[-2:]):
            # "Warrington was rated 'good' at its last full inspection": a neighbour's history, no event the
            # article reports (its subject's last inspection is the one its news is measured from)
            # (in another service's article, the council's last inspection is only the grade it holds; a council a
            # subject replaced is the subject's past: "The former county council ... had been judged to require
            # improvement at its last full inspection in 2019")
            refs = [ref for ref in refs if (_is_subject(ctx, ref) or ref.key in replaced) and ctx.in_scope]
        refs = list(dict.fromkeys(x for ref in refs for x in in_being(ctx, of_its_time(ref, when), when, sentence)))
        if bare_joint and refs and not r.of_agencies.search(sentence.text) and (
                _graded_in_clause(ctx, sentence, span) or all(ref in _newly_rated(ctx) for ref in refs)):
            kind = "full"  # "rated requires improvement following a joint inspection in 2022", "assessed services for
            # both councils in a joint inspection in October" (both newly rated): two councils' (or a council's and
            # its trust's) inspection that gave grades; a JTAI gives none
        for ref in refs:
            facts.append(Inspection(ref, kind, sentence.evidence, when))
    if not ctx.in_scope:
        # a grade the council's children's services were newly given, by the time the sentence tells ("were
        # themselves rated outstanding earlier this month"): its inspection is reported too
        typed = {i.about for i in facts}
        facts += [Inspection(ref, "full", m.sentence.evidence, m.date) for m, ref in judgement_mentions(ctx)
                  if m.awarded and not (m.standing or m.previous or m.area) and ref.kind == "council"
                  and ref not in typed]
        return facts
    # "Inspectors visited Wokingham's children's services": a visit of the one type the article is about.
    visit_kinds = [k for k in r.visit_types if k in kinds_seen]
    # the visits the article reports (not one it dates long before: "at a focused visit to Cambridgeshire in
    # 2022", a neighbour's history)
    reported = [k for k in visit_kinds if any(i.type == k and not long_before(i.date, ctx.when) for i in facts)]
    if len(reported) == 1:
        rating_news = _rating_news(ctx)
        for sentence in ctx.sentences:
            if sentence.span.start in typed_sentences or not sentence.words & r.visit_verbs \
                    or id(sentence) in rating_news:
                continue  # the sentence names its visit's type itself, or tells no visit (or the inspection of a
                # rating it newly gives)
            verbs = [t for t in sentence.span if t.lower_ in r.visit_verbs and t.pos_ == "VERB"]
            if not verbs or passing_in_clause(ctx, sentence, verbs[0].i):
                continue
            for ref in about(ctx, sentence, verbs[0].i, generic):
                facts.append(Inspection(ref, reported[0], sentence.evidence,
                                        _date_near(ctx, verbs[0].i, verbs[0].i + 1, sentence.span)))
    facts += _implied_full(ctx, facts, r, generic)
    # inspectors who "visited Wiltshire in January" in an article reporting a JTAI there came for the JTAI
    jtai = {i.about for i in facts if i.type == "jtai"}
    if not visit_kinds:
        facts += [i for i in _untyped_visits(ctx, facts, r, generic) if i.about not in jtai]
    else:
        # beside typed visits, an untyped one to a council whose visit the text does not type ("Inspectors'
        # visit to Havering in September", "Inspectors visited Blackpool") is of the type the framework gives
        # that council
        told = {i.about for i in facts}
        facts += [i for i in _untyped_visits(ctx, facts, r, generic) if i.about not in told]
    return facts


def _of_another_service(ctx: ArticleContext, sentence, span, generic) -> bool:
    """The inspection is of another service (judgements.yaml out_of_scope): what it is "of" ("a full inspection of
    the school"), or the subject of the verb it hangs on ("a children's home run by Lancashire County Council was
    rated inadequate after a full inspection"), not the council's children's services by name."""
    doc = ctx.doc
    other = _judgement_rules(doc.vocab).out_of_scope
    phrases = [doc[t.left_edge.i:t.i + 1] for p in span.root.children if p.lower_ == "of" for t in p.children
               if t.dep_ == "pobj"]
    verb = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is not None:
        phrases += [doc[t.left_edge.i:t.i + 1] for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")]
    return any(other.search(x.text) and not ours_rated_pattern().search(x.text.replace("’", "'")) for x in phrases)


def _names_the_framework(doc, sentence, span, r: _Rules) -> bool:
    """Whether a type's name names the framework, not an inspection: "the ILACS framework", "the framework for
    inspecting local authority children's services (ILACS)"."""
    after = [t.lower_ for t in doc[span.end:min(sentence.span.end, span.end + 2)] if not t.is_punct]
    if after[:1] and after[0] in r.framework_nouns:
        return True
    bracketed = span.start > 0 and doc[span.start - 1].text == "("
    return bracketed and any(t.lower_ in r.framework_nouns
                             for t in doc[max(sentence.span.start, span.start - 10):span.start])


def _own_stretch(sentence, span):
    """The part of the sentence around span between joins of whole clauses (", and", ", but", ";")."""
    doc, lo, hi = span.doc, sentence.span.start, sentence.span.end
    joins = [t.i for t in sentence.span if t.text == ";" or (t.lower_ in ("and", "but") and t.i > lo
                                                              and doc[t.i - 1].text == ",")]
    start = max((k + 1 for k in joins if k < span.start), default=lo)
    end = min((k for k in joins if k >= span.end), default=hi)
    return doc[start:end]


def _visited(ctx: ArticleContext, span) -> list[Ref]:
    """The council a visit's own words name: "a focused visit to Kingston", "the inspection of Kent County
    Council's children's services" (whatever else the sentence's subject, a trust serving three, names)."""
    doc = ctx.doc
    k = span.end
    if k + 1 >= len(doc) or doc[k].lower_ not in ("to", "of", "in"):
        return []
    k += doc[k + 1].lower_ == "the"
    k += k + 1 < len(doc) and doc[k + 1].lower_ == "former"  # "an inspection of the former Somerset County Council"
    e = ctx.entity_at(k + 1)
    return [e.ref] if e is not None and e.span.start == k + 1 and e.ref.kind == "council" and not e.anaphor else []


def _plural(span) -> bool:
    """Inspections named in the plural ("monitoring visits"; not "ILACS", "JTAIs" as one word's form)."""
    return span[-1].lower_.endswith("s") and span[-1].lower_ not in ("ilacs", "jtais")


def _overviews(ctx: ArticleContext, matches, label_of, r: _Rules) -> set[int]:
    """Starts of sentences that name inspections of two or more kinds, one of them in the plural, and no council:
    a round-up's opening or headline ("monitoring and focused visits to council children's services", "Ofsted
    round-up: monitoring visits, a focused visit and a JTAI"); not kinds named to say how the system works
    ("Focused visits do not result in a new grade, and our services remain rated good, the judgement they were
    given at our last full inspection in 2019")."""
    kind_words = r.kind_words
    doc = ctx.doc
    kinds: dict[int, set[str]] = {}
    plural: set[int] = set()
    for span in matches:
        sentence = ctx.sentence_of(span.start)
        if sentence is None:
            continue
        k = sentence.span.start
        if r.explainer.search(_own_stretch(sentence, span).text):
            continue
        kinds.setdefault(k, set()).add(label_of[(span.start, span.end)])
        i = span.start
        if i >= 2 and doc[i - 1].lower_ in ("and", "or", ",") and doc[i - 2].lower_ in kind_words:
            kinds[k].add(doc[i - 2].lower_)  # "monitoring and focused visits": a kind sharing the noun after it
        if _plural(span):
            plural.add(k)
    # (in an article on one council, a sentence the discourse keeps on it that dates what it tells is that council's
    # history: "Following seven monitoring visits, Ofsted carried out a full inspection in 2019"; not a round-up's
    # opening on its latest visits)
    one = ctx.subjects[0] if len(ctx.subjects) == 1 else None
    return {k for k, found in kinds.items() if len(found) >= 2 and k in plural
            and not named_in(ctx, ctx.sentence_of(k).span)
            and not (one is not None and ctx.sentence_of(k).focus == one and not ctx.sentence_of(k).general
                     and years_in(ctx.sentence_of(k).text))}


def _newly_rated(ctx: ArticleContext) -> set[Ref]:
    """The councils the article gives a new overall grade."""
    return ctx.shared("newly_rated", lambda c: {ref for m, ref in judgement_mentions(c)
                                                if m.awarded and not (m.standing or m.previous or m.area)
                                                and not long_before(m.date, c.when)})


def _graded_in_clause(ctx: ArticleContext, sentence, span) -> bool:
    """The clause of the inspection's phrase gives an overall grade (no area's): "rated requires improvement
    following a joint inspection" (not "rated good in 2022, were not graded, as joint inspections award none")."""
    clause = segment_of(sentence, span.start)
    return any(m.sentence is sentence and not m.area and clause.start <= m.span.start < clause.end
               for m, _ in judgement_mentions(ctx))


def _inherited(ctx: ArticleContext, ref: Ref, current: dict) -> set[str]:
    """A new council's standing rating when the article rates only the council it replaced ("rated good in
    2022, before the county council was replaced"): the framework visits it by that rating. An abolished
    council's rating is an earlier time's, so its last overall rating the article tells counts too ("last
    fully inspected in 2022, when the former Somerset County Council was rated good"). A trust's or company's
    are the ratings of the councils it serves ("inspectors have returned to the trust five times")."""
    if ref.kind == "provider":
        return {x for g in ctx.serves(ref) for x in current.get(council_ref(g), set())}
    if ref.kind != "council":
        return set()
    before = {council_ref(g) for g in reference().predecessors(ref.key)}
    held = {x for g in before for x in current.get(g, set())}
    if held:
        return held
    told = [m.rating for m, r in judgement_mentions(ctx) if r in before and not m.area and m.rating]
    return set(told[-1:])


def _in_force(ctx: ArticleContext, ref: Ref) -> set[str]:
    """The rating Ofsted's record has in force for a council on the article's stated date, for a visit to a
    council the article does not rate ("A two-day visit to Cheshire West and Chester in May looked at ...")."""
    if ref.kind != "council" or ctx.published is None or ctx.when is None:
        return set()
    official = ofsted_record().in_force(ref.key, ctx.when)
    return {official.rating} if official is not None else set()


def _another_inspectorate(text: str, r: _Rules) -> bool:
    return bool(r.other_inspectorates.search(text)) and not re.search(r"\bofsted\b|\bjoint\b", text, re.I)


def _around(ctx: ArticleContext, sentence, start: int, end: int) -> str:
    """The words where a future word makes an inspection one the article expects: twelve before, four after
    ("Ofsted is expected to carry out a further monitoring visit", "a full inspection is due in May"), or after
    the verb it is the subject of ("A full inspection of our children's services is expected later this year")."""
    doc = ctx.doc
    verb = next((t.i for t in doc[end:min(sentence.span.end, end + 10)] if t.pos_ in ("VERB", "AUX")), end)
    return doc[max(sentence.span.start, start - 12):min(sentence.span.end, max(end, verb) + 4)].text


def _rating_news(ctx: ArticleContext) -> set[int]:
    """The sentences that newly give a rating: a visit they tell is that rating's inspection ("have been rated
    'inadequate' for the second time, in a report published seven months after inspectors visited")."""
    return ctx.shared("rating_news", lambda c: {id(m.sentence) for m, _ in judgement_mentions(c)
                                                 if m.awarded and not (m.previous or m.standing or m.area)})


def _one_year(text: str) -> StatedDate | None:
    """The one year a sentence names, if it names one ("In 2021, inspectors made a visit ...")."""
    years = set(years_in(text))
    return StatedDate(years.pop()) if len(years) == 1 else None


def _years_apart(a, b) -> bool:
    """Two stated dates in different years ("a visit in 2021", "the inspection in November 2022"), or months
    apart ("rated inadequate in February", "inspectors returned in June"): more than one inspection's weeks
    and its report's."""
    if a is None or b is None:
        return False
    if a.month and b.month:
        return abs((a.year * 12 + a.month) - (b.year * 12 + b.month)) >= 3
    return a.year != b.year


_TIME_AFTER = re.compile(r"\b(weeks|months|years|a year|a month)\s+after\b", re.I)


_PRONOUNS = {"they", "we", "he", "she", "who", "which", "that"}


def _visited_by_others(verb, r: _Rules) -> bool:
    """A visit whose visitor the sentence names and is not the inspectorate: "Inspectors found that social workers
    visited children regularly" (not "Inspectors who visited Devon", "Devon was visited by inspectors")."""
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is not None and passive.lower_ in r.visited_people:
        return True  # "too many children were not being visited often enough": social workers' visits
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        subject = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return subject is not None and subject.lower_ not in r.inspector_words | _PRONOUNS


def _untyped_visits(ctx: ArticleContext, found: list[Inspection], r: _Rules, generic) -> list[Inspection]:
    """'An Ofsted visit' to a council not newly inspected in full: between full inspections Ofsted
    makes monitoring visits to councils rated inadequate and focused visits to the others."""
    current = current_ratings(ctx)
    # a full inspection the article dates well before itself ("at their last full inspection in 2019") is
    # the standing rating's, not news that would leave no room for a visit
    # (nor is one the text calls the last or previous: "a year after the council's last full inspection")
    full = {i.about: i.date for i in found if i.type == "full" and not long_before(i.date, ctx.when)
            and not r.last_full.search(i.evidence.text)}
    out = []
    # a sentence whose visit the text types is that visit's, to the council it names ("has welcomed the findings
    # of a focused visit to Kingston", by a trust serving three)
    typed = {i.evidence.start for i in found if i.type != "full"}
    inspected = {s.paragraph for s in ctx.sentences if s.words & r.inspector_words}
    rating_news = _rating_news(ctx)
    for sentence in ctx.sentences:
        if sentence.evidence.start in typed or sentence.paragraph not in inspected or (id(sentence) in rating_news and not (
                sentence.words & r.revisit_verbs and _TIME_AFTER.search(sentence.text))):
            continue  # inspectors named in the sentence or its paragraph ("Ofsted praised ... The two-day visit
            # ..."); a sentence newly giving a rating tells of that rating's inspection, unless of a return
            # some time after it ("Ofsted returned to Devon ..., four months after rating them inadequate")
        nouns = [t for t in sentence.span if t.lower_ in r.visit_nouns and t.pos_ == "NOUN"] \
            if sentence.words & r.visit_nouns else []
        if not nouns and sentence.words & r.inspector_words:
            # "Inspectors also returned to Tameside", "Inspectors who visited Devon's children's services last
            # month": a visit told by its verb
            nouns = [t for t in sentence.span if t.lower_ in r.revisit_verbs | r.visit_verbs and t.pos_ == "VERB"
                     and not _visited_by_others(t, r)]
            told = r.visit_length.search(sentence.text) or r.back.search(sentence.text)
            if not nouns and told:
                nouns = [ctx.doc.char_span(sentence.span.start_char + told.start(),
                                           sentence.span.start_char + told.end(), alignment_mode="expand")[0]]
        if not nouns or r.inspection_length.search(sentence.text):
            continue  # ("inspectors who visited for two weeks": a full inspection's weeks)
        if r.future.search(_around(ctx, sentence, nouns[0].i, nouns[0].i + 1)):
            continue  # "Ofsted is expected to visit again in the autumn"
        if passing_in_clause(ctx, sentence, nouns[0].i):
            continue  # "Neighbouring Milton Keynes ... has also received a visit": a comparison's
        when = _date_near(ctx, nouns[0].i, nouns[0].i + 1, sentence.span)
        for ref in about(ctx, sentence, nouns[0].i, generic):
            rated = current.get(ref, set()) or _inherited(ctx, ref, current) or _in_force(ctx, ref)
            if ref.kind == "provider" and (nouns[0].pos_ != "NOUN" or any(c.key in ctx.serves(ref) for c in _newly_rated(ctx))):
                continue  # a trust "visited" by inspectors, or one whose council the article newly rates: that
                # rating's inspection (a visit, named so, is one of the framework's: "Ofsted's latest visit")
            if (ref in full and not r.return_to_look.search(sentence.text)
                    and not _years_apart(when or _one_year(sentence.text), full[ref])) or not rated:
                continue  # (a visit in another year than the full inspection is one of its own, and so is a return:
                # "Inspectors returned in September", months after the inspection that rated it inadequate)
            kind = "monitoring" if rated == {"inadequate"} else "focused" if "inadequate" not in rated else None
            if kind:
                out.append(Inspection(ref, kind, sentence.evidence, when))
    return out


def _implied_full(ctx: ArticleContext, found: list[Inspection], r: _Rules, generic) -> list[Inspection]:
    """Full inspections implied by newly given overall ratings and by rating changes ("downgraded")."""
    if ctx.when is not None and ctx.when < SIF_START and (ctx.published or r.old_frameworks.search(doc_text(ctx.doc))):
        return []  # dated before the SIF, or undated and speaking of the old frameworks
    # (a visit the article dates long before is history, no news in place of a full inspection: "A focused visit
    # in 2024 ...", in an article on a new rating)
    visited = {i.about for i in found if i.type != "full" and not long_before(i.date, ctx.when)}
    # (a visit to a trust is to the councils it serves)
    visited |= {council_ref(g) for ref in visited if ref.kind == "provider" for g in ctx.serves(ref)}
    full = {i.about for i in found if i.type == "full"}
    current = current_ratings(ctx)
    jr = _judgement_rules(ctx.doc.vocab)
    awarding = jr.awarding
    # a council the article tells moved from one overall rating to another ("out of 'inadequate'"): its
    # current rating is new even where the text says it "still requires improvement"
    moved = {ref for m, ref in judgement_mentions(ctx)
             if m.previous and not m.area and current.get(ref) and m.rating not in current[ref]
             and not long_before(m.date, ctx.when)}
    # an article about several councils (or none) giving three or more new ratings (a roundup): each one's
    # was given at an inspection
    given = {ref for m, ref in judgement_mentions(ctx)
             if m.awarded and not (m.previous or m.standing or m.area) and m.rating in current.get(ref, ())}
    # a rating told as what the news followed is still an inspection's when the article tells the event
    told_events = _inspection_told(ctx, r, generic)
    # a grade the article says a council has held since long before is its old one, wherever else it is told
    # ("Shropshire joins Telford & Wrekin with 'outstanding' ...", then "Telford & Wrekin has been rated outstanding
    # since 2020")
    held_long = {(ref, m.rating) for m, ref in judgement_mentions(ctx) if _held_since_long_before(ctx, m)}
    out: list[Inspection] = []
    by_area: list[Inspection] = []
    # a roundup of inspection results: a subject's grade that holds is its inspection's result ("Dudley's
    # children's services remain 'requires improvement to be good'"), when its opening gives them as news ("Ofsted
    # published five inspections on Friday"; not one council's "top grade last month" among its neighbours')
    results = ctx.frame is not None and ctx.frame.roundup \
        and any(r.news.search(s.text) and r.results.search(s.text) for s in lead(ctx.sentences))
    for m, ref in judgement_mentions(ctx):
        held_as_news = m.standing and (_told_as_news(ctx, m, r) or (
            (results or ref in told_events) and ref in ctx.subjects and not m.previous and not _in_passing(m)))
        # (a grade weakly earlier, "Last November, Ofsted rated it inadequate", dated within the news window and
        # current, is the news)
        if (m.previous == "strong" or (m.previous and not _dated_recently(ctx, m))) \
                or (m.standing and ref not in moved and not held_as_news) \
                or ((ref, m.rating) in held_long and ref not in moved and not _dated_recently(ctx, m)) \
                or (not m.area and m.rating not in current.get(ref, ())) \
                or (_background(m, r, awarding) and ref not in moved and ref not in told_events) \
                or r.career.search(m.sentence.span.doc[m.sentence.span.start:m.span.start].text) \
                or (jr.earlier_time.search(_time_told(m)) and ref not in told_events
                    and not r.news.search(m.sentence.text)):  # "last year Ofsted upgraded it": no news
            # a move between grades is news, unless it is a person's record ("The director who steered
            # Medway's services from 'inadequate' to 'good' is to leave")
            continue
        if ctx.published is None and m.date is not None and m.date.month is None and ref not in told_events | moved:
            continue  # "rated requires improvement in 2022" on a page that states no date: a year alone is history
            # (a move between grades is news: "dropped from outstanding to good in 2024")
        if not (_is_subject(ctx, ref) or r.news.search(m.sentence.evidence.text) or _in_a_roundup(ctx, m, r)
                or (len(given) >= 3 and len(ctx.subjects) != 1 and ref in given) or held_as_news
                or _dated_recently(ctx, m) or _at_a_told_inspection(m, jr)) \
                or (ref in visited and ref not in full and ref not in moved and ref not in told_events) \
                or _visit_told(m.sentence, r):
            continue
        if m.area:
            # only a full inspection judges the areas of a council's services ("judged outstanding for
            # leadership"): one newly given implies it, when no overall rating does
            if m.awarded and ref not in full:
                by_area.append(Inspection(ref, "full", m.sentence.evidence, m.date))
            continue
        out.append(Inspection(ref, "full", m.sentence.evidence, m.date))
    # a grade given at an inspection the clause tells with its time, however long ago ("rated outstanding following
    # a full inspection in 2016"): that inspection is reported too
    # (not a statistics release's standing grades, "rated inadequate at their last inspection in 2016")
    told = full | {i.about for i in out}
    for m, ref in [] if data_release(ctx) else judgement_mentions(ctx):
        if m.area or ref in told or m.sentence is None or m.sentence.off_scope \
                or not r.rated_at_event.search(m.sentence.text):
            continue
        clause = segment_of(m.sentence, m.span.start).text
        if r.rated_at_event.search(clause) and not r.future.search(clause):
            out.append(Inspection(ref, "full", m.sentence.evidence, m.date))
            told.add(ref)
    overall = {i.about for i in out}
    for i in by_area:
        if i.about not in overall:
            overall.add(i.about)
            out.append(i)
    # "Blackpool, Bradford and Wakefield have been downgraded": a new rating without its word
    for sentence in ctx.sentences:
        if not sentence.words & r.change_verbs or jr.out_of_scope.search(sentence.text) \
                or jr.earlier_time.search(sentence.text):
            continue  # "a special school has been downgraded", "last year Ofsted upgraded the department"
        changed = [t for t in sentence.span if t.lower_ in r.change_verbs and t.pos_ == "VERB"]
        if changed:
            for ref in about(ctx, sentence, changed[0].i, generic):
                if ref not in visited or ref in full:
                    out.append(Inspection(ref, "full", sentence.evidence))
    # the sentences that speak of a council's inspection without naming its type are evidence too: those
    # telling of the event itself ("a three-week inspection was carried out in April") first, else the
    # first that names its inspectors
    implied = {i.about: i for i in out}
    told: dict[Ref, list[tuple[int, object]]] = {}
    for sentence in ctx.sentences:
        if not implied or not sentence.words & r.inspection_words:
            continue
        words = [t for t in sentence.span if t.lower_ in r.inspection_words]
        event = [t for t in words if t.lower_ not in r.inspector_words]
        # its time or length ("Inspectors spent two weeks examining ... in January") tells of the event best
        rank = 2 if r.event.search(sentence.text) else 1 if event else 0
        at = (event or words)[0].i
        when = _date_near(ctx, at, at + 1, sentence.span)
        for ref in about(ctx, sentence, at, generic):
            # (not a later visit's: "in June", "Inspectors who returned to check ..."; but "Inspectors returned in
            # March for a two-week inspection")
            if ref in implied and not _years_apart(when, implied[ref].date) \
                    and not (sentence.words & r.revisit_verbs and not event):
                told.setdefault(ref, []).append((rank, sentence))
    for ref, said in told.items():
        best = max(k for k, _ in said)
        for k, sentence in said if best else said[:1]:
            if k == best:
                out.append(Inspection(ref, "full", sentence.evidence, implied[ref].date))
    return out


_SPAN_AFTER = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (years?|months) (after|since)\b",
                         re.I)


def _time_told(m) -> str:
    """The sentence's words that may date the rating: all but a span counted after it ("rated good, three years
    after the same inspectors branded them inadequate" counts from the earlier grade, not back from this one)."""
    doc = m.span.doc
    before, after = doc[m.sentence.span.start:m.span.end].text, doc[m.span.end:m.sentence.span.end].text
    return before + " " + _SPAN_AFTER.sub(" ", after)


def _inspection_told(ctx: ArticleContext, r: _Rules, generic) -> set[Ref]:
    """The councils whose inspection the article tells as an event of its own time ("The Ofsted report,
    published last month after a three-week inspection in May, found ...", "the report, published on January
    30"): not a visit, not the last or previous one, not one long before the article."""
    out: set[Ref] = set()
    cues = {"inspection", "inspected", "report"} | r.inspector_words
    for sentence in ctx.sentences:
        words = sentence.words
        if sentence.off_scope or not words & cues or words & r.visit_nouns:
            continue
        text = sentence.text
        if r.last_full.search(text) or r.future.search(text):
            continue
        near = lambda t, after=5: ctx.doc[max(sentence.span.start, t.i - 4):min(sentence.span.end, t.i + after)].text  # noqa: E731
        told = next((t for t in sentence.span if t.lower_ in ("inspection", "inspected") and r.event.search(near(t))
                     or t.lower_ == "report" and r.news.search(near(t))
                     and re.search(r"\b(ofsted|inspection|inspectors?)\b", near(t), re.I)  # not a council's own
                     # ("inspectors who visited for two weeks")
                     or t.lower_ in r.inspector_words and r.inspection_length.search(near(t, 7))), None)
        if told is None or long_before(_date_near(ctx, told.i, told.i + 1, sentence.span), ctx.when):
            continue
        if passing_in_clause(ctx, sentence, told.i):
            continue  # "Its neighbour, Nottingham City Council, was rated inadequate following an inspection last
            # summer": the comparison's inspection, nobody's the article reports
        # (the council the inspection's own words name: "rated inadequate after an inspection of the former Somerset
        # County Council in March 2022", whoever the sentence's discourse is on)
        out.update(_visited(ctx, ctx.doc[told.i:told.i + 1]) or about(ctx, sentence, told.i, generic))
    return out


def _visit_told(sentence, r: _Rules) -> bool:
    """The sentence tells of inspectors coming back ("Inspectors returned to Croydon to check on a service
    judged inadequate last year") or of a visit's days ("... who spent two days with its teams"): its rating is
    the one the visit checks, not a new one."""
    text = sentence.text
    return bool(sentence.words & r.revisit_verbs or r.back.search(text) or r.visit_length.search(text))


def _background(m, r: _Rules, awarding: set[str]) -> bool:
    """A rating told as what something else followed ("may find it hard to recruit after Ofsted rated the
    service inadequate", "following a damning Ofsted verdict that it was inadequate"): the article's news is
    the other thing, not a new inspection, unless the sentence gives the rating as news."""
    doc = m.sentence.span.doc
    before = doc[m.sentence.span.start:m.span.start]
    opener = None
    for t in reversed(before):
        if t.text in (",", ";", ":", "–", "—"):
            break
        if t.lower_ in r.background_openers:
            opener = t
            break
    if opener is None or r.news.search(m.sentence.evidence.text):
        return False
    if r.reaction.search(doc[m.sentence.span.start:opener.i + 1].text):
        # "has been told its services must improve after Ofsted judged them ...", "weeks after Ofsted rated ...": the
        # rating is the news
        return False
    # "after an inspection in March" tells when it was given; "after Ofsted rated it", "following a verdict"
    # what the news followed
    between = doc[opener.i + 1:m.span.start]
    return not any(t.lower_ in r.inspection_words for t in between) or any(t.lower_ in awarding for t in between)


def _told_as_news(ctx: ArticleContext, m, r: _Rules) -> bool:
    """A rating that holds, told as the news of an inspection: "Sutton remained good at its inspection in
    July", "Slough still requires improvement, Ofsted has said"."""
    text = m.sentence.evidence.text
    if any(t.dep_ == "relcl" for t in [m.span.root, *m.span.root.ancestors]):
        return False  # "the director will take charge of a department that is now rated good": said in passing
    told = r.reported.search(text)
    # an inspection (not a visit) with its time: "at its inspection in July"; not one dated long before ("still
    # rated good, the grade it received after a full inspection in 2023", two years on)
    event = [t for t in m.sentence.span if t.lower_ in r.inspection_words - r.inspector_words]
    at_inspection = bool(event) and not m.sentence.words & r.visit_nouns \
        and r.event.search(text) \
        and not long_before(_date_near(ctx, event[0].i, event[0].i + 1, m.sentence.span), ctx.when)
    return bool(told or at_inspection)


_SINCE = re.compile(r"\W*since (?:(?:\w+ )?(?:19|20)\d\d|(?:19|20)\d\d)\b", re.I)


def _held_since_long_before(ctx: ArticleContext, m) -> bool:
    """A grade held since a time long before the article ("has been rated outstanding since 2020, and a visit in
    February found ..."): no news of an inspection, whatever the sentence reports."""
    tail = m.span.doc[m.span.end:m.sentence.span.end].text
    since = _SINCE.match(tail)
    # (not "the first time it has been rated inadequate since 2014": a grade newly given again)
    first = re.search(r"\bfirst\b", m.span.doc[m.sentence.span.start:m.span.start].text, re.I)
    return since is not None and not first and long_before(parse_date(since.group(0)), ctx.when)


def _in_passing(m) -> bool:
    """A grade told on the way to something else: in brackets or a relative clause ("Richmond (still rated good)
    and Kingston agreed ...", "its good-rated neighbour"), not the sentence's own predicate."""
    return any(t.dep_ in ("parataxis", "relcl", "acl", "appos", "amod") for t in m.span.root.ancestors)


def _in_a_roundup(ctx: ArticleContext, m, r: _Rules) -> bool:
    """A rating newly given to a list of councils ("six - Dorset, Durham, ... - improved"), in an article
    about no council in particular or a sentence about their inspections: each was inspected."""
    councils = {ref for ref in named_in(ctx, m.sentence.span) if ref.kind == "council"}
    if len(councils) < 2 or not m.awarded:
        return False
    return not ctx.subjects or any(t.lower_ in r.roundup_words for t in m.sentence.span)


def _dated_recently(ctx: ArticleContext, m) -> bool:
    """A grade newly given to another council, dated to a month within half a year before the article
    ("The findings contrast with Kirklees, which was rated good in August"): its inspection is recent news too."""
    return m.awarded and not m.standing and m.date is not None and m.date.month is not None \
        and ctx.when is not None and not long_before(m.date, ctx.when) and m.date.as_date() <= ctx.when


def _at_a_told_inspection(m, jr) -> bool:
    """A grade given at an inspection its own clause tells by its time ("Kingston's services, also run by the
    company, kept their 'outstanding' rating at an inspection in January"): that inspection is news too."""
    tail = m.span.doc[m.span.end:m.sentence.span.end].text
    return m.awarded and not m.standing and bool(_AT_AN_EVENT.match(tail)) and bool(jr.told_event.search(tail))


_AT_AN_EVENT = re.compile(r"\W*(\w+\W+){0,3}?(at|after|following|in) (an?|its|their|the) ", re.I)


def _is_subject(ctx: ArticleContext, ref: Ref) -> bool:
    if ref.kind == "council":
        return ref in ctx.subjects
    served = ctx.serves(ref)
    return any(c.key in served for c in ctx.subjects)
