"""Article metadata stated in the text's header: headline, byline authors and publication date; and the
splitting of an author field into its people (split_authors), for every input format."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.boilerplate import Layout
from kg.dates import StatedDate, parse_date
from kg.pipeline import TAB_CELLS
from kg.reference import load_yaml

HEADER_LINES = 7
_BODY_MIN_CHARS = 200
_BYLINE_LINES = 45   # lines of a page's head a "By ..." line may stand in (under a site's menu, a line each)
_SENTENCE_END = tuple(".!?\"”’'")
_NAME = r"[A-Z][a-zà-ÿ'’\-]+(?:[A-Z][a-zà-ÿ'’\-]+)?"
_PERSON = rf"{_NAME}(?:\s+{_NAME}){{1,3}}"
_PERSON_ANY_CASE = re.compile(_PERSON, re.I)
_PERSON_CASED = re.compile(_PERSON)
# Between the people of a byline: "Priya Kaur and Daniel Okoro", "A, B and C", "A & B". A list is split
# here and each part matched on its own: one regular expression for a whole list of names would try
# exponentially many ways to cut a long line into names.
_LIST_SEPARATOR = re.compile(r"\s*[,;&]\s*|\s+and\s+", re.I)
_BY_PREFIX = re.compile(r"^(?:(?:posted |written |words )?by\s+|(?:reporter|author|words)\s*:\s*)", re.I)
# "Posted on 12 March 2024 by Jane Smith", "By Jane Smith, Senior Reporter", "By A and B | 12 March"
_BY_ANYWHERE = re.compile(r"(?:^|\s)(?i:by)\s+")
# where a byline's names end: a bar, a dash, a bracket, "on"/"for"/"at", or the date line running on
# ("By Luke Abernethy-Stone Published 13th Dec 2022", "By Ann Lee Monday 4 March")
_BY_STOP = re.compile(r"\s*[|–—(]|\s+(?i:on|for|at|in)\b|\s+(?i:published|updated|posted|last updated|"
                      r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d)")
# A byline that opens with a word of its own before "by": "Posted on 12 March 2024 by ...", "Report by ...",
# "Edited by ..." (a live page's editors).
_SIGNED_BY = re.compile(r"(?:posted|written|words|report|reported|edited)\b", re.I)
# A line that opens by saying it is the page's date: a byline's length allows it more words
_POSTED = re.compile(r"(?:posted|published)\s+(?:on\s+)?\d", re.I)
# A newsroom named before the writer after "by": "ITV News Central's ", "ITV News West Country reporter ".
_NEWSROOM_BEFORE = re.compile(r"(?:[A-Z][\w&-]*\s+){0,4}[A-Z][\w&-]*(?:['’]s\s+|\s+(?i:reporter|correspondent|"
                              r"editor|presenter|journalist)\s+)")
_AUTHOR_SEPARATOR = re.compile(r"\s*;\s*|\s*&\s*|\s+and\s+", re.I)
# The words of newspapers' names: "Birmingham Post", "Northern Echo", "Sussex Express".
_PAPER_WORDS = ("post|echo|gazette|times|herald|chronicle|mail|star|express|mirror|telegraph|guardian|observer|"
                "standard|journal|argus|courier|advertiser|press|sentinel")
# Words that make a short title-case line a section label or a paper ("Wigan Today") rather than a person.
_NOT_NAMES = re.compile(r"\b(news|latest|public|sector|ofsted|council|children|services|breaking|update|report|"
                        r"corporation|broadcasting|media|group|ltd|limited|plc|"
                        rf"inspection|social|care|home|jobs|community|live|now|today|{_PAPER_WORDS})\b", re.I)
# A newsroom's or paper's words, for the desk line under a byline ("BBC News, Essex", "Essex Live").
_NEWSROOM = re.compile(rf"\b(news|newsroom|bbc|itv|live|{_PAPER_WORDS})\b", re.I)
_DATE_JUNK = re.compile(r"^[\s|,–—\-:]*(?:date|published|updated)?[\s|,–—\-:]*|[\s|,–—\-:]+(on|at)?[\s|,–—\-:]*$", re.I)
_WEEKDAY = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day,?\s*", re.I)


# A dateline that runs into the first paragraph: "date 2018-03-14 Much improved – but ...".
_DATE_PREFIX = re.compile(r"^\s*(?:(?:date|published|updated|posted)\s*:?\s*)?(\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\s+(?=\S)", re.I)
# "Ofsted has today (19/7/19) published ...": the day the article was written, in its opening lines.
_TODAY = re.compile(r"\btoday\s*\(([^()]{5,30})\)", re.I)


@dataclass
class Metadata:
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: StatedDate | None = None
    header_lines: tuple[int, ...] = ()  # byline / dateline indices into layout.lines
    header_spans: tuple[tuple[int, int], ...] = ()  # character ranges of a dateline inside a line


@lru_cache(maxsize=1)
def _desk_words() -> frozenset[str]:
    return frozenset(load_yaml("bylines.yaml")["desk_words"])


def _a_name(name: str | None) -> bool:
    """A name read before a job, not a desk's words ("Local Democracy" of "Local Democracy Reporter")."""
    return bool(name) and not all(w.lower() in _desk_words() for w in name.split())


