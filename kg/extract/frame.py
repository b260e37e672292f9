"""The article frame: what an article is about, decided once, before any fact is extracted, and
consulted by every extractor (through kg.extract.attribution and the ArticleContext).

  - time: the article's date, and the date each council name speaks of: a name is the council valid
    then ("Cumbria ... rated in 2022" is Cumbria County Council; in a 2024 article otherwise, its
    successors), and an abolished council named in full is itself;
  - councils named in passing (someone's employer, a partner, a comparison) take no facts and do not
    take the discourse, unless the article is about them;
  - subjects: the councils the reporting is about, scored from the page's own site, its URL (path and
    host), its headline, its opening sentences and how many sentences name each;
  - discourse: for each sentence that names no council, the council it is about (its focus), and the
    council each definite reference ("the council", "the county", "the Royal Borough") stands for;
  - scope: whether the article is about councils' children's social care at all;
  - furniture and structure: another story's headline among the paragraphs; tables (kg.extract.tables).

Its tables are data: kg/data/frame.yaml, scope.yaml, the references of council_linking.yaml,
council_web_domains.csv and places.csv.
"""
from __future__ import annotations

import csv
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from spacy.tokens import Doc, Span

from kg.boilerplate import is_menu_line
from kg.dates import StatedDate, is_year, years_in
from kg.extract.linking import (DIRECTIONS, EntitySpan, Sentence, _sentence_around, a_county_area, council_ref,
                               courtesy_titles, fill_sentences, line_words, shared_place_name)
from kg.extract.metadata import role_head_words
from kg.extract.tables import Table, find_tables
from kg.facts import Ref
from kg.pipeline import doc_text
from kg.reference import data_path, load_yaml, reference, slug


@dataclass
class ArticleFrame:
    """What the article is about, as decided for it once."""
    when: date | None                                     # the date names are resolved on
    subjects: list[Ref] = field(default_factory=list)     # the councils the reporting is about, most prominent first
    in_scope: bool = True                                 # about children's social care (not schools, SEND areas ...)
    site: Ref | None = None                               # the council or provider whose own web site the page is on
    publisher: Ref | None = None                          # another body whose own page it is, named by its masthead
    scores: dict[Ref, float] = field(default_factory=dict)  # each council's subject score
    tables: list[Table] = field(default_factory=list)     # its tables of rows and cells (kg.extract.tables)
    roundup: bool = False      # its opening counts councils ("Two councils have climbed to 'good' ..."): frame.yaml

    @property
    def subject(self) -> Ref | None:
        return self.subjects[0] if self.subjects else None


def decide(doc: Doc, text: str, sentences: list[Sentence], entities: list[EntitySpan], when: date | None,
           url: str | None = None, title: str | None = None,
           subjects_set: list[str] | None = None) -> tuple[ArticleFrame, list[EntitySpan]]:
    """The article's frame, and its entities as the frame reads them (council names resolved by the date
    they speak of, councils named in passing marked, definite references linked); fills `sentences`.
    `subjects_set`: the subject councils a person set (GSS codes, kg.corrections), instead of the scored ones."""
    entities = _restate_by_date(doc, entities, when)
    tables = find_tables(sentences)
    _mark_passing(doc, entities)
    _introduced_as_a_post(sentences, entities)
    strays = _stray_headlines(doc, sentences, entities)
    fill_sentences(sentences, entities, when)
    site, from_url = read_url(url, when)
    if "site" not in from_url:
        # a page's postal address ("Civic Centre, Regent Street, Gateshead, NE8 1HH") says where it is published
        # from, and a trust or company named as running a council's services ("run on the council's behalf by
        # Bradford Children and Families Trust") whose council it speaks of: weak signals (_subjects)
        found = _address_councils(text, when) | _email_councils(text, when)
        if _AN_UNNAMED_COUNCIL.search(text):
            # (only where the page speaks of a council it does not name: "Ofsted praised Achieving for Children,
            # which ..." is the trust's)
            found |= _served_by_the_named_provider(entities, sentences, when)
        if found:
            from_url = {**from_url, "page": tuple(sorted(found))}
        heirs = _heir_speaking(text, entities, when)
        if heirs:
            from_url = {**from_url, "own_page": tuple(sorted(heirs))}
    if not from_url:
        # with no URL, a byline's paper named after a place ("By Kate Mullins, Plymouth Herald") says where it
        # is published, as a local paper's host would
        paper = _paper_in_byline(text, when)
        if paper:
            from_url = {"url_host": paper}
    headline = _named_in_title(title, when) if title else set()
    head = (title or _first_headline(text)).strip()
    head_spans = [s.span for s in sentences[:8] if head and s.text.strip() == head]  # the headline, found once
    in_head = [e for e in entities if any(h.start <= e.span.start < h.end for h in head_spans)]
    # a council the headline names only as someone's post is no headline subject ("Former Wiltshire deputy to lead
    # Swindon")
    headline -= {e.ref for e in in_head if e.incidental in ("employer", "career", "destination")} - {
        e.ref for e in in_head if not e.incidental}
    roundup = _is_roundup(sentences)
    # the council a headline names first is what it is about ("Isle of Wight children's services stay good as
    # partnership with Hampshire nears its end")
    first_in_head = next((e.ref for e in in_head if e.ref in headline), None)
    subjects, scores = _subjects(sentences, from_url, headline, roundup, first_in_head)
    # (nor, on a page that speaks of a council it does not name, what it is compared or works with: "The local
    # authority's re-referral rate was lower than that of its statistical neighbours Trafford ...", "The council has
    # been working closely with its improvement partner, Wiltshire Council")
    kept = ("career", "example", "comparison", "partner") if _AN_UNNAMED_COUNCIL.search(text) else ("career", "example")
    if not subjects and any(e.incidental in PASSING and e.incidental not in kept for e in entities):
        # only councils named in passing: one of them is what the article is about after all (a chief
        # executive writing of "my new job at Lambeth LBC"; not a writer's past "the last four of them at Lambeth",
        # nor one of "other councils" the page's own council works with)
        for e in entities:
            e.incidental = "" if e.incidental in PASSING and e.incidental not in kept else e.incidental
        fill_sentences(sentences, entities, when)
        subjects, scores = _subjects(sentences, from_url, headline, roundup, first_in_head)
    in_headline = [e for e in in_head if e.incidental in ("partner", "comparison")]
    if in_headline:
        # a council the headline names is news, even beside a word of comparison ("Sefton rises to good as
        # neighbour Knowsley falls"); not as someone's post ("Former Wiltshire deputy to lead Swindon")
        for e in entities:
            if e.ref in {h.ref for h in in_headline} and e.incidental in PASSING:
                e.incidental = ""
        fill_sentences(sentences, entities, when)
        subjects, scores = _subjects(sentences, from_url, headline, roundup, first_in_head)
    if subjects_set:
        subjects = [council_ref(gss) for gss in subjects_set]
    elif site is not None and site in subjects:
        # on a council's own page, the councils its opening names together with it ("continued progress in children's
        # social care across West and North Northamptonshire", a trust's visit) are the news's too
        # (not a reorganisation told in the opening: "..., before the county council was replaced by Cumberland
        # Council and Westmorland and Furness Council")
        listed = next((found for s in lead(sentences) if not s.historic and not any(_gone_by(c, when) for c in s.councils)
                       for found in [named_together(doc, s, entities)] if site in found), [])
        subjects = subjects + [c for c in listed if c not in subjects and not _gone_by(c, when)]
    # a subject named in passing is the article's after all, a partner or comparison it reports on - when it is
    # named for itself elsewhere, not only as one of the councils a former county's name stands for ("BBC News,
    # Bedfordshire" does not make "Neighbouring Central Bedfordshire Council" the article's)
    named_alone = {e.ref for e in named_for_itself(entities) if not e.incidental}
    # (nor a council the page speaks for, on its own site or telling its own creation, that the text names only in a
    # role: "executive member for children and families at North Yorkshire Council")
    own = {council_ref(g) for signal in ("site", "own_page") for g in from_url.get(signal, ())}
    if not subjects_set:
        scored = subjects
        subjects = [c for c in subjects if c in named_alone or c in own
                    or not any(e.ref == c and e.incidental in PASSING for e in entities)]
        if not subjects:
            # the owner of a provider, on a page about no other council, is the story ("Together for Children, the
            # company set up by Sunderland City Council, has been rated outstanding")
            subjects = [c for c in scored if not any(e.ref == c and e.incidental in PASSING and e.incidental != "owner"
                                                     for e in entities)]  # (unmarked below, as subjects)
    unmark = [e for e in entities if e.incidental in PASSING and e.ref in subjects]
    # a council a subject replaced, named as someone's past post there ("Ms Lydgate joined Somerset as a head of
    # service in 2010", in an article on the council that replaced Somerset County Council), is the subject's own
    # past, not another employer
    before_them = {g for c in subjects for g in reference().predecessors(c.key)}
    past = [e for e in entities if e.incidental == "career" and e.ref.key in before_them and not e.anaphor]
    for e in unmark + past:
        e.incidental = ""  # the article is about it after all: a partner or comparison it reports on
    if past and not subjects_set:
        fill_sentences(sentences, entities, when)
        subjects, scores = _subjects(sentences, from_url, headline, roundup, first_in_head)
    compared = _compared_on(sentences, entities, subjects)
    narrowed = _the_subjects_part(doc, entities, subjects)
    if unmark or compared or len(narrowed) < len(entities):
        entities = narrowed
        fill_sentences(sentences, entities, when)
    late = bool(subjects) and _named_late(sentences, subjects[0], headline, from_url)
    entities = entities + resolve_anaphora(doc, sentences, subjects, entities, when, site, late, scores)
    entities += collective_references(doc, sentences, entities, subjects)
    referred = provider_references(doc, entities)
    for e in referred:
        # ("The company's managing director said ...": a provider the sentence speaks of)
        s = next((s for s in sentences if s.span.start <= e.span.start < s.span.end), None)
        if s is not None and e.ref not in s.providers:
            s.providers.append(e.ref)
    entities += referred
    entities.sort(key=lambda e: (e.span.start, e.span.end))
    _mark_passages_off_scope(sentences)
    _mark_retracted(sentences)
    for k in strays:
        sentences[k].off_scope = True
    for s in sentences:
        s.off_scope = s.off_scope or s.in_table  # a table's rows are read by their cells, not as sentences
    publisher = None if site is not None else masthead_body(url, text)
    scoped = in_scope(doc_text(doc), title)
    if not scoped:
        _mark_ours(sentences)
    return ArticleFrame(when, subjects, scoped, site, publisher, scores, tables, roundup), entities


def _the_subjects_part(doc: Doc, entities: list[EntitySpan], subjects: list[Ref]) -> list[EntitySpan]:
    """A former county's name for the place, in an article about some of the councils that replaced it: the
    subjects' part of it ("recruiting in west Cumbria remained difficult", in an article on Cumberland), not
    the neighbour's - unless the name is followed by the councils it now has ("Cumbria's two councils")."""
    groups: dict[tuple[int, int], list[EntitySpan]] = {}
    for e in entities:
        if e.ref.kind == "council" and e.candidates and not e.historic and not e.anaphor:
            groups.setdefault((e.span.start, e.span.end), []).append(e)
    ours = set(subjects)
    drop: set[int] = set()
    for (_, end), named in groups.items():
        mine = {e.ref for e in named} & ours
        if len(named) < 2 or not mine or len(mine) == len(named) \
                or {t.lower_ for t in doc[end:end + 3]} & _rules()["councils_it_has"]:
            continue
        drop |= {id(e) for e in named if e.ref not in mine}
    return [e for e in entities if id(e) not in drop] if drop else entities


def _named_late(sentences: list[Sentence], subject: Ref, headline: set[Ref], from_url: dict) -> bool:
    """A subject the headline, the URL and the opening do not name, in a story that speaks of the country before
    naming it ("Halton had the highest agency rate", eight sentences into a story of national figures): the
    sentences before it is named are not its (not when the opening speaks of one council unnamed: "a council
    where Ofsted rated ...", "A county's")."""
    opening = lead(sentences)
    if subject in headline or any(subject in s.councils for s in opening) \
            or any(subject.key in codes for codes in from_url.values()) \
            or any(_ONE_UNNAMED.search(s.text) for s in opening):
        return False
    first = next((k for k, s in enumerate(sentences) if subject in s.councils), 0)
    rules = _rules()
    return any(rules["national_lead"].search(s.text) or rules["national_turn"].search(s.text)
               for s in sentences[:first])


_ONE_UNNAMED = re.compile(r"\b(a|an|one)\s+(\w+\s+){0,2}?(council|county|borough|authority|city|local authority|"
                          r"trust|unitary)\b", re.I)


def reference_date(published: StatedDate | None, reporting_text: str) -> date | None:
    """The date names are resolved on: the stated publication date, else the latest year the text names, or
    the day the newest council it names in full came into being, whichever is later ("North
    Northamptonshire Council" is 2021 or after)."""
    if published:
        return published.as_date()
    years = [y for y in years_in(reporting_text) if 1990 <= y <= 2100]
    when = date(max(years), 12, 31) if years else None
    created = [date(y, 4, 1) for name, y in _created_councils() if _full_name_in(name, reporting_text)]
    if created and (when is None or max(created) > when):
        when = max(created)
    return when


def _full_name_in(name: str, text: str) -> bool:
    """The council's full name, not the end of another's ("Somerset Council" in "North Somerset Council")."""
    for m in re.finditer(re.escape(name) + r"\b", text, re.I):
        before = text[max(0, m.start() - 20):m.start()].split("\n")[-1].split()   # on its own line
        if not before or not before[-1][:1].isupper() or before[-1][-1] in ".,;:()\"'“”‘’":
            return True
    return False


@lru_cache(maxsize=1)
def _created_councils() -> tuple[tuple[str, int], ...]:
    """(full name, year) of the councils a reorganisation created since the table begins."""
    return tuple((c.name, c.valid_from) for c in reference().councils.values() if c.valid_from)



