"""``kg push``: upload a build to a triple store over the SPARQL 1.1 Graph Store HTTP Protocol.

Entry function: :func:`push`.

Each document graph of the build is PUT to ``{endpoint}?graph={IRI}`` — PUT replaces the
graph, so pushing again never duplicates anything. The build's default graph (the build
activity and what each document graph was derived from) goes to a named graph of its own,
:data:`PROVENANCE_GRAPH` (``…/id/graph/provenance``), not to the store's default graph: a
shared store's default graph may hold other data, and stores that query the union of their
named graphs (Fuseki's ``unionDefaultGraph``, Oxigraph's ``union-default-graph``) then see
the whole build, with every query answering as on the build except one that lists graphs
(``GRAPH ?g``), which sees the provenance graph too. ``provenance="default"`` (``--provenance
default``) puts it into the store's default graph instead, replacing that graph: an exact mirror
of the build's dataset, for a store of its own.

Before uploading, the provenance of the previous push is read; document graphs it lists that
the new build no longer has are deleted at the end, so a re-push replaces the previous build
rather than adding to it.

With ``graph_prefix``, graph names are ``{prefix}{id}`` (and ``{prefix}provenance``) instead of
the build's own ``https://w3id.org/cstkg/id/graph/{id}``; the provenance triples are rewritten
to name the pushed graphs.
"""

from __future__ import annotations

import html
import os
import re
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Callable, Optional
from urllib.parse import quote, urlsplit

import pyoxigraph

from .errors import KgError
from .store import open_store

#: where the build names its document graphs
GRAPH_NS = "https://w3id.org/cstkg/id/graph/"
#: the local name of the graph holding the build's provenance (the build's default graph)
PROVENANCE = "provenance"
PROVENANCE_GRAPH = GRAPH_NS + PROVENANCE
PROV_DERIVED = pyoxigraph.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
#: environment variable holding the password for ``--user``
PASSWORD_ENV = "KG_PUSH_PASSWORD"
DEFAULT_TIMEOUT = 60.0
#: what is sent: N-Triples text (a subset of Turtle, which every Graph Store accepts) as Turtle
CONTENT_TYPE = "text/turtle; charset=utf-8"

_QUERY_PATHS = ("/sparql", "/query", "/update", "/sparql-auth")
_HINT = ("the Graph Store endpoint is usually http://HOST:7878/store (Oxigraph), http://HOST:3030/DATASET/data "
         "(Fuseki), http://HOST:7200/repositories/ID/rdf-graphs/service (GraphDB), "
         "http://HOST:8890/sparql-graph-crud-auth (Virtuoso)")


@dataclass
class PushResult:
    endpoint: str
    graphs: list[tuple[str, int]] = field(default_factory=list)  #: (graph IRI, triples) in the order pushed
    removed: list[str] = field(default_factory=list)  #: graphs of the previous push that the build no longer has

    @property
    def triples(self) -> int:
        return sum(n for _, n in self.graphs)


def graph_url(endpoint: str, graph: Optional[str]) -> str:
    """``{endpoint}?graph={graph}`` (or ``&graph=`` when the endpoint URL has a query string already);
    ``{endpoint}?default`` for the default graph (``graph=None``)."""
    sep = "&" if urlsplit(endpoint).query else ("" if endpoint.endswith("?") else "?")
    return f"{endpoint}{sep}default" if graph is None else f"{endpoint}{sep}graph={quote(graph, safe='')}"


def check_endpoint(endpoint: str) -> str:
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise KgError("push-endpoint", endpoint, detail="expected http://HOST:PORT/PATH; " + _HINT)
    return endpoint


def graph_names(graphs: list[str], prefix: Optional[str]) -> dict[str, str]:
    """Build graph IRI -> pushed graph IRI (the provenance graph is keyed by ``""``)."""
    base = prefix if prefix else GRAPH_NS
    out = {"": base + PROVENANCE}
    for g in graphs:
        local = g[len(GRAPH_NS):] if g.startswith(GRAPH_NS) else g.rstrip("/#").rsplit("/", 1)[-1]
        out[g] = base + local if prefix else g
    return out


