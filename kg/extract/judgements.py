"""Find Ofsted judgements: overall ratings of a council's (or provider's) children's services and
ratings of one area of them. Phrasing is data: kg/data/judgements.yaml.

For each sentence:
  1. find the rating words (PhraseMatcher on LOWER) that the text gives as a rating: quoted, near a
     rating verb or noun ("rated", "judgement"), or a phrase that is a rating by itself;
  2. drop the ones that are not a judgement of children's services: hypothetical or aspirational
     ("on track to be rated good", "committed to ... one rated good"), of nobody ("none were rated"),
     or of something else (a school, a children's home, a SEND area inspection);
  3. read each one's cues: previous ("previously rated", "from X to", "no longer"), weakly previous
     ("since", "last"), standing ("remains"), new (a rating verb, "to"), a date;
  4. attribute it (kg.extract.attribution.about) to the councils or providers its clause is about.
A table of ratings (kg.extract.tables) is read by its columns: each row's rating of the council its
council cell names, standing (listed, not newly given), dated by its date column.
Then, per council of the article, one rating is current: the one stated as current (the newly given
one if several are); the others the article marks as previous, strongly or weakly, are previous.

`judgement_mentions(ctx)` gives the attributed mentions to kg.extract.inspections too, which infers
the full inspection a newly given overall rating implies.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Span
from spacy.util import filter_spans

from kg.dates import MONTH, NEWS_WINDOW, StatedDate, is_year, month_before, parse_date, recent, undated_year, years_in
from kg.extract.attribution import (INSPECTION_NOUNS, NEIGHBOURS, about, antecedent, antecedent_is_something_else,
                                    clause_of, council_grading_after, named_in, named_in_passing_only, passing_in_clause,
                                    providers_for_councils, segment_of)
from kg.extract.context import ArticleContext, Sentence, council_ref
from kg.extract.frame import LINE_MARKS, NUMBER_WORDS, RUN_GLUE, a_name_alone, named_runs, named_together, \
    ours_rated_pattern
from kg.extract.linking import BULLETS, line_words
from kg.facts import Judgement, Ref
from kg.pipeline import pattern_tokenizer
from kg.reference import load_yaml, reference

_QUOTES = set("\"'“”‘’")


@dataclass
class _Rules:
    matcher: PhraseMatcher
    rating_of: dict[str, str | None]
    self_evident: set[str]
    predicate_ratings: set[str]
    not_predicate_after: set[str]
    verbs_before: set[str]
    nouns_after: set[str]
    filler: set[str]
    awarding: set[str]
    previous_before: re.Pattern
    weakly_previous_before: re.Pattern
    after_another: re.Pattern
    previous_after: re.Pattern
    weakly_previous_after: re.Pattern
    same_time_after: re.Pattern
    same_time_before: re.Pattern
    standing: re.Pattern
    earlier_time: re.Pattern
    data_release: re.Pattern
    not_a_judgement: re.Pattern
    aspiration: set[str]
    aspiration_clause: re.Pattern
    out_of_scope: re.Pattern
    out_of_scope_after: re.Pattern
    area: re.Pattern
    area_subject: re.Pattern
    found_to_be: set[str]
    generic: re.Pattern
    counted_councils: re.Pattern
    counted_list: re.Pattern
    rating_reference: re.Pattern
    grade_step: re.Pattern
    grade_up: set[str]
    movement_verbs: set[str]
    table_columns: dict[str, re.Pattern]
    reported_voice: re.Pattern
    told_event: re.Pattern
    first_since: re.Pattern
    visit_told: re.Pattern
    set_standing: re.Pattern
    set_standing_predicate: re.Pattern
    no_council: re.Pattern
    service_words: frozenset
    rated_things: frozenset
    left_as_is: frozenset
    news_time: re.Pattern   # a time that makes a grade news ("earlier this month")
    out_of_verbs: frozenset  # "climbed out of inadequate": verbs that leave a grade
    same_move: re.Pattern    # "County Durham made the same leap": another council's move, told again


def _visit_words() -> re.Pattern:
    """A sentence about a visit ("Ofsted's latest check on ...", "inspectors returned to ..."): the visit
    words of inspections.yaml, which the inspection rules read too."""
    raw = load_yaml("inspections.yaml")
    words = sorted({*raw["visit_nouns"], *raw["visit_verbs"], *raw["revisit_verbs"]}, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b|" + raw["back"], re.I)


@lru_cache(maxsize=4)
def _rules(vocab) -> _Rules:
    raw = load_yaml("judgements.yaml")
    make = pattern_tokenizer()
    matcher = PhraseMatcher(vocab, attr="LOWER")
    rating_of: dict[str, str | None] = {}
    for rating, phrases in raw["ratings"].items():
        for p in phrases:
            for v in {p.lower(), p.lower().replace("'", "’")}:  # news writes apostrophes both ways
                rating_of[v] = None if rating == "none" else rating
                matcher.add("RATING", [make(v)])
    rx = lambda k: re.compile(raw[k], re.I)  # noqa: E731
    return _Rules(matcher, rating_of, set(raw["self_evident"]), set(raw["predicate_ratings"]),
                  set(raw["not_predicate_after"]), set(raw["verbs_before"]), set(raw["nouns_after"]),
                  set(raw["filler"]), set(raw["awarding"]), rx("previous_before"), rx("weakly_previous_before"),
                  rx("after_another"), rx("previous_after"), rx("weakly_previous_after"), rx("same_time_after"), rx("same_time_before"), rx("standing"), rx("earlier_time"),
                  rx("data_release"), rx("not_a_judgement"),
                  set(raw["aspiration"]), rx("aspiration_clause"), rx("out_of_scope"),
                  re.compile(r"\b(of|for|in|at|by)\s+(\S+\s+){0,3}?(" + raw["out_of_scope"] + ")", re.I), rx("area_cues"), rx("area_subjects"),
                  set(raw["found_to_be"]), rx("generic_subjects"), rx("counted_councils"), rx("counted_list"),
                  rx("rating_reference"), rx("grade_step"), set(raw["grade_up"]), set(raw["movement_verbs"]),
                  {k: re.compile(v, re.I) for k, v in raw["table_columns"].items()}, rx("reported_voice"), rx("told_event"), rx("first_since"),
                  _visit_words(), rx("set_standing"), rx("set_standing_predicate"), rx("no_council"), frozenset(raw["service_words"]),
                  frozenset(raw["service_words"]) | frozenset(raw["rated_things"]), frozenset(raw["left_as_is"]),
                  rx("news_time"), frozenset(raw["out_of_verbs"]), rx("same_move"))


@dataclass
class Mention:
    """A rating word the text gives as a judgement, with what its context says of it."""
    span: Span
    sentence: Sentence
    rating: str | None
    previous: str            # "" | "weak" | "strong"
    awarded: bool            # a rating verb, noun or "to" gives it now
    standing: bool           # "remains", "still": a rating that holds, not one newly given
    area: str | None
    date: StatedDate | None
    now: bool = False        # "now rated", "is now 'good'": the rating that holds since the news
    verb: object = None      # the rating verb that gives it, if any
    opens_line: bool = False  # on a round-up's line that opens with whom it grades (see _heading)


def _this_grade(m: Mention) -> bool:
    """The grade is named by a demonstrative ("this outstanding judgement", "that 'good' rating"): one told before."""
    doc = m.span.doc
    i = m.span.start - 1
    while i >= m.sentence.span.start and (doc[i].is_quote or doc[i].text in ("'", "‘", "“", '"')):
        i -= 1
    return i >= m.sentence.span.start and doc[i].lower_ in ("this", "that", "these", "those")


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


def _governing_verb(span: Span, sent: Span, r: _Rules):
    """A rating verb the parse puts above the rating word: "judged X's services to be inadequate",
    "rated the service in Leeds as good"."""
    tok, through_be = span.root, False
    for _ in range(4):
        if tok.head is tok or not (sent.start <= tok.head.i < sent.end):
            return None
        tok = tok.head
        through_be |= tok.lower_ in ("be", "being")
        if tok.lower_ in r.verbs_before or (through_be and tok.lower_ in r.found_to_be):
            return tok
        if tok.pos_ == "VERB" and tok.lower_ not in ("be",):
            return None
    return None


def _services_subject(ctx: ArticleContext, span: Span) -> bool:
    """The subject of a predicate rating is a council, a provider or their services ("Bolton and
    Hounslow require improvement", "the service requires improvement")."""
    verb = span.root if span.root.pos_ in ("VERB", "AUX") else span.root.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    while not subjects and verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head  # "practice had declined and required improvement": the first verb's subject
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return True  # "Ofsted said ... require improvement" with a list the parse does not attach
    for c in subjects:
        if c.lower_ in _SERVICE_NOUNS or c.lower_ in ("council", "authority", "trust", "it", "they"):
            return True
        # a council or provider that is the subject, not one owning it ("Kent's practice required improvement")
        named = ctx.entity_at(c.i)
        if named is not None and named.ref.kind in ("council", "provider"):
            return True
        lo, hi = c.left_edge.i, c.right_edge.i + 1
        if any(lo <= e.span.start < hi and e.ref.kind in ("council", "provider") for e in ctx.entities) \
                and not any(t.dep_ == "poss" and t.head.i == c.i for t in span.doc[lo:hi]):
            return True  # "Bolton and Hounslow require improvement": a list the subject's head is one of
    return False


def _reported_copula(ctx: ArticleContext, span: Span, sentence, r) -> bool:
    """A grade that is the complement of "are"/"were" with the whole children's services as subject, in
    a sentence in the inspectorate's voice: "Kent's children's services are inadequate, says Ofsted",
    "inspectors found children's social care in Kent was good" (not "our services are good", nor
    "services for disabled children are good", an area)."""
    head = span.root.head
    nxt = span.doc[span.end] if span.end < sentence.span.end else None
    if span.root.dep_ != "acomp" or head.lemma_ not in ("be", "remain") or \
            (nxt is not None and nxt.lower_ in r.not_predicate_after):
        return False
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if not subjects and head.dep_ == "ccomp":
        # "found children's social care in Kent was good", "has been told its children's services are good":
        # the parse makes the subject the reporting verb's object
        subjects = [c for c in head.head.children if c.dep_ == "dobj" and c.i < head.i]
    if len(subjects) != 1 or (subjects[0].lower_ not in ("services", "care") and head.i >= 3):
        # "City of Wolverhampton Council's children's services are good": a parse that takes the council's
        # name for the subject; the words right before the copula say whose grade it is
        before = [t.lower_ for t in span.doc[max(0, head.i - 4):head.i]]
        return before[-3:] in (["children", "'s", "services"], ["children", "’s", "services"]) \
            and bool(r.reported_voice.search(sentence.text))
    words = [t.lower_ for t in subjects[0].subtree]
    whole = ("children" in words or "children's" in words) and subjects[0].lower_ in ("services", "care") \
        and not set(words) & _SERVICE_PARTS
    return whole and bool(r.reported_voice.search(sentence.text))


def _council_is_now(ctx: ArticleContext, span: Span) -> bool:
    """A grade a named council "is now" ("Gloucestershire County Council, rated inadequate in 2017, is now
    good"): the complement of "is"/"are" with "now" before it and the council's name as subject."""
    head = span.root.head
    if span.root.dep_ != "acomp" or head.lemma_ != "be" or span.start < 1 or span.doc[span.start - 1].lower_ != "now":
        return False
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and nxt.lower_ in _rules(ctx.doc.vocab).not_predicate_after:
        return False  # "is now good at listening to children"
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    named = ctx.entity_at(subjects[0].i) if len(subjects) == 1 else None
    return named is not None and named.ref.kind in ("council", "provider")


_SERVICE_PARTS = {"disabled", "adoption", "fostering", "leaving", "leavers", "protection", "help", "early", "residential"}


def _rated_phrases(span: Span, deps=frozenset({"dobj", "nsubjpass", "nsubj"})) -> list[tuple]:
    """(head token, phrase) of the subject and object of the verb that gives a rating: what the parse says
    is rated, however far it stands from the rating word."""
    verb = span.root
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    # (a subject the parse hung on the verb's auxiliary: "and the new unitary authority, which ..., remains rated
    # outstanding")
    children = [c for a in verb.children for c in ([a] if a.dep_ not in ("aux", "auxpass") else a.children)]
    return [(c, span.doc[c.left_edge.i:c.right_edge.i + 1]) for c in children
            if c.dep_ in deps and not (span.start <= c.i < span.end)]


def _rates_something_else(span: Span, r: _Rules) -> bool:
    """The rated thing is another service ("Ofsted rated the city's Local Child Safeguarding Board
    arrangements, chaired by ..., as 'good'")."""
    return any(r.out_of_scope.search(phrase.text) for _, phrase in _rated_phrases(span))


def _rated_area(span: Span, r: _Rules):
    """The rated thing is an area of the services ("Kent's child protection work has been uplifted from
    'good' to 'outstanding'"), not the department ("the council's child protection services")."""
    for head, phrase in _rated_phrases(span):
        if head.lower_ in _RATING_NOUNS:
            continue  # "downgraded the council from 'good', the rating it received in 2018, after finding ...": the grade
        found = None if head.lower_ in _SERVICE_NOUNS else r.area_subject.search(phrase.text.lower())
        if found:
            return found
    return None


_RATING_NOUNS = {"rating", "grade", "judgement", "judgment", "verdict", "score"}


def _aspired(span: Span, r: _Rules) -> bool:
    """The rating is what someone aims at: a verb of aiming governs it through an infinitive or a
    purpose ("committed to overhaul the service into one rated good", "plans to be rated good")."""
    tok = span.root
    for _ in range(7):
        if tok.head is tok:
            return False
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        if tok.dep_ in _OWN_CLAUSE and not infinitive:
            return False  # a relative or reported clause describes what is, not what is aimed at
        tok = tok.head
        # (the aim told before the rating: not "rated inadequate in 2015, so the council will want to show ...",
        # however the parse hangs the rating's clause)
        if tok.lower_ in r.aspiration and (tok.pos_ != "NOUN" or infinitive) and tok.i < span.start:
            return True  # (a plan to be rated good; not "the improvement plan following the inadequate judgement")
    return False


_OWN_CLAUSE = {"relcl", "advcl", "conj", "parataxis"}


def _window_text(span: Span, sent: Span, before: int, after: int) -> tuple[str, str]:
    doc = span.doc
    lo = max(sent.start, span.start - before)
    hi = min(sent.end, span.end + after)
    return doc[lo:span.start].text.lower(), doc[span.end:hi].text.lower()


_LIST_JOINERS = {"or", "and", "then"}


_EVERY = {"every", "all", "each"}


def _scale_listed(spans: list[Span]) -> set[int]:
    """Starts of rating spans in a run of three or more with only punctuation and 'or'/'and' between them:
    the grading scale spelt out ("rated on a four-point scale: outstanding, good, requires improvement or
    inadequate"), and two grades either of which holds for each of a set ("all ... good or outstanding"). A
    roundup names a council between its grades, so its ratings make no such run."""
    out: set[int] = set()
    run = spans[:1]
    for prev, span in zip(spans, spans[1:]):
        between = prev.doc[prev.end:span.start]
        if [t.lower_ for t in between if not t.is_punct] == ["or"] and prev.text.lower() != span.text.lower() \
                and any(t.lower_ in _EVERY for t in prev.doc[prev.sent.start:prev.start]):
            # "every council area we serve is now rated good or outstanding": either, for each, no one's grade
            out.update((prev.start, span.start))
        if all(t.is_punct or t.lower_ in _LIST_JOINERS for t in between):
            run.append(span)
            continue
        if len({s.text.lower() for s in run}) >= 3:
            out.update(s.start for s in run)
        run = [span]
    if len({s.text.lower() for s in run}) >= 3:
        out.update(s.start for s in run)
    return out


_BACKSHIFT = re.compile(r"\b(said|says|reported|reports|told \w+|announced|confirmed|explained|noted|added|heard|read|"
                        r"learned|learnt|discovered|found out)\b"
                        r"( \w+){0,3} that\b[^.;]*\bhad been\b[^.;]*$", re.I)


def _previous_before(r: _Rules, pre: str, pre_clause: str) -> bool:
    """A word before the rating that makes it an earlier one; not "had been" reported ("The director reported
    that the service had been judged outstanding": the news, in reported speech)."""
    # ("rated inadequate at their previous inspections, were judged good": the inspection before is the
    # other grade's)
    found = [m.group(0).lower() for m in r.previous_before.finditer(pre)
             if not _AN_EARLIER_EVENT.match(pre, m.end()) and not _STILL_TO_GO.search(pre, 0, m.end())]
    if found and all(w == "had been" for w in found) and _BACKSHIFT.search(pre_clause):
        return False
    return bool(found)


# A grade someone is still trying to lose ("efforts to shake off an 'inadequate' rating", "battle to shed"): held now.
_STILL_TO_GO = re.compile(r"\b(efforts?|bid|battle|battling|fight|fighting|struggle|struggling|attempts?|attempting|try|"
                          r"trying|tries|hopes?|hoping|aims?|aiming|seeks?|seeking|bids|working|push|drive|plan|plans)"
                          r" to (shake off|shed|escape|lose|leave behind|move on from|get out of)( (an|a|its|their|the))?\W*$",
                          re.I)
_AN_EARLIER_EVENT = re.compile(r" (full |ofsted )?(inspections?|reports?|visits?)\b\W*,", re.I)
_OPENING_MONTH = re.compile(rf"\W*(?:last|in|this|back in|earlier in)\s+{MONTH}\b(?!\s+(?:19|20)\d\d)", re.I)
_LAST_YEAR = re.compile(rf"\b(?:in\s+({MONTH})\s+)?last year\b", re.I)
_SINCE_YEAR = re.compile(r"\bsince\s+(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b(?=[^,;]*$)")  # in the rating's own clause
_HISTORY_TIME = re.compile(r"(in|on|at|by) ((early|late|mid)\W*)?(\w+ )?(19|20)\d\d\b|\w+ years? later\b", re.I)
_YEARS_AGO = re.compile(r"\W*(\w+) years? (earlier|ago|before|later)\b", re.I)
# (also opening a quotation: 'said: "Six years ago, inspectors judged ...')
_YEARS_AGO_OPENING = re.compile(r"(?:[^.]*?:\s*)?\W*(\w+) years? (ago|earlier|later)\b(?!.*\b(19|20)\d\d\b)", re.I)


def _its_council(before: list) -> Ref:
    """The council "its" stands for: the one named last before it, unless that one is the object of a preposition
    ("agreed a partnership with Leeds City Council, five months after its children's services were rated
    inadequate") and the sentence's subject is a council named before it: then the subject."""
    last = before[-1]
    if last.span.root.dep_ != "pobj":
        return last.ref
    subject = next((e for e in reversed(before[:-1]) if e.span.root.dep_ in ("nsubj", "nsubjpass")
                    and e.span.root.head.dep_ == "ROOT"), None)
    return subject.ref if subject is not None else last.ref


def _rated_object_first(doc, span: Span, sent_span: Span, r: _Rules):
    """The verb of "Ofsted rated children's services inadequate", however the parse hangs it: a verb of grading a
    few words before, with nothing between but the services rated ("Kent County Council's children's services")."""
    for t in reversed(doc[max(sent_span.start, span.start - 9):span.start]):
        if t.lower_ in r.awarding and t.pos_ in ("VERB", "AUX"):
            between = doc[t.i + 1:span.start]
            if len(between) and any(w.lower_ in r.service_words for w in between) and all(
                    w.pos_ in ("DET", "NOUN", "PROPN", "PART", "ADJ") or w.text in _QUOTES for w in between):
                return t
            return None
        if t.is_punct and t.text not in _QUOTES or t.pos_ in ("VERB", "AUX", "ADP", "SCONJ"):
            return None
    return None


def _mentions(ctx: ArticleContext, sentence: Sentence, r: _Rules, told: list | None = None,
              graded: list | None = None) -> list[Mention]:
    """The rating mentions of a sentence; `told`: the dates of the article's ratings so far, the last one
    last, to count "two years later" from (and it takes this sentence's); `graded`: the mentions of the
    sentences before, for "the same grade"."""
    told = [] if told is None else told
    doc = ctx.doc
    sent_span = sentence.span
    spans = _grades_in(ctx, sent_span.start, sent_span.end)
    listed = _scale_listed(spans)
    out = []
    for span in spans:
        if span.start in listed:
            continue  # the grading scale spelt out, not anyone's grade
        if span.end + 1 < len(doc) and doc[span.end].text == ":" and doc[span.end + 1].like_num:
            continue  # a tally ("Requires improvement: 3"), not anyone's grade
        if span.end + 1 < sent_span.end and doc[span.end].lower_ == "at" and doc[span.end + 1].tag_ == "VBG":
            continue  # "agencies were generally good at responding to immediate risk": a skill, not a grade
        phrase = span.text.lower().replace("’", "'")
        rating = r.rating_of.get(phrase)
        quoted = (span.start > 0 and doc[span.start - 1].text in _QUOTES) or \
                 (span.end < len(doc) and doc[span.end].text in _QUOTES)
        before = _neighbours(span, r.filler, -1)
        after = _neighbours(span, r.filler, +1, limit=2)
        verb = next((t for t in before[:3] if t.lower_ in r.verbs_before), None) or _governing_verb(span, sent_span, r)
        if verb is None and span.start - 2 >= sent_span.start:
            k = span.start - 1 - (doc[span.start - 1].text in _QUOTES)
            if doc[k].lower_ == "to" and k - 2 >= sent_span.start and doc[k - 1].lower_ in ("them", "it"):
                k -= 1  # "with Ofsted now judging them to require improvement"
            if doc[k].lower_ in ("them", "it") and doc[k - 1].lower_ in r.found_to_be:
                verb = doc[k - 1]  # "seven years after the watchdog found them inadequate"
            elif doc[k].lower_ == "be" and doc[k - 1].lower_ == "to" or doc[k].lower_ == "to":
                # "found services run by Kent County Council to be inadequate", "judges services to require
                # improvement": the parse may hang "to be" on the words between, so the verb is looked for in
                # the words before, up to a stop
                to = k - 1 if doc[k].lower_ == "be" else k
                for t in reversed(doc[max(sent_span.start, to - 13):to]):
                    if t.is_punct:
                        break
                    if t.lower_ in r.found_to_be:
                        # what was found so is the services or the council, not "its budget"
                        if any(w.lower_ in r.service_words for w in doc[t.i + 1:to]):
                            verb = t
                        break
            elif doc[k].lower_ == "of" and doc[k - 1].lower_ == "out" and k - 2 >= sent_span.start \
                    and doc[k - 2].lower_ in r.out_of_verbs:
                verb = doc[k - 2]  # "Middlesbrough climbed out of inadequate in 2023": the grade it left
            elif doc[k].lower_ == "of" and doc[k - 1].lower_ in _RATING_NOUNS:
                verb = doc[k - 1]  # "it follows a judgement of inadequate in 2016" (not "judgments of Outstanding
                # in two of four categories", the areas)
        if verb is None and (quoted or (span.start > sent_span.start and doc[span.start - 1].lower_ == "as")):
            # a quoted rating, or one after "as", may stand further from its verb than the parse can follow
            # ("rates Enfield Council's children's services as 'requires improvement'")
            verb = next((t for t in _neighbours(span, r.filler, -1, limit=8) if t.lower_ in r.awarding), None)
        if verb is None:
            # "has slipped from good", "fell to 'requires improvement'": a verb of moving, then to/from/into
            k = span.start - 1
            while k > sent_span.start and doc[k].text in _QUOTES:
                k -= 1
            if doc[k].lower_ in ("to", "from", "into") and k - 1 >= sent_span.start:
                verb = next((t for t in doc[max(sent_span.start, k - 3):k] if t.lower_ in r.movement_verbs), None)
                frm = next((t.i for t in doc[max(sent_span.start, k - 6):k] if t.lower_ == "from"), None)
                if verb is None and doc[k].lower_ in ("to", "into") and frm is not None:
                    # "leapt from requires improvement to outstanding": the verb before the grade moved from
                    verb = next((t for t in doc[max(sent_span.start, frm - 3):frm] if t.lower_ in r.movement_verbs), None)
                if verb is None and doc[k].lower_ in ("to", "into") and doc[k].head.i < k \
                        and doc[k].head.lower_ in r.movement_verbs and doc[k].head.pos_ == "VERB":
                    # "Ofsted lifted North East Lincolnshire's children's services to good": the verb's object between
                    verb = doc[k].head
                if verb is not None and doc[k].lower_ == "from" and _moved_elsewhere(doc, span, sent_span, spans):
                    verb = None  # "its spending has gone from good to bad": a move to no grade is no rating's
        if verb is None:
            # "the verdict is outstanding", "the overall judgement was good": a grade the noun of grading is
            k = span.start - 1
            while k > sent_span.start and doc[k].text in _QUOTES:
                k -= 1
            if k - 1 >= sent_span.start and doc[k].lower_ in ("is", "was") and doc[k - 1].lower_ in _RATING_NOUNS:
                verb = doc[k - 1]
        if verb is None:
            verb = _rated_object_first(doc, span, sent_span, r)
        noun = next((t for t in after[:2] if t.lower_ in r.nouns_after), None)
        k = span.end + (span.end < len(doc) and doc[span.end].text in _QUOTES)  # "'good'-rated"
        hyphen_rated = k + 1 < len(doc) and doc[k].text in "-–" and doc[k + 1].lower_ == "rated"
        nxt = doc[span.end] if span.end < sent_span.end else None
        # "Ofsted said Bolton and Hounslow require improvement": the phrase is the clause's predicate
        # (and a time after it: "required improvement in 2014 and again in 2018")
        predicate = phrase in r.predicate_ratings and (
            nxt is None or nxt.lower_ not in r.not_predicate_after
            or nxt.lower_ == "in" and span.end + 1 < sent_span.end and is_year(doc[span.end + 1])
            # (and another council's clause after it: "Solihull requires improvement and Walsall is rated good")
            or nxt.lower_ == "and" and council_grading_after(doc, span.end))
        if not (quoted or verb or predicate) and (_reported_copula(ctx, span, sentence, r) or _council_is_now(ctx, span)):
            verb = span.root.head  # "Kent's children's services are inadequate, says Ofsted"
        heading = _heading(ctx, sentence, span, spans)
        if not (quoted or verb or predicate or heading) and doc[span.start - 1].text in (":", "—", "–") \
                and _HISTORY_TIME.match(doc[span.end:min(sent_span.end, span.end + 5)].text) \
                and any(o.start > span.end for o in spans):
            # a council's record after a colon: "followed a similar path: inadequate in 2017, good two years
            # later and outstanding in 2025" (the grades after it share the colon)
            verb = doc[span.start - 1]
        if _section_title(sentence, span) or _list_heading(ctx, sentence, span):
            continue
        if not (quoted or verb or noun or hyphen_rated or heading or phrase in r.self_evident) and out \
                and out[-1].sentence is sentence and _coordinated(doc, out[-1].span, span):
            verb = out[-1].verb  # "rated requires improvement in 2018 and inadequate in 2014": the same verb
        if not (quoted or verb or noun or hyphen_rated or predicate or heading or phrase in r.self_evident):
            continue
        if predicate and not (quoted or verb or noun) and not _services_subject(ctx, span):
            continue  # "their practice needs improvement": not the council's overall grade
        closed = span.end < len(doc) and doc[span.end].text in _QUOTES
        if (not quoted or not closed) and noun is None and nxt is not None and nxt.pos_ in ("NOUN", "PROPN") \
                and phrase not in r.self_evident and not (nxt.ent_type_ in ("DATE", "TIME") and nxt.dep_ != "compound"):
            continue  # an adjective on something else: "received good support", "made “good progress”" (not
            # "rated inadequate today", "rated good last month": a time)
        if quoted and closed and verb is None and noun is None and span.end + 1 < sent_span.end \
                and (doc[span.end + 1].pos_ == "NOUN" and doc[span.end + 1].lower_ not in r.rated_things
                     or doc[span.end + 1:min(sent_span.end, span.end + 3)].text.lower() in ("social work",
                                                                                           "social workers")):
            continue  # a quoted adjective on something else: "getting “consistently good” support", "praised
            # “consistently good” social work" (not "its ‘inadequate’ children's services")
        pre, post = _window_text(span, sent_span, 6, 6)
        pre_clause, post_long = _window_text(span, sent_span, 14, 10)
        if r.aspiration_clause.search(pre_clause):
            continue
        if r.not_a_judgement.search(pre) or _aspired(span, r) or r.no_council.search(pre_clause):
            continue
        if _SOME_AREAS.match(doc[span.end:sent_span.end].text):
            continue  # "rated as requiring improvement in three out of five areas": areas' grades, not the overall
        before_words = [t.lower_ for t in doc[max(sent_span.start, span.start - 2):span.start] if t.text not in _QUOTES]
        after_word = next((t.lower_ for t in doc[span.end:min(sent_span.end, span.end + 2)] if t.text not in _QUOTES), "")
        # ("has not been inspected since it was rated good" is no denial of the grade; "has not been rated good for
        # a decade" is, unless told since when, "has not been rated good since 2015", or as what has now ended,
        # "the first time in a decade that it had not been rated inadequate")
        since = any(t.lower_ == "since" for t in doc[span.end:min(sent_span.end, span.end + 2)]) \
            or "first time" in doc[sent_span.start:span.start].text.lower()
        negated = [t for t in doc[max(sent_span.start, span.start - 7):span.start] if t.lower_ == "not"
                   and (doc[t.i + 1].lower_ != "been" or doc[t.i + 2].lower_ in r.awarding and not since)
                   and not any(x.is_punct and x.text not in _QUOTES for x in doc[t.i:span.start])]
        # "does not change the Outstanding grade": it holds
        left_as_is = bool(negated) and all(doc[t.i + 1].lower_ in r.left_as_is for t in negated)
        if (before_words and before_words[-1] == "not") or after_word == "enough" or (negated and not left_as_is):
            continue  # "not good enough", "not yet consistently good", "not to have been judged good": no grade
        if phrase == "failing" and not closed and after_word and after_word[0].isalnum():
            continue  # "failing to recruit", "failing children": a verb, not the grade ("branded as failing.")
        if phrase in r.self_evident and any(
                0 <= span.start - o.end <= 4 and any(t.text == "," for t in doc[o.end:span.start])
                and not any(t.lower_ in ("to", "from", "into") for t in doc[o.end:span.start])
                and r.rating_of.get(o.text.lower().replace("’", "'")) == rating
                for o in spans if o.end <= span.start):
            continue  # "rated 'outstanding', the highest grade": a gloss of the rating before it (not "out of the
            # inadequate category, rating them requires improvement to be good", another grade)
        seg = segment_of(sentence, span.start)
        clause_before = doc[max(seg.start, span.start - 12):span.start].text
        clause_after = doc[span.end:min(seg.end, span.end + 8)].text
        if r.out_of_scope.search(clause_before) or r.out_of_scope_after.search(clause_after) \
                or antecedent_is_something_else(ctx, sentence, span.start) or _rates_something_else(span, r):
            continue  # a school's, a children's home's, a SEND area's or a board's grade
        # "from X to Y": the word right before the rating decides
        prev_words = [t.lower_ for t in doc[max(sent_span.start, span.start - 6):span.start]
                      if t.text not in _QUOTES and t.lower_ not in ("a", "an", "the", "overall", "ofsted", "its")]
        last = prev_words[-1] if prev_words else ""
        # what follows the rating speaks of it up to the next rating or a new time ("rated good after being
        # previously requiring improvement": "previously" is the second rating's)
        post_clean = r.same_time_after.sub(" ", _own_tail(doc, span, spans, sent_span, 6).text.lower())
        # ("for the first time since 2018" dates what the new rating ends, not the rating)
        # (in its own clause: not "..., when it was rated good, and Bury improved to requires improvement")
        # ("before" opening the rating's own clause tells of a later time: "good in 2023, before inspectors
        # returned and gave it the top grade")
        own_pre = "".join(" " if _opens_a_later_clause(t, span) else t.text_with_ws
                          for t in doc[max(seg.start, span.start - 14):span.start]).lower()
        weak = r.weakly_previous_before.search(r.first_since.sub(" ", r.same_time_before.sub(" ", own_pre))) or (
            out and out[-1].sentence is sentence and r.after_another.search(own_pre))
        infinitive = last == "to" and len(prev_words) > 1 and prev_words[-2] in r.found_to_be | r.verbs_before
        if infinitive:
            last = ""  # "judged to require improvement": not "from X to Y"
        if last in ("to", "into"):
            # "dropped from good to inadequate": the grade moved to is the new one ("earlier in the year"
            # makes it at most weakly previous)
            previous = "weak" if weak else ""
        elif last == "from" or _previous_before(r, pre, pre_clause) or r.previous_after.search(post_clean):
            previous = "strong"
        elif weak or r.weakly_previous_after.search(post_clean):
            previous = "weak"
        else:
            previous = ""
        if previous and _MOST_RECENT.search(doc[seg.start:span.start].text):
            previous = ""  # "By the time of its most recent full inspection, in 2022, the island's services had been
            # judged 'good'": the latest grade, however the verb is tensed
        if heading:
            previous = "strong" if heading == "previous" else ""  # the grade in brackets is the earlier one
        if not previous and last not in ("to", "into") and out and out[-1].sentence is sentence \
                and out[-1].previous == "strong" and _coordinated(doc, out[-1].span, span):
            previous = "strong"  # "ending a decade of 'inadequate' and 'requires improvement' grades": both earlier
        stated = _date_of(doc, span, spans, sent_span, segment_of(sentence, span.start).start)
        if stated is None and heading == "listed":
            stated = parse_date(doc[span.end:sent_span.end].text.strip(" ()\n.'\"‘’“”"))  # "(August 2025)"
        held_from = None
        if stated is None:
            # "and since 2022 its services have been rated good": held from then, in its own clause
            lo = max(seg.start, span.start - 12, max((o.end for o in spans if o.end <= span.start), default=0))
            held_from = _SINCE_YEAR.search(doc[lo:span.start].text)
            if held_from:
                stated = StatedDate(int(held_from.group(1)))
        if stated is None and ctx.when:
            # "found inadequate seven years earlier", "rated good two years ago": counted back from the
            # article's date
            # (or opening its clause: "Six years ago the same department was rated inadequate")
            ago = _YEARS_AGO.match(_own_tail(doc, span, spans, sent_span, 6).text) or \
                _YEARS_AGO_OPENING.match(doc[seg.start:span.start].text)
            n = ago and (int(ago.group(1)) if ago.group(1).isdigit() else NUMBER_WORDS.get(ago.group(1).lower())
                         or (1 if ago.group(1).lower() == "a" else None))
            if n and ago.group(2).lower() == "later":
                # "judged to require improvement two years later": after the rating told last, else after the
                # year the sentence before tells ("I started in Taunton in 2014. A year later Ofsted judged ...")
                base = told[-1].year if told else _year_told_before(ctx, sentence)
                stated = StatedDate(base + n) if base else None
            elif n:
                stated = StatedDate(ctx.when.year - n)
            elif ctx.published is not None:
                # "judged to require improvement in May last year": counted from the date the page states
                last_year = _LAST_YEAR.search(_own_tail(doc, span, spans, sent_span, 10).text)
                if last_year:
                    month = last_year.group(1)
                    year = ctx.when.year - 1
                    stated = parse_date(f"{month} {year}") if month else StatedDate(year)
                else:
                    # "rated good in August": the last August up to the day the page states; "Last November,
                    # Ofsted rated it inadequate": a month opening the rating's clause
                    opening = _OPENING_MONTH.match(doc[seg.start:span.start].text)
                    stated = month_before(_own_tail(doc, span, spans, sent_span, 6).text, ctx.published) or (
                        month_before(opening.group(0), ctx.published) if opening else None)
        if stated is not None and ctx.when is not None and stated.year > ctx.when.year:
            stated = None  # "will be wound up when its contract ends in 2026": a year to come dates no grade
        if stated is not None:
            told.append(stated)
        if not previous and stated and ctx.when and stated.as_date() < _start_of(ctx.when, stated) - NEWS_WINDOW:
            previous = "weak"  # "rated inadequate in 2016" in a later article
        if not previous and ctx.when:
            # "in 2014, when it was deemed inadequate", "late in 2019, inspectors judged ...": a year
            # earlier than the article's, in the rating's own clause before it
            lo = max(seg.start, span.start - 14)
            told_before = max((o.end for o in spans if lo <= o.end <= span.start
                               and r.rating_of.get(o.text.lower().replace("’", "'")) != rating), default=None)
            if told_before is not None:
                # "X, rated requires improvement in 2022, was judged good": the year is the other rating's
                # (not a restatement's: "rated inadequate in 2023, the second successive inadequate grade")
                lo = next((t.i + 1 for t in doc[told_before:span.start] if t.is_punct and t.text not in _QUOTES), lo)
            # (nor a year before "before" that opens the rating's clause: "good in 2023, before inspectors ...")
            lo = max([lo] + [t.i + 1 for t in doc[lo:span.start] if _opens_a_later_clause(t, span)])
            clause_start = doc[lo:span.start]
            # (not a year describing a noun: "the company set up by Sunderland City Council in 2017 to run ...")
            years = [int(t.text) for t in clause_start if is_year(t) and not _describes_a_noun(t)]
            # (a month late in the year before, close to the article, is news: "a three-week inspection in
            # November and December 2021", reported in February 2022)
            recent = stated is not None and stated.month is not None \
                and stated.as_date() >= _start_of(ctx.when, stated) - NEWS_WINDOW
            if years and max(years) < ctx.when.year and not recent:
                previous = "weak"
        awarded = (verb is not None and verb.lower_ in r.awarding) \
            or (noun is not None and noun.lower_ in r.awarding) or last in ("to", "into") or predicate \
            or heading == "changed"
        awarded = awarded and heading != "listed"
        near_span = doc[max(seg.start, span.start - 20):min(seg.end, span.end + 8)]
        # (not words before a clause of its own that holds the rating: "children in need, an area Ofsted had
        # flagged when it rated Wigan 'requires improvement'")
        opens = next((t.i for t in reversed(doc[near_span.start:span.start])
                      if t.dep_ in ("mark", "advmod") and t.lower_ in _CLAUSE_OPENERS and t.head.i >= t.i), None)
        # (nor words of a clause joined after it: "judged it good, and inspectors found that children in care ...",
        # "judged them to require improvement to be good, with the impact of leaders rated good")
        near_end = next((t.i for t in doc[span.end:near_span.end] if t.text == ";" or (
            t.text == "," and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("and", "but", "while", "whereas", "with"))),
            near_span.end)
        # (nor another grade's words: "judges North Tyneside children's services 'good' with outstanding adoption
        # service")
        near_end = min([near_end] + [o.start for o in spans if span.end <= o.start < near_end])
        near = doc[opens if opens is not None else near_span.start:near_end].text.lower()
        close = doc[max(seg.start, span.start - 5):span.start].text.lower()
        # "overall" in the rating's own clause ("some aspects were judged good, but overall it requires
        # improvement": the second clause's)
        overall_near = "overall" in doc[max(seg.start, span.start - 4):min(seg.end, span.end + 3)].text.lower()
        area_m = r.area.search(near) or r.area_subject.search(close) or _rated_area(span, r)
        if area_m is not None and _EVERY_AREA.search(near):
            area_m = None  # "rated good in all four areas", "every area": the overall judgement
        if area_m is None and closed and span.end + 1 < len(doc) and doc[span.end + 1].lower_ in ("features", "feature"):
            area = "features"  # "rated 'good' with 'outstanding' features"
        else:
            area = area_m.group(0) if area_m and not overall_near else None
        # a rating said to hold, a "good-rated" neighbour, one given "last year", or one in a sentence
        # about published statistics is not news of an inspection
        # "has been rated good since 2022": held since then
        held_since = (re.search(r"\b(been|have|has)\b", pre, re.I) and re.match(r"[\W]*since\b", post, re.I)) or \
            re.match(r"[\W]*(grade|rating|judgement)?\s*(that\s+|which\s+)?(it|they|the council)\s+(has|have|had)\s+(held|had|kept)\b",
                     post, re.I)  # "the 'requires improvement' grade it has held since 2017"
        # "Wokingham's 'inadequate' children's services", "Nottinghamshire, whose children's services are rated
        # 'good'": the grade a service has, said in passing
        attributive = closed and nxt is not None and span.end + 1 < sent_span.end and \
            doc[span.end + 1].lower_ in ("children", "children's", "service", "services", "department") and \
            bool(r.visit_told.search(sentence.text))  # in a sentence about a visit to it
        # "whose services are rated good", "a department that is now rated good": a grade the thing holds
        relative = bool(re.search(r"\b(whose|which|that)\b[^,;]*\b(is|are)\s+(\w+ly\s+|now\s+)?(rated|judged|graded)\W*$",
                                  pre_clause, re.I)) or bool(re.search(
            # "at four councils where children's services have been rated as inadequate": the councils' standing
            r"\bwhere\b[^,;]*\b(is|are|has been|have been)\s+(\w+ly\s+|now\s+)?(rated|judged|graded)(\s+as)?\W*$",
            pre_clause, re.I))
        # "Wirral Council, rated requires improvement by Ofsted in February, has a long-established early help
        # offer": a rating told in passing, in an aside on the sentence's subject, is the grade it holds
        aside = bool(re.search(r"\w,\s*((which|who) (has been|have been|was|were|is|are) )?(rated|judged|graded)\s*['‘’\"“”]?\s*$", pre)) and \
            bool(re.match(r"[^,;.]{0,60},\s*(?!and\b|but\b|which\b)[a-z]+", post_long)) and \
            not re.match(r"[^,;.]{0,40}\b(this (week|month)|last (week|month)|today|yesterday|recently)\b", post_long)
        summed_up = bool(r.set_standing.search(pre)) or \
            (phrase.startswith("require improvement") and bool(r.set_standing_predicate.search(pre)))
        standing = bool(aside or held_from or summed_up or left_as_is or heading == "listed" or r.standing.search(pre) or re.match(r"\W*(\w+\W+){0,6}?(still stands|still holds|stands)\b", post, re.I)
                        or hyphen_rated or attributive or relative or r.earlier_time.search(pre_clause) or held_since
                        or r.data_release.search(sentence.text) or ctx.shared("data_release", data_release)
                        or bool(_STILL_TO_GO.search(pre)))  # "efforts to shake off an 'inadequate' rating": held
        # "is now rated", "but now they have been rated": "now" in the rating's own clause
        before = doc[max(sent_span.start, span.start - 7):span.start]
        cut = max((t.i + 1 for t in before if t.is_punct and t.text not in _QUOTES), default=before.start)
        now = any(t.lower_ == "now" for t in doc[cut:span.start])
        if now and previous == "weak":
            previous = ""  # "is now rated 'requires improvement'": whatever years stand before it
        if previous == "weak" and re.match(r"\W*(the|a) same (overall )?(grade|rating|judgement|verdict)\b", post_long,
                                           re.I):
            # "remains good, the same grade it received in 2018": the year is the grade's earlier award (a date
            # before the grade, "In May 2023 Ofsted judged ..., the same overall grade it gave in 2019", is its own)
            previous = ""
            if stated is not None and str(stated.year) in post_long:
                stated = None
        if previous == "weak" and last == "with" and re.search(r"\breplac(ed|es|ing)\b", pre_clause, re.I):
            previous = ""  # "replaced the 'inadequate' grade it handed down in 2018 with 'requires improvement'"
        out.append(Mention(span, sentence, rating, previous, awarded, standing, area, stated, now, verb, bool(heading)))
    if "same" in sentence.words:
        out += _same_grade(ctx, sentence, spans, r, told, (graded or []) + out)
    return out


_SAME_GRADE = re.compile(r"\bthe same (overall )?(grade|rating|judgement|judgment|verdict)\b", re.I)


def _same_grade(ctx: ArticleContext, sentence: Sentence, spans: list[Span], r: _Rules,
                told: list[StatedDate], before: list[Mention]) -> list[Mention]:
    """A grade given as "the same grade" as the one told just before: "Redcar and Cleveland has been rated
    requires improvement since 2022, and Stockton-on-Tees was given the same grade in 2023", "The most recent full
    inspection, in early 2023, gave the same overall grade". Not a gloss on a grade of its own clause ("rated
    good, the same grade it received in 2018"), nor a grade the phrase describes ("the same grade as ...")."""
    doc = ctx.doc
    out = []
    for match in _SAME_GRADE.finditer(sentence.text):
        span = sentence.span.char_span(match.start(), match.end())
        if span is None or (span.end < sentence.span.end and doc[span.end].lower_ in ("as", "that", "which")):
            continue
        # the last grade told as given, in this sentence or the two before it (not one left: "out of the
        # inadequate category")
        lo = ctx.sentences[max(0, ctx.sentences.index(sentence) - 2)].span.start
        earlier = [m for m in before if lo <= m.span.start and m.span.end <= span.start and m.previous != "strong"
                   and m.rating and not m.area]
        if not earlier:
            continue
        grade = earlier[-1].span
        if grade.start >= sentence.span.start and not any(
                e.ref.kind == "council" and not e.anaphor and grade.end <= e.span.start < span.start for e in ctx.entities):
            continue  # a gloss on the grade just told, of the same council
        verb = next((t for t in _neighbours(span, r.filler, -1, limit=3) if t.lower_ in r.awarding), None)
        if verb is None:
            continue
        stated = _date_of(doc, span, [g for g in spans if g.end <= span.start], sentence.span,
                          segment_of(sentence, span.start).start)
        if stated is not None:
            told.append(stated)
        out.append(Mention(span, sentence, earlier[-1].rating, "", True, False, None, stated, False, verb))
    return out


def _grades_in(ctx: ArticleContext, start: int, end: int) -> list[Span]:
    """The rating phrases (judgements.yaml, the longest where they overlap) from token `start` to `end`: the
    matcher runs once per article, not once per sentence."""
    found = ctx.shared("grade_matches", lambda c: [(s, e) for _, s, e in _rules(c.doc.vocab).matcher(c.doc, as_spans=False)])
    return filter_spans([ctx.doc[s:e] for s, e in found if s >= start and e <= end])


def _section_title(sentence: Sentence, span: Span) -> bool:
    """A grade alone on its line in capitals, titling the list under it ("REQUIRES IMPROVEMENT")."""
    return _grade_alone(sentence, span) and span.text.isupper()


def _grade_alone(sentence: Sentence, span: Span) -> bool:
    """The grade is all its line's words."""
    words = [t for t in sentence.span if not (t.is_space or t.is_punct)]
    return bool(words) and words[0].i == span.start and words[-1].i == span.end - 1


def _list_heading(ctx: ArticleContext, sentence: Sentence, span: Span) -> bool:
    """A grade alone on its line ("Requires improvement") after a line that says more than a council's name
    ("Newcastle - rated good in June 2025"): the title of the list under it, no one's grade (not "Kent County
    Council" / "Good", a council's name and its grade on two lines)."""
    if not _grade_alone(sentence, span):
        return False
    k = ctx.sentences.index(sentence)
    before = next((s for s in reversed(ctx.sentences[:k]) if s.text.strip()), None)
    return before is not None and any(t.is_alpha for t in before.span) and not a_name_alone(before, ctx.entities, None)


_STANDING_TAIL = {"again", "and", "confirmed", "kept", "retained", "since", "this", "last", "year", "month"}
_BRACKETED_BEFORE = {"previously", "was", "formerly", "from", "before"}
# what a date in a list's brackets may say it is: "(report published May 2024)", "(inspected March 2023)"
_DATED_BY = {"report", "published", "inspected", "inspection", "last", "rated", "in", "since"}


def _year_told_before(ctx: ArticleContext, sentence: Sentence) -> int | None:
    """The latest year the sentence before tells, up to the article's."""
    k = ctx.sentences.index(sentence)
    years = [y for y in years_in(ctx.sentences[k - 1].text) if ctx.when is None or y <= ctx.when.year] if k else []
    return max(years, default=None)


def _moved_elsewhere(doc, span: Span, sent: Span, spans: list[Span]) -> bool:
    """A move from a grade to something that is no grade ("has gone from good to bad"), not to another
    grade ("from inadequate to 'good'") nor to nothing said ("slipped from good")."""
    k = span.end
    while k < sent.end and doc[k].text in _QUOTES:
        k += 1
    if k >= sent.end or doc[k].lower_ not in ("to", "into"):
        return False
    k += 1
    while k < sent.end and (doc[k].text in _QUOTES or doc[k].lower_ in ("a", "an", "the")):
        k += 1
    return not any(o.start == k for o in spans)


def _heading(ctx: ArticleContext, sentence: Sentence, span: Span, spans: list[Span]) -> str:
    """A round-up's heading line: a council's name, a dash, its grade, perhaps the grade before in brackets
    ("Bedford Borough Council – requires improvement (previously good)", "London Borough of Lambeth – good"):
    "changed" for the grade after the dash when the brackets give an earlier one, "new" without them,
    "previous" for the one in brackets; "listed" for a grade with its date in brackets, a list of where each
    council stands ("Leeds City Council: outstanding (August 2025)"); "" when the sentence is no such line."""
    doc, sent = ctx.doc, sentence.span
    e = ctx.entity_at(line_words(doc, sent))   # ("- Bolton: good", an item of such a list)
    if e is None or e.ref.kind not in ("council", "provider") or e.span.end >= sent.end \
            or doc[e.span.end].text not in LINE_MARKS:
        return ""
    first = e.span.end + 1 + (doc[e.span.end + 1].text in _QUOTES)
    graded = next((o for o in spans if o.start == first), None)
    if graded is None:
        return ""
    rest = [t for t in doc[graded.end:sent.end] if not (t.is_space or t.text in _QUOTES or t.text in ".!")]
    # (the inspection's type after a comma: "Bury Metropolitan Borough Council: good (previously inadequate),
    # standard inspection")
    cut = next((k for k, t in enumerate(rest) if t.text in (",", "–", "-", "|")
                and rest[k + 1:] and all(x.lower_ in _TYPE_TAIL for x in rest[k + 1:])), None)
    rest = rest[:cut] if cut is not None else rest
    if not rest:
        return "new" if span == graded else ""
    words = [t.lower_ for t in rest]
    if words[0] != "(" or words[-1] != ")":
        # "North Tyneside - outstanding since 2020, confirmed again in January 2025": where it stands, and since when
        return "listed" if span == graded and any(t.like_num for t in rest) and all(
            t.ent_type_ == "DATE" or t.like_num or t.is_punct or t.lower_ in _DATED_BY | _STANDING_TAIL
            for t in rest) else ""
    if span == graded and all(t.ent_type_ == "DATE" or t.like_num or t.is_punct or t.lower_ in _DATED_BY
                              for t in rest[1:-1]):
        return "listed"  # "Leeds City Council: outstanding (August 2025)": a list of where each stands
    inner = [o for o in spans if graded.end < o.start and o.end < sent.end]
    if len(inner) != 1 or not set(words[1:-1]) - {o.lower_ for o in inner[0]} <= _BRACKETED_BEFORE | {"rated", "up", "down"}:
        return ""
    return "changed" if span == graded else "previous" if span == inner[0] else ""


# The words of an inspection's type, after a round-up line's grade ("..., short inspection").
_TYPE_TAIL = {"standard", "short", "full", "inspection", "ilacs", "sif", "graded", "re-inspection", "reinspection"}


_COORDINATION = {"and", "or", "then", "in", "on", "at", "the", "a", "again", "later", "before", "after", "both",
                 "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                 "november", "december", "year", "years"}


_CLAUSE_OPENERS = {"when", "after", "since", "because", "as", "while", "whereas", "although"}


def _opens_a_later_clause(t, span: Span) -> bool:
    """'before' opening a clause that holds the rating ("..., before Ofsted rated it outstanding"): the
    rating is of the later time, not an earlier one (not "Before it was taken over, it was rated ...")."""
    return t.lower_ == "before" and t.dep_ == "mark" and t.head.left_edge.i <= span.root.i <= t.head.right_edge.i


def _coordinated(doc, before: Span, span: Span) -> bool:
    """A rating joined to the one before it by 'and', 'or', a comma and dates only ("rated requires improvement
    in 2018 and inadequate in 2014 and 2016"), which shares its verb."""
    between = doc[before.end:span.start]
    return 0 < len(between) <= 8 and any(t.lower_ in ("and", "or", ",", "then") for t in between) and all(
        t.is_punct or t.like_num or t.lower_ in _COORDINATION for t in between)


_TAIL_ENDS = {"after", "following", "since", "from", "but", "while", "whilst", "whereas", "before", "having"}  # "having previously been ..."


def _date_of(doc, span: Span, spans: list[Span], sent: Span, clause_start: int) -> StatedDate | None:
    """The date a rating is given: one stated in its own tail ("rated inadequate in 2016"), else the last
    one in the stretch since the rating before it and that rating's tail ("in 2019, when Ofsted judged that
    services required improvement, and in July 2023 inspectors rated them good"). A year after "since"
    is when something else was ("the first 'good' rating since 2013")."""
    k = span.start - 1 - (span.start > sent.start and doc[span.start - 1].text in _QUOTES)
    nxt = span.end + (span.end < sent.end and doc[span.end].text in _QUOTES)
    if k >= sent.start and is_year(doc[k]) and nxt < sent.end and doc[nxt].lower_ in _RATING_NOUNS:
        # "whose 2014 inadequate judgement", "the November 2017 'inadequate' rating"
        return parse_date(doc[max(sent.start, k - 2):k + 1].text, allow_year=True) or StatedDate(int(doc[k].text))
    given = _given_on(doc, span)
    if given is not None:
        return given
    tail = _own_tail(doc, span, spans, sent, 10)
    # "since 2016", "the same grade as in 2018" and "again ..., as it was in 2020" date something else
    own = re.split(r"\bsince\b|\bsame (overall )?(grade|rating|judgement|verdict|result)( as\b| (it|they|the council) "
                   r"(gave|received|got|had|held|was given|were given)\b)|\bas (it|they) (was|were|had been|did)\b"
                   r"|\bas in\b", tail.text, maxsplit=1)[0]
    between = re.search(r"\bbetween ((?:19|20)\d\d) and ((?:19|20)\d\d)\b", own)
    if between:
        return StatedDate(int(between.group(2)))  # "at three inspections between 2013 and 2018": the last of them
    # ("report published May 2024", a table row's date with no "in")
    stated = parse_date(own, allow_year=True) if re.search(r"\b(in|on|by|as recently as|published|dated|issued)\b", own) else None
    if stated is not None:
        return stated
    lo = max(sent.start, clause_start)   # not a year of another clause ("which had been ... in 2015,")
    for o in spans:
        if o.end <= span.start:
            lo = max(lo, _own_tail(doc, o, spans, sent, 10).end)
    years = [t for t in doc[lo:span.start] if is_year(t)
             and not (t.i > sent.start and doc[t.i - 1].lower_ == "since") and not _describes_a_noun(t)]
    if not years:
        k = lo
        while k < span.start and doc[k].lower_ not in ("which", "when"):
            k += 1
        if sent.start + 2 <= k < span.start and doc[k - 1].text == "," and is_year(doc[k - 2]) \
                and (doc[k - 3].lower_ in ("in", "of") or doc[k - 3].lower_ == "since" and doc[k].lower_ == "when"):
            # "was of the former Cumbria County Council in 2019, which was judged ...", "the pace of improvement
            # since 2019, when the council had climbed to ...": what the year dates
            return parse_date(doc[max(sent.start, k - 4):k - 1].text, allow_year=True)
        # "judged inadequate ... until 2019, when they were upgraded to requires improvement": the year the grade
        # before was held until is when this one came (inside that grade's tail)
        before = max((o.end for o in spans if o.end <= span.start), default=sent.start)
        until = _UNTIL_WHEN.search(doc[max(sent.start, before):span.start].text)
        return StatedDate(int(until.group(1))) if until else None
    y = years[-1]
    return parse_date(doc[max(lo, y.i - 3):y.i + 1].text, allow_year=True)


def _given_on(doc, span: Span) -> StatedDate | None:
    """The date of a phrase on the grade's noun that gives it ("the requires improvement grade given to the former
    Dorset County Council's children's services in 2017"), however long the name between."""
    verb = _giving_verb(doc, span)
    for prep in verb.children if verb is not None else ():
        if prep.dep_ == "prep" and prep.lower_ in ("in", "on") and any(is_year(t) for t in prep.subtree):
            return parse_date(doc[prep.i:prep.right_edge.i + 1].text, allow_year=True)
    return None


_MOST_RECENT = re.compile(r"\b(most recent|latest)( full| ofsted| ilacs| standard)? (inspection|report|judgement|rating)\b",
                          re.I)


_UNTIL_WHEN = re.compile(r"\buntil ((?:19|20)\d\d), when\b")


def _describes_a_noun(year) -> bool:
    """A year in a phrase describing a noun ("the company set up by Sunderland City Council in 2017 to run ..."):
    when that thing began, not when a rating was given."""
    # (a report's or an inspection's own date is its grade's: "A re-inspection published in January 2018 graded
    # the service good")
    return any(a.dep_ in ("acl", "relcl", "appos") and a.head.lower_ not in INSPECTION_NOUNS for a in year.ancestors)


def _own_tail(doc, span: Span, spans: list[Span], sent: Span, limit: int) -> Span:
    """Up to `limit` tokens after a rating that still speak of it: to the next rating word of the sentence
    or a word that starts another time ("after being previously ...", "since 2016")."""
    end = min(sent.end, span.end + limit)
    for o in spans:
        if span.end <= o.start < end:
            end = o.start
    for t in doc[span.end:end]:
        if t.lower_ == "after" and t.i + 1 < len(doc) and doc[t.i - 1].lower_ == doc[t.i + 1].lower_:
            continue  # "at inspection after inspection": one time over and over, not another
        if t.lower_ in _TAIL_ENDS or (t.lower_ == "and" and doc[t.i - 1].text == ","):
            end = t.i  # ", and in July 2023 ...": another time
            break
    return doc[span.end:end]


def data_release(ctx: ArticleContext) -> bool:
    """The article opens by reporting published statistics ("Statistics released by Ofsted this week
    show ..."): its ratings are the standing ones the figures list."""
    r = _rules(ctx.doc.vocab)
    return any(r.data_release.search(s.text) for s in ctx.sentences[:3])


def _last_day(stated: StatedDate) -> date:
    """The last day of the period a stated date names ("2023": the 31st of December)."""
    if stated.day:
        return stated.as_date()
    if stated.month:
        nxt = date(stated.year + (stated.month == 12), stated.month % 12 + 1, 1)
        return nxt - timedelta(days=1)
    return date(stated.year, 12, 31)


def _start_of(when: date, stated: StatedDate) -> date:
    """The article's date at the precision a stated date is compared with."""
    return when if stated.day else date(when.year, when.month if stated.month else 1, 1)


def judgement_mentions(ctx: ArticleContext) -> list[tuple[Mention, Ref]]:
    """Every rating mention of the article with the council or provider it is about (several for a
    list of councils), in text order."""
    return ctx.shared("judgement_mentions", lambda c: [(m, ref) for m, ref in _attributed(c)
                                                       if not named_in_passing_only(c, ref)])


def _attributed(ctx: ArticleContext) -> list[tuple[Mention, Ref]]:
    r = _rules(ctx.doc.vocab)
    out: list[tuple[Mention, Ref]] = []
    # a school's or a SEND area's grades are not judgements of children's services; in its article, only a
    # grade given to the council's children's services by name is, as one the council holds
    counted: tuple[Mention, int, int] | None = None   # "three councils rated good": rating, how many, where
    told: list[StatedDate] = []   # the dates of ratings so far
    graded: list[Mention] = []    # the rating mentions so far
    list_grade, list_paragraph = None, -1   # the grade a line alone titles the list under it with, and where
    for k, sentence in enumerate(ctx.sentences):
        if not (ctx.in_scope or sentence.ours):
            continue
        mentions = [] if sentence.off_scope else _mentions(ctx, sentence, r, told, graded)
        graded += mentions
        if not ctx.in_scope:
            # "this outstanding judgement", in a sentence that does not name the council's children's services: the
            # news of the article's other service, told again
            if not ours_rated_pattern().search(sentence.text.replace("’", "'")):
                mentions = [m for m in mentions if not _this_grade(m)]
            # (unless newly given by the time the sentence tells: "were themselves rated outstanding earlier this
            # month")
            mentions = [m if m.awarded and r.news_time.search(sentence.text) else replace(m, standing=True)
                        for m in mentions]
        titled = None if sentence.off_scope else _grade_titling(ctx, sentence, r)
        if titled is not None:
            list_grade, list_paragraph = titled, sentence.paragraph
            continue
        named = None if sentence.off_scope else _graded_names(ctx, sentence, r)
        if named is not None:
            out += [(m, ref) for m in named[0] for ref in named[1]]  # "Good: Bolton, Lancashire, Oldham": each holds it
            continue
        item = _item_under(ctx, sentence) if list_grade is not None else None
        if item is None and list_grade is not None and sentence.paragraph != list_paragraph:
            list_grade = None  # the list is over: a paragraph of its own that is no item of it
        if item is not None:
            list_paragraph = sentence.paragraph
            # "Good" titling a list, then "- Lewisham (previously requires improvement): ...": the item's council
            # was given the title's grade (and the one in brackets is the earlier)
            mentions = [m for m in mentions if m.previous] + [
                Mention(item.span, sentence, list_grade, "", True, False, None, None, opens_line=True)]
            before = _bracketed_before(ctx, sentence, item, r)
            if before is not None and not any(m.previous and m.rating == before.rating for m in mentions):
                mentions.append(before)
            out += [(m, item.ref) for m in mentions]
            continue
        if not mentions:
            if counted is not None and k > counted[2] and _restates_the_count(sentence, counted[1]):
                counted = (counted[0], counted[1], k)  # "Nineteen councils are rated inadequate. ... The 19 are:"
                continue
            if counted is not None and _an_item_of_the_count(ctx, counted, k):
                # "The 14 London boroughs currently rated outstanding are:", then a list of their names, a line
                # each or a line for each region ("North West: Bury (2021), Halton (2024)"); the count's sentence
                # states the grade and the line the council: both are the evidence
                m0 = counted[0]
                out += [(Mention(m0.span, said, m0.rating, m0.previous, False, True, m0.area, m0.date, m0.now), ref)
                        for said in (m0.sentence, sentence) for ref in dict.fromkeys(
                    e.ref for e in ctx.entities if e.ref.kind == "council" and not e.anaphor
                    and _names_from(ctx, sentence) <= e.span.start < sentence.span.end)]
                continue
            if counted is not None and k - counted[2] <= 2:
                out += _the_counted(ctx, sentence, counted, r)
            continue
        # "X and Y were previously rated 'good' and 'adequate' respectively": pair in order.
        pairs: list[tuple[Mention, list]] = []
        resp = next((t for t in sentence.span if t.lower_ == "respectively"), None)
        if resp is not None:
            # the ratings just before "respectively" (in its clause, else the sentence's) with the councils
            # named together last before them ("Leicester fell to ..., while Knowsley and Harrow were rated
            # inadequate, having previously been judged to require improvement and good respectively")
            clause = segment_of(sentence, resp.i)
            listed = [m for m in mentions if clause.start <= m.span.start < resp.i] or \
                [m for m in mentions if m.span.start < resp.i]
            targets = named_together(ctx.doc, sentence, ctx.entities, before=listed[0].span.start) if listed else []
            if not (len(targets) == len(listed) > 1):
                clause = segment_of(sentence, mentions[0].span.start)
                listed = [m for m in mentions if clause.start <= m.span.start < clause.end]
                targets = about(ctx, sentence, mentions[0].span.start, r.generic)
            if len(targets) == len(listed) > 1:
                pairs = [(m, [t]) for m, t in zip(listed, targets)]
        if not pairs:
            # "rated Durham 'good', Sunderland 'outstanding' and Gateshead 'inadequate'": each grade
            # goes with the name right before it, once two names are paired so
            named = [(m, _named_just_before(ctx, sentence, m.span)) for m in mentions]
            if len({refs[-1] for _, refs in named if refs}) >= 2:
                pairs = [(m, refs) for m, refs in named if refs]
        paired = {id(m) for m, _ in pairs}
        for m in mentions:
            aside = _aside_on(ctx, m.span) if id(m) not in paired else None
            named_after = _rating_before_a_name(ctx, sentence, m.span) if id(m) not in paired else None
            if named_after is not None:
                pairs.append((m, [named_after]))  # "to take over at 'inadequate' Tameside": the name it describes
            elif aside is not None:
                pairs.append((m, [aside]))  # "Unlike Blackpool, rated inadequate earlier this year, the county ..."
            elif id(m) not in paired and m.opens_line:
                pairs.append((m, [ctx.entity_at(line_words(ctx.doc, sentence.span)).ref]))  # whom the line opens with
            elif id(m) not in paired:
                rated = _given_to(ctx, m.span) or _rated(ctx, m.span)
                if rated == [] and _of_some_of_them(ctx, sentence, m.span, r):
                    rated = None
                pairs.append((m, [] if rated is None else rated or passing_in_clause(ctx, sentence, m.span.start)
                              or about(ctx, sentence, m.span.start, r.generic)))
        pairs = _each_its_own(ctx, sentence, pairs)
        for m, targets in pairs:
            if m.rating is None:
                continue
            out += [(m, ref) for ref in targets]
            if targets:
                out += [(m, ref) for ref in _as_does(ctx, sentence, m.span) if ref not in targets]
            stepped = _stepped_from(ctx, m, r)
            if stepped is not None:
                out += [(stepped, ref) for ref in targets]
            n = _count_of_councils(segment_of(sentence, m.span.start).text, r)
            if not targets and n and not m.previous:
                counted = (m, n, k)
    out += _same_moves(ctx, out, r)
    if ctx.frame is not None and ctx.frame.tables:
        # in text order: a table's rows among the sentences around it
        out = sorted(out + _from_tables(ctx, r), key=lambda pair: pair[0].sentence.span.start)
    return _restated(ctx, out)


_AS_DOES = {"does", "do", "did", "is", "are", "was", "were", "has", "have", "had"}


def _as_does(ctx: ArticleContext, sentence: Sentence, span: Span) -> list[Ref]:
    """Councils a clause right after the grade's says hold it too: "Hartlepool remains inadequate, as does Thurrock",
    "..., as is Thurrock"."""
    doc = ctx.doc
    k = span.end + (span.end < sentence.span.end and doc[span.end].text in _QUOTES)
    if not (k + 3 <= sentence.span.end and doc[k].text == "," and doc[k + 1].lower_ == "as"
            and doc[k + 2].lower_ in _AS_DOES):
        return []
    runs = named_runs(doc, ctx.entities, k + 3, sentence.span.end,
                      lambda e: e.ref.kind in ("council", "provider") and not e.anaphor, glue=_AND)
    return list(dict.fromkeys(e.ref for e in runs[0])) if runs and runs[0][0].span.start == k + 3 else []


def _rating_before_a_name(ctx: ArticleContext, sentence: Sentence, span: Span) -> Ref | None:
    """The council whose name the rating stands right before, as an adjective on it ("at 'inadequate' Tameside",
    "'good'-rated Stockport"), past quotation marks and "-rated"."""
    doc, k = ctx.doc, span.end
    while k < sentence.span.end and (doc[k].is_quote or doc[k].text in ("-", "–") or doc[k].lower_ == "rated"):
        k += 1
    e = ctx.entity_at(k) if k < sentence.span.end else None
    return e.ref if e is not None and e.span.start == k and e.ref.kind == "council" and not e.anaphor else None


def _same_moves(ctx: ArticleContext, out: list[tuple[Mention, Ref]], r: _Rules) -> list[tuple[Mention, Ref]]:
    """A council said to have made the move another just made ("Hartlepool was upgraded from good to outstanding
    ..., and County Durham made the same leap", "Stockport followed suit"; judgements.yaml `same_move`): that move's
    two grades, its own."""
    added: list[tuple[Mention, Ref]] = []
    for k, sentence in enumerate(ctx.sentences):
        found = r.same_move.search(sentence.text) if not sentence.off_scope else None
        if found is None:
            continue
        at = next((t.i for t in sentence.span if t.idx - sentence.span.start_char >= found.start()),
                  sentence.span.end - 1)
        clause = clause_of(sentence, at)
        movers = [ref for ref in named_in(ctx, ctx.doc[clause.start:clause.end]) if ref.kind == "council"]
        earlier = {id(s) for s in ctx.sentences[max(0, k - 1):k + 1]}
        told = [(m, ref) for m, ref in out if id(m.sentence) in earlier and m.span.start < at and ref not in movers]
        for ref in dict.fromkeys(ref for _, ref in reversed(told)):
            before = [m for m, x in told if x == ref and m.previous]
            after = [m for m, x in told if x == ref and not m.previous and not m.area]
            if before and after:
                span = ctx.doc[at:at + 1]
                added += [(replace(m, span=span, sentence=sentence, date=None), mover)
                          for mover in movers for m in (before[-1], after[-1])]
                break
    return added


_CELL_MARKS = "\"'“”‘’*_ ."
# a grade cell may carry its date in brackets: "Good (2018)", "Inadequate (March 2020)"
_CELL_DATE = re.compile(r"\s*\(([^()]*\b(19|20)\d\d)\)\s*$")


def _from_tables(ctx: ArticleContext, r: _Rules) -> list[tuple[Mention, Ref]]:
    """The ratings a table lists ("| Council | Overall effectiveness | Inspected |"): per row, the rating in
    each ratings column of the council or provider named in its council column; a column headed as an
    area of the services ("Help and protection") gives area ratings, one headed "previous" previous ones,
    a column of another service ("Schools", "SEND") none. Listed ratings stand, no news of an inspection,
    unless the table lists changes and dates the new rating to a month in the half year before the article."""
    cols = r.table_columns
    out: list[tuple[Mention, Ref]] = []
    for table in ctx.frame.tables:
        header = table.header

        def rating(cell) -> str | None:
            return r.rating_of.get(_CELL_DATE.sub("", cell.text.strip(_CELL_MARKS)).strip(_CELL_MARKS).lower())

        def ratings_in(j: int) -> tuple[int, int]:
            cells = [row.cells[j] for row in table.rows if row.cells[j].text.strip(_CELL_MARKS)]
            return sum(1 for c in cells if rating(c)), len(cells)

        def holds_ratings(j: int, h: str) -> bool:
            found, filled = ratings_in(j)
            headed = cols["rating"].search(h) or r.area_subject.search(h)
            return found > 0 and (found == filled or bool(headed))

        dates = [j for j, h in enumerate(header) if cols["date"].search(h) and not cols["rating"].search(h)]
        rated = [j for j, h in enumerate(header) if j not in dates and not r.out_of_scope.search(h)
                 and holds_ratings(j, h)]
        named = [j for j, h in enumerate(header) if cols["council"].search(h) and j not in rated]
        changes = any(cols["previous"].search(header[j]) for j in rated)
        for row in table.rows:
            where = named or [j for j in range(len(header)) if j not in rated]
            refs: list[Ref] = []
            for j in where:
                cell = row.cells[j]
                refs += [e.ref for e in ctx.entities if e.ref.kind in ("council", "provider") and not e.anaphor
                         and cell.start <= e.span.start_char < cell.end]
                if refs:
                    break
            refs = list(dict.fromkeys(refs))
            label = None
            if not refs and len(ctx.subjects) == 1:
                # one council's judgements, a row an area ("| Help and protection | Good |"): the council
                # the article is about
                label = next((row.cells[j].text.lower() for j in range(len(header)) if j not in rated), "")
                if r.area_subject.search(label) or cols["rating"].search(label):
                    refs = list(ctx.subjects)
            if len(refs) != 1:
                continue  # no council, or several: the row is not one council's
            # (a day and month without a year: the last up to the article's date, "1 July")
            when = next(filter(None, (parse_date(row.cells[j].text) or undated_year(row.cells[j].text, ctx.published)
                                      for j in dates)), None)
            for j in rated:
                cell = row.cells[j]
                grade = rating(cell)
                span = ctx.doc.char_span(cell.start, cell.end, alignment_mode="expand")
                if grade is None or span is None:
                    continue
                area = label or header[j]
                area = area if r.area_subject.search(area) and not cols["rating"].search(area) else None
                previous = "strong" if cols["previous"].search(header[j]) else ""
                dated = _CELL_DATE.search(cell.text.strip(_CELL_MARKS))  # "Good (2018)": the cell's own date
                stated = parse_date(dated.group(1)) if dated else when
                # in a table of changes (a column of previous ratings), a rating dated to a month in the half year
                # before the article is news of its inspection, as in a sentence ("| Wirral | 29 July | Requires
                # improvement | Inadequate |" in October); a table of where each council stands lists no news
                fresh = not previous and changes and recent(stated, ctx.when)
                m = Mention(span, row.sentence, grade, previous, awarded=fresh, standing=not fresh, area=area, date=stated)
                out.append((m, refs[0]))
    return out



def _restated(ctx: ArticleContext, found: list[tuple[Mention, Ref]]) -> list[tuple[Mention, Ref]]:
    """A rating given to a council that replaced another, when the article gives the same rating to that
    predecessor too: the same rating of the same place told twice (a headline without the body's date,
    "North Yorkshire looks back on its outstanding rating"), which is the predecessor's; not when the
    sentence names the new council by its own name ("North Yorkshire Council was rated outstanding"), unless as
    an earlier grade ("Buckinghamshire Council children's services no longer 'inadequate'")."""
    ref = reference()
    rules = _rules(ctx.doc.vocab)
    given = {(m.rating, r.key) for m, r in found if r.kind == "council"}
    out = []
    for m, r in found:
        heirs = _holders_now(ctx, m, r)
        if heirs:
            # "The services remain rated inadequate", in 2022, of the county council abolished in 2021: the grade
            # its successors hold now
            out += [(m, council_ref(g)) for g in heirs if not any(m is m2 and r2.key == g for m2, r2 in out)]
            continue
        if r.kind == "council" and m.date is not None and r.key in ref.councils \
                and not ref.councils[r.key].valid_on(_last_day(m.date)):
            # "our services were first judged outstanding in 2018" on a council created in 2023
            r = of_its_time(r, m.date)
        elif r.kind == "council" and m.date is None and (m.previous or not _named_in_full(ctx, m.sentence, r)) \
                and not rules.told_event.search(m.sentence.text) \
                and not (not m.previous and (rules.first_since.search(m.sentence.text)
                                             or rules.news_time.search(m.sentence.text))):
            # "... following a three-week inspection in July", "... in the first full inspection since ...", "Their
            # report, published this morning, rates the authority's services as good"
            before = [g for g in ref.predecessors(r.key) if (m.rating, g) in given]
            if before and (_held_now(ctx, m) or m.standing and not m.previous) \
                    and not any(ref.councils[g].valid_on(ctx.when) for g in before if g in ref.councils):
                before = []  # ("The services remain rated inadequate", of the trust serving the two successors; "a
                # monitoring visit to the 'inadequate'-rated service", a grade held now)
            if len(before) == 1:
                r = council_ref(before[0])
        if not any(m is m2 and r == r2 for m2, r2 in out):
            out.append((m, r))
    return out


_HELD_NOW = re.compile(r"\b(remains?|still|currently|now|continues? to be|is|are)( (rated|judged|graded)( as)?)?\W*$", re.I)


def _holders_now(ctx: ArticleContext, m: Mention, r: Ref) -> list[str]:
    """The councils in being on the article's date that hold a grade the sentence says is held now, given to a
    council abolished before that date."""
    ref = reference()
    # (whatever date the sentence gives: "That judgement passed to the two new unitary councils when the county council
    # was abolished in April 2021, and the services remain rated inadequate")
    if r.kind != "council" or ctx.when is None or r.key not in ref.councils \
            or ref.councils[r.key].valid_on(ctx.when) or not _held_now(ctx, m) \
            or m.date is not None and not _HELD_NOW_STRONG.search(_words_before(ctx, m)):
        return []
    return ref.successors_on(r.key, ctx.when)


def _held_now(ctx: ArticleContext, m: Mention) -> bool:
    """The words right before the grade say it is held now ("remain rated", "are still")."""
    return ctx.when is not None and bool(_HELD_NOW.search(_words_before(ctx, m)))


_HELD_NOW_STRONG = re.compile(r"\b(remains?|still|currently)( (rated|judged|graded)( as)?)?\W*$", re.I)


def _words_before(ctx: ArticleContext, m: Mention) -> str:
    before = ctx.doc[max(m.sentence.span.start, m.span.start - 4):m.span.start]
    return " ".join(t.text for t in before if t.text not in _QUOTES)


def of_its_time(ref: Ref, stated: StatedDate | None) -> Ref:
    """A rating or an inspection dated before its council existed is its one predecessor's (the council
    itself when there is no date, it existed then, or several councils came before it)."""
    councils = reference().councils
    if stated is None or ref.kind != "council" or ref.key not in councils or councils[ref.key].valid_on(_last_day(stated)):
        return ref
    before = [g for g in reference().predecessors(ref.key) if councils[g].valid_on(stated.as_date())]
    return council_ref(before[0]) if len(before) == 1 else ref


def in_being(ctx: ArticleContext, ref: Ref, stated: StatedDate | None, sentence: Sentence) -> list[Ref]:
    """An inspection of a council abolished before it (dated, else at the article's time unless its sentence
    names a year the council was in being) is of the council's successors the article is about ("the first
    full inspection since the new council replaced X County Council"); with none among them, of the council
    as named."""
    councils = reference().councils
    on = stated.as_date() if stated is not None else ctx.when
    if on is None or ref.kind != "council" or ref.key not in councils or councils[ref.key].valid_on(on):
        return [ref]
    if stated is None and any(councils[ref.key].valid_on(date(y, 6, 30)) for y in years_in(sentence.text)):
        return [ref]  # "rated good in 2022, in the last full inspection before the county council was replaced"
    if stated is None and not sentence.councils and sentence.focus == ref:
        return [ref]  # "Inspectors rated the county council inadequate in 2019. Between then and the county council's
        # abolition, Ofsted carried out three monitoring visits": the frame keeps the sentence in that council's time
    return ctx.successors(ref, on) or [ref]


def _named_in_full(ctx: ArticleContext, sentence: Sentence, council: Ref) -> bool:
    """The sentence names the council by its full name, or by a name none of its predecessors had ("Bournemouth,
    Christchurch and Poole", "BCP"; not "North Yorkshire", the county council's name too), or as the new council
    ("the new unitary authority ... remains rated outstanding")."""
    name = reference().councils[council.key].name.lower()
    before = set(reference().predecessors(council.key))
    return any(e.ref == council and (re.sub(r"['’]s$", "", e.span.text.lower()) == name
                                     or not e.anaphor and e.candidates and not e.candidates & before
                                     or e.anaphor and before and "new" in e.span.text.lower().split())
               for e in ctx.entities if sentence.span.start <= e.span.start < sentence.span.end)


_SCALE = ("inadequate", "requires-improvement", "good", "outstanding")
_EVERY_AREA = re.compile(r"\b(all|every|each)( of the)?( \w+)?( judgement)? areas?\b|\bacross the board\b", re.I)


def _stepped_from(ctx: ArticleContext, m: Mention, r: _Rules) -> Mention | None:
    """The rating a new one replaced when the text counts the grades between ("improved by two grades, to
    good": inadequate before; "dropped a grade to requires improvement": good before)."""
    if m.previous or m.rating not in _SCALE:
        return None
    before = ctx.doc[m.sentence.span.start:m.span.start]
    found = r.grade_step.search(before.text)
    if not found or not re.search(r"\bto\W*$", before.text[found.end():]) or " from " in before.text[found.end():]:
        return None
    n = _NUMBERS.get(found.group("n").lower(), 1)
    step = -n if found.group("dir").lower() in r.grade_up else n
    k = _SCALE.index(m.rating) + step
    if not 0 <= k < len(_SCALE):
        return None
    return Mention(m.span, m.sentence, _SCALE[k], "strong", False, False, None, None)


_PAIRING = {"as", ":", "-", "–", "—"}


def _each_its_own(ctx: ArticleContext, sentence: Sentence, pairs: list) -> list:
    """Councils given different new grades in one sentence ("Ofsted rated South Tyneside 'requires
    improvement' and found Darlington to be 'good'", "Bury was rated 'requires improvement', Salford 'good'"):
    each grade is the one council's named nearest before it (else after it), not every council's."""
    new = [(m, t) for m, t in pairs if not (m.previous or m.area or m.standing) and m.rating]
    if len({m.rating for m, _ in new}) < 2 or len({ref for _, t in new for ref in t}) < 2:
        return pairs
    where: dict[Ref, list[int]] = {}
    for e in ctx.entities:
        if sentence.span.start <= e.span.start < sentence.span.end and e.ref.kind in ("council", "provider"):
            where.setdefault(e.ref, []).append(e.span.start)
    runs = _runs_of_councils(ctx, sentence)
    out = []
    for m, targets in pairs:
        if (m, targets) in new and len(targets) > 1 and all(t in where for t in targets):
            before = [run for run in runs if run[-1][0] < m.span.start and any(ref in targets for _, ref in run)]
            after = [run for run in runs if run[0][0] > m.span.start and any(ref in targets for _, ref in run)]
            run = before[-1] if before else after[0] if after else None
            if run is not None:
                targets = [ref for ref in targets if ref in {x for _, x in run}]
        out.append((m, targets))
    return out


def _runs_of_councils(ctx: ArticleContext, sentence: Sentence) -> list[list[tuple[int, Ref]]]:
    """The councils and providers the sentence names, in runs with only commas, 'and' or brackets between
    them ("Bolton, Coventry and Hounslow"), in order: [(start, ref), ...] each."""
    runs = named_runs(ctx.doc, ctx.entities, sentence.span.start, sentence.span.end,
                      lambda e: e.ref.kind in ("council", "provider") and not e.anaphor, glue=RUN_GLUE)
    return [[(e.span.start, e.ref) for e in run] for run in runs]


def _aside_on(ctx: ArticleContext, span: Span) -> Ref | None:
    """The council named right before an aside that rates it: "Blackpool, rated inadequate earlier this year,",
    "Blackpool, which was rated inadequate,": the grade is the named council's, whatever the clause's subject."""
    doc = ctx.doc
    i = span.start - 1
    while i >= 0 and doc[i].text in _QUOTES:
        i -= 1
    if i < 1 or doc[i].lower_ not in ("rated", "judged", "graded"):
        return None
    i -= 1
    if i >= 1 and doc[i].lower_ in ("was", "were", "is", "are") and doc[i - 1].lower_ in ("which", "who"):
        i -= 2
    if i < 1 or doc[i].text != ",":
        return None
    for e in ctx.entities:
        if e.span.end == i and e.ref.kind in ("council", "provider") and e.incidental != "place" and not e.anaphor:
            return e.ref
    return None


def _named_just_before(ctx: ArticleContext, sentence: Sentence, span: Span) -> list[Ref]:
    """The council or provider named right before a rating, with only quotes, a colon, a dash or 'as'
    between them ("Sunderland 'outstanding'", "Gateshead: requires improvement"), with those joined to it by
    'and' ("rated Havering and Peterborough as inadequate, while Lewisham has moved up to good")."""
    doc = ctx.doc
    i = span.start - 1
    while i >= 0 and (doc[i].text in _QUOTES or doc[i].lower_ in _PAIRING):
        i -= 1
    keep = lambda e: e.ref.kind in ("council", "provider") and e.incidental != "place"  # noqa: E731
    for run in named_runs(doc, ctx.entities, sentence.span.start, i + 1, keep, glue=_AND):
        if run[-1].span.end - 1 == i:
            return list(dict.fromkeys(e.ref for e in run))
    return []


_AND = {",", "and", "&"}


_SOME_AREAS = re.compile(r"\W*(in|for) (?!each\b|all\b|every\b|both\b)(\w+) (out )?of (the |its |their )?(\w+ )?(inspected |judgement |judged |key |assessed )?"
                         r"(areas|categories|judgements)\b", re.I)
_SOME_OF_THEM = re.compile(r"\b(an?|one|another)\s+(\w+\s+){0,2}?(council|authority|borough|county)\b", re.I)


def _of_some_of_them(ctx: ArticleContext, sentence: Sentence, span: Span, r: _Rules) -> bool:
    """'Five councils received good news, with two authorities shedding "inadequate" grades and a London
    borough rated "outstanding"': a rating said of some of the councils a collective names, unnamed, is
    none of theirs."""
    anaphors = [e for e in ctx.entities if e.anaphor and e.ref.kind == "council"
                and sentence.span.start <= e.span.start < span.start]
    # a collective stands for several councils on one span ("Five councils"); "the council" for one
    collective = [e for e in anaphors if sum(1 for x in anaphors if x.span == e.span) >= 2]
    if not collective:
        return False
    text = ctx.doc[max(e.span.end for e in collective):span.start].text
    return bool(r.counted_councils.search(text) or _SOME_OF_THEM.search(text))


def _grade_titling(ctx: ArticleContext, sentence: Sentence, r: _Rules) -> str | None:
    """The grade a line alone gives ("Good", "REQUIRES IMPROVEMENT"), when the line after it is an item of a
    list that opens with a council's name ("- Lewisham (previously requires improvement): ...")."""
    spans = _grades_in(ctx, sentence.span.start, sentence.span.end)
    if len(spans) != 1 or not _grade_alone(sentence, spans[0]):
        return None
    k = ctx.sentences.index(sentence)
    nxt = ctx.sentences[k + 1] if k + 1 < len(ctx.sentences) else None
    return r.rating_of.get(spans[0].text.lower().replace("’", "'")) if nxt is not None and _bulleted(ctx, nxt) else None


def _graded_names(ctx: ArticleContext, sentence: Sentence, r: _Rules) -> tuple[list[Mention], list[Ref]] | None:
    """A league table's line: a grade, a colon or dash, then councils' names and nothing else ("Good: Bolton,
    Lancashire, Oldham"): each council holds the grade (not "Inadequate: the verdict on Slough", a headline)."""
    doc, sent = ctx.doc, sentence.span
    k = line_words(doc, sent)
    spans = _grades_in(ctx, k, sent.end)
    if not spans or spans[0].start != k or spans[0].end >= sent.end or doc[spans[0].end].text not in LINE_MARKS:
        return None
    grade = spans[0]
    # (the parse may end a sentence at the colon: the names are the rest of the line, the sentence after it)
    end = next((t.i for t in doc[grade.end:] if "\n" in t.text), len(doc))
    names = [e for e in ctx.entities if grade.end < e.span.start and e.span.end <= end and not e.anaphor]
    named = {i for e in names for i in range(e.span.start, e.span.end)}
    if not names or any(e.ref.kind not in ("council", "provider") for e in names) or any(
            t.i not in named and not (t.is_space or t.text in ",;." or t.lower_ in ("and", "&"))
            for t in doc[grade.end + 1:end]):
        return None
    rating = r.rating_of.get(grade.text.lower().replace("’", "'"))
    if rating is None:
        return None
    said = [sentence] + [s for s in ctx.sentences if sent.end <= s.span.start < end]  # (both halves: the evidence)
    return ([Mention(grade, s, rating, "", False, True, None, None) for s in said],
            list(dict.fromkeys(e.ref for e in names)))


def _bracketed_before(ctx: ArticleContext, sentence: Sentence, item, r: _Rules) -> Mention | None:
    """The earlier grade in brackets right after an item's council ("- Bromley (previously good): ...")."""
    doc = ctx.doc
    k = item.span.end
    if not (k + 3 < sentence.span.end and doc[k].text == "(" and doc[k + 1].lower_ in _BRACKETED_BEFORE):
        return None
    spans = [g for g in _grades_in(ctx, k + 2, sentence.span.end) if g.start == k + 2]
    if not spans or spans[0].end >= sentence.span.end or not doc[spans[0].end].text.startswith(")"):
        return None
    rating = r.rating_of.get(spans[0].text.lower().replace("’", "'"))
    return Mention(spans[0], sentence, rating, "strong", False, False, None, None) if rating else None


def _bulleted(ctx: ArticleContext, sentence: Sentence) -> int | None:
    """Where the words of a list's item line start, after its bullet ("- Bromley ..."); None for no item."""
    k = line_words(ctx.doc, sentence.span)
    return k if k > sentence.span.start and ctx.doc[k - 1].text in BULLETS else None


def _item_under(ctx: ArticleContext, sentence: Sentence):
    """The council a list's item line opens with, after its bullet ("- Bromley (previously good): ..."), if any."""
    k = _bulleted(ctx, sentence)
    e = ctx.entity_at(k) if k is not None else None
    return e if e is not None and e.span.start == k and e.ref.kind in ("council", "provider") else None


def _an_item_of_the_count(ctx: ArticleContext, counted, k: int) -> bool:
    """Sentence k is an item of the list a count of councils opens ("The 14 London boroughs currently rated
    outstanding are:", then "- Bexley", "- Bromley", ...): a line that is only councils' names (after a label
    and a colon, "North West: Bury (2021), Halton (2024)"), right after the count's sentence or another such item."""
    opener = ctx.sentences[counted[2]]
    return opener.text.rstrip().endswith(":") and k > counted[2] \
        and all(a_name_alone(ctx.sentences[j], ctx.entities, start=_names_from(ctx, ctx.sentences[j]))
                for j in range(counted[2] + 1, k + 1))


def _names_from(ctx: ArticleContext, sentence: Sentence) -> int:
    """Where a line of names starts: after a label and a colon that name no council ("North West: ...")."""
    sent = sentence.span
    colon = next((t.i for t in sent if t.text == ":"), None)
    if colon is None or any(sent.start <= e.span.start < colon for e in ctx.entities if e.ref.kind == "council"):
        return sent.start
    return colon + 1


def _restates_the_count(sentence: Sentence, n: int) -> bool:
    """A line that opens the list of the councils counted before, by their number ("According to the latest
    data, the 19 are:", "The nineteen councils are:")."""
    text = sentence.text.rstrip()
    return text.endswith(":") and any(
        (int(w) if w.isdigit() else NUMBER_WORDS.get(w)) == n for w in re.findall(r"\w+", text.lower()))


def _count_of_councils(text: str, r: _Rules) -> int:
    m = r.counted_list.search(text)
    if not m:
        return 0
    word = m.group(1).lower()
    return int(word) if word.isdigit() else _NUMBERS.get(word, 0)


_NUMBERS = NUMBER_WORDS | {"a": 1}


def _the_counted(ctx: ArticleContext, sentence: Sentence, counted, r: _Rules) -> list[tuple[Mention, Ref]]:
    """A roundup: "Ofsted has rated three councils 'good'. Stockport, Merton and Central Bedfordshire
    all received the ratings ...": the councils the next sentence lists, when there are as many."""
    m, n, _ = counted
    named = [c for c in dict.fromkeys(e.ref for e in ctx.entities
                                      if sentence.span.start <= e.span.start < sentence.span.end
                                      and e.ref.kind == "council" and not e.incidental and not e.anaphor)]
    if len(named) != n or not r.rating_reference.search(sentence.text):
        return []
    again = Mention(m.span, sentence, m.rating, m.previous, m.awarded, m.standing, m.area, m.date, m.now)
    return [(again, c) for c in named]


_RATED_DEPS = {"nsubj", "nsubjpass", "dobj", "attr"}
_OTHER_COUNCIL_NOUNS = {"councils", "authorities", "successors", "successor", "neighbours", "neighbour", "unitaries",
                        "counterparts"}


def _given_to(ctx: ArticleContext, span: Span) -> list[Ref]:
    """The councils or providers a grade is said to be given to, by a phrase on its noun ("a step up from the
    requires improvement grade given to the former Dorset County Council's children's services in 2017", "the
    inadequate judgement handed to Slough"): theirs, whoever the sentence is about."""
    verb = _giving_verb(ctx.doc, span)
    to = next((t for t in verb.children if t.lower_ == "to" and t.dep_ in ("prep", "dative")), None) if verb else None
    if to is None:
        return []
    inside = {t.i for t in to.subtree}
    return list(dict.fromkeys(e.ref for e in ctx.entities if e.span.start in inside
                              and e.ref.kind in ("council", "provider") and e.incidental != "place"))


def _giving_verb(doc, span: Span):
    """The verb of a phrase on a grade's noun that gives it ("the ... grade given to ...", "the judgement handed
    to ..."), if any."""
    r = _rules(doc.vocab)
    noun = span.root if span.root.lower_ in r.nouns_after else span.root.head
    k = span.end + (span.end < len(doc) and doc[span.end].text in _QUOTES)
    if noun.lower_ not in r.nouns_after and k < len(doc) and doc[k].lower_ in r.nouns_after:
        noun = doc[k]  # the noun right after the grade, however the parse hung a grade of several words ("the
        # 'requires improvement to be good' rating given to ...")
    if noun.lower_ not in r.nouns_after:
        return None
    return next((v for v in noun.children if v.dep_ == "acl" and v.lower_ in r.awarding), None)


def _rated(ctx: ArticleContext, span: Span) -> list[Ref] | None:
    """The councils or providers the parse makes the rated thing: the subject or object of the verb
    that gives the rating ("Ofsted found the island's services to be inadequate", "Bolton and Hounslow
    require improvement"), so that a council named elsewhere in the clause ("a Hampshire report") is not.
    None when the rated thing is a number of councils not named there (nobody's rating then)."""
    sent_start = ctx.sentence_of(span.start).span.start
    if _another_bodys(ctx, span):
        return None
    verb = span.root.head
    if _rated_by_another_name(ctx, span):
        return None  # "Ladywell Primary in Newton Abbot, rated outstanding this week after eight years at good"
    if verb.dep_ in ("acl", "relcl") and _rules(ctx.doc.vocab).counted_list.search(
            ctx.doc[verb.head.left_edge.i:verb.head.i + 1].text):
        # "Three councils that had been rated good were downgraded to inadequate: Swindon, Peterborough and
        # Havering": the councils the sentence lists after a colon, as many as it counts; else ("The 14 London
        # boroughs currently rated outstanding are:", then a line each) none of those named
        counted = ctx.doc[verb.head.left_edge.i:verb.head.i + 1].text
        # (or the ones a sentence after it lists: "... at four councils rated inadequate. ... in A, B, C and D")
        return _listed_after_colon(ctx, span, _count_of_councils(counted, _rules(ctx.doc.vocab))) or list(
            dict.fromkeys(e.ref for e in ctx.entities if e.anaphor and e.ref.kind == "council"
                          and e.span.end == verb.head.i + 1)) or None
    refs: list[Ref] = []
    service_noun = in_clause = False
    for child, phrase in _rated_phrases(span, _RATED_DEPS):
        lo, hi = phrase.start, phrase.end
        # (up to another council's clause the parse ran into it: "keeps its 'good' grade and North Tyneside stays
        # 'outstanding'")
        hi = next((t.i for t in phrase if t.lower_ == "and" and council_grading_after(ctx.doc, t.i)), hi)

        # a clause inside the rated phrase speaks of something else ("The Council of the Isles of Scilly,
        # which looks after five islands off the tip of Cornwall, was rated good", "Westmorland and Furness,
        # one of two councils created when Cumbria County Council was abolished, was rated good")
        inner = {t.i for r in child.subtree if r.dep_ in ("relcl", "acl") and r.head.i != span.root.i
                 for t in r.subtree}
        # (councils named as what the rated ones stand to: "the two successor councils to Cumbria County Council are
        # now both judged good")
        related = {t.i for p in child.children if p.dep_ == "prep" for t in p.subtree} \
            if child.lower_ in _OTHER_COUNCIL_NOUNS else set()
        for e in ctx.entities:
            # a council named in passing is still the one a rating is given to ("Surrey, which was rated ...")
            if lo <= e.span.start and e.span.end <= hi and e.ref.kind in ("council", "provider") \
                    and e.incidental != "place" and e.span.start not in related:
                if e.span.start in inner:
                    # a clause on the rated thing itself ("the borough, which borders Essex"), not on a
                    # rating ("the good rating that Cumbria County Council received")
                    if child.lower_ in _rules(ctx.doc.vocab).nouns_after:
                        refs.append(e.ref)
                    else:
                        in_clause |= any(r.dep_ == "relcl" and e.span.start in {t.i for t in r.subtree}
                                         for r in child.children)
                    continue
                refs.append(e.ref)
        if not refs and child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in NEIGHBOURS:
            return None  # "weeks after its neighbour shook off an inadequate grade": an unnamed council's
        if not refs and any(t.lower_ in ("its", "their") for t in ctx.doc[lo:hi]):
            # "Ofsted rated its services inadequate": the council named last before it; "Bury and Stockport
            # were told their services require improvement": the councils listed last before it
            before = [e for e in ctx.entities if e.span.end <= lo and e.ref.kind in ("council", "provider")
                      and not e.incidental and sent_start <= e.span.start]
            if before:
                plural = any(t.lower_ == "their" for t in ctx.doc[lo:hi])
                refs += antecedent(ctx, before[-1].span.end) if plural else [_its_council(before)]
        if not refs and child.dep_ in ("nsubj", "nsubjpass") and _rules(ctx.doc.vocab).counted_councils.search(phrase.text):
            return None  # "Three councils rated good as inspectors return to Tameside": none of those named
        if not refs and child.dep_ in ("nsubj", "nsubjpass") and _another_name(ctx, phrase):
            return None  # "Hylton Lodge rated 'outstanding' by Ofsted": a children's home's, a school's grade
        service_noun |= child.dep_ != "nsubj" and child.lower_ in _SERVICE_NOUNS
    if not refs and service_noun:
        # "the inspectorate had rated services as inadequate, leading it to work with Richmond":
        # the services rated are the ones the article is on, not a council named later in the clause
        s = ctx.sentence_of(span.start)
        if s is None or _rules(ctx.doc.vocab).generic.search(_up_to_another_clause(segment_of(s, span.start), span).text):
            return []  # "rated services at three councils as good": no one council's (not "..., and we are
            # one of a few councils to hold it twice", a clause of its own)
        clause = clause_of(s, span.start)
        if clause.relative:
            # "Nottinghamshire County Council, whose own services were rated good": what it follows
            return antecedent(ctx, clause.start)
        runs = named_runs(ctx.doc, ctx.entities, s.span.start, span.start,
                          lambda e: e.ref.kind in ("council", "provider") and not e.incidental, glue=_AND)
        if runs:
            # "In Devon, where children's services were rated inadequate": the one just named, with those
            # joined to it ("rated children's services at Havering and Peterborough as inadequate")
            return list(dict.fromkeys(e.ref for e in runs[-1]))
        return s.joint or ([s.focus] if s.focus else [])
    if not refs and in_clause:
        # "The outer London borough, which borders Essex and Barking, had been rated good": the councils
        # are the clause's; the rated one is the borough the article speaks of
        s = ctx.sentence_of(span.start)
        return [s.focus] if s is not None and s.focus else []
    return providers_for_councils(ctx, list(dict.fromkeys(refs)))


def _rated_by_another_name(ctx: ArticleContext, span: Span) -> bool:
    """The verb that governs the grade is said of a name that is no council's ("Ladywell Primary in Newton Abbot,
    rated outstanding this week after eight years at good": its subject, or the noun it hangs on)."""
    verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    holder = verb.head if verb.dep_ in ("acl", "relcl") else \
        next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if holder is None or holder.pos_ != "PROPN":
        return False
    name = ctx.doc[holder.left_edge.i:holder.i + 1]
    whole = ctx.doc[holder.left_edge.i:holder.right_edge.i + 1]
    if sum(t.is_alpha for t in name) < 2 or any(
            e.ref.kind in ("council", "provider") and whole.start <= e.span.start < whole.end for e in ctx.entities):
        return False  # a capitalised word ("Leadership, management and governance were rated"), a council's own
    if holder.dep_ == "nsubj" and any(e.ref.kind == "person" and e.span.start < name.end and name.start < e.span.end
                                      for e in ctx.entities):
        return False  # "Lead inspector Jo Bell found the services to be good": a person grades, is not graded
    return _another_name(ctx, name)


def _another_name(ctx: ArticleContext, phrase: Span) -> bool:
    """The rated thing is a name that is no council's, provider's or other known body's ("Hylton Lodge",
    "Oakfield Primary"; the model may take it for a person's, whom Ofsted does not rate): the proper name of a
    home, a school, a nursery (not "Children's Services" in capitals, nor a council the text names)."""
    words = [t for t in phrase if t.is_alpha]
    return bool(words) and all(t.pos_ == "PROPN" or t.lower_ == "the" for t in words) \
        and not any(t.lower_ in _NOT_ANOTHER_NAME for t in words) \
        and not any(phrase.start <= e.span.start < phrase.end and e.ref.kind != "person" for e in ctx.entities)


# capitalised words of a council's services, not a home's or a school's name ("Children's Services", "Social Care")
_NOT_ANOTHER_NAME = {"children", "services", "service", "social", "care", "department", "council", "authority",
                     "borough", "county", "city", "ofsted", "inspectors", "it", "they"}


def _listed_after_colon(ctx: ArticleContext, span: Span, count: int) -> list[Ref]:
    """The `count` councils a sentence lists right after a colon that follows token span."""
    s = ctx.sentence_of(span.start)
    colon = next((t.i for t in ctx.doc[span.end:s.span.end] if t.text == ":"), None) if s is not None else None
    if colon is None:
        return []
    runs = named_runs(ctx.doc, ctx.entities, colon + 1, s.span.end,
                      lambda e: e.ref.kind == "council" and not e.anaphor, glue=_AND)
    if not runs or runs[0][0].span.start > colon + 2:
        return []
    listed = list(dict.fromkeys(e.ref for e in runs[0]))
    return listed if len(listed) == count else []


def _up_to_another_clause(seg: Span, span: Span) -> Span:
    """The clause around a rating, up to a clause joined after it (", and ...", ", but ...")."""
    doc = seg.doc
    end = next((t.i for t in doc[span.end:seg.end - 1] if t.text == "," and doc[t.i + 1].lower_ in _JOINING), seg.end)
    return doc[seg.start:end]


_JOINING = {"and", "but", "while", "whereas", "although", "though"}
_SERVICE_NOUNS = {"services", "service", "department", "provision"}
_INSPECTORATES = {"ofsted"}


def _another_bodys(ctx: ArticleContext, span: Span) -> bool:
    """The rating's verb, in its own clause, has another body for its subject: "The West Berkshire Local
    Safeguarding Children Board was judged to require improvement" (not the inspectorate giving it)."""
    tok = span.root
    while tok.dep_ in ("xcomp", "acomp", "oprd", "dobj", "attr", "amod", "advmod") and tok.head is not tok:
        tok = tok.head
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(e.ref.kind == "org" and e.ref.key not in _INSPECTORATES and e.span.start <= c.i < e.span.end
               for c in subjects for e in ctx.entities)


def current_ratings(ctx: ArticleContext) -> dict[Ref, set[str]]:
    """Per council or provider, the overall rating(s) the article gives as current."""
    return ctx.shared("current_ratings", _current_ratings)


def _current_ratings(ctx: ArticleContext) -> dict[Ref, set[str]]:
    """One overall rating per council is current (a provider counts for the councils it runs services
    for): the newly reported one; the ratings it replaced are previous. Among the ratings the article
    gives as current, the one it never also marks as previous, then the newly given one (awarded, not
    said to stand, not dated earlier), then the one dated latest, then the first it reports."""
    by_ref: dict[Ref, list[Mention]] = {}
    order: dict[int, int] = {}
    for k, (m, ref) in enumerate(judgement_mentions(ctx)):
        if not m.area:
            by_ref.setdefault(ref, []).append(m)
            order.setdefault(id(m), k)
    out: dict[Ref, set[str]] = {}
    for group in _same_councils(ctx, list(by_ref)):
        ms = [(m, ref) for ref in group for m in by_ref[ref]]
        best = _current_of([m for m, _ in ms], order)
        for ref in group:
            out[ref] = {best} if best and any(m.rating == best for m in by_ref[ref]) else set()
    # an abolished council's last rating gave way to its successors' when the article rates them
    councils = reference().councils
    for ref in list(out):
        if ref.kind == "council" and ref.key in councils and not councils[ref.key].valid_on(ctx.when) and \
                any(out.get(council_ref(g)) for g in reference().successors_on(ref.key, ctx.when)):
            out[ref] = set()
    return out


def _current_of(ms: list[Mention], order: dict[int, int]) -> str | None:
    ratings = list(dict.fromkeys(m.rating for m in sorted(ms, key=lambda m: order[id(m)])))
    clean = [x for x in ratings if any(m.rating == x and not m.previous for m in ms)]
    if len(clean) > 1:
        # a rating the article also marks as previous somewhere gives way to one it never does (a dated
        # previous one is another, older instance of that grade: "good in 2017", "good again")
        clean = [x for x in clean if not any(m.rating == x and m.previous == "strong" and m.date is None
                                             for m in ms)] or clean
    if len(clean) > 1:
        clean = [x for x in clean if any(m.rating == x and m.now for m in ms)] or clean
    if len(clean) > 1:
        given = [x for x in clean if any(m.rating == x and not m.previous and m.awarded and not m.standing
                                          for m in ms)]
        clean = given or clean
    if len(clean) > 1:
        dated = {x: max((m.date.as_date() for m in ms if m.rating == x and m.date), default=None) for x in clean}
        if any(d is not None for d in dated.values()):
            # an undated newly given rating is the article's news; a dated one is older than it
            undated = [x for x in clean if dated[x] is None]
            clean = undated or [max(clean, key=lambda x: dated[x])]
    if clean:
        return clean[0]
    # only previous mentions: the weakly previous ones ("last year's rating") are still current, the
    # latest dated of them first
    # (a strongly previous one dated before a weakly previous one of the same grade is an older instance of it:
    # "rated inadequate last year" beside "previously judged inadequate in 2016")
    latest_weak = {x: max((m.date.as_date() for m in ms if m.rating == x and m.previous == "weak" and m.date),
                          default=None) for x in ratings}
    weak = [x for x in ratings if not any(
        m.rating == x and m.previous == "strong" and not (
            m.date is not None and latest_weak[x] is not None and m.date.as_date() < latest_weak[x]) for m in ms)]
    if len(weak) > 1:
        dated = {x: max((m.date.as_date() for m in ms if m.rating == x and m.date), default=None) for x in weak}
        if all(d is not None for d in dated.values()):
            weak = [max(weak, key=lambda x: dated[x])]
    return weak[0] if weak else None


def _same_councils(ctx: ArticleContext, refs: list[Ref]) -> list[list[Ref]]:
    """The refs grouped by the councils they stand for: a council with the providers that run its services."""
    places = {r: ({r.key} if r.kind == "council" else set(ctx.serves(r)) or {r.key}) for r in refs}
    groups: list[tuple[set[str], list[Ref]]] = []
    for r in refs:
        joined = [g for g in groups if g[0] & places[r]]
        codes, members = set(places[r]), [r]
        for g in joined:
            codes |= g[0]
            members = g[1] + members
            groups.remove(g)
        groups.append((codes, members))
    return [members for _, members in groups]


def extract_judgements(ctx: ArticleContext) -> list:
    current = current_ratings(ctx)
    facts: list = []
    mentions = judgement_mentions(ctx)
    # a grade the article gives a council it replaced ("inherited a service rated inadequate in 2014"): the
    # successor's undated earlier grade the same is that one, the predecessor's ("no longer inadequate")
    held_before = {(ref.key, m.rating) for m, ref in mentions if ref.kind == "council"}
    for m, ref in mentions:
        if m.previous and m.date is None and ref.kind == "council" and any(
                (g, m.rating) in held_before for g in reference().predecessors(ref.key)):
            continue
        is_current = not m.area and m.rating in current.get(ref, ())
        facts.append(Judgement(about=ref, rating=m.rating, current=is_current or bool(m.area),
                               awarded=m.awarded and not m.area and is_current,
                               evidence=m.sentence.evidence, area=m.area, date=m.date))
    return facts