@lru_cache(maxsize=1)
def _scope_rules():
    raw = load_yaml("scope.yaml")
    return (re.compile(raw["children_services"], re.I), re.compile(raw["other_services"], re.I),
            int(raw["min_other"]), float(raw["ratio"]))


@lru_cache(maxsize=1)
def _scope_counters():
    """Counters of scope.yaml's words of children's services and of other services over a whole text, as
    `len(pattern.findall(text))` but about three times as fast: the case-blind alternatives run on the text
    lowered without re.I (Python's re scans a long re.I alternation slowly), the `(?-i:...)` ones on the text."""
    raw = load_yaml("scope.yaml")
    return _case_split_counter(raw["children_services"]), _case_split_counter(raw["other_services"])


def _case_split_counter(pattern: str):
    alternatives, depth, start, escaped, in_class = [], 0, 0, False, False
    for i, ch in enumerate(pattern):  # the top-level alternatives
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            alternatives.append(pattern[start:i])
            start = i + 1
    alternatives.append(pattern[start:])
    cased = [a[5:-1] for a in alternatives if a.startswith("(?-i:") and a.endswith(")")]
    blind = re.compile("|".join(a for a in alternatives if not (a.startswith("(?-i:") and a.endswith(")"))))
    cased_rx = re.compile("|".join(cased)) if cased else None
    return lambda text: len(blind.findall(text.lower())) + (len(cased_rx.findall(text)) if cased_rx else 0)


@lru_cache(maxsize=1)
def ours_rated_pattern() -> re.Pattern:
    """A grade given to, or an inspection of, a council's children's services by name (scope.yaml `ours_rated`,
    `ours_inspected`): in an article about another service, the sentences that still speak of them."""
    raw = load_yaml("scope.yaml")
    return re.compile(f"{raw['ours_rated']}|{raw['ours_inspected']}", re.I)


_GRADED = re.compile(r"\b(rated|judged|graded|inspected|inspection)\b", re.I)


def _graded_near(other: re.Pattern, text: str) -> bool:
    """A word of another service within eight words of a word of grading ("a school ... was rated")."""
    for m in other.finditer(text):
        window = text[max(0, m.start() - 60):m.end() + 60]
        for g in _GRADED.finditer(window):
            lo, hi = sorted((g.start(), m.start() - max(0, m.start() - 60)))
            if len(window[lo:hi].split()) <= 8:
                return True
    return False


def _mark_passages_off_scope(sentences: list[Sentence]) -> None:
    """A paragraph that speaks of another service (a school, a nursery, a children's home, adult social
    care, a SEND area: twice, or once with its grade) and not of children's social care is off the
    article's scope: its grades and its words are no judgement or finding of the council's children's
    services (scope.yaml)."""
    count_ours, _ = _scope_counters()
    by_paragraph: dict[int, list[Sentence]] = {}
    for s in sentences:
        by_paragraph.setdefault(s.paragraph, []).append(s)
    for group in by_paragraph.values():
        text = " ".join(s.evidence.text for s in group).replace("’", "'")
        # one word in passing ("homes close to their schools") is not a passage about a school
        if _of_another_service(text) and not count_ours(text):
            for s in group:
                s.off_scope = True


def _mark_ours(sentences: list[Sentence]) -> None:
    """In an article about another service, the sentences that still speak of the council's children's social
    care: one that grades or inspects them by name (`ours_rated_pattern`), and a passage that opens by naming them
    with Ofsted or a grade (scope.yaml `ours_passage`: "The inspection comes as the council continues to improve its
    children's social care services following the inadequate Ofsted judgement"), its next paragraph up to a
    sentence naming another service again; and the sentence after one, speaking of them by a
    pronoun ("... are undergoing a full Ofsted inspection. They were rated requires improvement in 2022.")."""
    rated, opens = ours_rated_pattern(), _ours_passage()
    goes_on = _ours_continues()
    _, other, _, _ = _scope_rules()
    until = -1   # the paragraph the passage open runs on to
    carried: set[int] = set()  # ... and those the inspectors' voice carries it on to
    before = False
    for s in sentences:
        text = s.evidence.text.replace("’", "'")
        opening = opens.search(text)
        if opening or rated.search(text):
            s.ours = True
            until, carried = s.paragraph + 1, set()
        elif (s.paragraph == until or s.paragraph in carried) and not (
                _of_another_service(text) if s.paragraph in carried else other.search(text)):
            # (the next paragraph: the rest of the opener's may turn back to the other service, "The SEND report is
            # separate from Ofsted's inspection of the council's children's social care ... Inspectors did, however,
            # note some positive practice this time")
            s.ours = True
            if goes_on.search(text):
                # "But the letter said ...": the inspectors still speak, in the next one too (up to a paragraph on
                # another service, not one that names a school in passing: "living a long way from their schools")
                carried.add(s.paragraph + 1)
        else:
            until, carried = -1, set()
            s.ours = before and s.span[0].lower_ in ("they", "it", "these")
        before = s.ours


@lru_cache(maxsize=1)
def _ours_passage() -> re.Pattern:
    return re.compile(load_yaml("scope.yaml")["ours_passage"], re.I)


def _of_another_service(text: str) -> bool:
    """Text that speaks of another service (scope.yaml): names one twice, or once with a grade."""
    n_other = _scope_counters()[1](text)
    return n_other >= 2 or n_other == 1 and _graded_near(_scope_rules()[1], text)


@lru_cache(maxsize=1)
def _ours_continues() -> re.Pattern:
    return re.compile(load_yaml("scope.yaml")["ours_continues"], re.I)


def _mark_retracted(sentences: list[Sentence]) -> None:
    """A sentence the next one says was wrong is a retracted claim, off the article's reporting (scope.yaml
    `retraction`)."""
    said_wrong = _retraction()
    for s, nxt in zip(sentences, sentences[1:]):
        if said_wrong.match(nxt.text.strip()):
            s.off_scope = True


def in_scope(text: str, title: str | None = None) -> bool:
    """False for an article about schools, SEND areas, youth offending or the like rather than
    children's services (rules: kg/data/scope.yaml): by its words, or by a headline (`title`, else the
    text's first line when it is no sentence) naming another service and nothing of children's social care."""
    _, _, min_other, ratio = _scope_rules()
    head_other, head_ours, verdict = _headline_rules()
    text = text.replace("’", "'")
    if _always_ours().search(text):
        return True  # (before the headline: "Joint inspections praise police links" is a JTAI's news)
    headline = (title or _first_headline(text)).replace("’", "'")
    # (a body named by its work that owns the other service is no word of ours: "Birmingham Children's Trust
    # fostering service told to improve")
    ours_words = [m for m in head_ours.finditer(headline) if not head_other.match(headline, m.end() + 1)]
    if head_other.search(headline) and verdict.search(headline) and not ours_words:
        return False
    if len(_other_inspectorates().findall(text)) > len(re.findall(r"\bofsted\b", text, re.I)):
        return False  # "Unlike Ofsted in England, CIW does not give councils' social services a grade"
    count_ours, count_other = _scope_counters()
    n_other = count_other(text)
    return not (n_other >= min_other and n_other >= ratio * count_ours(text))


def _first_headline(text: str) -> str:
    """The text's first line, if that is no sentence: its headline when kg.extract.metadata found none."""
    first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return "" if first[-1:] in ".!?" or len(first.split()) > 25 else first


@lru_cache(maxsize=1)
def _retraction() -> re.Pattern:
    return re.compile(load_yaml("scope.yaml")["retraction"], re.I)


@lru_cache(maxsize=1)
def _always_ours() -> re.Pattern:
    return re.compile(load_yaml("scope.yaml")["always_ours"], re.I)


@lru_cache(maxsize=1)
def _other_inspectorates() -> re.Pattern:
    return re.compile(load_yaml("scope.yaml")["other_inspectorates"], re.I)


@lru_cache(maxsize=1)
def _headline_rules():
    raw = load_yaml("scope.yaml")
    return (re.compile(raw["headline_other"], re.I), re.compile(raw["headline_ours"], re.I),
            re.compile(raw["headline_verdict"], re.I))



@lru_cache(maxsize=1)
def _rules() -> dict:
    raw = load_yaml("frame.yaml")
    words = lambda p: tuple(p.lower().replace("'s", " 's").split())  # noqa: E731 (tokens, as spaCy splits "children's")
    passing = {kind: [words(p) for p in phrases] for kind, phrases in raw["passing"].items()}
    after = {kind: [words(p) for p in phrases] for kind, phrases in raw["passing_after"].items()}
    return {"weights": raw["subjects"]["weights"], "lead": int(raw["subjects"]["lead"]),
            "several": int(raw["subjects"]["several"]), "ratio": float(raw["subjects"]["ratio"]),
            "examples": re.compile(raw["subjects"]["examples"], re.I),
            "paper_words": set(raw["url"]["paper_words"]), "ordinary": set(raw["url"]["ordinary_words"]),
            "council_words": set(raw["url"]["council_words"]), "slug_words": int(raw["url"]["slug_words"]),
            "other_bodies": tuple("." + d.lstrip(".") for d in raw["url"]["other_bodies"]),
            "council_platforms": tuple(raw["url"]["council_platforms"]),
            "bare_place_suffixes": tuple("." + d.lstrip(".") for d in raw["url"]["bare_place_suffixes"]),
            "nations": frozenset(raw["url"]["nations"]),
            "passing": passing, "passing_after": after, "comparing_verbs": frozenset(raw["comparing_verbs"]),
            "joining_verbs": frozenset(raw["joining_verbs"]), "post_words": frozenset(raw["post_words"]),
            "appointing_verbs": frozenset(raw["appointing_verbs"]),
            "other_councils": re.compile(raw["other_councils"], re.I),
            "sets": raw["sets"], "list_follows": re.compile(raw["sets"]["list_follows"], re.I),
            "own_voice": re.compile(raw["subjects"]["own_voice"], re.I),
            "own_creation": re.compile(raw["subjects"]["own_creation"], re.I),
            "roundup_lead": re.compile(raw["subjects"]["roundup_lead"], re.I),
            "rated": re.compile(raw["subjects"]["rated"], re.I),
            "civic_buildings": tuple(raw["subjects"]["civic_buildings"]),
            "national_turn": re.compile(raw["national_turn"], re.I),
            "inspectors_voice": re.compile(raw["inspectors_voice"], re.I), "sector_turn": re.compile(raw["sector_turn"], re.I),
            "national_lead": re.compile(raw["national_lead"], re.I),
            "councils_it_has": frozenset(raw["councils_it_has"]),
            "present_words": re.compile(raw["present_words"], re.I), "aside_marks": frozenset(raw["aside_marks"]),
            "headline_clause_openers": frozenset(raw["headline_clause_openers"])}


# ---- time: the council a name meant when the sentence speaks of ----------------------------------------

_MONTHS = {m: i + 1 for i, m in enumerate(("january february march april may june july august september "
                                           "october november december").split())}
_NOT_A_POINT = {"since", "until", "till", "by", "before"}   # "since 2016" speaks of the years up to now
# the word after one of them and the word after that ("since 2016", "by early 2019")
_AFTER_NOT_A_POINT = re.compile(r"\b(?:%s)\s+(?=(\w+)(?:\s+(\w+))?)" % "|".join(sorted(_NOT_A_POINT)), re.I)
# words between a reference and a council named after it that set the two apart ("leaders at the council, unlike
# in Kent, ...")
_CONTRASTING = {"unlike", "than", "compared", "whereas", "while", "whilst", "but", "although", "though", "not"}
_PERSONS_PAST = re.compile(r",\s*who\b[^,;:]{0,80}?\b((?:19|20)\d\d)\b[^,;:]{0,40},", re.I)
# a year a change is measured from ("falling from 38 per cent in 2019 to 14 per cent", "up from 120 in 2018 to ...")
_CHANGE_FROM = re.compile(r"\bfrom\b[^.;:]{0,60}?\b((?:19|20)\d\d)\b[^.;:]{0,40}?\bto\b", re.I)


def _stated_dates(doc: Doc, sent: Span, when: date | None) -> list[tuple[int, date]]:
    """(token index, date) of the years a sentence dates what it says to ("in 2022", "in November
    2017", "its 2018 inspection"), not later than the article."""
    out = []
    for t in sent:
        if not (is_year(t) and t.text.isdigit()):
            continue
        year = int(t.text)
        if when is not None and year > when.year:
            continue
        before = doc[t.i - 1] if t.i > sent.start else None
        month = _MONTHS.get(before.lower_) if before is not None else None
        lead = doc[t.i - 2] if month and t.i - 1 > sent.start else before
        if lead is not None and lead.lower_ in _NOT_A_POINT:
            continue
        out.append((t.i, date(year, month or 7, 1)))
    return out


def _named_in_full(e: EntitySpan) -> str | None:
    """The abolished council an entity names by its own name ("Cumbria County Council", "Northants
    County Council"): that council whatever the date, not the place's successors."""
    ref = reference()
    name = re.sub(r"['’]s$", "", " ".join(e.span.text.split())).lower()
    if not re.search(r"\b(council|cc)$", name):
        return None
    abolished = [g for g in e.candidates if ref.councils[g].valid_to]
    if len(e.candidates) == 1 and abolished:
        return abolished[0]
    # a place's short name with "County Council" fits its new unitary council too; the official name does not
    return next((g for g in abolished if ref.councils[g].name.lower() == name), None)


