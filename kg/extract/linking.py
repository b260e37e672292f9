"""Entity linking, sentence by sentence: where councils, providers, organisations and people named in
an article's reporting are linked to the reference tables and given stable keys. What the article as a
whole is about (its subjects, the time each sentence speaks of, its scope) is decided after this, once,
in kg.extract.frame."""
from __future__ import annotations

import re
from collections import Counter
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache

from spacy.tokens import Doc, Span

from kg.facts import Evidence, Ref
from kg.pipeline import doc_text, organisations
from kg.reference import load_yaml, reference, slug

_TITLES = {"cllr", "coun", "councillor", "mr", "mrs", "ms", "miss", "dr", "professor", "prof", "mayor", "rev", "reverend",
           "judge", "headteacher", "inspector", "lord", "lady", "baroness", "baron"}
# Honours are part of a name as written ("Sir Michael Wilshaw") but not of who the person is.
_HONOURS = {"sir", "dame"}
_ORG_WORDS = re.compile(
    r"\b(trust|association|department|confederation|university|agency|commission|board|partnership|"
    r"group|society|foundation|institute|network|union|ltd|limited|plc|cic|charity|college|academy|"
    r"hospital|nhs|police|office|ministry|panel|committee|authority|inspectorate|service|services|"
    r"council|federation|alliance|centre|center)\b", re.I)


@lru_cache(maxsize=1)
def _linking_rules():
    raw = load_yaml("council_linking.yaml")
    return (set(raw["not_followed_by"]), set(raw["club_words"]),
            [tuple(p.split()) for p in raw["not_preceded_by"]], set(raw["not_followed_by_capitalised"]))


@lru_cache(maxsize=1)
def _distance_words() -> frozenset:
    return frozenset(load_yaml("council_linking.yaml")["distance_words"])


@lru_cache(maxsize=1)
def _public_body_name() -> re.Pattern:
    raw = load_yaml("council_linking.yaml")
    heads = sorted(raw["public_body_heads"], key=len, reverse=True)
    prefixes = sorted(raw["public_body_prefixes"], key=len, reverse=True)
    # a word with capitals, not the full stop that ends a sentence; "Isle of Wight", "Kingston upon Thames"
    place = r"(?:Isles? of )?[A-Z][\w'’-]*(?:\.(?! ))?(?: (?:upon|on) [A-Z][\w'’-]*)?"
    # places listed with commas too: "Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board"
    return re.compile(rf"\b(?:{place},? (?:(?:and|&) )?)+(?:{'|'.join(re.escape(h) for h in heads)})\b"
                      rf"|\b(?:{'|'.join(re.escape(p) for p in prefixes)})(?: (?:and |& )?{place})+")


def _public_bodies(doc: Doc, taken: set[int]) -> list["EntitySpan"]:
    """Organisations named by the places they serve (council_linking.yaml public_body_heads), where no
    other entity already stands."""
    out = []
    for m in _public_body_name().finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        while span is not None and len(span) > 2 and span[0].pos_ != "PROPN":
            span = span[1:]   # a capitalised first word of a sentence: "Yesterday Kent Police said"
        if span is None or any(t.i in taken for t in span):
            continue
        label = " ".join(span.text.split())
        out.append(EntitySpan(span, Ref("org", slug(label), label)))
    return out


@dataclass
class Sentence:
    span: Span
    evidence: Evidence
    councils: list[Ref] = field(default_factory=list)     # in order of mention, providers mapped in
    providers: list[Ref] = field(default_factory=list)
    orgs: list[Ref] = field(default_factory=list)
    people: list[Ref] = field(default_factory=list)
    focus: Ref | None = None                              # council the sentence is about when it names none
    # the councils it is about together, when the discourse is on subjects last named as a list
    # ("Kingston and Richmond, run jointly by ...": "Inspectors praised leadership" is both's)
    joint: list[Ref] = field(default_factory=list)
    paragraph: int = 0
    historic: list[Ref] = field(default_factory=list)     # councils named as former ones
    off_scope: bool = False     # in a passage about another service (a school, a home, adult care): kg.extract.frame
    in_table: bool = False      # a row of a table (kg.extract.tables): read by its cells, not as a sentence
    # in an article about another service, it still speaks of the council's children's social care (kg.extract.frame)
    ours: bool = False
    general: bool = False       # said of councils in general, after a roundup turned to them (kg.extract.frame)

    @cached_property
    def text(self) -> str:
        """Its text, sliced once from the document's (a span's `text` joins its tokens again at each call)."""
        return doc_text(self.span.doc)[self.span.start_char:self.span.end_char]

    @cached_property
    def words(self) -> frozenset[str]:
        """Its words in lower case, read once: a rule whose words it lacks skips it without reading its tokens."""
        return frozenset(t.lower_ for t in self.span)


@dataclass
class EntitySpan:
    span: Span
    ref: Ref
    anaphor: bool = False      # "the council", resolved to the council the discourse is on
    # a council named in passing, statements are not about it: "place" ("St Helens in Lancashire"), or
    # (kg.extract.frame) "partner", "comparison", "employer" (someone's employer, present or former), "career"
    # (a past employer in someone's career: never the subject), "example" (one of "other councils, including ..."),
    # "furniture" (another story's headline among the paragraphs)
    incidental: str = ""
    serves: tuple[str, ...] = ()  # for a provider the reference table does not list: the councils its name gives
    historic: bool = False     # "the former Northamptonshire County Council": history, not the article's subject
    candidates: frozenset[str] = frozenset()   # a council name's possible councils, resolved by date (kg.extract.frame)



def council_ref(gss: str) -> Ref:
    return Ref("council", gss, reference().councils[gss].name)


def provider_ref(key: str) -> Ref:
    return Ref("provider", key, reference().providers[key].name)


@lru_cache(maxsize=1)
def _provider_names() -> tuple[re.Pattern, set[str]]:
    raw = load_yaml("providers.yaml")
    endings = "|".join(re.escape(e) for e in sorted(raw["name_endings"], key=len, reverse=True))
    word = r"[A-Z][\w'’&-]+"
    return (re.compile(rf"\b((?:{word}\s+){{1,4}}(?:{endings}))\b"), set(raw["not_provider_words"]))


@lru_cache(maxsize=1)
def _provider_names_delivers() -> re.Pattern:
    raw = load_yaml("providers.yaml")
    return re.compile(raw["delivers"], re.I)


