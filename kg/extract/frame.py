"""The article frame: what an article is about, decided once, before any fact is extracted, and
consulted by every extractor (kg.extract.attribution and the extractors in kg.extract).

  - time: the date names are resolved on (the article's, else the latest year its text names);
  - subjects: the councils the article's reporting is about, most prominent first;
  - discourse: for each sentence that names no council, the council it is about (its focus), and the
    council each definite reference ("the council", "the county") stands for;
  - scope: whether the article is about councils' children's social care at all.

Rules a domain expert extends are data: kg/data/scope.yaml and the references of council_linking.yaml.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Span

from kg.dates import StatedDate, years_in
from kg.extract.linking import EntitySpan, Sentence, _role_head_before
from kg.facts import Ref
from kg.reference import load_yaml, reference

def reference_date(published: StatedDate | None, reporting_text: str) -> date | None:
    """The date names are resolved on: the stated publication date, else the latest year the text names."""
    if published:
        return published.as_date()
    years = [y for y in years_in(reporting_text) if 1990 <= y <= 2100]
    return date(max(years), 12, 31) if years else None



@lru_cache(maxsize=1)
def _scope_rules():
    raw = load_yaml("scope.yaml")
    return (re.compile(raw["children_services"], re.I), re.compile(raw["other_services"], re.I),
            int(raw["min_other"]), float(raw["ratio"]))


def in_scope(text: str) -> bool:
    """False for an article about schools, SEND areas, youth offending or the like rather than
    children's services (rules: kg/data/scope.yaml)."""
    ours, other, min_other, ratio = _scope_rules()
    text = text.replace("’", "'")
    n_other = len(other.findall(text))
    return not (n_other >= min_other and n_other >= ratio * len(ours.findall(text)))



_LEAD = 6          # the first sentences (headline, standfirst, opening): a council named there is a subject
_SEVERAL = 3       # ... as is one named in this many sentences; one named once or twice in passing is not


def subjects(sentences: list[Sentence]) -> list[Ref]:
    """The councils the article is about, most prominent first (more sentences naming it, then earlier):
    the councils named in the lead or in several sentences, not far behind the most named."""
    count: dict[Ref, int] = {}
    first: dict[Ref, int] = {}
    for k, s in enumerate(sentences):
        for c in dict.fromkeys(s.councils):
            if c in s.historic:
                continue  # a former council is history, not what the article is about
            count[c] = count.get(c, 0) + 1
            first.setdefault(c, k)
    if not count:
        return []
    top = max(count.values())
    keep = [c for c in count if (first[c] < _LEAD or count[c] >= _SEVERAL) and 3 * count[c] >= top]
    return sorted(keep, key=lambda c: (-count[c], first[c]))


def _employer_of_a_role(doc: Doc, e: EntitySpan) -> bool:
    """The council is named as where someone holds a role: a role's head word, then 'at', 'of' or 'for',
    within six words before it ("deputy director for children's social care at Milton Keynes Council")."""
    i = e.span.start - 1
    return i >= 0 and doc[i].lower_ in ("at", "of", "for", "with") and _role_head_before(doc, i, 6)


def resolve_anaphora(doc: Doc, sentences: list[Sentence], subjects: list[Ref],
                      entities: list[EntitySpan]) -> list[EntitySpan]:
    """Give each sentence the council it is about when it names none (its focus), and link definite
    references ("the council", "the island") to a council: the one the discourse is on, or for a typed
    reference the last council named of that type. The discourse stays on a council named in passing
    on until another is named, but in an article about no council in particular only within its paragraph."""
    rules = _anaphora_rules()
    ref = reference()
    out: list[EntitySpan] = []
    names_history: list[Ref] = []   # councils named by name, in order
    current = subjects[0] if subjects else None   # the council the next sentence is about if it names none
    since: Sentence | None = None                 # the sentence that put the discourse on it
    for s in sentences:
        on = current
        if since is not None and since.paragraph != s.paragraph and not subjects:
            on = None  # a national article's passing mention holds only for its paragraph
        s.focus = on
        continued = False
        named_here = [(e.span.start, e.ref) for e in entities if e.ref.kind == "council" and not e.locative
                      and s.span.start <= e.span.start < s.span.end]
        names_history.extend(c for _, c in named_here)
        for start, end, kind in _definite_references(doc, s.span, rules):
            before = [c for i, c in named_here if i < start]
            # "X's director left the council after ...": the council just named in the sentence
            # a typed reference is to a council named as such, not one a provider's name stands for
            target = (before[-1] if before else on) if kind == "any" else next(
                (c for c in reversed(names_history) if _of_type(ref.councils[c.key], kind, rules)), None)
            if target is not None:
                out.append(EntitySpan(doc[start:end], target, anaphor=True))
                continued |= kind == "any" and target in subjects
                if not s.councils and kind != "any":
                    s.focus = target
        current_named = [c for c in s.councils if c not in s.historic]
        if current_named:
            named = sorted((c for c in current_named if c in subjects), key=subjects.index) or current_named
            # "Roping in advisers from Islington, the council committed to ...": still about the subject;
            # "Ms Marchetti, currently deputy director at Milton Keynes City Council, ...": a person's
            # employer named in passing, in an article about another council, does not take the discourse
            employer_only = on in subjects and on not in current_named and all(
                _employer_of_a_role(doc, e) for e in entities
                if e.ref.kind == "council" and not e.locative and s.span.start <= e.span.start < s.span.end)
            current = on if continued or employer_only else named[0]
            since = s
    return out


# References written with capitals too: "the Council" in a council's own news, "the Royal Borough" and
# "the Island" in local papers.
_CAPITALISED_REFERENCES = {"any", "royal-borough", "island"}


def _definite_references(doc: Doc, span: Span, rules) -> list[tuple[int, int, str]]:
    """(start, end, kind) of 'the council', 'the local authority', 'the island', ... in span."""
    out = []
    for t in span:
        if t.lower_ != "the" or t.i + 1 >= span.end:
            continue
        for n in (2, 1):
            words = " ".join(x.lower_ for x in doc[t.i + 1:min(span.end, t.i + 1 + n)])
            kind = rules["references"].get(words)
            if kind is None:
                continue
            nxt = doc[t.i + 1 + n] if t.i + 1 + n < span.end else None
            if nxt is not None and (nxt.lower_ in ("for", "of") or nxt.text[:1].isupper() and nxt.pos_ == "PROPN"):
                break  # "the Department for Education", "the Council of the Isles of Scilly"
            if kind not in _CAPITALISED_REFERENCES and t.i + 1 != span.start \
                    and any(x.text[:1].isupper() for x in doc[t.i + 1:t.i + 1 + n]):
                break  # a proper name ("the County Durham ...")
            out.append((t.i, t.i + 1 + n, kind))
            break
    return out


def _of_type(council, kind: str, rules) -> bool:
    spec = rules["types"].get(kind, {})
    name_words = spec.get("name_words", [])
    return council.la_type in spec.get("la_types", []) or any(w in council.name.split() for w in name_words)


@lru_cache(maxsize=1)
def _anaphora_rules() -> dict:
    raw = load_yaml("council_linking.yaml")["references"]
    return {"references": {k.lower(): v for k, v in raw["phrases"].items()},
            "types": raw["types"]}
