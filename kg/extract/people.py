"""People in their roles (org:Membership of person, role, organisation) and attributed quotations.

Role vocabulary is data: kg/data/roles.yaml."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span

from kg.extract.attribution import named_in_passing_only
from kg.extract.context import ArticleContext, EntitySpan, Sentence
from kg.extract.linking import APPOINTING, provider_ref
from kg.facts import Membership, Quotation, Ref
from kg.pipeline import doc_text, organisations
from kg.reference import load_yaml, reference, slug

_ORG_LABELS = {"ORG", "COUNCIL", "PROVIDER", "KNOWN_ORG"}


@dataclass
class _Rules:
    heads: dict[str, str | None]
    plural_heads: dict[str, str]
    modifiers: set[str]
    skipped: set[str]
    portfolio: set[str]
    titles: dict[str, str]
    honours: set[str]
    org_links: set[str]
    anaphora: dict[str, str]
    relative: set[str]
    copulas: set[str]
    verb_roles: dict[str, str]
    as_nouns: set[str]
    speech: set[str]
    pronoun_speaker: re.Pattern
    courtesy: set[str]
    post_nominals: set[str]
    abbreviations: dict[str, str]
    constituency_roles: dict[str, str | None]
    named_by_last_word: dict[str, set[str]]
    post_verbs: set[str]
    in_post: set[str]
    body_tails: set[str]
    councillor_kinds: set[str]
    described_nouns: set[str]
    place_body_nouns: set[str]
    parties: set[str]
    site_staff: set[str]
    inspector_fields: dict[str, str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    raw = load_yaml("roles.yaml")
    low = lambda xs: {x.lower() for x in xs}  # noqa: E731
    return _Rules({k.lower(): v for k, v in raw["heads"].items()},
                  {k.lower(): v.lower() for k, v in raw["plural_heads"].items()},
                  low(raw["modifiers"]), low(raw["skipped"]), low(raw["portfolio_words"]),
                  {k: v for k, v in raw["titles"].items()}, low(raw["honours"]), set(raw["org_links"]),
                  {k.lower(): v for k, v in raw["anaphora"].items()}, low(raw["relative"]), low(raw["copulas"]),
                  {k.lower(): v for k, v in raw["verb_roles"].items()}, low(raw["as_nouns"]), low(raw["speech_verbs"]), re.compile(raw["pronoun_speaker"], re.I),
                  low(raw["courtesy_titles"]), set(raw["post_nominals"]),
                  {k.lower(): v for k, v in raw["abbreviations"].items()}, {k.lower(): v for k, v in raw["constituency_roles"].items()},
                  {k: set(v) for k, v in raw["organisation_words"].items()},
                  low(raw["post_verbs"]), low(raw["in_post"]), low(raw["body_tails"]),
                  low(raw["councillor_kinds"]), low(raw["described_nouns"]), low(raw["place_body_nouns"]),
                  low(raw["parties"]), low(raw["site_staff"]), dict(raw["inspector_fields"]))


_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our"}
_ON_HEADS = {"spokesman", "spokeswoman", "spokesperson", "lead", "adviser", "advisor"}
_IN_HEADS = {"lecturer", "professor", "reader"}  # "a senior lecturer in social work at ..."
_ORG_KINDS = ("council", "provider", "org")


def _head_len(doc, i: int, hi: int, r: _Rules) -> int:
    """Length of the role head starting at token i (multi-word heads first), 0 if none."""
    for n in (3, 2, 1):
        if i + n <= hi and " ".join(t.lower_ for t in doc[i:i + n]) in r.heads:
            return n
        if n == 1 and i < hi and doc[i].lower_ in r.plural_heads:
            return 1
    return 0


def _entity_starting(ctx: ArticleContext, i: int) -> EntitySpan | None:
    e = ctx.entity_at(i)
    return e if e is not None and e.span.start == i and e.ref.kind in _ORG_KINDS else None


def _entity_ending(ctx: ArticleContext, end: int) -> EntitySpan | None:
    e = ctx.entity_at(end - 1)
    return e if e is not None and e.span.end == end and e.ref.kind in _ORG_KINDS else None


def _integrated_services(doc, j: int) -> bool:
    """ "integrated" in a portfolio ("integrated children's services"), not a body's name ("the integrated care
    board")."""
    return doc[j].lower_ == "integrated" and j + 1 < len(doc) and doc[j + 1].lower_ in ("children", "services")


def _portfolio_end(ctx: ArticleContext, doc, i: int, hi: int, r: _Rules) -> int:
    """After 'for'/'of' at token i-1: the end of a portfolio ("children, young people and families",
    "the South West", "the Children and Families Committee"); i if there is none."""
    if i + 1 < hi and doc[i].lower_ == "the" and _a_name_not_a_portfolio(ctx, doc, i + 1, hi) \
            or _a_company(ctx, doc, i, hi) \
            or doc[i].lower_ == "the" and (_kind_of_body(doc, i + 1, hi) or 0) > i + 1:
        return i  # "chair of the Foundation for Family Futures", "operations director of Harbourside Care", "chief
        # executive of the children's charity Family Bridges": a body
    j = i
    while j < hi:
        t = doc[j]
        e = ctx.entity_at(j)
        if e is not None and e.span.start == j and (e.ref.kind == "person" or t.lower_ not in r.portfolio):
            break
        if t.is_title and j - 1 >= i and doc[j - 1].lower_ in ("and", ",") and t.lower_ not in r.portfolio:
            break  # "..., and Neelam Bhardwaja was hired": a new name, not the portfolio
        if t.text in _HYPHENS and j > i and not doc[j - 1].whitespace_ and not t.whitespace_ and j + 1 < hi \
                and doc[j - 1].lower_ in r.portfolio and doc[j + 1].lower_ in r.portfolio:
            j += 1  # "multi-agency inspection": a portfolio's words joined by a hyphen
            continue
        if t.lower_ in r.portfolio or t.lower_ in ("the", "and", "&", ",") \
                or (t.is_title and t.pos_ in ("PROPN", "NOUN", "ADJ") and t.ent_type_ not in ("PERSON",)) \
                or _integrated_services(doc, j):
            j += 1
            continue
        if t.lower_ == "for" and j > i and j + 1 < hi and doc[j + 1].lower_ in r.portfolio \
                and doc[j + 1].lower_ not in ("the", "and", "&", ",", "'s", "’s"):
            j += 1  # "Best Start for Children and Families": a portfolio's own "for"
            continue
        break
    while j > i and doc[j - 1].lower_ in ("the", "and", "&", ","):
        j -= 1
    return j


def _role_forward(ctx: ArticleContext, doc, i: int, hi: int, r: _Rules) -> tuple[int, int, Ref | None] | None:
    """A role phrase starting at token i: '[the] [Org's] [modifiers] head [for/of portfolio]'.
    Returns (start, end, organisation named inside it)."""
    j, org = i, None
    e = _entity_starting(ctx, j)  # "the council's new director": a reference that starts with "the"
    if e is None and i < hi and doc[i].lower_ == "the":
        # "Jo Bell, the trust's chief executive": the body of that kind the article is about
        n = next((n for n in (2, 1) if i + 1 + n < hi and doc[i + 1 + n].lower_ in ("'s", "’s")
                  and r.anaphora.get(" ".join(t.lower_ for t in doc[i + 1:i + 1 + n]))), None)
        referred = _org_referred(ctx, ctx.sentence_of(i), doc, i, i + 1 + n, r) if n else None
        if referred is not None:
            org, j = referred, i + 2 + n
    while e is None and j < hi and (doc[j].lower_ in _DETERMINERS or doc[j].lower_ in r.skipped):
        j += 1
        e = _entity_starting(ctx, j)
    if e is None and j + 5 < hi and doc[j].like_num and doc[j + 1].text == "-" and doc[j + 2].lower_ in ("year", "years") \
            and doc[j + 3].text == "-" and doc[j + 4].lower_ == "old":
        j += 5  # past an age: "a 45-year-old social worker"
    if e is None and j + 1 < hi and _acronym(doc[j]) and doc[j + 1].lower_ in ("'s", "’s"):
        j += 2  # "WNC's Cabinet Member for ...": an organisation's initials (the council, by default)
    elif e is None and j + 1 < hi and doc[j].lower_ in ("opposition", "group", "party") \
            and doc[j + 1].lower_ in ("'s", "’s"):
        j += 2  # "the opposition's children's spokesperson": a councillor's role, the council's by default
    elif e is None and j + 1 < hi and j > i and doc[j - 1].lower_ in ("her", "his") and doc[j].lower_ == "majesty" \
            and doc[j + 1].lower_ in ("'s", "’s"):
        j += 2  # "Jo Bell, Her Majesty's Chief Inspector": the Crown's, not a body's
    if e is not None and e.span.end < hi:
        after = doc[e.span.end]
        # "Kent's", and "Tower Hamlets'": a name ending in s takes the apostrophe alone
        if after.lower_ in ("'s", "’s") or (after.text in ("'", "’") and e.span[-1].lower_.endswith("s")):
            org, j = e.ref, _past_branch(doc, e.span.end + 1, hi, r)
        elif after.lower_ in r.modifiers or _head_len(doc, _past_branch(doc, e.span.end, hi, r), hi, r):
            # "Leeds City Council deputy leader", "Unison West Midlands regional organiser"
            org, j = e.ref, _past_branch(doc, e.span.end, hi, r)
    while j < hi and doc[j].lower_ in r.skipped:
        j += 1
    while j + 3 < hi and doc[j + 1].text in _HYPHENS and not doc[j].whitespace_ and not doc[j + 1].whitespace_ \
            and doc[j + 2].lower_ in _MADE_BY:
        j += 3  # "the government-appointed children's commissioner": who put them there, not the role
    start = j
    if j + 1 < hi and doc[j].lower_ == "children" and doc[j + 1].lower_ in ("'s", "’s"):
        j += 2  # "children's commissioner"
    else:
        # a portfolio joined by "and" before the head: "the children and families minister"
        k = j
        while k < hi and k - j < 5 and (doc[k].lower_ in r.portfolio or doc[k].lower_ in ("and", "&")) \
                and not _head_len(doc, k, hi, r):
            k += 1
        if k - j >= 3 and any(t.lower_ in ("and", "&") for t in doc[j:k]) and doc[k - 1].lower_ not in ("and", "&") \
                and _head_len(doc, k, hi, r) and _entity_starting(ctx, j) is None:
            j = k
    while j < hi and (doc[j].lower_ in r.modifiers or (
            doc[j].lower_ == "and" and j > start and j + 1 < hi and doc[j + 1].lower_ in r.modifiers)
            # "co-chair", "vice-chair": a modifier joined to the head by a hyphen
            or (doc[j].text in _HYPHENS and j > start and doc[j - 1].lower_ in r.modifiers
                and not doc[j - 1].whitespace_ and not doc[j].whitespace_)
            or (doc[j].lower_ in ("'s", "’s") and j > start and doc[j - 1].lower_ == "group")) and (
            not _head_len(doc, j, hi, r) or _head_len(doc, j + 1, hi, r) or doc[j + 1].lower_ in r.modifiers
            or doc[j + 1].lower_ == "and"):
        j += 1  # "interim improvement and operations director"
    n = _head_len(doc, j, hi, r)
    if not n:
        return None
    end = j + n
    if end + 1 < hi and doc[end].lower_ == "for" and (region := _region_len(doc, end + 1, hi)):
        end += 1 + region  # "regional director for Yorkshire and the Humber": no body's name
    # "chief executive of the care leavers' charity Become": the body is the name after its description
    if end + 2 < hi and doc[end].lower_ in ("of", "at") and doc[end + 1].lower_ == "the":
        body = _described_body(ctx, doc, end + 2, hi) or _place_body(ctx, doc, end + 2, hi)
        if body is not None:
            return start, end, body
    # "cabinet member for children", "director of children's services", "spokesman on children's services"
    if end + 1 < hi and (doc[end].lower_ in ("for", "of") or (doc[end].lower_ == "on" and doc[end - 1].lower_ in _ON_HEADS)
                         or (doc[end].lower_ == "in" and doc[end - 1].lower_ in _IN_HEADS)) \
            and _entity_starting(ctx, end + 1) is None:
        pe = _portfolio_end(ctx, doc, end + 1, hi, r)
        k = end + 2   # the capitalised words of a name after "the" (with "and", "of" and "'s" between them)
        while k < hi and (doc[k].is_title or doc[k].lower_ in ("and", "&", "of", "'s", "’s")):
            k += 1
        while k > end + 2 and not doc[k - 1].is_title:
            k -= 1
        named = doc[end + 1:k]
        if org is None and len(named) >= 3 and named[0].lower_ == "the" and any(
                t.text in _BODY_NAME_ENDS and (t.i == named.end - 1 or doc[t.i + 1].lower_ == "of") for t in named[1:]):
            # (not "chair of the Trust Board": a board of the trust)
            # "chief executive of the Medway Valley Learning Trust", "chair of the West Midlands Association of
            # Directors of Children's Services": a body no table lists, named in full
            return start, end, Ref("org", slug(named[1:].text), named[1:].text)
        if pe > end + 1 and not (pe == end + 2 and doc[end + 1].lower_ == "the"):
            end = pe
    return start, end, org


_MADE_BY = {"appointed", "installed", "imposed", "backed", "funded"}


def _region_len(doc, k: int, hi: int) -> int:
    """The number of tokens from k that name an English region ("Yorkshire and the Humber", "the North West",
    "the East of England"), 0 if none."""
    for words in _regions():
        n = len(words) + (doc[k].lower_ == "the")
        if k + n <= hi and tuple(t.lower_ for t in doc[k + n - len(words):k + n]) == words:
            return n
    return 0


@lru_cache(maxsize=1)
def _regions() -> list[tuple[str, ...]]:
    """The English regions of the councils table, longest first."""
    names = {tuple(c.region.lower().replace("-", " ").split()) for c in reference().councils.values() if c.region}
    return sorted(names, key=len, reverse=True)


