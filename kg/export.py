"""Stage 5: serialize the dataset and write every output file atomically.

Entry function: :func:`write_outputs`. :func:`serialize` turns a dataset into
the bytes of each export; output is canonical (sorted), so the same triples
always give byte-identical files.

Atomicity: every file is first written in full to a staging folder inside the
output folder and flushed to disk; only then are the files moved into place
with :func:`os.replace`. A build that fails or is interrupted before that point
leaves the previous output untouched; SIGINT and SIGTERM are held while the
files move (a few renames), so an interrupt never leaves old and new files mixed.
"""

from __future__ import annotations

import bisect
import json
import os
import re
import shutil
import signal
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, Mapping

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef

from .errors import OutputError
from .namespaces import PREFIXES, bind
from .rdf.quads import Quads

#: the files :func:`serialize` writes
RDF_FILES = ("kg.ttl", "kg.trig", "kg.nq", "kg.jsonld")


def union_graph(ds: Dataset) -> Graph:
    """All triples of every graph of ``ds`` in one rdflib graph (what ``kg.ttl`` holds)."""
    g = bind(Graph())
    for s, p, o, _ctx in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def _ox_quads(ds: Quads, tags: dict[str, str]) -> tuple[list[tuple], set[str]]:
    """The dataset's quads as pyoxigraph terms, each with its sort key, sorted by graph,
    subject, predicate, object; and every IRI they use (subjects, predicates, objects, graph
    names and datatypes).

    Sorting fixes the order of every file (pyoxigraph writes in the order it is given),
    so the output does not depend on how the triples were stored. A row is
    ``(graph key, subject key, predicate key, object key, quad)``.
    """
    cache: dict = {}
    iris: set[str] = set()

    def term(t):
        got = cache.get(t)
        if got is None:
            if isinstance(t, URIRef):
                x = ox.NamedNode(str(t))
                iris.add(x.value)
            elif isinstance(t, Literal):
                if t.language:
                    x = ox.Literal(str(t), language=t.language)
                    tags[t.language.lower()] = t.language
                elif t.datatype is not None:
                    x = ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
                    iris.add(str(t.datatype))
                else:
                    x = ox.Literal(str(t))
            elif isinstance(t, BNode):
                x = ox.BlankNode(str(t))
            else:
                raise TypeError(f"unexpected RDF term {t!r}")
            got = cache[t] = (x, _sort_key(x))
        return got

    keyed = []
    for ctx in ds.graphs():
        gid = ctx.identifier
        gkey, gname = ("", ox.DefaultGraph()) if gid is None else (str(gid), term(gid)[0])
        for s, p, o in ctx:
            (xs, ks), (xp, kp), (xo, ko) = term(s), term(p), term(o)
            keyed.append((gkey, ks, kp, ko, ox.Quad(xs, xp, xo, gname)))
    keyed.sort(key=_first4)
    out: list[tuple] = []
    for k in keyed:  # the same triple stated twice in one graph is written once
        if not out or out[-1][:4] != k[:4]:
            out.append(k)
    return out, iris


def _first4(row: tuple) -> tuple:
    return row[:4]


def _spo(row: tuple) -> tuple:
    return row[1:4]


def _sort_key(term) -> str:
    """IRIs by their text; literals and blank nodes by their N-Triples form."""
    return term.value if isinstance(term, ox.NamedNode) else str(term)


def _prefixes_used(iris: set[str]) -> dict[str, str]:
    """The prefixes of :data:`PREFIXES` whose namespace starts at least one of ``iris``."""
    ordered = sorted(iris)
    used = {}
    for prefix, ns in sorted(PREFIXES.items()):
        n = str(ns)
        i = bisect.bisect_left(ordered, n)  # the first IRI not below the namespace starts with it, if any does
        if i < len(ordered) and ordered[i].startswith(n):
            used[prefix] = n
    return used


def _with_sorted_prefixes(text: bytes, prefixes: dict[str, str]) -> bytes:
    """pyoxigraph's Turtle/TriG with its @prefix block replaced by one in sorted order."""
    lines = text.split(b"\n")
    i = 0
    while i < len(lines) and lines[i].startswith(b"@prefix "):
        i += 1
    head = [f"@prefix {p}: <{ns}> .".encode("utf-8") for p, ns in sorted(prefixes.items())]
    return b"\n".join(head + [b""] + lines[i:])


def serialize(ds: Quads) -> dict[str, bytes]:
    """Bytes of ``kg.ttl``, ``kg.trig``, ``kg.nq`` and ``kg.jsonld`` for ``ds``, written by pyoxigraph.

    rdflib's writers took minutes for a few hundred documents; pyoxigraph writes a
    million triples in about a second. Every file is in sorted order.
    """
    tags: dict[str, str] = {}
    rows, iris = _ox_quads(ds, tags)
    quads = [row[4] for row in rows]
    prefixes = _prefixes_used(iris)
    out: dict[str, bytes] = {}
    triples: list[ox.Triple] = []
    previous = None
    for row in sorted(rows, key=_spo):  # kg.ttl: every triple once, whichever graphs state it
        key = row[1:4]
        if key != previous:
            previous = key
            triples.append(row[4].triple)
    # pyoxigraph writes language tags in lower case (they are case-insensitive); the build's own
    # spelling (zh-Hans, zh-Hant, BCP 47's recommended case) is put back
    tags = {low: orig for low, orig in tags.items() if low != orig}
    out["kg.ttl"] = _recase(_with_sorted_prefixes(ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes), prefixes), tags)
    out["kg.trig"] = _recase(_with_sorted_prefixes(ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=prefixes), prefixes), tags)
    out["kg.nq"] = _recase(ox.serialize(quads, format=ox.RdfFormat.N_QUADS), tags)
    out["kg.jsonld"] = _jsonld_text(prefixes, _jsonld_nodes(quads, _compactor(prefixes), tags)).encode("utf-8")
    return out


