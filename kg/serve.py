"""`kg serve`: the graph as a read-only SPARQL 1.1 Protocol endpoint on 127.0.0.1.

It runs Oxigraph's own server (the `oxigraph` CLI from PyPI): DIR/graph.ttl is loaded
with `oxigraph load` into a fresh store folder in a temporary directory, then
`oxigraph serve-read-only` answers queries at http://127.0.0.1:PORT/query (GET or POST),
and refuses updates (POST /update -> 403). The store folder is removed when the server stops.
"""
from __future__ import annotations

import contextlib
import errno
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

HOST = "127.0.0.1"  # never anything else: the endpoint is for this machine only
DEFAULT_PORT = 7878
READY_TIMEOUT = 30.0  # seconds to wait for the server to answer its first query
LOAD_TIMEOUT = 600.0  # seconds for `oxigraph load`
STOP_TIMEOUT = 10.0


class ServeError(Exception):
    """A problem the user can fix (missing graph, port taken, no oxigraph); one line."""


def oxigraph_binary() -> str:
    """The `oxigraph` CLI installed beside this Python (the venv), else on PATH."""
    beside = Path(sys.executable).parent / ("oxigraph.exe" if os.name == "nt" else "oxigraph")
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise ServeError("the oxigraph server is not installed; pip install oxigraph")


def graph_file(graph_dir) -> Path:
    path = Path(graph_dir) / "graph.ttl"
    if not path.is_file():
        raise ServeError(f"{path}: no such file; run kg build first")
    return path


def check_port(port: int, host: str = HOST) -> None:
    """ServeError if nothing can listen on host:port (taken, or not allowed)."""
    if not 0 < int(port) < 65536:
        raise ServeError(f"port {port}: not a TCP port (1-65535)")
    probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        probe.bind((host, int(port)))
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise ServeError(f"port {port} on {host} is already in use; choose another with --port") from None
        if exc.errno == errno.EACCES:
            raise ServeError(f"port {port} on {host}: permission denied; choose a port above 1023") from None
        raise ServeError(f"port {port} on {host}: {exc.strerror or exc}") from None
    finally:
        probe.close()


def load_store(graph_dir, store_dir) -> None:
    """`oxigraph load` DIR/graph.ttl into the (new) store folder store_dir."""
    path = graph_file(graph_dir)
    cmd = [oxigraph_binary(), "load", "--location", str(store_dir), "--file", str(path), "--format", "ttl"]
    try:
        done = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, timeout=LOAD_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise ServeError(f"{path}: loading took more than {LOAD_TIMEOUT:.0f} s") from None
    except OSError as exc:
        raise ServeError(f"cannot run oxigraph: {exc.strerror or exc}") from None
    if done.returncode != 0:
        raise ServeError(f"{path}: oxigraph could not load it: {_first_error(done.stderr)}")


def start(graph_dir, port: int = DEFAULT_PORT, *, ready_timeout: float = READY_TIMEOUT,
          cors: bool = True) -> subprocess.Popen:
    """Start the read-only endpoint on 127.0.0.1:PORT and return once it answers queries.

    The returned Popen has `.endpoint` (the query URL) and `.store_dir`; stop it with stop().
    """
    graph_file(graph_dir)
    check_port(port)
    store_dir = Path(tempfile.mkdtemp(prefix="caregraph-oxigraph-"))
    proc = None
    try:
        load_store(graph_dir, store_dir / "store")
        log = open(store_dir / "server.log", "w+b")
        cmd = [oxigraph_binary(), "serve-read-only", "--location", str(store_dir / "store"),
               "--bind", f"{HOST}:{int(port)}"]
        if cors:
            cmd.append("--cors")
        try:
            proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                    preexec_fn=_die_with_parent_hook())
        except OSError as exc:
            raise ServeError(f"cannot run oxigraph: {exc.strerror or exc}") from None
        finally:
            log.close()
        proc.store_dir = store_dir
        proc.endpoint = f"http://{HOST}:{int(port)}/query"
        _wait_ready(proc, ready_timeout)
        return proc
    except BaseException:
        if proc is not None:
            stop(proc)
        else:
            shutil.rmtree(store_dir, ignore_errors=True)
        raise