# The last word of the name of a body (not a council's committee or board) written in full after a role.
_BODY_NAME_ENDS = {"Trust", "Partnership", "University", "Association", "Foundation", "Society", "Charity",
                   "Network", "Institute", "Federation", "Alliance", "Union", "Academy", "College"}


_NOW_WORDS = frozenset({"is", "now", "currently"})


def _past_branch(doc, j: int, hi: int, r: _Rules) -> int:
    """Past the place of a body's branch or region before a role ("Unison's Kent branch secretary",
    "Unison South East regional organiser"): up to three capitalised words, then a modifier or head."""
    k = j
    while k < hi and k - j < 3 and doc[k].is_title and doc[k].lower_ not in r.modifiers \
            and not _head_len(doc, k, hi, r):
        k += 1
    return k if k > j and k < hi and (doc[k].lower_ in r.modifiers or _head_len(doc, k, hi, r)) else j


def _labelled_role(ctx: ArticleContext, doc, end: int, lo: int, r: _Rules) -> tuple[int, int, Ref | None] | None:
    """A line that labels a name with its post, as a report's header does ("Cabinet Member: Councillor Brenda
    Tolley"): the post is the whole of the line before the colon."""
    k = end - 1
    while k >= lo and (r.titles.get(doc[k].lower_.rstrip(".")) == "councillor"
                       or doc[k].is_title and doc[k].lower_.rstrip(".") in r.courtesy):
        k -= 1
    if k <= lo or doc[k].text != ":":
        return None
    start = k - 1
    while start > lo and "\n" not in doc[start - 1].whitespace_ and not doc[start - 1].is_space:
        start -= 1
    if start != lo and "\n" not in doc[start - 1].whitespace_ and not doc[start - 1].is_space:
        return None
    found = _role_forward(ctx, doc, start, k, r)
    return found if found is not None and found[0] == start and found[1] == k else None


def _role_backward(ctx: ArticleContext, doc, end: int, lo: int, r: _Rules) -> tuple[int, int, Ref | None] | None:
    """A role phrase ending just before token `end` (a name): '[Org['s]] [modifiers] head [of Org |
    for portfolio][,] [Cllr]'. Returns (start, end, organisation named in or before it)."""
    k = end - 1
    # "Leader Cllr Jo Bell": a title right before the name, then the role
    # "Leader of BCC, councillor Jo Bell", "The company's chair, Professor Ian Stobart"
    while k >= lo and (r.titles.get(doc[k].lower_.rstrip(".")) in ("councillor", "professor")
                       or doc[k].is_title and (doc[k].lower_ in r.honours or doc[k].lower_.rstrip(".") in r.courtesy)
                       or (doc[k].lower_ in r.councillor_kinds and k + 1 < end
                           and r.titles.get(doc[k + 1].lower_.rstrip(".")) == "councillor")):
        k -= 1  # ("County Councillor Jo Bell")
    while k >= lo and doc[k].text in (",", "–", "-"):
        k -= 1
    if k < lo:
        return None
    if doc[k].lower_ in ("and", "&", "or"):
        # "inspectors Jo Bell and Sam Reed": the second of names after a plural role holds it too
        prev = ctx.entity_at(k - 1) if k - 1 >= lo else None
        if prev is not None and prev.ref.kind == "person" and prev.span.end == k:
            found = _role_backward(ctx, doc, prev.span.start, lo, r)
            if found is not None and doc[found[1] - 1].lower_ in r.plural_heads:
                return found
        return None  # "..., and Jo Bell": the name starts a new part of a list
    role_end, org = k + 1, None
    e = _entity_ending(ctx, k + 1)
    link = e.span.start - 1 if e is not None else -1
    if e is not None and link > lo and doc[link].lower_ == "the" and doc[link].i not in range(e.span.start, e.span.end):
        link -= 1                               # "Chief executive of the NSPCC, Tom Wake"
    if e is not None and link >= lo and (doc[link].lower_ in ("of", "at", "for") or (doc[link].lower_ == "on" and not e.anaphor)):
        # "Leader of Sunderland City Council Paul Watson", "group leader on Cumberland Council, Cllr Jo Bell"
        org, k = e.ref, link - 1
        role_end = k + 1
        # "Interim Director of Children's Services for Kent, Sam Reed": a portfolio before the organisation
        j = k
        while j >= lo and (doc[j].lower_ in r.portfolio or doc[j].lower_ in ("the", "and", "&", ",")
                           or (doc[j].is_title and not _person_at(ctx, j))) and not _head_len(doc, j, j + 1, r):
            j -= 1
        if lo < j < k and doc[j].lower_ in ("for", "of") and _ends_with_head(doc, j, lo, r):
            k = j - 1
    else:
        # "director of children's services Jane Parfrement": a portfolio tail back to for/of
        j = k
        # the tail may name its body: "Leader of BCC", "the council's ... committee", "... on the council"
        while j >= lo and (doc[j].lower_ in r.portfolio or doc[j].lower_ in ("the", "a", "and", "&", ",")
                           or doc[j].lower_ in r.inspector_fields   # "chief inspector of probation"
                           or doc[j].lower_ in _BODY_WORDS or _acronym(doc[j]) or _integrated_services(doc, j)
                           # "multi-agency": portfolio words joined by a hyphen
                           or (doc[j].text in _HYPHENS and j - 1 >= lo and not doc[j].whitespace_
                               and not doc[j - 1].whitespace_ and doc[j - 1].lower_ in r.portfolio)
                           or (doc[j].lower_ in ("on", "at") and j + 1 <= k and doc[j + 1].lower_ == "the")
                           or (doc[j].is_title and not _person_at(ctx, j))
                           # a region's name holding "of": "regional director for the East of England"
                           or (doc[j].lower_ == "of" and j + 1 <= k and doc[j + 1].is_title and j - 1 >= lo
                               and doc[j - 1].is_title and doc[j - 1].lower_ in _COMPASS)):
            j -= 1
        if j > lo and j < k and doc[j].lower_ in ("for", "of") and _head_len(doc, j - 1, j, r) or (
                j > lo and j < k and doc[j].lower_ in ("for", "of") and _ends_with_head(doc, j, lo, r)):
            k = j - 1
        elif lo <= j and j + 1 < k and doc[j + 1].lower_ in ("on", "at") and _ends_with_head(doc, j + 1, lo, r):
            k = j  # "children's spokesman on the council": the head before the body it sits on
    for n in (3, 2, 1):
        s = k - n + 1
        if s >= lo and _head_len(doc, s, k + 1, r) == n:
            start = s
            while start - 1 >= lo and _entity_ending(ctx, start) is None and (doc[start - 1].lower_ in r.modifiers or (
                    doc[start - 1].lower_ in ("'s", "’s") and start - 2 >= lo and doc[start - 2].lower_ == "children")):
                # modifiers, but not the words of an organisation's name ("Bury Council executive ..."); "children's"
                # whole (the tokenizer parts it)
                if doc[start - 1].lower_ in ("'s", "’s") and _entity_ending(ctx, start - 1) is not None:
                    break  # "Action for Children's head of policy": the body's name, not "children's"
                start -= 2 if doc[start - 1].lower_ in ("'s", "’s") else 1
            before = _entity_ending(ctx, start) or (
                _entity_ending(ctx, start - 1) if start - 1 >= lo and doc[start - 1].lower_ in ("'s", "’s") else None)
            if before is not None and before.ref.kind == "council" and before.span.start - 2 >= lo \
                    and doc[before.span.start - 1].lower_ in ("'s", "’s"):
                # "Unison's Havering branch secretary, Jo Bell": the place is the branch's, the body the union's
                body = _entity_ending(ctx, before.span.start - 1)
                before = body if body is not None and body.ref.kind != "council" else before
            if org is None and before is not None:
                org = before.ref
            if org is None and before is None and start - 2 >= lo and doc[start - 1].lower_ in ("'s", "’s"):
                org = _body_by_its_name(ctx, doc, start - 1, lo)  # "Harbourfield Care's operations director"
            if org is None and start - 3 >= lo and doc[start - 1].lower_ in ("'s", "’s") and doc[start - 3].lower_ == "the":
                # "the trust's chief executive, Jo Bell": the body the article has been speaking of
                org = _org_referred(ctx, ctx.sentence_of(start), doc, start - 3, start - 1, r)
            if org is None and start - 1 >= lo and doc[start - 1].lower_ == "its":
                # "Its chief executive, Jo Bell": the body named last before (one the model tagged, in this
                # sentence or the one before, counts too: "The academy is part of the Severn Valley Learning
                # Trust, which runs eight schools. Its chief executive, Ruth Anning, said ...")
                named = [(e.span.end, e.ref) for e in ctx.entities if e.span.end <= start - 1
                         and e.ref.kind in _ORG_KINDS]
                sent = ctx.sentence_of(start)
                k = ctx.sentences.index(sent) if sent is not None else 0
                near = ctx.sentences[k - 1].span.start if k > 0 else lo
                taken = {t for e in ctx.entities for t in range(e.span.start, e.span.end)}
                named += [(e.end, Ref("org", slug(_the_dropped(e.text)), _the_dropped(e.text))) for e in doc.ents
                          if e.label_ == "ORG" and near <= e.start and e.end <= start - 1
                          and not any(t in taken for t in range(e.start, e.end))]
                named.sort(key=lambda x: x[0])
                # (not the agent of a grade: "Lancashire County Council's children's services were rated 'good' by
                # Ofsted in 2022. Its executive director ..., said": the body rated, named before it)
                while len(named) > 1 and _an_agent(ctx, doc, named[-1][0]):
                    named.pop()
                if named:
                    org = _body_its_stands_for(doc, named)
            if org is None and start - 1 >= lo and r.anaphora.get(doc[start - 1].lower_) == "provider" \
                    and ctx.entity_at(start - 1) is None:
                # "Trust chief executive Colin Fairweather": the trust the article is about
                org = _org_of_kind(ctx, ctx.sentence_of(start), "provider")
            return start, role_end, org
    return None


_BODY_WORDS = {"council", "authority", "trust", "board"}


def _body_by_its_name(ctx: ArticleContext, doc, end: int, lo: int) -> Ref | None:
    """A body no table lists, named by two to five capitalised words ending at token `end` (its possessive):
    "Harbourfield Care's operations director" (not a person's name, nor a place's)."""
    k = end
    while k - 1 >= lo and end - k < 5 and doc[k - 1].is_title and doc[k - 1].pos_ in ("PROPN", "NOUN"):
        k -= 1
    if end - k < 2 or any(ctx.entity_at(i) is not None or doc[i].ent_type_ == "PERSON" for i in range(k, end)):
        return None
    name = doc[k:end].text
    return Ref("org", slug(name), name)


def _person_at(ctx: ArticleContext, i: int) -> bool:
    """A person the article names stands at token i (not a place the model took for one: "Yorkshire and the
    Humber")."""
    e = ctx.entity_at(i)
    return e is not None and e.ref.kind == "person"


def _acronym(tok) -> bool:
    """An organisation's initials ("BCC", "WNC")."""
    return tok.is_upper and tok.is_alpha and 2 <= len(tok.text) <= 6


def _ends_with_head(doc, j: int, lo: int, r: _Rules) -> bool:
    for n in (3, 2, 1):
        if j - n >= lo and _head_len(doc, j - n, j, r) == n:
            return True
    return False


_HYPHENS = ("-", "‐")


def _hyphen_joined(words: list, k: int) -> bool:
    """Whether word k joins the next with no space: a hyphen written with no space either side ("co-chair")."""
    t = words[k]
    if t.whitespace_ or k + 1 == len(words):
        return False
    return words[k + 1].text in _HYPHENS or (t.text in _HYPHENS and k > 0 and not words[k - 1].whitespace_)


def _role_text(doc, start: int, end: int, r: _Rules) -> str:
    words = [t for t in doc[start:end]]
    while words and words[0].lower_ in r.skipped | _DETERMINERS:
        words = words[1:]
    text = "".join(t.text + ("" if _hyphen_joined(words, k) else " ")
                   for k, t in enumerate(words)).lower().replace("’", "'").replace(" 's", "'s").replace(" ,", ",")
    text = re.sub(r"\s+", " ", text).strip(" ,")
    text = text.removesuffix(" and").strip()
    # one spelling of a role, so that its node has one label: "children, families, and education" (the serial
    # comma) is "children, families and education"
    text = re.sub(r",\s+(and|&)\s", r" \1 ", text)
    last = text.split()[-1] if text else ""
    if last in r.plural_heads:  # "acting as joint interim heads": each holds the role
        text = text[: -len(last)] + r.plural_heads[last]
    return " ".join(r.abbreviations.get(w, w) for w in text.split())  # "interim DCS", "CEO" written out