def _restate_by_date(doc: Doc, entities: list[EntitySpan], when: date | None) -> list[EntitySpan]:
    """Council names resolved as of the date their sentence speaks of, when it states one before the
    article's (linking resolved them on the article's date); an abolished council named in full is itself."""
    ref = reference()
    out: list[EntitySpan] = []
    done: set[tuple[int, int]] = set()
    dates_of: dict[int, list[tuple[int, date]]] = {}
    # an undated article that names an abolished council in full speaks of its time: the place's other
    # names in it are that council too ("Dorset County Council ... agencies in Dorset")
    in_full = {g for e in entities if e.ref.kind == "council" and e.candidates and not e.historic
               for g in [_named_in_full(e)] if g} if when is None else set()
    if any(e.historic for e in entities if e.ref.kind == "council"):
        in_full = set()  # "the former Northamptonshire County Council": written after it was abolished
    for e in entities:
        if e.ref.kind != "council" or not e.candidates or e.historic:
            out.append(e)
            continue
        where = (e.span.start, e.span.end)
        if where in done:
            continue  # the other successors of a name already restated
        sent = _sentence_around(doc, e.span.start)
        if sent.start not in dates_of:
            dates_of[sent.start] = _stated_dates(doc, sent, when)
        stated = dates_of[sent.start]
        full = _named_in_full(e) or next((g for g in sorted(in_full) if g in e.candidates), None)
        if full:
            codes: tuple[str, ...] = (full,)
        elif stated:
            on = min(stated, key=lambda d: abs(d[0] - e.span.start))[1]
            codes = ref.resolve_council(e.candidates, on) or ref.resolve_council(e.candidates, when)
        else:
            out.append(e)
            continue
        done.add(where)
        out += [EntitySpan(e.span, council_ref(g), incidental=e.incidental, candidates=e.candidates) for g in codes]
    return out


# ---- a related story's headline among the paragraphs ----------------------------------------------------

_HEADLINE_WORDS = 6


def _stray_headlines(doc: Doc, sentences: list[Sentence], entities: list[EntitySpan]) -> list[int]:
    """Lines in the body that read as another story's headline (a line of its own, six words or more, no
    full stop) and name councils the article names nowhere else ("Surrey children's services rated
    'inadequate'" between two paragraphs about Kent): page furniture, not the article's reporting. Their
    councils are marked so and the sentences' indices returned (they give no facts)."""
    text = doc_text(doc)
    councils = [e for e in entities if e.ref.kind in ("council", "provider") and not e.anaphor]
    out = []
    first = True
    for k, s in enumerate(sentences):
        words = [t for t in s.span if t.is_alpha]
        if len(words) < 4 or s.in_table:
            continue  # page junk, not the headline; a table's row
        if first:
            first = False
            continue  # the article's own headline
        start = s.span.start_char
        end = start + len(s.text.rstrip())
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        own_line = not text[line_start:start].strip() and not text[end:line_end if line_end >= 0 else len(text)].strip()
        if not own_line or len(words) < _HEADLINE_WORDS or s.text.rstrip()[-1:] in ".!?:;\"”’'":
            continue
        if not text[end:].strip() or words[-1].is_stop:
            continue  # a sentence cut short where the stored page ends ("... for leadership, management and")
        here = [e for e in councils if s.span.start <= e.span.start < s.span.end]
        if here and _graded_line(doc, s, councils):
            continue  # "City of York Council: outstanding (April 2025)": a round-up's heading or list item
        if here and all(not any(o.ref == e.ref and not (s.span.start <= o.span.start < s.span.end) for o in councils)
                        for e in here):
            for e in here:
                e.incidental = e.incidental or "furniture"
            out.append(k)
    return out


# The marks between a council's name and its grade on a round-up's line ("Leeds City Council: outstanding").
LINE_MARKS = frozenset({":", "-", "–", "—"})


@lru_cache(maxsize=1)
def _grade_words() -> frozenset[str]:
    """The first words of the grades (judgements.yaml ratings): 'good', 'requires', 'inadequate' ..."""
    return frozenset(p.split()[0].lower() for ps in load_yaml("judgements.yaml")["ratings"].values() for p in ps)


def _graded_line(doc: Doc, s: Sentence, councils: list[EntitySpan]) -> bool:
    """A line that opens with a council's or provider's name, a colon or dash, then a grade: a round-up's
    heading or a list's item ("City of York Council: outstanding (April 2025)"), not another story's headline."""
    e = next((e for e in councils if e.span.start == line_words(doc, s.span)), None)
    if e is None or e.span.end + 1 >= s.span.end or doc[e.span.end].text not in LINE_MARKS:
        return False
    k = e.span.end + 1 + (doc[e.span.end + 1].text in "'‘\"“")
    # (or a verb of grading first: "Redcar and Cleveland - upgraded to good in January")
    return k < s.span.end and (doc[k].lower_ in _grade_words() or doc[k].lower_ in _LINE_VERBS and any(
        t.lower_ in _grade_words() for t in doc[k + 1:min(s.span.end, k + 4)]))


_LINE_VERBS = frozenset({"rated", "judged", "graded", "upgraded", "downgraded", "moved", "now", "still", "remains"})


# ---- councils named in passing --------------------------------------------------------------------------

def named_for_itself(entities: list[EntitySpan]) -> list[EntitySpan]:
    """The councils' names that stand for one council alone, not a former county's name standing for several
    ("BBC News, Bedfordshire": Bedford and Central Bedfordshire both)."""
    spans = Counter((e.span.start, e.span.end) for e in entities if e.ref.kind == "council")
    return [e for e in entities if e.ref.kind == "council" and spans[(e.span.start, e.span.end)] == 1]


# the kinds of a council named in passing ("example": one of "other councils, including Kent")
PASSING = ("partner", "comparison", "employer", "career", "example", "owner", "destination")
# Words that may stand between a phrase of passing and the council's name.
_BETWEEN = {"the", "local", "authority", "authorities", "council", "councils", "neighbouring", "nearby", "fellow"}


def _mark_passing(doc: Doc, entities: list[EntitySpan]) -> None:
    """Mark councils named as a partner ("a formal partnership with Leeds City Council"), a comparison
    ("worse than Kent") or someone's employer ("deputy director at Milton Keynes Council", "who joined
    from Essex"), and those listed with them."""
    phrases, after = _rules()["passing"], _rules()["passing_after"]
    words = [t.lower_ for t in doc]  # once: the phrases are compared with many places
    comparing = not _rules()["comparing_verbs"].isdisjoint(words)  # a sentence may tell the reader to compare
    ends = {}
    person_ends = {e.span.end for e in entities if e.ref.kind == "person"}
    person_starts = {e.span.start for e in entities if e.ref.kind == "person"}
    council_starts = {e.span.start: e.span.end for e in entities if e.ref.kind == "council" and not e.anaphor}
    named_once = Counter(e.ref for e in entities if e.ref.kind == "council" and not e.anaphor)
    for e in entities:
        if e.ref.kind != "council" or e.incidental or e.anaphor:
            if e.ref.kind == "council":
                ends[e.span.end] = e
            continue
        i = e.span.start
        while i > 0 and words[i - 1] in _BETWEEN:
            i -= 1  # "advisers from local authorities Islington and Leicestershire"
        # ("its sector-led improvement partner, Wiltshire Council": the phrase, then the name in apposition)
        apposed = i - 1 if i > 1 and words[i - 1] == "," and e.span.start - i <= 3 else i
        # (before the words skipped, or right before the name: "Neighbouring Central Bedfordshire kept its grade")
        kind = next((k for at in dict.fromkeys((i, apposed, e.span.start)) if (k := _kind_ending_at(words, at, phrases))),
                    "")
        j = e.span.end
        while j + 1 < len(words) and words[j] in (",", "and", "&") and j + 1 in council_starts:
            j = council_starts[j + 1]  # past the councils listed with it: "Dudley and Walsall, which ..."
        kind = kind or _kind_starting_at(words, j, after)
        if not kind and j + 1 < len(words) and words[j] == "," and words[j + 1] in ("whose", "which"):
            # past a clause on it: "working with Leeds City Council, whose children's services are rated outstanding,
            # as its improvement partner"
            close = next((k for k in range(j + 2, min(len(words), j + 16)) if words[k] in (",", ".", ";")), None)
            if close is not None and words[close] == ",":
                kind = _kind_starting_at(words, close + 1, {"partner": after["partner"]})
        if not kind and (_joined_from(doc, i) or _a_former_posts(doc, e) or _post_of_an_appointee(doc, e, entities)):
            kind = "career"
        if not kind and i > 0 and words[i - 1] == "from" and doc[i - 1].head.lower_ in role_head_words():
            kind = "employer"  # "A senior social work manager from Liverpool has been appointed to lead ..."
        if not kind and (role := _employer_of_a_role(doc, e)):
            kind = role
        if not kind and _in_a_persons_relative_clause(doc, e, person_ends):
            kind = "employer"
        if kind == "employer" and _in_a_persons_past(doc, e, person_starts) and not _a_present_posts(doc, e):
            kind = "career"  # "Nadia Okafor, who spent four years as director at Warrington before leaving": a past post
        if not kind and comparing and _set_against(doc, e):
            kind = "comparison"
        listed = _listed_after(words, i)
        if not kind and listed != i:
            # "more quickly than its statistical neighbours, including Bexley and Sutton"
            kind = _kind_ending_at(words, listed, phrases, skip=("career",))
        if not kind and _one_of_the_others(doc, i):
            kind = "example"
        if not kind and _in_a_persons_past(doc, e, person_starts) and not _a_present_posts(doc, e):
            kind = "career"   # a past employer in someone's career: never what the article is about
        if not kind and named_once[e.ref] == 1 and _opens_on_a_contrast(doc, i):
            kind = "comparison"  # "By comparison, across the border in England, Ofsted rated Herefordshire Council's
            # children's services inadequate": a council the article names only there is set against its story
        if not kind and i > 1 and doc[i - 1].text == ":" and _comparing_before(doc, i - 1, phrases["comparison"]):
            kind = "comparison"  # "Hull's neighbouring authorities have fared better: East Riding ... was rated good"
        if not kind and _after_a_comparison(doc, i, phrases["comparison"]):
            kind = "comparison"  # "The county compares poorly with its neighbours. Oxfordshire and Milton Keynes are
            # both rated good"
        if not kind and i > 1 and doc[i - 1].lower_ in (",", "and", "&", "or"):
            # "a partnership with Leeds and Bradford": the second is named as the first (past a figure in brackets:
            # "its statistical neighbours Trafford (21%), Bury (22%) and ...")
            joined = i - 2 if doc[i - 1].text != "," and doc[i - 2].text == "," else i - 1   # where the joining starts
            if doc[joined - 1].text == ")":
                joined = next((k for k in range(joined - 2, max(0, joined - 10), -1) if doc[k].text == "("), joined)
            prev = ends.get(joined)
            if prev is not None and prev.incidental in PASSING:
                kind = prev.incidental
        if not kind and i > 1 and (doc[i - 1].lower_ in _CLAUSE_JOINS or doc[i - 1].lower_ == "and" and doc[i - 2].text == ","):
            # a clause set beside a comparison's, in one sentence: "Neighbouring Wiltshire Council was rated good last
            # year, while Gloucestershire remains rated inadequate"
            prev = next((ends[k] for k in range(i - 1, _sentence_around(doc, i).start, -1) if k in ends), None)
            if prev is not None and prev.incidental == "comparison":
                kind = "comparison"
        if kind:
            e.incidental = kind
        ends[e.span.end] = e


_CLAUSE_JOINS = ("while", "whilst", "whereas", "but")


def _kind_ending_at(words: list[str], at: int, phrases: dict, skip: tuple[str, ...] = ()) -> str:
    """The kind (frame.yaml `passing`) of the first phrase whose words end right before word `at`, if any."""
    return next((k for k, ps in phrases.items() if k not in skip for p in ps
                 if at >= len(p) and tuple(words[at - len(p):at]) == p), "")


def _kind_starting_at(words: list[str], at: int, phrases: dict) -> str:
    """The kind of the first phrase whose words start at word `at`, if any."""
    return next((k for k, ps in phrases.items() for p in ps if tuple(words[at:at + len(p)]) == p), "")


_CONTRAST_OPENINGS = (("by", "comparison"), ("in", "comparison"), ("by", "contrast"), ("in", "contrast"))


def _opens_on_a_contrast(doc: Doc, i: int) -> bool:
    """The sentence holding token i opens by setting what it says against the story ("By comparison, ...", "In
    contrast, ...")."""
    s = _sentence_around(doc, i)
    first = [t.lower_ for t in s[:3] if not t.is_space]
    return tuple(first[:2]) in _CONTRAST_OPENINGS and first[2:3] == [","]


def _comparing_before(doc: Doc, colon: int, comparison: list[tuple[str, ...]]) -> bool:
    """The words of the sentence before a colon compare ("Hull's neighbouring authorities have fared better:")."""
    words = [t.lower_ for t in doc[_sentence_around(doc, colon).start:colon]]
    return any(_kind_starting_at(words, k, {"comparison": comparison}) for k in range(len(words)))


def _after_a_comparison(doc: Doc, i: int, comparison: list[tuple[str, ...]]) -> bool:
    """Token i opens its sentence (past "both"), and the sentence before, in the same paragraph, ends on a phrase
    of comparison ("The county's performance compares poorly with its neighbours."): as after a colon, the councils
    named next are what the subject is set against."""
    s = _sentence_around(doc, i)
    if s.start == 0 or i - s.start > 1 or i > s.start and doc[s.start].lower_ != "both":
        return False
    before = _sentence_around(doc, s.start - 1)
    words = [t.lower_ for t in before if not (t.is_punct or t.is_space)]
    if any("\n" in t.text for t in doc[before.start:s.start]) or not words:
        return False
    return any(tuple(words[len(words) - len(p):]) == p for p in comparison)


def owns_a_comparison(doc: Doc, e: EntitySpan) -> bool:
    """The council is named by its possessive right before a phrase of comparison ("Of Sunderland's statistical
    neighbours, Gateshead ..."): what the others are compared with, not what the clause rates."""
    j = e.span.end
    if j >= len(doc) or doc[j].lower_ not in ("'s", "’s", "'", "’"):
        return False
    words = [t.lower_ for t in doc[j + 1:j + 5]]
    return bool(_kind_starting_at(words, 0, {"comparison": _rules()["passing"]["comparison"]}))


