"""`kg serve`: the graph as a read-only SPARQL 1.1 Protocol endpoint on 127.0.0.1.

It runs Oxigraph's own server (the `oxigraph` CLI from PyPI): DIR/graph.ttl is loaded
with `oxigraph load` into a fresh store folder in a temporary directory, then
`oxigraph serve-read-only` answers queries at http://127.0.0.1:PORT/query (GET or POST),
and refuses updates (POST /update -> 403). The store folder is removed when the server stops.

A query runs for at most `timeout` seconds: a query written by mistake (a cross product of three
patterns) is cancelled and answered with an error (503), instead of keeping a core busy after the
client has given up (class Server).
"""
from __future__ import annotations

import contextlib
import errno
import http.client
import os
import queue
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HOST = "127.0.0.1"  # never anything else: the endpoint is for this machine only
DEFAULT_PORT = 7878
READY_TIMEOUT = 30.0  # seconds to wait for the server to answer its first query
LOAD_TIMEOUT = 600.0  # seconds for `oxigraph load`
STOP_TIMEOUT = 10.0
QUERY_TIMEOUT = 180  # seconds a query may run: a few minutes, then it is cancelled


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


class Server:
    """The running endpoint: `oxigraph serve-read-only` on an internal port, behind a small proxy on
    127.0.0.1:PORT that gives each request `timeout` seconds. Oxigraph's own --timeout-s does not stop
    every evaluation (a COUNT over a cross product runs on), so when the time is up the proxy answers
    503, and the Oxigraph process is killed and started again on the same store (about a second; a
    query running beside the runaway one is answered 502). The processes are started by one long-lived
    thread: the kernel stops them when it ends (_die_with_parent_hook)."""

    def __init__(self, store_dir: Path, port: int, timeout: int, cors: bool, ready_timeout: float):
        self.store_dir, self.timeout, self.cors, self.ready_timeout = store_dir, int(timeout), cors, ready_timeout
        self.endpoint = f"http://{HOST}:{int(port)}/query"
        self.proc: subprocess.Popen | None = None     # the current Oxigraph process
        self.generation = 0                           # how many times it was started
        self.cancelled = 0                            # queries cancelled at the time limit
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self._failure: BaseException | None = None
        self._stopping = False
        self._orders: queue.Queue = queue.Queue()
        self._supervisor = threading.Thread(target=self._supervise, name="kg-serve-oxigraph", daemon=True)
        self._supervisor.start()
        self._http = None
        try:
            self._wait_backend()
            self._http = _ProxyServer((HOST, int(port)), _Proxy)
        except OSError as exc:
            self.stop()
            if exc.errno == errno.EADDRINUSE:
                raise ServeError(f"port {port} on {HOST} is already in use; choose another with --port") from None
            raise ServeError(f"port {port} on {HOST}: {exc.strerror or exc}") from None
        except BaseException:
            self.stop()
            raise
        self._http.owner = self
        threading.Thread(target=self._http.serve_forever, name="kg-serve-proxy", daemon=True).start()

    # -- the Oxigraph process, owned by the supervisor thread ------------------------------------------

    def _supervise(self) -> None:
        while True:
            order = self._orders.get() if self.generation else "start"
            if order == "stop":
                return
            try:
                self._launch()
            except BaseException as exc:  # noqa: BLE001 -- handed to the waiting thread
                self._failure = exc
                self._ready.set()
                return

    def _launch(self) -> None:
        backend_port = _free_port()
        log = open(self.store_dir / "server.log", "ab")
        cmd = [oxigraph_binary(), "serve-read-only", "--location", str(self.store_dir / "store"),
               "--bind", f"{HOST}:{backend_port}", "--timeout-s", str(self.timeout)]
        if self.cors:
            cmd.append("--cors")
        try:
            proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                    preexec_fn=_die_with_parent_hook())
        except OSError as exc:
            raise ServeError(f"cannot run oxigraph: {exc.strerror or exc}") from None
        finally:
            log.close()
        proc.endpoint = f"http://{HOST}:{backend_port}/query"
        proc.store_dir = self.store_dir
        _wait_ready(proc, self.ready_timeout)
        with self._lock:
            self.proc, self.backend_port = proc, backend_port
            self.generation += 1
        self._ready.set()

    def _wait_backend(self) -> tuple[int, int]:
        """(port, generation) of a running Oxigraph process, waiting while it is started again."""
        if not self._ready.wait(self.ready_timeout + 5) or self._failure is not None:
            raise self._failure or ServeError("the oxigraph server did not start")
        with self._lock:
            return self.backend_port, self.generation

    def cancel(self, generation: int) -> None:
        """Stop the evaluation of a query that ran out of time: kill the process evaluating it (once,
        whichever request noticed) and have the supervisor start another."""
        with self._lock:
            if generation != self.generation or self._stopping:
                return
            self._ready.clear()
            self.cancelled += 1
            proc = self.proc
        proc.kill()
        proc.wait()
        self._orders.put("start")

    # -- what callers use -------------------------------------------------------------------------------

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc is not None else None

    def poll(self) -> int | None:
        """None while serving; the Oxigraph process's exit code once it stopped of itself."""
        if self._stopping:
            return 0
        with self._lock:
            proc = self.proc
        if proc is None or not self._ready.is_set():
            return None   # being started (again)
        return proc.poll()

    def wait(self) -> int:
        while True:
            code = self.poll()
            if code is not None:
                return code
            time.sleep(0.2)

    def stop(self, timeout: float = STOP_TIMEOUT) -> None:
        self._stopping = True
        if self._http is not None:
            self._http.shutdown()
            self._http.server_close()
        self._orders.put("stop")
        self._supervisor.join(timeout=self.ready_timeout + timeout)
        proc = self.proc
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=timeout)
        shutil.rmtree(self.store_dir, ignore_errors=True)


