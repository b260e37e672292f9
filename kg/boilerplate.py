"""Tell reporting from page furniture (job adverts, sign-up boxes, captions, 'More from' rails, comments,
and a web page whose main text is a consent dialog or a menu).

Rules are data (kg/data/boilerplate.yaml); this module applies them line by line and masks furniture
with spaces so that character offsets into the article stay valid.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache


from kg.reference import load_yaml


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str


@dataclass
class Layout:
    lines: list[Line]
    furniture: list[bool]
    furniture_spans: list[tuple[int, int]] = field(default_factory=list)  # parts of lines (a dateline prefix)

    def masked(self, text: str) -> str:
        """The article text with furniture lines and spans blanked (same length, same offsets)."""
        chars = list(text)
        for line, skip in zip(self.lines, self.furniture):
            if skip:
                chars[line.start:line.end] = " " * (line.end - line.start)
        for start, end in self.furniture_spans:
            chars[start:end] = " " * (end - start)
        return "".join(chars)

    def reporting_lines(self) -> list[Line]:
        return [ln for ln, skip in zip(self.lines, self.furniture) if not skip and ln.text.strip()]


@lru_cache(maxsize=1)
def _rules():
    raw = load_yaml("boilerplate.yaml")
    comp = lambda pats: [re.compile(p, re.I) for p in pats]  # noqa: E731
    ja = raw["job_advert"]
    return {
        "end": comp(raw["end_markers"]),
        "lines": comp(raw["lines"]),
        "pay": comp(ja["pay_line"]),
        "before": int(ja["lines_before"]),
        "after": int(ja["lines_after"]),
        "comment": comp(raw["comment_cues"]),
        "comment_heading": comp(raw["comment_headings"]),
        "comment_line": comp(raw["comment_lines"]),
        "min_reporting": int(raw["min_reporting_before_end"]),
        "page": raw["web_pages"],
        "consent": comp(raw["web_pages"]["consent_cues"]),
        "paragraph": comp(raw["paragraph_cues"]),
        "menu": re.compile(raw["menu_line"], re.I),
    }


# A line that quotes someone is reporting, whatever words of opinion the quote holds.
_QUOTING = re.compile(r"[“”\"‘]|(?:^|\s)'|\b(said|says|added|told|explained|commented)\b", re.I)
_SENTENCE = re.compile(r"[.!?…](?:[\"'”’)]*)(?:\s|$)")


def consent_xpath() -> str:
    """XPath of the elements of a web page that are a consent dialog (kg/data/boilerplate.yaml)."""
    return " ".join(_rules()["page"]["consent_xpath"].split())


def page_furniture(paragraphs: list[str]) -> str | None:
    """Why the main text extracted from a web page is furniture rather than an article, or None:
    'a cookie-consent notice' when most of its words are in paragraphs with consent cues, 'only
    headings and links' when no paragraph has a sentence of min_sentence_words words."""
    rules = _rules()
    words = [len(p.split()) for p in paragraphs]
    consent = sum(n for p, n in zip(paragraphs, words) if any(rx.search(p) for rx in rules["consent"]))
    if words and consent * 2 > sum(words):
        return "a cookie-consent notice"
    min_words = int(rules["page"]["min_sentence_words"])
    for p in paragraphs:
        if any(len(s.split()) >= min_words for s in _sentences(p)):
            return None
    return "only headings and links"


def _sentences(paragraph: str) -> list[str]:
    """The parts of a paragraph that end in sentence-final punctuation."""
    out, start = [], 0
    for m in _SENTENCE.finditer(paragraph):
        out.append(paragraph[start:m.end()])
        start = m.end()
    return out


