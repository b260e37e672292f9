"""Reading articles: .txt, .html/.htm, .json/.jsonl files, folders of them and standard input, into
Article records, with one-line problems for bad input. Everything streams: one article at a time."""
from __future__ import annotations

import codecs
import hashlib
import html
import io
import json
import math
import os
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import IO, Iterable, Iterator, Protocol, Sequence

from kg.boilerplate import consent_xpath, page_furniture
from kg.dates import StatedDate, parse_published
from kg.extract.metadata import split_authors
from kg.normalise import fold_characters

MAX_BYTES = 20 * 1024 * 1024  # larger than any news article by two orders of magnitude
TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".json", ".jsonl"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
MIN_DUPLICATE_CHARS = 40  # shorter texts are never treated as duplicates of each other
STDIN = "-"  # as a path: read standard input
STDIN_SOURCE = "<stdin>"
RECORD_FIELDS = ("id", "url", "title", "published", "author", "text")
# A file modified this close to being read may be modified again within the same timestamp tick, its
# modification time unmoved (git's "racy" files): it is not remembered as read (FileMemory).
RACY_NS = 2_000_000_000


@dataclass
class Article:
    id: str
    text: str
    source: str
    title: str | None = None
    authors: tuple[str, ...] = ()   # each person named as an author
    published: StatedDate | None = None
    url: str | None = None

    @cached_property
    def content_hash(self) -> str:
        """sha256 (hex) of what extraction reads of the article: id, text, title, authors, date and URL."""
        published = self.published.iso() if self.published else None
        data = json.dumps([self.id, self.text, self.title, list(self.authors), published, self.url],
                          ensure_ascii=False)
        return hashlib.sha256(data.encode("utf-8", errors="surrogatepass")).hexdigest()


@dataclass(frozen=True)
class KnownArticle:
    """An article of an input file that has not changed since an earlier build read it (FileMemory.known):
    what read_articles needs of it to find duplicates, without reading the file again."""
    id: str
    source: str
    url: str | None
    fingerprint: str | None    # text_fingerprint(text).hex(), None for a short text
    content_hash: str          # Article.content_hash


class FileMemory(Protocol):
    """What a build remembers of the input files it has read (kg.build.InputMemory)."""

    def known(self, path: Path, stat: os.stat_result) -> Sequence[KnownArticle] | None:
        """The articles the file gave when it was last read, if it has not changed since; else None."""

    def remember(self, path: Path, stat: os.stat_result, articles: list[KnownArticle]) -> None:
        """Record the articles a file gave, every one of them kept, with no problem."""


@dataclass(frozen=True)
class Problem:
    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass
class Problems:
    items: list[Problem] = field(default_factory=list)

    def add(self, source, reason: str):
        self.items.append(Problem(str(source), reason))

    def __bool__(self):
        return bool(self.items)


def decode(data: bytes) -> str:
    """Decode article bytes: BOMs first, then UTF-8, then the best guess; never raises."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes
    best = from_bytes(data).best()
    if best is not None and best.encoding:
        return str(best)
    return data.decode("cp1252", errors="replace")


# Unicode's control characters (category Cc) but tab and newline, surrogates (Cs), U+FFFE and U+FFFF
_UNCARRIABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """Normalise newlines and drop control characters that XML and RDF cannot carry."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    return _UNCARRIABLE.sub("", text)


def looks_binary(data: bytes) -> bool:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    head = data[:4096]
    return b"\x00" in head


