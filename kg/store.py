"""The build store: what `kg build` extracted from each article, kept on disk in the output folder so that
the next build parses only new and changed articles.

It is an Oxigraph store (pyoxigraph, RocksDB) in OUT/store/:

- one named graph per article, named by the article's IRI (<https://w3id.org/caregraph/id/article/ID>),
  holding the article's own triples: the article node and every fact node and text span under its IRI
  (exactly what graph.nq carries for that graph);
- a private bookkeeping graph <urn:caregraph:build> with, per article, the hash of its content (id, text,
  title, author, date, URL), the triples it contributes to shared descriptions (councils, providers,
  people, organisations, roles) as N-Triples lines, its own triples serialised as Turtle and N-Quads,
  and what the Gephi exports draw of it as JSON (kg.export.graphml.view_record: plain lists, which decode
  several times faster than the facts themselves); per input file read whole without a problem, its
  size, modification time, inode and the articles it gave (kg.build.InputMemory, so that an unchanged
  file is not read again); and, once, the cache version, the state of the last export and where it
  wrote each article in graph.ttl and graph.nq (kg.export.dataset.Previous).

Exports are assembled from the per-article serialisations rather than by reading every quad back: on
disk, Oxigraph decodes each term of each quad through RocksDB, about 30 µs a quad on the development
machine, so re-reading 1,000 articles' 150,000 quads would take seconds where the serialisations take
tens of milliseconds.

The cache version is the spaCy pipeline (name and version) and EXTRACTOR_VERSION, a hash of the code
and data files that decide what an article contributes (the whole kg package but _NOT_VERSIONED); when either differs from the version the store
was built with, the store is emptied and every article parsed again, so facts of two versions never mix.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
from fnmatch import fnmatch
from pathlib import Path

import pyoxigraph as ox


STORE_DIR = "store"
# RocksDB keeps writes in memory tables until they fill (tens of MB for each of Oxigraph's column
# families); flushing them to disk every this many articles keeps a build's memory flat in corpus size
# (measured: 3,000 articles' worth of writes grow the process by 340 MB unflushed, by 10 MB flushed).
FLUSH_EVERY = 50
META = ox.NamedNode("urn:caregraph:build")
_P = "urn:caregraph:build:"
HASH, TURTLE, NQUADS, SHARED, VIEW, SOURCE = (ox.NamedNode(_P + n)
                                               for n in ("hash", "turtle", "nquads", "shared", "view", "source"))
# the article as read (JSON: id, text, source, title, authors, date, URL), for kg review and for replaying a
# changed corrections file on an article whose file is not read again; the digest of the corrections it was
# extracted with (kg.corrections.digest); those that no longer applied (JSON list of [what it names, why])
ARTICLE, CORRECTIONS, STALE = (ox.NamedNode(_P + n) for n in ("article", "corrections", "stale"))
VERSION, EXPORTED = ox.NamedNode(_P + "version"), ox.NamedNode(_P + "exported")
SPANS, FILE = ox.NamedNode(_P + "spans"), ox.NamedNode(_P + "file")
LAST_CORRECTIONS = ox.NamedNode(_P + "last-corrections")   # the corrections file the last build replayed

_KG = Path(__file__).resolve().parent
# What an article contributes is decided by every part of the kg package except those that only use a
# built graph or write the exports; a module added later counts unless it is listed here (a needless
# re-parse is cheap, facts of two versions in one graph are not).
_NOT_VERSIONED = ("__init__.py", "cli.py", "push.py", "query.py", "serve.py", "stats.py", "validate.py",
                  "walk.py", "export/*", "review.py", "browse/*", "data/browse/*", "data/review/*")


def source_hash(patterns, exclude=()) -> str:
    """sha256 (first 16 hex digits) of the files of the kg package matching `patterns` (glob patterns
    relative to kg/) and not `exclude`, by path and content."""
    h = hashlib.sha256()
    for pattern in patterns:
        for path in sorted(_KG.glob(pattern)):
            rel = path.relative_to(_KG)
            if path.is_file() and "__pycache__" not in rel.parts and not any(fnmatch(rel.as_posix(), x) for x in exclude):
                h.update(rel.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]


EXTRACTOR_VERSION = source_hash(("**/*",), exclude=_NOT_VERSIONED)


class StoreError(RuntimeError):
    """The build store cannot be opened or written (one line naming the folder and the reason)."""


# -- the store ---------------------------------------------------------------------------------------
@dataclasses.dataclass
class ArticleEntry:
    """One article as the store is given it (kg.build computes it from the article's facts)."""
    iri: str
    hash: str
    quads: list            # pyoxigraph Quads of the article's own graph
    turtle: bytes          # those triples as Turtle statements, without @prefix lines
    nquads: str            # those quads as N-Quads lines
    shared: str            # N-Triples lines of the shared descriptions the article contributes to
    view: str              # JSON of what the Gephi view reads of it (kg.export.graphml.view_record)
    source: str = ""       # the input file's name it was read from (and line, in a feed): caregraph.db's articles
    article: str = ""      # the article as read, JSON (kg.build.article_json)
    corrections: str = ""  # the digest of the corrections replayed on it ("" none)
    stale: str = ""        # JSON list of [what it names, why] of corrections that no longer applied ("" none)


class BuildStore:
    """The on-disk store of one output folder. Open with BuildStore.open(out_dir, version)."""

    def __init__(self, store: ox.Store, path: Path, version: str):
        self._store = store
        self.path = path
        self.version = version
        self.cleared = False      # True when a store of another version was emptied on opening
        self._written = 0
        self.hashes: dict[str, str] = {
            q.subject.value: q.object.value for q in store.quads_for_pattern(None, HASH, None, META)}

    @classmethod
    def open(cls, out_dir, version: str) -> "BuildStore":
        """Open (or create) OUT/store; empty it if it was built with another version.

        Raises StoreError if the folder cannot be written or another kg process has the store open."""
        path = Path(out_dir) / STORE_DIR
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            store = ox.Store(str(path))
        except OSError as exc:
            text = str(exc)
            if "lock" in text.lower():
                raise StoreError(f"{path}: the build store is in use by another kg process") from None
            raise StoreError(f"{path}: cannot open the build store: {getattr(exc, 'strerror', None) or text}") from None
        except RuntimeError as exc:   # RocksDB found the files damaged (a crash of the disk, a partial copy)
            reason = str(exc).split("  ")[0].strip() or type(exc).__name__
            raise StoreError(f"{path}: the build store is damaged ({reason}); delete this folder and build "
                             f"again (every article is parsed again)") from None
        self = cls(store, path, version)
        stored = self._get(META, VERSION)
        if stored != version:
            if stored is not None or self.hashes:
                store.clear()
                self.hashes = {}
                self.cleared = True
            store.add(ox.Quad(META, VERSION, ox.Literal(version), META))
        self._drop_orphans()
        return self

    def close(self, quietly: bool = False) -> None:
        """Flush and release the store; `quietly`: after a failure, without raising another."""
        store, self._store = self._store, None
        if store is None:
            return
        try:
            store.flush()
        except (OSError, RuntimeError):
            if not quietly:
                raise
        finally:
            del store

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def _get(self, subject, predicate) -> str | None:
        for q in self._store.quads_for_pattern(subject, predicate, None, META):
            return q.object.value
        return None

    def _drop_orphans(self) -> None:
        """Remove article graphs that have no recorded hash (a run stopped between two writes)."""
        for g in list(self._store.named_graphs()):
            if isinstance(g, ox.NamedNode) and g != META and g.value not in self.hashes:
                self._store.remove_graph(g)

    # -- articles --------------------------------------------------------------------------------
    def article_iris(self) -> list[str]:
        """Every article in the store, sorted by IRI (the order of the exports)."""
        return sorted(self.hashes)

    def put(self, entry: ArticleEntry) -> None:
        """Replace (or add) one article: its graph and its bookkeeping, each written atomically; the hash
        is written with the graph, so a run stopped in between leaves the article to be parsed again."""
        if entry.iri in self.hashes:
            self.remove(entry.iri)
        a = ox.NamedNode(entry.iri)
        meta = [ox.Quad(a, HASH, ox.Literal(entry.hash), META),
                ox.Quad(a, TURTLE, ox.Literal(entry.turtle.decode("utf-8")), META),
                ox.Quad(a, NQUADS, ox.Literal(entry.nquads), META),
                ox.Quad(a, SHARED, ox.Literal(entry.shared), META),
                ox.Quad(a, VIEW, ox.Literal(entry.view), META)]
        for predicate, value in ((SOURCE, entry.source), (ARTICLE, entry.article), (CORRECTIONS, entry.corrections),
                                 (STALE, entry.stale)):
            if value:
                meta.append(ox.Quad(a, predicate, ox.Literal(value), META))
        self._store.extend(entry.quads + meta)
        self.hashes[entry.iri] = entry.hash
        self._written += 1
        if self._written % FLUSH_EVERY == 0:
            self._store.flush()

    def remove(self, iri: str) -> None:
        """Drop one article: its graph and its bookkeeping, in one update."""
        self._store.update(f"DELETE WHERE {{ GRAPH <{META.value}> {{ <{iri}> ?p ?o }} }} ; "
                           f"DROP SILENT GRAPH <{iri}>")
        self.hashes.pop(iri, None)

    def blocks(self, iri: str, only: tuple = ()) -> dict:
        """An article's kept serialisations ({TURTLE: ..., NQUADS: ..., SHARED: ..., VIEW: ...}; HASH too),
        in one read of the store; with `only`, just those predicates (one lookup each: cheaper than the
        read of all when the large TURTLE and NQUADS are not wanted)."""
        a = ox.NamedNode(iri)
        if only:
            return {q.predicate: q.object.value for p in only for q in self._store.quads_for_pattern(a, p, None, META)}
        return {q.predicate: q.object.value for q in self._store.quads_for_pattern(a, None, None, META)}

    def last_corrections(self) -> str | None:
        """The corrections file the last build replayed (absolute path), if any."""
        return self._get(META, LAST_CORRECTIONS)

    def set_last_corrections(self, path: str | None) -> None:
        for q in list(self._store.quads_for_pattern(META, LAST_CORRECTIONS, None, META)):
            self._store.remove(q)
        if path:
            self._store.add(ox.Quad(META, LAST_CORRECTIONS, ox.Literal(path), META))

    def corrected(self) -> dict[str, str]:
        """Article IRI -> the digest of the corrections it was extracted with, for those that had any."""
        return {q.subject.value: q.object.value for q in self._store.quads_for_pattern(None, CORRECTIONS, None, META)}

    # -- input files -----------------------------------------------------------------------------
    def files(self) -> dict[str, str]:
        """What earlier builds recorded of the input files they read, by file URI (JSON, kg.build.InputMemory)."""
        return {q.subject.value: q.object.value for q in self._store.quads_for_pattern(None, FILE, None, META)}

    def set_files(self, records: dict[str, str | None], old: dict[str, str]) -> None:
        """Replace the records of some files (None: forget the file); `old` is what files() returned."""
        for uri, value in records.items():
            node = ox.NamedNode(uri)
            if uri in old:
                self._store.remove(ox.Quad(node, FILE, ox.Literal(old[uri]), META))
            if value is not None:
                self._store.add(ox.Quad(node, FILE, ox.Literal(value), META))

    # -- exports ---------------------------------------------------------------------------------
    def state(self) -> str:
        """A digest of what the store holds: its version and every article's IRI and content hash."""
        h = hashlib.sha256(self.version.encode())
        for iri in self.article_iris():
            h.update(f"\n{iri} {self.hashes[iri]}".encode())
        return h.hexdigest()

    def spans(self) -> str | None:
        """Where the last export wrote each article in graph.ttl and graph.nq (JSON, kg.export.dataset)."""
        return self._get(META, SPANS)

    def exported(self) -> dict | None:
        """What the last export recorded (state, export version, counts), if any."""
        value = self._get(META, EXPORTED)
        return json.loads(value) if value else None

    def set_exported(self, record: dict, spans: str | None = None) -> None:
        """Record the last export (and, with `spans`, where it wrote each article)."""
        self._store.update(f"DELETE WHERE {{ GRAPH <{META.value}> {{ <{META.value}> <{EXPORTED.value}> ?o }} }} ; "
                           f"DELETE WHERE {{ GRAPH <{META.value}> {{ <{META.value}> <{SPANS.value}> ?o }} }}")
        quads = [ox.Quad(META, EXPORTED, ox.Literal(json.dumps(record, sort_keys=True)), META)]
        if spans is not None:
            quads.append(ox.Quad(META, SPANS, ox.Literal(spans), META))
        self._store.extend(quads)
