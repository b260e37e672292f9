"""Findings: issues the reporting raises about a council's services, as concern or strength.

Phrasing is data: kg/data/issues.yaml (the issue lexicon, polarity cues, negations and the
pattern of sector-wide statements).

For each reporting sentence:
  1. find the issue mentions (PhraseMatcher on LOWER plus token patterns; longest match wins, and
     team names, inspection types and cohorts listed as not_mentions swallow what they contain);
  2. decide each mention's polarity: a phrase with a polarity of its own ("staff shortages") keeps it
     unless negated; otherwise the nearest cue word in its clause decides (a negation, or a concern
     cue just before a strength cue, turns it round; "high"/"reduced" count only right by the mention
     and depend on whether more of the thing is bad); a negated clause with no cue is a concern; else
     the nearest cue elsewhere in the sentence outside concessive clauses ("although ...", "despite ...");
     a mention with no polarity at all is not a finding;
  3. attribute it with kg.extract.attribution.about (sector-wide: about=None; always so for an article
     with no subject council). Sentences reporting what a named person (not the inspectorate) said
     are skipped: a council's view of itself is not a finding.
Finally, where one article says both things of the same council and issue, the polarity most of its
sentences give is kept (a sentence about an earlier year counts half; ties: the concern, as inspection
reporting leads with what must improve).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.dates import is_year
from kg.extract.attribution import (about, clause_of, clauses, named_in_passing_only, possessor, relative_to_passing,
                                    subject_named_in_passing)
from kg.extract.context import ArticleContext, Sentence
from kg.extract.linking import BULLETS
from kg.extract.people import COMPANY_SUFFIXES, pronoun_speaker, speaks_for_another_body, speaks_for_the_council
from kg.facts import Finding
from kg.pipeline import FirstWordMatcher, doc_text, pattern_tokenizer
from kg.reference import load_yaml

CONCERN, STRENGTH = "concern", "strength"
_NEG_WINDOW = 3          # tokens before a cue in which a negation word turns it round
_NEG_ANCESTORS = 5       # how far up the parse a 'neg' dependent of a governing word counts
# Dependencies through which a negation of a governing word reaches a cue ("does not lead to improvement").
_NEG_PATH = {"pobj", "prep", "dobj", "acomp", "attr", "amod", "advmod", "xcomp", "compound", "npadvmod",
             "oprd", "nsubj", "nsubjpass", "pcomp", "conj", "ccomp"}
_DIRECTION_REACH = 3     # "high" / "reduced" count only this close to the mention, with no punctuation between
_PAST_WEIGHT = 0.5       # a sentence about an earlier year counts this much when polarities conflict
_NONE = "_none"


@dataclass(frozen=True)
class _Kind:
    issue: str
    default: str | None      # polarity of the phrase by itself
    high_is_bad: bool
    name: bool = False       # the name of an Ofsted judgement area: its own words are not cues


@dataclass
class _Rules:
    mentions: PhraseMatcher
    patterns: FirstWordMatcher
    kinds: dict[str, _Kind]
    cues: PhraseMatcher
    negations: set[str]
    other_owners: set[str]
    recruiting: set[str]
    negating_verbs: set[str]
    topic: re.Pattern
    area_list: re.Pattern
    speaking: frozenset
    remedial: set[str]
    asked_for: set[str]
    recommendation: re.Pattern
    improvement_list: re.Pattern
    polarities: dict
    intention: re.Pattern
    generic: re.Pattern
    own_voice: re.Pattern
    council_voice: re.Pattern
    inspection_voice: re.Pattern
    first_person: re.Pattern
    noun_only: set[str]
    judged_only_nearby: set[str]
    senior_posts: set[str]
    known_object: re.Pattern
    time_words: set[str]
    knowing: frozenset
    manner: frozenset
    service_nouns: frozenset
    population: frozenset
    finding_verbs: frozenset
    effect_verbs: frozenset
    verdict_verbs: frozenset
    union_voice: re.Pattern
    topic_before: re.Pattern
    reported_finding: re.Pattern
    measured: tuple  # (issues, figure pattern, change pattern): a workforce measure in a council's own voice
    bare_protection: frozenset
    reader_address: re.Pattern
    inspection_paused: re.Pattern


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
    raw = load_yaml("issues.yaml")
    make = pattern_tokenizer()
    mentions = PhraseMatcher(vocab, attr="LOWER")
    patterns = FirstWordMatcher(vocab)
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
        for field, default, bad in (("patterns", None, hib is True), ("strength_patterns", STRENGTH, hib is True),
                                    ("concern_patterns", CONCERN, hib is True),
                                    ("counted_concern_patterns", CONCERN, True)):
            for pat in spec.get(field, []) or []:
                key = f"{issue}|{default}|{int(bad)}"
                kinds[key] = _Kind(issue, default, bad)
                patterns.add(key, [_quote_tolerant(pat)])
    kinds[_NONE] = _Kind(_NONE, None, False)
    mentions.add(_NONE, [make(v) for p in raw.get("not_mentions", []) for v in sorted(_variants(p))])
    for issue, names in (raw.get("judgement_areas") or {}).items():
        key = f"{issue}|area"
        kinds[key] = _Kind(issue, None, False, name=True)
        mentions.add(key, [make(v) for p in names for v in sorted(_variants(p))])
    cues = PhraseMatcher(vocab, attr="LOWER")
    for label, field in ((CONCERN, "concern_cues"), (STRENGTH, "strength_cues"), ("up", "up_cues"),
                         ("down", "down_cues"), ("neutral", "neutral_cues")):
        cues.add(label, [make(v) for p in raw[field] for v in sorted(_variants_plain(p))])
    return _Rules(mentions, patterns, kinds, cues, {n.lower() for n in raw["negations"]},
                  {w.lower() for w in raw.get("other_owners", [])}, {w.lower() for w in raw["recruiting"]},
                  {w.lower() for w in raw["negating_verbs"]}, re.compile(raw["topic_cues"], re.I),
                  re.compile(raw["area_list_cues"], re.I), _verb_forms(raw["speaking_verbs"]),
                  {w.lower() for w in raw["remedial"]}, {w.lower() for w in raw["asked_for"]}, re.compile(raw["recommendation"], re.I),
                  re.compile(raw["improvement_list"], re.I),
                  {k: tuple(v) for k, v in raw["polarities"].items()}, re.compile(raw["intention"], re.I),
                  re.compile(raw["generic"], re.I),
                  re.compile(raw["own_voice"], re.I), re.compile(raw["council_voice"], re.I),
                  re.compile(raw["inspection_voice"], re.I),
                  re.compile(raw["first_person"]),
                  {w.lower() for w in raw["noun_only"]}, {w.lower() for w in raw["judged_only_nearby"]},
                  {w.lower() for w in raw["senior_posts"]}, re.compile(raw["known_object"], re.I),
                  {w.lower() for w in raw["time_words"]}, frozenset(w.lower() for w in raw["knowing"]),
                  frozenset(w.lower() for w in raw["manner"]), frozenset(w.lower() for w in raw["service_nouns"]),
                  frozenset(w.lower() for w in raw["population_nouns"]),
                  frozenset(w.lower() for w in raw["finding_verbs"]),
                  frozenset(w.lower() for w in raw["effect_verbs"]), _verb_forms(raw["verdict_verbs"]),
                  re.compile(raw["union_voice"], re.I), re.compile(raw["topic_before"], re.I),
                  re.compile(raw["reported_finding"], re.I),
                  (frozenset(raw["measured_issues"]), re.compile(raw["measured_figure"], re.I),
                   re.compile(raw["measured_change"], re.I)),
                  frozenset(p.lower() for p in raw["bare_protection"]), re.compile(raw["reader_address"], re.I),
                  re.compile(raw["inspection_paused"], re.I))


def _quote_tolerant(pattern: list[dict]) -> list[dict]:
    """A token pattern that lets a writer's quotation marks stand between its words ('managers "regularly
    review" children's plans')."""
    out = pattern[:1]
    for token in pattern[1:]:
        if not token.get("IS_QUOTE"):
            out.append({"IS_QUOTE": True, "OP": "?"})
        out.append(token)
    return out


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


_BACK_REFERENCES = {"they", "these", "it", "this", "those", "numbers", "levels", "rates"}


def _negated(doc, start: int, lo: int, negs: set[str], cue_tokens: set[int],
             concern_tokens: set[int] = frozenset(), verdict: bool = False, own: range = range(0)) -> bool:
    """A negation word (or a concern cue: "unable to act effectively") just before token `start`, or a
    'neg' dependent of a word governing it; for a `verdict` (a cue), also a subject of its verb that is no
    one or nothing ("no placement has broken down"), which only quantifies a mention ("no social worker
    held a caseload of more than 18"). A negation in `own`, the phrase's own words ("managers did not check"),
    says nothing more."""
    knowing = _rules(doc.vocab).knowing   # what is not known or seen still is ("had not recognised the weaknesses")
    for i in range(max(lo, start - _NEG_WINDOW), start):
        if _not_only(doc, i):
            continue  # "not only sustained the good practice but ...": no negation
        if doc[i].lower_ in negs and doc[i].head.lower_ in knowing and doc[i].head.i < start:
            continue  # "had not recognised the weaknesses": the not-knowing, not the weaknesses, is denied
        if (doc[i].lower_ in negs and i not in cue_tokens) or i in concern_tokens:
            return True
        if doc[i].lower_ == "longer" and i > 0 and doc[i - 1].lower_ == "no":
            return True  # "no longer reliant on locums"
    tok = doc[start]
    came_by = None   # how the walk reached `tok`
    for _ in range(_NEG_ANCESTORS):
        # a noun joined to a negated verb ("plans not progressed and too many changes") keeps its own sense
        if tok.i != start and tok.lower_ in knowing and came_by is not None and came_by.dep_ in ("dobj", "ccomp", "prep"):
            break  # "leaders had not understood the extent of the weaknesses": the weaknesses are, unseen
        shared = not (came_by is not None and came_by.dep_ == "conj" and came_by.pos_ in ("NOUN", "PROPN")
                      and tok.pos_ in ("VERB", "AUX"))
        # (a concern cue's negation counts for a strength: "did not always apply thresholds consistently"; a
        # cue that is an adverb before the negation is outside it: "too often do not take account of ...", and
        # so is an excess in the verb's subject: "too many children were not getting help")
        after_adverb = verdict and came_by is not None and (came_by.dep_ == "advmod" or (
            came_by.dep_ in ("nsubj", "nsubjpass") and doc[start].lower_ == "too"))
        if shared and any(c.dep_ == "neg" and (c.i not in cue_tokens or c.i in concern_tokens) and c.i >= lo
                          and not _not_only(doc, c.i) and not (after_adverb and c.i > start) and c.i not in own
                          for c in tok.children):
            return True
        if verdict and shared and any(_nothing(c, lo, start, cue_tokens) for c in tok.children
                                      if c.dep_ in ("nsubj", "nsubjpass")):
            return True  # "no adoption placement has broken down", "none of the children was seen"
        if tok.lower_ in _CAUSES and tok.dep_ == "prep":
            break  # "do not have an adviser, because of high turnover": the cause is said, not denied
        if tok.i != start and tok.lower_ in _rules(doc.vocab).negating_verbs and tok.i >= lo:
            return True  # "failing to file assessments on time"
        if tok.i != start and tok.lower_ == "without" and tok.dep_ == "prep" and tok.i >= lo:
            return True  # "without their arrangements being reviewed regularly enough"
        if tok.head is tok or tok.dep_ not in _NEG_PATH:
            break
        if tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            break  # "... have not had X, and children have been left at risk": a clause of its own
        came_by, tok = tok, tok.head
    return False