def _read_bytes(path: Path, problems: Problems) -> bytes | None:
    """The bytes of a whole-file article, or None (with a problem) if too large, unreadable or binary."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            problems.add(path, f"skipped: {size / 1e6:.0f} MB is larger than the {MAX_BYTES // 2**20} MB limit")
            return None
        data = path.read_bytes()
    except OSError as exc:
        problems.add(path, f"cannot be read: {exc.strerror or exc}")
        return None
    if looks_binary(data):
        problems.add(path, "skipped: binary file, not text")
        return None
    return data


def _text_article(data: bytes, article_id: str, source: str, problems: Problems) -> Article | None:
    text = clean_text(decode(data))
    if not text.strip():
        problems.add(source, "skipped: no text")
        return None
    return Article(id=article_id, text=text, source=source)


def read_text_file(path: Path, problems: Problems, base: str | None = None) -> Article | None:
    data = _read_bytes(path, problems)
    if data is None:
        return None
    return _text_article(data, base or path.stem, str(path), problems)


# --- HTML -----------------------------------------------------------------------------------------

def _day_date(value) -> StatedDate | None:
    """A date stated to the day, else None (a bare year or month is not a publication date)."""
    if not isinstance(value, str) or not value.strip():
        return None
    d = parse_published(value)
    return d if d is not None and d.day else None


def _clean_field(value) -> str | None:
    if value is None or isinstance(value, (dict, list, bool)) or (isinstance(value, float) and not math.isfinite(value)):
        return None  # pandas writes a missing value as NaN
    value = " ".join(clean_text(str(value)).split())
    return value or None


def _authors(value) -> tuple[str, ...]:
    """The people of an author field (a string or a list), each cleaned like any other field and with
    invisible and look-alike characters folded (kg.normalise), as names read from a text's byline are."""
    names = (_clean_field(fold_characters(a).text) for a in split_authors(value))
    return tuple(dict.fromkeys(n for n in names if n))


def _extract_page(html: str, **options):
    """trafilatura's main text and metadata of a page; precision first (it leaves out more furniture),
    with trafilatura's own fallback extractors (readability, jusText) when its own finds little. Tables
    in the story are kept, a row a line between bars ("| Sunderland | Good |": kg.extract.tables)."""
    import trafilatura
    return trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=True,
                                       include_images=False, favor_precision=True, **options)


def _paragraphs(doc) -> list[str]:
    body = getattr(doc, "text", None) if doc is not None else None
    return [ln.strip() for ln in clean_text(body or "").split("\n") if ln.strip()]


def read_html_file(path: Path, problems: Problems, base: str | None = None) -> Article | None:
    """Main text, title, authors, date and URL of a saved web page, by trafilatura (favor_precision).

    A page whose main text is still furniture (kg.boilerplate.page_furniture: a cookie-consent dialog,
    a menu) is extracted once more without its consent dialogs, and skipped with
    'no article text found (...)' if that does not find an article either."""
    data = _read_bytes(path, problems)
    if data is None:
        return None
    html = clean_text(decode(data))
    if not html.strip():
        problems.add(path, "skipped: no article text found")
        return None
    try:
        doc = _extract_page(html)
        paragraphs = _paragraphs(doc)
        furniture = page_furniture(paragraphs) if paragraphs else None
        if furniture == "a cookie-consent notice":
            pruned = _extract_page(html, prune_xpath=consent_xpath())
            if _paragraphs(pruned):  # else the consent notice was all the page had
                doc, paragraphs = pruned, _paragraphs(pruned)
                furniture = page_furniture(paragraphs)
    except ImportError as exc:
        problems.add(path, f"skipped: HTML needs trafilatura ({exc}); pip install trafilatura lxml_html_clean")
        return None
    except Exception as exc:  # a malformed page must cost only itself
        problems.add(path, f"skipped: HTML could not be read ({type(exc).__name__}: {exc})")
        return None
    body = _json_ld_body(html)
    paywalled = bool(paragraphs) and _paywalled(html, paragraphs)
    shown = [p for p in paragraphs if not _PAYWALL.search(p)]
    if body is not None and (not paragraphs or furniture or _longer(body, paragraphs)
                             or (paywalled and len(body.split()) > sum(len(p.split()) for p in shown))):
        # a paywalled page: its teaser and subscribe prompt on show, the whole story in its JSON-LD
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n|\n", body) if p.strip()]
        furniture = None
    elif paragraphs and not furniture and paywalled:
        problems.add(path, "the page gave only a teaser (a paywall) and no articleBody; what it shows was read")
    if not paragraphs:
        problems.add(path, "skipped: no article text found")
        return None
    if furniture:
        problems.add(path, f"skipped: no article text found (the main text is {furniture})")
        return None
    return Article(id=base or path.stem, text="\n\n".join(paragraphs) + "\n", source=str(path),
                   title=_clean_field(doc.title), authors=_authors(doc.author),
                   published=_day_date(doc.date), url=_clean_field(doc.url))