def _org_after(ctx: ArticleContext, sent: Sentence, doc, end: int, hi: int, r: _Rules) -> Ref | None:
    """'... at Sutton LBC', '... of the trust': the organisation right after a role (past the place in brackets
    it serves: "Director of Nursing (Gateshead) at the integrated care board")."""
    close = next((k for k in range(end + 1, min(hi, end + 6)) if doc[k].text == ")"), None) \
        if end < hi and doc[end].text == "(" else None
    if close is not None and close + 1 < hi and doc[close + 1].lower_ in r.org_links:
        end = close + 1
    elif close is not None:
        # "Director of Children's Services (Achieving for Children)": the body in brackets is the post's
        inside = _entity_starting(ctx, end + 1)
        if inside is not None and inside.span.end == close and inside.ref.kind in ("provider", "org"):
            return inside.ref
    if end + 1 < hi and doc[end].text == ",":
        # a list's line "Priya Varsani – Chair, Bradford Children and Families Trust": the body the line ends with
        after = _entity_starting(ctx, end + 1) or _entity_starting(ctx, end + 2)
        if after is not None and after.ref.kind in _ORG_KINDS and (_ends_a_line(doc, after.span.end) or (
                after.span.end < hi and doc[after.span.end].text == ")")):
            return after.ref  # (or closes the bracket the role is in: "Jo Bell (Designated Nurse, NHS Kent)")
    if end >= hi or doc[end].lower_ not in r.org_links:
        return None
    if doc[end].lower_ == "to":
        # "adviser to Wakefield", "adviser to the council": the body right after it, not one further on ("to
        # lead improvements after Ofsted rated ...")
        k = end + 1 + (end + 1 < hi and doc[end + 1].lower_ == "the")
        named = _entity_starting(ctx, k) or _entity_starting(ctx, end + 1)
        return named.ref if named is not None and named.ref.kind in _ORG_KINDS else \
            _org_referred(ctx, sent, doc, end + 1, hi, r)
    referred = _org_referred(ctx, sent, doc, end + 1, hi, r)
    if referred is not None and end + 3 < hi and doc[end + 3].is_punct:
        return referred  # "chair of the trust, thanked the Department for Education": the trust
    if _kind_of_body(doc, end + 1 + (end + 1 < hi and doc[end + 1].lower_ == "the"), hi) is not None:
        # "chief executive of the charity Safer Streets Notts", "secretary of the Devon branch of Unison": the
        # body its kind introduces, not a place its name holds
        return _org_named_after(ctx, doc, end + 1, hi)
    for e in ctx.entities:  # "chief executive of one of those councils, Southwark"
        if end < e.span.start < min(hi, end + 9) and e.ref.kind in _ORG_KINDS:
            # (not past a time that starts another part of someone's story: "strategic director in January after
            # seven years at Lancashire County Council")
            if not any(t.text in (".", ";", ":", "(") or t.lower_ in _TIME_TURNS for t in doc[end:e.span.start]):
                if doc[end].lower_ == "for" and e.span.end + 1 < hi and doc[e.span.end].lower_ == "at":
                    # "district commander for Kirklees at West Yorkshire Police": the place served, then the body
                    at = _entity_starting(ctx, e.span.end + 1) or _entity_starting(ctx, e.span.end + 2)
                    if at is not None and at.ref.kind in _ORG_KINDS:
                        return at.ref
                return e.ref
            break
    return _org_referred(ctx, sent, doc, end + 1, hi, r) or _org_named_after(ctx, doc, end + 1, hi)


_TIME_TURNS = {"after", "before", "since", "until", "following"}


def _ends_a_line(doc, i: int) -> bool:
    """Token i is past the end of its line: the text's end, a line break, or a bracketed note closing the line
    ("(Chair)")."""
    if i >= len(doc) or "\n" in doc[i - 1].whitespace_ or doc[i].is_space:
        return True
    if doc[i].text == "(":
        close = next((k for k in range(i + 1, min(len(doc), i + 6)) if doc[k].text == ")"), None)
        return close is not None and (close + 1 >= len(doc) or "\n" in doc[close].whitespace_ or doc[close + 1].is_space)
    return False


def _org_named_after(ctx: ArticleContext, doc, start: int, hi: int) -> Ref | None:
    """'director of young people and families at Prospects': a capitalised name after 'at' that no
    table lists is the organisation, as written."""
    the = start < hi and doc[start].lower_ == "the"
    j = start + the
    kind = _kind_of_body(doc, j, hi)
    j = kind + 1 if kind is not None else j
    k = j
    # (after a kind of body, a name the model took for a person's is the body's: "the charity Safer Streets Notts")
    while k < hi and k - j < 6 and ((doc[k].is_title and (doc[k].pos_ in ("PROPN", "NOUN") or k > j and kind is not None)
                                     or kind is not None and doc[k].is_upper and len(doc[k]) > 1)
                                    and (ctx.entity_at(k) is None or ctx.entity_at(k).ref.kind == "org"
                                         or kind is not None and ctx.entity_at(k).ref.kind == "person")
                                    or doc[k].text in ("'", "’") and k + 1 < hi and doc[k + 1].is_title):
        k += 1  # ("Cornerstone Care Leavers' Trust")
        if k + 1 < hi and k > j and doc[k].lower_ in ("for", "of", "and", "&") and doc[k + 1].is_title \
                and ctx.entity_at(k + 1) is None:
            k += 1  # a name going on: "the Foundation for Family Futures"
    if k == j:
        return None
    # ("with" only before "the": "a campaigner with the Care Leavers Alliance")
    if doc[start - 1].lower_ not in ("at", "for") and not (doc[start - 1].lower_ == "with" and the) \
            and not (doc[start - 1].lower_ == "of" and (
            kind is not None or (the and _a_name_not_a_portfolio(ctx, doc, j, hi)) or _a_company(ctx, doc, j, hi))):
        # after "of", only a body told by its kind ("chief executive of the charity X"), a name after "the" that
        # opens with no word of a portfolio ("chair of the Foundation for Family Futures"; not "Director of
        # Children's Services") or a company's the article names in full ("of Harbourside Care", "... Care Ltd")
        return None
    # "the University of Central Lancashire", "the Institute of Health Visiting": a body's name goes on
    # over "of" and the capitalised words after it
    if k + 1 < hi and doc[k].lower_ == "of" and doc[k - 1].text in _NAMES_GOING_ON and doc[k + 1].is_title:
        k += 1
        while k < hi and k - j < 8 and doc[k].is_title and doc[k].pos_ in ("PROPN", "NOUN", "ADJ"):
            k += 1
    name = doc[j:k].text
    if name.lower() in _civic_buildings():
        return None  # "cabinet member for children and families at County Hall": the council's building, not a body
    return Ref("org", slug(name), name)


@lru_cache(maxsize=1)
def _civic_buildings() -> frozenset[str]:
    return frozenset(load_yaml("frame.yaml")["subjects"]["civic_buildings"])


_NAMES_GOING_ON = {"University", "Institute", "College", "Association", "Society", "Federation", "School"}


def _kind_of_body(doc, j: int, hi: int) -> int | None:
    """Where a kind of body stands before its name, from token j: "charity" in "the charity Safer Streets Notts"
    and "the Blackpool-based charity Streetwise Coast", "of" in "the Devon branch of Unison"."""
    for x in range(j, min(hi, j + 5)):
        if doc[x].lower_ in _rules().described_nouns and x + 1 < hi and (doc[x + 1].is_title or doc[x + 1].is_upper
                                                                          and len(doc[x + 1]) > 1):
            return x  # ("the parents' group SEND Action Kent")
        if doc[x].lower_ == "branch" and x + 2 < hi and doc[x + 1].lower_ == "of" and doc[x + 2].is_title:
            return x + 1
        if not (doc[x].text in ("-", "‐") or doc[x].lower_ == "based" or doc[x].is_title and x + 1 < hi
                and doc[x + 1].text in ("-", "‐", "branch")
                # (the words that say what kind: "the campaign group Homes Not Profits", "the parents' support group")
                or doc[x].is_lower and doc[x].pos_ in ("NOUN", "ADJ") or doc[x].text in ("'", "’", "'s", "’s")
                # (a place the kind is of: "the West Yorkshire children's charity Family Bridges")
                or doc[x].is_title and doc[x].ent_type_ in ("GPE", "LOC", "COUNCIL")):
            return None
    return None


def _a_company(ctx: ArticleContext, doc, j: int, hi: int) -> bool:
    """Capitalised words from token j that the article names a company by in full elsewhere ("Harbourside Care",
    after "run by Harbourside Care Ltd")."""
    k = j
    while k < hi and doc[k].is_title and ctx.entity_at(k) is None:
        k += 1
    return k > j and bool(re.search(re.escape(doc[j:k].text) + _COMPANY_ENDS, doc_text(doc)))


# the words a company's name ends with ("Harbourside Care Ltd"; findings reads them too)
COMPANY_SUFFIXES = ("Ltd", "Limited", "plc", "PLC", "LLP", "CIC", "Group", "Holdings")
_COMPANY_ENDS = r"\s+(" + "|".join(COMPANY_SUFFIXES) + r")\b"


def _a_name_not_a_portfolio(ctx: ArticleContext, doc, j: int, hi: int) -> bool:
    """A body's name opening at token j, after "of [the]": capitalised words, the first no word of a portfolio or
    a region ("the Foundation for Family Futures", "the Cornerstone Care Leavers' Trust"; not "the Children and
    Families Service", "the South West")."""
    r = _rules()
    first = doc[j].lower_ if j < hi else ""
    if not (doc[j].is_title and doc[j].pos_ in ("PROPN", "NOUN") and first not in r.portfolio and first not in _COMPASS
            and first not in r.anaphora and first not in _BODY_WORDS and first not in r.parties
            and ctx.entity_at(j) is None):
        return False  # (nor "the Trust Board", "the Conservative County Council")
    k, titled = j, 0
    while k < hi and (doc[k].is_title or doc[k].lower_ in ("for", "of", "and", "&", "'", "’")):
        titled += doc[k].is_title
        k += 1
    return titled >= 2 and doc[k - 1].lower_ not in ("council", "authority")


_COMPASS = {"north", "south", "east", "west", "midlands", "northern", "southern", "eastern", "western", "central"}


def _our_body(ctx: ArticleContext, doc, role_start: int) -> Ref | None:
    """'our principal social worker' on a trust's or council's own page, 'our chair' on a group's: that body."""
    site = (ctx.frame.site or ctx.frame.publisher) if ctx.frame is not None else None
    k = role_start - 1
    while k >= 0 and doc[k].lower_ in ("new", "interim", "acting", "current"):
        k -= 1
    if k < 0 or doc[k].lower_ != "our":
        return None
    return site or ctx.shared("own_provider", _own_provider)


def _own_provider(ctx: ArticleContext) -> Ref | None:
    """With no URL to say whose page it is: the one trust or company the page's first line or its last lines
    name ("Together for Children" over the menu, "... provides children's social care services on behalf of
    ..." in the footer)."""
    ref = reference()
    lines = [ln.strip().lower().replace("’", "'").lstrip("© ") for ln in ctx.text.splitlines() if ln.strip()]
    found = set()
    for p in {e.ref for e in ctx.entities if e.ref.kind == "provider"}:
        names = [n.lower().replace("’", "'") for n in (ref.providers[p.key].name, *ref.providers[p.key].aliases)] \
            if p.key in ref.providers else []
        # (the masthead names it, or a footer line opens with its name)
        if any(lines[0].startswith(n) for n in names) or any(ln.startswith(n) for ln in lines[-6:] for n in names):
            found.add(p.key)
    return provider_ref(found.pop()) if len(found) == 1 else None


def _default_org(ctx: ArticleContext, sent: Sentence, role: str, r: _Rules) -> Ref | None:
    words = role.split()
    # "chair of the trust board", "a director of the company": the body of that kind the article is about
    named = re.search(r"\bof the (\w+)(?: board| committee)?$", role)
    if named and r.anaphora.get(named.group(1)) == "provider":
        found = _org_of_kind(ctx, sent, "provider")
        if found is not None:
            return found
    # "independent chair of the safeguarding board": the body named in full before whose name holds those words
    # and ends as they do ("Walsall Safeguarding Children Board")
    told = re.search(r"\bof the ((?:[a-z]+ ){0,3}[a-z]+)$", role)
    if told and told.group(1).split()[-1] in r.body_tails:
        said = told.group(1).split()
        found = [e.ref for e in ctx.entities if e.ref.kind == "org" and e.span.start < sent.span.end
                 and e.ref.label.lower().split()[-1:] == said[-1:] and set(said) <= set(e.ref.label.lower().split())
                 and len(e.ref.label.split()) > len(said)]
        if found:
            return found[-1]
    kind = _head_kind(role, r)
    if kind is None:  # "director of children's services": the head comes before a portfolio (a two-word head
        # first: "national director for social care")
        kind = next((r.heads[w] for w in [" ".join(words[k:k + 2]) for k in range(len(words) - 1)] + words
                     if r.heads.get(w)), None)
    if kind is None and ("committee" in words or "panel" in words or "scrutiny" in words):
        kind = "council"  # "chairman of the children and families committee", "panel chair": the council's
    orgs = organisations()
    if kind == "ofsted":
        field = next((key for w, key in r.inspector_fields.items() if w in words), None)
        if field is not None and field in orgs:
            return Ref("org", field, orgs[field]["name"])  # "HM Chief Inspector of Probation"
        # an inspector of the one other inspectorate an article about its inspection names ("rated 'inadequate' by
        # HM Inspectorate of Probation ... Lead inspector Jo Bell said"), not Ofsted's
        named = {e.ref for e in ctx.entities if e.ref.kind == "org" and e.ref.key in INSPECTORATES}
        if len(named) == 1 and next(iter(named)).key != "ofsted":
            return next(iter(named))
        return Ref("org", "ofsted", orgs["ofsted"]["name"])
    if kind == "dfe":
        # the organisation doing the appointing in the sentence, when there is one
        if sent.orgs:
            return sent.orgs[0]
        return Ref("org", "department-for-education", orgs["department-for-education"]["name"])
    if kind in r.named_by_last_word:
        return _org_of_kind(ctx, sent, kind)
    if kind == "appointed":
        dfe = [o for o in sent.orgs if o.key == "department-for-education"]
        if dfe or not (sent.councils or sent.focus):
            return dfe[0] if dfe else Ref("org", "department-for-education", orgs["department-for-education"]["name"])
        kind = "council"
    if kind == "body":
        # "chief executive Jo Bell": of the trust the sentence names or whose page this is, else of the council
        # (not a trust in brackets after another's post: "Jo Bell, Chief Executive; Sam Lee, Director (AfC)")
        bracketed = {e.ref for e in ctx.entities if e.ref.kind == "provider" and sent.span.start < e.span.start
                     and ctx.doc[e.span.start - 1].text == "(" and len(sent.people) > 1}
        providers = [p for p in sent.providers if p not in bracketed]
        if providers:
            return providers[0]
        site = ctx.frame.site if ctx.frame is not None else None
        if site is not None and site.kind == "provider":
            return site
        if not sent.councils and not bracketed:
            # "Slough Children First ... has appointed an interim chief executive. ... | Lorraine Whitby joins as
            # interim chief executive": the body the last sentences that named one spoke of, when a provider
            k = ctx.sentences.index(sent) if sent in ctx.sentences else 0
            before = next((b for b in reversed(ctx.sentences[max(0, k - 3):k]) if b.providers or b.councils), None)
            if before is not None and before.providers \
                    and all(c.key in ctx.serves(before.providers[0]) for c in before.councils):
                return before.providers[0]  # (the councils it names, if any, the ones the provider serves)
        kind = "council"
    if kind == "council":
        # the council the sentence names, unless it names several people: then theirs may differ
        people = {e for e in sent.people}
        # (not one the person names in what they say: "Council leader Jo Bell said: 'Our partners in Telford ...'")
        named = [c for c in sent.councils if c not in _quoted_councils(ctx, sent)]
        if named and (len(people) <= 1 or len(set(named)) == 1 and sent.focus not in named
                      and not named_in_passing_only(ctx, named[0])):
            # (several people and one council named, not the one spoken of: "Norfolk County Council has appointed
            # Philippa Gough ... a replacement for Duncan Reeve, the former executive director")
            return named[0]
        focus = sent.focus
        if focus is not None and len(ctx.subjects) == 1 and focus not in ctx.subjects and not sent.councils:
            # the article is about one council: a council role named with no council is the subject's, not
            # that of a council named before in passing ("Derby City Council was not part of the visit.
            # Councillor Jo Bell, cabinet member for children's services, told the committee ...")
            focus = ctx.subjects[0]
        return focus or (sent.councils[0] if sent.councils else None)
    site = ctx.frame.site if ctx.frame is not None else None
    if site is not None and site.kind == "council" and words and words[-1] in r.site_staff \
            and not (sent.orgs or sent.providers or sent.councils):
        return site  # "Author: Jo Bell, Strategic Manager, Quality Assurance" on the council's own pages
    return None


