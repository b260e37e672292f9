"""Which council (or provider) a statement in a sentence is about."""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from spacy.tokens import Span

from kg.extract.context import ArticleContext, Sentence
from kg.extract.frame import PASSING, named_for_itself, owns_a_comparison
from kg.facts import Ref
from kg.pipeline import doc_text
from kg.reference import load_yaml, reference

# Clause boundaries: contrast, concession and relative clauses separate statements (about different
# councils, or with different polarity) within one sentence.
_SPLIT = {"but", "however", "meanwhile", "whereas", "yet", ";"}
_CONCESSIVE = {"although", "though", "despite", "while", "whilst", "notwithstanding"}
_RELATIVE = {"which", "who", "whose"}
# Nouns that stand for a council's children's services: a relative clause on them is about the council.
_COUNCIL_KINDS = {"council", "authority", "borough", "county", "city", "island"}
_COUNCIL_NOUNS = {"council", "authority", "services", "service", "department", "borough", "county", "city",
                  "trust", "provision", "care"}


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    concessive: bool     # "although ...", "despite ...": its words do not speak for the rest
    relative: bool = False  # ", which ...": about the thing named just before it


def clauses(span: Span) -> list[Clause]:
    """The clauses of a sentence, cut at 'but', 'however', ';', at concessive words and at a relative
    'which'/'who' after a comma; a concessive clause ends at its first comma. The one segmenter
    attribution and polarity share (computed once per sentence: the extractors ask for it often)."""
    cache = span.doc.user_data.setdefault("caregraph_clauses", {})
    key = (span.start, span.end)
    if key not in cache:
        cache[key] = _clauses(span)
    return cache[key]


def _clauses(span: Span) -> list[Clause]:
    out: list[Clause] = []
    cur, conc, rel = span.start, span[0].lower_ in _CONCESSIVE, False
    for tok in span[1:]:
        low = tok.lower_
        relative = low in _RELATIVE and tok.i - 1 >= span.start and span.doc[tok.i - 1].text == ","
        # "Ofsted said X, and that leaders had ...", "..., and Bury improved to ...": a second thing said, or
        # said of another, is a clause of its own
        second = low == "and" and tok.i + 1 < span.end and span.doc[tok.i - 1].text == "," and (
            span.doc[tok.i + 1].lower_ == "that" or _own_subject_after(span, tok.i))
        # "X keep their top grade as Tower Hamlets completes its climb": a clause of another named subject
        # (or of a thing with a council named in its clause: "Wigan regains 'good' rating as focused visit finds
        # progress for Reading care leavers")
        second = second or (low == "as" and tok.dep_ == "mark" and _own_subject_after(span, tok.i, "advcl",
                                                                                      any_noun=True))
        # "Gateshead keeps its 'good' grade and North Tyneside stays 'outstanding'": another council's own verb
        # of grading after a bare "and" (the parse may join the council to the grade noun)
        second = second or (low == "and" and council_grading_after(span.doc, tok.i))
        if low == "yet" and span.doc[tok.i - 1].lower_ in ("not", "n't", "as", "just"):
            continue  # "there are not yet enough homes": an adverb, no contrast
        if low == ";" and not _clause_follows(span, tok.i):
            continue  # "are: Birmingham; Coventry; Slough": a list, not clauses
        if low in _SPLIT or low in _CONCESSIVE or relative or second:
            if tok.i > cur:
                out.append(Clause(cur, tok.i, conc, rel))
            cur, conc, rel = tok.i, low in _CONCESSIVE, relative
        elif tok.text == "," and (conc or rel) and tok.i > cur + 1:
            out.append(Clause(cur, tok.i + 1, conc, rel))
            cur, conc, rel = tok.i + 1, False, False
    if cur < span.end:
        out.append(Clause(cur, span.end, conc, rel))
    return out


@lru_cache(maxsize=1)
def _grading_verbs() -> frozenset[str]:
    """Verbs that tell a council's grade or its move (judgements.yaml): "stays", "remains", "falls", "climbs"."""
    raw = load_yaml("judgements.yaml")
    return frozenset(w.lower() for w in raw["verbs_before"] + raw["movement_verbs"]) - {"up", "down", "still"}


