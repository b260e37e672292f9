"""`kg push`: a build's named graphs sent to a real Oxigraph server on loopback with the SPARQL 1.1 Graph
Store HTTP Protocol; a second push sends nothing; an incremental build sends only what changed."""
from __future__ import annotations

import base64
import json
import shutil
import subprocess
import threading
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.push import PASSWORD_ENV, PUSHED, push
from kg.serve import HOST, oxigraph_binary
from tests.conftest import free_port

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


class Oxigraph:
    """`oxigraph serve` (read-write) on a free loopback port, with its store in a temporary folder."""

    def __init__(self, folder, read_only=False):
        self.port = free_port()
        self.endpoint = f"http://{HOST}:{self.port}/query"
        cmd = [oxigraph_binary(), "serve-read-only" if read_only else "serve", "--location", str(folder),
               "--bind", f"{HOST}:{self.port}"]
        if read_only:  # a read-only server needs an existing store
            seed = folder.parent / "seed.nt"
            seed.write_text("<urn:x:s> <urn:x:p> <urn:x:o> .\n", encoding="utf-8")
            subprocess.run([oxigraph_binary(), "load", "--location", str(folder), "--file", str(seed)],
                           capture_output=True, check=True, timeout=60)
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(300):
            try:
                self.count("ASK {}")
                return
            except OSError:
                if self.proc.poll() is not None:
                    raise RuntimeError("oxigraph did not start")
                threading.Event().wait(0.1)
        raise RuntimeError("oxigraph did not answer")

    def count(self, query=COUNT) -> int:
        request = urllib.request.Request(self.endpoint + "?" + urllib.parse.urlencode({"query": query}),
                                         headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=20) as response:
            doc = json.loads(response.read())
        if "boolean" in doc:
            return int(doc["boolean"])
        return int(doc["results"]["bindings"][0]["n"]["value"])

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)


@pytest.fixture
def server(tmp_path):
    s = Oxigraph(tmp_path / "server-store")
    yield s
    s.stop()