@lru_cache(maxsize=1)
def _job_words() -> re.Pattern:
    words = load_yaml("bylines.yaml")["job_words"]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


def split_authors(value) -> tuple[str, ...]:
    """Each person an author field or byline names, in order, once: `value` is a list (of names, or of
    {"name": ...} objects as in JSON-LD) or one string with names separated by ';', '&', 'and' or ','
    ("Priya Kaur; Daniel Okoro", "Priya Kaur and Daniel Okoro", "A, B and C"). A leading "By" goes;
    a part naming a job ("Senior Reporter", "Staff Writer") is not a person. Commas split only when
    every part is at least two words, so "Smith, Jane" stays one name. () for anything else."""
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, list):
        names = [n for v in value for n in split_authors(v)]
    elif isinstance(value, str):
        text = re.sub(r"^\s*by\s+", "", " ".join(value.split()), flags=re.I)
        names = []
        for part in _AUTHOR_SEPARATOR.split(text):
            pieces = [p.strip() for p in part.split(",")]
            names += pieces if len(pieces) > 1 and all(len(p.split()) >= 2 for p in pieces) else [part.strip()]
    else:
        return ()
    names = [n.strip(" ,.;") for n in names]
    return tuple(dict.fromkeys(n for n in names if n and not _job_words().search(n)))


def _people(text: str, any_case: bool) -> str | None:
    """`text` if it is one or more people's names separated as in a byline, else None."""
    parts = _LIST_SEPARATOR.split(text.strip())
    rx = _PERSON_ANY_CASE if any_case else _PERSON_CASED
    return text.strip() if parts and all(rx.fullmatch(p) for p in parts) else None


def _name_comma_desk(line: str) -> str | None:
    """"Daniel Ashworth, BBC News, Yorkshire", "Clemency Ward, Social Affairs Correspondent": a name, then
    after a comma the newsroom or the writer's job."""
    if len(line.split()) > 8 or line.rstrip()[-1:] in ".!?\"”":
        return None  # a sentence ("Jo Bell, the council's director, welcomed the report."), not a byline
    name, _, rest = line.partition(",")
    name = name.strip()
    if rest and _PERSON_CASED.fullmatch(name) and not _NOT_NAMES.search(name) and not _job_words().search(name) \
            and (_NEWSROOM.search(rest) or _job_words().search(rest.split(",")[0])):
        return name
    return None