def council_grading_after(doc, i: int) -> bool:
    """Token i ("and") is followed by a council's name and then a verb of grading ("and Knowsley remained ...")."""
    if doc[i].ent_type_ or i + 1 >= len(doc) or doc[i + 1].ent_type_ != "COUNCIL":
        return False  # the "and" of a name ("Westmorland and Furness"), or no council after it
    sent = doc[i].sent
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start:i]):
        return False  # a list of councils as the subject ("Westminster and Kensington and Chelsea kept the top grade")
    k = i + 1
    while k < sent.end and doc[k].ent_type_ == "COUNCIL":
        k += 1
    verb = k
    while k < sent.end and k - i <= 8 and doc[k].lower_ in ("is", "was", "are", "were", "has", "have", "had", "been",
                                                            "now", "still", "also"):
        k += 1  # "and Walsall is rated good", "and Dudley has now been judged ..."
    if k > verb and doc[i - 1].ent_type_ == "COUNCIL":
        return False  # the last of a list of councils ("East Sussex, Essex and Staffordshire were rated good")
    return k < sent.end and doc[k].lower_ in _grading_verbs()


def _own_subject_after(span: Span, i: int, joined: str = "conj", any_noun: bool = False) -> bool:
    """A clause joined by ", and" (or another word: `joined` is its verb's link) with a subject of its own,
    named (a proper noun; `any_noun`: or a common noun, when the clause names a council), whose verb is joined to
    the one before: ", and Bury improved to requires improvement"."""
    for t in span.doc[i + 1:min(i + 5, span.end)]:
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == joined and (
                t.pos_ == "PROPN" or any_noun and t.pos_ == "NOUN" and (t.lower_ in _COUNCIL_KINDS or any(
                    x.ent_type_ == "COUNCIL" for x in span.doc[t.head.i:span.end]))):
            return True  # (a council's kind for its name: "city slips to 'requires improvement' as county stays
            # 'outstanding'")
    return False


def _clause_follows(span: Span, i: int) -> bool:
    """Whether a verb comes after the semicolon at token i before the next one."""
    for t in span.doc[i + 1:span.end]:
        if t.text == ";":
            return False
        if t.pos_ in ("VERB", "AUX"):
            return True
    return False


def clause_of(sentence: Sentence, token_i: int) -> Clause:
    cs = clauses(sentence.span)
    return next((c for c in cs if c.start <= token_i < c.end), cs[0])


def segment_of(sentence: Sentence, token_i: int) -> Span:
    """The clause of the sentence around token_i, as a span."""
    c = clause_of(sentence, token_i)
    return sentence.span.doc[c.start:c.end]


def named_in(ctx: ArticleContext, span: Span, passing: bool = False, beside: tuple[Ref, ...] = ()) -> list[Ref]:
    """Councils and providers named in span, in order. A provider named with a council it serves is
    there for that council ("Kingston, whose services Achieving for Children runs"); one that serves
    several councils stands for the one of them named `beside` it (elsewhere in its sentence), else for those
    the article is about; else for all it serves."""
    refs: list[Ref] = []
    for e in ctx.entities:
        if e.span.start >= span.start and e.span.end <= span.end and e.ref.kind in ("council", "provider") \
                and (not e.incidental or passing and e.incidental != "place"):
            refs.append(e.ref)
    return providers_for_councils(ctx, refs, beside)