class _Client:
    """Graph Store Protocol requests with one-line errors."""

    def __init__(self, endpoint: str, *, user: Optional[str], password: Optional[str], auth: str, timeout: float) -> None:
        self.endpoint = endpoint
        self.timeout = timeout
        handlers: list[urllib.request.BaseHandler] = []
        if user is not None:
            if auth == "digest":
                mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
                mgr.add_password(None, endpoint, user, password or "")
                handlers.append(_DigestAuth(mgr))
            else:  # basic, sent with the first request (no challenge round trip with the body)
                pmgr = urllib.request.HTTPPasswordMgrWithPriorAuth()
                pmgr.add_password(None, endpoint, user, password or "", is_authenticated=True)
                handlers.append(urllib.request.HTTPBasicAuthHandler(pmgr))
        handlers.append(_NoRedirect())
        self.opener = urllib.request.build_opener(*handlers)
        self.has_user = user is not None

    def request(self, method: str, graph: Optional[str], body: Optional[bytes] = None,
                accept: Optional[str] = None, ok_missing: bool = False) -> tuple[int, bytes, str]:
        url = graph_url(self.endpoint, graph)
        headers = {"User-Agent": "kg-push"}
        if body is not None:
            headers["Content-Type"] = CONTENT_TYPE
        if accept:
            headers["Accept"] = accept
        req = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with self.opener.open(req, timeout=self.timeout) as resp:
                return resp.status, resp.read(), resp.headers.get("Content-Type", "")
        except urllib.error.HTTPError as exc:
            if ok_missing and exc.code == 404:
                return 404, b"", ""
            raise self._http_error(method, graph, exc) from None
        except urllib.error.URLError as exc:
            raise self._connect_error(exc.reason) from None
        except (TimeoutError, socket.timeout):
            raise KgError("push-timeout", self.endpoint, timeout=self.timeout) from None
        except (ConnectionError, OSError) as exc:
            raise self._connect_error(exc) from None

    def _connect_error(self, reason: object) -> KgError:
        if isinstance(reason, (TimeoutError, socket.timeout)):
            return KgError("push-timeout", self.endpoint, timeout=self.timeout)
        if isinstance(reason, ConnectionRefusedError):
            detail = "connection refused"
        elif isinstance(reason, socket.gaierror):
            detail = f"unknown host {urlsplit(self.endpoint).hostname}"
        elif isinstance(reason, OSError) and reason.strerror:
            detail = reason.strerror.lower()
        else:
            detail = str(reason)
        return KgError("push-connect", self.endpoint, detail=detail)

    def _http_error(self, method: str, graph: Optional[str], exc: urllib.error.HTTPError) -> KgError:
        try:
            text = exc.read(4096).decode("utf-8", "replace")
        except Exception:
            text = ""
        first = error_message(text)
        hint = ""
        path = urlsplit(self.endpoint).path.rstrip("/")
        if exc.code in (401, 403) and path.endswith("/sparql-graph-crud"):
            hint = (" (Virtuoso's /sparql-graph-crud takes no login: push to /sparql-graph-crud-auth with --user NAME "
                    "--auth digest, or allow anonymous updates in isql: GRANT SPARQL_UPDATE TO \"SPARQL\";)")
        elif exc.code in (401, 403) and not self.has_user:
            hint = f" (the store wants a login: --user NAME with the password in ${PASSWORD_ENV})"
        elif exc.code in (401,) and self.has_user:
            hint = " (wrong user or password? Virtuoso's /sparql-graph-crud-auth needs --auth digest)"
        elif exc.code in (404, 405, 400, 415) and (path.endswith(_QUERY_PATHS) or path == ""):
            hint = f" (this looks like no Graph Store endpoint; {_HINT})"
        elif 300 <= exc.code < 400:
            hint = f" (redirected to {exc.headers.get('Location')}; use that URL)"
        target = "the default graph" if graph is None else f"graph <{graph}>"
        return KgError("push-http", self.endpoint, method=f"{method} {target}", status=exc.code,
                       reason=exc.reason or "", detail=first + hint)


def error_message(text: str) -> str:
    """The line of a store's error answer worth showing: its first line, or for an HTML page (Virtuoso's)
    the text of its ``<pre>``/``<xmp>`` block, else of its ``<title>``."""
    if re.match(r"\s*<(!doctype|html)", text, re.I):
        m = (re.search(r"<(xmp|pre)\b[^>]*>(.*?)</\1>", text, re.S | re.I)
             or re.search(r"<(title)\b[^>]*>(.*?)</\1>", text, re.S | re.I))
        if m:
            text = html.unescape(re.sub(r"<[^>]+>", " ", m.group(2)))
    first = next((line.strip() for line in text.splitlines() if line.strip()), "(no message)")
    return first[:200] + "…" if len(first) > 200 else first


class _DigestAuth(urllib.request.HTTPDigestAuthHandler):
    """Digest authentication that answers the server's last challenge in advance.

    urllib's handler sends every request without credentials first and again after the 401. A
    server that answers the 401 before reading the body and closes the connection (Virtuoso's
    ``/sparql-graph-crud-auth``) then breaks a PUT of a large graph ("broken pipe" or "connection
    reset" while sending). Once a challenge has been seen (on the first request, the bodiless GET
    of the provenance graph), every later request carries an ``Authorization`` for it, with the
    nonce count increasing; a server that wants a new nonce answers 401 again, handled as before.
    """

    def __init__(self, mgr: urllib.request.HTTPPasswordMgr) -> None:
        super().__init__(mgr)
        self.challenge: Optional[dict[str, str]] = None

    def retry_http_digest_auth(self, req, auth):  # noqa: D401 - urllib's signature
        _, _, challenge = auth.partition(" ")
        self.challenge = urllib.request.parse_keqv_list(filter(None, urllib.request.parse_http_list(challenge)))
        return super().retry_http_digest_auth(req, auth)

    def http_request(self, req):
        if self.challenge is not None and not req.has_header(self.auth_header):
            answer = self.get_authorization(req, self.challenge)
            if answer:
                req.add_unredirected_header(self.auth_header, f"Digest {answer}")
        return req

    https_request = http_request


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A PUT must not silently become a GET elsewhere: report redirects instead."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: D401 - urllib's signature
        return None