@pytest.fixture
def seeds_copy(seeds_build, tmp_path):
    """graph.nq of the seeds' build in a folder of its own (push writes its record there)."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copy(seeds_build[0] / "graph.nq", folder / "graph.nq")
    return folder


def nq_lines(folder) -> int:
    return sum(1 for line in (folder / "graph.nq").read_text(encoding="utf-8").splitlines() if line.strip())


def test_push_sends_every_named_graph_and_a_second_push_sends_nothing(server, seeds_copy):
    result = CliRunner().invoke(main, ["push", "--graph", str(seeds_copy), "--endpoint", server.endpoint])
    assert result.exit_code == 0, result.output
    lines = nq_lines(seeds_copy)
    assert server.count() == lines > 1000
    assert server.count(GRAPHS) == 6  # five articles and the shared descriptions
    assert "6 of 6 graphs sent" in result.stderr
    record = json.loads((seeds_copy / PUSHED).read_text())
    assert len(record[f"http://{HOST}:{server.port}/store"]) == 6

    again = push(seeds_copy, server.endpoint)
    assert (again.sent, again.triples_sent, again.deleted) == (0, 0, 0)
    assert again.server_triples == server.count() == lines
    forced = push(seeds_copy, server.endpoint, force=True)
    assert forced.sent == 6 and server.count() == lines


ARTICLES = {
    "k1.txt": "Jo Smith 12 March 2021\n\nOfsted has rated Kent County Council's children's services 'inadequate' "
              "after a full inspection. Inspectors found high caseloads.\n",
    "k2.txt": "Sam Lee 9 June 2022\n\nSurrey County Council's children's services were rated 'good' by Ofsted "
              "after a full inspection, director Ann Hill said.\n",
    "k3.txt": "Jo Smith 3 May 2023\n\nOfsted has rated Devon County Council's children's services 'requires "
              "improvement' after a full inspection.\n",
}


def test_an_incremental_build_pushes_only_what_changed(server, nlp, tmp_path):
    from kg.build import build
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    for name in ("k1.txt", "k2.txt"):
        (src / name).write_text(ARTICLES[name], encoding="utf-8")
    build([str(src)], out, nlp=nlp)
    assert push(out, server.endpoint).sent == 3
    (src / "k1.txt").unlink()
    (src / "k3.txt").write_text(ARTICLES["k3.txt"], encoding="utf-8")
    build([str(src)], out, nlp=nlp, prune=True)
    report = push(out, server.endpoint)
    # k3's graph is sent and k1's deleted; the shared descriptions do not change, since the record
    # already describes every council (Devon and Kent alike) in full
    assert (report.graphs, report.sent, report.deleted) == (3, 1, 1)
    assert server.count() == nq_lines(out)
    assert server.count(GRAPHS) == 3
    assert push(out, server.endpoint).sent == 0


def test_closed_port_is_one_line_and_exit_1(seeds_copy):
    port = free_port()  # nothing listens there
    result = CliRunner().invoke(main, ["push", "--graph", str(seeds_copy), "--endpoint",
                                       f"http://{HOST}:{port}/query"])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"kg: http://{HOST}:{port}/") and ": cannot reach the server (" in result.stderr
    assert not (seeds_copy / PUSHED).exists()


def test_a_read_only_server_refusing_the_graphs_is_one_line(seeds_copy, tmp_path):
    s = Oxigraph(tmp_path / "read-only", read_only=True)
    try:
        result = CliRunner().invoke(main, ["push", "--graph", str(seeds_copy), "--endpoint", s.endpoint])
    finally:
        s.stop()
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "the server refused the graph <" in result.stderr


class _Auth(BaseHTTPRequestHandler):
    """A Graph Store that wants user 'kg' with password 's3cret' and counts what it is sent."""
    received: list = []

    def _ok(self):
        return self.headers.get("Authorization") == "Basic " + base64.b64encode(b"kg:s3cret").decode()

    def do_PUT(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if not self._ok():
            self.send_response(401, "Unauthorized")
            self.end_headers()
            return
        self.received.append(self.path)
        self.send_response(204)
        self.end_headers()

    def do_GET(self):   # the shared graph, before merging into it: none yet
        self.send_response(404 if self._ok() else 401)
        self.end_headers()

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = json.dumps({"head": {"vars": ["n"]}, "results": {"bindings": [
            {"n": {"type": "literal", "value": str(len(self.received))}}]}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_user_and_password_from_the_environment(seeds_copy, monkeypatch):
    httpd = HTTPServer((HOST, 0), _Auth)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    endpoint = f"http://{HOST}:{httpd.server_address[1]}/ds/sparql"
    store = f"http://{HOST}:{httpd.server_address[1]}/ds/data"
    try:
        args = ["push", "--graph", str(seeds_copy), "--endpoint", endpoint, "--graph-store", store, "--user", "kg"]
        monkeypatch.delenv(PASSWORD_ENV, raising=False)
        missing = CliRunner().invoke(main, args)
        assert missing.exit_code == 1 and PASSWORD_ENV in missing.stderr
        monkeypatch.setenv(PASSWORD_ENV, "wrong")
        refused = CliRunner().invoke(main, args)
        assert refused.exit_code == 1 and refused.stderr.count("\n") == 1 and "HTTP 401" in refused.stderr
        monkeypatch.setenv(PASSWORD_ENV, "s3cret")
        accepted = CliRunner().invoke(main, args)
        assert accepted.exit_code == 0, accepted.output
        assert len(_Auth.received) == 6 and all(p.startswith("/ds/data?graph=https%3A%2F%2F") for p in _Auth.received)
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.mark.parametrize("endpoint", ["http://127.0.0.1:PORT/query", "127.0.0.1:7878/query", "ftp://host/query"])
def test_an_unusable_endpoint_is_one_line(seeds_build, endpoint):
    from click.testing import CliRunner
    from kg.cli import main
    out, _ = seeds_build
    result = CliRunner().invoke(main, ["push", "--graph", str(out), "--endpoint", endpoint])
    assert result.exit_code == 1
    assert "Traceback" not in result.output and result.output.startswith("kg: --endpoint")
    assert len(result.output.strip().splitlines()) == 1


# -- two builds, one server (../shared/cases/push-two-builds-*.jsonl) ---------------------------------------

ID = "https://w3id.org/caregraph/id/"
RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"


def labelled(server, iri) -> bool:
    return bool(server.count(f"ASK {{ GRAPH ?g {{ <{iri}> {RDFS_LABEL} ?l }} }}"))


def case_file(name):
    from tests.conftest import SHARED
    path = SHARED / "cases" / name
    if not path.exists():
        pytest.skip(f"no case at {path}")
    return path


def test_two_builds_pushed_in_turn_both_keep_their_descriptions(server, nlp, tmp_path):
    """push-two-builds: A, B, A to one server: A's person, her role and her council keep their labels after B's
    push, B's council its label after A's second push; A's second push sends nothing, since the server still
    has what A sent; the shared descriptions are merged, not replaced, and the push says so."""
    from kg.build import build
    a, b = tmp_path / "a", tmp_path / "b"
    build([str(case_file("push-two-builds-a.jsonl"))], a, nlp=nlp)
    build([str(case_file("push-two-builds-b.jsonl"))], b, nlp=nlp)
    a_only = [ID + "person/orla-fenwick", ID + "role/cabinet-member-for-childrens-services"]
    both = [ID + "council/E10000016", ID + "council/E08000035"]   # Kent (A's), Leeds (B's)
    runner = CliRunner()

    first = runner.invoke(main, ["push", "--graph", str(a), "--endpoint", server.endpoint])
    assert first.exit_code == 0 and "merged" not in first.stderr
    assert all(labelled(server, iri) for iri in a_only + both)
    second = runner.invoke(main, ["push", "--graph", str(b), "--endpoint", server.endpoint])
    assert second.exit_code == 0, second.output
    assert "kg: note: the shared descriptions were merged with" in second.stderr
    assert all(labelled(server, iri) for iri in a_only + both)
    third = push(a, server.endpoint)
    assert third.sent == 0
    assert all(labelled(server, iri) for iri in a_only + both)
    assert server.count(GRAPHS) == 3   # A's article, B's article, the shared descriptions


def test_a_pruned_persons_description_goes_unless_another_builds_article_names_her(server, nlp, tmp_path):
    from kg.build import build
    person = ID + "person/orla-fenwick"
    quote = ("Orla Fenwick, the council's cabinet member for children's services, said the council accepted "
             "the findings.")
    src_a, src_b, a, b = tmp_path / "src-a", tmp_path / "src-b", tmp_path / "a", tmp_path / "b"
    for src in (src_a, src_b):
        src.mkdir()
    (src_a / "kent.txt").write_text("12 March 2024\n\nKent County Council's children's services were rated "
                                    f"inadequate by Ofsted. {quote}\n", encoding="utf-8")
    (src_a / "devon.txt").write_text(ARTICLES["k3.txt"], encoding="utf-8")
    build([str(src_a)], a, nlp=nlp)
    push(a, server.endpoint)
    assert labelled(server, person)
    (src_a / "kent.txt").unlink()
    build([str(src_a)], a, nlp=nlp, prune=True)
    push(a, server.endpoint)
    assert not labelled(server, person)   # she left with A's article, and no other article names her

    (src_a / "kent.txt").write_text("12 March 2024\n\nKent County Council's children's "
                                    f"services were rated inadequate by Ofsted. {quote}\n", encoding="utf-8")
    (src_b / "kent-b.txt").write_text("2 April 2024\n\nKent County Council's children's services improved. "
                                      f"{quote}\n", encoding="utf-8")
    build([str(src_a)], a, nlp=nlp)
    build([str(src_b)], b, nlp=nlp)
    push(a, server.endpoint)
    push(b, server.endpoint)
    (src_a / "kent.txt").unlink()
    build([str(src_a)], a, nlp=nlp, prune=True)
    push(a, server.endpoint)
    assert labelled(server, person)   # B's article still names her