def _name_with_title(line: str) -> str | None:
    """A byline line that gives the writer's job beside the name: "- Tom Dare Council Correspondent",
    "Education Editor, Jane Smith", "Jane Smith, Chief Reporter"."""
    line = _BY_PREFIX.sub("", line.lstrip("-–—•|* ").strip())
    parts = [p.strip() for p in line.split(",")]
    if len(parts) == 2:
        job = [p for p in parts if _job_words().search(p)]
        person = [p for p in parts if p not in job and _PERSON_CASED.fullmatch(p)]
        if len(job) == 1 and len(person) == 1:
            return person[0]
    words = line.split()
    for n in (2, 3):  # the shortest name: "Council Correspondent" is the job
        name, rest = " ".join(words[:n]), words[n:]
        # the job after the name, ending in its noun: "Council Correspondent", "Social affairs correspondent"
        if rest and _PERSON_CASED.fullmatch(name) and _job_words().fullmatch(rest[-1]) and rest[0][:1].isupper() \
                and not _job_words().search(name):
            return name
    for n in (2, 3):  # the job before the name: "Local Democracy Reporter Callum Reid"
        name, rest = " ".join(words[-n:]), words[:-n]
        if rest and _PERSON_CASED.fullmatch(name) and _job_words().fullmatch(rest[-1]) \
                and all(w[:1].isupper() for w in rest) and not _job_words().search(name):
            return name
    return None


def _people_after_by(line: str) -> str | None:
    """The names after a "by" inside a line, up to a '|', a dash, 'on', 'for' or 'at': the longest
    run of names from the start of that part ("Jane Smith, Senior Reporter": both, for split_authors)."""
    for m in _BY_ANYWHERE.finditer(line):
        rest = line[m.end():]
        newsroom = _NEWSROOM_BEFORE.match(rest)
        if newsroom and _NEWSROOM.search(newsroom.group(0)):
            rest = rest[newsroom.end():]  # "By ITV News Central's Ben Ashworth-Cole", "By ITV News London reporter X"
        stop = _BY_STOP.search(rest)
        rest = rest[:stop.start()] if stop else rest
        names = []
        for part in _LIST_SEPARATOR.split(rest):
            if not _PERSON_CASED.fullmatch(part.strip()):
                break
            names.append(part.strip())
        if names:
            return "; ".join(names)
    return None


def _strip_date(text: str) -> tuple[str, StatedDate | None]:
    d = parse_date(text, allow_year=False)
    if d is None or d.day is None:
        return text, None
    from kg.dates import _DAY_MONTH_YEAR, _ISO, _MONTH_DAY_YEAR, _NUMERIC
    for rx in (_ISO, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _NUMERIC):
        text = rx.sub(" ", text)
    text = _WEEKDAY.sub(" ", text)
    return _DATE_JUNK.sub("", " ".join(text.split())), d


_OFFICE_WORDS = {"service", "services", "staff", "team", "agency", "agencies"}
_OFFICER_LINE = re.compile(r"^\s*(?:report )?author\s*:\s*[^,]+,\s*(.+)$", re.I)


def _an_officers_line(line: str) -> bool:
    """An "Author: NAME, POST" line whose post is an officer's (a role's head word, no reporter's job)."""
    m = _OFFICER_LINE.match(line)
    # (a desk's words that also name a council's posts and teams do not make it a reporter's)
    if not m or any(w.lower() not in _OFFICE_WORDS for w in _job_words().findall(m.group(1))):
        return False
    return any(w in role_head_words() for w in re.findall(r"[a-z]+", m.group(1).lower()))


@lru_cache(maxsize=1)
def role_head_words() -> frozenset[str]:
    """The head words of roles (roles.yaml heads: 'director', 'executive', 'worker'), not their portfolios; read
    once, here, where no spaCy is loaded (the frame reads them too)."""
    return frozenset(h.lower().split()[-1] for h in load_yaml("roles.yaml")["heads"])