def _quoted_councils(ctx: ArticleContext, sent: Sentence) -> set[Ref]:
    """The councils a sentence names only inside quotation marks."""
    base = sent.span.start_char
    text = doc_text(ctx.doc)[base:sent.span.end_char]
    inside, opened = [], None
    for i, ch in enumerate(text):
        if ch in "“\"" and opened is None:
            opened = i
        elif ch in "”\"" and opened is not None:
            inside.append((opened, i))
            opened = None
    if opened is not None:
        inside.append((opened, len(text)))
    quoted, plain = set(), set()
    for e in ctx.entities:
        if e.ref.kind == "council" and sent.span.start <= e.span.start < sent.span.end:
            at = e.span.start_char - base
            (quoted if any(a < at < b for a, b in inside) else plain).add(e.ref)
    return quoted - plain


def extract_people(ctx: ArticleContext) -> list:
    facts = _one_post_each(list(memberships(ctx)))
    facts.extend(_quotations(ctx))
    return list(dict.fromkeys(facts))


_SAME_ROLE = re.compile(r"\b(take|takes|taking|took|start|starts|starting|begin|begins|assume|assumes|move|moves) "
                        r"(up )?(into )?the same (role|post|position|job) (at|with) ", re.I)


def _the_same_role_elsewhere(ctx: ArticleContext, found: list) -> list:
    """"Jo Bell, currently director of children's services at Shropshire Council, will take up the same role at
    Herefordshire Council": the post the sentence gives the person, at the body after "the same role at"."""
    out = []
    for sent in ctx.sentences:
        m = _SAME_ROLE.search(sent.text)
        if m is None:
            continue
        at = ctx.doc.char_span(sent.span.start_char + m.end(), sent.span.end_char, alignment_mode="expand")
        body = ctx.entity_at(at.start) if at is not None else None
        if body is None or body.span.start != at.start or body.ref.kind not in ("council", "provider"):
            continue
        told = [f for f in found if f.evidence == sent.evidence and f.org != body.ref]
        people = list(dict.fromkeys(f.person for f in told))
        if len(people) == 1:
            out.append(Membership(people[0], told[0].role, body.ref, sent.evidence))
    return out


def _one_post_each(found: list) -> list:
    """One person's posts at one body, where one's words hold the other's ("interim director" and "interim director
    of children's services", told and inferred from whom a newcomer replaces): the one in fewer words, as told."""
    def words(role: str) -> frozenset[str]:
        return frozenset(re.findall(r"[a-z]+", role.lower())) - {"of", "for", "the", "and", "s"}
    posts: dict[tuple, set[frozenset[str]]] = {}
    for m in found:
        posts.setdefault((m.person, m.org), set()).add(words(m.role))
    return [m for m in found if not any(other < words(m.role) for other in posts[(m.person, m.org)])]


# Organisations whose people speak for an inspection when they speak of a council.
INSPECTORATES = {"ofsted", "care-quality-commission", "hm-inspectorate-of-constabulary", "hm-inspectorate-of-probation"}


def pronoun_speaker() -> re.Pattern:
    """'He said', 'she added': the last person named speaks (kg/data/roles.yaml)."""
    return _rules().pronoun_speaker


def speaks_for_the_council(ctx: ArticleContext, person: Ref) -> bool | None:
    """Whether the article gives the person a role at a council or a provider, and none at an
    inspectorate (None: it gives them no role at all). A judge, a minister or a charity's director
    does not speak for the council."""
    roles = [m for m in memberships(ctx) if m.person == person]
    if not roles:
        return None
    if any((m.org is not None and m.org.key in INSPECTORATES) or "inspector" in m.role or "commissioner" in m.role
           for m in roles):
        return False  # an inspector, or a commissioner sent in to review the council
    return any(m.org is not None and m.org.kind in ("council", "provider") for m in roles)


def speaks_for_another_body(ctx: ArticleContext, person: Ref) -> bool:
    """Whether every role the article gives the person is at a named body that is no council, provider,
    inspectorate or government department ("place director for Wakefield at NHS West Yorkshire Integrated Care
    Board"): what they say of their own body's work is theirs, not the council's or a finding."""
    roles = [m for m in memberships(ctx) if m.person == person]
    return bool(roles) and all(m.org is not None and m.org.kind == "org" and m.org.key not in INSPECTORATES
                               and m.org.key not in _government() and "inspector" not in m.role
                               and "commissioner" not in m.role for m in roles)


@lru_cache(maxsize=1)
def _government() -> frozenset[str]:
    """The DfE and the chambers constituency roles sit in (roles.yaml)."""
    return frozenset({"department-for-education"} | {b for b in _rules().constituency_roles.values() if b})


def memberships(ctx: ArticleContext) -> list[Membership]:
    """Everyone's roles in the article (computed once; findings ask who speaks for whom)."""
    return ctx.shared("memberships", _memberships)


def _memberships(ctx: ArticleContext) -> list[Membership]:
    r = _rules()
    facts: list = []
    by_title: list[Membership] = []
    for p in ctx.entities:
        if p.ref.kind != "person":
            continue
        sent = ctx.sentence_of(p.span.start)
        if sent is None:
            continue
        for membership, from_title in _membership(ctx, sent, p, r):
            (by_title if from_title else facts).append(membership)
    placed = {m.person for m in facts}
    placed_at = {(m.person, m.org) for m in facts}
    # a role a sentence before says someone leaves (or is appointed to, when they are next heard speaking) is
    # theirs only when their own sentence gives them none (for a departure, none there: a post elsewhere before
    # it may stand beside it)
    facts += [m for m, gives_way in _appointed_next(ctx, r)
              if not (gives_way == "departure" and (m.person, m.org) in placed_at
                      or gives_way == "speech" and m.person in placed)]
    placed = {m.person for m in facts}
    facts += [m for m in _described_next(ctx, r) if m.person not in placed]
    facts += _roles_by_copula(ctx, r)
    facts += _where_they_are(ctx, r)
    # "Cllr Johnson said": a councillor, unless the article gives the person a role of their own
    with_role = {m.person for m in facts}
    facts += [m for m in by_title if m.person not in with_role]
    facts += _shared_posts(ctx, facts)
    facts += _paired_posts(ctx, facts)
    facts += _the_same_role_elsewhere(ctx, facts)   # (before whom a newcomer replaces: the post they take up)
    facts += _replaced_posts(ctx, facts)
    facts = list(dict.fromkeys(_in_being(ctx, m) for m in facts))
    # "has appointed a new director ... Jo Bell will take up the post of corporate director of ...": one post,
    # told in full
    return [m for m in facts if " " in m.role or not any(
        o.person == m.person and o.org == m.org and o.role != m.role and m.role in o.role.split() for o in facts)]


def _in_being(ctx: ArticleContext, m: Membership) -> Membership:
    """A post held now at a council abolished before the article ("our executive member ... said: 'When the
    county council was replaced ...'") is at its successor the article is about; a former post stays."""
    councils = reference().councils
    if m.org is None or m.org.kind != "council" or ctx.when is None or m.org.key not in councils \
            or councils[m.org.key].valid_on(ctx.when) or m.role.startswith(("former ", "previous ")) \
            or _held_back_then(m.evidence.text, m.person.label, councils[m.org.key]):
        return m
    now = ctx.successors(m.org, ctx.when)
    return Membership(m.person, m.role, now[0], m.evidence) if now else m


# A post told as held in the past, in the clause on its holder: "who was the county council's director at the time of
# the 2019 inspection", "cabinet member from 2013 until 2017", "who joined the former county council in 2016".
_HELD_BACK_THEN = re.compile(r"\bwho (?:was|had been|served as|led|joined)\b|\bformer (?:county |district )?council\b|"
                             r"\bat the time of\b|\bbefore (?:the|its) (?:reorganisation|abolition|split|merger)\b", re.I)
_YEAR_SPAN = re.compile(r"\b(?:until|till|to|between|and|from|in)\s+((?:19|20)\d\d)\b", re.I)


def _held_back_then(sentence: str, name: str, council) -> bool:
    """The sentence tells a post at an abolished council as held then, before it went (not one its holder speaks from
    today: "our executive member said: 'When the county council was replaced ...'")."""
    first = sentence.find(name.split()[-1]) if name else -1
    clause = sentence[max(0, first):] if first >= 0 else sentence
    clause = re.split(r"[\"“”]", clause, maxsplit=1)[0]  # (not what they say)
    if _HELD_BACK_THEN.search(clause):
        return True
    return council.valid_to is not None and any(int(y) <= council.valid_to for y in _YEAR_SPAN.findall(clause))


def _shared_posts(ctx: ArticleContext, facts: list[Membership]) -> list[Membership]:
    """A post held for two councils named together ("director of children's services for both Peterborough and
    Cambridgeshire", or for the set "both councils" stands for): the second council's too. Not a council named after a comma or with its own possessive
    ("director at Kent, and Essex's leader ...")."""
    doc = ctx.doc
    out = []
    for m in facts:
        if m.org is None or m.org.kind != "council":
            continue
        for e in ctx.entities:
            if e.ref != m.org or not (m.evidence.start <= e.span.start_char < m.evidence.end) or e.span.start < 2:
                continue
            if e.anaphor:
                # "director of children's services for both councils": each council the set stands for
                # (right after the post: not "said it was 'a great day for both boroughs'")
                if doc[e.span.start - 1].lower_ in ("for", "of", "at") \
                        and doc[e.span.start - 2].lower_.replace("’", "'") == m.role.split()[-1]:
                    out += [Membership(m.person, m.role, o.ref, m.evidence) for o in ctx.entities
                            if o.anaphor and o.span.start == e.span.start and o.span.end == e.span.end
                            and o.ref != m.org and o.ref.kind == "council"]
                continue
            before = doc[e.span.start - 1].lower_
            if before == "both":
                before = doc[e.span.start - 2].lower_
            if before not in ("for", "of", "at") or e.span.end + 1 >= len(doc) or doc[e.span.end].lower_ != "and":
                continue
            # (past "the": "for Hampshire and the Isle of Wight")
            k = e.span.end + 1 + (e.span.end + 2 < len(doc) and doc[e.span.end + 1].lower_ == "the")
            other = ctx.entity_at(k)
            if other is None or other.ref.kind != "council" or other.span.start != k or other.ref == m.org \
                    or (other.span.end < len(doc) and doc[other.span.end].lower_ in ("'s", "’s")):
                continue
            out.append(Membership(m.person, m.role, other.ref, m.evidence))
    return out


def _paired_posts(ctx: ArticleContext, facts: list[Membership]) -> list[Membership]:
    """Two people named together before their post ("The inspectors were Jo Bell and Sam Dale, His Majesty's
    Inspectors"): the first holds it too, unless their own words give them one."""
    doc = ctx.doc
    plural = _rules().plural_heads
    held = {m.person for m in facts}
    out = []
    for m in facts:
        for p in ctx.entities:
            if p.ref != m.person or not (m.evidence.start <= p.span.start_char < m.evidence.end) \
                    or p.span.end >= len(doc) or doc[p.span.end].text != "," or p.span.start < 2 \
                    or doc[p.span.start - 1].lower_ not in ("and", "&"):
                continue
            post = doc[p.span.end + 1:min(len(doc), p.span.end + 8)]
            post = post[:next((t.i - post.start for t in post if t.is_punct and t.text not in "'’"), len(post))]
            if not any(t.lower_ in plural for t in post):
                continue  # a post named in the singular is the second's alone ("A and B, the council's leader")
            first = next((e for e in ctx.entities if e.ref.kind == "person" and e.span.end == p.span.start - 1), None)
            if first is not None and first.ref not in held:
                out.append(Membership(first.ref, m.role, m.org, m.evidence))
    return out


_REPLACING = {"replaces", "replacing", "replace", "succeeds", "succeeding", "succeed"}  # "will succeed Sam Hill"