def _unlisted_providers(doc: Doc, entities: list[EntitySpan], when: date | None) -> list[EntitySpan]:
    """Trusts and companies the reference table does not list, by the form of their name
    ("Wokingham Children's Trust"); the council a name begins with is the one it serves."""
    rx, not_words = _provider_names()
    delivers = _provider_names_delivers()
    ref = reference()
    taken = {t for e in entities if e.ref.kind == "provider" for t in range(e.span.start, e.span.end)}
    out = []
    for m in rx.finditer(doc_text(doc)):
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
        if span is None or any(t.i in taken for t in span) or any(t.text in not_words for t in span):
            continue
        name = " ".join(span.text.split())
        key = slug(name)
        if key in ref.providers or any(slug(a) == key for a in ref.provider_aliases):
            continue
        served: tuple[str, ...] = ()
        for n in range(len(span) - 1, 0, -1):  # the longest run of its first words that names a council
            alias = " ".join(t.lower_ for t in span[:n]).replace("’", "'")
            if alias in ref.council_aliases:
                served = ref.resolve_council(ref.council_aliases[alias], when)
                break
        sent = _sentence_around(doc, span.start)
        says_it_runs = delivers.search(sent.text) and any(
            e.ref.kind == "council" and sent.start <= e.span.start < sent.end for e in entities)
        if served or says_it_runs:  # else a name of that form is not shown to run anyone's services
            out.append(EntitySpan(span, Ref("provider", key, name), serves=served))
    return out



# The marks that open a list's item line ("- Bromley (previously good): ...").
BULLETS = frozenset("•*-–·▪●◦‣")


def line_words(doc: Doc, sent: Span) -> int:
    """Where a line's words start: after its indent and a list item's bullet ("- Bolton: good"), if any."""
    k = sent.start
    while k < sent.end and doc[k].is_space:
        k += 1
    return k + 1 if k + 1 < sent.end and doc[k].text in BULLETS else k


def _after_a_bullet(doc: Doc, i: int) -> bool:
    """Token i is a list item's name: after a bullet that opens its line, before a bracket, a colon or a dash ("\n-
    Derbyshire (previously ...):"; not "- Reading the report")."""
    return i >= 2 and doc[i - 1].text in BULLETS and doc[i - 2].is_space \
        and "\n" in doc[i - 2].text and i + 1 < len(doc) and doc[i + 1].text[:1] in ("(", ":", "-", "–", "—")


_PLACE_JOINS = {"under", "upon", "on", "in", "le", "by", "super"}


@lru_cache(maxsize=1)
def _seat_of_government() -> tuple[frozenset, re.Pattern]:
    raw = load_yaml("council_linking.yaml")
    return frozenset(raw["seat_of_government"]), re.compile(raw["national_politics"], re.I)


_INSPECTION_HEADS = {"visit", "inspection", "jtai", "report", "letter", "verdict"}


def _heads_a_section_on_its_inspection(doc: Doc, i: int) -> bool:
    """Token i opens a short line of its own that names an inspection ("Reading focused visit", a section's
    heading): a place's name, whatever the tagger says."""
    if i > 0 and "\n" not in doc[i - 1].text:
        return False
    line = []
    for t in doc[i + 1:i + 6]:
        if "\n" in t.text:
            break
        line.append(t)
    else:
        return False
    return 1 <= len(line) <= 4 and line[-1].lower_ in _INSPECTION_HEADS and not any(t.is_punct for t in line)


def _a_name_after_a_preposition(doc: Doc, i: int) -> bool:
    """Token i, capitalised within a sentence not written in title case, follows a preposition and comes before a
    noun ("finds progress for Reading care leavers"): a place's name, whatever the tagger says."""
    if i < 1 or i + 1 >= len(doc) or doc[i].is_sent_start or doc[i - 1].pos_ != "ADP":
        return False
    return doc[i + 1].pos_ == "NOUN" and not doc[i + 1].is_title and not _in_title_case_headline(doc[i:i + 1])


def _blocked_council(ent: Span, ner_spans: list[Span], gazetteer: set[int]) -> bool:
    following, club_words, preceding, papers = _linking_rules()
    doc = ent.doc
    first = ent[0]
    if not first.text[:1].isupper():
        return True
    seats, politics = _seat_of_government()
    if ent.text.lower() in seats and politics.search(ent.sent.text):
        return True  # "a decade of choices in Westminster": the government, not the council
    # a capitalised common word ("Reading the report") is tagged as what it is; names are PROPN or NOUN
    # (but a place before a noun or another adjective, which the tagger may call an adjective: "Torbay children's
    # services continues to struggle", "Tameside interim children's director to step down" opening an article)
    # (nor a list's item after its bullet, "- Derbyshire (previously requires improvement): ...", which the tagger
    # may take for a verb)
    # (nor a capital after a preposition within a sentence, before a noun: "progress for Reading care leavers")
    if len(ent) == 1 and first.pos_ not in ("PROPN", "NOUN") and not (
            first.i + 1 < len(doc) and (doc[first.i + 1].lower_ in ("council", "'s", "’s")
                                        or first.pos_ == "ADJ" and doc[first.i + 1].pos_ in ("NOUN", "PROPN", "ADJ"))) \
            and not _after_a_bullet(doc, first.i) and not _a_name_after_a_preposition(doc, first.i) \
            and not _heads_a_section_on_its_inspection(doc, first.i):
        return True
    if len(ent) == 1 and _surname_of_a_name(doc, first.i, gazetteer):
        return True  # "Martin Wakefield": a person's surname
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if nxt is not None:
        if nxt.lower_ in following or (nxt.lower_ in papers and nxt.is_title):
            return True
        if nxt.text in ("-", "‐") and not ent[-1].whitespace_ and ent.end + 1 < len(doc) \
                and doc[ent.end + 1].lower_ in _PLACE_JOINS:
            return True  # "Newcastle-under-Lyme", "Stratford-upon-Avon": a longer place's name, not the council
        if nxt.lower_ in ("and", "&"):
            # "Kent and Medway ICB", "Devon and Cornwall Police": the first of two places an
            # organisation is named by
            j = ent.end + 1
            while j < min(len(doc), ent.end + 5) and doc[j].text[:1].isupper() and doc[j].lower_ not in following:
                j += 1
            if j > ent.end + 1 and j < len(doc) and doc[j].lower_ in following:
                return True
        after = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
        if nxt.lower_ in club_words and nxt.text[:1].isupper() and not (after is not None and after.lower_ == "council") \
                and "council" not in ent.text.lower():
            return True
    # (the second of two places a name joins: "BBC Coventry & Warwickshire")
    starts = [ent.start]
    if ent.start >= 2 and doc[ent.start - 1].lower_ in ("and", "&"):
        j = ent.start - 2
        while j >= max(0, ent.start - 5) and doc[j].text[:1].isupper():
            starts.append(j)
            j -= 1
    for words in preceding:
        k = len(words)
        if any(st >= k and tuple(t.lower_ for t in doc[st - k:st]) == words for st in starts):
            return True
    for ner in ner_spans:
        # "Chris Brent" is a person; "Coventry Knowsley" (a list missing its comma) is two councils
        if ner.label_ == "PERSON" and ner.start <= ent.start and ent.end <= ner.end and len(ner) > len(ent) \
                and any(t.i not in gazetteer for t in ner if not t.is_punct and t.lower_ not in ("'s", "’s")):
            return True
    return False