def _introduced_as_a_post(sentences: list[Sentence], entities: list[EntitySpan]) -> None:
    """A council first named as someone's former employer, or where someone leaves for, is that wherever else it is named, unless a line of its
    own heads a section on it ("Former Wiltshire deputy to lead Swindon ... Wiltshire's own children's services
    were rated good": told of for the person's sake). (A present employer may be the article's: "The head of
    children's services at Norfolk County Council has resigned".)"""
    first: dict[Ref, EntitySpan] = {}
    for e in entities:
        if e.ref.kind == "council" and not e.anaphor:
            first.setdefault(e.ref, e)
    posts = {ref: e.incidental for ref, e in first.items() if e.incidental in ("career", "destination")}
    if not posts:
        return
    headed = {e.ref for s in sentences if a_name_alone(s, entities)
              for e in entities if s.span.start <= e.span.start < s.span.end}
    for e in entities:
        if e.ref in posts and e.ref not in headed and not e.incidental and not e.anaphor:
            e.incidental = posts[e.ref]


def _compared_on(sentences: list[Sentence], entities: list[EntitySpan], subjects: list[Ref]) -> list[EntitySpan]:
    """A council the article is not about, named as a comparison, is still one when named again in the same
    paragraph ("asked how Medway compared with neighbouring Kent, whose services are rated outstanding. Ms Bell said
    Kent was 'a very different authority'"): the marks given."""
    paragraph, headed = {}, set()
    for s in sentences:
        inside = [e for e in entities if s.span.start <= e.span.start < s.span.end]
        alone = bool(inside) and a_name_alone(s, entities)   # a roundup's section on it ("South Tyneside" over ...)
        for e in inside:
            paragraph[id(e)] = s.paragraph
            if alone:
                headed.add(e.ref)
    compared = {(e.ref, paragraph.get(id(e))) for e in entities
                if e.incidental == "comparison" and e.ref not in subjects and e.ref not in headed and id(e) in paragraph}
    marked = [e for e in entities if e.ref.kind == "council" and not e.incidental and not e.anaphor
              and (e.ref, paragraph.get(id(e))) in compared]
    for e in marked:
        e.incidental = "comparison"
    return marked


def _one_of_the_others(doc: Doc, i: int) -> bool:
    """The council (from token i) is an example of other councils than the one writing or written about
    ("We share learning with other councils in the south-east, including Kent County Council", "other
    authorities such as Kent"; frame.yaml `other_councils`): an example, named in passing."""
    if i < 1 or not (doc[i - 1].lower_ in ("including", "like") or i > 1 and doc[i - 2].lower_ == "such"
                     and doc[i - 1].lower_ == "as"):
        return False
    sent_start = _sentence_around(doc, i).start
    return bool(_rules()["other_councils"].search(doc[max(sent_start, i - 12):i].text))


def _listed_after(words: list[str], i: int) -> int:
    """Where the words that introduce a list of examples end, before the name at i ("..., including", "such as"):
    the phrase before them is what the names are; i itself when there are none."""
    k = i - 1 if i > 0 and words[i - 1] in ("including", "like", "namely") else \
        i - 2 if i > 1 and words[i - 2:i] == ["such", "as"] else i
    return k - 1 if k != i and k > 0 and words[k - 1] == "," else k


def _set_against(doc: Doc, e: EntitySpan) -> bool:
    """The council is what a sentence that opens by telling the reader to compare sets the subject against
    ("Compare this letter with the one sent to Blackpool", "Contrast that with Kent, where ..."): a comparison."""
    sent = _sentence_around(doc, e.span.start)
    first = next((t for t in sent if not t.is_punct), None)
    if first is None or first.lower_ not in _rules()["comparing_verbs"]:
        return False
    return any(t.lower_ in ("with", "to", "against") for t in doc[first.i + 1:e.span.start])


def _in_a_persons_past(doc: Doc, e: EntitySpan, person_starts: set[int]) -> bool:
    """The council is named in a sentence about someone's past career ("She had previously spent 15 years
    working in Kent and Essex", "He previously worked at Bolton", "Ms Bell joined the county from Kent in
    2021"): their former employer."""
    sent = doc[e.span.start].sent
    words = [t.lower_ for t in sent]
    # "I qualified in 2010 and joined Lancashire County Council": a writer's own career, told in the past
    about_someone = bool(words) and (words[0] in ("she", "he", "i") or sent.start in person_starts
                                     or (words[0].rstrip(".") in courtesy_titles() and sent.start + 1 in person_starts))
    if not about_someone and "my" in words[:3]:
        # "In my first job, in Haringey in 2009, I had 19 children on my caseload": a writer's first post
        return any(w in _FIRST_POSTS and words[k - 1] == "first" for k, w in enumerate(words) if k)
    if not about_someone:
        return False
    # (a career told in a clause about the person is only that clause's: "Amira Shah, who has spent four years in
    # Buckinghamshire, was confirmed in the post at a meeting of Milton Keynes City Council's committee")
    for t in sent:
        if t.lower_ not in _CAREER_WORDS:
            continue
        clause = next((a for a in [t, *t.ancestors] if a.dep_ in ("relcl", "acl")), None)
        if clause is None or clause.left_edge.i <= e.span.start < clause.right_edge.i + 1:
            return True
    return False


_CAREER_WORDS = {"previously", "formerly", "spent", "worked", "career", "joined", "joining"}
_FIRST_POSTS = {"job", "post", "role", "placement"}


def _a_present_posts(doc: Doc, e: EntitySpan) -> bool:
    """The council names by its possessive the post someone holds now ("Anita Okafor, Bromley's director of
    children's services, who joined the council from Lewisham"): their employer today, however the sentence goes
    on about their past (not "Bolton's former director")."""
    k = e.span.end if doc[e.span.end - 1].lower_ not in ("'s", "’s") else e.span.end - 1
    if k >= len(doc) or doc[k].lower_ not in ("'s", "’s", "'", "’"):
        return False
    heads = role_head_words() | _rules()["post_words"]
    for t in doc[k + 1:k + 6]:
        if t.lower_ in ("former", "ex", "previous", "then", "interim"):
            return False
        if t.lower_ in heads:
            return True
        if t.pos_ in ("VERB", "AUX") or t.is_punct:
            return False
    return False


def _in_a_persons_relative_clause(doc: Doc, e: EntitySpan, person_ends: set[int]) -> bool:
    """The council is named in a clause about a person ("Ward, who spent seven years running children's
    services at Essex County Council before retiring, will ..."): their past or present employer."""
    for k in range(e.span.start - 1, max(-1, e.span.start - 16), -1):
        t = doc[k]
        if t.is_sent_start or t.text in (".", ";", ":") or (t.text == "," and doc[k + 1].lower_ != "who"):
            return False
        if t.lower_ == "who" and k >= 2 and doc[k - 1].text == "," and (
                k - 1 in person_ends or (doc[k - 2].pos_ == "PROPN" and doc[k - 2].is_title
                                         and doc[k - 2].ent_type_ not in ("COUNCIL", "PROVIDER", "KNOWN_ORG"))):
            return True  # "Jo Ward, who ...", "Ward, who ..." (a surname the model did not tag)
    return False


# ---- the URL: a council's own site, a place in the host, a council in the slug ---------------------------