_JSON_LD = re.compile(r"<script[^>]*type=[\"']application/ld\+json[\"'][^>]*>(.*?)</script>", re.I | re.S)
_ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "Report"}
_PAYWALL = re.compile(r"\b(subscribe|subscribers?|subscription|sign in to (continue|read)|register (now )?to "
                      r"(continue|read)|log in to (continue|read)|premium content)\b", re.I)


def _json_ld_body(html: str) -> str | None:
    """The articleBody of a page's JSON-LD article (NewsArticle, Article, ...), if it gives one."""
    for block in _JSON_LD.findall(html):
        try:
            data = json.loads(block.strip(), parse_constant=_missing)
        except ValueError:
            continue
        stack = [data]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, dict):
                kinds = node.get("@type")
                kinds = set(kinds) if isinstance(kinds, list) else {kinds}
                body = node.get("articleBody")
                if kinds & _ARTICLE_TYPES and isinstance(body, str) and body.strip():
                    return clean_text(_from_html(body) if _MARKUP.search(body) else body)
                stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
    return None


def _longer(body: str, paragraphs: list[str]) -> bool:
    """The JSON-LD body says more than the page shows (a teaser): half again as many words."""
    return len(body.split()) > 1.5 * sum(len(p.split()) for p in paragraphs)


def _paywalled(html: str, paragraphs: list[str]) -> bool:
    return bool(re.search(r"isAccessibleForFree[\"']?\s*:\s*[\"']?false", html, re.I)) or \
        bool(paragraphs and _PAYWALL.search(paragraphs[-1]))


# --- JSON records ---------------------------------------------------------------------------------

def _record_article(obj, stem: str, line: int, source: str, problems: Problems) -> Article | None:
    """One JSON record as an Article; `source` is 'file:line' and names the record in problems."""
    if not isinstance(obj, dict):
        problems.add(source, f"skipped: a JSON record must be an object, not {type(obj).__name__}")
        return None
    text = obj.get("text")
    if text is not None and not isinstance(text, str):
        problems.add(source, f"skipped: the record's text is a {type(text).__name__}, not a string")
        return None
    if not isinstance(text, str) or not clean_text(text).strip():
        problems.add(source, "skipped: record has no text")
        return None
    rid = _clean_field(obj.get("id")) or f"{stem}-{line}"
    published = obj.get("published")
    title = _clean_field(obj.get("title"))
    if title and _MARKUP.search(title):
        title = _clean_field(_from_html(title))
    # a CMS export: the record's text is HTML (tags, character references), read as a page's text is
    text = clean_text(_from_html(text) if _MARKUP.search(text) else text)
    if title and not text.lstrip().startswith(title):
        # the headline is reporting too, as it is in a .txt or a web page
        text = f"{title}\n\n{text}"
    return Article(id=rid, text=text, source=source,
                   title=title, authors=_authors(obj.get("author")),
                   published=parse_published(published) if isinstance(published, str) else None,
                   url=_clean_field(obj.get("url")))


def _missing(_constant: str) -> None:
    """NaN, Infinity and -Infinity, which pandas writes for a missing value: missing, like null."""
    return None