@lru_cache(maxsize=1)
def _describing_words() -> frozenset[str]:
    """Words that describe a council before its name ("neighbouring", "nearby"): frame.yaml's set adjectives."""
    return frozenset(load_yaml("frame.yaml")["sets"]["set_adjectives"])


def _county_as_a_place(doc: Doc, ent: Span, candidates: set[str]) -> bool:
    """A county's name used for its area, before the kind of another council within it: "the Essex unitary
    authority" (Thurrock), "the Kent borough" (Medway), "a Surrey district", "a Lancashire council"."""
    nxt = doc[ent.end] if ent.end < len(doc) else None
    # ("a Lancashire council": one of the councils in the county, not the county council)
    some = ent.start > 0 and doc[ent.start - 1].lower_ in ("a", "an", "another", "one") and (
        ent[-1].lower_ == "council" and len(ent) == 2
        or nxt is not None and nxt.lower_ in ("council", "authority", "councils", "authorities"))
    if some:
        councils = reference().councils
        return bool(candidates) and all(councils[g].la_type == "county" for g in candidates if g in councils)
    return nxt is not None and a_county_area(candidates, nxt.lower_)


def a_county_area(candidates, next_word: str) -> bool:
    """A county's name (or a county-wide unitary's) before the kind of another council within it: "the Kent
    borough" (Medway), "the Wiltshire town" (Swindon), "kent-unitary" in a URL's slug."""
    councils = reference().councils
    return next_word in _rules_place_kinds() and bool(candidates) \
        and all(councils[g].la_type in ("county", "unitary") for g in candidates if g in councils)


@lru_cache(maxsize=1)
def _rules_place_kinds() -> frozenset[str]:
    return frozenset(load_yaml("council_linking.yaml")["kinds_within_a_county"])


_FUZZY_MIN, _FUZZY_MARGIN = 93.0, 4.0
_COUNCIL_WORDS = re.compile(r"(?:'s|’s)$|\b(?:county|city|borough|metropolitan|district)?\s*council$", re.I)


DIRECTIONS = {"north", "south", "east", "west", "central", "north-east", "north-west", "south-east", "south-west"}


def shared_place_name(direction: str, second: list[str]) -> frozenset[str] | None:
    """The councils a direction names by sharing the place name of the council after it: "north" before
    "west northamptonshire" (or "north east lincolnshire") is the direction with the second name's place words."""
    rest = list(second)
    while rest and rest[0] in DIRECTIONS:
        rest = rest[1:]
    codes = reference().council_aliases.get(" ".join([direction, *rest])) if rest else None
    return frozenset(codes) if codes else None


def _shared_place_names(doc: Doc, entities: list["EntitySpan"], when: date | None) -> list["EntitySpan"]:
    """A council named by a direction that shares the next council's place name: "North and West
    Northamptonshire", "East and West Sussex", "North and North East Lincolnshire"."""
    ref = reference()
    out = []
    for e in entities:
        if e.ref.kind != "council" or e.span.start < 2 or doc[e.span.start - 1].lower_ not in ("and", "&"):
            continue
        word = doc[e.span.start - 2]
        if word.lower_ not in DIRECTIONS or not word.is_title:
            continue
        codes = shared_place_name(word.lower_, [t.lower_ for t in e.span])
        if codes and e.ref.key not in codes:
            out += [EntitySpan(doc[word.i:word.i + 1], council_ref(g), candidates=frozenset(codes))
                    for g in ref.resolve_council(codes, when)]
    return out