@lru_cache(maxsize=1)
def _domains() -> dict[str, frozenset[str]]:
    """Registrable web domain -> GSS codes of the councils whose site it is (council_web_domains.csv)."""
    out: dict[str, set[str]] = {}
    with data_path("council_web_domains.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for d in [row["domain"], *row["other_domains"].split(";")]:
                if d.strip():
                    out.setdefault(d.strip().lower(), set()).add(row["gss_code"])
    return {d: frozenset(c) for d, c in out.items()}


@lru_cache(maxsize=1)
def _places() -> dict[str, frozenset[str]]:
    """A place's name with its words run together ("windsor", "meltonmowbray") or a council's name so
    written ("wirral", "northyorkshire") -> the GSS codes it may mean (places.csv, the council table)."""
    out: dict[str, set[str]] = {}
    ref = reference()
    for alias, codes in ref.council_aliases.items():
        key = re.sub(r"[^a-z]", "", alias.replace("&", "and"))
        if len(key) >= 4 and not alias.endswith((" council", " cc", " mbc", " lbc", " rbc", " bc")):
            out.setdefault(key, set()).update(codes)
    with data_path("places.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            key = re.sub(r"[^a-z]", "", row["place"].lower())
            if len(key) >= 4:
                out.setdefault(key, set()).update(row["gss_codes"].split(";"))
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _provider_sites() -> dict[str, str]:
    """A provider's name run together ("achievingforchildren"), its place and the initials of the rest
    ("bradfordcft": Bradford Children and Families Trust), or the initials and the last word ("nctrust") -> its
    key: a host that is a provider's site."""
    ref = reference()
    out = {}
    for p in ref.providers.values():
        for name in (p.name, *p.aliases):
            out[re.sub(r"[^a-z]", "", name.lower().replace("&", "and"))] = p.key
            words = [w for w in re.findall(r"[a-z]+", name.lower().replace("'s", "")) if w not in ("and", "for", "of", "the")]
            if len(words) >= 3:
                out.setdefault(words[0] + "".join(w[0] for w in words[1:]), p.key)
                # ("nctrust": Northamptonshire Children's Trust, the initials and the last word)
                out.setdefault("".join(w[0] for w in words[:-1]) + words[-1], p.key)
    return out


def _domain_councils(host: str) -> frozenset[str] | None:
    """The councils whose web domain `host` is or is under ("news.leeds.gov.uk": Leeds), if any."""
    labels = host.split(".")
    return next((_domains()[d] for d in (".".join(labels[k:]) for k in range(len(labels) - 1)) if d in _domains()),
                None)


def read_url(url: str | None, when: date | None) -> tuple[Ref | None, dict[str, tuple[str, ...]]]:
    """(the council or provider whose own site the page is on, {signal: GSS codes}) from an article's URL:
    'site' (a council's domain), 'url_path' (the slug names a council), 'url_host' (the host or a
    section of the path is a place: "wirralglobe.co.uk", "/news/windsor/")."""
    if not url:
        return None, {}
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower()
    except ValueError:
        return None, {}
    first = _host_name(host)
    ref = reference()
    rules = _rules()
    signals: dict[str, set[str]] = {}
    site = None
    if host.endswith(rules["other_bodies"]):
        return None, {}  # a police force's or a hospital's page: its place is not a council's news
    labels = host.split(".")
    codes = _domain_councils(host)
    if codes:
        resolved = ref.resolve_council(codes, when)
        signals.setdefault("site", set()).update(resolved)
        site = council_ref(resolved[0]) if len(resolved) == 1 else None
    if "site" not in signals and host.endswith(tuple("." + d for d in rules["council_platforms"])):
        # a committee-papers platform's host for one council: "wokingham.moderngov.co.uk"
        codes = _places().get(re.sub(r"[^a-z]", "", labels[0]))
        resolved = ref.resolve_council(codes, when) if codes else []
        if len(resolved) == 1:
            signals["site"] = set(resolved)
            site = council_ref(resolved[0])
    key = _provider_sites().get(re.sub(r"[^a-z]", "", first))
    if key is not None and "site" not in signals:
        site = Ref("provider", key, ref.providers[key].name)
        signals.setdefault("url_host", set()).update(
            g for g in ref.providers[key].councils if ref.councils[g].valid_on(when))
    if "site" not in signals:
        places = _place_in_host(first, rules)
        bare = _places().get(re.sub(r"[^a-z]", "", first))
        if not places and bare and host.endswith(rules["bare_place_suffixes"]) \
                and re.sub(r"[^a-z]", "", first) not in rules["nations"]:
            places = [bare]  # "www.miltonkeynes.co.uk": a local paper named after its place alone
        for place in places:
            signals.setdefault("url_host", set()).update(ref.resolve_council(place, when))
    for segment in unquote(parts.path).lower().split("/"):
        words = [w for w in re.split(r"[^a-z0-9]+", re.sub(r"\.(html?|aspx?|php)$", "", segment)) if w and not w.isdigit()]
        if not words:
            continue
        is_slug = len(words) >= rules["slug_words"]
        for codes in _councils_in_words(words, rules):
            signals.setdefault("url_path" if is_slug else "url_host", set()).update(ref.resolve_council(codes, when))
        if not is_slug and len(words) == 1:
            codes = _places().get(words[0].removesuffix("council").removesuffix("county") or words[0])
            if codes:
                signals.setdefault("url_host", set()).update(ref.resolve_council(codes, when))
    return site, {k: tuple(sorted(v)) for k, v in signals.items()}


_AN_UNNAMED_COUNCIL = re.compile(r"\b(the council|the authority|the local authority|our|we)\b", re.I)


def _served_by_the_named_provider(entities: list[EntitySpan], sentences: list[Sentence],
                                  when: date | None) -> set[str]:
    """The councils the providers the text names in its opening run services for (on a trust's own page for two
    councils, "our services" are both's; not a trust a speech names as an example further down)."""
    providers = [e for e in entities if e.ref.kind == "provider"]
    if not providers:
        return set()
    ref = reference()
    opening = []
    for s in sentences:
        if len(opening) == _rules()["lead"] or opening and opening[-1].span.end > providers[-1].span.start:
            break  # (the opening's end is past every provider named: far enough)
        if sum(t.is_alpha for t in s.span) >= 4 and "|" not in s.text and not is_menu_line(s.text):
            opening.append(s)
    end = opening[-1].span.end if opening else 0
    return {g for e in providers if e.ref.key in ref.providers and e.span.start < end
            for g in ref.providers[e.ref.key].councils if ref.councils[g].valid_on(when)}


_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")


def _address_councils(text: str, when: date | None) -> set[str]:
    """The councils a postal address line of the page names ("Tameside One, Market Place, Ashton-under-Lyne, OL6
    6BH"), if it names exactly one."""
    if not _POSTCODE.search(text):
        return set()
    ref, rules = reference(), _rules()
    found: set[frozenset[str]] = set()
    for line in text.splitlines():
        line = line.strip()
        if len(line) > 120 or not _POSTCODE.search(line):
            continue
        parts = line.split(",")
        civic = any(b in line.lower() for b in rules["civic_buildings"])
        for k, part in enumerate(parts):
            if k == 0 or civic:
                words = [w for w in re.split(r"[^a-z0-9&]+", _POSTCODE.sub(" ", part).lower()) if w]
                found.update(_councils_in_words(words, rules))
    if len(found) != 1:
        return set()
    return set(ref.resolve_council(next(iter(found)), when))


_EMAIL = re.compile(r"\b[\w.+-]+@([\w-]+(?:\.[\w-]+)+)\b")


def _heir_speaking(text: str, entities: list[EntitySpan], when: date | None) -> set[str]:
    """On a council's own page telling its creation (frame.yaml `own_creation`), the one successor of a former
    council it names: the one that took its name (Dorset Council for Dorset County Council), else the one it does
    not name itself."""
    rules = _rules()
    if when is None or not rules["own_creation"].search(text) or not rules["own_voice"].search(text):
        return set()
    councils = reference().councils
    named = {e.ref.key for e in entities if e.ref.kind == "council" and not e.anaphor}
    out: set[str] = set()
    for gss in named:
        if gss in councils and not councils[gss].valid_on(when):
            heirs = reference().successors_on(gss, when)
            same = [h for h in heirs if councils[h].short_name == councils[gss].short_name]
            unnamed = [h for h in heirs if h not in named]
            heir = same if len(same) == 1 else unnamed if len(unnamed) == 1 else heirs
            if len(heir) == 1:
                out.add(heir[0])
    return out


def _email_councils(text: str, when: date | None) -> set[str]:
    """The council whose web domain the page's e-mail addresses are at ("Email: jo.bell@wokingham.gov.uk", a contact
    line), if they name exactly one."""
    found = {codes for m in _EMAIL.finditer(text) if (codes := _domain_councils(m.group(1).lower()))}
    return set(reference().resolve_council(next(iter(found)), when)) if len(found) == 1 else set()


def _host_name(host: str) -> str:
    """The label of a host that names its owner: "wirralglobe" of www.wirralglobe.co.uk."""
    labels = host.split(".")
    return labels[1] if labels[0] in ("www", "m", "news", "amp") and len(labels) > 2 else labels[0]


def masthead_body(url: str | None, text: str) -> Ref | None:
    """The body whose own page this is, when its host spells the page's first line ("Sandwell Kinship Carers
    Network" on sandwellkinshipcarers.org.uk): a charity's, a group's or a paper's own name for itself."""
    if not url:
        return None
    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return None
    first = re.sub(r"[^a-z0-9]", "", _host_name(host))
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    words = [w for w in (re.sub(r"[^a-z0-9]", "", w) for w in line.lower().replace("’s", "s").split()) if w]
    if len(first) < 6 or len(words) > 8 or not _spelt_by(first, words):
        return None
    return Ref("org", slug(line), line)


def _spelt_by(host: str, words: list[str]) -> bool:
    """The host is the line's first words run together, or some of its words in order from the first
    ("safeharbourcharity" for "Safe Harbour Children's Charity")."""
    if "".join(words).startswith(host):
        return True
    return any(host == words[0] + "".join(w for k, w in enumerate(words[1:]) if mask >> k & 1)
               for mask in range(1 << (len(words) - 1)))


_BYLINE = re.compile(r"^\s*by\s+[^,|;\n]+[,|;]\s*(.+?)\s*$", re.I | re.M)


def _paper_in_byline(text: str, when: date | None) -> tuple[str, ...]:
    """The councils of the place a byline's paper is named after ("By Kate Mullins, Plymouth Herald",
    "By Tom Ellery | Cumberland News"), in the article's first lines."""
    head = "\n".join(text.split("\n")[:16])
    rules = _rules()
    for m in _BYLINE.finditer(head):
        for part in re.split(r"[,|;]", m.group(1)):
            for codes in _place_in_host(part.lower(), rules):
                return tuple(sorted(reference().resolve_council(codes, when)))
    return ()


def _place_in_host(label: str, rules: dict) -> list[frozenset[str]]:
    """The place a local publication's host is named after: the place's name, then a paper's word
    ("yorkpress", "wirralglobe", "doncasterfreepress"); a bare place ("staffordshire.police.uk") is some
    other body's site."""
    label = re.sub(r"[^a-z]", "", label)
    places = _places()
    for k in range(len(label), 3, -1):
        head, tail = label[:k], label[k:]
        if head in places and tail in rules["paper_words"] and head not in rules["nations"]:
            return [places[head]]
    return []


def _councils_in_words(words: list[str], rules: dict) -> list[frozenset[str]]:
    """Councils whose names stand in a run of lower-case words (a URL's slug), longest first; a name that is
    an ordinary word ("reading") counts only beside a council word."""
    aliases = reference().council_aliases
    out, i = [], 0
    while i < len(words):
        if words[i] in DIRECTIONS and i + 3 < len(words) and words[i + 1] in ("and", "&") \
                and words[i + 2] in DIRECTIONS:
            # "north-and-west-northamptonshire": the first direction shares the place name after the second
            for n in range(min(5, len(words) - i - 3), 0, -1):
                codes = shared_place_name(words[i], words[i + 2:i + 3 + n])
                if codes:
                    out.append(codes)
                    i += 2
                    break
            else:
                i += 1
            continue
        for n in range(min(6, len(words) - i), 0, -1):
            name = " ".join(words[i:i + n])
            codes = aliases.get(name) or aliases.get(name.replace(" and ", " & "))
            if not codes:
                continue
            if n == 1 and name in rules["ordinary"] and not (
                    i + 1 < len(words) and words[i + 1] in rules["council_words"]):
                continue
            if i > 0 and words[i - 1] == "greater" or i + n < len(words) and a_county_area(codes, words[i + n]):
                i += n
                break  # "greater-manchester-council-ratings": the region's councils, not Manchester's; "wiltshire-
                # town-slips": a town in the county
            out.append(frozenset(codes))
            i += n
            break
        else:
            i += 1
    return out


def _named_in_title(title: str, when: date | None) -> set[Ref]:
    """Councils a headline names: capitalised runs of words that are a council's name."""
    ref = reference()
    words = re.findall(r"[A-Za-z][\w&'’.-]*", title)
    out: set[Ref] = set()
    i = 0
    while i < len(words):
        hit = False
        if words[i][:1].isupper():
            for n in range(min(7, len(words) - i), 0, -1):
                name = " ".join(words[i:i + n]).lower().replace("’", "'").removesuffix("'s")
                codes = ref.council_aliases.get(name)
                if codes:
                    if not (i + n < len(words) and a_county_area(codes, words[i + n].lower())):
                        out.update(council_ref(g) for g in ref.resolve_council(codes, when))  # (not "Wiltshire town")
                    i += n
                    hit = True
                    break
        if not hit:
            i += 1
    return out


# ---- sets of councils -----------------------------------------------------------------------------------

# numbers in words, as articles count councils and years ("nineteen councils", "two years later")
NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}


@lru_cache(maxsize=1)
def _provider_reference_phrases() -> list[tuple[str, ...]]:
    return sorted((tuple(p.split()) for p in load_yaml("providers.yaml")["references"]), key=len, reverse=True)


def provider_references(doc: Doc, entities: list[EntitySpan]) -> list[EntitySpan]:
    """"The trust", "the company" (providers.yaml references) linked to the trust or company named last before
    them, when no other body whose name ends so is named in between ("Leeds Teaching Hospitals NHS Trust"): "The
    trust took over children's social care from the county council"."""
    named = [e for e in entities if not e.anaphor and e.ref.kind == "provider"]
    if not named:
        return []
    phrases = _provider_reference_phrases()
    in_names = {i for e in named for i in range(e.span.start, e.span.end)}
    out = []
    places = {e.span.start: e for e in entities if e.ref.kind == "council" and not e.anaphor}
    table = reference().providers
    for t in doc:
        if t.lower_ != "the":
            continue
        place = places.get(t.i + 1)
        if place is not None:
            # "the Bradford trust": the named provider that serves the council the place names
            n = next((len(p) for p in phrases if tuple(x.lower_ for x in doc[place.span.end:place.span.end + len(p)]) == p), 0)
            serving = {e.ref for e in named if e.ref.key in table and place.ref.key in table[e.ref.key].councils}
            if n and len(serving) == 1 and not doc[place.span.end].is_title:
                place.incidental = "place"
                out.append(EntitySpan(doc[t.i:place.span.end + n], serving.pop(), anaphor=True))
            continue
        n = next((len(p) for p in phrases if tuple(x.lower_ for x in doc[t.i + 1:t.i + 1 + len(p)]) == p), 0)
        end = t.i + 1 + n
        if not n or end < len(doc) and (doc[end].is_title and doc[end].pos_ == "PROPN" or doc[end].text in ("-", "–")):
            continue  # "the Trust Board", "the trust-wide ...": a name or another word
        last = next((e for e in reversed(named) if e.span.end <= t.i), None)
        word = doc[end - 1].lower_
        if last is not None and not any(x.lower_ == word and x.is_title and x.i not in in_names
                                        for x in doc[last.span.end:t.i]):
            out.append(EntitySpan(doc[t.i:end], last.ref, anaphor=True))
    return out


def collective_references(doc: Doc, sentences: list[Sentence], entities: list[EntitySpan],
                           subjects: list[Ref] = ()) -> list[EntitySpan]:
    """Collective references linked to the councils they stand for, one anaphor per council: "these
    authorities", "both councils", "the two areas", "they were both rated" stand for the set a recent
    sentence named (of the size a number gives); "five of these authorities" in a sentence that names the
    sixth is the set without it; with no such set, a number of councils opening a sentence that fits the
    article's several subject councils is them ("Two London boroughs that share services were rated
    outstanding" in a headline) (frame.yaml sets)."""
    rules = _rules()["sets"]
    nouns = {tuple(n.split()) for n in rules["nouns"]}
    numbered = nouns | {tuple(n.split()) for n in rules["numbered_nouns"]}
    dets = sorted((tuple(d.split()) for d in rules["determiners"]), key=len, reverse=True)
    named_in = {k: named_together(doc, s, entities) for k, s in enumerate(sentences)}
    alone: list[set[Ref]] = []   # the councils each sentence names by name, worked out at the first "both"
    out: list[EntitySpan] = []
    for k, s in enumerate(sentences):
        for start, end, count, subset in _collective_spans(doc, s.span, nouns, numbered, dets, rules):
            if start - 2 >= s.span.start and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in ("none", "neither"):
                continue  # "none of the six councils was rated outstanding": said of no council
            if count and doc[start].lower_ not in ("the", "these", "those", "both", "all") \
                    and any(t.lower_ in ("others", "another") for t in s.span):
                continue  # one group of several the sentence tells of, not a set named before: "Two councils
                # lost their 'good' ratings, while two others moved up"
            named_before = named_together(doc, sentences[k], entities, before=start)
            group = _recent_set(named_in, k, count if not subset else None, rules["lookback"],
                                named_before if len(named_before) >= 2 else None)
            # (or anywhere, told as all of them: "In all three boroughs, inspectors found ..."; not "the seven
            # authorities rated inadequate", a set its words pick out)
            if not group and (start == s.span.start or doc[start].lower_ in ("all", "each")
                              or doc[start].lower_ == "the" and not _picked_out(doc[end - 1])) \
                    and len(subjects) >= 2 and count == len(subjects) and (
                    doc[start].lower_ != "both" or any(set(subjects) <= set(named_in[j]) for j in range(k))):
                # the sentence's subject, told before its members are named; "both councils", the article's two
                # subjects named together further back than a recent set
                group = list(subjects)
            if not group and count == 2 == len(subjects) and doc[start].lower_ == "both":
                # "in both authorities", "Both were also praised ...": an article's two subject councils, each
                # named before in a sentence of its own, though never in one list (not "Kent's director, who
                # once worked for Surrey, ...": named together, yet no pair)
                alone = alone or [{e.ref for e in entities if not e.anaphor and e.ref.kind == "council"
                                   and s2.span.start <= e.span.start < s2.span.end} for s2 in sentences]
                if all(_named_alone_before(subjects, c, alone, k) for c in subjects):
                    group = list(subjects)
            if not group:
                continue
            if subset:
                others = [e.ref for e in entities if e.ref in group and not e.anaphor
                          and s.span.start <= e.span.start < s.span.end]
                group = [c for c in group if c not in others] if len(group) - len(others) == count else \
                    (group if len(group) == count else [])
            out += [EntitySpan(doc[start:end], c, anaphor=True) for c in group]
    return out + _listed_next(doc, sentences, entities, out, nouns | numbered, rules)


def _listed_next(doc: Doc, sentences: list[Sentence], entities: list[EntitySpan], found: list[EntitySpan],
                 nouns, rules) -> list[EntitySpan]:
    """A number of councils told of before their names, which one of the next two sentences lists ("Four councils
    were rated inadequate. They are Bolton, Wigan, Oldham and Rochdale."; "... commissioners at four councils
    rated inadequate ... The DfE is recruiting in Barnet, Kirklees, Reading and Worcestershire."): the number
    stands for the listed councils, one anaphor each. The list must be all the sentence names and as long as the
    number; one that grades its councils itself is its own statement, not the count's names."""
    introducer = _rules()["list_follows"]
    grades = _grade_words()
    taken = {e.span.start for e in found}
    councils = [e for e in entities if e.ref.kind == "council" and not e.anaphor]
    starts = [s.span.start for s in sentences]
    naming = {bisect_right(starts, e.span.start) - 1 for e in councils}  # the sentences that name a council

    def listed(s: Span) -> list[Ref]:
        runs = named_runs(doc, councils, s.start, s.end, lambda e: True, glue=RUN_GLUE)
        if len(runs) != 1:
            return []
        refs = list(dict.fromkeys(e.ref for e in runs[0]))
        first, last = runs[0][0].span.start, max(e.span.end for e in runs[0])
        if introducer.match(doc[s.start:first].text) and all(
                t.is_punct or t.is_space or t.lower_ == "respectively" for t in doc[last:s.end]):
            return refs  # "They are A, B and C."
        return refs if not any(t.lower_ in grades for t in s) else []

    out: list[EntitySpan] = []
    for k in range(len(sentences) - 1):
        sent = sentences[k].span
        words = [t.lower_ for t in sent]
        counted = None
        for i, w in enumerate(words):
            n = int(w) if w.isdecimal() else NUMBER_WORDS.get(w)
            if n is None or n < 2 or sent.start + i in taken:
                continue
            j = i + 1
            while j < len(words) and j <= i + 2 and (words[j] in rules["set_adjectives"] or sent[j].pos_ == "PROPN"):
                j += 1
            m = _noun_at(words, j, nouns)
            if m:
                counted = (n, sent.start + i, sent.start + j + m)
                break
        if counted is None or k in naming:
            continue  # (a sentence that names councils itself: its number is of those)
        for nxt in sentences[k + 1:k + 3]:
            refs = listed(nxt.span)
            if refs:
                if len(refs) == counted[0]:
                    out += [EntitySpan(doc[counted[1]:counted[2]], c, anaphor=True) for c in refs]
                break
    return out


def _picked_out(noun) -> bool:
    """The noun of a set has a clause that picks some out ("the three boroughs rated inadequate last year", "the two
    councils that share a director"), not all the article's councils ("Services across the two council areas remain
    rated inadequate")."""
    return any(c.dep_ in ("acl", "relcl") for c in noun.children) or (
        noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].lower_ in ("rated", "judged", "graded", "that", "which",
                                                                          "where", "whose", "with"))


