"""Tables in an article: rows of cells between bars, "| Sunderland City Council | Good | February 2024 |",
the form a text article writes a table in and the one an HTML <table> takes when a page is read
(kg.articles). A table is data, not sentences: its rows are found here (part of the article frame), kept
from the extractors that read sentences, and read cell by cell where a table's columns say what they
hold (kg.extract.judgements: a ratings table).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.linking import Sentence
from kg.pipeline import TAB_CELLS

_SEPARATOR = re.compile(r"^[\s|:+\-=]+$")   # "|---|:---:|": the line under a header


@dataclass
class Cell:
    text: str
    start: int      # character offsets in the Doc's text
    end: int


@dataclass
class Row:
    sentence: Sentence
    cells: list[Cell]


@dataclass
class Table:
    header: list[str]                       # the first row's cells, lowercased
    rows: list[Row] = field(default_factory=list)


def _cells(s: Sentence, bare: bool = False) -> list[Cell] | None:
    """The row's cells: between bars, or (`bare`) split at bars with none at the ends ("Hartlepool |
    Outstanding | May 2024", the way a page's table often comes out as text) or at tabs (a table copied
    from a page: "Barnet<tab>1 July<tab>Good")."""
    text = s.text.rstrip()
    if bare and "|" not in text and TAB_CELLS.search(text):
        return _tab_cells(s, text)
    lead = len(text) - len(text.lstrip())
    body = text.strip()
    if bare and "|" in body and body[0] != "|" and body[-1] != "|":
        body, lead = f"|{body}|", lead - 1
    if len(body) < 3 or body[0] != "|" or body[-1] != "|":
        return None
    out, start = [], s.span.start_char + lead + 1
    for part in body[1:-1].split("|"):
        stripped = part.strip()
        at = start + len(part) - len(part.lstrip())
        out.append(Cell(stripped, at, at + len(stripped)))
        start += len(part) + 1
    return out if len(out) >= 2 else None


def _tab_cells(s: Sentence, text: str) -> list[Cell] | None:
    out = [Cell(m.group().strip(), s.span.start_char + m.start() + len(m.group()) - len(m.group().lstrip()),
                s.span.start_char + m.start() + len(m.group().rstrip()))
           for m in re.finditer(r"[^\t]+", text) if m.group().strip()]
    return out if len(out) >= 2 else None


def find_tables(sentences: list[Sentence]) -> list[Table]:
    """The article's tables: runs of consecutive rows of two cells or more, the first row the header (a
    separator line under it skipped). Their sentences are marked `in_table`."""
    tables: list[Table] = []
    current: Table | None = None
    rows = [_cells(s) for s in sentences]
    # rows without bars at their ends make a table only three or more in a run with as many cells (a header
    # and two rows): a navigation line ("News | Sport | Jobs") stands alone
    bare = [None if c is not None else _cells(s, bare=True) for s, c in zip(sentences, rows)]
    k = 0
    while k < len(sentences):
        j = k
        while j < len(sentences) and bare[j] is not None and len(bare[j]) == len(bare[k] or ()):
            j += 1
        if j - k >= 3:
            rows[k:j] = bare[k:j]
        k = max(j, k + 1)
    for s, cells in zip(sentences, rows):
        if cells is None:
            current = None
            continue
        s.in_table = True
        if _SEPARATOR.match(s.text):
            continue
        if current is None or len(cells) != len(current.header):
            current = Table([c.text.lower() for c in cells])
            tables.append(current)
        else:
            current.rows.append(Row(s, cells))
    return [t for t in tables if t.rows]