def _jsonld_text(context: dict[str, str], nodes: list) -> str:
    """The JSON-LD document with one node object per line (each named graph's nodes indented under it).

    Python's JSON encoder is fast only without ``indent``; this layout keeps the file
    readable and diff-friendly at that speed.
    """
    dump = lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True)  # noqa: E731
    lines = ['{"@context": ' + dump(context) + ',', ' "@graph": [']
    items = []
    for node in nodes:
        if isinstance(node, dict) and "@graph" in node and set(node) <= {"@id", "@graph"}:
            inner = ",\n".join("   " + dump(n) for n in node["@graph"])
            items.append('  {"@id": ' + dump(node.get("@id")) + ', "@graph": [\n' + inner + "\n  ]}")
        else:
            items.append("  " + dump(node))
    lines.append(",\n".join(items))
    lines.append(" ]}")
    return "\n".join(lines) + "\n"


def _recase(text: bytes, tags: dict[str, str]) -> bytes:
    """Language tags after a closing quote (``"…"@zh-hans``) spelled as the build spelled them."""
    if not tags:
        return text
    pattern = re.compile(rb'(")@(' + b"|".join(re.escape(t.encode("ascii")) for t in sorted(tags, key=len, reverse=True))
                         + rb")(?=[\s,;.\]\)]|$)", re.M)
    return pattern.sub(lambda m: m.group(1) + b"@" + tags[m.group(2).decode("ascii")].encode("ascii"), text)


def _compactor(prefixes: dict[str, str]) -> Callable[[str], str]:
    """A function writing an IRI as a compact IRI (``schema:name``) of the context's prefixes when one fits."""
    by_ns = {ns: p for p, ns in prefixes.items()}
    longest_first = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))
    cache: dict[str, str] = {}

    def iri(value: str) -> str:
        got = cache.get(value)
        if got is not None:
            return got
        got = value
        cut = max(value.rfind("/"), value.rfind("#")) + 1
        p = by_ns.get(value[:cut])
        if p is not None and cut < len(value):
            got = f"{p}:{value[cut:]}"  # the namespace up to the last / or #: the longest that fits
        else:
            for p, ns in longest_first:  # a local name with a / in it (period:2024-01/2024-10)
                if value.startswith(ns) and len(value) > len(ns) and not value[len(ns):].startswith("//"):
                    got = f"{p}:{value[len(ns):]}"
                    break
        cache[value] = got
        return got

    return iri


def _jsonld_nodes(quads: list[ox.Quad], iri: Callable[[str], str], tags: dict[str, str]) -> list[dict]:
    """The node objects of the JSON-LD document, made straight from the sorted quads.

    The same shape as pyoxigraph's expanded JSON-LD (default-graph nodes first, then one
    ``{"@id": graph, "@graph": [...]}`` per named graph; every value an array of value objects),
    with IRIs compacted and language tags spelled as the build spelled them.
    """
    nodes: list[dict] = []
    target = nodes
    graph: object = None
    subject: object = None
    node: dict = {}
    for q in quads:
        g = q.graph_name
        gkey = None if isinstance(g, ox.DefaultGraph) else g.value
        if gkey != graph:
            graph, subject = gkey, None
            if gkey is None:
                target = nodes
            else:
                target = []
                nodes.append({"@id": iri(gkey), "@graph": target})
        s = q.subject
        if s.value != subject or subject is None:
            subject = s.value
            node = {"@id": iri(s.value) if isinstance(s, ox.NamedNode) else f"_:{s.value}"}
            target.append(node)
        o = q.object
        if isinstance(o, ox.NamedNode):
            value = {"@id": iri(o.value)}
        elif isinstance(o, ox.BlankNode):
            value = {"@id": f"_:{o.value}"}
        elif o.language:
            value = {"@language": tags.get(o.language, o.language), "@value": o.value}
        elif o.datatype.value == _XSD_STRING:
            value = {"@value": o.value}
        else:
            value = {"@type": iri(o.datatype.value), "@value": o.value}
        key = iri(q.predicate.value)
        values = node.get(key)
        if values is None:
            node[key] = [value]
        else:
            values.append(value)
    return nodes


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def write_outputs(files: Mapping[str, bytes], out_dir: str | os.PathLike[str]) -> list[Path]:
    """Write ``files`` (name -> bytes) into ``out_dir`` atomically; return the final paths."""
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".kg-staging-", dir=out))
    except OSError as exc:
        raise OutputError("unwritable", str(out), detail=exc.strerror or exc) from None
    written: list[Path] = []
    try:
        for name, data in sorted(files.items()):
            tmp = staging / name
            tmp.parent.mkdir(parents=True, exist_ok=True)
            with open(tmp, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        with _signals_held():
            for name in sorted(files):
                final = out / name
                final.parent.mkdir(parents=True, exist_ok=True)
                os.replace(staging / name, final)
                written.append(final)
    except OSError as exc:
        raise OutputError("unwritable", str(out), detail=exc.strerror or exc) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return written


@contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM until the block is done, then deliver them to the previous handlers.

    An interrupt delivered this way carries ``committed = True`` (the block finished).
    Outside the main thread signals cannot be trapped, and the block just runs.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []
    previous = {sig: signal.signal(sig, lambda signum, _frame: held.append(signum))
                for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler if handler is not None else signal.SIG_DFL)
        if held:
            try:
                signal.raise_signal(held[0])
            except KeyboardInterrupt as exc:
                exc.committed = True  # type: ignore[attr-defined]
                raise