def _named_alone_before(subjects: list[Ref], c: Ref, alone: list[set[Ref]], k: int) -> bool:
    """Council c is named, before sentence k, in a sentence that names none of the other subjects."""
    return any(c in named and not (set(subjects) - {c}) & named for named in alone[:k])


_LIST_GLUE = {",", "and", "&", "or", "-", "–", "—", "(", ")", ":", "as", "well"}
# Between the names of a run in the narrow sense: commas, "and", brackets ("Bolton, Coventry and Hounslow").
RUN_GLUE = frozenset({",", "and", "&", "(", ")"})


def named_runs(doc: Doc, entities: list[EntitySpan], start: int, end: int, keep, glue=_LIST_GLUE) -> list[list[EntitySpan]]:
    """The entities `keep` accepts between tokens start and end, in runs with only `glue` words between them
    ("Bolton, Coventry and Hounslow"); names that overlap (one name for two successor councils) join a run."""
    runs: list[list[EntitySpan]] = []
    for e in (e for e in entities if keep(e) and start <= e.span.start and e.span.end <= end):
        last = runs[-1][-1] if runs else None
        if last is not None and (e.span.start < last.span.end
                                 or all(t.lower_ in glue for t in doc[last.span.end:e.span.start])):
            if e.span.start >= last.span.end or e.ref != last.ref:
                runs[-1].append(e)
        else:
            runs.append([e])
    return runs


def named_together(doc: Doc, s: Sentence, entities: list[EntitySpan], before: int | None = None) -> list[Ref]:
    """The councils a sentence names together as a list ("Dorset, Durham, Richmond and York", "Kensington
    and Chelsea and Westminster"): the longest run of council names with only commas, 'and', 'or' or
    brackets between them (before token `before`, if given)."""
    end = s.span.end if before is None else before
    best: list[Ref] = []
    for run in named_runs(doc, entities, s.span.start, end,
                          lambda e: e.ref.kind == "council" and not e.incidental and not e.anaphor):
        refs = list(dict.fromkeys(x.ref for x in run))
        if len(refs) > len(best):
            best = refs
    return best if len(best) >= 2 else []


def _recent_set(named_in: dict[int, list[Ref]], k: int, size: int | None, lookback: int,
                here: list[Ref] | None) -> list[Ref]:
    """The councils named together most recently (this sentence before the reference, then earlier ones)."""
    if here and (size is None or len(here) == size):
        return here
    for j in range(k - 1, max(-1, k - 1 - lookback), -1):
        group = named_in.get(j, [])
        if len(group) >= 2 and (size is None or len(group) == size):
            return group
    return []


def _collective_spans(doc: Doc, sent: Span, nouns, numbered, dets, rules) -> list[tuple[int, int, int | None, bool]]:
    """(start, end, number or None, subset?) of the collective references in a sentence."""
    out = []
    words = [t.lower_ for t in sent]
    # each token's number, read once ("five", "12")
    nums = [int(w) if w.isdecimal() else NUMBER_WORDS.get(w) for w in words]
    firsts = {d[0] for d in dets}
    base = sent.start
    i = 0
    while i < len(words):
        hit = None
        # "five of these authorities", "five of them"
        n = nums[i]
        if n is not None and i + 2 < len(words) and words[i + 1] == "of":
            if words[i + 2] == "them":
                hit = (base + i, base + i + 3, n, True)
            elif words[i + 2] in ("these", "those", "the"):
                m = _noun_at(words, i + 3, numbered)
                if m:
                    hit = (base + i, base + i + 3 + m, n, True)
        if hit is None and words[i] in firsts:
            for d in dets:
                if tuple(words[i:i + len(d)]) != d:
                    continue
                j = i + len(d)
                count = nums[j] if j < len(words) else None
                if count is not None:
                    j += 1
                while j < len(words) and j <= i + len(d) + 2 and words[j] in rules["set_adjectives"]:
                    j += 1  # "both new councils", "these two neighbouring authorities"
                if count is None and d == ("both",):
                    count = 2 if _noun_at(words, j, numbered) or _noun_at(words, j, nouns) else None
                m = _noun_at(words, j, numbered if count else nouns)  # "both areas": two of them
                if m:
                    hit = (base + i, base + j + m, count, False)
                break
        if hit is None and words[i] in ("the", "all") and i + 1 < len(words) and nums[i + 1] not in (None, 0, 1):
            m = _noun_at(words, i + 2, numbered)
            if m:  # "the two councils"
                hit = (base + i, base + i + 2 + m, nums[i + 1], False)
        if hit is None and i == 0 and nums[i] not in (None, 0, 1):
            j = i + 1
            while j < len(words) and j <= i + 2 and (words[j] in rules["set_adjectives"] or sent[j].pos_ == "PROPN"):
                j += 1  # "Two London boroughs ...", "Two neighbouring councils ..." opening the sentence
            m = _noun_at(words, j, nouns)
            if m:
                hit = (base + i, base + j + m, nums[i], False)
        if hit is None and i == 0 and words[i] == "both" and i + 1 < len(words) and sent[i + 1].pos_ in ("AUX", "VERB"):
            hit = (base + i, base + i + 1, 2, False)  # "Both were rated requires improvement in 2022"
        if hit is None and words[i] in rules["pronouns"]:
            j = i + 1
            while j < len(words) and j <= i + 3 and words[j] in ("were", "are", "have", "had", "been", "was"):
                j += 1
            if j < len(words) and words[j] in rules["after_pronoun"] and j > i + 1:
                hit = (base + i, base + j + 1, None, False)
        if hit:
            out.append(hit)
            i = hit[1] - base
        else:
            i += 1
    return out


def _noun_at(words: list[str], j: int, nouns) -> int:
    for noun in sorted(nouns, key=len, reverse=True):
        if tuple(words[j:j + len(noun)]) == noun:
            return len(noun)
    return 0


# ---- subjects ------------------------------------------------------------------------------------------

_QUOTE_MARKS = ("“", '"', "‘", "'")


def lead(sentences: list[Sentence]) -> list[Sentence]:
    """The opening: its first `lead` sentences (frame.yaml), a masthead or menu line among them."""
    return [s for s in sentences[:_rules()["lead"]] if not s.in_table]


def _is_roundup(sentences: list[Sentence]) -> bool:
    """The opening counts councils ("Four of the region's councils have been inspected")."""
    return bool(_rules()["roundup_lead"].search(" ".join(s.text for s in lead(sentences))))


def _subjects(sentences: list[Sentence], from_url: dict[str, tuple[str, ...]],
              headline: set[Ref], roundup: bool, first_in_head: Ref | None = None) -> tuple[list[Ref], dict[Ref, float]]:
    """The councils the article is about, most prominent first, with their scores (frame.yaml subjects):
    prominent ones (the page's site, its URL's slug, its headline, its opening sentences, named in several
    sentences) that score at least a third of the most prominent; a place in the URL's host or section
    counts only when the text names no council prominently."""
    rules = _rules()
    w = rules["weights"]
    score: dict[Ref, float] = {}
    count: dict[Ref, int] = {}
    first: dict[Ref, int] = {}
    prominent: set[Ref] = set()
    k = 0   # sentences of reporting so far: a line of page junk ("?", "1 min read") is not the lead
    national = False  # the opening speaks of councils in general ("because councils cannot find homes")
    examples: set[Ref] = set()  # councils named in a sentence of examples ("Among those rated inadequate were ...")
    for s in sentences:
        if s.in_table:
            continue  # a table lists councils side by side; it makes none of them the article's subject
        national = national or (k < rules["lead"] and not s.councils and bool(rules["national_turn"].search(s.text)))
        if (m := rules["examples"].search(s.text)) and (m.start() == len(s.text) - len(s.text.lstrip()) or national):
            examples.update(s.councils)  # (anywhere in a sentence, once the opening speaks of councils in general:
            # "The government wants two-tier areas such as Surrey, Essex and Norfolk to be replaced")
        for c in dict.fromkeys(() if s.councils and is_menu_line(s.text) else s.councils):
            # (a site's menu places the page, "Regions | Coventry & Warwickshire": no subject)
            if c in s.historic:
                continue  # a former council is history, not what the article is about
            count[c] = count.get(c, 0) + 1
            first.setdefault(c, k)
            score[c] = score.get(c, 0.0) + w["sentence"] + (w["lead"] if k < rules["lead"] else 0.0)
        if sum(t.is_alpha for t in s.span) >= 4:
            k += 1
    for c in headline:
        score[c] = score.get(c, 0.0) + w["headline"] + (w["headline_first"] if c == first_in_head else 0.0)
        prominent.add(c)
    for c, n in count.items():
        # (in a national story, a council named once in its opening as an example is no subject: "Among the
        # strongest performers was Sunderland")
        if (first[c] < rules["lead"] and not (national and n == 1 and c in examples)) or n >= rules["several"]:
            prominent.add(c)
    # a roundup ("Four of the region's councils have been inspected"): each council a sentence rates is
    # one of its subjects, however briefly it is named
    rated: set[Ref] = set()
    if roundup:
        for s in sentences:
            if not s.in_table and rules["rated"].search(s.text):
                rated.update(c for c in s.councils if c not in s.historic)
        prominent |= rated - (examples if national else set())
    weak: set[Ref] = set()
    for signal in ("site", "own_page", "url_path", "url_host", "page"):
        if signal == "page" and (national or prominent):
            continue  # only for a page that names no council prominently, and no national story's example
        for gss in from_url.get(signal, ()):
            c = council_ref(gss)
            score[c] = score.get(c, 0.0) + w[signal]
            (weak if signal in ("url_host", "page") else prominent).add(c)
    if not prominent:
        prominent = weak
    if not prominent and score and not national:
        # none named prominently: the one named clearly most, if any ("a council where Ofsted rated ...",
        # named twice further down); not in a national story, where a council named twice is its example
        ranked = sorted(score.values(), reverse=True)
        if ranked[0] >= 2 * w["sentence"] and (len(ranked) == 1 or ranked[0] >= 2 * ranked[1]):
            prominent = {c for c, v in score.items() if v == ranked[0]}
        elif len(score) == 1 and any(rules["own_voice"].search(s.text) for s in sentences[:rules["lead"]]
                                     if s.text.lstrip()[:1] not in _QUOTE_MARKS):
            prominent = set(score)  # a council's own page, naming itself once: "Our children's services ..." 
        elif len(score) == 1 and _introduced_unnamed(sentences, next(iter(score))):
            prominent = set(score)  # "A council apologised after ... Its director in Cornwall resigned."
        else:
            # the one council whose children's services a sentence names as inspected or graded ("following its
            # monitoring visit to Torbay's children's services", in minutes that name it once)
            ours = ours_rated_pattern()
            inspected = {c for s in sentences if ours.search(s.text.replace("’", "'")) for c in s.councils
                         if c not in s.historic}
            if len(inspected) == 1:
                prominent = inspected
    ranked = [c for c in prominent if c in score]
    if not ranked:
        return [], score
    top = max(score[c] for c in ranked)
    keep = [c for c in ranked if rules["ratio"] * score[c] >= top or c in rated]
    return sorted(keep, key=lambda c: (-score[c], first.get(c, -1), c.key)), score


def _introduced_unnamed(sentences: list[Sentence], c: Ref) -> bool:
    """Before the one council it names, the story speaks of a council it does not name ("A council has apologised
    after inspectors ...", "Two inspectors spent two days with the borough council's leaving care team"): that
    council is the one it names, however late, and however much page furniture stands before the opening."""
    for s in sentences:
        if c in s.councils:
            return False
        if _ONE_UNNAMED.match(s.text.lstrip()) or _THE_UNNAMED.search(s.text):
            return True
    return False


_THE_UNNAMED = re.compile(r"\bthe (borough |county |city |district |local )?(council|authority)\b", re.I)


@lru_cache(maxsize=1)
def _portfolio_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_yaml("roles.yaml")["portfolio_words"])


