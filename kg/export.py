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

import json
import os
import re
import shutil
import signal
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Mapping

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


def _ox_quads(ds: Quads, tags: dict[str, str]) -> list[ox.Quad]:
    """The dataset's quads as pyoxigraph terms, sorted by graph, subject, predicate, object.

    Sorting fixes the order of every file (pyoxigraph writes in the order it is given),
    so the output does not depend on how rdflib happened to store the triples.
    """
    cache: dict = {}

    def term(t):
        x = cache.get(t)
        if x is None:
            if isinstance(t, URIRef):
                x = ox.NamedNode(str(t))
            elif isinstance(t, Literal):
                if t.language:
                    x = ox.Literal(str(t), language=t.language)
                    tags[t.language.lower()] = t.language
                elif t.datatype is not None:
                    x = ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
                else:
                    x = ox.Literal(str(t))
            elif isinstance(t, BNode):
                x = ox.BlankNode(str(t))
            else:
                raise TypeError(f"unexpected RDF term {t!r}")
            cache[t] = x
        return x

    keyed = []
    for ctx in ds.graphs():
        gid = ctx.identifier
        gkey, gname = ("", ox.DefaultGraph()) if gid is None else (str(gid), term(gid))
        for s, p, o in ctx:
            q = ox.Quad(term(s), term(p), term(o), gname)
            keyed.append((gkey, str(s), str(p), _sort_key(q.object), q))
    keyed.sort(key=lambda k: k[:4])
    out: list[ox.Quad] = []
    for k in keyed:  # the same triple stated twice in one graph is written once
        if not out or out[-1] != k[4]:
            out.append(k[4])
    return out


def _sort_key(term) -> str:
    """IRIs by their text; literals and blank nodes by their N-Triples form."""
    return term.value if isinstance(term, ox.NamedNode) else str(term)


def _prefixes_used(iris: set[str]) -> dict[str, str]:
    used = {}
    for prefix, ns in sorted(PREFIXES.items()):
        n = str(ns)
        if any(i.startswith(n) for i in iris):
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
    quads = _ox_quads(ds, tags)
    iris = {str(t.value) for q in quads for t in (q.subject, q.predicate, q.object, q.graph_name)
            if isinstance(t, ox.NamedNode)}
    iris.update(str(q.object.datatype.value) for q in quads if isinstance(q.object, ox.Literal))
    prefixes = _prefixes_used(iris)
    out: dict[str, bytes] = {}
    triples: list[ox.Triple] = []
    seen: set = set()
    for q in sorted(quads, key=lambda q: (q.subject.value, q.predicate.value, _sort_key(q.object))):
        t = q.triple
        if t not in seen:
            seen.add(t)
            triples.append(t)
    # pyoxigraph writes language tags in lower case (they are case-insensitive); the build's own
    # spelling (zh-Hans, zh-Hant, BCP 47's recommended case) is put back
    tags = {low: orig for low, orig in tags.items() if low != orig}
    out["kg.ttl"] = _recase(_with_sorted_prefixes(ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes), prefixes), tags)
    out["kg.trig"] = _recase(_with_sorted_prefixes(ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=prefixes), prefixes), tags)
    out["kg.nq"] = _recase(ox.serialize(quads, format=ox.RdfFormat.N_QUADS), tags)
    expanded = json.loads(ox.serialize(quads, format=ox.RdfFormat.JSON_LD))
    nodes = _compact(expanded, prefixes, tags)
    out["kg.jsonld"] = _jsonld_text(prefixes, nodes).encode("utf-8")
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


def _compact(node: object, prefixes: dict[str, str], tags: dict[str, str]) -> object:
    """Expanded JSON-LD with its IRIs written as compact IRIs (``schema:name``) of the context's prefixes."""
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

    def walk(n: object) -> object:
        if isinstance(n, list):
            return [walk(v) for v in n]
        if isinstance(n, dict):
            out = {}
            for k, v in n.items():
                if k in ("@id", "@type") and isinstance(v, str):
                    out[k] = iri(v)
                elif k == "@language" and isinstance(v, str):
                    out[k] = tags.get(v, v)
                elif k.startswith("@"):
                    out[k] = walk(v)
                else:
                    out[iri(k)] = walk(v)
            return out
        return n

    return walk(node)


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
