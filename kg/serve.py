"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over a build.

Entry function: :func:`make_server` (``kg serve`` calls it and serves until Ctrl-C).

- ``/sparql`` answers GET (``?query=``) and POST (``application/x-www-form-urlencoded`` form or an
  ``application/sparql-query`` body). SELECT and ASK results come as JSON, XML, CSV or TSV,
  CONSTRUCT and DESCRIBE results as Turtle, JSON-LD, N-Triples or RDF/XML, chosen by the
  ``Accept`` header (or a ``format=`` parameter). The default graph is the union of the
  document graphs unless the request names ``default-graph-uri``.
- Updates are refused with 403 (an ``update=`` parameter, an ``application/sparql-update``
  body, or a query text that is an update operation); the store is never written.
- Each query runs in a worker process holding its own copy of the build. pyoxigraph cannot
  interrupt a running query from Python, so a query past ``timeout`` seconds is cut off by
  killing its worker (the client gets 503); a fresh worker replaces it in the background
  while the others keep serving.
- At most ``max_rows`` solutions (or triples) are returned; a cut answer carries the header
  ``KG-Truncated: true`` (and ``KG-Result-Limit``).
- ``/`` is a small self-contained HTML page to type queries; ``/graph.html`` serves the build
  folder's graph explorer when it exists.