def _misspelt_councils(ner_spans: list[Span], gazetteer: set[int], when: date | None) -> list[EntitySpan]:
    """Places the model found that no alias matches, linked when one council's name is clearly the
    nearest ("Central Bedforshire"); near misses between two councils are left alone."""
    from rapidfuzz import fuzz, process
    ref = reference()
    aliases = _fuzzy_aliases()
    out = []
    for ner in ner_spans:
        if ner.label_ not in ("GPE", "ORG", "LOC") or any(t.i in gazetteer for t in ner):
            continue
        if ner[-1].lower_ in ("'s", "’s"):
            ner = ner[:-1]
        if not len(ner) or not all(t.text[:1].isupper() or t.is_punct for t in ner):
            continue
        name = _COUNCIL_WORDS.sub("", ner.text.replace("’", "'")).strip().lower()
        if len(name) < 8:
            continue
        best: dict[str, float] = {}
        for alias, score, _ in process.extract(name, aliases, scorer=fuzz.ratio, limit=10):
            for gss in ref.council_aliases[alias]:
                best[gss] = max(best.get(gss, 0.0), score)
        ranked = sorted(best.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < _FUZZY_MIN:
            continue
        if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < _FUZZY_MARGIN:
            continue
        codes = ref.resolve_council(ref.council_aliases[max(
            (a for a in aliases if ranked[0][0] in ref.council_aliases[a]),
            key=lambda a: fuzz.ratio(name, a))], when) or (ranked[0][0],)
        out += [EntitySpan(ner, council_ref(gss)) for gss in codes]
    return out


@lru_cache(maxsize=1)
def _fuzzy_aliases() -> list[str]:
    return sorted(a for a in reference().council_aliases if len(a) >= 6)


def _acronym_of(text: str, acronyms) -> bool:
    return text.replace("’", "'").lower() in {a.lower() for a in acronyms}


def _person_name(span: Span) -> tuple[str, str] | None:
    """(the name as written, with any honour; the name that identifies the person, without it or the
    letters after it: "Sir Michael Wilshaw" is Michael Wilshaw, "John Coughlan CBE" John Coughlan)."""
    toks = [t for t in span if (not t.is_punct or _joining_hyphen(t)) and t.lower_.rstrip(".") not in _TITLES]
    while toks and (toks[-1].lower_ in ("'s", "’s") or toks[-1].text.rstrip(".") in _post_nominals()
                    or _joining_hyphen(toks[-1])):
        toks.pop()
    words = [t for t in toks if not _joining_hyphen(t)]
    name = _joined(toks)
    if not name or any(ch.isdigit() for ch in name) or not all(t.text[:1].isupper() for t in words):
        return None
    cues = _name_cues()
    if all(t.lower_ in cues["not_names"] or t.lower_ in cues["parties"] for t in words):
        return None  # "Young People" in a role's portfolio, "Children's Services", "Lib Dem"
    plain = _joined([t for t in toks if t.lower_ not in _HONOURS])
    return (name, plain) if plain else None


def _joining_hyphen(t) -> bool:
    """A hyphen inside a double-barrelled name ("Renner-Thompson"): no space on either side."""
    return t.text in ("-", "‐") and not t.whitespace_ and t.i > 0 and not t.doc[t.i - 1].whitespace_


def _joined(toks) -> str:
    """Tokens as written: a space between words, none around a joining hyphen."""
    out = ""
    for k, t in enumerate(toks):
        if k and not _joining_hyphen(t) and not _joining_hyphen(toks[k - 1]):
            out += " "
        out += t.text
    return out.strip()



def link_entities(doc: Doc, text: str, when: date | None) -> tuple[list[EntitySpan], list[Sentence]]:
    """The article's linked entities, in text order (council names resolved to the councils they meant on
    `when`, the article's date), and its sentences, not yet filled (fill_sentences)."""
    ref = reference()
    orgs = organisations()
    ner_spans = list(doc.spans.get("ner", []))
    ents = list(doc.ents)  # doc.ents builds new Spans on every access
    # a provider's name is written with capitals: "work together for children" is no Together for Children
    provider_full = {e.ent_id_ for e in ents if e.label_ == "PROVIDER" and e.text[:1].isupper()
                     and not _acronym_of(e.text, reference().providers[e.ent_id_].acronyms)}
    entities: list[EntitySpan] = []
    gazetteer = {t.i for e in ents if e.label_ in ("COUNCIL", "PROVIDER", "KNOWN_ORG") for t in e}
    # "NHS Kent and Medway", "Medway Parent Carer Forum": bodies named by their places, not those councils
    bodies = _public_bodies(doc, {t for e in ents if e.label_ in ("PROVIDER", "KNOWN_ORG") for t in e})
    in_bodies = {t for b in bodies for t in range(b.span.start, b.span.end)}
    # "Harrow Unison", "Bury Unison branch secretary": a union's branch named by its place, not the council
    unions = _name_cues()["unions"]
    branch_place = {e.end: e for e in ents if e.label_ == "COUNCIL" and e.end < len(doc) and doc[e.end].text in unions}
    for ent in ents:
        if ent.label_ == "COUNCIL":
            if _blocked_council(ent, ner_spans, gazetteer) or any(t.i in in_bodies for t in ent) \
                    or ent.end in branch_place:
                continue
            candidates = ref.council_aliases.get(ent.ent_id_, set())
            if _county_as_a_place(doc, ent, candidates):
                continue
            # (named as what another council replaced: a mark, not a kind of passing, for the article may go on about
            # it, "The former county council had been ...")
            replaced = _named_as_replaced(doc, ent.start)
            former = [g for g in candidates if ref.councils[g].valid_to] \
                if replaced or _said_former(doc, ent.start, ent.end) else []
            # "the former Northamptonshire County Council": the abolished council itself
            for gss in (former[:1] or ref.resolve_council(candidates, when)):
                entities.append(EntitySpan(ent, council_ref(gss), historic=bool(former),
                                           incidental="replaced" if replaced else "",
                                           candidates=frozenset(candidates)))
        elif ent.label_ == "PROVIDER":
            if ent.ent_id_ in provider_full:
                entities.append(EntitySpan(ent, provider_ref(ent.ent_id_)))
        elif ent.label_ == "KNOWN_ORG":
            if not ent.text[:1].isupper():
                continue  # "frontline managers", "unison": ordinary words, not the organisation
            place = branch_place.get(ent.start)
            entities.append(EntitySpan(doc[place.start:ent.end] if place is not None else ent,
                                       Ref("org", ent.ent_id_, orgs[ent.ent_id_]["name"])))
    entities += _shared_place_names(doc, entities, when)
    taken = {t for e in entities for t in range(e.span.start, e.span.end)}
    entities += [b for b in bodies if not any(t in taken for t in range(b.span.start, b.span.end))]
    # Other organisations, from the model's own entities: "Greater Manchester Police" survives its
    # "Manchester" (a council name the linking rules turn down there)
    kept = {t for e in entities for t in range(e.span.start, e.span.end)}
    for ent in ner_spans:
        if ent.label_ == "ORG" and _ORG_WORDS.search(ent.text) and len(ent) >= 2 \
                and ent[0].text[:1].isupper() and ent[0].lower_ not in _name_cues()["parties"] \
                and not any(t.i in kept for t in ent) and not _generic_name(ent) and not _in_title_case_headline(ent) \
                and not _role_name(ent) and not _portfolio_name(ent):
            label = " ".join(ent.text.split()).removeprefix("the ").removeprefix("The ")
            label = re.sub(r"['’]s$", "", label)
            entities.append(EntitySpan(ent, Ref("org", slug(label), label)))
    entities += _misspelt_councils(ner_spans, gazetteer, when)
    unlisted = _unlisted_providers(doc, entities, when)
    inside = {t for e in unlisted for t in range(e.span.start, e.span.end)}
    entities = [e for e in entities if not any(t in inside for t in range(e.span.start, e.span.end))] + unlisted
    in_orgs = {t for e in entities if e.ref.kind == "org" for t in range(e.span.start, e.span.end)}
    entities += [p for p in _people(doc, ents, gazetteer)
                 if not any(t in in_orgs for t in range(p.span.start, p.span.end))]  # "Medway Parent Carer Forum"
    entities.sort(key=lambda e: (e.span.start, e.span.end))
    _mark_locatives(doc, entities)
    return entities, _sentences(doc, text)


@lru_cache(maxsize=1)
def _role_pattern() -> re.Pattern:
    heads = sorted(load_yaml("roles.yaml")["heads"], key=len, reverse=True)
    return re.compile(r"^(the )?((chief|deputy|assistant|interim|acting|executive|vice) )*("
                      + "|".join(re.escape(h) for h in heads) + r")( \w+)? (of|for|at)\b", re.I)


def _role_name(ent) -> bool:
    """A role written with capitals ("Chair of the Trust Board", "Director of Children's Services"), which
    the model may take for an organisation's name."""
    return bool(_role_pattern().match(ent.text))


@lru_cache(maxsize=1)
def _name_cues() -> dict:
    raw = load_yaml("roles.yaml")
    heads = {w.lower() for h in raw["heads"] for w in h.split()} | {h.lower() for h in raw["plural_heads"]}
    return {"titles": {t.lower() for t in raw["titles"]} | {h.lower() for h in raw["honours"]} | _TITLES,
            "heads": heads - {"member"}, "speech": {v.lower() for v in raw["speech_verbs"]},
            "not_names": {w.lower() for w in raw["not_name_words"]}, "parties": {w.lower() for w in raw["parties"]},
            "as_nouns": {w.lower() for w in raw["as_nouns"]},
            "modifiers": {m.lower() for m in raw["modifiers"]} - {"new"},
            # a branch's union ("Harrow Unison"); a portfolio's words, written with capitals or not
            "unions": frozenset(raw["organisation_words"]["union"]),
            "portfolio": frozenset(w.lower() for w in raw["portfolio_words"] + raw["modifiers"]
                                   + raw["portfolio_name_words"])}


_PLACE_KINDS_AFTER = {"council", "councils", "county", "borough", "city", "district", "metropolitan", "unitary"}


def _surname_of_a_name(doc: Doc, i: int, gazetteer: set[int]) -> bool:
    """Token i, a place's name, is a person's surname: right after a first name ("Martin Wakefield", "Councillor
    Eleanor Bury"), a capitalised proper noun that names no place, no title, role or party, and not before a word
    of a council's kind ("Wakefield Council"); not in a headline in title case."""
    if i < 1 or (i + 1 < len(doc) and doc[i + 1].lower_ in _PLACE_KINDS_AFTER):
        return False
    first = doc[i - 1]
    cues = _name_cues()
    if first.lower_.rstrip(".") in _TITLES and first.lower_ != "mayor" and first.text[:1].isupper():
        return True  # "Councillor Bury said", "Mr Dudley, currently director at Walsall"
    if not (first.pos_ == "PROPN" and _capitalised(first) and first.is_alpha) or first.i in gazetteer \
            or first.lower_.rstrip(".") in cues["titles"] or first.lower_ in cues["heads"] \
            or first.lower_ in cues["parties"] or first.lower_ in cues["not_names"] or first.lower_ in cues["modifiers"] \
            or first.lower_ in _describing_words():
        return False  # ... nor a word describing a council, capitalised opening a sentence ("Neighbouring Tameside")
    before = doc[i - 2] if i >= 2 else None
    # one first name, perhaps after a title ("Cllr Eleanor Bury"), not a run of capitalised words
    if before is not None and before.pos_ == "PROPN" and _capitalised(before) \
            and before.lower_.rstrip(".") not in cues["titles"]:
        return False
    return not _in_title_case_headline(doc[i - 1:i + 1])


def _capitalised(t) -> bool:
    """A word written with a capital first and lower-case letters after it ("Bell", "McNally", "O'Brien")."""
    return t.text[:1].isupper() and any(c.islower() for c in t.text)


def _names_by_context(doc: Doc, ents, gazetteer: set[int]) -> list[Span]:
    """Names the statistical model missed (it often tags "Cllr Jos Saunders" as an organisation):
    two or three capitalised proper nouns after a title ("Cllr", "Sir"), before or after a role
    ("Jo Bell, director of ...", "leader Jo Bell"), by a speech verb ("said Jo Bell"), before ", who", or
    after a person's name and "and" ("Sarah Lowther and Imran Siddall")."""
    cues = _name_cues()
    taken = {t.i for e in ents if e.label_ == "PERSON" for t in e} | gazetteer
    out = []
    i = 0
    while i < len(doc):
        if not (doc[i].pos_ == "PROPN" and _capitalised(doc[i])) or doc[i].i in taken:
            i += 1
            continue
        j = i
        # (a first name right after a title may be tagged as another part of speech: "Councillor Nadeem ...")
        while j < len(doc) and j - i < 5 and _capitalised(doc[j]) and doc[j].is_alpha and doc[j].i not in taken \
                and (doc[j].pos_ == "PROPN" or j > i and doc[j - 1].lower_.rstrip(".") in cues["titles"]):
            j += 1
        if j > i:
            j = _past_hyphenated(doc, j, taken)
            # and on to the surname after a hyphenated first name ("Ann-Marie Kilby")
            while j < len(doc) and j - i < 6 and doc[j - 1].i != i and doc[j - 2].text in ("-", "‐") \
                    and _capitalised(doc[j]) and doc[j].is_alpha and doc[j].pos_ == "PROPN" and doc[j].i not in taken:
                j += 1
        if j < len(doc) and j > i and doc[j].i in gazetteer and _surname_of_a_name(doc, j, gazetteer):
            j += 1  # "Cllr Jonathan Bexley, cabinet member ...", "Martin Wakefield": a surname that names a place
        role_end = i
        while role_end < j and (doc[role_end].lower_ in cues["heads"] or doc[role_end].lower_ in cues["modifiers"]):
            role_end += 1  # "Detective Superintendent Asha Rowe": the role before the name
        k = role_end
        while k < j and doc[k].lower_.rstrip(".") in cues["titles"]:
            k += 1
        while j > k and doc[j - 1].lower_ in cues["not_names"]:
            j -= 1  # "(Carol Bulman Labour)": a party after the name
        words = doc[k:j]
        n_words = sum(1 for t in words if t.text not in ("-", "‐"))
        if 2 <= n_words <= 3 and not any(t.lower_ in cues["not_names"] or t.lower_ in cues["heads"] or t.like_num
                                         for t in words) \
                and not _ORG_WORDS.fullmatch(doc[j - 1].text):  # "the Kentish Institute said": an organisation
            # (nor a number: "the Sixteen Plus team manager" is a team's)
            before = doc[i - 1] if i > 0 else None
            after = [t.lower_ for t in doc[j + 1:j + 9]] if j < len(doc) and doc[j].text == "," else []
            titled = k > i or (before is not None and before.lower_.rstrip(".") in cues["titles"])
            role_near = any(w in cues["heads"] or (w == "member" and k > 0 and after[k - 1] in cues["modifiers"])
                            for k, w in enumerate(after)) or (
                before is not None and (before.lower_ in cues["heads"] or
                                        (before.text == "," and i > 1 and doc[i - 2].lower_ in cues["heads"]) or
                                        # "the director of children's services, Kieran Ross, told ...": a role and
                                        # its portfolio, then the name
                                        (before.text == "," and _role_head_before(doc, i - 1, 10)) or
                                        # "the chairman of the Children and Families Committee (Carol Bulman Labour)"
                                        (before.text == "(" and any(t.lower_ in cues["heads"]
                                                                    for t in doc[max(0, i - 10):i - 1]))))
            speech = (j < len(doc) and doc[j].lower_ in cues["speech"]) or (before is not None and before.lower_ in cues["speech"]) \
                or any(t.dep_ == "nsubj" and t.head.lower_ in cues["speech"] for t in words)  # "Hana Lowry of X said"
            # "inspectors Sarah Lowther and Imran Siddall": the second of two names joined by "and"
            paired = before is not None and before.lower_ in ("and", "&") and i > 1 and doc[i - 2].i in taken \
                and doc[i - 2].ent_type_ == "PERSON"
            # "has appointed Marcus Feltham as its director": the one appointed, then the post
            appointed = before is not None and before.lower_ in APPOINTING and j < len(doc) and doc[j].lower_ == "as"
            # "Nadia Okafor, who has led ...": "who" is said of a person
            relative = after[:1] == ["who"]
            # "Rosalind Faye will take up the post of interim director", "... took over as director"
            post = _takes_a_post(doc, j, cues) or _holds_a_post(doc, i, j, cues)
            if titled or role_near or speech or role_end > i or paired or appointed or relative or post:
                out.append(doc[role_end:j])
        i = max(j, i + 1)
    return out


# Verbs of appointing someone to a post ("has appointed Jo Bell as its director"): read by linking and people.
APPOINTING = frozenset({"appointed", "appoint", "appoints", "named", "names", "hired", "recruited", "confirmed",
                        "installed", "chosen", "chose", "chooses", "selected", "picked"})


def _takes_a_post(doc: Doc, end: int, cues: dict) -> bool:
    """The words after a name take up a post: "as" or "the post of" (roles.yaml as_nouns), then a role's
    head word, within a clause's few words."""
    words = []
    for t in doc[end:min(len(doc), end + 12)]:
        if t.is_punct:
            break
        words.append(t.lower_)
    for k, w in enumerate(words):
        if w == "as" or (w == "of" and k > 0 and words[k - 1] in cues["as_nouns"]):
            return any(x in cues["heads"] for x in words[k + 1:k + 6])
        if w in ("up", "over") and k > 0 and words[k - 1] in _TAKE and words[k + 1:k + 2] == ["the"] \
                and words[k + 2:k + 3] and words[k + 2] in cues["as_nouns"]:
            return True  # "Jo Bell will take up the post on 1 October": the post told before
    return False


_TAKE = {"take", "takes", "took", "taking", "taken"}


def _holds_a_post(doc: Doc, start: int, end: int, cues: dict) -> bool:
    """A name opening its clause, then a copula and a role's head word: "Jo Bell had been Wigan Council's director
    of children's services for five months" (not "Wigan Town Hall is the director's office")."""
    if start > 0 and (_capitalised(doc[start - 1]) or doc[start - 1].is_upper):
        return False
    words = [t.lower_ for t in doc[end:min(len(doc), end + 10)]]
    be = 2 if words[:2] in (["has", "been"], ["had", "been"]) else 1 if words[:1] in (["is"], ["was"]) else 0
    return bool(be) and any(w in cues["heads"] and words[k + 1:k + 2] not in (["'s"], ["’s"])
                            for k, w in enumerate(words[be:be + 7], be))


def _role_head_before(doc: Doc, i: int, window: int) -> bool:
    """A role's head word (roles.yaml) among the `window` words before token i, with no punctuation but an
    apostrophe between ("the director of children's services, Name", "deputy director at Council")."""
    heads = _name_cues()["heads"]
    for t in reversed(doc[max(0, i - window):i]):
        if t.text == "," and t.i > 0 and doc[t.i - 1].is_lower and doc[t.i + 1].is_lower:
            continue  # a portfolio's own list: "the director for children, young people and education, Name"
        if t.is_punct and t.text not in ("'", "’"):
            return False
        if t.lower_ in heads:
            return True
    return False


def _past_hyphenated(doc: Doc, end: int, blocked: set[int]) -> int:
    """The end of a name ending at `end` taken past a hyphenated surname ("Blackledge-Ross"): a hyphen with
    no space on either side, then a capitalised word not in `blocked`."""
    while end + 1 < len(doc) and doc[end].text in ("-", "‐") and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_title and (end + 1 not in blocked or (
                # a place's name joined to a surname is the surname's ("Lacey-Brent"), not before a word of a
                # council's kind ("Lacey-Brent Council" is no one's)
                doc[end - 1].is_title and not (end + 2 < len(doc) and doc[end + 2].lower_ in _PLACE_KINDS_AFTER))):
        end += 2
    return end


_GENERIC_NAME_WORDS = {"the", "of", "and", "&", "for", "council", "county", "city", "borough", "district",
                       "metropolitan", "children", "children's", "childrens", "'s", "’s", "services", "service",
                       "social", "care", "department", "directors", "director", "fire", "rescue", "local",
                       "authority", "authorities", "trust", "board", "committee", "team", "unit", "inspectorate",
                       "office", "education", "families", "young", "people"}


def _generic_name(span: Span) -> bool:
    """'County Council', 'Children's Services', 'Directors of Children's Services': common words in
    capitals, or words in quotes, are not an organisation's name."""
    words = [t for t in span if not t.is_punct or t.text in ("'s", "’s")]
    if any(t.text in "'\"‘’“”" and t.text not in ("'s", "’s") for t in span if t.is_punct):
        return True
    return all(t.lower_ in _GENERIC_NAME_WORDS for t in words)


def _sentence_around(doc: Doc, i: int) -> Span:
    """The sentence holding token i, found from the sentence starts (Span.sent walks the whole Doc)."""
    start = i
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    end = i + 1
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    return doc[start:end]


def _in_title_case_headline(span: Span) -> bool:
    """A span of a headline written in title case ("County Council's Children's Services 'Inadequate'"):
    there every word is capitalised, so capitals do not make a name."""
    sent = _sentence_around(span.doc, span.start)
    if sent.start != 0 and not any("\n" in t.text for t in span.doc[max(0, sent.start - 1):sent.start]):
        return False
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.is_title for t in words) >= 0.8 * len(words)


