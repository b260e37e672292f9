"""Article metadata stated in the text's header: headline, byline author and publication date."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.boilerplate import Layout
from kg.dates import StatedDate, parse_date

HEADER_LINES = 7
_BODY_MIN_CHARS = 200
_NAME = r"[A-Z][a-zà-ÿ'’\-]+(?:[A-Z][a-zà-ÿ'’\-]+)?"
_BYLINE = re.compile(rf"^(?:(?:posted |written |words )?by\s+)?({_NAME}(?:\s+{_NAME}){{1,3}})$", re.I)
_NAME_ONLY = re.compile(rf"^{_NAME}(?:\s+{_NAME}){{1,3}}$")
# "Posted on 12 March 2024 by Jane Smith", "By Jane Smith, Senior Reporter"
_BY_ANYWHERE = re.compile(rf"(?:^|\s)(?i:by)\s+({_NAME}(?:\s+{_NAME}){{1,3}})(?=$|\s*[,|–—(]|\s+(?i:on|for|at|and)\b)")
# Words that make a short title-case line a section label rather than a person's name.
_NOT_NAMES = re.compile(r"\b(news|latest|public|sector|ofsted|council|children|services|breaking|"
                        r"update|report|inspection|social|care|home|jobs|community|live|now)\b", re.I)
_DATE_JUNK = re.compile(r"^[\s|,–—\-:]*(?:date|published|updated)?[\s|,–—\-:]*|[\s|,–—\-:]+(on|at)?[\s|,–—\-:]*$", re.I)
_WEEKDAY = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day,?\s*", re.I)


@dataclass
class Metadata:
    title: str | None = None
    author: str | None = None
    published: StatedDate | None = None
    header_lines: tuple[int, ...] = ()  # byline / dateline indices into layout.lines


def _strip_date(text: str) -> tuple[str, StatedDate | None]:
    d = parse_date(text, allow_year=False)
    if d is None or d.day is None:
        return text, None
    from kg.dates import _DAY_MONTH_YEAR, _ISO, _MONTH_DAY_YEAR, _NUMERIC
    for rx in (_ISO, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _NUMERIC):
        text = rx.sub(" ", text)
    text = _WEEKDAY.sub(" ", text)
    return _DATE_JUNK.sub("", " ".join(text.split())), d


def read_metadata(layout: Layout) -> Metadata:
    meta = Metadata()
    header: list[int] = []
    for i, line in enumerate(layout.lines):
        s = line.text.strip()
        if not s:
            continue
        if len(s) >= _BODY_MIN_CHARS or len(header) >= HEADER_LINES:
            break
        header.append(i)
    used = []
    for i in header:
        s = layout.lines[i].text.strip()
        rest, d = _strip_date(s)
        if d is not None and meta.published is None and len(s) <= 80:
            meta.published = d
            used.append(i)
            s = rest.split("Photo:")[0].strip()
        m = _BYLINE.match(s) if s else None
        if m and meta.author is None and not _NOT_NAMES.search(s) and (
                re.match(r"(posted |written |words )?by ", s, re.I) or _NAME_ONLY.match(s)):
            meta.author = m.group(1)
            used.append(i)
        elif meta.author is None and len(s) <= 80 and (m := _BY_ANYWHERE.search(s)) \
                and (d is not None or re.match(r"(posted|written|words)?\s*by\b", s, re.I)) \
                and not _NOT_NAMES.search(m.group(1)):  # not a headline's "praised by ..."
            meta.author = m.group(1)
            used.append(i)
    content = [i for i, ln in enumerate(layout.lines) if ln.text.strip()]
    for i in header:
        if i in used or layout.furniture[i]:
            continue
        s = layout.lines[i].text.strip()
        if 15 <= len(s) <= 250 and not s.endswith(".") and i != content[-1]:
            meta.title = s
        break
    meta.header_lines = tuple(sorted(set(used)))
    return meta