def stop(proc: subprocess.Popen, timeout: float = STOP_TIMEOUT) -> None:
    """Stop a server from start() (SIGTERM, then SIGKILL) and remove its store folder."""
    try:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=timeout)
    finally:
        store_dir = getattr(proc, "store_dir", None)
        if store_dir is not None:
            shutil.rmtree(store_dir, ignore_errors=True)


def serve(graph_dir, host: str = HOST, port: int = DEFAULT_PORT) -> None:
    """Serve DIR/graph.ttl read-only at http://127.0.0.1:PORT/query until Ctrl-C (blocking)."""
    if host not in (HOST, "localhost"):
        raise ServeError(f"{host}: kg serve only listens on {HOST}")
    proc = start(graph_dir, port)
    previous = _on_sigterm()
    try:
        print(f"kg: serving {graph_file(graph_dir)} read-only at {proc.endpoint} "
              f"(SPARQL 1.1; web UI at http://{HOST}:{int(port)}/); Ctrl-C to stop", file=sys.stderr, flush=True)
        code = proc.wait()
        if code not in (0, 130, 143, -signal.SIGINT, -signal.SIGTERM):
            raise ServeError(f"the oxigraph server stopped (exit code {code}): {_log_error(proc)}")
    except KeyboardInterrupt:
        print("kg: stopped", file=sys.stderr, flush=True)
    finally:
        stop(proc)
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


# ---------------------------------------------------------------------------------------------


def _wait_ready(proc: subprocess.Popen, timeout: float) -> None:
    """Poll ASK {} until the server answers; ServeError if it exits or the time runs out."""
    deadline = time.monotonic() + timeout
    url = proc.endpoint + "?query=ASK%7B%7D"
    while True:
        if proc.poll() is not None:
            raise ServeError(_start_failure(proc))
        try:
            request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
            with urllib.request.urlopen(request, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError, ValueError):
            pass
        if time.monotonic() > deadline:
            raise ServeError(f"the oxigraph server did not answer at {proc.endpoint} within {timeout:.0f} s")
        time.sleep(0.1)


def _start_failure(proc) -> str:
    reason = _log_error(proc)
    port = proc.endpoint.rsplit(":", 1)[1].split("/", 1)[0]
    if "address already in use" in reason.lower():
        return f"port {port} on {HOST} is already in use; choose another with --port"
    return f"the oxigraph server did not start: {reason}"


def _log_error(proc) -> str:
    with contextlib.suppress(OSError):
        return _first_error((Path(proc.store_dir) / "server.log").read_text(errors="replace"))
    return "no message"


def _first_error(text: str) -> str:
    """The first meaningful line of oxigraph's stderr (its 'Error: ...' line when there is one)."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    for line in lines:
        if line.startswith("Error:"):
            return line[len("Error:"):].strip()
    return lines[0] if lines else "no message"


def _die_with_parent_hook():
    """Linux: a preexec_fn that has the kernel SIGTERM the server when its parent thread dies.

    libc is looked up here, in the parent, so that the child only makes one system call.
    (The parent is the thread that called start(): call it from the main thread.)
    """
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes
        prctl = ctypes.CDLL("libc.so.6", use_errno=True).prctl
    except (OSError, AttributeError):
        return None

    def hook():  # pragma: no cover - runs in the child before exec
        prctl(1, int(signal.SIGTERM))  # PR_SET_PDEATHSIG
    return hook


def _on_sigterm():
    """Turn SIGTERM into KeyboardInterrupt so that serve() stops the server and cleans up."""
    def handler(signum, frame):
        raise KeyboardInterrupt
    try:
        return signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread
        return None