_CAUSES = {"because", "due", "owing", "thanks"}
_NOTHING = {"nobody", "none", "nothing"}


_NP_LINKS = {"compound", "amod", "nmod", "poss", "det", "nummod", "advmod"}


def _np_head(tok):
    while tok.dep_ in _NP_LINKS and tok.head is not tok:
        tok = tok.head
    return tok if tok.pos_ in ("NOUN", "PROPN") else None


def _one_phrase(doc, cue: _Cue, m: Span) -> bool:
    """Cue and mention in one noun phrase ("a serious staffing crisis"): one negation of it denies the
    phrase once ("does not have a serious staffing crisis")."""
    head = _np_head(doc[cue.start])
    other = _np_head(m.root)
    return head is not None and other is not None and head.i == other.i


def _nothing_word(subject):
    """The word that makes a subject no one or nothing, or not all ("nobody", the "no" of "no child", the "not"
    of "not one of the plans" and of "not every social worker"), if any."""
    if subject.lower_ in _NOTHING:
        return subject
    if subject.lower_ in ("one", "all", "everyone", "everybody") and subject.i > 0 \
            and subject.doc[subject.i - 1].lower_ == "not":
        return subject.doc[subject.i - 1]
    # "not every social worker", "not all children": the ones it does not hold for
    every = next((d for d in subject.children if d.dep_ in ("det", "predet") and d.lower_ in ("every", "all")), None)
    if every is not None and every.i > 0 and subject.doc[every.i - 1].lower_ == "not":
        return subject.doc[every.i - 1]
    return next((d for d in subject.children if d.dep_ == "det" and d.lower_ == "no"), None)


def _in_a_nothing(m: Span) -> bool:
    """The mention is (in) a subject that is no one or nothing ("no adoption placement")."""
    for t in [m.root, *m.root.ancestors]:
        if t.dep_ in ("nsubj", "nsubjpass"):
            return _nothing_word(t) is not None
    return False


def _nothing(subject, lo: int, start: int, cue_tokens: set[int]) -> bool:
    """A subject that is no one or nothing, said before `start` ("no child", "none of them"; the
    "no one" of a phrase that starts at `start` is that phrase's own)."""
    word = _nothing_word(subject)
    return word is not None and lo <= word.i < start and word.i not in cue_tokens


def _not_only(doc, i: int) -> bool:
    # ("not alone in this overspend": others share it, it is no less so)
    return doc[i].lower_ == "not" and i + 1 < len(doc) and doc[i + 1].lower_ in ("only", "just", "merely", "alone")


def _reaches(doc, cue: _Cue, m: Span) -> bool:
    """A direction cue close to the mention with no punctuation between them, or the verb or complement
    the mention is the subject of ("vacancy rates in children's social care have dropped", "the proportion
    of agency workers is now among the lowest")."""
    if _predicated(doc, m, [cue]):
        return True
    if cue.end <= m.start and not any(t.is_punct for t in doc[cue.end:m.start]) and any(
            c.dep_ == "prep" and c.lower_ in ("in", "of") and c.left_edge.i <= m.root.i <= c.right_edge.i
            for t in doc[cue.start:cue.end] if t.pos_ == "NOUN" for c in t.children):
        return True  # "a steep fall in the council's use of agency social workers": the fall is of it
    if m.root.pos_ == "VERB" and any(t.head.i == m.root.i and t.dep_ == "advmod" for t in doc[cue.start:cue.end]):
        return True  # "managers were now checking on children's cases more often": how the mention's verb is done
    lo, hi = (cue.end, m.start) if cue.end <= m.start else (m.end, cue.start)
    # (a writer's quotation marks round the cue are no break: 'has "significantly reduced" its reliance')
    between = [t for t in doc[lo:hi] if not t.is_quote]
    if len(between) > _DIRECTION_REACH:
        return False
    if [t.text for t in between] == [","] and cue.start == hi and hi + 1 < len(doc) and doc[hi + 1].lower_ == "from":
        return True  # "41 agency social workers, down from 73 a year ago"
    return not any(t.is_punct for t in between)


def _polarity_of(cue: _Cue, kind: _Kind) -> str:
    if cue.label == "up":
        return CONCERN if kind.high_is_bad else STRENGTH
    if cue.label == "down":
        return STRENGTH if kind.high_is_bad else CONCERN
    return cue.label


def _subject_holding(m: Span):
    """The subject of m's clause when m is (inside) it: "[caseloads] have come down"; None for "having
    manageable caseloads"."""
    for t in [m.root, *m.root.ancestors]:
        if t.dep_ in ("nsubj", "nsubjpass"):
            return t
        if t.dep_ not in _INSIDE_A_NOUN_PHRASE and not (t.dep_ == "dobj" and t.head.dep_ == "pcomp"):
            return None  # (a gerund's object is inside the phrase: "[progress in improving practice] was too slow")
    return None


_INSIDE_A_NOUN_PHRASE = {"compound", "pobj", "prep", "amod", "poss", "conj", "appos", "nmod", "det", "acl", "relcl",
                         "advcl", "pcomp"}


_CONTRASTS = {"but", "yet", "however", ";"}
_CONTRAST_WORDS = _CONTRASTS - {";"}   # (a semicolon also parts the items of a list)


def _predicated(doc, m: Span, cues: list[_Cue]) -> bool:
    """A cue that is the predicate of the clause whose subject holds mention m: "[the help before crisis
    point] is patchy", "[stable homes] are lacking"."""
    subject = _subject_holding(m)
    if subject is None:
        return False
    verb = subject.head
    if any(t.lower_ in _CONTRASTS for t in doc[m.end:verb.i]):
        return False  # a parse that takes the subject across "but" to another clause's verb

    def said_of(t) -> bool:
        if t.i == verb.i or (t.head.i == verb.i and t.dep_ in ("acomp", "attr", "advmod", "dobj", "xcomp")):
            return True
        if t.head.i == verb.i and t.dep_ == "prep" and t.lower_ in ("above", "below", "under", "over"):
            return True  # "the re-referral rate, at 28 per cent, was well above the national average"
        # "is now among the lowest", "have dropped to fewer than one in ten": through a preposition (not "kept a
        # strong focus despite financial pressures": what it held against)
        return t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.i == verb.i \
            and t.head.lower_ not in ("despite", "notwithstanding")
    # any word of the cue: "[caseloads] were too high" says it by "high", not by "too"
    return any(said_of(t) for c in cues for t in doc[c.start:c.end])


_COUNT_NOUNS = {"number", "numbers", "proportion", "percentage", "share", "count"}


def _counted(m: Span) -> bool:
    """A mention inside what a count is of: "the number of children waiting for an assessment had fallen" (a fall
    in a trouble's number is good news)."""
    return any(t.lower_ in _COUNT_NOUNS and t.pos_ == "NOUN" for t in list(m[0].ancestors)[:4])


def _moves_another(doc, cue: _Cue, m: Span, others: frozenset) -> bool:
    """A verb of rising or falling whose object holds another mention and not this one ("early help had
    helped to reduce the number of children coming into care": the number falls, not the help)."""
    verb = doc[cue.start]
    for obj in verb.children:
        if obj.dep_ in ("dobj", "nsubjpass"):
            lo, hi = obj.left_edge.i, obj.right_edge.i
            return not (lo <= m.start <= hi) and any(lo <= i <= hi for i in others)
    return False


def _of_another_noun(doc, cue: _Cue, m: Span) -> bool:
    """A cue in a relative clause of a noun the mention is not in: "[early help] identifies families who
    are starting to struggle" says nothing of the help."""
    for t in doc[cue.start].ancestors:
        if t.dep_ == "relcl":
            head = t.head
            # a service whose own phrase before the clause holds the mention: "the service for disabled children,
            # which gave families timely support" speaks of the service for them (not "a revitalisation of
            # practice that had helped achieve a 'requires improvement' rating")
            in_phrase = head.lower_ in _rules(doc.vocab).service_nouns and head.left_edge.i <= m.start and m.end <= t.left_edge.i
            return not (m.start <= head.i < m.end) and not (t.left_edge.i <= m.start < t.right_edge.i + 1) \
                and not in_phrase
    return False


def _on_a_phrase_noun(doc, cue: _Cue) -> bool:
    """A one-word cue that is an adjective on the noun of a prepositional phrase ("with neglected children")."""
    t = doc[cue.start]
    return cue.end - cue.start == 1 and t.dep_ == "amod" and t.head.pos_ == "NOUN" and t.head.dep_ == "pobj"


def _on_a_noun_before(doc, cue: _Cue, m: Span) -> bool:
    """A one-word cue that is an adjective on a noun standing between it and the mention: its verdict is on
    that noun."""
    t = doc[cue.start]
    return cue.end - cue.start == 1 and t.dep_ == "amod" and t.head.pos_ == "NOUN" and t.i < t.head.i < m.start


def _is_about(doc, cue: _Cue, m: Span) -> bool:
    """The cue governs the mention through "about" or "over" ("raised concerns about the council's
    leadership"); not as a subject with a verdict of its own ("concerns about the safety of children are swiftly
    dealt with")."""
    for i in range(cue.start, cue.end):
        if doc[i].dep_ in ("nsubj", "nsubjpass"):
            continue
        for c in doc[i].children:
            if c.dep_ == "prep" and c.lower_ in ("about", "over", "regarding") \
                    and c.left_edge.i <= m.root.i <= c.right_edge.i:
                return True
    # "serious weaknesses in how children at risk were protected": a verdict on the way a thing is done, whatever
    # the words of the clause that says it
    if doc[cue.end - 1].pos_ == "NOUN" and _IN_HOW.match(doc[cue.end:m.start].text) and m.start > cue.end:
        return True
    return _praised_or_criticised(doc, cue, m)