"""

from __future__ import annotations

import ipaddress
import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Optional, Sequence
from urllib.parse import parse_qs, urlsplit

import pyoxigraph

from . import __version__
from .errors import KgError
from .sparql_results import MEDIA_TYPES, write_boolean, write_select
from .store import graph_file, open_store, rdf_format

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7879
DEFAULT_TIMEOUT = 10.0  #: seconds a query may run before its worker is killed
DEFAULT_MAX_ROWS = 10_000  #: solutions or triples per answer (Virtuoso's default ResultSetMaxRows)
MAX_REQUEST_BYTES = 1 << 20  #: a POST body larger than this gets 413
DRAIN_BYTES = 16 << 20  #: how much of a too-large body is read (and dropped) before answering 413
#: seconds a request may wait for a free worker beyond the query time limit (a replaced worker
#: needs about a second to start and load the build)
WORKER_START_ALLOWANCE = 30.0

#: (media type offered, format key) for SELECT/ASK results, in order of preference
RESULT_OFFERS = (
    ("application/sparql-results+json", "json"),
    ("application/json", "json"),
    ("application/sparql-results+xml", "xml"),
    ("application/xml", "xml"),
    ("text/xml", "xml"),
    ("text/csv", "csv"),
    ("text/tab-separated-values", "tsv"),
)
#: (media type offered, format key) for CONSTRUCT/DESCRIBE results, in order of preference
GRAPH_OFFERS = (
    ("text/turtle", "turtle"),
    ("application/x-turtle", "turtle"),
    ("application/ld+json", "jsonld"),
    ("application/json", "jsonld"),
    ("application/n-triples", "ntriples"),
    ("text/plain", "ntriples"),
    ("application/rdf+xml", "rdfxml"),
)
_RDF_FORMATS = {
    "turtle": (pyoxigraph.RdfFormat.TURTLE, "text/turtle; charset=utf-8"),
    "jsonld": (pyoxigraph.RdfFormat.JSON_LD, "application/ld+json"),
    "ntriples": (pyoxigraph.RdfFormat.N_TRIPLES, "application/n-triples"),
    "rdfxml": (pyoxigraph.RdfFormat.RDF_XML, "application/rdf+xml"),
}
#: values of the ``format=`` parameter -> (key for SELECT/ASK, key for CONSTRUCT/DESCRIBE)
FORMAT_PARAM = {
    "json": ("json", "jsonld"), "srj": ("json", None), "xml": ("xml", "rdfxml"), "srx": ("xml", None),
    "csv": ("csv", None), "tsv": ("tsv", None),
    "turtle": (None, "turtle"), "ttl": (None, "turtle"), "json-ld": (None, "jsonld"), "jsonld": (None, "jsonld"),
    "nt": (None, "ntriples"), "ntriples": (None, "ntriples"), "n-triples": (None, "ntriples"),
    "rdfxml": (None, "rdfxml"), "rdf": (None, "rdfxml"),
}

_PROLOGUE = re.compile(r"(?:\s+|#[^\n]*(?:\n|$)|PREFIX\s*[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)*", re.I)
_UPDATE_KEYWORD = re.compile(r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I)

READ_ONLY = ("this endpoint is read-only: SPARQL updates (INSERT, DELETE, LOAD, CLEAR, DROP, ...) are refused; "
             "rebuild with `kg build` to change the graph")


def is_update(text: str) -> bool:
    """Whether ``text`` is a SPARQL update operation (after its PREFIX/BASE declarations and comments)."""
    m = _PROLOGUE.match(text)
    return bool(_UPDATE_KEYWORD.match(text, m.end() if m else 0))


def negotiate(accept: Optional[str], offers: Sequence[tuple[str, str]]) -> Optional[tuple[str, str]]:
    """The offer the ``Accept`` header likes best (q-values, most specific range wins; ties go
    to the earlier offer); the first offer when there is no header; ``None`` when nothing fits."""
    if not accept or not accept.strip():
        return offers[0]
    ranges: list[tuple[str, str, float]] = []
    for part in accept.split(","):
        fields = [f.strip() for f in part.split(";")]
        mtype, _, sub = fields[0].lower().partition("/")
        if not mtype:
            continue
        q = 1.0
        for f in fields[1:]:
            name, _, value = f.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranges.append((mtype, sub or "*", q))
    best, best_q = None, 0.0
    for media, key in offers:
        mtype, _, sub = media.partition("/")
        q, rank = 0.0, -1
        for rt, rs, rq in ranges:
            if rt == mtype and rs == sub:
                r = 2
            elif rt == mtype and rs == "*":
                r = 1
            elif rt == "*" and rs == "*":
                r = 0
            else:
                continue
            if r > rank:
                rank, q = r, rq
        if q > best_q:
            best, best_q = (media, key), q
    return best


@dataclass(frozen=True)
class Reply:
    """An HTTP answer: status, content type, body, extra headers."""

    status: int
    content_type: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()


def text_reply(status: int, message: str, *headers: tuple[str, str]) -> Reply:
    return Reply(status, "text/plain; charset=utf-8", f"kg serve: {message}\n".encode("utf-8"), tuple(headers))


def execute(store: pyoxigraph.Store, job: dict[str, Any], prefixes: Optional[dict[str, str]] = None) -> Reply:
    """Run one query job on ``store`` and serialize its answer.

    ``job`` keys: ``query``; optional ``accept`` (the Accept header), ``format`` (a
    :data:`FORMAT_PARAM` key), ``max_rows``, ``default_graphs`` and ``named_graphs`` (IRIs).
    """
    max_rows = int(job.get("max_rows") or DEFAULT_MAX_ROWS)
    kwargs: dict[str, Any] = {}
    try:
        if job.get("default_graphs"):
            kwargs["default_graph"] = [pyoxigraph.NamedNode(g) for g in job["default_graphs"]]
        else:
            kwargs["use_default_graph_as_union"] = True
        if job.get("named_graphs"):
            kwargs["named_graphs"] = [pyoxigraph.NamedNode(g) for g in job["named_graphs"]]
    except ValueError as exc:
        return text_reply(400, f"bad graph IRI ({exc})")
    try:
        results = store.query(job["query"], **kwargs)
    except SyntaxError as exc:
        return text_reply(400, f"query syntax error: {exc}")
    except Exception as exc:  # evaluation errors surface here or while iterating
        return text_reply(500, f"query failed: {type(exc).__name__}: {exc}")

    graph_kind = isinstance(results, pyoxigraph.QueryTriples)
    offers = GRAPH_OFFERS if graph_kind else RESULT_OFFERS
    fmt_param = job.get("format")
    if fmt_param:
        key = FORMAT_PARAM[fmt_param][1 if graph_kind else 0]
        if key is None:
            return text_reply(406, f"format={fmt_param} does not fit a {'CONSTRUCT/DESCRIBE' if graph_kind else 'SELECT/ASK'} "
                                   f"query; use one of {_format_names(graph_kind)}")
    else:
        chosen = negotiate(job.get("accept"), offers)
        if chosen is None:
            return text_reply(406, f"none of the accepted types ({job.get('accept')}) can carry this answer; "
                                   f"offered: {', '.join(m for m, _ in offers)}")
        key = chosen[1]

    headers: list[tuple[str, str]] = []
    try:
        if isinstance(results, pyoxigraph.QueryBoolean):
            return Reply(200, MEDIA_TYPES[key], write_boolean(key, bool(results)))
        if graph_kind:
            triples = []
            for t in results:
                if len(triples) >= max_rows:
                    headers += [("KG-Truncated", "true"), ("KG-Result-Limit", str(max_rows))]
                    break
                triples.append(t)
            fmt, media = _RDF_FORMATS[key]
            body = pyoxigraph.serialize(triples, format=fmt,
                                        prefixes=prefixes if fmt is pyoxigraph.RdfFormat.TURTLE else None)
            return Reply(200, media, body or b"", tuple(headers))
        variables = [v.value for v in results.variables]
        n = len(variables)
        rows = []
        for sol in results:
            if len(rows) >= max_rows:
                headers += [("KG-Truncated", "true"), ("KG-Result-Limit", str(max_rows))]
                break
            rows.append(tuple(sol[i] for i in range(n)))
        return Reply(200, MEDIA_TYPES[key], write_select(key, variables, rows), tuple(headers))
    except Exception as exc:
        return text_reply(500, f"query failed: {type(exc).__name__}: {exc}")


def _format_names(graph_kind: bool) -> str:
    return ", ".join(sorted(k for k, v in FORMAT_PARAM.items() if v[1 if graph_kind else 0]))


# --- worker processes -------------------------------------------------------------------

def worker_entry(fd: int) -> None:
    """A worker process (``python -c ...worker_entry(FD)``): receive the build over the socket
    ``fd``, load it, then answer jobs until the parent closes the socket."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    conn = Connection(fd)
    try:
        _, data, suffix, prefixes = conn.recv()
        store = pyoxigraph.Store()
        store.bulk_load(data, rdf_format(suffix))
        del data
        conn.send(("ready", len(store)))
    except (EOFError, OSError):
        return
    except Exception as exc:
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply = execute(store, job, prefixes)
        except Exception as exc:  # never let one query take the worker down
            reply = text_reply(500, f"internal error: {type(exc).__name__}: {exc}")
        try:
            conn.send(reply)
        except OSError:
            return


