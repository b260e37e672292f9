"""`kg serve`: Oxigraph's read-only SPARQL 1.1 endpoint over the seeds' graph, on loopback."""
from __future__ import annotations

import json
import sys
import urllib.error
import urllib.parse
import urllib.request

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.query import QUERIES_DIR
from kg.serve import HOST, ServeError, start, stop
from tests.conftest import free_port

TIMEOUT = 20  # seconds, for every HTTP request
JSON_RESULTS = "application/sparql-results+json"


@pytest.fixture(scope="module")
def server(seeds_build):
    out, _ = seeds_build
    proc = start(out, free_port(), ready_timeout=30)
    try:
        yield proc
    finally:
        stop(proc, timeout=10)


def bindings(response) -> list[dict]:
    assert response.status == 200
    assert response.headers.get_content_type() == JSON_RESULTS
    doc = json.loads(response.read().decode("utf-8"))
    return [{k: v["value"] for k, v in b.items()} for b in doc["results"]["bindings"]]


def get(server, query: str) -> list[dict]:
    url = server.endpoint + "?" + urllib.parse.urlencode({"query": query})
    request = urllib.request.Request(url, headers={"Accept": JSON_RESULTS})
    with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
        return bindings(response)


def post(server, query: str) -> list[dict]:
    request = urllib.request.Request(server.endpoint, data=query.encode("utf-8"), method="POST",
                                     headers={"Content-Type": "application/sparql-query", "Accept": JSON_RESULTS})
    with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
        return bindings(response)


def stored(name: str) -> str:
    return (QUERIES_DIR / f"{name}.rq").read_text(encoding="utf-8")


def test_listens_on_loopback_only(server):
    assert server.endpoint.startswith(f"http://{HOST}:")
    assert server.poll() is None


def test_get_latest_judgement(server):
    latest = {r["gss"]: r["rating"] for r in get(server, stored("latest-judgement"))}
    assert latest == {"E10000034": "inadequate", "E10000013": "inadequate", "E08000024": "inadequate"}


def test_post_quotes_and_provider_councils(server):
    speakers = {r["speaker"] for r in post(server, stored("quotes"))}
    assert {"Amanda Spielman", "Chris Spencer"} <= speakers
    providers = post(server, stored("provider-councils"))
    assert ("Together for Children", "E08000024", "inadequate") in {
        (r["provider"], r["gss"], r.get("rating")) for r in providers}


def test_the_endpoint_also_answers_on_sparql(server):
    """README: the same endpoint at /query and /sparql, by GET, POST of a query, and POST of a form."""
    sparql = server.endpoint.rsplit("/", 1)[0] + "/sparql"
    query = stored("latest-judgement")
    expected = get(server, query)
    url = sparql + "?" + urllib.parse.urlencode({"query": query})
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": JSON_RESULTS}), timeout=TIMEOUT) as r:
        assert bindings(r) == expected
    for data, content_type in ((query.encode("utf-8"), "application/sparql-query"),
                               (urllib.parse.urlencode({"query": query}).encode("ascii"),
                                "application/x-www-form-urlencoded")):
        request = urllib.request.Request(sparql, data=data, method="POST",
                                         headers={"Content-Type": content_type, "Accept": JSON_RESULTS})
        with urllib.request.urlopen(request, timeout=TIMEOUT) as r:
            assert bindings(r) == expected


def test_same_rows_as_kg_query(server, seeds_build):
    out, _ = seeds_build
    result = CliRunner().invoke(main, ["query", "inadequate-with-issues", "--graph", str(out), "--format", "json"])
    doc = json.loads(result.stdout)
    expected = [{k: v["value"] for k, v in b.items()} for b in doc["results"]["bindings"]]
    assert get(server, stored("inadequate-with-issues")) == expected