def _replaced_posts(ctx: ArticleContext, facts: list[Membership]) -> list[Membership]:
    """The post of someone a new holder replaces: "Jo Bell will take up the post in September, replacing Sam
    Hill, who is retiring", "She replaces Sam Hill, who has led the service on an interim basis" (Sam Hill held
    Jo Bell's post, interim or acting as the clause on them says)."""
    doc = ctx.doc
    out = []
    people = [e for e in ctx.entities if e.ref.kind == "person"]
    for verb in (t for t in doc if t.lower_ in _REPLACING):
        sent = ctx.sentence_of(verb.i)
        # (past a word or two on them: "replaces interim boss Keith Ormerod", "succeeds the outgoing director, Sam Hill")
        old = next((e for e in people if verb.i < e.span.start <= verb.i + 5
                    and not any(t.pos_ in ("VERB", "AUX") or t.text in (".", ";") for t in doc[verb.i + 1:e.span.start])),
                   None)
        if sent is None or old is None:
            continue
        # the new holder: named before the verb in its sentence, else the one a pronoun there stands for
        before = [e for e in people if sent.span.start <= e.span.start < verb.i]
        earlier = [e for e in people if e.span.start < sent.span.start]
        # (or one named before by a first name alone: "Tanvir will succeed Martin Waterhouse")
        named = {t.text for t in doc[sent.span.start:verb.i] if t.pos_ == "PROPN"}
        if before:
            new = before[-1].ref
        elif any(t.lower_ in _PRONOUNS for t in doc[sent.span.start:verb.i]):
            new = earlier[-1].ref if earlier else None
        elif any(e.ref.label.split()[0] in named for e in earlier):
            new = next(e.ref for e in reversed(earlier) if e.ref.label.split()[0] in named)
        else:
            continue
        held = [m for m in facts if m.person == new and m.evidence.start <= sent.evidence.start
                and not m.role.startswith("former ")]
        if not held or new == old.ref:
            continue
        # the post they were appointed to, not one they hold until then ("the appointment of Jo Bell as chief
        # executive ... Ms Bell, currently director of operations, ... She succeeds Sam Hill")
        # (or said to take it up: "Rukhsana Begum would take over as chief executive on 1 October")
        appointed = [m for m in held if any(w in APPOINTING or w == "appointment"
                                            for w in re.findall(r"[a-z]+", m.evidence.text.lower()))
                     or _TAKING_UP.search(m.evidence.text)]
        post = (appointed or held)[-1]
        role = re.sub(r"^(new|interim|acting|permanent)\s+", "", post.role)
        clause = doc[verb.i + 1:sent.span.end].text.lower()
        kind = next((w for w in ("interim", "acting") if w in clause), None)
        out.append(Membership(old.ref, f"{kind} {role}" if kind else role, post.org, sent.evidence))
    return out


_TAKING_UP = re.compile(r"\b(take|takes|taking|took) over as\b|\b(will|would) become\b|"
                        r"\b(take|takes|taking|took) up the (post|role|position) of\b", re.I)
_APPOINTED = {"appointed", "named", "hired", "recruited", "confirmed"}
_APPOINTING = {"appoint", "appoints", "appointed", "appointing", "name", "names", "named", "naming", "hire", "hires",
               "hired", "install", "installs", "installed"}
_LED_BODIES = {"council", "authority", "hall", "administration", "cabinet"}   # "who leads the Labour-run town hall"
_NEW_POST = {"new", "permanent", "interim", "acting", "own"}
_PRONOUNS = {"he", "she"}
_LEAVING = {"leave", "leaving", "left", "resign", "resigned", "resigning", "retire", "retiring", "retired", "quit",
            "quitting", "depart", "departing", "departed", "step", "stepping", "stepped"}


def _departure(sent: Sentence):
    """The verb of a departure in the sentence ("is to leave", "is stepping down", "has resigned"), or None."""
    return next((t for t in sent.span if t.lower_ in _LEAVING and t.pos_ in ("VERB", "AUX")
                 and (t.lower_ not in ("step", "stepping", "stepped") or (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "down"))
                 and (t.lower_ not in ("leave", "leaving", "left") or _leaves_a_post(t))),
                None)


_POSTS = {"authority", "council", "trust", "post", "role", "job", "organisation", "company", "department",
          "service", "services", "position"}


def _leaves_a_post(t) -> bool:
    """'has left the authority', 'is to leave', 'left last week': a departure; 'left the meeting early' is not,
    nor the field's 'leaving care' ("the council's leaving care service": its care leavers')."""
    if t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "care":
        return False
    obj = next((c for c in t.children if c.dep_ == "dobj"), None)
    return obj is None or obj.lower_ in _POSTS or obj.ent_type_ in ("COUNCIL", "PROVIDER", "ORG")


_BE = {"is", "was", "became", "remains"}


def _roles_by_copula(ctx: ArticleContext, r: _Rules) -> list[Membership]:
    """Roles a copula gives across a name: "Our director of children's services is Jo Bell" (the role,
    then the name), and "Jo Bell welcomed the report. She is the cabinet member for children at Kent
    County Council" (a pronoun for the one person the sentence before names)."""
    doc = ctx.doc
    out = []
    for k, sent in enumerate(ctx.sentences):
        lo, hi = sent.span.start, sent.span.end
        words = [t.lower_ for t in sent.span]
        if len(words) > 3 and words[0] in _PRONOUNS and k > 0 and not sent.people:
            j = 1 + (words[1] in ("has", "had") and words[2] == "been")
            before = ctx.sentences[k - 1].people
            if (words[j] in _BE or words[j] == "been") and len(set(before)) == 1:
                found = _role_forward(ctx, doc, lo + j + 1, hi, r)
                if found:
                    rs, re_, org = found
                    role = _role_text(doc, rs, re_, r)
                    org = org or _org_after(ctx, sent, doc, re_, hi, r) or _default_org(ctx, sent, role, r)
                    out.append(Membership(before[0], role, org, sent.evidence))
            continue
        for p in ctx.entities:
            if p.ref.kind != "person" or not lo < p.span.start < hi:
                continue
            # "[Our|The|Kent's] role is [Cllr] Name": the role phrase ends right before the copula, or its body
            # does ("The inspection's lead inspector for Ofsted was Jo Bell")
            cop = p.span.start - 1
            if cop - 1 > lo and doc[cop].lower_.rstrip(".") in r.titles:
                cop -= 1   # "... is Councillor Tom Whelan"
            if doc[cop].lower_ not in _BE:
                continue
            found = next((f for f in (_role_forward(ctx, doc, i, hi, r) for i in range(lo, cop))
                          if f and (f[1] == cop or _body_between(ctx, doc, f[1], cop) is not None)), None)
            if found is None:
                continue
            rs, re_, org = found
            org = org or _body_between(ctx, doc, re_, cop)
            role = _role_text(doc, rs, re_, r)
            out.append(Membership(p.ref, role, org or _default_org(ctx, sent, role, r), sent.evidence))
    return out


def _where_they_are(ctx: ArticleContext, r: _Rules) -> list[Membership]:
    """The post someone holds now at the body they come from: "Jo Bell joins from Walsall Council, where she is
    director of children's social care" (not "where she was", a former post elsewhere). The one joining is the
    sentence's subject: a person named there, or by surname one named before ("Bell joins from ...")."""
    doc = ctx.doc
    out = []
    people = [e for e in ctx.entities if e.ref.kind == "person"]
    for sent in ctx.sentences:
        if ", where" not in sent.text:
            continue
        lo, hi = sent.span.start, sent.span.end
        for e in ctx.entities:
            k = e.span.end
            if not (lo <= e.span.start and k + 4 < hi and e.ref.kind in _ORG_KINDS and not e.anaphor):
                continue
            if not (doc[k].text == "," and doc[k + 1].lower_ == "where" and doc[k + 2].lower_ in ("he", "she", "they")
                    and doc[k + 3].lower_ in ("is", "are")):
                continue
            subject = next((t for t in doc[lo:e.span.start] if t.dep_ in ("nsubj", "nsubjpass")), None)
            holder = next((x for x in people if subject is not None and (
                x.span.start <= subject.i < x.span.end or x.span.end <= lo and x.span[-1].text == subject.text)), None)
            found = _role_forward(ctx, doc, k + 4, hi, r)
            if holder is not None and found:
                out.append(Membership(holder.ref, _role_text(doc, found[0], found[1], r), found[2] or e.ref,
                                      sent.evidence))
    return out


def _body_between(ctx: ArticleContext, doc, end: int, cop: int) -> Ref | None:
    """The body named from token `end` to the copula at `cop`: "for Ofsted", "at the trust" (its whole name)."""
    if end >= cop or doc[end].lower_ not in ("for", "of", "at"):
        return None
    k = end + 1 + (doc[end + 1].lower_ == "the")
    e = _entity_starting(ctx, k)
    return e.ref if e is not None and e.span.end == cop and e.ref.kind in _ORG_KINDS else None


def _appointee(tok) -> bool:
    """The next sentence's subject ("Ruth Mills has stepped up"), or the one of "the appointment of Ruth Mills"."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in ("appointment", "arrival", "appointing")


def _appointed_next(ctx: ArticleContext, r: _Rules) -> list[tuple[Membership, str]]:
    """An appointment told before the name: "Kent County Council has appointed a new director of children's
    services. Jo Bell has stepped up from ...", "A new interim director has been appointed by Kent. This
    appointment of Jo Bell follows ...": the first person named early in the next sentence holds the role.
    So too a departure told before the name ("Kent's director of children's services is to step down. Jo
    Bell, who joined in 2019, ..."), with "departure" or "speech" when it is one (that role gives way to one the person's own
    sentence gives)."""
    doc = ctx.doc
    out = []
    for k, sent in enumerate(ctx.sentences[:-1]):
        departing = _departure(sent)
        speaking = sent.span.root if sent.span.root.lower_ in r.speech else None
        if sent.people:
            continue
        told = departing or speaking is not None or any(t.lower_ in _APPOINTED for t in sent.span)
        hi = sent.span.end
        found = None
        post = False   # a post told as its sentence's subject, with no verb of appointing, leaving or speaking
        for t in sent.span if told else ():
            # "has appointed a new director of ...", "A new interim director ... has been appointed"
            # (and "has appointed its first permanent director of children's services")
            if t.lower_ in ("a", "an", "its", "their") and t.i + 1 < hi and (doc[t.i + 1].lower_ in _NEW_POST
                                                                            or doc[t.i + 1].lower_ == "first"):
                found = _role_forward(ctx, doc, t.i + 2, hi, r)
                if found:
                    break
            # "The Government has appointed a commissioner to assess ..."
            if t.lower_ in _APPOINTED and t.i + 1 < hi and doc[t.i + 1].lower_ in ("a", "an"):
                found = _role_forward(ctx, doc, t.i + 2, hi, r)
                if found:
                    break
        if not found and speaking is not None:
            # "The council's director of children's services said she was pleased. Jo Bell, who ..., said":
            # the role speaking, then the name speaking
            found = _speaking_post(ctx, sent, speaking, r, whole=True)
        if not found and not departing and speaking is None:
            # "The council's new director of children's services joined in April. Jo Bell, who ...": a post
            # with no name as the subject, the name opening the next sentence
            root = sent.span.root
            holding = root.lower_ in r.post_verbs or (root.lower_ in _BE | {"been", "be"} and any(
                t.lower_ in r.in_post and t.head.lower_ == "in" for t in root.subtree))
            found = None if not holding else next((f for f in (_role_forward(ctx, doc, t.i, root.i, r) for t in sent.span if t.i < root.i)
                          if f and any(x.dep_ in ("nsubj", "nsubjpass") and x.head == root and x.tag_ != "NNS"
                                       for x in doc[f[0]:f[1]])), None)  # one post ("The inspectors asked ...": no)
            if found and not (doc[found[0] - 1].lower_ in _DETERMINERS or doc[found[0] - 1].tag_ == "POS"
                              or doc[found[0] - 1].lower_ in _NEW_POST):
                found = None  # "Director Jo Bell ...": a title, not a post told without its holder
            post = found is not None
        if not found and departing:
            # "Wokingham Borough Council's director of children's services is to leave": the role is the
            # subject of the leaving
            for t in sent.span:
                if t.i >= departing.i:
                    break
                f = _role_forward(ctx, doc, t.i, departing.i, r)
                # (the leaving's subject, or it has none of its own, "is to leave", "her intention to step down";
                # not "Inspectors said ... why they left")
                own = [c for c in departing.children if c.dep_ in ("nsubj", "nsubjpass")]
                if f and any(x.dep_ in ("nsubj", "nsubjpass") for x in doc[f[0]:f[1]]) \
                        and all(f[0] <= c.i < f[1] for c in own):
                    found = f
                    break
        if not found:
            continue
        rs, re_, org = found
        role = _role_text(doc, rs, re_, r)
        if rs >= 2 and doc[rs - 1].lower_ == "interim" and "interim" not in role:
            role = "interim " + role
        nxt = ctx.sentences[k + 1]
        if departing is not None and not nxt.people and k + 2 < len(ctx.sentences):
            # (a sentence of background between: "The head of X's children's services has quit ... The authority
            # has had two years of help. Jo Bell joined in 2021 to ..."; the name opening the sentence with no
            # post of its own after it, not "Jo Bell, director of the company, said")
            after = ctx.sentences[k + 2]
            opener = next((e for e in ctx.entities if e.ref.kind == "person" and e.span.start == after.span.start), None)
            if opener is not None and len(opener.span) >= 2 and opener.span.end < after.span.end \
                    and doc[opener.span.end].text not in (",", "(", "–", "-"):
                nxt = after
        if org is None and not sent.providers and nxt.providers and _head_kind(role, r) == "body":
            org = nxt.providers[0]  # "The chief executive ... is to step down. Jo Bell, who joined X Trust in 2015, ..."
        org = org or _org_after(ctx, sent, doc, re_, hi, r) or _appointing_provider(ctx, sent) \
            or (sent.councils or sent.providers or [None])[0] or _default_org(ctx, sent, role, r)
        # its subject, or the name that opens it (the parse may lose the verb after a long apposition)
        # (the one the next sentence appoints before the one who opens it: "Edward Tamworth, the minister, used a
        # statutory direction to appoint Gordon Teasdale")
        person = next((e for e in ctx.entities if e.ref.kind == "person" and nxt.span.start <= e.span.start
                       < nxt.span.end and e.span.root.dep_ == "dobj" and e.span.root.head.lower_ in _APPOINTING), None) \
            or next((e for e in ctx.entities if e.ref.kind == "person" and nxt.span.start <= e.span.start
                     < min(nxt.span.end, nxt.span.start + 10)
                     and (_appointee(e.span.root) or e.span.start == nxt.span.start)), None)
        if post:
            # the holder opens the next sentence by full name, not described otherwise ("Jo Bell, a parent");
            # the post is of the body the subject names ("The council's director ... joined from Oxfordshire")
            e = person.span.end if person is not None else 0
            # (past a courtesy title: "Dr Elowen Carne, previously director ..., took up her post on Monday")
            opens = nxt.span.start + (nxt.span.start + 1 < nxt.span.end
                                      and doc[nxt.span.start].lower_.rstrip(".") in r.courtesy)
            if person is None or person.span.start != opens or len(person.span) < 2 \
                    or e + 1 < len(doc) and doc[e].text == "," and (doc[e + 1].lower_ in _DETERMINERS
                                                                   or doc[e + 1].tag_ == "POS"):
                continue  # "Jo Bell, the council's group manager, said": a post of their own
            owner = _entity_ending(ctx, rs - 1) if doc[rs - 1].tag_ == "POS" else None
            org = found[2] or (owner.ref if owner is not None else None) or _default_org(ctx, sent, role, r)
            out.append((Membership(person.ref, role, org, sent.evidence), ""))
            continue
        if person is not None:
            # "... appointed a new deputy manager." "Jo Bell, the council's director, said ...": a speaker next
            # holds the role only when their own sentence gives them none, as for a departure
            gives_way = "departure" if departing is not None else "speech" if nxt.span.root.lower_ in r.speech else ""
            e = person.span.end
            if speaking is not None and (not (gives_way and any(t.lower_ in r.speech for t in nxt.span))
                                         or e + 1 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ in ("a", "an")):
                continue  # a role speaking, then someone who does not, or someone described otherwise ("Jo Bell, a parent")
            out.append((Membership(person.ref, role, org, sent.evidence), gives_way))
    return out


def _appointing_provider(ctx: ArticleContext, sent: Sentence) -> Ref | None:
    """The provider that is the subject of the sentence's verb of appointing ("Slough Children First, the
    council-owned company that runs ..., has appointed a new chief executive"), not the council its
    description names."""
    verb = next((t for t in sent.span if t.lower_ in APPOINTING and t.pos_ in ("VERB", "AUX")), None)
    e = _appointing_body(ctx, verb) if verb is not None else None
    return e.ref if e is not None and e.ref.kind == "provider" else None


def _appointing_body(ctx: ArticleContext, verb):
    """The body that is the subject of a verb of appointing; where the parse gives none or only the body's
    description ("the council-owned company", after its name, or a long apposition), the body that opens the
    sentence."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    e = ctx.entity_at(subject.i) if subject is not None else None
    if e is None:
        sent = ctx.sentence_of(verb.i)
        e = _entity_starting(ctx, sent.span.start) if sent is not None else None
    return e