_IN_HOW = re.compile(r"(in|about|with) (how|whether|the way)\b", re.I)


def _praised_or_criticised(doc, cue: _Cue, m: Span) -> bool:
    """A verb of praise or blame whose object holds the mention, with no other verb between them: "praised
    the borough's response to children at risk of exploitation" (the response is praised, whatever the
    risk's words say)."""
    verb = doc[cue.start]
    if cue.end - cue.start != 1 or verb.pos_ != "VERB" or verb.lower_ not in _rules(doc.vocab).verdict_verbs:
        return False
    tok = m.root
    for _ in range(8):
        if tok.head is tok or tok.dep_ not in ("dobj", "pobj", "prep", "compound", "amod", "conj", "poss"):
            return False
        tok = tok.head
        if tok.i == verb.i:
            return True
        if tok.pos_ in ("VERB", "AUX"):
            return False
    return False


def _describes_another(doc, cue: _Cue, m: Span) -> bool:
    """A one-word cue that is an adjective on a noun whose phrase does not hold the mention: "the quality of
    social work with neglected children had improved" (the children are neglected, not the work; not "weak
    management of child protection cases")."""
    if not _on_a_phrase_noun(doc, cue):
        return False
    head = doc[cue.start].head
    # the phrase hangs on the mention ("work with neglected children"; not the object of its verb: "the hub
    # provides an effective service")
    if not (m.start <= head.head.head.i < m.end):
        return False
    return not (head.left_edge.i <= m.start and m.end <= head.right_edge.i + 1) and not (m.start <= head.i < m.end)


def _said_before_now(doc, cue: _Cue, m: Span) -> bool:
    """A cue in a relative clause on the mention that dates itself ("caseloads, which inspectors criticised as
    'unmanageable' in 2017, are now ..."): the verdict of then, when the mention's own clause speaks of now."""
    for t in [doc[cue.start], *doc[cue.start].ancestors]:
        if t.dep_ == "relcl":
            if not (m.start <= t.head.i < m.end):
                return False
            clause = doc[t.left_edge.i:t.right_edge.i + 1]
            dated = any(is_year(w) for w in clause) \
                or any(w.lower_ in ("previously", "once", "formerly") for w in clause)
            return dated and any(c.lower_ == "now" for c in t.head.head.children)
    return False


def _befalls_fewer(doc, i: int) -> bool:
    """A concern said of a subject counted as fewer ("Fewer children are waiting", "fewer care leavers live in
    unsuitable homes"): the first subject up the parse from token i is "fewer ..."; or, whatever the parse, the
    words right before it ("so fewer children experience changes of social worker")."""
    if i >= 3 and doc[i - 1].lower_ in _UNDERGOING and any(t.lower_ == "fewer" for t in doc[max(0, i - 4):i - 1]):
        return True
    for t in [doc[i], *doc[i].ancestors]:
        subject = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            # ("very few are placed out of area"; not "a few")
            words = doc[subject.left_edge.i:subject.i + 1]
            return any(w.lower_ == "fewer" or w.lower_ == "few" and not (w.i > 0 and doc[w.i - 1].lower_ in ("a", "quite"))
                       for w in words)
    return False


_FIGURES = re.compile(r"(\d+(?:\.\d+)?) ?(?:per ?cent|%)[^.;]{0,40}?\b(?:compared with|compared to|against|from)"
                      r" (\d+(?:\.\d+)?) ?(?:per ?cent|%)", re.I)


def _figures_fall(text: str) -> bool:
    """Two shares set side by side, the first the lower: "make up 17 per cent of the workforce, compared with 31 per
    cent at the time of the previous inspection"."""
    m = _FIGURES.search(text)
    return m is not None and float(m.group(1)) < float(m.group(2))


_UNDERGOING = {"experience", "experienced", "experiences", "have", "had", "face", "faced", "suffer", "suffered"}


def _distance(cue: _Cue, start: int, end: int) -> int:
    if cue.end <= start:
        return start - cue.end
    if cue.start >= end:
        return cue.start - end
    return 0


def _remedied(doc, lo: int, hi: int, r) -> bool:
    """Work against the problem between lo and hi ("to reduce reliance on agency staff"), not asked for
    ("the report asked us to reduce our reliance on agency staff", "must address")."""
    for t in doc[lo:hi]:
        if t.lower_ in r.remedial and not any(x.is_punct for x in doc[t.i:hi]):
            # "had not tackled weaknesses", "never addressed the backlog": the work was not done
            if any(x.lower_ in r.negations for x in doc[max(0, t.i - 3):t.i]) or _work_denied(t):
                return False
            return not _asked(doc, t.i, r)
    return False


_ONLY_SOME = re.compile(r"\bonly\s+(\d+|a (few|minority|handful|third|quarter)|one in \w+|half|a small number)\b", re.I)


def _but_still(doc, segs, home, own: list[_Cue], r) -> bool:
    """A contrast after the mention's clause with no subject of its own ("..., but was still too high"), or with
    one that refers back ("..., but that is still too high", "..., but admitted it was still too high"), that
    gives a concern: the verdict on the same thing (not "but said that ...", another finding reported)."""
    later = next((g for g in segs if g.start >= home.end and doc[g.start].lower_ in ("but", "yet")), None)
    return later is not None and (_contrast_without_subject(doc, later, r) or _reported_back(doc, later, r) or (
        later.start + 2 < later.end and _back_reference(doc[later.start + 1])
        and doc[later.start + 2].lemma_ in ("be", "remain", "stay"))) \
        and any(c.label == CONCERN and later.start <= c.start < later.end for c in own)


def _back_reference(t) -> bool:
    """"it", "they", or "that"/"this" as a subject ("but admitted that was still far too high"; not "said that
    the ..."), or a quantity standing alone as one ("but too many remain 'descriptive rather than analytical'":
    a part of what the clause before speaks of; not "but too many young people wait")."""
    return t.lower_ in ("it", "they") or t.lower_ in ("that", "this") and t.dep_ in ("nsubj", "nsubjpass") \
        or t.lower_ in _PARTS and t.dep_ in ("nsubj", "nsubjpass")


_PARTS = {"many", "some", "most", "few", "several", "others", "half", "none"}


def _reported_back(doc, seg, r) -> bool:
    """A contrast that gives a new verdict on the same thing: "..., but the new report said it had 'not kept
    pace'", "..., but now they are manageable", "..., but admitted that was still far too high" (a verb of saying
    or finding, or "now", then "it", "they" or a subject "that")."""
    words = doc[seg.start:min(seg.end, seg.start + 8)]
    return any(_back_reference(t) and t.i > seg.start and (doc[t.i - 1].lower_ in r.finding_verbs
                                                                  or doc[t.i - 1].lower_ in r.speaking
                                                                  or doc[t.i - 1].lower_ in ("now", "today"))
               for t in words)  # (and "..., but now they are manageable")


def _contrast_without_subject(doc, seg, r) -> bool:
    """A clause opening "but" or "yet" with no subject of its own, said of what the clause before speaks of
    ("but was still too high"; not "but too many young people wait", nor "but said that ...")."""
    # (a reporting clause after a comma is no subject of its own: "but remains 'variable', inspectors found")
    return doc[seg.start].lower_ in ("but", "yet") and seg.start + 1 < seg.end \
        and doc[seg.start + 1].lower_ not in r.speaking and doc[seg.start + 1].pos_ in ("AUX", "VERB", "ADV", "PART") \
        and not any(t.dep_ in ("nsubj", "nsubjpass", "expl") and not _reporting_after_a_comma(doc, seg, t, r)
                    for t in doc[seg.start:seg.end])


def _reporting_after_a_comma(doc, seg, t, r) -> bool:
    return (t.head.lower_ in r.speaking or t.head.lower_ in r.finding_verbs) and t.head.i > t.i \
        and any(x.text == "," for x in doc[seg.start:t.i])


def _remedied_object(doc, cue: _Cue, r) -> bool:
    """The concern is in what a remedial verb acts on: "has significantly reduced the number of children who
    wait a long time to be adopted" (not when the work was not done, or is asked for)."""
    tok, passed_object = doc[cue.start], False
    for _ in range(6):
        if tok.head is tok:
            return False
        passed_object |= tok.dep_ in ("dobj", "nsubjpass")   # ("the backlog of assessments had been cleared")
        tok = tok.head
        if tok.lower_ in r.remedial and tok.pos_ == "VERB":
            # a negation of the verb, or of the one it is joined to ("had not identified or addressed a decline")
            return passed_object and not _work_denied(tok) and not _asked(doc, tok.i, r)
    return False