def test_update_is_refused(server):
    update = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }"
    request = urllib.request.Request(server.endpoint.rsplit("/", 1)[0] + "/update", data=update.encode("utf-8"),
                                     method="POST", headers={"Content-Type": "application/sparql-update"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=TIMEOUT)
    assert not 200 <= refused.value.code < 300
    assert get(server, "SELECT * WHERE { <urn:x:a> ?p ?o }") == []


def test_port_taken_is_a_one_line_error(server, seeds_build):
    out, _ = seeds_build
    port = int(server.endpoint.rsplit(":", 1)[1].split("/")[0])
    with pytest.raises(ServeError, match="already in use"):
        start(out, port, ready_timeout=10)
    result = CliRunner().invoke(main, ["serve", "--graph", str(out), "--port", str(port)])
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "already in use" in result.stderr


def test_missing_graph_is_a_one_line_error(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--graph", str(tmp_path / "nothing"), "--port", str(free_port())])
    assert result.exit_code == 1
    assert result.stderr == f"kg: {tmp_path / 'nothing' / 'graph.ttl'}: no such file; run kg build first\n"


def test_stop_removes_the_store(seeds_build):
    out, _ = seeds_build
    proc = start(out, free_port(), ready_timeout=30)
    store = proc.store_dir
    assert store.is_dir()
    stop(proc, timeout=10)
    assert proc.poll() is not None and not store.exists()


def cpu_seconds(pid: int) -> float | None:
    """User and system CPU time of a live process (Linux /proc), None once it is gone."""
    import os
    try:
        fields = open(f"/proc/{pid}/stat", encoding="ascii").read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    if fields[0] == "Z":
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def runaway(server, wait: float):
    from tests.conftest import SHARED
    path = SHARED / "cases" / "runaway-query.rq"
    if not path.exists():
        pytest.skip(f"no case at {path}")
    request = urllib.request.Request(server.endpoint, data=path.read_bytes(), method="POST",
                                     headers={"Content-Type": "application/sparql-query", "Accept": JSON_RESULTS})
    return urllib.request.urlopen(request, timeout=wait)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads CPU time from /proc")
def test_a_runaway_query_is_cancelled_and_the_server_stops_using_the_cpu(seeds_build):
    """runaway-query.rq (a cross product): a client that gives up leaves no evaluation behind once the time
    limit is reached; one that waits is answered with an error naming the limit; the endpoint goes on."""
    import time
    out, _ = seeds_build
    server = start(out, free_port(), ready_timeout=30, timeout=2)
    try:
        evaluating = server.pid
        with pytest.raises((TimeoutError, urllib.error.URLError)):
            runaway(server, wait=0.5)          # the client gives up
        assert cpu_seconds(evaluating) is not None   # ... and the server is still at it
        deadline = time.monotonic() + 10
        while server.cancelled == 0 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert server.cancelled == 1
        while cpu_seconds(evaluating) is not None and time.monotonic() < deadline:
            time.sleep(0.05)                    # (killed, it may take a moment to be reaped on a busy machine)
        assert cpu_seconds(evaluating) is None  # the process evaluating it is gone
        while server.pid == evaluating and time.monotonic() < deadline:
            time.sleep(0.1)                     # (another is started in its place)
        now = server.pid
        before = cpu_seconds(now)
        time.sleep(1.5)
        assert cpu_seconds(now) - before < 0.5  # and nothing else is busy on its behalf

        started = time.monotonic()
        with pytest.raises(urllib.error.HTTPError) as refused:
            runaway(server, wait=15)           # a client that waits
        assert refused.value.code == 503 and "time limit of 2 s" in refused.value.read().decode()
        assert time.monotonic() - started < 10
        assert len(get(server, stored("latest-judgement"))) == 3   # the endpoint goes on answering
    finally:
        stop(server)


def test_the_web_ui_is_served_through_the_time_limit(server):
    with urllib.request.urlopen(server.endpoint.rsplit("/", 1)[0] + "/", timeout=TIMEOUT) as response:
        assert response.status == 200 and response.headers.get_content_type() == "text/html"


def test_timeout_below_one_second_is_refused(seeds_build):
    out, _ = seeds_build
    result = CliRunner().invoke(main, ["serve", "--graph", str(out), "--port", str(free_port()), "--timeout", "0"])
    assert result.exit_code == 2 and "Traceback" not in result.output and "--timeout" in result.output