class _Worker:
    __slots__ = ("process", "conn")

    def __init__(self, process: subprocess.Popen, conn: Connection) -> None:
        self.process = process
        self.conn = conn

    def stop(self) -> None:
        try:
            self.process.kill()
        except OSError:
            pass
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            pass
        self.conn.close()


class WorkerPool:
    """Worker processes, each with its own store; a query past its time limit kills its worker.

    A worker is a fresh interpreter (``subprocess``, not ``fork``: forking a process that
    runs threads is unsafe, and ``multiprocessing``'s spawn would re-run the caller's main
    module) talking pickles over a socket pair; the parent keeps the build's bytes and sends
    them to each worker it starts, so a replacement loads exactly the same graph.
    """

    def __init__(self, data: bytes, suffix: str, prefixes: dict[str, str], size: int,
                 *, start_timeout: float = 120.0, log: Any = None) -> None:
        self._load = ("load", data, suffix, prefixes)
        self._start_timeout = start_timeout
        self._idle: "queue.Queue[_Worker]" = queue.Queue()
        self._lock = threading.Lock()
        self._live: set[_Worker] = set()
        self._closed = False
        self._log = log or (lambda msg: None)
        self.size = size
        self.quads = 0
        self.cut_off = 0  #: queries cut off at the time limit
        self.restarts = 0  #: workers started to replace one that was killed or died
        try:
            launched = [self._launch() for _ in range(size)]
            for w in launched:
                self.quads = self._await_ready(w)
                self._idle.put(w)
        except BaseException:
            self.close()
            raise

    def _launch(self) -> _Worker:
        ours, theirs = socket.socketpair()
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (_PACKAGE_ROOT, env.get("PYTHONPATH")) if p)
        try:
            proc = subprocess.Popen(
                [sys.executable, "-c", "import sys; from kg.serve import worker_entry; worker_entry(int(sys.argv[1]))",
                 str(theirs.fileno())],
                pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL, env=env, close_fds=True)
        except OSError as exc:
            ours.close()
            raise KgError("serve-worker", "kg serve", detail=str(exc)) from None
        finally:
            theirs.close()
        w = _Worker(proc, Connection(ours.detach()))
        with self._lock:
            self._live.add(w)
        try:
            w.conn.send(self._load)
        except OSError:
            pass  # it died already: _await_ready says so
        return w

    def _await_ready(self, w: _Worker) -> int:
        try:
            if not w.conn.poll(self._start_timeout):
                raise KgError("serve-worker", "kg serve", detail=f"no worker ready after {self._start_timeout:.0f} s")
            status, info = w.conn.recv()
        except (EOFError, OSError):
            w.process.poll()
            raise KgError("serve-worker", "kg serve",
                          detail=f"a worker exited while loading the graph (exit code {w.process.returncode})") from None
        if status != "ready":
            raise KgError("serve-worker", "kg serve", detail=str(info))
        return int(info)

    def _retire(self, w: _Worker) -> None:
        with self._lock:
            self._live.discard(w)
        w.stop()
        if not self._closed:
            threading.Thread(target=self._replace, name="kg-serve-restart", daemon=True).start()

    def _replace(self) -> None:
        w = None
        try:
            w = self._launch()
            self._await_ready(w)
        except Exception as exc:
            self._log(f"kg serve: could not start a replacement worker ({exc})")
            if w is not None:
                self._discard(w)
            return
        with self._lock:
            self.restarts += 1
            closed = self._closed
        if closed:
            self._discard(w)
        else:
            self._idle.put(w)

    def _discard(self, w: _Worker) -> None:
        with self._lock:
            self._live.discard(w)
        w.stop()

    def run(self, job: dict[str, Any], timeout: float) -> Reply:
        """Run ``job`` on an idle worker; cut it off after ``timeout`` seconds."""
        wait = timeout + WORKER_START_ALLOWANCE  # every busy worker is free or replaced by then
        try:
            w = self._idle.get(timeout=wait)
        except queue.Empty:
            return text_reply(503, f"busy: all {self.size} query workers stayed busy for {wait:g} s; try again",
                              ("Retry-After", "1"))
        try:
            w.conn.send(job)
            if not w.conn.poll(timeout):
                with self._lock:
                    self.cut_off += 1
                self._retire(w)
                return text_reply(503, f"query cut off: it ran longer than the time limit of {timeout:g} s "
                                       f"(see kg serve --timeout)")
            reply = w.conn.recv()
        except (EOFError, OSError):
            self._retire(w)
            return text_reply(500, "the query's worker process died (out of memory?); it has been replaced")
        self._idle.put(w)
        return reply

    def close(self) -> None:
        with self._lock:
            self._closed = True
            live = list(self._live)
            self._live.clear()
        for w in live:
            w.stop()