def _work_denied(verb) -> bool:
    """The remedial verb's work was not done: negated itself, or through the verb it is joined to ("had not
    identified or addressed a decline") or that it is the purpose of ("have not done enough to tackle high
    caseloads", "failed to reduce")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head
    if verb.dep_ == "conj" or verb.dep_ in ("xcomp", "advcl") and any(c.lower_ == "to" for c in verb.children):
        return any(c.dep_ == "neg" for c in head.children) or head.lemma_ in _FAILING
    return False


_FAILING = {"fail", "struggle", "neglect"}


def _asked(doc, i: int, r) -> bool:
    """The word at i is what someone asks for ("asked us to reduce", "must address", "needs to cut")."""
    for x in reversed(doc[max(0, i - 6):i]):
        if x.is_punct:
            return False  # "where practice needed to improve, and had reduced agency use": another clause
        if x.lower_ in r.asked_for and not (x.dep_ == "pobj" and x.head.lower_ == "in"):
            # ("children in need": no one's asking)
            # "told inspectors (that) their caseloads had come down": told what is, not asked for a change
            # ("told the council to reduce ...")
            return not (x.lower_ in _TELLING and not any(t.lower_ == "to" for t in doc[x.i + 1:i]))
    return False


_TELLING = {"told", "tell", "tells", "telling"}


def _flip(p: str) -> str:
    return STRENGTH if p == CONCERN else CONCERN


def _polarity(doc, sentence: Sentence, m: Span, kind: _Kind, cues: list[_Cue], r: _Rules,
              others: frozenset = frozenset()) -> str | None:
    """Concern, strength or None for mention m; `others`: where the sentence's other mentions start."""
    segs = clauses(sentence.span)
    home = next((s for s in segs if s.start <= m.start < s.end), segs[0])
    cue_tokens = {i for c in cues for i in range(c.start, c.end)}
    # (not an adjective on a noun of a phrase: "social work with neglected children had improved")
    # (nor one on a noun between it and the mention: "children who need urgent protection are seen quickly")
    concern_tokens = {i for c in cues if c.label == CONCERN and not _on_a_phrase_noun(doc, c)
                      and not _on_a_noun_before(doc, c, m) for i in range(c.start, c.end)}
    own = [c for c in cues if (c.end <= m.start or c.start >= m.end)
           and (c.label not in ("up", "down") or (_reaches(doc, c, m) and not _moves_another(doc, c, m, others)))
           and not _of_another_noun(doc, c, m) and not _said_before_now(doc, c, m) and not _describes_another(doc, c, m)]
    # (a pattern's mention may hold its own negation: "managers did not always record why ...")
    mention_negated = _negated(doc, m.start, home.start, r.negations, cue_tokens) \
        or any(t.lower_ in r.negations for t in m[1:])
    if r.recommendation.search(doc[sentence.span.start:m.start].text):
        return CONCERN  # "Inspectors asked us to make sure that return interviews are always prompt"
    heading = r.improvement_list.search(doc[sentence.span.start:m.start].text)
    if heading and not any(t.lower_ in _CONTRASTS for t in doc[sentence.span.start:m.start]
                           if t.idx - doc[sentence.span.start].idx >= heading.end()):
        return CONCERN  # "two areas where the council should improve: ...": what the list names is to improve

    if kind.default:
        # The phrase says it itself ("staff shortages"); only a negation or a fall/rise right by it turns it.
        p = kind.default
        # (not an adjective on another mention: "with low turnover and no agency social workers")
        near = [c for c in own if c.label in ("up", "down")
                and not (doc[c.end - 1].dep_ == "amod" and doc[c.end - 1].head.i in others)]
        if (kind.high_is_bad or _counted(m)) and (any(c.label == "down" and not _asked(doc, c.start, r) for c in near)
                                 or not near and _figures_fall(doc[m.end:home.end].text)):
            p = STRENGTH
        # a negation, or for a strength a concern cue right before it ("not always seen alone")
        if _negated(doc, m.start, home.start, r.negations, cue_tokens, concern_tokens if p == STRENGTH else frozenset(),
                    verdict=True, own=range(m.start, m.end)) or _instead_of(doc, sentence.span, m.start):
            p = _flip(p)  # (and what something was "rather than": "a record of tasks rather than reflective discussion")
        elif p == STRENGTH and _predicated(doc, m, [c for c in own if c.label == CONCERN and c.start >= m.end]):
            p = CONCERN  # "help before families reach crisis point is patchy": the verdict is on the phrase
        elif p == STRENGTH and _ONLY_SOME.search(doc[home.start:m.start].text):
            p = CONCERN  # "only 39 per cent of social workers felt valued": the few it holds for
        elif p == STRENGTH and _but_still(doc, segs, home, own, r):
            p = CONCERN  # "reliance on agency staff had fallen slightly ..., but was still too high"
        if p == CONCERN and (_remedied(doc, max(home.start, m.start - 7), m.start, r) or _befalls_fewer(doc, m.start)
                             or _counted(m) and _remedied_object(doc, _Cue(m.start, m.end, CONCERN), r)):
            p = STRENGTH  # "to reduce reliance on agency staff": work against the problem; "fewer children wait";
            # "reducing the number of children who have to live outside the county"
        return p

    def decide(pool: list[_Cue], seg_of, predicate: bool = False) -> str | None:
        if not pool:
            return None
        best = min(pool, key=lambda c: (_distance(c, m.start, m.end), c.label != CONCERN))
        p = _polarity_of(best, kind)
        if best.label in ("up", "down") and _asked(doc, best.start, r):
            return CONCERN  # "asked us to reduce our reliance on agency staff": a change still to make
        if p == CONCERN and (_remedied(doc, max(seg_of(best).start, best.start - 3), best.start, r)
                             or _remedied_object(doc, best, r)):
            return STRENGTH  # "tackling a lack of local homes": work against the problem
        ct = concern_tokens if p == STRENGTH else frozenset()
        negated = _negated(doc, best.start, seg_of(best).start, r.negations, cue_tokens, ct, verdict=True)
        if negated:
            p = _flip(p)
        elif p == CONCERN and best.label == CONCERN and _befalls_fewer(doc, best.start):
            p = STRENGTH  # "fewer children are now waiting for a permanent home": the trouble shrinks
        complement = predicate and any(doc[i].dep_ in ("acomp", "attr", "oprd") for i in range(best.start, best.end))
        if p == STRENGTH and mention_negated and not complement \
                and not (negated and (_in_a_nothing(m) or _one_phrase(doc, best, m))):
            # (a complement said of the mention carries its own negation: "practice was not poor"; so does
            # the verb of a subject that is nothing: "no adoption placement has broken down")
            p = CONCERN
        return p

    seg_for = lambda c: next(s for s in segs if s.start <= c.start < s.end)  # noqa: E731
    if m.text.lower() in r.judged_only_nearby:
        # a partnership is judged only by a word said of it, right by it or governing it ("strong partnerships",
        # "the partnership is effective", "praised the partnerships"), not by the failures it was set up to mend
        governing = {a.i for a in list(m.root.ancestors)[:4]}  # "praised ... the partnerships involved"
        return decide([c for c in own if _distance(c, m.start, m.end) <= 1 or _predicated(doc, m, [c])
                       or any(i in governing for i in range(c.start, c.end))], seg_for, predicate=True)
    # "Although caseloads have fallen, (Ofsted said) they remain too high": the main clause speaks of the
    # same thing
    following = [s for s in segs if s.start >= home.end]
    first = doc[following[0].start:min(following[0].end, following[0].start + 4)] if following else []
    if home.concessive and following and (first[0].lower_ in _BACK_REFERENCES or (
            any(t.lower_ in _BACK_REFERENCES for t in first) and _subject_holding(m) is not None)):
        main = following[0]
        p = decide([c for c in own if main.start <= c.start < main.end], seg_for)
        if p:
            return p
    # "supervision is regular, but does not always challenge": a contrast with no subject of its own
    # is said of the same thing, and it is the verdict
    after = next((s for s in segs if s.start == home.end), None)
    if after is not None and doc[after.start].lower_ not in ("but", "yet"):
        # "had fallen slightly following the new rules in 2024, but was still too high": past a clause that
        # names no other mention
        later = next((s for s in segs if s.start > home.end and doc[s.start].lower_ in ("but", "yet")), None)
        if later is not None and not any(home.end <= i < later.start for i in others):
            after = later
    if after is not None and (_contrast_without_subject(doc, after, r) or (
            doc[after.start].lower_ in ("but", "yet") and after.start + 1 < after.end
            and (doc[after.start + 1].lower_ == "this" or _back_reference(doc[after.start + 1])
                 or doc[after.start + 1].lower_ in ("too", "far", "so") and after.start + 2 < after.end
                 and _back_reference(doc[after.start + 2]) or _reported_back(doc, after, r)))) \
            and not any(after.start <= i < after.end for i in others):
        p = decide([c for c in own if after.start <= c.start < after.end], seg_for)
        if p:
            return p
    # a verdict about the mention ("raised concerns about the council's leadership, saying improvement had
    # been too slow") is said of it, whatever words come nearer
    about_it = [c for c in own if c.end <= m.start and _is_about(doc, c, m)]
    if about_it:
        p = decide(about_it, seg_for)
        if p:
            return p
    # the verdict said of the mention by its own verb or complement ("Caseloads, which were too high three
    # years ago, have come down") goes before the other words of its clause
    said = [c for c in own if c.start >= m.end and _predicated(doc, m, [c])]
    if said:
        p = decide(said, seg_for, predicate=True)
        if p:
            return p
    p = decide([c for c in own if home.start <= c.start < home.end], seg_for)
    if p:
        return p
    if doc[home.start].lower_ in ("despite", "notwithstanding"):
        return CONCERN  # "a 'good' verdict despite ongoing issues with turnover"
    if _ONLY_SOME.search(doc[home.start:m.start].text):
        # "Only 41 per cent of initial assessments were completed within ...": the few it holds for (for a thing
        # whose numbers are bad, a few is good: "only 3 per cent of referrals were re-referrals")
        return STRENGTH if kind.high_is_bad else CONCERN
    if any((t.lower_ in r.negations and t.i not in cue_tokens or t.dep_ == "neg") and not _in_another_relative(t, m)
           for t in doc[home.start:home.end]):
        return CONCERN  # (not "children who cannot return home have plans ...": a negation describing them)
    if doc[home.start].lower_ in _CONTRAST_WORDS and not (home.start + 1 < home.end and doc[home.start + 1].lower_ == "also"):
        # (not "not just ..., but also ...": more of the same)
        # a contrast with no verdict of its own turns the one before it: "praised a settled workforce, but warned
        # that some child protection plans ...", "pointed to a shortage of foster homes, but said leaders ..."
        before = decide([c for c in own if c.start < home.start and not seg_for(c).concessive], seg_for)
        if before:
            return _flip(before)
    others = [c for c in own if not seg_for(c).concessive and not (home.start <= c.start < home.end)]
    return decide(others, seg_for)


def _in_another_relative(t, m: Span) -> bool:
    """Token t is in a relative clause describing a clause's subject, one that does not hold mention m ("children
    who cannot return home have plans ..."; not "living in accommodation that is not suitable", the verdict)."""
    for a in [t, *t.ancestors]:
        if a.dep_ == "relcl":
            if a.left_edge.i <= m.start and m.end - 1 <= a.right_edge.i:
                return False
            noun = a.head
            for x in [noun, *noun.ancestors]:
                if x.dep_ in ("nsubj", "nsubjpass"):
                    return True
                if x.pos_ in ("VERB", "AUX"):
                    return False
            return False
    return False


# Gazetteer labels (kg.pipeline) of organisations and providers named in full.
_NAMED_BODIES = {"KNOWN_ORG", "PROVIDER"}


