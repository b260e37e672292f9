"""Reading articles: files and folders of .txt into Article records, with one-line problems for bad input."""
from __future__ import annotations

import codecs
import os
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

MAX_BYTES = 20 * 1024 * 1024  # larger than any news article by two orders of magnitude
SUFFIXES = {".txt"}


@dataclass
class Article:
    id: str
    text: str
    source: str
    title: str | None = None
    author: str | None = None
    published: date | None = None
    url: str | None = None


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


def clean_text(text: str) -> str:
    """Normalise newlines and drop control characters that XML and RDF cannot carry."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs"))


def looks_binary(data: bytes) -> bool:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    head = data[:4096]
    return b"\x00" in head


def read_text_file(path: Path, problems: Problems) -> Article | None:
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
    text = clean_text(decode(data))
    if not text.strip():
        problems.add(path, "skipped: no text")
        return None
    return Article(id=path.stem, text=text, source=str(path))


def iter_files(paths: Iterable[str | os.PathLike], problems: Problems) -> Iterator[Path]:
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUFFIXES:
                    yield child
        elif p.is_file():
            yield p
        else:
            problems.add(p, "no such file or folder")


def read_articles(paths: Iterable[str | os.PathLike], problems: Problems) -> Iterator[Article]:
    """Every readable article under `paths`, in a stable order; problems are collected, not raised."""
    seen: set[str] = set()
    for path in iter_files(paths, problems):
        if path.suffix.lower() not in SUFFIXES:
            problems.add(path, f"skipped: unsupported file type '{path.suffix or 'none'}'")
            continue
        article = read_text_file(path, problems)
        if article is None:
            continue
        if article.id in seen:
            problems.add(path, f"skipped: another article already has the id '{article.id}'")
            continue
        seen.add(article.id)
        yield article