_HOP_BY_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailers",
               "transfer-encoding", "upgrade", "host"}


class _ProxyServer(ThreadingHTTPServer):
    daemon_threads = True


class _Proxy(BaseHTTPRequestHandler):
    """Passes a request to the Oxigraph process and its answer back, within the time limit."""

    def do_GET(self):
        self._forward()

    do_POST = do_PUT = do_DELETE = do_HEAD = do_OPTIONS = do_PATCH = do_GET

    def _forward(self) -> None:
        owner: Server = self.server.owner
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        deadline = time.monotonic() + owner.timeout
        try:
            port, generation = owner._wait_backend()
        except BaseException:  # noqa: BLE001
            return self._error(502, "the oxigraph server is not running")
        conn = http.client.HTTPConnection(HOST, port, timeout=owner.timeout)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
        try:
            conn.request(self.command, self.path, body, headers)
            answer = conn.getresponse()
        except TimeoutError:
            owner.cancel(generation)
            return self._error(503, f"query cancelled: it ran longer than the server's time limit of "
                                    f"{owner.timeout} s (kg serve --timeout)")
        except (OSError, http.client.HTTPException):
            return self._error(502, "the query was stopped with another that ran longer than the time limit")
        try:
            self.send_response(answer.status, answer.reason)
            for k, v in answer.getheaders():
                if k.lower() not in _HOP_BY_HOP:
                    self.send_header(k, v)
            self.send_header("Connection", "close")
            self.end_headers()
            while self.command != "HEAD":
                if time.monotonic() > deadline:
                    owner.cancel(generation)   # results streaming on past the limit
                    break
                chunk = answer.read1(65536)
                if not chunk:
                    break
                self.wfile.write(chunk)
        except TimeoutError:
            owner.cancel(generation)
        except OSError:
            pass   # the client gave up
        finally:
            conn.close()

    def _error(self, code: int, message: str) -> None:
        data = (message + "\n").encode("utf-8")
        try:
            self.send_response(code)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Access-Control-Allow-Origin", "*")
            self.end_headers()
            self.wfile.write(data)
        except OSError:
            pass   # the client gave up long ago

    def log_message(self, *args):
        pass


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def start(graph_dir, port: int = DEFAULT_PORT, *, ready_timeout: float = READY_TIMEOUT,
          cors: bool = True, timeout: int = QUERY_TIMEOUT) -> Server:
    """Start the read-only endpoint on 127.0.0.1:PORT and return once it answers queries; a query is
    cancelled after `timeout` seconds. The Server has `.endpoint` (the query URL) and `.store_dir`;
    stop it with stop()."""
    graph_file(graph_dir)
    if not 0 < int(timeout):
        raise ServeError(f"--timeout {timeout}: give the seconds a query may run, at least 1")
    check_port(port)
    store_dir = Path(tempfile.mkdtemp(prefix="caregraph-oxigraph-"))
    try:
        load_store(graph_dir, store_dir / "store")
        return Server(store_dir, port, timeout, cors, ready_timeout)
    except BaseException:
        shutil.rmtree(store_dir, ignore_errors=True)
        raise


def stop(server: Server, timeout: float = STOP_TIMEOUT) -> None:
    """Stop a server from start() (SIGTERM, then SIGKILL) and remove its store folder."""
    server.stop(timeout)


def serve(graph_dir, host: str = HOST, port: int = DEFAULT_PORT, timeout: int = QUERY_TIMEOUT) -> None:
    """Serve DIR/graph.ttl read-only at http://127.0.0.1:PORT/query until Ctrl-C (blocking)."""
    if host not in (HOST, "localhost"):
        raise ServeError(f"{host}: kg serve only listens on {HOST}")
    server = start(graph_dir, port, timeout=timeout)
    previous = _on_sigterm()
    try:
        print(f"kg: serving {graph_file(graph_dir)} read-only at {server.endpoint} "
              f"(SPARQL 1.1; web UI at http://{HOST}:{int(port)}/; a query may run {int(timeout)} s); "
              "Ctrl-C to stop", file=sys.stderr, flush=True)
        code = server.wait()
        if code not in (0, 130, 143, -signal.SIGINT, -signal.SIGTERM):
            raise ServeError(f"the oxigraph server stopped (exit code {code}): {_log_error(server)}")
    except KeyboardInterrupt:
        print("kg: stopped", file=sys.stderr, flush=True)
    finally:
        server.stop()
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