def _named_body_tokens(doc) -> frozenset[int]:
    """The tokens of the document's organisations' names, found once per document (each sentence asking the
    document for its entities would build them all again)."""
    named = doc.user_data.get(_NAMED_TOKENS)
    if named is None:
        named = doc.user_data[_NAMED_TOKENS] = frozenset(
            # (and the model's organisations named as companies are: "Brightwater Family Placements Ltd")
            [t.i for e in doc.ents if e.label_ in _NAMED_BODIES or e.label_ == "ORG" and e[-1].text in COMPANY_SUFFIXES
             for t in e] + _titled_names(doc))
    return named


_NAME_GLUE = {"and", "of", "for", "the", "&", "'s", "’s", "-"}


def _titled_names(doc) -> list[int]:
    """The tokens of names written in capitals that end in a word for an initiative, a hub or a forum ("Missing and
    Exploitation Hub", "Care Leavers' Forum", "the Family Help programme"; issues.yaml `name_tails`): at least two
    capitalised words, not counting the first of a sentence. (A team's name is a finding's place: "improvements
    in the Children and Young People Disability team".)"""
    tails = _name_tails()
    out: list[int] = []
    run: list[int] = []
    for t in [*doc, None]:
        if t is not None and (t.is_title or (run and t.lower_ in _NAME_GLUE)) and not t.is_sent_start:
            run.append(t.i)
            continue
        while run and doc[run[-1]].lower_ in _NAME_GLUE:
            run.pop()
        capitals = [i for i in run if doc[i].is_title]
        if len(capitals) >= 2:
            if doc[run[-1]].lower_ in tails:
                out += run
            elif t is not None and t.lower_ in tails and t.is_lower:
                out += run + [t.i]    # "the Family Help programme"
        run = []
    return out


@lru_cache(maxsize=1)
def _name_tails() -> frozenset[str]:
    return frozenset(w.lower() for w in load_yaml("issues.yaml")["name_tails"])


_NAMED_TOKENS = "caregraph.named_body_tokens"


def _mentions_past_quotes(doc, sub: Span, r: _Rules) -> list[Span]:
    """The phrases a writer's quotation marks break ('staff feel "well supported and valued"'), as the patterns
    allow them (_quote_tolerant): matched on the span's words without its quotation marks (no parse, only the
    words), and given back as spans of the document."""
    kept = [t.i for t in sub if not t.is_quote]
    if len(kept) == len(sub):
        return []
    plain = Doc(doc.vocab, words=[doc[i].text for i in kept])
    out = []
    for sp in r.mentions(plain, as_spans=True):
        start, end = kept[sp.start], kept[sp.end - 1] + 1
        if any(doc[k].is_quote for k in range(start, end)):
            out.append(Span(doc, start, end, label=sp.label_))   # (one the quotes do not break is found already)
    return out


_PHRASES = "caregraph.issue_phrases"


def _phrase_mentions(doc, span: Span, r: _Rules) -> list[Span]:
    """The issue phrases within span, from one PhraseMatcher pass over the whole document (kept in its user_data):
    a phrase has no context, so those inside a sentence are what matching the sentence alone finds, at a fraction
    of the cost of a call per sentence."""
    found = doc.user_data.get(_PHRASES)
    if found is None or found[0] is not r.mentions:
        # (a stable sort by start: matches at one start keep the matcher's order, as a call on the sentence gives)
        matches = sorted(((s, e, label) for label, s, e in r.mentions(doc)), key=lambda m: m[0])
        found = (r.mentions, matches, [s for s, _, _ in matches])
        doc.user_data[_PHRASES] = found
    _, matches, starts = found
    out = []
    for s, e, label in matches[bisect_left(starts, span.start):bisect_left(starts, span.end)]:
        if e <= span.end:
            out.append(Span(doc, s, e, label=label))
    return out


def _mentions(doc, span: Span, r: _Rules, names: set[int] | None = None) -> list[tuple[Span, _Kind]]:
    """Issue mentions in span; the tokens of names that are not mentions (teams, framework judgement
    names, cohorts) go into `names`, so that their words are not taken as cues either."""
    sub = doc[span.start:span.end]
    spans = _phrase_mentions(doc, span, r) + r.patterns(sub) + _mentions_past_quotes(doc, sub, r)
    # words of an organisation's name are no finding ("Association of Directors of Children's Services")
    named = _named_body_tokens(doc)
    # a not-mention swallows the mentions inside it, not one it only overlaps: "disabled children in
    # need of help and protection" keeps "disabled children"
    blank = [sp for sp in spans if r.kinds[sp.label_].issue == _NONE]
    issues = [sp for sp in spans if r.kinds[sp.label_].issue != _NONE]
    kept = filter_spans(issues)
    # a phrase of two issues keeps both ("seen regularly and alone": visits and children's voice)
    bounds = {(sp.start, sp.end): sp.label_ for sp in kept}
    kept += [sp for sp in issues if bounds.get((sp.start, sp.end), sp.label_) != sp.label_
             and r.kinds[sp.label_].issue != r.kinds[bounds[(sp.start, sp.end)]].issue]
    kept = [sp for sp in kept if not any(n.start <= sp.start and sp.end <= n.end for n in blank)]
    out = []
    for sp in sorted(filter_spans(blank) + kept, key=lambda sp: (sp.start, sp.end)):
        if sp.start in named:
            if names is not None:
                names.update(range(sp.start, sp.end))
            continue
        kind = r.kinds[sp.label_]
        if (kind.issue == _NONE or kind.name) and names is not None:
            names.update(range(sp.start, sp.end))
        if kind.issue == _NONE:
            continue
        if sp.start > span.start and doc[sp.start - 1].lower_ in r.other_owners:
            continue
        topic = r.topic.search(doc[max(span.start, sp.start - 10):sp.start].text) \
            or r.topic_before.search(doc[span.start:sp.start].text + " ")
        if topic and not (_RATING_WORDS | r.finding_verbs) & set(re.findall(r"\w+", topic.string[topic.end():].lower())) \
                and not any(t.lower_ in r.finding_verbs and t.i + 1 < span.end and doc[t.i + 1].lower_ in _BACK_TO_IT
                            for t in doc[sp.end:span.end]):
            continue  # what an inspection looked at, not what it found (not "the areas inspectors looked at
            # were judged good: the help and protection of children, ...", nor "looked at caseloads and found
            # them too high": what was found of it)
        if (kind.issue == "child-voice" and _heard_adults(sp, _ADULTS)) \
                or (kind.issue == "morale" and _heard_adults(sp, _FAMILY)):
            continue  # "parents said they felt listened to", "foster carers do not feel listened to": not children
        if kind.issue == "morale" and _said_by_children(sp):
            # "young people told inspectors they felt listened to": children's voice, not staff morale
            if not any(t.lower_ in ("listened", "heard") for t in sp):
                continue
            kind = _Kind("child-voice", STRENGTH, False)
        if _speaks(sp, r) and kind.issue not in _COHORTS:
            continue  # "council leaders have warned ...": who speaks, not what was found (but "care leavers
            # told inspectors they felt supported" is of the help they get)
        listing = r.area_list.search(doc[span.start:sp.start].text)
        if listing and not any(t.lower_ in _RATING_WORDS for t in doc[span.start:sp.start]
                               if t.idx - span.start_char >= listing.end()):
            continue  # an area the inspection judges, listed before any verdict on it (one given before the list,
            # "a 'good' rating for three of the four areas - ...", is on the areas, not on what they name)
        if r.known_object.search(doc[max(span.start, sp.start - 10):sp.start].text + " "):
            continue  # "a clear understanding of the quality of practice": what leaders know
        if kind.issue == "funding" and sp[-1].lower_.startswith("spen") and any(
                t.lower_ in r.time_words for t in doc[max(span.start, sp.start - 4):min(span.end, sp.end + 3)]):
            continue  # "the time they could spend with families"
        if kind.issue == "multi-agency" and _with_a_council(doc, sp, span):
            continue  # "a formal partnership with Leeds City Council": councils together, not agencies
        if kind.issue == "staff-skills" and any(t.lower_ in r.recruiting for t in doc[max(span.start, sp.start - 4):sp.start]):
            kind = r.kinds["workforce-capacity|None|0"]  # "attract skilled social workers": recruitment
        if len(sp) == 1 and sp.text.lower() in r.noun_only and sp[0].pos_ not in ("NOUN", "PROPN"):
            continue  # "we demand the very best": a verb, not the demand on services
        if kind.issue == "workforce-capacity" and sp[-1].lower_ in r.recruiting \
                and any(t.lower_ in r.senior_posts for t in doc[sp.end:min(span.end, sp.end + 9)]):
            continue  # recruiting one senior post or advisers, not the workforce
        out.append((sp, kind))
    # "investment in early help", "funding for care leavers": about what is funded
    return [(sp, kind) for sp, kind in out if not (
        kind.issue == "funding" and kind.default != "concern"
        and any(o.start > sp.end and o.start - sp.end <= 3 and doc[sp.end].lower_ in ("in", "on", "for", "into")
                for o, k in out if k.issue != "funding")) and not _among(doc, sp, kind, out, r)
            and not _brought_about(sp, kind, out, r) and not _cohort_of_another(sp, kind, out)
            and not _care_leavers_homes(sp, kind, out)]


# Where a care leaver lives, not a home the council places a child in ("bed and breakfasts", "hostels").
_LODGINGS = ("accommodation", "bed and breakfast", "bed-and-breakfast", "b&b", "hotel", "hostel")


def _care_leavers_homes(sp: Span, kind: _Kind, out: list) -> bool:
    """Accommodation said of care leavers is their help, not the council's homes for children in care ("some older
    care leavers did not receive enough help to find and keep suitable accommodation")."""
    # (not where the council placed them: "care leavers had been placed in unsuitable accommodation")
    return kind.issue == "placements" and any(w in sp.text.lower() for w in _LODGINGS) and any(
        k.issue == "care-leavers" and o.start < sp.start for o, k in out) and not any(
        t.lower_ in ("placed", "placing", "place", "places") for t in sp.doc[max(0, sp.start - 4):sp.start])


def _brought_about(sp: Span, kind: _Kind, out: list, r: _Rules) -> bool:
    """Practice that a verb of bringing about gives as the effect of another mention, its subject ("management
    oversight does not lead to practice improvement", "supervision supports reflective practice")."""
    if kind.issue != "practice-quality" or "practice" not in (sp[-1].lower_, sp.root.lower_):
        return False
    for t in sp.root.ancestors:
        if t.pos_ in ("VERB", "AUX") and t.lower_ in r.effect_verbs:
            subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
            return any(c.left_edge.i <= o.start <= c.right_edge.i for c in subjects for o, k in out
                       if k.issue != kind.issue)
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False