def _speaking_post(ctx: ArticleContext, sent: Sentence, speaking, r: _Rules, whole: bool):
    """The post that is the subject of the sentence's verb of speaking ("The council's director of children's
    services said ..."): (start, end, organisation) of the role; `whole`: the role runs up to the verb (else
    an organisation may follow it: "The leader of Bradford Council said")."""
    doc = ctx.doc
    for t in sent.span:
        if t.i >= speaking.i:
            break
        f = _role_forward(ctx, doc, t.i, speaking.i, r)
        if f and (f[1] == speaking.i and any(x.dep_ == "nsubj" for x in doc[f[0]:f[1]]) if whole else
                  any(x.dep_ == "nsubj" and x.head == speaking for x in doc[f[0]:f[1]])):
            # one post, not several ("inspectors said ...": no one named after it holds it)
            return None if any(x.dep_ == "nsubj" and x.tag_ == "NNS" for x in doc[f[0]:f[1]]) else f
    return None


def _described_next(ctx: ArticleContext, r: _Rules) -> list[Membership]:
    """A name told before its post: "Naveed Qureshi welcomed the report. The leader of Bradford Council said
    ...", "Jo Bell leads the service. Cumberland's director of children's services said ...": a sentence that
    opens with a name as its subject, then one whose speaking subject is a post with no name, for someone
    the article gives no post of their own (the caller's check)."""
    doc = ctx.doc
    out = []
    for prev, sent in zip(ctx.sentences, ctx.sentences[1:]):
        speaking = sent.span.root
        if sent.people or speaking.lower_ not in r.speech or prev.paragraph != sent.paragraph:
            continue
        person = next((e for e in ctx.entities if e.ref.kind == "person" and e.span.start == prev.span.start
                       and len(e.span) >= 2 and e.span.root.dep_ == "nsubj"), None)
        if person is None or person.span.end < len(doc) and doc[person.span.end].text == ",":
            continue  # "Jo Bell, a parent, said ...": described in its own sentence
        found = _speaking_post(ctx, sent, speaking, r, whole=False)
        if not found or not (doc[found[0] - 1].lower_ in _DETERMINERS or doc[found[0] - 1].tag_ == "POS"):
            continue  # a post as its sentence's subject ("The leader of ...", "Cumberland's director ...")
        rs, re_, org = found
        role = _role_text(doc, rs, re_, r)
        owner = _entity_ending(ctx, rs - 1) if doc[rs - 1].tag_ == "POS" else None
        org = org or (owner.ref if owner is not None else None) or _org_after(ctx, sent, doc, re_, speaking.i, r) \
            or _default_org(ctx, sent, role, r)
        out.append(Membership(person.ref, role, org, sent.evidence))
    return out


def _head_kind(role: str, r: _Rules) -> str | None:
    """The default-organisation kind of a role's head (roles.yaml heads), from its last words."""
    words = role.split()
    return next((r.heads[" ".join(words[-n:])] for n in (3, 2, 1) if " ".join(words[-n:]) in r.heads), None)


def _membership(ctx, sent: Sentence, p: EntitySpan, r: _Rules) -> list[tuple[Membership, bool]]:
    """The roles the sentence gives the person, a role held for a place ("Torbay MP Jo Reed", "Labour MP for
    Jarrow") in the chamber its holder sits in, with no party."""
    out = []
    for m, t in _roles_in(ctx, sent, p, r):
        words = m.role.split()
        held = next((c for c in r.constituency_roles for i in range(len(words)) if words[i:i + len(c.split())] == c.split()
                     and (i + len(c.split()) == len(words) or words[i + len(c.split())] == "for")), None)
        if held is not None:
            while len(words) > 1 and words[0] in r.parties:
                words = words[1:]  # "labour mp" / "conservative mp for meriden"
            body = r.constituency_roles[held]
            m = Membership(m.person, " ".join(words), Ref("org", body, organisations()[body]["name"]) if body else None,
                           m.evidence)
        out.append((m, t))
    return out


def _verb_role_fits(ctx, doc, verb: int, hi: int, r: _Rules) -> bool:
    """A leader leads a council ("who leads the Labour-run town hall"), not a review or a team."""
    if r.verb_roles[doc[verb].lower_] != "leader":
        return True
    k = verb + 1 + (verb + 1 < hi and doc[verb + 1].lower_ in ("the", "its", "our"))
    named = _entity_starting(ctx, k)
    words = {t.lower_ for t in doc[k:min(hi, k + 6)]}
    if words & {"group", "opposition", "party"}:
        return False  # "who leads the opposition group on the council": a group's leader
    return (named is not None and named.ref.kind == "council") or bool(words & _LED_BODIES)


def _roles_in(ctx, sent: Sentence, p: EntitySpan, r: _Rules) -> list[tuple[Membership, bool]]:
    """The roles the sentence gives the person (with whether each comes from a title only): one after
    the name and one before it can both hold ("Hampshire's chief executive Jo Bell has been appointed
    commissioner at West Sussex")."""
    doc = ctx.doc
    span = p.span
    lo, hi = sent.span.start, sent.span.end
    name_start = span.start
    while name_start < span.end - 1 and (doc[name_start].lower_.rstrip(".") in r.titles
                                         or doc[name_start].lower_ in r.honours):
        name_start += 1  # "Cllr Jo Bell", "inspector Dawn Godfrey": the title is before the name
    out: list[tuple[Membership, bool]] = []
    # "Name, [the] [Org's] role [at Org]", "Name (role)", "Name, who had been role in Org",
    # "Name ... is the fifth director", "Name resigned from his post as director of ... at Org"
    # "Name, who chairs the committee", "Name, who chairs Parent Carers Kent": the verb of a role
    v, word = span.end + 2, doc[span.end + 2].lower_ if span.end + 2 < hi else ""
    if word in ("has", "have", "had") and v + 1 < hi and doc[v + 1].lower_ in r.verb_roles:
        v, word = v + 1, doc[v + 1].lower_  # "who has fostered for the city council for 14 years"
    if word == "co" and v + 2 < hi and doc[v + 1].text == "-":
        v, word = v + 2, "co-" + doc[v + 2].lower_  # "who co-founded the parent group ..."
    if v < hi and doc[span.end].text == "," and doc[span.end + 1].lower_ in r.relative \
            and word in r.verb_roles and _verb_role_fits(ctx, doc, v, hi, r):
        role = r.verb_roles[word]
        k = v + 1 + (v + 1 < hi and doc[v + 1].lower_ in ("the", "its", "our"))
        kind = _kind_of_body(doc, k, hi)
        if kind is not None and _entity_starting(ctx, k) is None:
            k = kind + 1  # "who founded the parents' group SEND Action Kent": the body its kind introduces
        named = _entity_starting(ctx, k)
        run = k
        while run < hi and run - k < 6 and (doc[run].is_title or doc[run].is_upper and len(doc[run]) > 1) \
                and (doc[run].pos_ in ("PROPN", "NOUN") or run > k and kind is not None):
            run += 1  # a name no table lists, as written ("Parent Carers Kent")
        # "who chairs the workforce policy committee of the Association of Directors of Children's Services": the
        # body the committee is of
        of_body = next((e.ref for e in ctx.entities if k < e.span.start <= k + 8 and e.ref.kind in _ORG_KINDS
                        and doc[e.span.start - 1 - (doc[e.span.start - 1].lower_ == "the")].lower_ == "of"
                        and not any(t.is_punct for t in doc[k:e.span.start])), None) if named is None else None
        org = named.ref if named else of_body or (Ref("org", slug(doc[k:run].text), doc[k:run].text) if run - k >= 2
                                                  else None) or \
            (_org_referred(ctx, sent, doc, k - 1, hi, r) if doc[k - 1].lower_ == "the" else None) \
            or _default_org(ctx, sent, "councillor", r)
        out.append((Membership(p.ref, role, org, sent.evidence), False))
    if not out and span.end + 3 < hi and doc[span.end].text == "," and doc[span.end + 1].lower_ in r.relative \
            and doc[span.end + 2].lower_ in ("holds", "held"):
        role = _portfolio_held(ctx, doc, span.end + 3, hi, r)
        if role:
            out.append((Membership(p.ref, role, _default_org(ctx, sent, "councillor", r), sent.evidence), False))
    appositive_end = None
    defaulted: list[int] = []   # the roles whose body is no more than the default
    for start in ([] if out else _role_starts_after(ctx, doc, span.end, hi, r)):
        if appositive_end is not None and start < appositive_end:
            continue
        found = _role_forward(ctx, doc, start, hi, r)
        # "Jo Bell, managing director of a recruitment agency": a body the text does not name (no council's post)
        unnamed = bool(found and found[1] + 1 < hi and doc[found[1]].lower_ in ("of", "at", "with", "to")
                       and doc[found[1] + 1].lower_ in ("a", "an", "several", "many", "various", "other", "some"))
        if unnamed and not (start == span.end + 1 and doc[span.end].text == "," and _a_kind_of_body(doc, found[1] + 2, hi)):
            found = None  # "a new post as chief executive of a children's charity": only a name's own appositive
        if found:
            rs, re_, org = found
            role = _role_text(doc, rs, re_, r)
            # (past an appositive, only in the words after it: "Jo Bell, previously its assistant director, as its
            # director")
            earlier = any(doc[k].lower_ in ("previously", "formerly")
                          for k in range(span.end if appositive_end is None else appositive_end, re_))
            if earlier and not role.startswith("former "):
                role = "former " + role  # "Jo Bell was previously an assistant director at Kent"
            if not unnamed:
                org = org or _org_after(ctx, sent, doc, re_, hi, r) or _entity_inside(ctx, start, re_) \
                    or _our_body(ctx, doc, rs) or _appointers(ctx, doc, start, rs) or _where_held(ctx, doc, start)
            if org is None and not unnamed:
                defaulted.append(len(out))
                org = _default_org(ctx, sent, role, r)
            if earlier and org is not None and org.kind == "council" and org not in ctx.subjects:
                # a post at a former employer ("who was previously director at Hillingdon"): no fact of it; past the
                # name's own appositive on it, the verb may give the new one ("Elaine Ruddock, previously director
                # of children's social care at Swindon Borough Council, has been appointed interim ...")
                close = next((k for k in range(re_, hi) if doc[k].text == ","), None) \
                    if appositive_end is None and doc[span.end].text == "," and start == span.end + 1 else None
                if close is None:
                    break
                appositive_end = close
                continue
            if appositive_end is None and org is not None and org.kind == "council" and org not in ctx.subjects \
                    and doc[span.end].text == "," and doc[span.end + 1].lower_ in r.relative \
                    and any(doc[k].lower_ in ("was", "had") for k in range(span.end + 2, rs)):
                # "Fiona Crossley, who was interim director at Knowsley until last year, will step in as interim
                # director ...": a post at a former employer, and the one the verb gives after it
                out.append((Membership(p.ref, role, org, sent.evidence), False))
                appositive_end = re_
                continue
            out.append((Membership(p.ref, role, org, sent.evidence), False))
            if re_ + 2 < hi and doc[re_].lower_ in ("of", "at") and org is not None:
                # past the body named after the role ("president of the ADCS and director of ... at Wakefield")
                k = re_ + 1 + (doc[re_ + 1].lower_ == "the")
                named = _entity_starting(ctx, k)
                if named is not None and named.ref == org:
                    re_ = named.span.end
            now = re_ + 1
            while now < hi and now - re_ <= 3 and doc[now].lower_ in _NOW_WORDS:
                now += 1
            if re_ + 1 < hi and doc[re_].lower_ == "and" and now > re_ + 1 \
                    and any(doc[k].lower_ in ("was", "had") for k in range(span.end, rs)):
                # "Daniel Okwu, who was her head of service and is now director of children's services at X": the
                # post held now, not the one before
                now_role = _role_forward(ctx, doc, now, hi, r)
                if now_role:
                    rs2, re2, org2 = now_role
                    role2 = _role_text(doc, rs2, re2, r)
                    org2 = org2 or _org_after(ctx, sent, doc, re2, hi, r) or _default_org(ctx, sent, role2, r)
                    out[-1] = (Membership(p.ref, role2, org2, sent.evidence), False)
                    break
            if re_ + 1 < hi and doc[re_].lower_ == "and":
                # "Jo Bell, director for children's services and chief executive of the trust": both roles
                # (a second role of the same body, "deputy leader and cabinet member", stays one role)
                second = _role_forward(ctx, doc, re_ + 1, hi, r)
                if second:
                    rs2, re2, org2 = second
                    org2 = org2 or _org_after(ctx, sent, doc, re2, hi, r)
                    if org2 is not None and org2 != org:
                        out.append((Membership(p.ref, _role_text(doc, rs2, re2, r), org2, sent.evidence), False))
                        re_ = re2
            if appositive_end is not None or doc[start - 1].text not in (",", "(", "–", "-"):
                break  # at most the appositive role and one given by a verb
            appositive_end = re_
    # "[Org['s]] role [of Org][,] [Cllr] Name"
    found = _role_backward(ctx, doc, name_start, lo, r) or _labelled_role(ctx, doc, name_start, lo, r)
    if found is None and span.start - 1 > lo and doc[span.start - 1].text == "(":
        found = _role_backward_over(ctx, doc, span.start - 1, lo, r)  # "chairman of X (Name Party)"
    if found is not None:
        rs, re_, org = found
        role = _role_text(doc, rs, re_, r)
        if org is None:
            for e in ctx.entities:  # "the role of Org, Name" / "role at Org Name"
                if e.span.start >= re_ and e.span.end <= name_start and e.ref.kind in _ORG_KINDS:
                    org = e.ref
        org = org or _of_after(ctx, doc, span, hi)  # "Detective Superintendent Aisha Rowe, of Greater Manchester Police"
        # a title read as a role before the name ("Professor Owen Marland, the independent scrutineer")
        # counts as a title: it gives way to a role the article gives
        out.append((Membership(p.ref, role, org or _our_body(ctx, doc, rs) or _default_org(ctx, sent, role, r),
                               sent.evidence), role in r.titles.values()))
        if org is not None and org.kind != "council":
            # "The trust's director of practice, Jo Bell, will step up as interim chief executive": a post taken
            # with no body named is at the body of the post the sentence names
            for k in defaulted:
                m, titled = out[k]
                out[k] = (Membership(m.person, m.role, org, m.evidence), titled)
    # "a new improvement board chaired by Dr Jo Bell", "The new trust is chaired by Dame Eileen Harcourt"
    chaired = _chaired_by(ctx, sent, doc, span.start, lo, r)
    if chaired is not None:
        out.append((Membership(p.ref, "chair", chaired, sent.evidence), False))
    # the title inside or just before the name ("Cllr Diane White", "Professor Eileen Munro")
    first = span[0].lower_.rstrip(".")
    before = doc[span.start - 1].lower_.rstrip(".") if span.start > lo else ""
    title = first if first in r.titles else before if before in r.titles else None
    if out:
        if title and r.titles[title] == "councillor":
            # a councillor's post that names no body is on the council ("Councillor Jo Bell, executive lead for
            # children's services", "Chair of the board Cllr Jo Bell")
            council = _default_org(ctx, sent, "councillor", r)
            out = [(Membership(m.person, m.role, council, m.evidence), t) if m.org is None else (m, t) for m, t in out]
        return out
    if title:
        role = r.titles[title]
        # "Councillor Derek Ashworth, of West Northamptonshire, and Councillor Annabel Ross, of North ...": each one's own
        return [(Membership(p.ref, role, _of_after(ctx, doc, span, hi) or _at_in_its_clause(ctx, doc, span, hi, r)
                            or _default_org(ctx, sent, role, r), sent.evidence), True)]
    # "a team of three inspectors, led by Jo Bell", "The inspection, led by ...": the lead inspector
    if span.start - 2 >= lo and doc[span.start - 2].lower_ == "led" and doc[span.start - 1].lower_ == "by" \
            and any(t.lower_ in ("inspection", "inspectors", "visit") for t in doc[lo:span.start]):
        return [(Membership(p.ref, "lead inspector", _org_of_kind(ctx, sent, "ofsted"), sent.evidence), False)]
    return []