def _joined_from(doc: Doc, i: int) -> bool:
    """The council (from token i) is where someone comes from to a new post, however far the verb: "She will join
    us in January from Solihull Council", "who moved last year from Essex": their employer."""
    return i > 0 and doc[i - 1].lower_ == "from" and doc[i - 1].head.lower_ in _rules()["joining_verbs"]


def _a_former_posts(doc: Doc, e: EntitySpan) -> bool:
    """The council names a former post: "former" or "ex-" before it, a role's head word after it ("Former
    Wiltshire deputy will take charge", "ex-Leeds children's services director"); not "the former Cumbria County
    Council", an abolished council."""
    i = e.span.start - 1
    if i >= 0 and doc[i].text in ("-", "‐"):
        i -= 1
    if i < 0 or doc[i].lower_ not in ("former", "ex", "ex-"):
        return False
    heads = role_head_words() | _rules()["post_words"]
    for t in doc[e.span.end:e.span.end + 5]:
        if t.lower_ in heads:
            return True
        if t.pos_ in ("VERB", "AUX") or t.is_punct and t.text not in ("'", "’"):
            return False
    return False


def _post_of_an_appointee(doc: Doc, e: EntitySpan, entities: list[EntitySpan]) -> bool:
    """The council is named by its possessive for the post of someone another council appoints ("Cheshire East
    appoints Stockport's social care chief as its director", "Stockport's deputy director has been appointed to
    lead Cheshire East"): the post they leave, not the news (not "Stockport's director was appointed in 2020")."""
    j = e.span.end
    verbs = _rules()["appointing_verbs"]
    # (or the name itself before the post, right after the verb of another council that appoints: "Rochdale names
    # Bolton children's social care chief as new director", a headline the parser reads as nouns; not "Jo Bell
    # appointed Bolton director", nor "joins Bolton", the post taken up)
    v = e.span.start - 1
    named = (v > 0 and doc[v].lower_ in verbs and doc[v].lower_ not in _rules()["joining_verbs"]
             and any(o.ref.kind == "council" and o.ref != e.ref and doc[v].sent.start <= o.span.start
                     and o.span.end == v for o in entities))
    possessive = j < len(doc) and doc[j].lower_ in ("'s", "’s", "'", "’")
    if not (possessive or named):
        return False
    heads = role_head_words() | _rules()["post_words"]
    post = None
    for t in doc[j + (1 if possessive else 0):j + 7]:
        if t.lower_ in heads:
            post = t
        elif post is not None or t.pos_ in ("VERB", "AUX") or t.is_punct:
            break
    if post is None:
        return False
    while post.dep_ in ("compound", "amod", "conj") and post.head.i != post.i:
        post = post.head
    if not (named or post.dep_ in ("dobj", "nsubjpass", "nsubj") and post.head.lower_ in verbs):
        return False
    sent = doc[e.span.start].sent
    return any(o.ref.kind == "council" and o.ref != e.ref and sent.start <= o.span.start < sent.end
               for o in entities)


def _employer_of_a_role(doc: Doc, e: EntitySpan) -> str:
    """"employer" when the council is named as where someone holds a role, "career" where they held one ("a former
    director of children's services at Leeds"): a role's head word, then 'at', 'of', 'for' or 'with' ('in' for a
    former post), within nine words before it and no verb or punctuation between ("assistant director for early
    help and social care at Reading Borough Council", "assistant director for safeguarding at Salford City
    Council": a portfolio's word is no verb; not "inspectors say that services at Haringey")."""
    i = e.span.start - 1
    if i < 0 or doc[i].lower_ not in ("at", "of", "for", "with", "in"):
        return ""
    heads = role_head_words()
    for t in reversed(doc[max(0, i - 9):i]):
        if (t.pos_ in ("VERB", "AUX") and t.lower_ not in _portfolio_words()) or (t.is_punct and t.text not in ("'", "’")):
            return ""
        if t.lower_ in heads:
            # "in" only for a former post ("a former director of children's services in Trafford"): a post
            # "in Norfolk" may be the article's own council's
            former = any(x.lower_ in ("former", "ex", "previous") for x in doc[max(0, t.i - 3):t.i])
            return "career" if former else "employer" if doc[i].lower_ != "in" else ""
    return ""


def resolve_anaphora(doc: Doc, sentences: list[Sentence], subjects: list[Ref],
                      entities: list[EntitySpan], when: date | None = None, site: Ref | None = None,
                      late: bool = False, scores: dict[Ref, float] | None = None) -> list[EntitySpan]:
    """Give each sentence the council it is about when it names none (its focus), and link definite
    references ("the council", "the island") to a council: the one the discourse is on, or for a typed
    reference the last council named of that type. The discourse stays on a council named in passing
    on until another is named, but in an article about no council in particular only within its paragraph.
    A typed reference naming a place is to a council still in being at the article's date (`when`), unless
    its sentence names a year before that council was abolished: "across the county" after "the former
    Dorset County Council" is not that council (but "the county council" may be). On a council's own
    site (`site`), "we" and "our" outside quotation marks are that council. A `late` subject (first named past
    the opening, in no headline or URL) takes the discourse only where it is first named."""
    rules = _anaphora_rules()
    ref = reference()
    out: list[EntitySpan] = []
    names_history: list[list[Ref]] = []   # councils named by name, sentence by sentence
    general = False   # a roundup has turned to councils in general
    current = subjects[0] if subjects and not late else None   # the council the next sentence is about if it names none
    joint: list[Ref] = []                         # subjects last named together as a list, the first `current`
    since: Sentence | None = None                 # the sentence that put the discourse on it
    last_subject: Ref | None = None               # the subject a sentence last named
    held: Ref | None = None                       # the council the discourse was on before the current one
    previous: Sentence | None = None
    then: Ref | None = None                       # the council gone by now the sentence before spoke of
    # (a name several councils share, "west Cumbria", names none of them for itself)
    times_named = Counter(e.ref for e in named_for_itself(entities) if not e.incidental and not e.anaphor)
    own = site if site is not None and site.kind == "council" and site in subjects else None
    whole = doc_text(doc)   # for first-person words outside quotations
    paragraph_start: dict[int, int] = {}
    for s in sentences:
        paragraph_start.setdefault(s.paragraph, s.span.start_char)
    for s in sentences:
        on = current
        if since is not None and since.paragraph != s.paragraph and not subjects \
                and not (since is previous and _rules()["inspectors_voice"].search(s.text)):
            on = None  # a national article's passing mention holds only for its paragraph (not into the inspectors'
            # words right after it: "... Ofsted's monitoring visit found ... | Inspectors said the turnover meant ...")
        elif since is not None and since.paragraph != s.paragraph and last_subject is not None \
                and current not in subjects and times_named[current] == 1 and not a_name_alone(since, entities):
            # so does, in an article about a council, another council it names once ("Neighbouring Tameside
            # was rated inadequate last year." ending a paragraph): the next paragraph is the one's the discourse
            # was on before (the subject's; a roundup section's council, "... a social enterprise that also runs
            # services for Kingston and Richmond." in the section on Windsor and Maidenhead)
            on = current = held if held is not None and held != current else last_subject
        if s.councils:
            general = False
        elif (len(subjects) >= 3 or (current is not None and current not in subjects)) \
                and _rules()["national_turn"].search(s.text) or _rules()["sector_turn"].search(s.text):
            # a roundup turning to councils in general ("The verdicts come as councils grapple with ..."), or any
            # article to the sector ("The struggles of the two councils are far from unique"):
            # what follows, until a council is named again, is said of no one of them (a person's council
            # is still the one the discourse was on)
            general = True
        s.general = general
        if own is not None and not s.councils and on != own and _first_person(whole, s, paragraph_start):
            on = current = own  # "Since then our services have improved": the site's council, after a partner
            joint, since = [], s
        if own is not None and s.councils:
            # "X Council was formed in 2019, replacing Y County Council, and our services ...": the page's
            # council, whatever others the sentence names
            out += [EntitySpan(doc[i:i + 1], own, anaphor=True) for i in _first_person(whole, s, paragraph_start)]
        s.focus = on
        s.joint = list(joint) if on is not None and joint and joint[0] == on and not s.councils else []
        # the years the sentence names as a time it speaks of (not "has risen again since 2022": up to now)
        spans_to = {w for m in _AFTER_NOT_A_POINT.finditer(s.text) for w in m.groups() if w}
        # (nor a change's starting point: "agency use falling from 38 per cent in 2019 to 14 per cent" is up to now)
        spans_to |= {m.group(1) for m in _CHANGE_FROM.finditer(s.text)}
        # (nor a year of someone's career in a clause about them: "Jo Bell, who qualified as a social worker in 1998,")
        spans_to |= {m.group(1) for m in _PERSONS_PAST.finditer(s.text)}
        years = [y for y in years_in(s.text) if str(y) not in spans_to]
        if on is not None and not s.councils and previous is not None and previous.focus is not None \
                and previous.focus != on and _BACK_TO_AN_EVENT.match(s.text) \
                and not [c for c in previous.councils if c not in previous.historic]:
            # "The last full inspection took place in 2022, when the county council ran the services. That
            # inspection found ..." ("Inspectors at the time highlighted ..."): what the event just told of found,
            # whoever the discourse is on (after a sentence naming a council in being, the discourse is on it:
            # "Next door in Bracknell Forest, where inspectors carried out a focused visit, ... The letter praised")
            s.focus, s.joint = previous.focus, list(previous.joint)
        elif on is not None and not s.councils and not years and then is not None \
                and previous.paragraph == s.paragraph and _told_in_the_past(s.span):
            # "The inspection, carried out in 2018, rated Northamptonshire County Council inadequate. Inspectors
            # found children left at risk ...": a sentence going on in the past tense in the same paragraph, naming
            # no time of its own, still speaks of the time the one before spoke of, and of the council in being
            # then (a new paragraph's "Inspectors said ..." is the article's news)
            s.focus, s.joint = then, []
        elif on is not None and not s.councils and on.key in ref.councils \
                and not _in_being(ref.councils[on.key], when, years) \
                and not (previous is not None and previous.focus == on and _BACK_TO_AN_EVENT.match(s.text)):
            # "The last inspection, in 2019, rated X County Council inadequate. This time inspectors said ...":
            # a sentence of the article's own time speaks of the successors among its subjects, not the
            # abolished council (but "When inspectors came back in late 2019 ... The report said ...": its report)
            heirs = [c for c in subjects if c.key in ref.successors_on(on.key, when)]
            if heirs:
                s.focus, s.joint = heirs[0], heirs if len(heirs) >= 2 else []
        elif on is not None and not s.councils and on.key in ref.councils and years \
                and not any(ref.councils[on.key].valid_on(date(y, 12, 31)) for y in years):
            # "The 2015 report found that social workers carried too many cases", in an article on the council
            # that replaced the county council in 2023: the council in being then (not in the year the new
            # council began: "a 2019 visit" to a council formed in April 2019 may be its own)
            before_it = _predecessor_then(on.key, years)
            if before_it is not None:
                s.focus, s.joint = before_it, []
        previous = s
        continued = None   # the subject "the council" refers to in this sentence
        named_here = [(e.span.start, e.ref) for e in entities if e.ref.kind == "council" and not e.incidental
                      and s.span.start <= e.span.start < s.span.end]
        names_history.append([c for _, c in named_here])
        for start, end, kind in _definite_references(doc, s.span, rules):
            before = [c for i, c in named_here if i < start]
            # "X's director left the council after ...": the council just named in the sentence
            # a typed reference is to a council named as such, not one a provider's name stands for
            # "the Royal Borough" with none named: the subject of that type
            # "across the county" names a place, so a council in being; "the county council" may be the
            # abolished one ("The county council's services had been judged ...")
            place = doc[end - 1].lower_ not in ("council", "authority")
            # "the council" with none named before it in the sentence: the one the sentence is about (the
            # successor of an abolished council the discourse was on, in a sentence of the article's own time)
            # (of this sentence's councils, only those named before it: "owned by the Royal Borough and by
            # the councils of Kingston upon Thames and Richmond" is not Kingston)
            fits = lambda c: _of_type(ref.councils[c.key], kind, rules) \
                and (not place or _in_being_then(ref.councils[c.key], when, years))  # noqa: E731
            after = [(i, c) for i, c in named_here if i >= end and c in subjects and c != s.focus]
            if kind == "any" and not before and s.focus in subjects and len({c for _, c in after}) == 1 \
                    and not any(c == s.focus for _, c in named_here) and not _gone_by(after[0][1], when) \
                    and not any(t.lower_ in _CONTRASTING for t in doc[end:after[0][0]]):
                # "Ofsted says leaders at the trust and the council have a shared vision, and social workers are proud
                # to work in North Northamptonshire": of two subjects, the one the sentence goes on to name, not the
                # other the discourse was left on
                before = [after[0][1]]
            target = (before[-1] if before else s.focus) if kind == "any" else _last_of_type(
                names_history[:-1] + [before], subjects, on, fits)
            # "Worcestershire Children First took over the county council's children's social care": the council
            # of that type the provider just named serves
            # (and "the council" the provider serves: "Sandwell Children's Trust, which took over the council's
            # children's services", in a story naming Birmingham too)
            served = [c for c in _served_by_the_provider_before(
                entities, s, start, max((i for i, _ in named_here if i < start), default=s.span.start))
                if (not _gone_by(c, when) if kind == "any" else fits(c))]
            if len(served) == 1:
                target = served[0]
            if target is not None and kind != "any" and years and target.key in ref.councils \
                    and not any(ref.councils[target.key].valid_on(date(y, 12, 31)) for y in years):
                # "When the county council was inspected in 2017, inspectors found ...", in an article on the
                # council that replaced it in 2019: the one of that type in being then
                then = _predecessor_then(target.key, years)
                target = then if then is not None and fits(then) else target
            if target is None and kind != "any" and years:
                # "began running services for the county council in November 2020", in an article on the councils
                # that replaced it: the subjects' predecessor of that type in being in the sentence's year
                target = next((p for c in subjects if c.key in ref.councils
                               for p in [_predecessor_then(c.key, years)] if p is not None and fits(p)), None)
            if target is None and kind != "any":
                # "six years after the (former) county council's services were rated inadequate", none of that type
                # named before, in an article on a council that replaced it: the subjects' predecessor of that type,
                # gone by the article's date
                target = next((p for c in subjects if c.key in ref.councils for g in ref.predecessors(c.key)
                               for p in [council_ref(g)] if fits(p) and _gone_by(p, when)), None)
            if target is None and kind != "any" and not names_history[:-1]:
                # a headline's "... as county stays 'outstanding'" before any council is named: the first of that
                # type the text goes on to name
                target = next((e.ref for e in entities if e.ref.kind == "council" and not e.incidental
                               and not e.anaphor and e.ref.key in ref.councils and fits(e.ref)), None)
            if target is not None:
                out.append(EntitySpan(doc[start:end], target, anaphor=True))
                if target not in names_history[-1]:
                    # (a council the sentence refers to is as named there for a later typed reference: "The
                    # borough's services are run by X, which also serves Kingston ... the borough" is still it)
                    names_history[-1].append(target)
                if target in subjects and (kind == "any" or not continued):
                    continued = target
                if not s.councils and kind != "any" and (
                        target.key not in ref.councils or _in_being(ref.councils[target.key], when, years)):
                    s.focus = target  # (not an abolished one: "..., which replaced the county council")
        # (not a council not yet in being, told as what will come: "From April, services will be split between the
        # new Cumberland Council and Westmorland and Furness Council. Inspectors said leaders had planned ...")
        current_named = [c for c in s.councils if c not in s.historic and (c in subjects or not _not_yet(c, when))]
        if current_named and current in subjects and current not in current_named \
                and _named_only_aside(doc, s, entities):
            # "It also means both boroughs now hold the top grade, after Kingston's services were judged outstanding
            # in January": a council named only in a clause of time or contrast on the sentence's statement is
            # beside the point; the discourse stays on the subject
            current_named = []
        if current_named and len(joint) >= 2 and set(current_named) < set(joint) and _BOTH.search(s.text):
            # "Children's social care in both council areas is delivered by the trust, which we own jointly with North
            # Northamptonshire Council": one of the set named beside "both" keeps the discourse on the set
            current_named = []
        if current_named:
            named = sorted((c for c in current_named if c in subjects), key=subjects.index) or current_named
            # "X County Council was rated good, months before it was replaced by X Council": the discourse
            # goes on with the council in being
            named = sorted(named, key=lambda c: c.key in ref.councils and not ref.councils[c.key].valid_on(when))
            # "Roping in advisers from Islington, the council committed to ...": still about the subject
            # (a council named as someone's employer or a partner is not among the sentence's councils)
            if (continued or named[0]) != current:
                held = current   # the council the discourse was on before this one
            current = continued or named[0]
            since = s
            last_subject = current if current in subjects else last_subject
            listed = [c for c in named_together(doc, s, entities) if c in subjects]
            # (in the order the subjects rank, whatever the list's, when they are about as prominent: "for North
            # and West Northamptonshire", not "set up by Kingston and Richmond councils" on a page about Richmond)
            level = listed[:1] == [current] or (scores is not None and len(listed) >= 2 and min(
                scores.get(c, 0.0) for c in listed) >= 0.5 * max(scores.get(c, 0.0) for c in listed))
            joint = [current] + [c for c in listed if c != current] \
                if continued is None and len(listed) >= 2 and current in listed and level else []
        # the council gone by the article's date that this sentence speaks of, when it speaks of no other: the
        # one the next sentence goes on about if it stays in the past
        gone = [c for c in s.councils if _gone_by(c, when) and not _not_yet(c, when)]
        then = gone[-1] if gone and len(gone) == len(s.councils) else \
            s.focus if not s.councils and s.focus is not None and _gone_by(s.focus, when) else None
    return out