def _cohort_of_another(sp: Span, kind: _Kind, out: list) -> bool:
    """A cohort that only says whom another mention in its relative clause is about: "care leavers who need
    help with their mental health find it difficult to get" (mental health, not the help care leavers get)."""
    if kind.issue not in _COHORTS or kind.default:
        return False
    verb = sp.root.head
    # (not when its own clause says more of it: "care leavers who live in unsuitable homes are not visited")
    own_clause = [t.i for t in verb.subtree if not any(a.dep_ == "conj" and a.head.i == verb.i
                                                       for a in [t, *t.ancestors] if a.i != verb.i)]
    lo_cohort, hi_cohort = sp.root.left_edge.i, sp.root.right_edge.i
    if any(o.start in own_clause and not lo_cohort <= o.start <= hi_cohort for o, k in out if o.start != sp.start):
        return False
    for c in sp.root.children:
        if c.dep_ in ("relcl", "acl"):
            lo, hi = c.left_edge.i, c.right_edge.i
            # (not accommodation said of care leavers, which is theirs: "care leavers living in unsuitable
            # accommodation", _care_leavers_homes)
            if any(lo <= o.start <= hi and k.issue != kind.issue and k.issue not in _COHORTS
                   and not _care_leavers_homes(o, k, out) for o, k in out):
                return True
    return False


def _among(doc, sp: Span, kind: _Kind, out: list, r: _Rules) -> bool:
    """A population noun that only says whom another mention is found among: "morale across the workforce",
    "training for the whole workforce" (not "the workforce is more stable")."""
    if sp.root.lower_ not in r.population or sp.root.dep_ != "pobj" or len(sp) > 2 or kind.default:
        return False  # (a mention with a verdict of its own stays: "left at risk of poor practice")
    prep = sp.root.head
    if prep.dep_ != "prep":
        return False  # "invested in training and in the workforce": a second object, not a population
    # (or right after it, where the parse hangs the phrase on the verb: "found morale across the workforce ...")
    return any(o.start <= prep.head.i < o.end or o.end == prep.i for o, k in out
               if o.start != sp.start and k.issue != kind.issue)


_COUNCIL_WORDS = {"council", "councils", "authority", "authorities", "borough", "boroughs"}


def _with_a_council(doc, sp: Span, span: Span) -> bool:
    """A partnership whose partner is a council: "partnership with Leeds City Council", "partnered with a
    neighbouring authority"."""
    if doc[sp.end - 1].lower_ not in ("partnership", "partnerships", "partner", "partners", "partnered"):
        return False
    after = doc[sp.end:min(span.end, sp.end + 5)]
    if not len(after) or after[0].lower_ not in ("with", "between"):
        return False
    return any(t.ent_type_ == "COUNCIL" or t.lower_ in _COUNCIL_WORDS for t in after[1:])


_COHORTS = {"care-leavers", "disabled-children"}
_CHILDREN_WORDS = {"children", "child", "people", "leavers", "youngsters", "teenagers", "families", "parents", "carers"}


def _said_by_children(sp: Span) -> bool:
    """The mention is in what children, young people or families said or felt ("young people told
    inspectors they felt listened to", "care leavers feel well supported")."""
    return _whose(sp) in _CHILDREN_WORDS