def providers_for_councils(ctx: ArticleContext, refs: list[Ref], beside: tuple[Ref, ...] = ()) -> list[Ref]:
    """Councils and providers named together, in order, a provider replaced as named_in says; `beside`:
    councils named elsewhere in the sentence, which stand for a provider that serves them."""
    out: list[Ref] = []
    councils = {r.key for r in refs if r.kind == "council"}
    for r in refs:
        if r.kind != "provider":
            out.append(r)
            continue
        served = ctx.serves(r)
        if councils & set(served):
            continue  # the council named beside it
        if len(served) > 1 and any(c.key in served for c in beside):
            out += [c for c in beside if c.key in served]
            continue
        if len(served) > 1:
            # (those in being on the article's date: a trust of two new councils, not the county they replaced)
            subjects = [c for c in ctx.subjects if c.key in served]
            subjects = [c for c in subjects if c.key not in reference().councils
                        or reference().councils[c.key].valid_on(ctx.when)] or subjects
            if subjects:
                out += subjects
                continue
        out.append(r)
    return list(dict.fromkeys(out))


_APPOSED_NOUNS = {"authority", "council", "borough", "county", "city", "neighbour", "unitary"}


def antecedent(ctx: ArticleContext, i: int) -> list[Ref]:
    """The councils or providers named right before token i, with those coordinated with them
    ("Halton and Hull, which ...")."""
    doc = ctx.doc
    # a relative clause is about what it follows, even a council named in passing ("compared with Surrey,
    # which was rated inadequate")
    ends = {e.span.end: e for e in ctx.entities if e.ref.kind in ("council", "provider") and e.incidental != "place"}
    j = i - 1 if i - 1 >= 0 and doc[i - 1].text == "," else i
    if j not in ends:
        # past a place that says where the council is ("Sefton in Merseyside, which went from ...", "Knowsley, on
        # Merseyside, which ..."): a region no council holds
        k = j
        while k - 1 >= 0 and j - k < 3 and doc[k - 1].text[:1].isupper() and ctx.entity_at(k - 1) is None:
            k -= 1
        if k < j and k - 1 >= 0 and doc[k - 1].lower_ in ("in", "on"):
            before = k - 2 if k - 2 >= 0 and doc[k - 2].text == "," else k - 1
            if before in ends:
                j = before
    if j not in ends and j - 1 >= 0 and doc[j - 1].lower_ in _APPOSED_NOUNS:
        # past an appositive on the council ("Essex County Council, the much larger neighbouring authority, which has
        # been rated outstanding"): the council it describes
        the = next((t for t in range(j - 2, max(0, j - 8), -1) if doc[t].lower_ in ("the", "a", "an")), None)
        if the is not None and the - 1 >= 0 and doc[the - 1].text == "," and the - 1 in ends:
            j = the - 1
    out = []
    while j in ends:
        e = ends[j]
        out.append(e)
        j = e.span.start
        while j - 1 >= 0 and doc[j - 1].lower_ in (",", "and", "&"):
            j -= 1
    if not out:
        return []
    # a provider serving several councils, in a sentence that names one of them, is there for that one
    # ("After its visit to Windsor and Maidenhead, Ofsted praised ... AfC, which benefited from ...")
    sent = doc[i].sent
    beside = tuple(dict.fromkeys(e.ref for e in ctx.entities if e.ref.kind == "council" and not e.incidental
                                 and sent.start <= e.span.start < sent.end))
    return named_in(ctx, doc[out[-1].span.start:out[0].span.end], passing=True, beside=beside)


def antecedent_is_something_else(ctx: ArticleContext, sentence: Sentence, token_i: int) -> bool:
    """Token i is in a relative clause on a noun that is neither a council nor its services ("its
    safeguarding children's board, which Ofsted said requires improvement")."""
    clause = clause_of(sentence, token_i)
    if not clause.relative or antecedent(ctx, clause.start):
        return False
    doc = sentence.span.doc
    if any((e := ctx.entity_at(i)) is not None and e.ref.kind == "council" for i in range(clause.start, token_i)):
        return False  # the clause names whose grade it is: "the board, which has met since the authority was
        # judged inadequate"
    head = doc[clause.start - 2] if clause.start - 2 >= sentence.span.start else None
    # the noun the clause hangs on by the parse: "the inspection published in August, which rated the service
    # as ...": an inspection that rated something, not a thing rated
    verb = next((t for t in doc[clause.start:clause.end] if t.dep_ == "relcl"), None)
    if any(n is not None and n.lower_ in INSPECTION_NOUNS for n in (head, verb.head if verb is not None else None)):
        return False
    if head is not None and head.ent_type_ in ("DATE", "TIME"):
        # a time ends the phrase the clause follows: the thing it speaks of is before it ("its inspection
        # carried out in January, which judges services to require improvement")
        j = head.i
        while j > sentence.span.start and doc[j].ent_type_ in ("DATE", "TIME"):
            j -= 1
        while j > sentence.span.start and doc[j].pos_ in ("ADP", "VERB", "AUX", "PART"):
            j -= 1
        head = doc[j]
        if head.lower_ in INSPECTION_NOUNS:
            return False
    return head is not None and head.pos_ in ("NOUN", "PROPN") and head.lower_ not in _COUNCIL_NOUNS \
        and ctx.entity_at(head.i) is None


