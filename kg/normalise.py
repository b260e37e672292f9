"""Text before NLP: invisible and look-alike characters folded, hard-wrapped lines joined, with a map
back to the article's own text so that evidence offsets still point into what the article says.

What is folded (whole Unicode classes, not a list of the characters seen so far):

- deleted: format characters (general category Cf: soft hyphen U+00AD, zero-width space/non-joiner/
  joiner U+200B-U+200D, word joiner U+2060, U+FEFF, directional marks and isolates, ...) except the
  visible prepended concatenation marks (U+0600-U+0605, ...), and the other default-ignorable code
  points of Unicode's DerivedCoreProperties.txt (combining grapheme joiner U+034F, variation
  selectors U+FE00-U+FE0F and U+E0100-U+E01EF, Hangul fillers, ...);
- to a space: every space separator (category Zs: no-break space U+00A0, narrow no-break space
  U+202F, figure space U+2007, thin and hair spaces, ideographic space, ...); line and paragraph
  separators (Zl, Zp) to a line break;
- to a hyphen-minus: the hyphen look-alikes (U+2010 hyphen, U+2011 non-breaking hyphen, U+2012 figure
  dash, U+2043 hyphen bullet, U+2212 minus, U+FE63, U+FF0D, U+02D7), and any other dash (category Pd:
  en dash, em dash, ...) standing between two letters or digits, as in "Stoke–on–Trent"; a dash
  between spaces is punctuation and stays;
- to ASCII: fullwidth forms (U+FF01-U+FF5E) and the Latin ligatures (U+FB00-U+FB06: "ﬁndings").

Hard-wrapped text (e-mail, PDF and news-database exports) has a line break every 60-80 columns,
inside sentences and headlines. A text counts as hard-wrapped when most of its lines that run on
into another line are about as long as its longest lines (the wrap width, WRAP_MIN-WRAP_MAX columns)
and at least two line breaks fall inside a sentence (a line ending in a word or comma, the next
starting in lower case), or one in a text of only two or three lines. In such a text a single line break is a space unless the next line starts a
list item or the line is short enough that the next word would have fitted on it (a headline, a
byline, the end of a paragraph). Blank lines (paragraph breaks) always stay.
"""
from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache

# Default_Ignorable_Code_Point (Unicode 15.1 DerivedCoreProperties.txt) outside category Cf.
_IGNORABLE_RANGES = ((0x034F, 0x034F), (0x115F, 0x1160), (0x17B4, 0x17B5), (0x180B, 0x180D),
                     (0x180F, 0x180F), (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFFA0, 0xFFA0),
                     (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3), (0xE0000, 0xE0FFF))
# Prepended_Concatenation_Mark (PropList.txt): category Cf, but visible signs, so kept.
_VISIBLE_FORMAT = frozenset([*range(0x0600, 0x0606), 0x06DD, 0x070F, 0x0890, 0x0891, 0x08E2, 0x110BD, 0x110CD])
_HYPHENS = frozenset("\u2010\u2011\u2012\u2043\u2212\ufe63\uff0d\u02d7")

WRAP_MIN, WRAP_MAX = 30, 100   # columns a hard-wrapped text is wrapped at
_FULL = 0.75                   # a line at least this share of the wrap width was wrapped, not ended
_LIST_ITEM = re.compile(r"\s*(?:[-*•·▪–—]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s")
_SENTENCE_END = tuple(".!?:;\"”’'…)")


@lru_cache(maxsize=4096)
def _fold(ch: str) -> str | None:
    """What one character becomes for matching: itself (None), '' (deleted) or its replacement."""
    cp = ord(ch)
    cat = unicodedata.category(ch)
    if (cat == "Cf" and cp not in _VISIBLE_FORMAT) or any(lo <= cp <= hi for lo, hi in _IGNORABLE_RANGES):
        return ""
    if cat == "Zs":
        return None if ch == " " else " "
    if cat in ("Zl", "Zp"):
        return "\n"
    if ch in _HYPHENS:
        return "-"
    if 0xFF01 <= cp <= 0xFF5E:
        return chr(cp - 0xFEE0)
    if 0xFB00 <= cp <= 0xFB06:
        return unicodedata.normalize("NFKC", ch)
    return None


@dataclass(frozen=True)
class NormalisedText:
    """`text` for the pipeline; `to_original[i]` is the index in the article's text of text[i]
    (None when no character was deleted or expanded: the same index)."""
    text: str
    to_original: array | None = None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """[start, end) in `text` as offsets into the article's own text, covering the same characters
        (an empty span maps to an empty span)."""
        if self.to_original is None:
            return start, end
        if end <= start:
            k = self.to_original[start] if start < len(self.text) else self._end()
            return k, k
        return self.to_original[start], self.to_original[end - 1] + 1

    def _end(self) -> int:
        return self.to_original[-1] + 1 if len(self.to_original) else 0


def fold_characters(text: str) -> NormalisedText:
    """Invisible and look-alike characters folded (see the module docstring), with the offset map."""
    if text.isascii():
        return NormalisedText(text)
    out: list[str] = []
    index = array("q")
    changed_length = False
    n = len(text)
    for i, ch in enumerate(text):
        if ch.isascii():
            out.append(ch)
            index.append(i)
            continue
        rep = _fold(ch)
        if rep is None and unicodedata.category(ch) == "Pd" and _between_word_characters(text, i, n):
            rep = "-"
        if rep is None:
            out.append(ch)
            index.append(i)
            continue
        if len(rep) != 1:
            changed_length = True
        for r in rep:
            out.append(r)
            index.append(i)
    folded = "".join(out)
    return NormalisedText(folded, index if changed_length else None)


def _between_word_characters(text: str, i: int, n: int) -> bool:
    return 0 < i < n - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()


def _is_wrapped(lines: list[str]) -> int | None:
    """The wrap width of a hard-wrapped text, or None when its line breaks are its own."""
    lengths = sorted(len(ln.rstrip()) for ln in lines if len(ln.strip()) >= 20)
    if len(lengths) < 3:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]  # the 90th percentile: a long URL is not the width
    if not WRAP_MIN <= width <= WRAP_MAX:
        return None
    runs_on = [(a.rstrip(), b.lstrip()) for a, b in zip(lines, lines[1:]) if a.strip() and b.strip()]
    if not runs_on:
        return None
    full = sum(len(a) >= _FULL * width for a, _ in runs_on)
    inside_sentence = sum(a[-1:].isalnum() or a.endswith(",") for a, b in runs_on if b[:1].islower())
    # two breaks inside sentences, or one in a text that has only two or three lines
    return width if full >= 0.6 * len(runs_on) and inside_sentence >= min(2, len(runs_on) - 1) > 0 else None


def unwrap(text: str) -> str:
    """`text` with the line breaks of hard wrapping made spaces (same length, same offsets)."""
    lines = text.split("\n")
    width = _is_wrapped(lines)
    if width is None:
        return text
    out = []
    for a, b in zip(lines, lines[1:]):
        out.append(a)
        a_, b_ = a.rstrip(), b.lstrip()
        joins = bool(a_.strip() and b_) and not _LIST_ITEM.match(b) and (
            len(a_) + 1 + len(b_.split()[0]) > 0.9 * width
            or (b_[:1].islower() and not a_.endswith(_SENTENCE_END)))
        out.append(" " if joins else "\n")
    out.append(lines[-1])
    return "".join(out)


def normalise(text: str) -> NormalisedText:
    """The text the pipeline reads: characters folded, then hard wrapping undone."""
    folded = fold_characters(text)
    return NormalisedText(unwrap(folded.text), folded.to_original)