def read_metadata(layout: Layout) -> Metadata:
    meta = Metadata()
    header: list[int] = []
    for i, line in enumerate(layout.lines):
        s = line.text.strip()
        if not s:
            continue
        if (len(s) >= _BODY_MIN_CHARS and s[-1:] in _SENTENCE_END) or len(header) >= _BYLINE_LINES:
            break
        if len(s) < _BODY_MIN_CHARS:   # a long standfirst with no full stop: the byline may come under it
            header.append(i)
    # under a page's navigation the byline may stand lower: a "By ..." line or a name beside the date counts
    # there, a bare name only near the top
    # (counted past a widget's crumbs, a number with at most one word: a weather widget's "Fri, 20" / "13 °C")
    worded = [i for i in header if len(re.findall(r"[^\W\d_]{2,}", layout.lines[i].text)) >= 2
              or not re.search(r"\d", layout.lines[i].text)]
    near = set(header[:HEADER_LINES]) | set(worded[:HEADER_LINES])
    used = []
    byline_at = None
    bare_at = None   # a line read as names without "By": a later "By ..." line is the byline instead
    # two passes: the lines that read as a byline ("By ...", a name beside the date, "Posted on ... by ...")
    # first, so that a masthead or a section's name above the headline is never taken for the author; then,
    # with none found, a name on a line of its own near the top
    passes = [(i, True) for i in header] + [(i, False) for i in header]
    for i, bylines_only in passes:
        if not bylines_only and meta.authors:
            break
        s = layout.lines[i].text.strip()
        if TAB_CELLS.search(s):
            continue  # a table's row, its cells a tab apart ("Barnet<tab>1 January 2024<tab>Good"), no byline
        rest, d = _strip_date(s)
        beside_date = False
        if d is not None and "|" in s:
            # "Daniel Hedgecock | PUBLISHED: 17:00 14 March 2019 | UPDATED: ...": the name beside the date
            parts = [p.strip() for p in s.split("|") if p.strip()]
            undated = [p for p in parts if _strip_date(p)[1] is None and not _DATE_LINE_REST.match(p)]
            if meta.published is None and len(undated) < len(parts):
                meta.published = _strip_date(next(p for p in parts if p not in undated))[1]
                used.append(i)
            # "By Jo Bell | Local Government Chronicle | 12 June 2025": the part with "By", else the first
            s = next((p for p in undated if _BY_PREFIX.match(p)), undated[0] if undated else "")
            beside_date = True
        elif d is not None and (len(s) <= 80 or len(s) <= 160 and _POSTED.match(s)):
            # ("Posted on 9 November 2023 by Rachel Kaur, principal social worker, Walsall Children's Services")
            if meta.published is None:
                meta.published = d
                used.append(i)
            s = rest.split("Photo:")[0].strip()
            beside_date = bool(s)   # "Priya Kaur and Daniel Okoro 12 March 2024": names beside the date
        by = _BY_PREFIX.match(s) if s else None
        byline_like = by or beside_date or (s and re.search(r"\bby\s+[A-Z]", s) and (
            d is not None or _SIGNED_BY.match(s))) or (
            # "Imogen Tarrant-Fyfe Social affairs correspondent": a name and a reporter's job
            s and len(s) <= 80 and _job_words().search(s) and _a_name(_name_with_title(s) or _name_comma_desk(s)))
        # (a bare name over a newsroom's desk line, "Ellis Marwood" / "BBC News, Hereford and Worcester", is a
        # byline however far down the head it stands)
        over_desk = not bylines_only and not by and bool(s) and len(s.split()) <= 4 and _over_a_desk(layout, header, i)
        if (bylines_only and not byline_like) or (i not in near and not byline_like and not over_desk):
            continue
        names = (_people(s[by.end():], any_case=True) if by else _people(s, any_case=False)) if s else None
        if by and names:
            # "By Jane Smith, Sussex Express": the publication after the name is not a person
            kept = [p.strip() for p in _LIST_SEPARATOR.split(names) if p.strip() and not _NOT_NAMES.search(p)]
            names = "; ".join(kept) or None
        if names and _job_words().search(names) and not split_authors(names):
            names = None   # "Chief Reporter Jane Smith": a job and a name, read by _name_with_title
        titled = None if not s or len(s) > 80 else \
            (None if names else _name_with_title(s)) or (None if by else _name_comma_desk(s))
        if titled and not meta.authors and not _NOT_NAMES.search(titled):
            meta.authors = (titled,)
            used.append(i)
            byline_at = i
            bare_at = None if by else i
        elif names and (not meta.authors or ((by or beside_date) and bare_at is not None)) \
                and not _NOT_NAMES.search(names if by else s):
            if (by or beside_date) and bare_at is not None:
                used.remove(bare_at)   # "Bradford District" above the headline was a section, not a person
                bare_at = None
            elif not (by or beside_date):
                bare_at = i
            meta.authors = split_authors(names)
            used.append(i)
            byline_at = i
        elif not meta.authors and len(s) <= 80 and (names := _people_after_by(s)) \
                and (d is not None or re.match(r"by\b", s, re.I) or _SIGNED_BY.match(s)) \
                and not _NOT_NAMES.search(names):  # not a headline's "praised by ..."
            meta.authors = split_authors(names)
            used.append(i)
            byline_at = i
    if not meta.authors or bare_at is not None:
        # (a bare name line above the headline may be an edition's name, "Meridian East", when the story signs off)
        _sign_off(layout, meta, used, bare_at)
    if meta.authors and used:
        # the desk or publication line under a byline ("BBC News, Essex", "Local Democracy Reporting
        # Service") is the newsroom's, not the story's: its place is no subject of the article
        after = [i for i in header if i > used[-1]][:1]
        for i in after:
            s = layout.lines[i].text.strip()
            if i not in used and len(s.split()) <= 6 and not s.endswith(".") \
                    and (_job_words().search(s) or _NEWSROOM.search(s)):
                used.append(i)
    if meta.published is None:
        _dateline_in_text(layout, meta)
    if meta.published is None:
        _date_line_anywhere(layout, meta, used)
    content = [i for i, ln in enumerate(layout.lines) if ln.text.strip()]
    # the headline: the first line of the head that reads as one, past a masthead ("Eastern Daily Press"), a
    # line of sections ("News | Norwich | Sport") and a skip link; under a site's menu written out a line an
    # item, the first of four words or more in the few lines above the byline
    above = [i for i in header if byline_at is not None and i < byline_at]
    titled_lines = [i for i in above[-8:] if len(layout.lines[i].text.split()) >= 4] if len(above) > HEADER_LINES else []
    for i in titled_lines or header:
        if i in used or layout.furniture[i]:
            continue
        s = layout.lines[i].text.strip()
        words = s.split()
        # (a line of sections set apart by "|" or by runs of spaces: "News   Nottingham News   Sport")
        if s.count("|") >= 2 or len(re.findall(r"\S {2,}\S", s)) >= 2 or s.lower().startswith("skip to") or (
                # a menu written as words alone: "Home News Sport Weather iPlayer Sounds"
                words[0] in ("Home", "Menu") and all(w[:1].isupper() or w[:1] == "i" for w in words)) or (
                len(words) <= 4 and all(w[:1].isupper() or not w[:1].isalpha() or w in _MASTHEAD_GLUE for w in words)):
            continue
        if 15 <= len(s) <= 250 and not s.endswith(".") and i != content[-1]:
            meta.title = s
        break
    # a committee report's "Author: Dan Hale, Service Director - Children's Social Care" gives the writer's post
    # at the council: a line the people extractor still reads (not a reporter's "By Jo Bell, Chief Reporter")
    meta.header_lines = tuple(sorted(i for i in set(used) if not _an_officers_line(layout.lines[i].text)))
    return meta