def _said_former(doc: Doc, i: int, end: int | None = None) -> bool:
    """"the former X" ("the old X"), X after "Before the 2019 merger," in its sentence, or "X was split in two" (the name from
    token i to `end`); "(it) replaced X" is _named_as_replaced, which the caller asks first."""
    if i > 0 and doc[i - 1].lower_ == "former" or i > 1 and doc[i - 1].lower_ == "old" and doc[i - 2].lower_ == "the":
        return True  # (and "a new department out of the old Cumbria")
    sent = doc[i].sent
    return bool(_before_reorganisation().search(doc[sent.start:i].text)
                or end is not None and _replaced_after().match(doc[end:min(sent.end, end + 5)].text))


def _named_as_replaced(doc: Doc, i: int) -> bool:
    """The name at token i is what another council replaced ("... since it replaced Cumbria County Council")."""
    return bool(_replaced_before().search(doc[max(doc[i].sent.start, i - 6):i].text))


@lru_cache(maxsize=1)
def _before_reorganisation() -> re.Pattern:
    return re.compile(load_yaml("council_linking.yaml")["before_reorganisation"], re.I)


@lru_cache(maxsize=1)
def _replaced_after() -> re.Pattern:
    return re.compile(load_yaml("council_linking.yaml")["replaced_after"], re.I)


