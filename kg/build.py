"""kg build: read articles → normalise their text → one spaCy pipeline → extractors (kg.extract.article) →
graph model → the build store → exports.

Incremental: each article's contribution is kept in the build store in the output folder (kg.store), by
the hash of its content. A build parses only the articles that are new or whose content changed, replaces
a changed article's graph, drops (with prune) the stored articles that are no longer among the inputs,
and writes the exports from the store (kg.export.dataset); when nothing changed, it rewrites nothing.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pyoxigraph as ox

from kg.articles import STDIN, SUFFIXES, Article, KnownArticle, Problem, Problems, input_files, read_articles
from kg.check import link_triples
from kg.export.dataset import EXPORT_VERSION, EXPORTS, write_exports
from kg.export.turtle import nquad_lines, ox_triples, turtle_statements
from kg import corrections as _corrections
from kg.dates import StatedDate
from kg.facts import ArticleFacts
from kg.model import GraphModel, article_iri, scheme_triples, triple_key, view_record
from kg.pipeline import pipeline_id
from kg.record import OfstedRecord, ofsted_record
from kg.store import ARTICLE, EXTRACTOR_VERSION, STALE, ArticleEntry, BuildStore, StoreError

BATCH_SIZE = 50


class ExportError(RuntimeError):
    """The exports could not be written (the message names the folder and the reason)."""


class InputError(RuntimeError):
    """The inputs give nothing to build from, or --prune would drop the archive for a path that is not
    there: nothing is changed (the message names the path and the reason)."""


@dataclass
class BuildReport:
    articles: int = 0          # articles in the graph
    parsed: int = 0            # of which parsed in this run
    unchanged: int = 0         # inputs found in the store with the same content
    pruned: int = 0            # stored articles dropped because they are no longer among the inputs
    entities: int = 0
    facts: int = 0
    triples: int = 0
    seconds: float = 0.0
    exports_written: bool = False
    rebuilt: bool = False      # the store had been built by another pipeline or extractor version
    problems: list[Problem] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # said on stderr; not problems (exit status 0)

    def summary(self) -> str:
        skipped = f", {len(self.problems)} input problem(s)" if self.problems else ""
        pruned = f", {self.pruned} pruned" if self.pruned else ""
        kept = ("" if self.exports_written else "; exports unchanged")
        if self.rebuilt:
            kept += "; the store was built by another pipeline or extractor version, so every article was parsed"
        earlier = self.articles - self.parsed - self.unchanged
        earlier_part = f", {earlier} kept from earlier builds" if earlier > 0 else ""
        return (f"{_count(self.articles, 'article')} ({self.parsed} parsed, {self.unchanged} unchanged"
                f"{earlier_part}{pruned}), {_count(self.entities, 'entity', 'entities')}, "
                f"{_count(self.facts, 'fact')}, {_count(self.triples, 'triple')} in "
                f"{self.seconds:.1f} s{skipped}{kept}")


def _first_line(text) -> str:
    return str(text).strip().splitlines()[0] if str(text).strip() else ""


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


@lru_cache(maxsize=1)
def _schemes() -> frozenset:
    return frozenset(scheme_triples())


def article_json(article: Article) -> str:
    """The article as read, for the store (kg review shows its text; a changed corrections file is replayed
    on it without reading its file again)."""
    return json.dumps({"id": article.id, "text": article.text, "source": article.source, "title": article.title,
                       "authors": list(article.authors), "url": article.url,
                       "published": [article.published.year, article.published.month, article.published.day]
                       if article.published else None}, ensure_ascii=False, separators=(",", ":"))


def article_from_json(text: str) -> Article:
    d = json.loads(text)
    return Article(d["id"], d["text"], d["source"], title=d["title"], authors=tuple(d["authors"]), url=d["url"],
                   published=StatedDate(*d["published"]) if d["published"] else None)


def article_entry(af: ArticleFacts, content: str, ofsted: OfstedRecord | None = None) -> ArticleEntry:
    """What the store keeps of one article: the graph model's triples of the article alone (with
    `ofsted`, and the links checking its news facts against the record, kg.check), split into its own
    (subject: the article or an IRI under it) and the shared descriptions it contributes to."""
    model = GraphModel()
    model.add(af)
    a = str(article_iri(af.article.id))
    own, shared = [], []
    triples = model.triples(schemes=False, order=False)
    if ofsted is not None:
        triples += link_triples(triples, ofsted)
    for t in sorted(triples, key=triple_key):
        if t in _schemes():
            continue  # a scheme's own triple restated by an article: in every export anyway
        s = str(t[0])
        (own if s == a or s.startswith(a + "/") else shared).append(t)
    own = ox_triples(own)
    graph = ox.NamedNode(a)
    shared_lines = ox.serialize(ox_triples(shared), format=ox.RdfFormat.N_TRIPLES).decode("utf-8") if shared else ""
    return ArticleEntry(iri=a, hash=content, quads=[ox.Quad(t.subject, t.predicate, t.object, graph) for t in own],
                        turtle=turtle_statements(own), nquads=nquad_lines(own, a), shared=shared_lines,
                        view=json.dumps(view_record(af), ensure_ascii=False, separators=(",", ":")),
                        source=os.path.basename(af.article.source or ""), article=article_json(af.article),
                        stale=json.dumps(af.stale, ensure_ascii=False) if af.stale else "")


@lru_cache(maxsize=1)
def reader_version() -> str:
    """The versions of the libraries that turn an input file into articles (web pages, encodings, dates):
    a file read with others is read again."""
    from importlib.metadata import PackageNotFoundError, version
    out = []
    for name in ("trafilatura", "lxml", "charset-normalizer", "dateparser"):
        try:
            out.append(f"{name}=={version(name)}")
        except PackageNotFoundError:
            out.append(f"{name} absent")
    return " ".join(out)


class InputMemory:
    """kg.articles.FileMemory over the build store (its records of input files, kg.store): a file is known
    when its size, modification time (ns) and inode are those recorded, it was read by the same library
    versions (reader_version), and every article it gave is in the store with the same content hash. As in
    git and make, a file changed in place keeping its size and modification time is not seen (touch it)."""

    def __init__(self, store: BuildStore):
        self.store = store
        self.records = store.files()
        self.changes: dict[str, str | None] = {}
        self.seen: set[str] = set()

    @staticmethod
    def _stat(stat) -> list[int]:
        return [stat.st_size, stat.st_mtime_ns, stat.st_ino]

    def known(self, path: Path, stat) -> list[KnownArticle] | None:
        uri = path.absolute().as_uri()
        self.seen.add(uri)
        raw = self.records.get(uri)
        if raw is None:
            return None
        record = json.loads(raw)
        if record["stat"] != self._stat(stat) or record["reader"] != reader_version():
            return None
        name = str(path)
        articles = [KnownArticle(id_, name + suffix, url, fingerprint, hash_)
                    for id_, suffix, url, fingerprint, hash_ in record["articles"]]
        hashes = self.store.hashes
        if all(hashes.get(str(article_iri(a.id))) == a.content_hash for a in articles):
            return articles
        return None

    def remember(self, path: Path, stat, articles: list[KnownArticle]) -> None:
        name = str(path)
        rows = [[a.id, a.source[len(name):], a.url, a.fingerprint, a.content_hash] for a in articles]
        self.changes[path.absolute().as_uri()] = json.dumps(
            {"stat": self._stat(stat), "reader": reader_version(), "articles": rows}, ensure_ascii=False)

    def save(self, forget_unseen: bool = False) -> None:
        """Write what this build read to the store (with `forget_unseen`, forget the files it did not see)."""
        if forget_unseen:
            self.changes.update({uri: None for uri in self.records if uri not in self.seen and uri not in self.changes})
        if self.changes:
            self.store.set_files(self.changes, self.records)


def cache_version(nlp=None, model: str | None = None, record: bool = True) -> str:
    """The pipeline (name==version), EXTRACTOR_VERSION and whether news facts are checked against the
    record (their links are stored with them): a store built with another is emptied."""
    pipeline = pipeline_id(nlp) if nlp is not None else pipeline_id(model)
    return f"{pipeline} extractor {EXTRACTOR_VERSION}{'' if record else ' no-record'}"


def build(paths: Iterable[str], out_dir: str | Path, model: str | None = None, jobs: int = 1,
          progress: Callable[[int], None] | None = None, strict: bool = False, nlp=None,
          prune: bool = False, record: bool = True, corrections: str | Path | None = None) -> BuildReport:
    """Build the graph of the articles under `paths` into out_dir: graph.ttl, graph.nq, graph.graphml and
    graph.gexf, kept up to date incrementally through the build store out_dir/store (kg.store).

    Articles already in the store with the same content are not parsed again; articles stored by earlier
    builds and not among `paths` stay in the graph unless `prune`. `nlp`: an already loaded
    kg.pipeline.load_pipeline(), to build many times in one process. With `strict`, every input is read
    before anything is parsed or written, and the first problem stops the run (no export is written).
    With `record` the graph also holds Ofsted's published record and the news checked against it
    (kg.record, kg.check). A person's decisions (kg.corrections: `corrections`, else out_dir/corrections.yaml
    when it exists) are replayed on every article they name; one note for each that no longer applies.
    Raises PipelineError (no spaCy pipeline), ExportError (the folder cannot be
    written) and kg.record.RecordError (the record's table cannot be read)."""
    t0 = time.perf_counter()
    out = Path(out_dir)
    paths = list(paths)
    _check_inputs(paths, prune)
    existed = out.exists()
    report = BuildReport()
    problems = Problems()
    if strict:
        for _ in read_articles(paths, problems):
            if problems:
                break
        if problems:
            report.problems = list(problems.items)[:1]
            report.seconds = time.perf_counter() - t0
            return report
    decisions = _read_corrections(out, corrections)   # before anything is written: a bad file fails fast
    ofsted = ofsted_record() if record else None   # read before the articles: a bad table fails fast
    if nlp is None and pipeline_id(model) is None:
        from kg.pipeline import load_pipeline
        nlp = load_pipeline(model)  # not an installed package or folder: raises PipelineError if it fails
    try:
        store = BuildStore.open(out, cache_version(nlp, model, record))
    except StoreError as exc:
        raise ExportError(str(exc)) from None
    report.rebuilt = store.cleared
    try:
        counts = _update(store, paths, out, report, problems, nlp, model, jobs, progress, strict, prune, ofsted,
                         decisions)
        store.close()
    except OSError as exc:
        store.close(quietly=True)
        raise ExportError(f"cannot write to {out}: {_first_line(exc.strerror or exc)}") from None
    except BaseException:
        store.close(quietly=True)
        raise
    report.problems = list(problems.items)
    if counts is not None:
        for key in ("articles", "entities", "facts", "triples"):
            setattr(report, key, counts[key])
    report.seconds = time.perf_counter() - t0
    if report.parsed + report.unchanged == 0 and not (strict and report.problems):
        if not existed:
            shutil.rmtree(out, ignore_errors=True)  # a new folder holding an empty graph helps nobody
        raise InputError(f"no article could be read from {_listing(paths)}"
                         + ("" if existed else "; nothing written") + _why(report.problems))
    return report


@dataclass
class Decisions:
    """The corrections file's decisions by article id, and the file's name for the notes."""
    path: Path | None = None
    by_article: dict = field(default_factory=dict)

    def of(self, article_id: str) -> list:
        return self.by_article.get(article_id, [])

    def digest(self, article_id: str) -> str:
        return _corrections.digest(self.of(article_id))

    def stored_hash(self, article_id: str, content_hash: str) -> str:
        """The hash the store keeps of an article: its content's, with its decisions' when it has any (so a
        changed decision changes the store's state and the export rewrites the article)."""
        d = self.digest(article_id)
        return content_hash if not d else hashlib.sha256(f"{content_hash}\n{d}".encode()).hexdigest()


def _read_corrections(out: Path, given) -> Decisions:
    """The decisions to replay: the file given (it must exist), else out/corrections.yaml if it exists."""
    if given is not None:
        path = Path(given)
        if not path.is_file():
            raise InputError(f"{path}: no such corrections file; nothing built")
    else:
        path = out / _corrections.FILE
        if not path.is_file():
            return Decisions()
    try:
        entries = _corrections.load(path)
    except _corrections.CorrectionsError as exc:
        raise InputError(f"{exc}; nothing built") from None
    return Decisions(path, _corrections.by_article(entries))


def _stale_notes(store: BuildStore, decisions: Decisions) -> list[str]:
    """One line for each decision that no longer applies: its article is not in the graph, or the
    extraction it was replayed on did not hold what it names (kept in the store, so an unchanged build says
    it again)."""
    notes = []
    for article_id in sorted(decisions.by_article):
        entries = decisions.of(article_id)
        iri = str(article_iri(article_id))
        if iri not in store.hashes:
            notes += [(c.index, c.describe(), "the article is not in the graph") for c in entries]
            continue
        reasons = dict(json.loads(store.blocks(iri, (STALE,)).get(STALE) or "[]"))   # what it names -> why
        notes += [(c.index, c.describe(), reasons[c.describe()]) for c in entries if c.describe() in reasons]
    return [f"{decisions.path}: entry {i} ({what}) no longer applies: {why}" for i, what, why in sorted(notes)]


def _listing(paths: list) -> str:
    shown = ", ".join(str(p) for p in paths[:3])
    return shown + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")


def _why(problems: list) -> str:
    return f" (first problem: {problems[0]})" if problems else ""


def _check_inputs(paths: list, prune: bool) -> None:
    """Refuse, before anything is opened or written, a path that is not there when --prune would drop every
    stored article not found under it (a typo must not empty an archive), and inputs that hold no file
    kg reads (an empty folder, a folder of PDFs)."""
    missing = [p for p in paths if str(p) != STDIN and not Path(p).exists()]
    if prune and missing:
        raise InputError(f"{missing[0]}: no such file or folder; with --prune this would drop every stored "
                         "article not found there, so nothing was changed")
    if any(str(p) == STDIN for p in paths) or next(input_files(paths), None) is not None:
        return
    others = sorted({f.suffix.lower() or "no suffix" for p in paths if Path(p).is_dir()
                     for f in Path(p).rglob("*") if f.is_file() and f.suffix.lower() not in SUFFIXES})
    if missing and len(missing) == len(paths):
        what = "no such file or folder"
    elif others:
        what = f"no article files (only {', '.join(others)} files, which kg does not read)"
    else:
        what = "no article files"
    readable = ", ".join(sorted(SUFFIXES))
    raise InputError(f"{_listing(paths)}: {what}; kg reads {readable}; nothing built")


def _update(store: BuildStore, paths, out: Path, report: BuildReport, problems: Problems, nlp, model, jobs,
            progress, strict, prune, ofsted, decisions: Decisions | None = None) -> dict | None:
    """Bring the store up to date with `paths`, then the exports with the store; the export counts, or
    None when --strict stopped the run."""
    seen: set[str] = set()
    yielded: set[str] = set()
    memory = InputMemory(store)
    decisions = decisions or Decisions()
    corrected = store.corrected()   # article IRI -> digest of the decisions it was extracted with

    def changed() -> Iterator[Article]:
        for article in read_articles(paths, problems, memory):
            iri = str(article_iri(article.id))
            seen.add(iri)
            if (store.hashes.get(iri) == decisions.stored_hash(article.id, article.content_hash)
                    if isinstance(article, Article) else corrected.get(iri, "") == decisions.digest(article.id)):
                report.unchanged += 1
                if progress:
                    progress(report.parsed + report.unchanged)
                continue
            if isinstance(article, KnownArticle):
                continue    # its decisions changed: replayed on its stored text below
            yielded.add(iri)
            yield article
        yield from replays()

    def replays() -> Iterator[Article]:
        """Stored articles whose decisions changed and that were not parsed above (their file unchanged and
        not read again, or not among this run's inputs), read back from the store."""
        wanted = {str(article_iri(a)): a for a in decisions.by_article}
        for iri in sorted(set(corrected) | set(wanted)):
            if iri in yielded or iri not in store.hashes or (prune and iri not in seen):
                continue
            stored = store.blocks(iri, (ARTICLE,)).get(ARTICLE)
            article = article_from_json(stored) if stored else None
            if article is None or corrected.get(iri, "") == decisions.digest(article.id):
                continue
            yielded.add(iri)
            yield article

    pending = changed()
    first = next(pending, None)
    if first is not None:
        # spaCy and the extractors are imported only when there is something to parse
        from kg.extract.article import extract_article, prepare
        from kg.pipeline import load_pipeline
        nlp = nlp or load_pipeline(model)
        # Each text goes to the pipeline with a number; what else extraction needs of it (the article,
        # its metadata, the offset map of its normalised text) waits here, so that with --jobs it is
        # not pickled to a parser process and back with the Doc.
        waiting: dict[int, tuple] = {}

        def numbered():
            for n, (text, context) in enumerate(prepare(chain([first], pending))):
                waiting[n] = context
                yield text, n

        stream = nlp.pipe(numbered(), as_tuples=True, batch_size=BATCH_SIZE, n_process=jobs)
        for doc, n in stream:
            article, meta, norm = waiting.pop(n)
            if strict and problems:
                break
            iri = str(article_iri(article.id))
            try:
                facts = extract_article(doc, article, meta, norm, decisions.of(article.id))
                entry = article_entry(facts, decisions.stored_hash(article.id, article.content_hash), ofsted)
                entry.corrections = decisions.digest(article.id)
            except Exception as exc:  # a defect on one article must not cost the others
                problems.add(article.source, f"skipped: extraction failed ({type(exc).__name__}: {exc})")
                if iri in store.hashes:
                    store.remove(iri)  # as a fresh build would, the graph has no facts of it
                continue
            store.put(entry)
            report.parsed += 1
            if progress:
                progress(report.parsed + report.unchanged)
    if strict and problems:
        return None
    if prune and not seen:
        raise InputError(f"no article could be read from {_listing(paths)}; with --prune this would drop every "
                         "stored article, so nothing was pruned")
    if prune:
        for iri in sorted(set(store.hashes) - seen):
            store.remove(iri)
            report.pruned += 1
    memory.save(forget_unseen=prune)
    report.notes += _stale_notes(store, decisions)
    last, now = store.last_corrections(), str(decisions.path.resolve()) if decisions.path else None
    if last and now is None and Path(last).is_file():
        report.notes.append(f"the last build into {out} replayed the decisions of {last}; this one replays none "
                            f"(their facts are as extracted again): give --corrections {last} to keep them")
    store.set_last_corrections(now)
    report.outputs = [out / name for name in EXPORTS]
    wanted = {"state": store.state(), "export": EXPORT_VERSION}
    done = store.exported() or {}
    if {k: done.get(k) for k in wanted} == wanted and all(p.is_file() for p in report.outputs):
        return done["counts"]
    exported = write_exports(store, out, ofsted)
    report.notes += exported.notes
    counts = {k: v for k, v in vars(exported).items() if k not in ("notes", "spans")}
    store.set_exported({**wanted, "counts": counts}, exported.spans)
    report.exports_written = True
    return counts
