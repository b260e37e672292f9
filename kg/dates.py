"""Dates as stated in text, kept at the precision the text gives (year, month or day); dateparser is not
used because it fills the parts a text leaves out from today's date."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9

MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?:and|-|–)\s+\d{{1,2}}(?:st|nd|rd|th)?)?\s+({MONTH})\.?,?\s+((?:19|20)\d\d)\b", re.I)
_MONTH_DAY_YEAR = re.compile(rf"\b({MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b", re.I)
_MONTH_YEAR = re.compile(rf"\b({MONTH})\.?,?\s+((?:19|20)\d\d)\b", re.I)
_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
_NUMERIC = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})\b")
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


@dataclass(frozen=True, order=True)
class StatedDate:
    year: int
    month: int | None = None
    day: int | None = None

    def as_date(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def iso(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


def _valid(y, m, d) -> StatedDate | None:
    try:
        date(y, m or 1, d or 1)
    except ValueError:
        return None
    return StatedDate(y, m, d)


def parse_date(text: str, allow_year: bool = True) -> StatedDate | None:
    """The first date stated in `text`, British day-month order for numeric forms."""
    for rx, order in ((_ISO, "ymd"), (_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy"),
                      (_NUMERIC, "dmy-num"), (_MONTH_YEAR, "my")):
        m = rx.search(text)
        if not m:
            continue
        g = m.groups()
        if order == "ymd":
            return _valid(int(g[0]), int(g[1]), int(g[2]))
        if order == "dmy":
            return _valid(int(g[2]), _MONTHS[g[1].lower().rstrip(".")], int(g[0]))
        if order == "mdy":
            return _valid(int(g[2]), _MONTHS[g[0].lower().rstrip(".")], int(g[1]))
        if order == "dmy-num":
            y = int(g[2])
            y = y + 2000 if y < 100 else y
            return _valid(y, int(g[1]), int(g[0]))
        if order == "my":
            return _valid(int(g[1]), _MONTHS[g[0].lower().rstrip(".")], None)
    if allow_year:
        m = _YEAR.search(text)
        if m:
            return StatedDate(int(m.group(1)))
    return None


def years_in(text: str) -> list[int]:
    return [int(y) for y in _YEAR.findall(text)]


_BARE_MONTH = re.compile(rf"\b(?:in|on|during|last|this|from)\s+(?:early |late |mid-?)?({MONTH})\b(?!\.?,?\s+(?:19|20)\d\d)", re.I)


def month_before(text: str, published: StatedDate | None) -> StatedDate | None:
    """'in April' in an article published on a stated day: the last April up to that day."""
    m = _BARE_MONTH.search(text)
    if not m or published is None or published.month is None:
        return None
    month = _MONTHS[m.group(1).lower().rstrip(".")]
    year = published.year if month <= published.month else published.year - 1
    return StatedDate(year, month)