def push(path: str | os.PathLike[str], endpoint: str, *, graph_prefix: Optional[str] = None,
         user: Optional[str] = None, password: Optional[str] = None, auth: str = "basic",
         provenance: str = "graph", timeout: float = DEFAULT_TIMEOUT,
         log: Optional[Callable[[str], None]] = None) -> PushResult:
    """Upload the build at ``path`` (a graph file or a build folder) to the Graph Store at ``endpoint``.

    ``provenance="graph"`` puts the build's default graph into the named graph
    ``{prefix}provenance``; ``"default"`` puts it into the store's default graph (replacing all
    of it), which mirrors the build's dataset exactly.
    """
    check_endpoint(endpoint)
    if provenance not in ("graph", "default"):
        raise ValueError(f"provenance must be 'graph' or 'default', not {provenance!r}")
    if graph_prefix is not None:
        try:
            pyoxigraph.NamedNode(graph_prefix + PROVENANCE)
        except ValueError:
            raise KgError("push-prefix", graph_prefix) from None
        if not urlsplit(graph_prefix).scheme:
            raise KgError("push-prefix", graph_prefix)
    say = log or (lambda msg: None)
    store = open_store(path)
    graphs = sorted(g.value for g in store.named_graphs() if isinstance(g, pyoxigraph.NamedNode))
    names = graph_names(graphs, graph_prefix)
    client = _Client(endpoint, user=user, password=password, auth=auth, timeout=timeout)
    result = PushResult(endpoint)

    # what the previous push left (read before anything is replaced)
    prov_target: Optional[str] = names[""] if provenance == "graph" else None
    previous = _previous_graphs(client, prov_target, prefix=(graph_prefix or GRAPH_NS))

    for g in graphs:
        triples = [q.triple for q in store.quads_for_pattern(None, None, None, pyoxigraph.NamedNode(g))]
        target = names[g]
        client.request("PUT", target, _ntriples(triples))
        result.graphs.append((target, len(triples)))
        say(f"  PUT <{target}>: {len(triples):,} triples")

    rename = {pyoxigraph.NamedNode(old): pyoxigraph.NamedNode(new) for old, new in names.items() if old and old != new}
    prov = [_rename(q.triple, rename) for q in store.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph())]
    client.request("PUT", prov_target, _ntriples(prov))
    result.graphs.append((prov_target or "default", len(prov)))
    say(f"  PUT {'<' + prov_target + '>' if prov_target else 'the default graph'}: {len(prov):,} triples "
        f"(build provenance)")

    pushed = {t for t, _ in result.graphs}
    for stale in sorted(previous - pushed):
        client.request("DELETE", stale, ok_missing=True)
        result.removed.append(stale)
        say(f"  DELETE <{stale}>: no longer in the build")
    return result


def _ntriples(triples: list[pyoxigraph.Triple]) -> bytes:
    return pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES) or b""


def _rename(t: pyoxigraph.Triple, rename: dict) -> pyoxigraph.Triple:
    if not rename:
        return t
    return pyoxigraph.Triple(rename.get(t.subject, t.subject), t.predicate, rename.get(t.object, t.object))


def _previous_graphs(client: _Client, provenance: Optional[str], *, prefix: str) -> set[str]:
    """The document graphs named in the provenance graph of an earlier push (none if there is none)."""
    status, body, ctype = client.request("GET", provenance, accept="application/n-triples, text/turtle;q=0.9",
                                         ok_missing=True)
    if status == 404 or not body.strip():
        return set()
    media = ctype.split(";")[0].strip().lower()
    fmt = {"application/n-triples": pyoxigraph.RdfFormat.N_TRIPLES, "text/plain": pyoxigraph.RdfFormat.N_TRIPLES,
           "application/rdf+xml": pyoxigraph.RdfFormat.RDF_XML,
           "application/ld+json": pyoxigraph.RdfFormat.JSON_LD}.get(media, pyoxigraph.RdfFormat.TURTLE)
    try:
        triples = list(pyoxigraph.parse(body, format=fmt))
    except (SyntaxError, ValueError):
        return set()  # unreadable: nothing is deleted
    return {t.subject.value for t in triples
            if t.predicate == PROV_DERIVED and isinstance(t.subject, pyoxigraph.NamedNode)
            and t.subject.value.startswith(prefix) and t.subject.value != provenance}