# Nouns that name an inspection or its outcome (inspections.yaml): judgements read them too.
INSPECTION_NOUNS = frozenset(load_yaml("inspections.yaml")["report_nouns"])


def is_generic(span: Span, pattern: re.Pattern) -> bool:
    return bool(pattern.search(doc_text(span.doc)[span.start_char:span.end_char].lower()))


def _unnamed_other(seg: Span) -> bool:
    """The clause's subject is 'another' (council) or an unnamed neighbour ("weeks after its neighbour shook off an
    inadequate grade"): not the one the discourse is on."""
    for t in seg:
        if t.lower_ == "another" and (t.dep_ in ("nsubj", "nsubjpass") or
                                      (t.dep_ == "det" and t.head.dep_ in ("nsubj", "nsubjpass"))):
            return True
        if t.lower_ in NEIGHBOURS and t.dep_ in ("nsubj", "nsubjpass") \
                and not any(c.dep_ in ("compound", "appos") or c.pos_ == "PROPN" for c in t.children):
            return True
    return False


# an unnamed council beside the one spoken of ("its neighbour")
NEIGHBOURS = {"neighbour", "neighbours", "neighbor", "neighbors"}


def _a_count(seg: Span) -> bool:
    """The clause's subject is a number alone ("Four of the region's ten councils are rated good, but two are
    currently judged inadequate"): a count of councils, none of them named."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.like_num and not (t.is_digit and int(t.text) > 200)
               and seg.start <= t.head.i < seg.end and all(_of_councils(c) for c in t.children) for t in seg)


def _of_councils(child) -> bool:
    """What a counted subject may have under it and still count councils: "of them", "of the ten councils", "of
    the 10" (not "82 of the 172 social workers")."""
    if child.dep_ == "punct":
        return True
    if child.dep_ != "prep" or child.lower_ != "of":
        return False
    objs = [c for c in child.children if c.dep_ == "pobj"]
    return bool(objs) and all(o.like_num or o.lower_ in ("them", "councils", "authorities", "areas", "boroughs")
                              for o in objs)


def _unnamed_subjects(span: Span) -> int:
    """How many clause subjects are councils the text does not name: "A London borough that was rated good five
    years ago has been judged inadequate, while a Lancashire council has moved up a grade" (beside another such
    council or one another clause names, not the council the discourse is on)."""
    return sum(1 for t in span if t.lower_ in ("a", "an", "one") and t.dep_ in ("det", "nummod")
               and t.head.dep_ in ("nsubj", "nsubjpass") and t.head.lower_ in _UNNAMED_HEADS
               and span.start <= t.head.head.i < span.end)


_UNNAMED_HEADS = {"council", "borough", "authority", "county", "unitary"}


def _not_the_former_after(ctx: ArticleContext, seg: Span, token_i: int, refs: list[Ref]) -> list[Ref]:
    """'North and West Northamptonshire have been rated ..., three years after the former Northamptonshire
    County Council's services were judged inadequate': a former council named after the statement, beside
    councils in being named before it, is another time's."""
    former = {e.ref for e in ctx.entities if e.historic and seg.start <= e.span.start < seg.end and e.span.start > token_i}
    kept = [r for r in refs if r not in former]
    return kept if former and kept else refs