def _a_kind_of_body(doc, i: int, hi: int) -> bool:
    """The words from token i name a kind of body before any punctuation ("a specialist social care recruitment
    agency", "a children's charity"), not a part of the council ("a department facing huge debts")."""
    for t in doc[i:min(hi, i + 7)]:
        if t.is_punct and t.text not in ("'", "’", "-"):
            return False
        if t.lower_ in _rules().described_nouns:
            return True
    return False


def _of_after(ctx: ArticleContext, doc, span: Span, hi: int) -> Ref | None:
    """The body named in ", of X" or ", at X" right after a name."""
    if span.end + 2 < hi and doc[span.end].text == "," and doc[span.end + 1].lower_ in ("of", "at"):
        after = _entity_starting(ctx, span.end + 2) or _entity_starting(ctx, span.end + 3)
        return after.ref if after else None
    return None


def _at_in_its_clause(ctx: ArticleContext, doc, span: Span, hi: int, r: _Rules) -> Ref | None:
    """The body named "at" in a relative clause on a titled name ("Professor Anita Ghosh, who researches the social
    work workforce at the University of Wolverhampton, said"): where the title is held."""
    if not (span.end + 2 < hi and doc[span.end].text == "," and doc[span.end + 1].lower_ in r.relative):
        return None
    for k in range(span.end + 2, min(hi, span.end + 16)):
        if doc[k].text in (",", ".", ";", ":"):
            return None
        if doc[k].lower_ == "at":
            e = _entity_starting(ctx, k + 1) or _entity_starting(ctx, k + 2)
            if e is not None:
                return e.ref if e.ref.kind != "council" else None
            return _org_named_after(ctx, doc, k + 1, hi)  # a body no table lists, as written
    return None


def _chaired_by(ctx: ArticleContext, sent: Sentence, doc, start: int, lo: int, r: _Rules) -> Ref | None:
    """The body a name after "chaired by" chairs: the one named as what is chaired ("The new trust is chaired
    by ...": the trust the article is about), a board or panel with no name being the council's ("a new
    improvement board chaired by ..."); None when no "chaired by" comes before the name."""
    k = start - 1
    while k > lo and doc[k].is_title and (doc[k].lower_.rstrip(".") in r.courtesy or doc[k].lower_ in r.honours):
        k -= 1
    if not (k - 1 >= lo and doc[k].lower_ == "by" and doc[k - 1].lower_ == "chaired"):
        return None
    verb = doc[k - 1]
    noun = verb.head if verb.dep_ == "acl" else \
        next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if noun is None:
        return None
    named = next((e.ref for e in ctx.entities if e.ref.kind in _ORG_KINDS and e.ref.kind != "council"
                  and e.span.start <= noun.i < e.span.end), None)
    if named is not None:
        return named
    kind = r.anaphora.get(noun.lower_)
    if kind is not None and kind != "council":
        return _org_of_kind(ctx, sent, kind)
    if noun.lower_ in _CHAIRED_BODIES:
        return _default_org(ctx, sent, "councillor", r)  # (a council's improvement board, panel or committee)
    return None  # "The review, chaired by ...": no body's post


_CHAIRED_BODIES = {"board", "panel", "committee", "partnership"}


def _place_body(ctx: ArticleContext, doc, k: int, hi: int) -> Ref | None:
    """'[the] Lancashire foster carers' association': a place, then lower-case words of its members, then a
    noun of bodies (and the role's phrase ends there)."""
    place = _entity_starting(ctx, k)
    if place is None or place.ref.kind != "council":
        return None
    for j in range(place.span.end, min(hi, place.span.end + 5)):
        t = doc[j]
        if t.lower_ in _rules().place_body_nouns and t.is_lower:
            if j + 1 < hi and not doc[j + 1].is_punct:
                return None
            name = doc[k:j + 1].text
            return Ref("org", slug(name), name)
        if not (t.is_lower or t.text in ("'", "’", "'s", "’s")):
            return None
    return None


def _described_body(ctx: ArticleContext, doc, k: int, hi: int) -> Ref | None:
    """'[the] care-experienced young people's charity Become', '[the] children's rights organisation Article
    39': a body's name after a description of it ending in a noun of bodies."""
    for j in range(k, min(hi - 1, k + 8)):
        if doc[j].is_punct and doc[j].text not in ("-", "'", "’"):
            return None
        n = j + 1 + (j + 2 < hi and doc[j + 1].lower_ == "the")   # "the children's charity the NSPCC"
        if doc[j].text in _rules().described_nouns and (doc[n].is_title or doc[n].is_upper):  # lower case: no "Company Board"
            named = _entity_starting(ctx, n)
            if named is not None and named.ref.kind == "person":
                named = None  # a name the model took for a person's ("the charity Safer Streets Notts")
            if named is not None and not (named.ref.kind == "council" and named.span.end < hi
                                          and (doc[named.span.end].is_title or doc[named.span.end].is_upper)):
                return named.ref
            # a name that starts with a place: "the parents' group Peterborough Family Voices", "the parent
            # support group Bedford SEND Families"
            e = n if named is None else named.span.end
            while e < hi and e - n < 4 and (doc[e].is_title or doc[e].is_upper or doc[e].like_num) \
                    and not doc[e].is_punct and ctx.entity_at(e) is None:
                e += 1
            name = doc[n:e].text
            return Ref("org", slug(name), name) if name else None
    return None


def _where_held(ctx: ArticleContext, doc, start: int) -> Ref | None:
    """'... from Cumbria County Council, where she was an assistant director': the body named before ', where'."""
    k = start - 1
    while k > 0 and doc[k].pos_ in ("AUX", "PRON", "DET", "ADV") and doc[k].lower_ != "where":
        k -= 1
    if doc[k].lower_ != "where" or k < 2 or doc[k - 1].text != ",":
        return None
    e = _entity_ending(ctx, k - 1)
    return e.ref if e is not None and e.ref.kind in _ORG_KINDS else None


def _appointed_before(doc, lo: int, end: int) -> bool:
    """'The DfE has appointed Hackney's director, Jo Bell, as commissioner': a verb of appointing before the
    name, so that ', as ...' after it is the post."""
    return any(t.lower_ in APPOINTING for t in doc[lo:end])


def _appointers(ctx: ArticleContext, doc, start: int, role_start: int) -> Ref | None:
    """'Achieving for Children, the company that runs ... for Kingston, has appointed Jo Bell as its director':
    'its' is the body doing the appointing, the subject of the verb, not the council named last; so is the
    subject of 'Kent has named Jo Bell as director of ...'."""
    verb = next((t for t in reversed(doc[max(0, start - 8):start]) if t.lower_ in APPOINTING), None)
    if not any(t.lower_ in ("its", "their") for t in doc[start:role_start]):
        # "..., while Cumberland Council has named Jo Bell as director of ...": the subject of the verb, when
        # the parse gives it, in whichever clause
        if verb is None or start == 0 or doc[start - 1].lower_ != "as":
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        e = ctx.entity_at(subject.i) if subject is not None else None
        return e.ref if e is not None and e.ref.kind in _ORG_KINDS else None
    e = _appointing_body(ctx, verb) if verb is not None else None
    return e.ref if e is not None and e.ref.kind in _ORG_KINDS else None


def _portfolio_held(ctx: ArticleContext, doc, k: int, hi: int, r: _Rules) -> str | None:
    """'[who holds] the cabinet portfolio for children's services', '... the children's services portfolio':
    the portfolio holder's role, as the graph writes it."""
    k += k < hi and doc[k].lower_ in _DETERMINERS
    p = next((x for x in range(k, min(hi, k + 6)) if doc[x].lower_ == "portfolio"), None)
    if p is None or any(not (t.lower_ in r.portfolio or t.lower_ in r.modifiers) for t in doc[k:p]):
        return None
    tail = ""
    if p + 2 < hi and doc[p + 1].lower_ in ("for", "of"):
        tail = _role_text(doc, p + 2, _portfolio_end(ctx, doc, p + 2, hi, r), r)
    if not tail and p == k:
        return None  # "who holds the portfolio": which one, the text does not say
    return " ".join(x for x in (_role_text(doc, k, p, r), "portfolio holder", tail and "for " + tail) if x)


