"""kg push: send a build's named graphs to a SPARQL server with the SPARQL 1.1 Graph Store HTTP Protocol.

Each graph of DIR/graph.nq (one per article, and <https://w3id.org/caregraph/id/shared> for the shared
descriptions) is sent as `PUT GRAPH-STORE?graph=IRI` with an N-Triples body: a PUT replaces the graph,
so pushing again is idempotent. DIR/pushed.json records, per graph store URL, the sha256 of every graph
the server accepted; a graph whose content has that hash is not sent again, and a graph pushed before
that is no longer in the build (an article dropped with --prune) is deleted (`DELETE ?graph=IRI`).

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
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox

from kg.export import atomic_path

PUSHED = "pushed.json"
PASSWORD_ENV = "CAREGRAPH_PUSH_PASSWORD"
TIMEOUT = 60.0  # seconds for each HTTP request
COUNT_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


class PushError(Exception):
    """A problem the user can act on (no build, server unreachable or refusing); one line."""


@dataclass
class PushReport:
    graphs: int = 0          # graphs in the build
    sent: int = 0            # of which sent (new or changed)
    triples_sent: int = 0
    deleted: int = 0         # graphs removed from the server (no longer in the build)
    server_triples: int | None = None   # the endpoint's count of triples in named graphs, after the push

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
            if method == "DELETE" and exc.code == 404:
                return b""  # already gone
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


def push(graph_dir, endpoint: str, graph_store: str | None = None, user: str | None = None,
         password: str | None = None, force: bool = False) -> PushReport:
    """PUT each changed graph of DIR/graph.nq to the graph store, DELETE graphs no longer built, then
    count the server's triples in named graphs through `endpoint`. Raises PushError (one line)."""
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
    report = PushReport()
    present: set[str] = set()
    try:
        for iri, body, count in graphs_of(nq):
            report.graphs += 1
            present.add(iri)
            digest = hashlib.sha256(body).hexdigest()
            if pushed.get(iri) == digest and not force:
                continue
            url = f"{store_url}?{urllib.parse.urlencode({'graph': iri})}"
            client.request("PUT", url, body, {"Content-Type": "application/n-triples"}, what=f"the graph <{iri}>")
            pushed[iri] = digest
            report.sent += 1
            report.triples_sent += count
        for iri in sorted(set(pushed) - present):
            url = f"{store_url}?{urllib.parse.urlencode({'graph': iri})}"
            client.request("DELETE", url, what=f"deleting the graph <{iri}>")
            del pushed[iri]
            report.deleted += 1
    except ValueError as exc:  # pyoxigraph: a syntax error in graph.nq
        raise PushError(f"{nq}: not N-Quads as kg build writes them ({exc})") from None
    finally:
        if pushed != record.get(store_url, {}):
            record[store_url] = pushed
            _save_record(record_path, record)
    answer = client.request("POST", endpoint, COUNT_QUERY.encode("utf-8"),
                            {"Content-Type": "application/sparql-query",
                             "Accept": "application/sparql-results+json"}, what="the count query")
    try:
        report.server_triples = int(json.loads(answer)["results"]["bindings"][0]["n"]["value"])
    except (ValueError, KeyError, IndexError, TypeError):
        report.server_triples = None
    return report