def split_lines(text: str) -> list[Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append(Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


def _norm(s: str) -> str:
    return " ".join(s.split()).lower()


def _is_sentence(s: str) -> bool:
    return s[-1:] in ".!?\"”’'" and len(s.split()) >= 5


_LINKS_MAX = 8        # lines of links a rail in the middle of a story holds
_STORY_GOES_ON = 2    # sentences of reporting after it, for the story to go on


def _rail_in_the_middle(lines: list[Line], content: list[int], pos: int) -> list[int] | None:
    """The lines of a box of links in the middle of a story ("RELATED NEWS:", "Comments", then a few
    headlines), when the story's paragraphs go on after it; None when the marker ends the reporting."""
    rail = [content[pos]]
    k = pos + 1
    while k < len(content) and len(rail) <= _LINKS_MAX and not _is_sentence(lines[content[k]].text.strip()):
        rail.append(content[k])
        k += 1
    following = [lines[i].text.strip() for i in content[k:k + 4]]
    heading = is_any(_rules()["comment_heading"], lines[content[pos]].text.strip())
    if heading and (len(rail) == 1 or any(is_any(_rules()["comment_line"], lines[i].text.strip())
                                          for i in rail[1:] + content[k:k + 2])):
        return None  # "Comments", then prose or a thread's lines: readers' comments
    if any(is_any(_rules()["comment_heading"], lines[i].text.strip()) for i in rail[1:]):
        return None  # "Most read", a few headlines, then "Comments (3)": the prose after it is readers'
    if sum(_is_sentence(t) and len(t.split()) >= 10 for t in following) < _STORY_GOES_ON:
        return None
    if any(is_any(_rules()["end"], t) for t in following[:1]):
        return None  # "Related articles", a few headlines, then '2 Responses to "..."': the page's tail goes on
    if any(is_any(_rules()["comment"], t) or is_any(_rules()["comment_line"], t) for t in following):
        return None  # readers' comments after a "Comments" heading, or a thread's "Graham T says:"
    return rail


def is_menu_line(s: str) -> bool:
    """A line shaped like a site's navigation menu ("England | Local News | Regions | Coventry & Warwickshire")."""
    return bool(_rules()["menu"].match(s.strip()))


def is_any(pats, s: str) -> bool:
    return any(p.search(s) for p in pats)


def layout(text: str) -> Layout:
    rules = _rules()
    lines = split_lines(text)
    n = len(lines)
    furniture = [False] * n
    content = [i for i, ln in enumerate(lines) if ln.text.strip()]

    # 1. End markers: the rest of the page is furniture, once some reporting has come before them
    # ("Share this article" under a byline is a line of furniture, not the end of the story).
    cut = n
    reported = 0
    for pos, i in enumerate(content):
        s = lines[i].text.strip()
        if is_any(rules["end"], s):
            if reported >= rules["min_reporting"]:
                rail = _rail_in_the_middle(lines, content, pos)
                if rail is None:
                    cut = i
                    break
                for j in rail:  # "RELATED NEWS:" and its links between two paragraphs: the story goes on
                    furniture[j] = True
                continue
            furniture[i] = True
            continue
        if _is_sentence(s):
            reported += 1  # a sentence of reporting (headlines, bylines and datelines have no full stop)
    # 2. Paragraphs repeated verbatim: a run of repeated long paragraphs means the page has moved on
    # to pull quotes and a comment thread; a repeated short line (caption) is furniture on its own.
    seen: set[str] = set()
    for i in content:
        if i >= cut:
            break
        key = _norm(lines[i].text)
        if is_any(rules["lines"], lines[i].text.strip()):
            continue  # a caption printed twice ("... Picture: Lambeth Council") is furniture, not pull quotes
        if key in seen:
            furniture[i] = True
            if len(key) >= 100 and _is_sentence(lines[i].text.strip()):
                # (a long headline repeated under the page's title is a headline, not a pull quote)
                cut = min(cut, i)
                break
        seen.add(key)
    for i in range(cut, n):
        furniture[i] = True
    # 3. Furniture lines wherever they stand, and job adverts around pay lines.
    content_before_cut = [i for i in content if i < cut]
    for pos, i in enumerate(content_before_cut):
        s = lines[i].text.strip()
        if is_any(rules["lines"], s) or (rules["menu"].match(s) and not any(
                "|" in lines[j].text for j in content_before_cut[max(0, pos - 1):pos + 2] if j != i)):
            furniture[i] = True
        if len(s) < 120 and is_any(rules["pay"], s):
            # an advert inside a story takes its neighbours with it; a pay line under the headline of a
            # job page is the page's own (its text is the employer's)
            prose_before = any(lines[j].text.strip()[-1:] in ".!?" for j in content_before_cut[:pos])
            lo = max(0, pos - rules["before"]) if prose_before else pos
            hi = min(len(content_before_cut), pos + rules["after"] + 1) if prose_before else pos + 1
            # (not the story's own paragraphs around the advert: 'Council chief executive X said: "..."')
            while lo < pos and any(_reporting_prose(lines[j].text.strip()) for j in content_before_cut[lo:pos]):
                lo += 1
            while hi > pos + 1 and any(_reporting_prose(lines[j].text.strip()) for j in content_before_cut[pos + 1:hi]):
                hi -= 1
            for j in content_before_cut[lo:hi]:
                furniture[j] = True
    # A teaser card repeats its image's alt text as a headline, then a standfirst: all furniture.
    for pos, i in enumerate(content_before_cut[:-1]):
        s = lines[i].text.strip()
        nxt = content_before_cut[pos + 1]
        if s.lower().endswith(" image") and _norm(lines[nxt].text) == _norm(s[:-len(" image")]):
            for j in content_before_cut[pos + 1:pos + 3]:
                furniture[j] = True
    # A correction note, an embedded social-media post: the whole paragraph is not the article's reporting.
    for i in content_before_cut:
        if is_any(rules["paragraph"], lines[i].text.strip()):
            lo = i
            while lo > 0 and lines[lo - 1].text.strip():
                lo -= 1
            hi = i
            while hi + 1 < n and lines[hi + 1].text.strip():
                hi += 1
            for j in range(lo, hi + 1):
                furniture[j] = True
    # 4. Reader comments without a heading, after some reporting: not on a page whose author writes as
    # "I" before it (a councillor's blog, an MP's letter), where first-person opinion is the page's own.
    reported = 0
    for i in content_before_cut:
        s = lines[i].text.strip()
        if is_any(rules["comment"], s) and not _QUOTING.search(s) and reported >= _REPORTING_BEFORE_COMMENTS:
            for j in range(i, n):
                furniture[j] = True
            break
        if _FIRST_PERSON.search(s) and not _QUOTING.search(s):
            break
        reported += s[-1:] in ".!?\"”’'"  # a line of prose (not a headline, byline or dateline)
    return Layout(lines, furniture)


def _reporting_prose(s: str) -> bool:
    """A line of the story's own prose: a long sentence, or one that quotes someone."""
    return s[-1:] in ".!?\"”’'" and (len(s) >= 100 or bool(_QUOTING.search(s)) and len(s) >= 40)


_REPORTING_BEFORE_COMMENTS = 1
_FIRST_PERSON = re.compile(r"\b(I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll)\b")