def _role_starts_after(ctx: ArticleContext, doc, end: int, hi: int, r: _Rules) -> list[int]:
    """Where a role may start after a name: after a comma or bracket, after 'who had been' and the
    like, after a copula ('is the fifth director') or 'as' within the clause."""
    starts = []
    # past what stands between a name and its role: post-nominals ("Rachel Okafor OBE, director ...")
    # and a short bracket ("Cllr Jo Bell (Labour), cabinet member ...", "Jo Bell (pictured), director")
    while end < hi and doc[end].text.rstrip(".") in r.post_nominals:
        end += 1
    if end + 3 < hi and doc[end].text == "," and doc[end + 1].like_num and doc[end + 2].text == ",":
        end += 2  # past an age: "Jordan Mills, 22, a campaigner with the Care Leavers Alliance"
    if end < hi and doc[end].text in (",", "(", "–", "-"):
        starts.append(end + 1)  # (a bracket's own role first: "Councillor Aisha Mahmood (Chair), Councillor ...")
        if end + 2 < hi and doc[end + 1].lower_ in ("a", "an"):
            # a role after what someone is: "Jordan Mills, a care leaver and campaigner with ..."
            also = next((k for k in range(end + 2, min(hi, end + 6)) if doc[k].lower_ == "and"), None)
            if also is not None and doc[also - 1].pos_ == "NOUN" and not any(t.is_punct for t in doc[end + 2:also]):
                starts.append(also + 1)
    if end < hi and doc[end].text == "(":
        close = next((k for k in range(end + 1, min(hi, end + 7)) if doc[k].text == ")"), None)
        if close is not None and close + 1 < hi and doc[close + 1].text == "," \
                and not any(_head_len(doc, k, close, r) for k in range(end + 1, close)):
            starts.append(close + 2)  # past a bracket that holds no role: "Cllr Jo Bell (Labour), cabinet member ..."
    if end < hi and doc[end].text in (",", "(", "–", "-"):
        if end + 1 < hi and doc[end + 1].lower_ in r.relative:
            j = end + 2
            while j < hi and j < end + 6 and doc[j].pos_ in ("AUX", "ADV", "PART", "VERB") \
                    and _head_len(doc, j, hi, r) == 0 and doc[j].lower_ not in r.modifiers:
                j += 1
            starts.append(j)
    # the clause of the name: past the comma that closes an appositive ("Jo Bell, director of X at Y,
    # was appointed ..."), not past the next
    commas = 0 if end < hi and doc[end].text == "," else 1
    for j in range(end, min(hi, end + 24)):
        t = doc[j]
        if t.text in (".", ";", ":"):
            break
        if t.text == "," and j > end + 1 and doc[j - 1].pos_ != "PROPN":
            commas += 1
            if commas > 1:
                break
        if t.ent_type_ == "PERSON" and j > end + 1 and not (
                doc[end].lower_ in ("and", "&") and all(x.ent_type_ == "PERSON" or x.lower_ in ("and", "&")
                                                        for x in doc[end:j])):
            break  # another person's clause ("... and Rachael Schofield have been acting as ..."), not "A and B"
        if t.lower_ in r.copulas and j >= end and (t.pos_ == "AUX" or t.lower_ in ("became", "becomes")
                                                  or any(x.pos_ == "AUX" for x in doc[max(end, j - 2):j])):
            k = j + 1  # "was appointed director", not "the recently appointed head"
            if t.lower_ in _RAISED and k < hi and doc[k].lower_ == "from":
                # "who was promoted from assistant director to director of children's services": the post now
                k = next((x for x in range(k + 1, min(hi, k + 9)) if doc[x].lower_ == "to"), k)
            if t.lower_ in _RAISED and k < hi and doc[k].lower_ == "to":
                k += 1  # "was promoted to director"
            starts.append(k)
        if t.lower_ == "become" and doc[j - 1].lower_ == "to":
            starts.append(j + 1)  # "who left in July to become deputy chief executive of Plymouth City Council"
        if t.lower_ == "of" and j > end and doc[j - 1].lower_ in r.as_nouns and doc[j - 2].lower_ in ("the", "a"):
            starts.append(j + 1)  # "will take up the post of interim director"
        if t.lower_ == "as" and (j == end or doc[j - 1].lower_ in r.as_nouns or doc[j - 1].pos_ == "VERB"
                                 # "took over as director", "stepped in as"
                                 or doc[j - 1].dep_ in ("prt", "advmod") and doc[j - 1].head.pos_ == "VERB"
                                 or _entity_ending(ctx, j) is not None or doc[j - 1].dep_ in ("dobj", "pobj")
                                 or (doc[j - 1].text == "," and _appointed_before(doc, doc[end - 1].sent.start, end))):
            starts.append(j + 1)  # "appointed Jo Bell as commissioner", "his post as director", "joined Kent as DCS"
        if t.lower_ == "in" and j + 1 < hi and doc[j + 1].lower_ in ("a", "an", "the") \
                and any(x.lower_ in r.as_nouns for x in doc[j + 2:min(hi, j + 10)]):
            starts.append(j + 1)  # "hired in an interim director role"
    return starts


_RAISED = {"promoted", "appointed", "named", "elevated"}


def _role_backward_over(ctx, doc, paren: int, lo: int, r: _Rules):
    """'the current chairman of the Children and Families Committee (Name Party)': a role that ends
    at the bracket before the name."""
    for j in range(paren - 1, max(lo, paren - 14) - 1, -1):
        if _head_len(doc, j, paren, r):
            found = _role_forward(ctx, doc, j, paren, r)
            if found and found[1] == paren:
                start = j
                while start - 1 >= lo and doc[start - 1].lower_ in r.modifiers:
                    start -= 1
                return start, found[1], found[2]
    return None


def _entity_inside(ctx: ArticleContext, start: int, end: int) -> Ref | None:
    for e in ctx.entities:
        if start <= e.span.start and e.span.end <= end and e.ref.kind in _ORG_KINDS:
            return e.ref
    return None


def _org_referred(ctx: ArticleContext, sent: Sentence, doc, start: int, hi: int, r: _Rules) -> Ref | None:
    """'the trust', 'the council', 'the watchdog': the organisation of that kind the article is about."""
    if start >= hi or doc[start].lower_ != "the":
        return None
    for n in (2, 1):
        kind = r.anaphora.get(" ".join(t.lower_ for t in doc[start + 1:min(hi, start + 1 + n)]))
        if kind is not None:
            return _org_of_kind(ctx, sent, kind)
    return _body_named_earlier(ctx, doc, start + 1, hi)


_GRADED_BY = {"rated", "judged", "graded", "inspected", "found", "ranked", "assessed"}


def _an_agent(ctx: ArticleContext, doc, end: int) -> bool:
    """The body whose name ends before token `end` is a grade's agent ("rated 'good' by Ofsted"; not "run by
    Bradford Children and Families Trust")."""
    e = _entity_ending(ctx, end)
    return e is not None and e.span.start >= 1 and doc[e.span.start - 1].lower_ == "by" \
        and doc[e.span.start - 1].head.lower_ in _GRADED_BY


def _body_its_stands_for(doc, named: list[tuple[int, Ref]]) -> Ref:
    """Of bodies named in order (end token, ref), the last, unless it stands in a clause describing one named
    before it ("Together for Children, a company owned by Sunderland City Council", "the Severn Valley Learning
    Trust, which runs eight schools across Shropshire and Telford"): then the body described."""
    end, ref = named[-1]
    ends = {e - 1: r for e, r in named[:-1]}   # each earlier body's last token
    for t in doc[end - 1].ancestors:
        if t.dep_ not in ("relcl", "acl", "appos"):
            continue
        if t.head.i in ends:
            return ends[t.head.i]
        # (the parse may hang it elsewhere; the clause then opens right after the body and its comma)
        first = t.left_edge.i
        if first >= 2 and doc[first - 1].text == "," and first - 2 in ends:
            return ends[first - 2]
    return ref


def _the_dropped(label: str) -> str:
    return re.sub(r"^the\s+", "", label, flags=re.I)


def _body_named_earlier(ctx: ArticleContext, doc, start: int, hi: int) -> Ref | None:
    """'the integrated care board', 'the partnership', 'the unit': the body whose name ends so (roles.yaml
    body_tails), named earlier in full ("NHS Cornwall and Isles of Scilly Integrated Care Board"); with none
    named, the body as written."""
    r = _rules()
    k = start
    while k < hi and k - start < 4 and doc[k].is_alpha and doc[k].is_lower:
        k += 1
        if doc[k - 1].lower_ in r.body_tails:
            break
    if k == start or doc[k - 1].lower_ not in r.body_tails:
        return None
    words = doc[start:k].text.lower()
    named = [e.ref for e in ctx.entities if e.ref.kind == "org" and e.span.start < start
             and e.ref.label.lower().endswith(words) and e.ref.label.lower() != words]
    if named:
        return named[-1]
    # a body the model tagged but nothing linked ("an analysis by the Children's Services Policy Unit")
    tagged = [e for e in doc.ents if e.label_ == "ORG" and e.end <= start and e.text.lower().endswith(words)
              and e.text.lower() != words]
    if tagged:
        label = _the_dropped(tagged[-1].text)
        return Ref("org", slug(label), label)
    if k - start >= 2:   # "the integrated care board", not a bare "the board"
        return Ref("org", slug(words), words)
    return None


def _org_of_kind(ctx: ArticleContext, sent: Sentence, kind: str) -> Ref | None:
    """The organisation of a kind (roles.yaml anaphora) the article is about."""
    if kind == "provider":
        providers = list(dict.fromkeys(e.ref for e in ctx.entities if e.ref.kind == "provider"))
        if len(providers) > 1:  # the one that runs the services of the council the article is about
            providers = [p for p in providers if any(c.key in ctx.serves(p) for c in ctx.subjects)] or providers
        if len(providers) == 1:
            return providers[0]
        # no provider the tables know: a trust the article names ("Meadowvale Learning Trust")
        trusts = list(dict.fromkeys(e.ref for e in ctx.entities if e.ref.kind == "org"
                                    and e.ref.label.lower().endswith(" trust")))
        if not trusts and not providers:
            # one the model tagged but nothing linked ("the Three Rivers Learning Trust", an academy trust)
            tagged = list(dict.fromkeys(re.sub(r"^the\s+", "", e.text, flags=re.I) for e in ctx.doc.ents
                                        if e.label_ == "ORG" and e.text.lower().endswith(" trust")))
            trusts = [Ref("org", slug(label), label) for label in tagged]
        return trusts[0] if len(trusts) == 1 and not providers else None
    if kind == "council":
        return sent.councils[0] if sent.councils else sent.focus
    words = _rules().named_by_last_word.get(kind)
    if words:
        named = [o for o in sent.orgs if o.label.split()[-1:] and o.label.split()[-1] in words]
        named = named or list(dict.fromkeys(e.ref for e in ctx.entities if e.ref.kind == "org"
                                            and e.ref.label.split()[-1] in words))
        if not named:
            # one the model tagged but no table knows ("Sidestrand Hall School, near Cromer, ... | Headteacher
            # Jo Bell"): the article's one organisation of the kind
            tagged = list(dict.fromkeys(re.sub(r"^the\s+", "", e.text, flags=re.I) for e in ctx.doc.ents
                                        if e.label_ == "ORG" and e.text.split()[-1] in words))
            named = [Ref("org", slug(label), label) for label in tagged] if len(tagged) == 1 else []
        return named[0] if named else None
    if kind == "dfe" and not any(e.ref.key == "department-for-education" for e in ctx.entities):
        # "an assistant director in the department", in an article that never names the DfE: the council's
        # children's services department
        return sent.councils[0] if sent.councils else sent.focus
    orgs = organisations()
    key = {"ofsted": "ofsted", "dfe": "department-for-education"}[kind]
    return Ref("org", key, orgs[key]["name"])


_OPENERS = {"“": "”", "\"": "\"", "‘": "’", "'": "'"}



def _quoted(text: str) -> tuple[str, str | None] | None:
    """(the quoted words in a sentence, the closing mark still awaited or None): from an opening mark to
    its closing mark (an apostrophe inside a word does not close a quote), or to the sentence end when the
    quote runs on into the next sentence."""
    for i, ch in enumerate(text):
        if ch in _OPENERS and (i == 0 or not text[i - 1].isalnum()):
            close = _OPENERS[ch]
            j = _closing(text, i + 1, close)
            words = text[i + 1:j].strip()
            if len(words) >= 15 or (j == len(text) and words):
                return words, (close if j == len(text) else None)
    return None


def _closing(text: str, start: int, close: str) -> int:
    """Where the closing mark is, or the text's end."""
    j = start
    while j < len(text):
        if text[j] == close and (j + 1 == len(text) or not text[j + 1].isalnum()):
            return j
        j += 1
    return len(text)


def _quotations(ctx: ArticleContext) -> list[Quotation]:
    """Quoted words with a speech verb whose subject is a named person; a quote that opens its own
    sentence or paragraph belongs to the person quoted or introduced just before it."""
    out = []
    speech = _rules().speech
    last_speaker = None
    last_person = None   # the person named last: "He said:" is them
    sentences = ctx.sentences
    carried: set[int] = set()   # sentences a quote opened before runs on through
    for k, sent in enumerate(sentences):
        if k in carried:
            continue
        found = _quoted(sent.evidence.text)
        words = found[0] if found else None
        if found and found[1] is not None:
            # "We are pleased. This report recognises our staff.": the quote goes on to its closing mark
            for n in range(k + 1, min(len(sentences), k + 8)):
                nxt = sentences[n]
                if nxt.paragraph != sent.paragraph:
                    break
                end = _closing(nxt.evidence.text, 0, found[1])
                words = f"{words} {nxt.evidence.text[:end].strip()}".strip()
                carried.add(n)
                if end < len(nxt.evidence.text):
                    break
            if len(words) < 15:
                words = None
        if sent.people:
            last_person = sent.people[-1]
        if not words:
            last_speaker = None if not sent.people else (sent.people[0] if len(set(sent.people)) == 1 else None)
            continue
        speaker = None
        for v in (t for t in sent.span if t.lower_ in speech):
            for child in v.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    hit = ctx.entity_at(child.i)
                    if hit and hit.ref.kind == "person":
                        speaker = hit.ref
        if speaker is None and any(t.lower_ in speech for t in sent.span):
            # the one person the sentence names, not counting one named as a possessor ("Mr Norman's colleague,
            # MP Sir Bill Wiggin, said")
            doc = ctx.doc
            named = {e.ref for e in ctx.entities if e.ref.kind == "person" and sent.span.start <= e.span.start
                     < sent.span.end and not (e.span.end < len(doc) and doc[e.span.end].lower_ in ("'s", "’s"))}
            if len(named) == 1:
                speaker = next(iter(named))
        if speaker is None and not sent.people and sent.evidence.text[:1] in _OPENERS:
            speaker = last_speaker
        if speaker is None and not sent.people and _rules().pronoun_speaker.search(sent.evidence.text):
            speaker = last_person
        last_speaker = speaker
        if speaker is None:
            continue
        about = sent.councils[0] if sent.councils else sent.focus
        out.append(Quotation(speaker, words, about, sent.evidence))
    return out