_SIGN_OFF_BY = re.compile(r"^(?:report(?:ed)?|words|written)\s+by\s+", re.I)
_SIGN_OFF_LINES = 4
_ANALYSIS_BY = re.compile(r"^analysis\s+by\s+", re.I)


def _sign_off(layout: Layout, meta: Metadata, used: list[int], bare_at: int | None = None) -> None:
    """A byline signed off at the foot of the story, as broadcasters' pages do: "Report by Danny Okafor, ITV
    Granada Reports", "Kate Hollis, ITV Meridian" in the last few lines of its reporting; else, on a page that
    names no writer, the one who signs a box of analysis in it ("Analysis by Gemma Dillon - Political reporter,
    BBC Yorkshire")."""
    reporting = [i for i, ln in enumerate(layout.lines) if ln.text.strip() and not layout.furniture[i]]
    if not meta.authors:
        for i in reporting:
            s = layout.lines[i].text.strip()
            # (its desk after a spaced hyphen: "- Political reporter")
            names = _people_after_by(re.split(r"\s+-\s+", s)[0]) if len(s) <= 100 and _ANALYSIS_BY.match(s) else None
            if names and not _NOT_NAMES.search(names):
                meta.authors = split_authors(names)
                used.append(i)
                return
    for i in reversed(reporting[-_SIGN_OFF_LINES:]):
        s = layout.lines[i].text.strip()
        if len(s) > 80 or s[-1:] in ".!?\"”’":
            continue
        by = _SIGN_OFF_BY.match(s)   # (not a bare "By ...": at the foot, that is a teaser of another story's)
        names = _people_after_by(s) if by else None
        name = names or (_name_comma_desk(s) if _NEWSROOM.search(s.partition(",")[2]) else None)
        if name and not _NOT_NAMES.search(name):
            if bare_at is not None and bare_at in used:
                used.remove(bare_at)
            meta.authors = split_authors(name)
            used.append(i)
            return