# HTML in a record's field: a tag of the kind a CMS writes, or a character reference.
_MARKUP = re.compile(r"<(?:p|br|div|span|a|em|strong|b|i|h[1-6]|li|ul|ol|blockquote|figure|figcaption|img|section)"
                     r"\b[^>]*>|&(?:#\d{1,6}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});", re.I)
_BLOCK_END = re.compile(r"(?i)</(?:p|div|h[1-6]|li|blockquote|tr|section|article|figure|figcaption)>")


def _from_html(markup: str) -> str:
    """The text of an HTML fragment: tags dropped, paragraphs kept (a blank line between blocks, a line
    break for <br>), character references decoded."""
    import lxml.html
    text = re.sub(r"(?i)<br\s*/?>", "\n", markup)
    text = _BLOCK_END.sub("\n\n", text)
    try:
        text = lxml.html.fromstring(f"<div>{text}</div>").text_content()
    except (ValueError, lxml.etree.ParserError):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    lines = [" ".join(ln.split()) for ln in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def _json_error(exc: json.JSONDecodeError) -> str:
    return f"skipped: malformed JSON ({exc.msg}, column {exc.colno})"


def _read_json_lines(lines: Iterable[bytes | str], stem: str, name: str, problems: Problems,
                     first_line: int = 1) -> Iterator[Article]:
    """Records of a JSON-lines stream, one line in memory at a time."""
    for number, raw in enumerate(lines, start=first_line):
        if isinstance(raw, bytes):
            if len(raw) > MAX_BYTES:
                problems.add(f"{name}:{number}", f"skipped: line is larger than the {MAX_BYTES // 2**20} MB limit")
                continue
            raw = decode(raw)
        line = raw.lstrip("\ufeff").strip()
        if not line:
            continue
        source = f"{name}:{number}"
        try:
            obj = json.loads(line, parse_constant=_missing)
        except json.JSONDecodeError as exc:
            problems.add(source, _json_error(exc))
            continue
        except (ValueError, RecursionError) as exc:
            problems.add(source, f"skipped: malformed JSON ({type(exc).__name__})")
            continue
        article = _record_article(obj, stem, number, source, problems)
        if article is not None:
            yield article


def _binary_lines(f: IO[bytes]) -> Iterator[bytes]:
    """Lines of a binary file, never more than MAX_BYTES + 1 of one line in memory."""
    while True:
        line = f.readline(MAX_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_BYTES and not line.endswith(b"\n"):
            while True:  # drop the rest of an over-long line, still yielding it once as too large
                rest = f.readline(MAX_BYTES)
                if not rest or rest.endswith(b"\n"):
                    break
        yield line


def _line_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def _json_values(text: str) -> Iterator[tuple[int, object]]:
    """(line, value) of a JSON document: the object itself, or each element of a top-level list."""
    dec = json.JSONDecoder(parse_constant=_missing)
    ws = " \t\r\n"
    i = len(text) - len(text.lstrip(ws))
    if not text.startswith("[", i):
        value, end = dec.raw_decode(text, i)
        if text[end:].strip(ws):
            raise json.JSONDecodeError("extra data after the JSON value", text, end + len(text[end:]) - len(text[end:].lstrip(ws)))
        yield _line_of(text, i), value
        return
    i += 1
    first = True
    while True:
        while i < len(text) and text[i] in ws:
            i += 1
        if text.startswith("]", i):
            end = i + 1
            if text[end:].strip(ws):
                raise json.JSONDecodeError("extra data after the JSON list", text, end)
            return
        if not first:
            if not text.startswith(",", i):
                raise json.JSONDecodeError("expected ',' or ']'", text, i)
            i += 1
            while i < len(text) and text[i] in ws:
                i += 1
        value, end = dec.raw_decode(text, i)
        yield _line_of(text, i), value
        i = end
        first = False


def read_json_file(path: Path, problems: Problems, base: str | None = None) -> Iterator[Article]:
    """Records of a .jsonl file (one object a line) or a .json file (an object or a list of them); a record
    without an id gets '<base>-<line>' (base: the file's id base, its name without the extension)."""
    name = str(path)
    stem = base or path.stem
    if path.suffix.lower() == ".jsonl":
        try:
            with path.open("rb") as f:
                head = f.read(4096)
                f.seek(0)
                if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                    # saved by Windows PowerShell: UTF-16 with a BOM and CRLF line ends, read as text
                    lines = io.TextIOWrapper(f, encoding="utf-16", errors="replace", newline=None)
                    yield from _read_json_lines(lines, stem, name, problems)
                    return
                if looks_binary(head):
                    problems.add(path, "skipped: binary file, not text")
                    return
                yield from _read_json_lines(_binary_lines(f), stem, name, problems)
        except OSError as exc:
            problems.add(path, f"cannot be read: {exc.strerror or exc}")
        return
    data = _read_bytes(path, problems)
    if data is None:
        return
    text = decode(data)
    del data
    if not text.strip():
        problems.add(path, "skipped: no text")
        return
    values = _json_values(text)
    while True:
        try:
            line, value = next(values)
        except StopIteration:
            return
        except json.JSONDecodeError as exc:
            problems.add(f"{name}:{exc.lineno}", _json_error(exc))
            return
        except (ValueError, RecursionError) as exc:
            problems.add(name, f"skipped: malformed JSON ({type(exc).__name__})")
            return
        article = _record_article(value, stem, line, f"{name}:{line}", problems)
        if article is not None:
            yield article


# --- standard input -------------------------------------------------------------------------------

def read_stdin(problems: Problems, stream=None) -> Iterator[Article]:
    """Standard input: JSON lines if it starts with '{', else one text article with the id 'stdin'."""
    stream = stream if stream is not None else sys.stdin
    stream = getattr(stream, "buffer", stream)
    try:
        skipped = []
        first = stream.readline()
        while first and not first.strip():
            skipped.append(first)  # leading blank lines
            first = stream.readline()
        probe = decode(first) if isinstance(first, bytes) else first
        if probe.lstrip("\ufeff \t").startswith("{"):
            lines = _chain_one(first, stream)
            yield from _read_json_lines(lines, "stdin", STDIN_SOURCE, problems, first_line=len(skipped) + 1)
            return
        first = first[:0].join(skipped) + first
        rest = stream.read()
    except (OSError, ValueError) as exc:
        problems.add(STDIN_SOURCE, f"cannot be read: {exc}")
        return
    data = first + rest
    if isinstance(data, str):
        data = data.encode("utf-8", errors="surrogatepass")
    if len(data) > MAX_BYTES:
        problems.add(STDIN_SOURCE, f"skipped: larger than the {MAX_BYTES // 2**20} MB limit")
        return
    if looks_binary(data):
        problems.add(STDIN_SOURCE, "skipped: binary input, not text")
        return
    article = _text_article(data, "stdin", STDIN_SOURCE, problems)
    if article is not None:
        yield article


def _chain_one(first, stream) -> Iterator:
    yield first
    yield from stream


# --- files, folders, duplicates -------------------------------------------------------------------

def input_files(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """The files kg reads under `paths` (existing files of a supported type, and those in folders)."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            yield from (c for c in sorted(p.rglob("*")) if c.is_file() and c.suffix.lower() in SUFFIXES)
        elif p.is_file() and p.suffix.lower() in SUFFIXES:
            yield p


def iter_files(paths: Iterable[str | os.PathLike], problems: Problems) -> Iterator[tuple[Path | str, str | None]]:
    """(file, id base) of the input files under `paths` in a stable order; '-' is passed through for
    standard input. A file's id base is its name without the extension; a file in a subfolder of a folder
    given is named by its path from there ("story1/index" for site/story1/index.html), so that a saved
    website's index.html pages, or a dated archive's, are all read, with ids that do not change from run to run."""
    for raw in paths:
        if isinstance(raw, str) and raw == STDIN:
            yield STDIN, None
            continue
        p = Path(raw)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUFFIXES:
                    rel = child.relative_to(p).with_suffix("")
                    yield child, (rel.as_posix() if len(rel.parts) > 1 else child.stem)
        elif p.is_file():
            yield p, p.stem
        else:
            problems.add(p, "no such file or folder")


def _articles_of(path: Path | str, problems: Problems, base: str | None = None) -> Iterator[Article]:
    if path == STDIN:
        yield from read_stdin(problems)
        return
    suffix = path.suffix.lower()
    if suffix in JSON_SUFFIXES:
        yield from read_json_file(path, problems, base)
        return
    article = (read_html_file(path, problems, base) if suffix in HTML_SUFFIXES
               else read_text_file(path, problems, base))
    if article is not None:
        yield article


def text_fingerprint(text: str) -> bytes | None:
    """Hash of the text casefolded with whitespace collapsed: the same article, however laid out.

    None for texts shorter than MIN_DUPLICATE_CHARS: a stub or a one-word note repeated in two
    files is not evidence of the same article, so such texts are never called duplicates.
    """
    norm = " ".join(text.casefold().split())
    if len(norm) < MIN_DUPLICATE_CHARS:
        return None
    return hashlib.sha256(norm.encode("utf-8", errors="surrogatepass")).digest()


def read_articles(paths: Iterable[str | os.PathLike], problems: Problems,
                  memory: FileMemory | None = None) -> Iterator[Article | KnownArticle]:
    """Every readable article under `paths`, in a stable order; problems are collected, not raised.

    The same article twice (same URL, or the same text up to case and whitespace) is kept once;
    only ids, URLs and text hashes are remembered, never the texts.

    With `memory`, a file it knows as unchanged is not read: its articles come as KnownArticle records
    (so a rerun over a saved web archive does not extract every page again), and a file read whole, every
    article of it kept, with no problem and not modified within RACY_NS of being read, is remembered.
    """
    seen: set[str] = set()
    by_url: dict[str, str] = {}
    by_text: dict[bytes, str] = {}
    for path, base in iter_files(paths, problems):
        if path != STDIN and path.suffix.lower() not in SUFFIXES:
            problems.add(path, f"skipped: unsupported file type '{path.suffix or 'none'}'")
            continue
        stat = known = None
        if memory is not None and path != STDIN:
            now = time.time_ns()
            try:
                stat = path.stat()
            except OSError:
                stat = None
            known = memory.known(path, stat) if stat is not None else None
        before, kept, clean = len(problems.items), [], True
        for article in (known if known is not None else _articles_of(path, problems, base)):
            url = article.url.strip() if article.url else None
            if isinstance(article, KnownArticle):
                fingerprint = bytes.fromhex(article.fingerprint) if article.fingerprint else None
            else:
                fingerprint = text_fingerprint(article.text)
            if url and url in by_url:
                problems.add(article.source, f"skipped: duplicate of {by_url[url]}")
                clean = False
                continue
            if fingerprint is not None and fingerprint in by_text:
                problems.add(article.source, f"skipped: duplicate of {by_text[fingerprint]}")
                clean = False
                continue
            if article.id in seen:
                problems.add(article.source, f"skipped: another article already has the id '{article.id}'")
                clean = False
                continue
            seen.add(article.id)
            if fingerprint is not None:
                by_text[fingerprint] = article.id
            if url:
                by_url[url] = article.id
            if stat is not None and known is None:
                kept.append(KnownArticle(article.id, article.source, article.url,
                                         fingerprint.hex() if fingerprint else None, article.content_hash))
            yield article
        if (kept and clean and len(problems.items) == before and known is None
                and stat.st_mtime_ns < now - RACY_NS):
            memory.remember(path, stat, kept)