def _abolished(ctx: ArticleContext, ref: Ref) -> bool:
    council = reference().councils.get(ref.key) if ref.kind == "council" else None
    return council is not None and ctx.when is not None and not council.valid_on(ctx.when)


def possessor(ctx: ArticleContext, token_i: int, refs: list[Ref]) -> Ref | None:
    """Of the councils `refs`, the one whose possessive holds the word at token_i, or the noun a relative
    clause holding it hangs on: "Leeds will coach Knowsley's team managers, whose oversight inspectors described
    as weak", "Leeds will work with Knowsley's assessment teams, where inspectors found delays" (Knowsley's)."""
    doc = ctx.doc
    for t in [doc[token_i], *doc[token_i].ancestors]:
        for child in t.children:
            if child.dep_ == "poss":
                e = ctx.entity_at(child.i)
                if e is not None and e.ref in refs and not e.anaphor:
                    return e.ref
    return None


def about(ctx: ArticleContext, sentence: Sentence, token_i: int, generic: re.Pattern | None = None,
          general_clause: bool = False) -> list[Ref]:
    """The councils/providers a statement at token_i is about: named in its clause, else in its
    sentence, else the council the article is on at that point; none for sector-wide sentences
    (`general_clause`: none when its own clause speaks of the region or the country, whatever other clauses
    name - for findings, not for grades, which are always some council's)."""
    clause = clause_of(sentence, token_i)
    seg = sentence.span.doc[clause.start:clause.end]
    if general_clause and _NATIONAL_OPENING.match(sentence.text) and not named_in(ctx, sentence.span):
        return []  # "Nationally, councils' spending has risen, while the money for early help has been cut": the
        # opening speaks for every clause of the sentence
    refs = _not_the_former_after(ctx, seg, token_i, named_in(ctx, seg))
    if refs:
        return refs
    if clause.relative:
        # ", which was rated good": about what was named just before it
        before = antecedent(ctx, clause.start)
        if before:
            return before
    if _unnamed_other(seg) or _a_count(seg):
        return []  # "while another has fallen from good", "but two are judged inadequate": councils unnamed
    generic_clause = generic is not None and is_generic(seg, generic) and not _the_set(seg, sentence, generic)
    refs = [] if generic_clause and general_clause else named_in(ctx, sentence.span)
    # (a clause that speaks of the region or the country is not about councils another clause names: "Across the
    # region, agency workers fill one in seven posts, and councils say ...")
    if _unnamed_subjects(seg) and (refs or _unnamed_subjects(sentence.span) > 1):
        return []  # (alone, "A council criticised for high caseloads has improved" is the one the article is on)
    if refs and sentence.focus is not None and all(_abolished(ctx, r) for r in refs) and not _abolished(ctx, sentence.focus):
        # "leaders have sustained an exceptional service through the change to a unitary council, which
        # replaced the county council": a council gone by the article's time, named in another clause, is
        # not what the statement is about
        return [sentence.focus]
    if refs:
        return refs
    if generic_clause or sentence.general:
        return []
    return sentence.joint or ([sentence.focus] if sentence.focus else [])


# A sentence opening on the country ("Nationally, ...", "Across England, ..."): no one council's, in any clause.
_NATIONAL_OPENING = re.compile(r"\W*(nationally|nationwide|across (england|the country)|in england( as a whole)?)\s*,", re.I)


_THE_COUNCILS = re.compile(r"\bthe (councils|authorities|local authorities)\b", re.I)


def _the_set(seg: Span, sentence: Sentence, generic: re.Pattern) -> bool:
    """'the councils' in an article about a set of councils named together (North and West Northamptonshire) is
    that set ("A report to the councils said the trust would overspend"), not councils in general."""
    if len(sentence.joint) < 2:
        return False
    text = doc_text(seg.doc)[seg.start_char:seg.end_char]
    return bool(_THE_COUNCILS.search(text)) and not generic.search(_THE_COUNCILS.sub(" ", text).lower())