def _over_a_desk(layout: Layout, header: list[int], i: int) -> bool:
    """The next line of the head is a newsroom's desk line ("BBC News, Merseyside")."""
    nxt = next((j for j in header if j > i), None)
    if nxt is None:
        return False
    s = layout.lines[nxt].text.strip()
    return len(s.split()) <= 6 and not s.endswith(".") and bool(re.match(r"(BBC|ITV)\b[^,]*,\s*\w", s))


# Small words a masthead's name may hold ("Achieving for Children", "Children and Young People Now").
_MASTHEAD_GLUE = {"for", "of", "and", "the", "in", "on", "&"}


# What may stand beside the date on a page's date line: a time, "Published", "Updated", "3 min read".
_DATE_LINE_REST = re.compile(r"^(?:(?:first |last )?(?:published|updated|posted|date)\b|\d{1,2}[:.]\d\d\s*(?:am|pm|bst|gmt)?"
                             r"|\d+ min(?:ute)?s? read|[|·•,:\-–—\s])*$", re.I)


@lru_cache(maxsize=1)
def _link_rail() -> re.Pattern:
    return re.compile(load_yaml("bylines.yaml")["link_rail_headings"], re.I)


def _date_line_anywhere(layout: Layout, meta: Metadata, used: list[int]) -> None:
    """A line that is the page's date and nothing else (with a time, "Published", "Updated", "3 min read"),
    wherever a scraped page put it: below a caption, after the comments ("Tuesday 19 November 2024 | 4 min
    read"). The first one is the article's."""
    rail = _link_rail()
    for i, line in enumerate(layout.lines):
        s = line.text.strip()
        if not s or len(s) > 80 or i in used:
            continue
        rest, d = _strip_date(s)
        if d is None:
            continue
        above = [ln.text.strip() for ln in layout.lines[max(0, i - 8):i] if ln.text.strip()][-4:]
        if any(rail.match(a) for a in above):
            continue  # a linked story's date, under "More on this story"
        if _DATE_LINE_REST.match(rest.split("|")[0].strip() if "updated" in rest.lower() else rest):
            meta.published = d
            used.append(i)   # the page's furniture, not the reporting
            return


def _dateline_in_text(layout: Layout, meta: Metadata) -> None:
    """A date the opening text states as the article's own: a dateline prefix on the first line, or
    "today (19/7/19)" in the first lines of reporting."""
    lines = [ln for ln, skip in zip(layout.lines, layout.furniture) if not skip and ln.text.strip()]
    if not lines:
        return
    first = lines[0]
    m = _DATE_PREFIX.match(first.text)
    if m and (d := parse_date(m.group(1), allow_year=False)) is not None and d.day:
        meta.published = d
        meta.header_spans += ((first.start, first.start + m.end()),)
        return
    for ln in lines[:3]:
        for t in _TODAY.finditer(ln.text):
            d = parse_date(t.group(1), allow_year=False)
            if d is not None and d.day:
                meta.published = d
                return
