"""kg push: send a build's named graphs to a SPARQL server with the SPARQL 1.1 Graph Store HTTP Protocol.

Each graph of DIR/graph.nq (one per article, and <https://w3id.org/caregraph/id/shared> for the shared
descriptions) is sent as `PUT GRAPH-STORE?graph=IRI` with an N-Triples body: a PUT replaces the graph,
so pushing again is idempotent. DIR/pushed.json records, per graph store URL, the sha256 of every graph
the server accepted; a graph whose content has that hash is not sent again, and a graph pushed before
that is no longer in the build (an article dropped with --prune) is deleted (`DELETE ?graph=IRI`).

Several builds may push to one server (two teams; a daily and a trial build). Their article graphs are
their own, but the shared graph describes what all of them name (people's names and roles,
organisations, councils), so a build never replaces it: the push reads the server's shared graph,
adds this build's descriptions and removes only those this build sent before and no longer has, and
of those only the ones about entities no other build's article names (a person who left with a pruned
article, not one another build still reports on); the result is PUT back. pushed.json keeps a hash of
each shared triple the build sent. An article graph another build had pushed (the same article id) is
replaced, and the push says so. Two pushes at the same moment may still race (read, then write).

The graph store URL of Oxigraph is http://HOST:PORT/store (the default: the endpoint's last path segment
replaced by `store`); of Apache Jena Fuseki, http://HOST:3030/DATASET/data. With --user, the password is
read from the environment variable CAREGRAPH_PUSH_PASSWORD (never from the command line, where other
users could read it) and sent with HTTP basic authentication.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox

from kg.export import atomic_path

PUSHED = "pushed.json"
PASSWORD_ENV = "CAREGRAPH_PUSH_PASSWORD"
TIMEOUT = 60.0  # seconds for each HTTP request
COUNT_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
GRAPHS_QUERY = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
SHARED_GRAPH = "https://w3id.org/caregraph/id/shared"
SHARED_SENT = "shared triples sent to "   # pushed.json: + graph store URL -> hashes of the shared triples sent


class PushError(Exception):
    """A problem the user can act on (no build, server unreachable or refusing); one line."""


@dataclass
class PushReport:
    graphs: int = 0          # graphs in the build
    sent: int = 0            # of which sent (new or changed)
    triples_sent: int = 0
    deleted: int = 0         # graphs removed from the server (no longer in the build)
    server_triples: int | None = None   # the endpoint's count of triples in named graphs, after the push
    others_kept: int = 0     # triples of the server's shared graph that other builds put there, kept
    replaced: list[str] = field(default_factory=list)   # article graphs another build had put on the server

    @property
    def notes(self) -> list[str]:
        out = []
        if self.others_kept:
            out.append(f"the shared descriptions were merged with {self.others_kept} triples other builds "
                       "had pushed (kept)")
        if self.replaced:
            shown = ", ".join(f"<{g}>" for g in self.replaced[:3]) + (" ..." if len(self.replaced) > 3 else "")
            out.append(f"{len(self.replaced)} article graph(s) another build had pushed were replaced by this "
                       f"build's (the same article id): {shown}")
        return out

    def summary(self, store_url: str) -> str:
        counted = (f"; the server has {self.server_triples} triples in named graphs"
                   if self.server_triples is not None else "")
        return (f"{self.sent} of {self.graphs} graphs sent ({self.triples_sent} triples), "
                f"{self.graphs - self.sent} unchanged, {self.deleted} deleted, to {store_url}{counted}")


def _check_url(option: str, url: str) -> None:
    """A server URL a request can be sent to, else PushError naming what is wrong with it (README's
    placeholder pasted as it is: "http://127.0.0.1:PORT/query")."""
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 -- raises ValueError for a port that is not a number
    except ValueError as exc:
        raise PushError(f"{option} {url}: not a usable URL ({exc}); give the server's address, e.g. "
                        "http://127.0.0.1:7878/query") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PushError(f"{option} {url}: not an http(s) URL with a host, e.g. http://127.0.0.1:7878/query")


def graph_store_url(endpoint: str, graph_store: str | None = None) -> str:
    """The Graph Store Protocol URL: `graph_store`, else the endpoint's sibling `store` (Oxigraph's)."""
    if graph_store:
        return graph_store
    parts = urllib.parse.urlsplit(endpoint)
    path = parts.path.rsplit("/", 1)[0] + "/store"
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def graphs_of(nq: Path) -> Iterator[tuple[str, bytes, int]]:
    """(graph IRI, N-Triples body, triple count) for each graph of an N-Quads file written by kg build,
    whose graphs are contiguous; one graph in memory at a time."""
    current, triples = None, []

    def flush():
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        return current, body, len(triples)

    with nq.open("rb") as fh:
        for q in ox.parse(fh, format=ox.RdfFormat.N_QUADS):
            g = q.graph_name.value
            if g != current:
                if current is not None:
                    yield flush()
                current, triples = g, []
            triples.append(q.triple)
    if current is not None:
        yield flush()


class _Client:
    def __init__(self, user: str | None, password: str | None):
        self.headers = {}
        if user is not None:
            token = base64.b64encode(f"{user}:{password or ''}".encode("utf-8")).decode("ascii")
            self.headers["Authorization"] = f"Basic {token}"

    def request(self, method: str, url: str, body: bytes | None = None, headers: dict | None = None,
                what: str = "") -> bytes:
        request = urllib.request.Request(url, data=body, method=method, headers={**self.headers, **(headers or {})})
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
                return response.read()
        except urllib.error.HTTPError as exc:
            if method in ("DELETE", "GET") and exc.code == 404:
                return b""  # already gone; no such graph yet
            detail = " ".join(exc.read(300).decode("utf-8", "replace").split())[:200]
            raise PushError(f"{_base(url)}: the server refused {what or method} (HTTP {exc.code} {exc.reason}"
                            f"{': ' + detail if detail else ''})") from None
        except urllib.error.URLError as exc:
            reason = getattr(exc.reason, "strerror", None) or exc.reason
            raise PushError(f"{_base(url)}: cannot reach the server ({reason})") from None
        except (TimeoutError, OSError) as exc:
            raise PushError(f"{_base(url)}: cannot reach the server ({exc.strerror or exc})") from None


def _base(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def _load_record(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise PushError(f"{path}: cannot read the record of earlier pushes ({exc}); delete it to push everything")


def _save_record(path: Path, record: dict) -> None:
    with atomic_path(path) as tmp:
        tmp.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def _select(client: "_Client", endpoint: str, query: str, what: str) -> list[dict] | None:
    answer = client.request("POST", endpoint, query.encode("utf-8"),
                            {"Content-Type": "application/sparql-query",
                             "Accept": "application/sparql-results+json"}, what=what)
    try:
        return [{k: v["value"] for k, v in b.items()} for b in json.loads(answer)["results"]["bindings"]]
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _triple_hash(t: "ox.Triple") -> str:
    return hashlib.sha256(str(t).encode("utf-8")).hexdigest()[:16]


def _merge_shared(client: "_Client", endpoint: str, url: str, body: bytes, sent_before: set[str],
                  ours: set[str], report: PushReport) -> tuple[bytes, int, set]:
    """The server's shared graph with this build's descriptions added, and without the ones this build
    sent before and no longer has, unless another build's article names their subject: the N-Triples to
    PUT, their count, and this build's own triples."""
    mine = set(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
    there = client.request("GET", url, headers={"Accept": "application/n-triples"}, what="the shared graph")
    try:
        server = set(ox.parse(there, format=ox.RdfFormat.N_TRIPLES)) if there.strip() else set()
    except ValueError as exc:
        raise PushError(f"{_base(url)}: the server's shared graph is not N-Triples ({exc})") from None
    dropped = {t for t in server - mine if _triple_hash(t) in sent_before}
    subjects = sorted({t.subject.value for t in dropped if isinstance(t.subject, ox.NamedNode)})
    named_elsewhere: set[str] = set()
    for k in range(0, len(subjects), 200):
        values = " ".join(f"<{s}>" for s in subjects[k:k + 200])
        rows = _select(client, endpoint, f"SELECT DISTINCT ?s ?g WHERE {{ VALUES ?s {{ {values} }} GRAPH ?g "
                                         "{ { ?s ?p ?o } UNION { ?x ?p ?s } } }", "the references query")
        named_elsewhere |= {r["s"] for r in rows or () if r.get("g") not in ours and r.get("g") != SHARED_GRAPH}
    removed = {t for t in dropped if t.subject.value not in named_elsewhere}
    merged = (server - removed) | mine
    report.others_kept = len(server - mine - dropped)
    return ox.serialize(sorted(merged, key=str), format=ox.RdfFormat.N_TRIPLES), len(merged), mine


def push(graph_dir, endpoint: str, graph_store: str | None = None, user: str | None = None,
         password: str | None = None, force: bool = False) -> PushReport:
    """PUT each changed graph of DIR/graph.nq to the graph store (the shared one merged with what other
    builds put there), DELETE graphs no longer built, then count the server's triples in named graphs
    through `endpoint`. Raises PushError (one line)."""
    folder = Path(graph_dir)
    nq = folder / "graph.nq"
    if not nq.is_file():
        raise PushError(f"{nq}: no such file; run kg build first")
    if user is not None and password is None:
        password = os.environ.get(PASSWORD_ENV)
        if password is None:
            raise PushError(f"--user {user}: set the password in the environment variable {PASSWORD_ENV}")
    for option, url in (("--endpoint", endpoint), ("--graph-store", graph_store)):
        if url is not None:
            _check_url(option, url)
    store_url = graph_store_url(endpoint, graph_store)
    client = _Client(user, password)
    record_path = folder / PUSHED
    record = _load_record(record_path)
    pushed: dict = dict(record.get(store_url, {}))
    sent_key = SHARED_SENT + store_url
    shared_sent: list[str] = list(record.get(sent_key, []))
    report = PushReport()
    present: set[str] = set()
    on_server: set[str] | None = None
    shared: tuple[bytes, str] | None = None
    try:
        for iri, body, count in graphs_of(nq):
            report.graphs += 1
            present.add(iri)
            digest = hashlib.sha256(body).hexdigest()
            if pushed.get(iri) == digest and not force:
                continue
            if iri == SHARED_GRAPH:
                shared = body, digest   # merged once every article graph of the build is known
                continue
            if iri not in pushed:
                if on_server is None:
                    rows = _select(client, endpoint, GRAPHS_QUERY, "the list of graphs")
                    on_server = {r.get("g") for r in rows or ()}
                if iri in on_server:
                    report.replaced.append(iri)
            url = f"{store_url}?{urllib.parse.urlencode({'graph': iri})}"
            client.request("PUT", url, body, {"Content-Type": "application/n-triples"}, what=f"the graph <{iri}>")
            pushed[iri] = digest
            report.sent += 1
            report.triples_sent += count
        if shared is not None:
            url = f"{store_url}?{urllib.parse.urlencode({'graph': SHARED_GRAPH})}"
            body, count, mine = _merge_shared(client, endpoint, url, shared[0], set(shared_sent),
                                              present | set(pushed), report)
            client.request("PUT", url, body, {"Content-Type": "application/n-triples"},
                           what=f"the graph <{SHARED_GRAPH}>")
            pushed[SHARED_GRAPH] = shared[1]
            shared_sent = sorted(_triple_hash(t) for t in mine)
            report.sent += 1
            report.triples_sent += count
        for iri in sorted(set(pushed) - present - {SHARED_GRAPH}):   # the shared graph is everyone's
            url = f"{store_url}?{urllib.parse.urlencode({'graph': iri})}"
            client.request("DELETE", url, what=f"deleting the graph <{iri}>")
            del pushed[iri]
            report.deleted += 1
    except ValueError as exc:  # pyoxigraph: a syntax error in graph.nq
        raise PushError(f"{nq}: not N-Quads as kg build writes them ({exc})") from None
    finally:
        if pushed != record.get(store_url, {}):
            record[store_url] = pushed
            record[sent_key] = shared_sent
            _save_record(record_path, record)
    answer = client.request("POST", endpoint, COUNT_QUERY.encode("utf-8"),
                            {"Content-Type": "application/sparql-query",
                             "Accept": "application/sparql-results+json"}, what="the count query")
    try:
        report.server_triples = int(json.loads(answer)["results"]["bindings"][0]["n"]["value"])
    except (ValueError, KeyError, IndexError, TypeError):
        report.server_triples = None
    return report
