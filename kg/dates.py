"""Dates as stated in text, kept at the precision the text gives (year, month or day).

Three readers: `parse_date` finds the first date written inside a sentence or a header line (regular
expressions for the forms news uses); `parse_published` reads a field whose whole value is a date (a
JSON record's `published`, a web page's date) with dateparser, whose DateDataParser reports the period
it read (day, month or year), so the date keeps the precision the field states: dateparser fills the
parts a text leaves out from today's date, and those parts are dropped. Relative dates ("yesterday")
are not read, so the same input gives the same date on any day. `url_date` reads the day a page's address
gives in its path ("/2024/10/11/", "/2013/oct/15/").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9

MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?:and|-|–)\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:\s+of)?\s+({MONTH})\.?,?\s+((?:19|20)\d\d)\b", re.I)
_MONTH_DAY_YEAR = re.compile(rf"\b({MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b", re.I)
_MONTH_YEAR = re.compile(rf"\b({MONTH})\.?,?\s+((?:19|20)\d\d)\b", re.I)
# ISO 8601, also with a time part ("2024-03-12T09:00:00Z": the date as stated, whatever the zone)
_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?=T\d|\b)")
# British day-month order: 12/03/2024, 12.03.24, and with dashes only with a four-digit year
# (12-03-2024), since "5-10-15" is more often a range than a date
_NUMERIC = re.compile(r"\b(\d{1,2})(?:[./](\d{1,2})[./](\d{2}|\d{4})|-(\d{1,2})-((?:19|20)\d\d))\b")
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


# News tells what happened in about the last half year; a date further back is background (a rating given
# then is no news of an inspection, a visit then is not the one reported).
NEWS_WINDOW = timedelta(days=183)


def long_before(stated: StatedDate | None, when: date | None) -> bool:
    """A stated date more than the news window before `when` (the article's date)."""
    return stated is not None and when is not None and when - stated.as_date() > NEWS_WINDOW


def recent(stated: StatedDate | None, when: date | None) -> bool:
    """A date to the month within the news window up to `when`."""
    return stated is not None and stated.month is not None and when is not None \
        and timedelta(0) <= when - stated.as_date() <= NEWS_WINDOW


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
            g = (g[0], g[1], g[2]) if g[1] is not None else (g[0], g[3], g[4])
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


_PUBLISHED_SETTINGS = {
    "DATE_ORDER": "DMY",                           # British day-month order for numeric dates
    "PARSERS": ["custom-formats", "absolute-time"],  # no relative dates, no Unix timestamps
    "REQUIRE_PARTS": ["year"],                     # "12 March" alone names no date of its own
    "RETURN_TIME_AS_PERIOD": True,
}
_PERIOD_PARTS = {"time": 3, "day": 3, "month": 2, "year": 1}


@lru_cache(maxsize=1)
def _date_data_parser():
    from dateparser.date import DateDataParser  # imported on first use: it takes a third of a second
    return DateDataParser(languages=["en"], settings=_PUBLISHED_SETTINGS)


def parse_published(value: str) -> StatedDate | None:
    """A metadata field whose whole value is a date ("2024-03-12T09:00:00Z", "12th of March 2024",
    "12-03-2024", "Tuesday 12 March 2024, 9am", "March 2024"), at the precision it states; else the
    first date written in it (parse_date), else None. Never raises."""
    value = " ".join(str(value).split())
    if not value:
        return None
    m = _ISO.match(value)
    if m and (len(value) == 10 or value[10] in "T "):
        return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    try:
        data = _date_data_parser().get_date_data(value)
    except Exception:  # dateparser on a malformed value: the value is unreadable, not the article
        data = None
    if data is not None and data.date_obj is not None and data.period in _PERIOD_PARTS:
        d, parts = data.date_obj, _PERIOD_PARTS[data.period]
        return StatedDate(d.year, d.month if parts >= 2 else None, d.day if parts >= 3 else None)
    return parse_date(value)


def is_year(token) -> bool:
    """A token that is a year of this or the last century ("2019", "1998")."""
    return token.like_num and len(token.text) == 4 and token.text[:2] in ("19", "20")


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


def undated_year(text: str, published: StatedDate | None) -> StatedDate | None:
    """A day and month alone ("22 July", a table's cell): the last such date up to the article's."""
    if published is None or published.month is None or years_in(text):
        return None
    this = parse_date(f"{text.strip()} {published.year}")
    if this is None or this.month is None:
        return None
    return parse_date(f"{text.strip()} {published.year - 1}") if this.as_date() > published.as_date() else this


# a dated path: /2024/10/11/ (WordPress and most news sites), /2013/oct/15/ (the Guardian), /2022/02/16/
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(\d\d|[a-z]{3})/(\d\d)(?:/|$)", re.I)
_URL_MONTH = re.compile(r"/((?:19|20)\d\d)/(\d\d|[a-z]{3})/(?=[a-z])", re.I)


def url_date(url: str | None, month_only: bool = False) -> StatedDate | None:
    """The day a page's address gives in its path, if any: the day it was published under that address. With
    `month_only`, also a month alone ("/news/2011/06/inspectors-praise-..."): no day of publication, but the time
    the page speaks from."""
    m = _URL_DATE.search(url or "") or (_URL_MONTH.search(url or "") if month_only else None)
    if not m:
        return None
    month = m.group(2).lower()
    month = int(month) if month.isdigit() else _MONTHS.get(month)
    day = int(m.group(3)) if m.re is _URL_DATE else None
    return _valid(int(m.group(1)), month, day) if month else None