_PACKAGE_ROOT = str(Path(__file__).resolve().parent.parent)


# --- HTTP ---------------------------------------------------------------------------------

class _HttpError(Exception):
    def __init__(self, reply: Reply, close: bool = False) -> None:
        super().__init__(reply.status)
        self.reply = reply
        self.close = close


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server; :attr:`url` is its base URL, :attr:`endpoint` the SPARQL endpoint."""

    daemon_threads = True
    block_on_close = False

    def __init__(self, address: tuple[str, int], pool: Optional[WorkerPool], *, graph_path: Path,
                 timeout: float, max_rows: int, quiet: bool, prefixes: Optional[dict[str, str]] = None) -> None:
        self.pool = pool
        self.prefixes = prefixes or {}
        self.graph_path = graph_path
        self.site_dir = graph_path.parent
        self.timeout_s = timeout
        self.max_rows = max_rows
        self.quiet = quiet
        super().__init__(address, _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return  # the client went away mid-answer: nothing to report
        super().handle_error(request, client_address)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{port}/"

    @property
    def endpoint(self) -> str:
        return self.url + "sparql"

    def close(self) -> None:
        """Stop serving (if serving in another thread), close the socket and stop the workers."""
        try:
            self.server_close()
        finally:
            if self.pool is not None:
                self.pool.close()


class _SparqlServer6(SparqlServer):
    address_family = socket.AF_INET6


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = f"kg/{__version__}"
    protocol_version = "HTTP/1.1"

    # -- plumbing
    def setup(self) -> None:
        super().setup()
        # headers and body are separate writes: without this, Nagle's algorithm and the client's
        # delayed ACK hold every keep-alive answer back by ~40 ms
        try:
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (BaseHTTPRequestHandler's name)
        if not self.server.quiet:
            sys.stderr.write(f"kg serve: {self.address_string()} {format % args}\n")

    def _send(self, reply: Reply, *, close: bool = False, head_only: bool = False) -> None:
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for name, value in reply.headers:
            self.send_header(name, value)
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if not head_only:
            self.wfile.write(reply.body)

    def _body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            raise _HttpError(text_reply(411, "send the request body with a Content-Length"), close=True)
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            raise _HttpError(text_reply(400, "bad Content-Length"), close=True) from None
        if length > MAX_REQUEST_BYTES:
            # read (a bounded amount of) what the client sends, so it sees the 413 rather than a reset
            left = min(length, DRAIN_BYTES)
            while left > 0:
                chunk = self.rfile.read(min(left, 1 << 16))
                if not chunk:
                    break
                left -= len(chunk)
            raise _HttpError(text_reply(413, f"request body larger than {MAX_REQUEST_BYTES:,} bytes"), close=True)
        return self.rfile.read(length) if length > 0 else b""

    def _handle(self, method: str) -> None:
        try:
            path = urlsplit(self.path).path
            if method in ("POST", "PUT", "DELETE", "PATCH"):
                body = self._body()
            else:
                body = b""
            if path == "/sparql":
                if method not in ("GET", "POST"):
                    raise _HttpError(text_reply(405, f"{method} is not allowed: {READ_ONLY}", ("Allow", "GET, POST")))
                self._send(self._sparql(method, body))
            elif path in ("/", "/index.html"):
                self._only_get(method)
                self._send(self._page(), head_only=method == "HEAD")
            elif path == "/graph.html":
                self._only_get(method)
                self._send(self._graph_html(), head_only=method == "HEAD")
            else:
                raise _HttpError(text_reply(404, f"nothing at {path}; the SPARQL endpoint is /sparql"))
        except _HttpError as exc:
            self._send(exc.reply, close=exc.close, head_only=method == "HEAD")

    def _only_get(self, method: str) -> None:
        if method not in ("GET", "HEAD"):
            raise _HttpError(text_reply(405, f"{method} is not allowed here", ("Allow", "GET, HEAD")))

    def do_GET(self) -> None:  # noqa: N802
        self._handle("GET")

    def do_HEAD(self) -> None:  # noqa: N802
        self._handle("HEAD")

    def do_POST(self) -> None:  # noqa: N802
        self._handle("POST")

    def do_PUT(self) -> None:  # noqa: N802
        self._handle("PUT")

    def do_DELETE(self) -> None:  # noqa: N802
        self._handle("DELETE")

    def do_PATCH(self) -> None:  # noqa: N802
        self._handle("PATCH")

    # -- routes
    def _sparql(self, method: str, body: bytes) -> Reply:
        params = parse_qs(urlsplit(self.path).query, keep_blank_values=True)
        direct: Optional[str] = None
        if method == "POST":
            ctype = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
            if ctype == "application/sparql-update":
                return text_reply(403, READ_ONLY)
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                return text_reply(400, "the request body is not UTF-8")
            if ctype == "application/x-www-form-urlencoded":
                for k, v in parse_qs(text, keep_blank_values=True).items():
                    params.setdefault(k, []).extend(v)
            elif ctype == "application/sparql-query":
                direct = text
            else:
                return text_reply(415, f"unsupported Content-Type '{ctype or '(none)'}': POST a form "
                                       "(application/x-www-form-urlencoded) or a query (application/sparql-query)")
        if "update" in params:
            return text_reply(403, READ_ONLY)
        queries = params.get("query", []) + ([direct] if direct is not None else [])
        if not queries:
            if "text/html" in self.headers.get("Accept", ""):  # a browser: show the query page
                return Reply(303, "text/plain; charset=utf-8", b"see /\n", (("Location", "/"),))
            return text_reply(400, "missing 'query' parameter (GET /sparql?query=... or POST); the query page is at /")
        if len(queries) > 1:
            return text_reply(400, "exactly one query per request, please")
        query = queries[0]
        if is_update(query):
            return text_reply(403, READ_ONLY)
        fmt = (params.get("format") or [None])[-1]
        if fmt is not None:
            fmt = fmt.strip().lower()
            if fmt not in FORMAT_PARAM:
                return text_reply(400, f"unknown format={fmt}; use one of {', '.join(sorted(FORMAT_PARAM))}")
        job = {
            "query": query,
            "accept": self.headers.get("Accept"),
            "format": fmt,
            "max_rows": self.server.max_rows,
            "default_graphs": params.get("default-graph-uri", []),
            "named_graphs": params.get("named-graph-uri", []),
        }
        reply = self.server.pool.run(job, self.server.timeout_s)
        return Reply(reply.status, reply.content_type, reply.body, reply.headers + (("Vary", "Accept"),))

    def _page(self) -> Reply:
        from .serve_page import render_page

        has_graph = (self.server.site_dir / "graph.html").is_file()
        html = render_page(graph_link=has_graph, graph_name=self.server.graph_path.name,
                           quads=self.server.pool.quads, max_rows=self.server.max_rows,
                           timeout=self.server.timeout_s, examples=example_queries(),
                           prefixes=self.server.prefixes)
        return Reply(200, "text/html; charset=utf-8", html.encode("utf-8"),
                     (("Content-Security-Policy", "default-src 'none'; script-src 'unsafe-inline'; "
                                                  "style-src 'unsafe-inline'; connect-src 'self'; form-action 'self'"),))

    def _graph_html(self) -> Reply:
        path = self.server.site_dir / "graph.html"
        try:
            data = path.read_bytes()
        except OSError:
            raise _HttpError(text_reply(404, "this build has no graph.html")) from None
        return Reply(200, "text/html; charset=utf-8", data)


# --- the server ----------------------------------------------------------------------------

def example_queries() -> Optional[list[tuple[str, str]]]:
    """The query library's queries as (title, text) for the query page, or ``None`` (built-in examples)."""
    try:
        from .sparql import library

        found = [(f"{q.name}: {q.title}" if q.title else q.name, q.text) for q in library()]
    except Exception:  # the page must not fail because of one bad library file
        return None
    if not found:
        return None
    from .serve_page import BUILTIN_EXAMPLES

    # a first look at the graph, the library, and a CONSTRUCT to show Turtle answers
    return [BUILTIN_EXAMPLES[0], *found, BUILTIN_EXAMPLES[-1]]