@lru_cache(maxsize=1)
def _replaced_before() -> re.Pattern:
    return re.compile(load_yaml("council_linking.yaml")["replaced_before"], re.I)


def _people(doc: Doc, ents, gazetteer: set[int]) -> list[EntitySpan]:
    """Full names; a lone surname or first name joins the full name already seen."""
    out: list[EntitySpan] = []
    full: dict[str, Ref] = {}
    honoured: dict[str, str] = {}
    bare: set[str] = set()   # people the article also names without their honour
    found = sorted([e for e in ents if e.label_ == "PERSON"] + _names_by_context(doc, ents, gazetteer),
                   key=lambda e: e.start)
    cues = _name_cues()
    for ent in found:
        start = ent.start
        while start < ent.end - 2 and (doc[start].lower_ in cues["heads"] or doc[start].lower_ in cues["modifiers"]):
            start += 1  # the model's "Superintendent Asha Rowe": a role, then the name
        if ent.end - start >= 3 and start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in cues["heads"]:
            start += 1  # "Chief Inspector of Probation Harold Vennington": the field is the title's
        ent = doc[start:ent.end]
        if ent.start > 0 and sum(1 for t in ent if t.is_alpha and not _joining_hyphen(doc[t.i - 1])) == 1 \
                and doc[ent.start - 1].pos_ == "PROPN" \
                and doc[ent.start - 1].is_title and doc[ent.start - 1].i not in gazetteer \
                and doc[ent.start - 1].lower_ not in cues["not_names"] | cues["heads"] | cues["titles"]:
            ent = doc[ent.start - 1:ent.end]  # the model's "Penelope | Hardwick-Moss": the first name too
        if ent.start > 0 and doc[ent.start - 1].lower_ in _HONOURS and doc[ent.start - 1].is_title:
            ent = doc[ent.start - 1:ent.end]  # "Sir Michael Wilshaw": the honour is part of the name as written
        # the small model often stops short of an unfamiliar surname ("Rokhsana | Fiaz")
        end = ent.end
        # a title and one name ("Cllr Ambrose"): the surname the model took for a place is the name's too
        short = sum(1 for t in ent if t.lower_.rstrip(".") not in cues["titles"]) < 2
        while end < len(doc) and end - ent.start < 4 and doc[end].pos_ == "PROPN" and doc[end].is_title \
                and (doc[end].i not in gazetteer or _surname_of_a_name(doc, end, gazetteer)) \
                and (doc[end].ent_type_ in ("", "PERSON") or short or doc[end].i in gazetteer):
            end += 1
        end = _past_hyphenated(doc, end, gazetteer)   # the model often cuts "Pickering-Lowe" at its hyphen
        while end - ent.start > 2 and doc[end - 1].lower_ in _name_cues()["parties"]:
            end -= 1  # "(Carol Bulman Labour)": the party after the name
        start = ent.start
        while start < end - 2 and (doc[start].lower_ in cues["heads"] or doc[start].lower_ in cues["modifiers"]):
            start += 1  # the model's "Superintendent Anita", then the surname: the rank is no part of the name
        while end - start > 1 and doc[end - 1].is_punct and doc[end - 1].text not in ".'’":
            end -= 1  # the model's "Bryony Sawyer," with its comma: the comma opens what is said of her
        ent = doc[start:end]
        named = _person_name(ent)
        if not named:
            continue
        name, plain = named
        parts = plain.split()
        if len(parts) >= 2:
            r = full.setdefault(slug(plain), Ref("person", slug(plain), plain))
            out.append(EntitySpan(ent, r))
            if name != plain:
                honoured[r.key] = name
            else:
                bare.add(r.key)
        else:
            match = [r for r in full.values() if parts[0] in r.label.split()]
            if len(match) == 1:
                out.append(EntitySpan(ent, match[0]))
    # "Ms Lydgate", "Mr Okwu": a courtesy title and a surname the model did not take for a name, after the full
    # name the article gave
    taken = {t for e in out for t in range(e.span.start, e.span.end)} | {
        t.i for e in ents if e.label_ in ("COUNCIL", "PROVIDER", "KNOWN_ORG") for t in e}
    surnames = {r.label.split()[-1] for r in full.values()}
    for m in _courtesy_surname().finditer(doc_text(doc)):
        if m.group(2) not in surnames or not m.group(2).istitle():
            continue
        title, nxt = doc.char_span(m.start(1), m.end(1)), doc.char_span(m.start(2), m.end(2))
        if title is None or nxt is None or len(nxt) != 1 or nxt.start in taken:
            continue
        match = [r for r in full.values() if r.label.split()[-1] == nxt.text
                 and any(e.span.start < title.start for e in out if e.ref is r)]
        if len(match) == 1:
            out.append(EntitySpan(nxt, match[0]))
    # "Elaine has been interim director since ...", "Elaine said": a press release's first name alone, as the
    # subject of a verb, after the one full name the article gave with it (the model may not tag it)
    taken |= {t for e in out for t in range(e.span.start, e.span.end)}
    firsts = Counter(r.label.split()[0] for r in full.values())
    for t in doc:
        if t.i in taken or t.i in gazetteer or not t.is_title or firsts.get(t.text) != 1 or t.i + 1 >= len(doc) \
                or doc[t.i + 1].pos_ not in ("VERB", "AUX") or t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        match = [r for r in full.values() if r.label.split()[0] == t.text
                 and any(e.span.start < t.i for e in out if e.ref is r)]
        if len(match) == 1:
            out.append(EntitySpan(doc[t.i:t.i + 1], match[0]))
    # The label is the name as written with its honour where the article gives it only so ("Sir Michael
    # Wilshaw"); an article that also writes "Michael Wilshaw" names him so. Who the person is stays the name
    # without it, so both spellings are one person.
    honoured = {k: v for k, v in honoured.items() if k not in bare}
    return [EntitySpan(e.span, Ref("person", e.ref.key, honoured[e.ref.key])) if e.ref.key in honoured else e
            for e in out]