def _whose(sp: Span) -> str | None:
    """The subject the mention is said of: the first one, going up from it, that is no pronoun ("they felt listened
    to", after "Parents said": parents)."""
    for t in [sp.root, *sp.root.ancestors]:
        for subj in (c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subj.lower_ == "who" and t.dep_ == "relcl":
                return t.head.lower_  # "relationships with young people, who told inspectors ...": young people
            if subj.lower_ not in ("they", "them", "who"):
                return subj.lower_
    return None


_FAMILY = {"parents", "carers", "families", "grandparents"}
_ADULTS = _FAMILY | {"staff", "workers", "professionals", "partners", "managers"}


def _heard_adults(sp: Span, adults: set[str]) -> bool:
    """Being listened to or heard is said of adults ("parents said they felt listened to"), not children (not
    who listens: "social workers listen to children's views")."""
    nxt = sp.doc[sp.end] if sp.end < len(sp.doc) else None
    if sp[-1].lower_ == "to" and sp[0].lower_.startswith("listen") and len(sp) > 2:
        # "listened carefully to what parents said", "listened closely to their carers": whom it is to
        return any(t.lower_ in adults for t in sp.doc[sp.end:min(len(sp.doc), sp.end + 3)])
    if not sp.text.lower().endswith(("listened to", "heard")) or (nxt is not None and nxt.is_alpha and nxt.lower_ != "by"):
        return False
    return _whose(sp) in adults


def _speaks(sp: Span, r: _Rules) -> bool:
    """The mention is the subject of an active verb of saying, or of one whose complement is ("began to
    report")."""
    head = sp.root
    if head.dep_ != "nsubj" or any(c.dep_ == "auxpass" for c in head.head.children):
        return False   # "leaders are said to have a clear vision": what is reported of them
    verb = head.head
    verbs = [verb] + [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    # "leaders had not responded quickly enough": denied or done in a manner, the verb is an action, not speech
    if any(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ in r.manner for c in verb.children):
        return False
    return any(v.lower_ in r.speaking for v in verbs)   # the pipeline has no lemmatizer: forms are listed


def _verb_forms(verbs) -> frozenset:
    """Each verb with its regular forms (warn: warns, warned, warning; argue: argues, argued, arguing; admit:
    admitted, admitting - a doubled last consonant is offered wherever English may double it)."""
    out = set()
    for v in (w.lower() for w in verbs):
        stem = v[:-1] if v.endswith("e") else v
        out |= {v, v + "s", stem + "ed", stem + "ing"}
        if re.search(r"[^aeiou][aeiou][bcdfgklmnprstvz]$", v):
            out |= {v + v[-1] + "ed", v + v[-1] + "ing"}
    return frozenset(out)


_RATING_WORDS = {"inadequate", "good", "outstanding", "requires", "require", "required", "requiring"}
# Words after a verb of finding that take up what was looked at ("looked at caseloads and found them too high").
_BACK_TO_IT = {"it", "them", "this", "these", "they", "that"}


def _cues(doc, span: Span, r: _Rules) -> list[_Cue]:
    """Cue words of the sentence; a previous rating ("up from requires improvement", "had improved since the
    services were judged 'requires improvement'") is not one."""
    out = [c for c in _all_cues(doc, span, r)
           if not (doc[c.start].lower_ in _RATING_WORDS and _earlier_grade(doc, span, c.start))
           # (a record kept is no record level: "supervision notes were a record of tasks")
           and not (c.end - c.start == 1 and doc[c.start].lower_ == "record" and c.end < len(doc)
                    and doc[c.end].lower_ in ("of", "keeping"))]
    # what something was "rather than" or "instead of" is what it lacked: "a record of tasks rather than reflective
    # discussion" is a concern
    # (and a strength said to be too much is a fault: "too focused on the services available", "too positive")
    return [_Cue(c.start, c.end, CONCERN) if c.label == STRENGTH and (_instead_of(doc, span, c.start)
                                                                      or _too_much(doc, span, c.start)) else c
            for c in out]


def _too_much(doc, span: Span, i: int) -> bool:
    k = i - 1
    while k > span.start and doc[k].is_quote:
        k -= 1
    return k >= span.start and doc[k].lower_ == "too" and doc[k].dep_ == "advmod" and doc[k].head.i >= i


def _instead_of(doc, span: Span, i: int) -> bool:
    words = [t.lower_ for t in doc[max(span.start, i - 2):i] if not t.is_quote]
    return words[-2:] in (["rather", "than"], ["instead", "of"])


def _earlier_grade(doc, span: Span, i: int) -> bool:
    """The grade at token i is where a change started: "from" just before it, or a rating verb just before
    it in a clause opened by "since"."""
    if any(t.lower_ == "from" for t in doc[max(span.start, i - 3):i]):
        return True
    k = i - 1
    while k > span.start and doc[k].is_quote:
        k -= 1
    return doc[k].lower_ in ("judged", "rated", "graded") and \
        any(t.lower_ == "since" for t in doc[max(span.start, k - 10):k])


_UNDER = re.compile(r"\bunder\s", re.I)
_ABOUT_A_FIGURE = {"just", "only", "around", "about", "under", "below", "less", "fewer", "roughly", "nearly", "almost"}


def _all_cues(doc, span: Span, r: _Rules) -> list[_Cue]:
    spans = []
    label = {}
    for mid, s, e in r.cues(doc[span.start:span.end]):
        sp = doc[s:e]
        label[(sp.start, sp.end)] = doc.vocab.strings[mid]
        if len(sp) >= 2 and sp[-1].lower_ == "to" and sp[-2].lower_ == "down" and sp.end < span.end and (
                doc[sp.end].like_num or doc[sp.end].lower_ in _ABOUT_A_FIGURE):
            label[(sp.start, sp.end)] = "down"  # "is down to 12 per cent" is a fall, not "is down to (because of)"
        spans.append(sp)
    # "our use of agency social workers is under 4 per cent": a low figure ("under pressure" is none); the text is
    # searched first, as a pass over the sentence's tokens costs more than the rest
    for m in _UNDER.finditer(doc_text(doc), span.start_char, span.end_char):
        under = doc.char_span(m.start(), m.start() + 5)
        if under is not None and under.end < span.end and doc[under.end].like_num:
            label[(under.start, under.end)] = "down"
            spans.append(under)
    return [_Cue(sp.start, sp.end, label[(sp.start, sp.end)]) for sp in filter_spans(spans)
            if label[(sp.start, sp.end)] != "neutral"]


def _targets(ctx: ArticleContext, sentence: Sentence, token_i: int, generic: re.Pattern) -> list:
    refs = [r for r in about(ctx, sentence, token_i, generic, general_clause=True) if not named_in_passing_only(ctx, r)]
    owner = possessor(ctx, token_i, refs) if len(refs) >= 2 else None
    return [owner] if owner is not None else refs or [None]


def extract_findings(ctx: ArticleContext) -> list[Finding]:
    # in an article about another service, only a sentence that grades the council's children's services by name
    # speaks of them ("... rated Devon County Council's children's services inadequate, citing weak management
    # oversight of child protection work")
    r = _rules(ctx.doc.vocab)
    doc = ctx.doc
    found: dict[tuple, Finding] = {}
    weight: dict[int, float] = {}
    own, another = _own_voice(ctx, r)
    listed = _list_tones(ctx, r)
    unnamed = _of_an_unnamed_council(ctx)
    measured: set[tuple] = set()   # findings of a workforce measure in a council's own voice
    for k, sentence in enumerate(ctx.sentences):
        if not (ctx.in_scope or sentence.ours) or r.reader_address.match(sentence.text):
            continue  # (nor a sentence speaking to the page's reader: "If you are interested in a career ...")
        names: set[int] = set()
        mentions = _mentions(doc, sentence.span, r, names)
        if any(kind.issue == "covid-impact" for _, kind in mentions) and r.inspection_paused.search(sentence.text):
            # "publication was delayed while Ofsted paused its routine work because of the pandemic": the pandemic as
            # the time inspections stopped
            mentions = [(m, kind) for m, kind in mentions if kind.issue != "covid-impact"]
        if any(kind.issue == "exploitation" for _, kind in mentions):
            # "agencies work together to protect children from exploitation", "children at risk of criminal
            # exploitation are ... well protected": protection from exploitation is exploitation's
            mentions = [(m, kind) for m, kind in mentions
                        if not (kind.issue == "child-protection" and m.text.lower() in r.bare_protection)]
        if k in own:
            # what a council's own people say of it is not an inspection finding, but a measure they state is
            mentions = [(m, kind) for m, kind in mentions if _measured(sentence, kind, r)]
        if not mentions or sentence.off_scope:
            continue
        cues = [c for c in _cues(doc, sentence.span, r) if c.start not in names]
        starts = frozenset(m.start for m, _ in mentions)
        conceded, asserted = set(), set()   # keys found in a concessive clause, and in the others
        # a phrase that says its own polarity keeps to itself a word that says the other ("the early help offer
        # means families get support before their difficulties escalate": no difficulty of early help's)
        held = {i: (m.start, k.default) for m, k in mentions if k.default for i in range(m.start, m.end)}
        all_cues = cues
        # what a clause of an earlier time says, set against the same issue now, is then's
        then = {m.start for m, _ in mentions if _of_then(ctx, sentence, m)}
        now = {k.issue for m, k in mentions if m.start not in then}
        for m, kind in mentions:
            others = starts - {m.start}
            cues = [c for c in all_cues if c.start not in held or held[c.start][0] == m.start
                    or c.label not in (CONCERN, STRENGTH) or held[c.start][1] == c.label]
            if k in listed:
                # an item of a list: its own words (a fall right by a phrase that is a concern by itself:
                # "our use of agency social workers has fallen"), else the tone the list was introduced with;
                # in a list of what must improve, an item's aim ("..., so that fewer children are placed far
                # away") and what it measures ("how quickly children are found a home") are no verdict
                own_cues = [c for c in cues if c.label in (CONCERN, STRENGTH) or kind.default and _reaches(doc, c, m)]
                if listed[k] == CONCERN and _AIMS.search(doc[sentence.span.start:m.start].text):
                    pol = CONCERN   # the aim of what must improve: "so that children do not experience changes"
                else:
                    if listed[k] == CONCERN:
                        own_cues = [c for c in own_cues if not _aim_or_measure(doc, sentence.span, c)]
                    pol = _polarity(doc, sentence, m, kind, own_cues, r, others) or listed[k]
            else:
                pol = _polarity(doc, sentence, m, kind, cues, r, others)
            if pol is None or (pol == STRENGTH and _hypothetical(sentence, m)):
                continue  # "we will see improvements": a hope, not a finding
            if subject_named_in_passing(ctx, m.root.i) or relative_to_passing(ctx, sentence, m.root.i):
                continue  # "neighbouring Cornwall ... spends around half as much", "the one sent to Blackpool, which
                # found ...": a comparison's, nobody's
            if m.start in then and kind.issue in now:
                continue  # "more settled than at the last inspection in 2022, when turnover was criticised"
            if _graded_service(doc, m):
                continue  # "its child protection services were rated inadequate by Ofsted in 2010": a grade of the
                # service, which judgements tell, no finding
            if _counted_from(doc, sentence, m):
                continue  # "rated outstanding, a decade after the town's failure to protect children ...": the
                # event the time is counted from, no finding of now
            if _intended(sentence, m, r) and not _asked_by_inspectors(doc[sentence.span.start:m.start].text, r):
                continue  # "the council hopes to halve its use of agency staff": a plan, not a finding
            if pol not in r.polarities.get(kind.issue, (CONCERN, STRENGTH)):
                continue  # "referrals were on the decrease": demand is raised only as a pressure
            kept_in = conceded if clause_of(sentence, m.start).concessive else asserted
            for ref in _targets(ctx, sentence, m.start, r.generic):
                if ref is None and unnamed:
                    continue  # of "the council" the text never names: no finding of the sector's
                if ref is not None and k in another:
                    continue
                key = (ref, kind.issue, pol, sentence.evidence.start)
                found.setdefault(key, Finding(about=ref, issue=kind.issue, polarity=pol,
                                              evidence=sentence.evidence))
                kept_in.add(key)
                if k in own:
                    measured.add(key)
                weight[sentence.evidence.start] = _PAST_WEIGHT if _about_the_past(ctx, sentence) else 1.0
        for key in conceded - asserted:
            # "despite its financial difficulties, leaders have protected investment": the sentence's verdict on
            # the issue is its main clause's, not what it concedes
            if (key[0], key[1], _flip(key[2]), key[3]) in asserted:
                del found[key]
    # a council's own figures add to the reporting, and do not answer what the inspection found of the same thing
    # ("Ofsted said high caseloads had led to delays ... the director said average caseloads had fallen")
    reported = {(key[0], key[1]) for key in found if key not in measured}
    for key in measured:
        if (key[0], key[1]) in reported and key in found:
            del found[key]
    return _resolve(list(found.values()), weight, ctx)


_GRADING_VERBS = {"rated", "judged", "branded", "graded", "deemed", "labelled", "labeled"}
_GRADES = {"inadequate", "good", "outstanding", "requires", "require", "requiring", "improvement"}


def _graded_service(doc, m: Span) -> bool:
    """The mention names a service that a verb of grading gives a grade ("The council's child protection services
    were first branded 'inadequate'", "safeguarding and looked after children's services were rated 'outstanding'"):
    the service's grade, not a finding on it."""
    head = doc[m.end] if m.end < len(doc) and doc[m.end].lower_ in ("service", "services") else m.root
    while head.lower_ not in ("service", "services") and head.dep_ in ("compound", "amod", "poss", "conj") \
            and head.head.i != head.i:
        head = head.head
    if head.lower_ not in ("service", "services") or head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = head.head
    return verb.lower_ in _GRADING_VERBS and any(
        t.lower_ in _GRADES for t in doc[verb.i + 1:min(len(doc), verb.i + 5)])


# a council's own page speaking of itself: "our children's services", "our frontline teams", "our own audits"
_OUR_SERVICE = re.compile(r"\bour (own |frontline |children'?s |social care )?(services?|social workers|teams|staff|"
                          r"audits?|council|authority|children in care|care leavers|foster carers)\b", re.I)
_ONE_COUNCIL = re.compile(r"\bthe (council|local authority|authority|royal borough|borough council|county council|"
                          r"city council|borough|county)\b", re.I)


def _of_an_unnamed_council(ctx: ArticleContext) -> bool:
    """The article speaks of one council ("the council", "the Royal Borough", "our children's services") and
    names none (a council's own page read without its address): what it finds is that council's, whoever it
    is, not the sector's."""
    if ctx.subjects or any(e.ref.kind in ("council", "provider") for e in ctx.entities):
        return False
    text = doc_text(ctx.doc)
    # (not a story of councils in general, where "how well the council knows itself" is any council)
    one = len(_ONE_COUNCIL.findall(text))
    return (one >= 2 and one > len(_MANY_COUNCILS.findall(text))) or len(_OUR_SERVICE.findall(text)) >= 2


_MANY_COUNCILS = re.compile(r"\b(councils|local authorities|authorities)\b", re.I)


_OPENING_QUOTES = ("“", "‘", '"', "'")


_MODALS = {"will", "would", "could", "might", "'ll", "’ll"}


def _intended(sentence: Sentence, m: Span, r: _Rules) -> bool:
    """The mention's clause tells what someone hopes, plans or aims to do."""
    c = next((c for c in clauses(sentence.span) if c.start <= m.start < c.end), None)
    if c is None:
        return False
    doc = sentence.span.doc
    lo = doc[c.start].idx
    for found in r.intention.finditer(doc[c.start:m.start].text):
        word = doc.char_span(lo + found.start(), lo + found.start(1) + len(found.group(1)), alignment_mode="expand")
        if word is not None and word[0].pos_ in ("VERB", "AUX"):
            return True  # "Torbay hopes to halve ...", not "the budget includes plans to close ..."
    return False


def _asked_by_inspectors(before: str, r: _Rules) -> bool:
    """What inspectors want is what they ask for ("inspectors want to see quicker decisions"): what is lacking."""
    return bool(r.recommendation.search(before) and r.inspection_voice.search(before))


def _hypothetical(sentence: Sentence, m: Span) -> bool:
    """The mention's clause is about what will or would be, not what inspectors found."""
    c = next((c for c in clauses(sentence.span) if c.start <= m.start < c.end), None)
    if c is None:
        return False
    # not the modal of another verb joined to one the mention hangs on ("they trusted their advisers and could
    # contact them": what they could do, beside what they did), nor of a clause below the words the mention hangs
    # on ("have social workers who are good at assessing what services will help them")
    governing = {m.root.i} | {a.i for a in m.root.ancestors}
    return any(t.tag_ == "MD" and t.lower_ in _MODALS
               and not (t.head.dep_ == "conj" and t.head.i not in governing and t.head.head.i in governing)
               and not _in_a_nested_clause(t.head, governing)
               for t in sentence.span.doc[c.start:c.end])


_ON_A_WORD = {"relcl", "acl", "pcomp"}


def _in_a_nested_clause(verb, governing: set[int]) -> bool:
    """A verb in a clause on a word below the ones the mention hangs on ("social workers who are good at assessing
    what services will help them"), not one those words report ("The move will be accompanied by reforms, Oliver
    told sector leaders": what will be, however far up)."""
    t = verb
    for _ in range(10):
        if t.i in governing or t.head is t:
            return False
        if t.dep_ in _ON_A_WORD:
            return True
        t = t.head
    return False


def _list_tones(ctx: ArticleContext, r: _Rules) -> dict[int, str]:
    """Sentences of a bulleted list, with the tone of the sentence that introduces it ("areas for
    improvement include:", "In particular, they found:" after a sentence of praise)."""
    out: dict[int, str] = {}
    tone = None
    item_paragraphs: set[int] = set()
    for k, s in enumerate(ctx.sentences):
        text = s.evidence.text.lstrip()
        if text[:1] in BULLETS or _NUMBERED.match(text):
            item_paragraphs.add(s.paragraph)
        if s.paragraph in item_paragraphs:
            if tone:
                out[k] = tone
            continue
        if text.rstrip().endswith(":"):
            tone = _tone(ctx.doc, s, r) or (_tone(ctx.doc, ctx.sentences[k - 1], r) if k else None)
        else:
            tone = None
    return out


_NUMBERED = re.compile(r"\(?\d{1,2}[.)](\s|$)")   # an item of a numbered list ("1. The consistency of ...")
_AIMS = re.compile(r"\b(so that|so as to|in order to|in order that|to ensure|to make sure)\b", re.I)


def _aim_or_measure(doc, span: Span, cue: _Cue) -> bool:
    """A cue in an aim's clause ("so that fewer children ...") or right after "how" ("how quickly ...")."""
    aim = _AIMS.search(doc[span.start:cue.start].text)
    return bool(aim) or (cue.start > span.start and doc[cue.start - 1].lower_ == "how")


def _tone(doc, sentence: Sentence, r: _Rules) -> str | None:
    """Concern or strength, by the cue words of a sentence outside its concessive clauses (a recommendation
    is a concern: "The report asks us to improve:", and so is a list of what is to improve: "The report makes
    three recommendations:")."""
    if r.recommendation.search(sentence.text) or r.improvement_list.search(sentence.text):
        return CONCERN
    segs = [g for g in clauses(sentence.span) if not g.concessive]
    votes = {CONCERN: 0, STRENGTH: 0}
    for c in _cues(doc, sentence.span, r):
        if c.label in votes and any(g.start <= c.start < g.end for g in segs):
            votes[c.label] += 1
    if votes[CONCERN] == votes[STRENGTH]:
        return None
    return CONCERN if votes[CONCERN] > votes[STRENGTH] else STRENGTH


def _own_voice(ctx: ArticleContext, r: _Rules) -> tuple[set[int], set[int]]:
    """Indices of sentences in which a council's or provider's own people speak: "Jo Bell said ...",
    "He added: ...", and the quoted paragraphs that carry on what they said; and of those in which another body's
    people speak (the NHS's, a charity's, the police's): what they say is no finding of the council, though it
    may be of the sector."""
    out: set[int] = set()
    another: set[int] = set()
    speaker_official = None   # whether the last person named spoke for the inspectorate
    previous_own = False
    open_quote = False        # the previous sentence ended inside quotation marks, in this paragraph
    previous_official = False  # the previous sentence, in this paragraph, named the inspectorate
    paragraph = None
    for k, s in enumerate(ctx.sentences):
        text = s.evidence.text
        if s.paragraph != paragraph:
            open_quote, paragraph = False, s.paragraph  # a new paragraph re-opens a quote with a mark
        # "Inspectors judged our leaders good. But they also found that the help we give is inconsistent": "they"
        # right after the inspectors' voice is the inspectors, reporting what they found in whoever's mouth
        they_found = previous_official and bool(r.reported_finding.search(_THEY.sub("inspectors", text, count=1)))
        official = bool(r.inspection_voice.search(text)) or they_found
        speaks = bool(r.own_voice.search(text))
        if r.union_voice.search(text):
            # a union speaking ("Unison's branch told councillors that ...", "Union claims 'unmanageable'
            # caseloads"): its claim, not an inspection finding, and so is what its officer goes on to say
            own, speaker_official = True, False
        elif s.people:
            council_voice = speaks_for_the_council(ctx, s.people[0])
            speaker_official = official if council_voice is None else not council_voice
            reported = r.reported_finding.search(text)
            own = speaks and not speaker_official and not reported
            if speaks and not reported and speaks_for_another_body(ctx, s.people[0]):
                another.add(k)
        elif pronoun_speaker().search(text):
            own = speaker_official is False and not r.reported_finding.search(text)
        elif r.council_voice.search(text):
            own = True  # "The council said it had increased its budget": its own claim
        else:
            # a quote's last sentence, its first in an earlier paragraph: "... paying off.”"
            end = text.rstrip()[-1:]
            closing = end == "”" and "“" not in text or end == '"' and text.count('"') % 2 == 1
            quoted = text.lstrip()[:1] in _OPENING_QUOTES or open_quote or closing
            # a quoted paragraph that carries on, the next sentence of a quote still open, or a quote in
            # the first person by no one known to speak for someone else (an MP, an inspector)
            # (a quote still open carries on its speaker's words, naming the inspectorate or not: "Until
            # caseloads come down, nothing Ofsted recommends will stick" - unless it cites what it found)
            cites = official and bool((r.finding_verbs | r.knowing) & set(re.findall(r"[a-z]+", text.lower())))
            own = quoted and not they_found and ((previous_own and open_quote and not cites) or not official and (
                previous_own or (speaker_official is not True and bool(r.first_person.search(text)))))
        if own:
            out.add(k)
        previous_own = own
        previous_official = official and s.paragraph == paragraph
        open_quote = _ends_in_quote(text, open_quote)
    return out, another


def _measured(sentence, kind: _Kind, r: _Rules) -> bool:
    """A measure of the workforce or of demand with its change ("agency staff fell from 38 per cent to 21 per cent",
    "the average caseload was cut from 24 to 16", "had recruited 22 social workers"), not said by a union (whose
    figures are its claim)."""
    issues, figure, change = r.measured
    text = sentence.evidence.text
    return kind.issue in issues and bool(figure.search(text)) and bool(change.search(text)) \
        and not r.union_voice.search(text)


_THEY = re.compile(r"\bthey\b", re.I)


def _ends_in_quote(text: str, was_open: bool) -> bool:
    """Whether a sentence ends inside quotation marks (curly ones counted, straight ones paired)."""
    opened = was_open
    for ch in text:
        if ch == "“":
            opened = True
        elif ch == "”":
            opened = False
        elif ch == '"':
            opened = not opened
    return opened


_EARLIER = re.compile(r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten) years (ago|earlier)\b|"
                      r"\b(at|in|during) (the|its|their) (last|previous|earlier) (full )?(inspection|visit|report)\b|"
                      # "Ofsted's previous report was scathing" (not "since the previous inspection": up to now)
                      r"(?<!since )\b(the|its|their|ofsted's|ofsted’s) (previous|earlier) (full )?(inspection|visit|report)\b", re.I)


def _about_the_past(ctx: ArticleContext, sentence: Sentence) -> bool:
    """The sentence dates what it says to a year before the article's ("at its 2017 inspection")."""
    text = sentence.evidence.text
    if _EARLIER.search(text):
        return True  # "Four years ago inspectors found widespread failings", "at the last inspection in 2019"
    if ctx.when is None:
        return False
    years = []
    for m in re.finditer(r"\b(?:19|20)\d\d\b", text):
        if re.search(r"\bsince\b(?:\W+\w+){0,4}\W*$", text[:m.start()], re.I):
            continue  # "since the last inspection in 2018": the change up to now, not 2018
        years.append(int(m.group()))
    return bool(years) and max(years) < ctx.when.year - 1


_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\b(last|previous|earlier|ago)\b", re.I)
_NOW_AGAINST_THEN = re.compile(r"\b(this time|now|the (new|latest) (report|inspection)|today)\b", re.I)


def _counted_from(doc, sentence: Sentence, m: Span) -> bool:
    """The mention is in the clause a span of time is counted from ("... for the first time, more than a decade
    after the town's failure to protect children became a national scandal")."""
    after = next((t for t in reversed(doc[sentence.span.start:m.start]) if t.lower_ == "after"), None)
    return after is not None and after.i > sentence.span.start and doc[after.i - 1].lower_ in _SPANS_OF_TIME \
        and not any(t.lower_ in _CONTRASTS or t.text == "," for t in doc[after.i:m.start])


_SPANS_OF_TIME = {"years", "decade", "decades", "months"}


def _of_then(ctx: ArticleContext, sentence: Sentence, m: Span) -> bool:
    """The mention is in a ", when ..." clause on an earlier inspection or year ("than at the last full
    inspection in 2022, when turnover was singled out for criticism"): a finding of then, not of now."""
    doc = ctx.doc
    if not _A_YEAR.search(sentence.text):
        return False  # (both kinds name a year or an earlier inspection: most sentences neither)
    # "In 2022 inspectors found that children at risk were not always identified; this time they concluded ...":
    # a clause dated earlier, set against the present one
    seg = clause_of(sentence, m.start)
    opening = re.match(r"\W*(?:back )?in ((?:19|20)\d\d)\b", doc[seg.start:m.start].text, re.I)
    if opening and ctx.when is not None and int(opening.group(1)) < ctx.when.year \
            and _NOW_AGAINST_THEN.search(doc[seg.end:sentence.span.end].text):
        return True
    when = next((t for t in reversed(doc[sentence.span.start:m.start]) if t.lower_ == "when"), None)
    if when is None or when.i == sentence.span.start or doc[when.i - 1].text != "," or \
            any(t.lower_ in _CONTRASTS for t in doc[when.i:m.start]):
        return False
    before = doc[max(sentence.span.start, when.i - 9):when.i - 1].text
    if _EARLIER.search(before):
        return True
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", before)]
    return bool(years) and ctx.when is not None and max(years) < ctx.when.year


def _resolve(findings: list[Finding], weight: dict[int, float], ctx: ArticleContext) -> list[Finding]:
    """Keep, per (about, issue), the polarity the article's sentences mostly give: each sentence one
    vote (less for one about an earlier year); a tie goes to the concern."""
    votes: dict[tuple, dict[str, float]] = {}
    for f in findings:
        k = (_councils(f.about, ctx), f.issue)
        v = votes.setdefault(k, {CONCERN: 0.0, STRENGTH: 0.0})
        v[f.polarity] += weight.get(f.evidence.start, 1.0)
    keep = {}
    for k, v in votes.items():
        keep[k] = STRENGTH if v[STRENGTH] > v[CONCERN] else CONCERN
    return [f for f in findings if keep[(_councils(f.about, ctx), f.issue)] == f.polarity]


def _councils(ref, ctx: ArticleContext) -> frozenset:
    """The councils a finding counts for: a provider stands for the councils it serves."""
    if ref is None:
        return frozenset()
    if ref.kind == "provider":
        return frozenset(ctx.serves(ref)) or frozenset([ref.key])
    return frozenset([ref.key])