def passing_in_clause(ctx: ArticleContext, sentence: Sentence, token_i: int) -> list[Ref]:
    """The councils the clause around token_i names before it, all in passing ("Neighbouring Knowsley, by contrast,
    was downgraded to inadequate", "Neighbouring Milton Keynes ... has also received a visit"): the rating or the
    visit is theirs, not that of the council the discourse is on."""
    seg = segment_of(sentence, token_i)
    inside = set(range(seg.start, seg.end))
    if not any(e.span.start in inside for e in ctx.entities if e.ref.kind == "council"):
        # (the clause after a relative one on its subject: "Neighbouring Milton Keynes, which was rated good in 2018,
        # has also received a visit"): the verb's subject
        # (the first verb up the parse that has a subject: "..., are both rated as requiring improvement")
        subject = next((c for t in [ctx.doc[token_i], *ctx.doc[token_i].ancestors] if t.pos_ in ("VERB", "AUX")
                        for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        inside = {t.i for t in subject.subtree} if subject is not None else inside
    named = [e for e in ctx.entities if e.span.start in inside and e.ref.kind == "council"
             and not e.anaphor and e.incidental != "place" and not owns_a_comparison(ctx.doc, e)]
    # (a comparison or a partner named before it; not someone's employer named after it; a past employer or where
    # someone goes only as what the clause opens on: "Lancashire's children's services were rated requires improvement
    # in 2022", not "Ms Bell, who worked at Leeds, said the council was rated good")
    return list(dict.fromkeys(e.ref for e in named)) if named and all(
        e.span.end <= token_i and (e.incidental in ("comparison", "partner") or e.incidental in (
            "career", "destination", "owner") and e.span.start <= seg.start + 1) for e in named) else []


def named_in_passing_only(ctx: ArticleContext, ref: Ref) -> bool:
    """A council the article is not about and names only as a partner, a comparison or someone's employer
    ("Neighbouring Central Bedfordshire kept its own 'good' grade"): it gets no facts (GOLD_FORMAT's councils
    named only in passing)."""
    return ref in ctx.shared("passing_only", _passing_only)


def subject_named_in_passing(ctx: ArticleContext, token_i: int) -> bool:
    """The subject of the clause that holds token i is a council named in passing only ("By comparison,
    neighbouring Cornwall ... spends around half as much on residential care"): what the clause says is that
    council's, and it gets no facts."""
    tok = ctx.doc[token_i]
    for t in [tok, *tok.ancestors]:
        if t.pos_ in ("VERB", "AUX"):
            subject = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            while subject is None and t.dep_ == "conj" and t.head is not t:
                t = t.head  # "Cornwall, ..., spends": a verb joined to the one with the subject
                subject = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None:
                return False
            e = ctx.entity_at(subject.i)
            return e is not None and e.ref.kind == "council" and named_in_passing_only(ctx, e.ref)
    return False


def relative_to_passing(ctx: ArticleContext, sentence: Sentence, token_i: int) -> bool:
    """Token i is in a relative clause on a phrase that names a council named in passing only ("Compare this
    letter with the one sent to Blackpool in the spring, which found similar problems ..."): that council's
    words, nobody's facts."""
    clause = clause_of(sentence, token_i)
    if not clause.relative:
        return False
    before = [e for e in ctx.entities if e.ref.kind == "council" and sentence.span.start <= e.span.start
              and e.span.end <= clause.start and clause.start - e.span.end <= 8]
    return bool(before) and named_in_passing_only(ctx, max(before, key=lambda e: e.span.end).ref)


def _passing_only(ctx: ArticleContext) -> frozenset[Ref]:
    """The councils named in passing only, worked out once per article (a former county's name standing for
    several councils names none of them for itself: "BBC News, Bedfordshire")."""
    kinds: dict[Ref, set[str]] = {}
    for e in named_for_itself(ctx.entities):
        if not e.anaphor:
            kinds.setdefault(e.ref, set()).add(e.incidental)
    return frozenset(ref for ref, seen in kinds.items() if ref not in ctx.subjects and seen <= set(PASSING))