@lru_cache(maxsize=1)
def courtesy_titles() -> frozenset[str]:
    """Mr, Ms, Dr ... (roles.yaml): the frame reads them too."""
    return frozenset(w.lower() for w in load_yaml("roles.yaml")["courtesy_titles"])


@lru_cache(maxsize=1)
def _courtesy_surname() -> re.Pattern:
    """A courtesy title, capitalised, then a word: "Ms Lydgate", "Dr. Okwu"."""
    titles = "|".join(re.escape(t.capitalize()) for t in sorted(courtesy_titles(), key=len, reverse=True))
    return re.compile(r"\b(" + titles + r")\.? ([^\W\d_]+)\b")


def _portfolio_name(ent: Span) -> bool:
    """A portfolio written with capitals ("Cabinet Member for Integrated Children's Services"): its words are a
    role's, not an organisation's name."""
    words = [t.lower_ for t in ent if not t.is_punct and t.lower_ not in ("the", "and", "&")]
    return bool(words) and all(w in _name_cues()["portfolio"] for w in words)


@lru_cache(maxsize=1)
def _post_nominals() -> frozenset[str]:
    return frozenset(load_yaml("roles.yaml")["post_nominals"])


@lru_cache(maxsize=1)
def _institutions() -> frozenset[str]:
    return frozenset(load_yaml("council_linking.yaml")["references"]["institutions"])