def is_loopback(host: str) -> bool:
    """Whether every address ``host`` names is a loopback address."""
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror:
        return False
    addrs = {info[4][0] for info in infos}
    return bool(addrs) and all(ipaddress.ip_address(a.split("%")[0]).is_loopback for a in addrs)


def make_server(path: str | os.PathLike[str] = "output", host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *,
                timeout: float = DEFAULT_TIMEOUT, max_rows: int = DEFAULT_MAX_ROWS, workers: Optional[int] = None,
                quiet: bool = False) -> SparqlServer:
    """Load the build at ``path`` (a graph file or a build folder) and bind an endpoint to
    ``host:port`` (``port=0`` picks a free port). Call ``serve_forever()`` on the result, and
    ``close()`` when done (after ``shutdown()`` if serving in another thread)."""
    from .namespaces import PREFIXES

    gpath = graph_file(path)
    open_store(gpath)  # one-line errors for a missing or broken graph, before any worker starts
    data = gpath.read_bytes()
    size = workers if workers and workers > 0 else max(1, min(4, os.cpu_count() or 1))
    prefixes = {k: str(v) for k, v in PREFIXES.items()}
    cls = _SparqlServer6 if ":" in host else SparqlServer
    try:  # bind first: a port in use fails at once, before workers are started
        server = cls((host, port), None, graph_path=gpath.resolve(), timeout=timeout, max_rows=max_rows,
                     quiet=quiet, prefixes=prefixes)
    except OSError as exc:
        raise KgError("serve-bind", f"{host}:{port}", detail=exc.strerror or str(exc)) from None
    try:
        server.pool = WorkerPool(data, gpath.suffix.lower(), prefixes, size,
                                 log=lambda msg: print(msg, file=sys.stderr, flush=True))
    except BaseException:
        server.server_close()
        raise
    return server