_BOTH = re.compile(r"\bboth\b", re.I)


# A sentence opening with a reference back to the event the one before told of ("That inspection found ...", "The
# report said ...").
_BACK_TO_AN_EVENT = re.compile(r"\W*((that|this|the same) (full |short |standard |ilacs |focused |monitoring )?"
                               r"(inspection|report|visit|review|letter)\b|((inspectors|ofsted|the inspectors|the "
                               r"watchdog|the report),? )?at (the|that) time\b|the (report|letter) (said|says|found|finds|"
                               r"described|noted|warned|highlighted|concluded|criticised|praised)\b)", re.I)


def a_name_alone(s: Sentence, entities: list[EntitySpan], kinds: tuple[str, ...] | None = ("council",),
                 start: int | None = None) -> bool:
    """A line that is only a name (a council's by default; any body's or person's with `kinds` None): "City of
    Wolverhampton Council" over a roundup's section heads the paragraphs under it, not a passing mention.
    (Only names, from token `start` on.)"""
    start = s.span.start if start is None else start
    named = {t.i for e in entities if (kinds is None or e.ref.kind in kinds)
             and start <= e.span.start < s.span.end for t in e.span}
    words = [t for t in s.span if t.is_alpha and t.i >= start]
    return bool(words) and all(t.i in named for t in words)


def _served_by_the_provider_before(entities: list[EntitySpan], s: Sentence, start: int, after: int) -> list[Ref]:
    """The councils the last provider the sentence names before token `start` (and after token `after`, the last
    council named) runs services for (the providers table)."""
    providers = [e for e in entities if e.ref.kind == "provider" and max(s.span.start, after) <= e.span.start < start]
    table = reference().providers.get(providers[-1].ref.key) if providers else None
    return [council_ref(g) for g in table.councils] if table is not None else []


def _not_yet(c: Ref, when: date | None) -> bool:
    """A council created after the date (a successor the article tells of as to come)."""
    council = reference().councils.get(c.key)
    return when is not None and council is not None and bool(council.valid_from) \
        and when < date(council.valid_from, 4, 1)


def _gone_by(c: Ref, when: date | None) -> bool:
    """A council abolished by `when`."""
    council = reference().councils.get(c.key)
    return council is not None and not council.valid_on(when)


def _named_only_aside(doc: Doc, s: Sentence, entities: list[EntitySpan]) -> bool:
    """Every council the sentence names is inside an adverbial clause of time or contrast ("after ...",
    "while ...")."""
    named = [e for e in entities if e.ref.kind == "council" and not e.incidental and not e.anaphor
             and s.span.start <= e.span.start < s.span.end]
    marks = _rules()["aside_marks"]
    for e in named:
        t = doc[e.span.start]
        if not any(a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in a.children)
                   for a in [t, *t.ancestors]):
            return False
    return bool(named)


def _told_in_the_past(span: Span) -> bool:
    """The sentence's main verb is in the past ("Inspectors found ...", "It also found that ...", "Team managers,
    the report said, were not providing ...", "had been moved"), with no word of the present ("now", "today", "the
    latest"): not "The council has since improved", "Care leavers are well supported"."""
    root = span.root
    if _rules()["present_words"].search(span.text):
        return False
    if root.tag_ == "VBD":
        return True
    return root.tag_ in ("VBN", "VBG") and any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in root.children) \
        and not any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP", "MD") for c in root.children)


def _predecessor_then(gss: str, years: list[int]) -> Ref | None:
    """The council `gss` replaced that was in being in one of the years ("Cumbria County Council" for
    Westmorland and Furness Council in 2015)."""
    ref = reference()
    return next((council_ref(g) for g in ref.predecessors(gss)
                 if any(ref.councils[g].valid_on(date(y, 1, 1)) for y in years)), None)


def _last_of_type(history: list[list[Ref]], subjects: list[Ref], on: Ref | None, fits) -> Ref | None:
    """The council a typed reference ("the new council", "the county") is to: the last named that fits,
    but the one the discourse is on when the sentence that last named one that fits named it too ("split
    between Westmorland and Furness Council and Cumberland Council ... the new council": the subject);
    with none named, the subject that fits. The last of `history` is the reference's own sentence, up to it:
    a subject the discourse is on that fits goes before one named in an earlier sentence ("owned by Kingston
    and Richmond. ... a long way from the borough": the subject, Windsor and Maidenhead)."""
    if on is not None and on in subjects and fits(on) and not any(fits(c) for c in (history[-1] if history else ())):
        return on
    for named in reversed(history):
        fitting = [c for c in named if fits(c)]
        if fitting:
            return on if on in fitting else fitting[-1]
    return next((c for c in subjects if fits(c)), None)


# References written with capitals too: "the Council" in a council's own news, "the Royal Borough" and
# "the Island" in local papers.
_CAPITALISED_REFERENCES = {"any", "royal-borough", "island"}


_FORMER_KINDS = {"county", "council", "authority", "city", "borough"}


def _definite_references(doc: Doc, span: Span, rules) -> list[tuple[int, int, str]]:
    """(start, end, kind) of 'the council', 'the local authority', 'the island', ... in span."""
    out = []
    headline = len(span) > 2 and not span.text.rstrip().endswith(".")
    # a headline's "County climbs out of 'inadequate'" (a verb the model may take for a plural noun), "Council told
    # to improve", "Island's children's services rated good", "city slips to 'requires improvement' as county stays
    # 'outstanding'": the headline drops "the" (not "Council leader Jo Bell said", "Council tax to rise")
    openers = _rules()["headline_clause_openers"]
    for first in span[:-2] if headline else ():
        if not (first.i == span.start and first.text[:1].isupper() or first.i > span.start
                and doc[first.i - 1].lower_ in openers):
            continue
        nxt, after = doc[first.i + 1], doc[first.i + 2]
        if rules["references"].get(first.lower_) and (nxt.text[:1].islower() or nxt.lower_ in ("'s", "’s")) \
                and nxt.lower_ not in rules["not_before"] and (nxt.pos_ in ("VERB", "AUX", "PART") or (
                    nxt.tag_ == "NNS" and after.pos_ in ("ADP", "ADV", "PART", "DET"))):
            out.append((first.i, first.i + 1, rules["references"][first.lower_]))
    for t in span:
        if t.lower_ != "the" or t.i + 1 >= span.end:
            continue
        # "the former county council": the council of that kind named before, abolished since
        # (or "the old county council")
        at = t.i + 1 + (doc[t.i + 1].lower_ in ("former", "old") and t.i + 2 < span.end
                        and doc[t.i + 2].lower_ in _FORMER_KINDS)
        for n in range(rules["reference_words"], 0, -1):   # the longest phrase first ("the new unitary authority")
            if at + n > span.end:
                continue  # the sentence ends before n words
            words = " ".join(x.lower_ for x in doc[at:at + n])
            kind = rules["references"].get(words)
            if kind is None:
                continue
            nxt = doc[at + n] if at + n < span.end else None
            if nxt is not None and (nxt.lower_ in ("for", "of") or nxt.text[:1].isupper() and nxt.pos_ == "PROPN"
                                    or nxt.text in ("-", "–") and not nxt.whitespace_ and not doc[nxt.i - 1].whitespace_):
                break  # "the Department for Education", "the Council of the Isles of Scilly", "the council-owned company"
            if nxt is not None and kind != "any" and nxt.lower_ in rules["not_before"]:
                break  # "the city region", "the county lines gangs"
            if kind not in _CAPITALISED_REFERENCES and t.i + 1 != span.start \
                    and any(x.text[:1].isupper() for x in doc[at:at + n]):
                break  # a proper name ("the County Durham ...")
            out.append((t.i, at + n, kind))
            break
    return out


_FIRST_PLURAL = {"we", "our", "us", "ours"}
_QUOTE_CHARS = ("“", "”", '"')


def _first_person(text: str, s: Sentence, paragraph_start: dict[int, int]) -> list[int]:
    """Where the sentence says "we" or "our" outside quotation marks (counted from its paragraph's start in
    the document's `text`)."""
    start = paragraph_start[s.paragraph]
    return [t.i for t in s.span if t.lower_ in _FIRST_PLURAL
            and sum(text.count(q, start, t.idx) for q in _QUOTE_CHARS) % 2 == 0]


def _in_being(council, when: date | None, years: list[int]) -> bool:
    """Whether the council was in being at `when`, or in a year the sentence names."""
    return council.valid_on(when) or any(council.valid_on(date(y, 1, 1)) for y in years)


def _in_being_then(council, when: date | None, years: list[int]) -> bool:
    """Whether the council was in being in a year the sentence names, or at `when` if it names none ("across the
    county" in 2017 is Dorset County Council's, not Dorset Council's)."""
    return any(council.valid_on(date(y, 1, 1)) for y in years) if years else council.valid_on(when)


def _of_type(council, kind: str, rules) -> bool:
    spec = rules["types"].get(kind, {})
    name_words = spec.get("name_words", [])
    if spec.get("created"):
        return council.valid_from is not None  # created by a reorganisation since the table begins
    names = (council.name, *council.aliases) if spec.get("aliases_too") else (council.name,)
    return council.la_type in spec.get("la_types", []) or any(w in n.split() for n in names for w in name_words) \
        or bool(spec.get("heir_of")) and council.gss in _heirs_of_type(spec["heir_of"])


@lru_cache(maxsize=8)
def _heirs_of_type(la_type: str) -> frozenset[str]:
    """Councils that took over a council of this type and its name ("Dorset Council" from "Dorset County Council")."""
    councils = reference().councils
    return frozenset(g for c in councils.values() if c.la_type == la_type for g in c.successors
                     if g in councils and councils[g].short_name == c.short_name)


@lru_cache(maxsize=1)
def _anaphora_rules() -> dict:
    raw = load_yaml("council_linking.yaml")["references"]
    return {"references": {k.lower(): v for k, v in raw["phrases"].items()},
            "types": raw["types"], "not_before": frozenset(raw["not_before"]),
            "reference_words": max(len(k.split()) for k in raw["phrases"])}