def _after_mp_for(doc: Doc, start: int) -> bool:
    """The name stands in the capitalised words after "MP for" (a constituency's name)."""
    k = start - 1
    while k >= 0 and doc[k].is_title and doc[k].text not in ("MP", "MPs"):
        k -= 1
    return k >= 1 and doc[k].lower_ == "for" and doc[k - 1].text in ("MP", "MPs")


def _mark_locatives(doc: Doc, entities: list[EntitySpan]) -> None:
    """'St Helens in Lancashire', 'a primary school in Cambridgeshire': the council after 'in' only
    places the thing before it; statements are not about it."""
    institutions = _institutions()
    distance = _distance_words()
    ends = {e.span.end: e for e in entities if e.ref.kind in ("council", "provider")}
    ref = reference()
    for e in entities:
        if e.ref.kind == "council" and (e.span.end < len(doc) and doc[e.span.end].text in ("MP", "MPs")
                                        or _after_mp_for(doc, e.span.start)):
            e.incidental = "place"  # "West Derby MP Jo Bell", "MP for Liverpool West Derby": a constituency
            continue
        if e.ref.kind != "council" or e.span.start < 2:
            continue
        i = e.span.start - 1
        if doc[i].lower_ == "from" and doc[i - 1].lower_ in distance:
            e.incidental = "place"  # "living in homes a long way from Cheshire": how far, not whose
            continue
        if doc[i].lower_ not in ("in", "at"):
            continue
        j = i - 1
        if doc[j].text == ",":
            j -= 1
        if j < 0:
            continue
        before = ends.get(j + 1)
        if before is not None and before.ref.kind == "provider" and e.ref.key in (
                ref.providers[before.ref.key].councils if before.ref.key in ref.providers else before.serves):
            continue  # "Achieving for Children in Kingston": the trust's work for that council
        if (before is not None and doc[i].lower_ == "in") or doc[j].lower_ in institutions:
            e.incidental = "place"


def _sentences(doc: Doc, text: str) -> list[Sentence]:
    """The reporting's sentences, with their evidence offsets and paragraphs; the entities each names are
    filled in by fill_sentences once the frame has settled what each name means."""
    paragraph_starts = _paragraph_starts(text)
    sentences: list[Sentence] = []
    masked = doc_text(doc)
    for sent in doc.sents:
        if not sent.text.strip():
            continue
        s = Sentence(sent, _evidence(sent, masked, text))
        s.paragraph = bisect_right(paragraph_starts, s.evidence.start)
        sentences.append(s)
    return sentences


def fill_sentences(sentences: list[Sentence], entities: list[EntitySpan], when: date | None) -> None:
    """Give each sentence the councils (a provider's councils too), providers, organisations and people
    it names, in order; a council named in passing (a place, a partner, someone's employer) is not one
    of its councils."""
    ref = reference()
    it = iter(entities)
    pending = next(it, None)
    for s in sentences:
        s.councils, s.providers, s.orgs, s.people, s.historic = [], [], [], [], []
        sent = s.span
        while pending is not None and pending.span.start < sent.end:
            if pending.span.start >= sent.start and not pending.anaphor:
                r = pending.ref
                if r.kind == "council":
                    if not pending.incidental:
                        s.councils.append(r)
                    if pending.historic:
                        s.historic.append(r)
                elif r.kind == "provider":
                    s.providers.append(r)
                    served = ref.providers[r.key].councils if r.key in ref.providers else pending.serves
                    valid = [g for g in served if ref.councils[g].valid_on(when)] or list(served)
                    if len(valid) == 1:
                        # a provider of one council stands for it; one of several (Achieving for Children)
                        # for none of them until the article names which
                        s.councils.append(council_ref(valid[0]))
                elif r.kind == "org":
                    s.orgs.append(r)
                else:
                    s.people.append(r)
            pending = next(it, None)


def _paragraph_starts(text: str) -> list[int]:
    """Offsets where paragraphs start: after blank lines, or after every line break in a text that has none."""
    sep = "\n\n" if "\n\n" in text.strip() else "\n"
    return [m.end() for m in re.finditer(re.escape(sep) + "+", text)]



def _evidence(sent: Span, masked: str, text: str) -> Evidence:
    """The sentence's offsets in the article, trimmed of whitespace and of furniture blanked out."""
    start, end = sent.start_char, sent.end_char
    while start < end and masked[start].isspace():
        start += 1
    while end > start and masked[end - 1].isspace():
        end -= 1
    start, end = _original_offsets(sent.doc, start, end)
    return Evidence(start, end, text[start:end])


# Doc.user_data key of the kg.normalise.NormalisedText a Doc was made from (set by kg.build).
ORIGINAL_OFFSETS = "caregraph_original_offsets"


def _original_offsets(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Offsets in the text the pipeline read (invisible characters deleted, look-alikes folded) as
    offsets into the article's own text; the same offsets when the Doc carries no map."""
    norm = doc.user_data.get(ORIGINAL_OFFSETS)
    return norm.original_span(start, end) if norm is not None else (start, end)
