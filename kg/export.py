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
import io
import itertools
import json
import os
import re
import shutil
import signal
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable, Iterator, Mapping, Optional

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


def _ox_term(t, datatypes: set[str], tags: dict[str, str]):
    """``t`` (an rdflib term) as a pyoxigraph term; a literal's datatype goes into ``datatypes``,
    its language tag into ``tags`` (lower case -> as the build spelled it)."""
    if isinstance(t, URIRef):
        x = ox.NamedNode(str(t))
    elif isinstance(t, Literal):
        if t.language:
            x = ox.Literal(str(t), language=t.language)
            tags[t.language.lower()] = t.language
        elif t.datatype is not None:
            x = ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
            datatypes.add(str(t.datatype))
        else:
            x = ox.Literal(str(t))
    elif isinstance(t, BNode):
        x = ox.BlankNode(str(t))
    else:
        raise TypeError(f"unexpected RDF term {t!r}")
    return x


class _Statements:
    """The dataset's statements in canonical order: sorted by graph, subject, predicate and object,
    a triple stated twice in one graph once; and the prefixes and language tags they use.

    Sorting fixes the order of every file (pyoxigraph writes in the order it is given), so the
    output does not depend on how the triples were stored. Terms sort by their keys: IRIs by their
    text, literals and blank nodes by their N-Triples form, the default graph (``""``) first.

    Each distinct term is converted once and gets a *rank*, its place among the sorted keys, so
    comparing ranks compares keys. A quad is then one int holding the ranks of its graph, subject,
    predicate and object in fields of :attr:`bits` bits, most significant first: sorting the ints
    sorts the quads. That is a few dozen bytes per quad, where a row of pyoxigraph objects and key
    strings took hundreds. (A ``pyoxigraph.Quad`` made from Python also costs microseconds, more
    for a literal object: the files are written from N-Quads and N-Triples text instead, which
    pyoxigraph parses faster.)
    """

    def __init__(self, ds: Quads) -> None:
        self.tags: dict[str, str] = {}  #: language tags, lower case -> as the build spelled them
        datatypes: set[str] = set()
        # first pass: every distinct term, converted once (graph names, then each triple's terms, in
        # the order they come), keyed by the rdflib term: equal terms are one, as in the graphs
        place: dict = {}
        found: list = [ox.DefaultGraph()]

        def see(t) -> None:
            place[t] = len(found)
            found.append(_ox_term(t, datatypes, self.tags))

        for ctx in ds.graphs():
            if ctx.identifier is not None and ctx.identifier not in place:
                see(ctx.identifier)
            for s, p, o in ctx:
                if s not in place:
                    see(s)
                if p not in place:
                    see(p)
                if o not in place:
                    see(o)
        keys = [""] + [_sort_key(x) for x in found[1:]]
        #: the prefixes whose namespace starts an IRI of the statements (subject, predicate, object,
        #: graph name or datatype)
        self.prefixes = _prefixes_used(datatypes.union(k for x, k in zip(found, keys) if isinstance(x, ox.NamedNode)))
        order = sorted(set(keys))
        rank_of_key = {k: r for r, k in enumerate(order)}
        #: the pyoxigraph term of each rank (terms of equal keys are equal in pyoxigraph too)
        self.terms: list = [None] * len(order)
        for x, k in zip(found, keys):
            self.terms[rank_of_key[k]] = x
        for t, i in place.items():  # from here on ``place`` maps each term to its rank
            place[t] = rank_of_key[keys[i]]
        del keys, order, rank_of_key
        #: each term's N-Triples form (what the N-Quads file writes), by rank
        self.nt: list[bytes] = [b""] + [str(x).encode("utf-8") for x in self.terms[1:]]
        self.bits = b = max(1, (len(self.terms) - 1).bit_length())
        # second pass: each quad as one int
        codes: list[int] = []
        for ctx in ds.graphs():
            g = 0 if ctx.identifier is None else place[ctx.identifier]
            codes.extend((((g << b | place[s]) << b | place[p]) << b) | place[o] for s, p, o in ctx)
        codes.sort()
        self._codes = codes

    def quads(self) -> Iterator[tuple[int, int, int, int]]:
        """``(graph, subject, predicate, object)`` ranks, sorted, each quad once (graph 0: the default graph)."""
        b = self.bits
        b2, b3, mask = 2 * b, 3 * b, (1 << b) - 1
        previous = None
        for code in self._codes:
            if code != previous:
                previous = code
                yield code >> b3, code >> b2 & mask, code >> b & mask, code & mask

    def triples(self) -> Iterator[tuple[int, int, int]]:
        """``(subject, predicate, object)`` ranks of every triple once, whichever graphs state it, sorted."""
        b = self.bits
        b2, mask, triple = 2 * b, (1 << b) - 1, (1 << 3 * b) - 1
        previous = None
        for code in sorted(code & triple for code in self._codes):
            if code != previous:
                previous = code
                yield code >> b2, code >> b & mask, code & mask

    def nquads(self, tags: dict[str, str]) -> bytes:
        """The N-Quads file (language tags recased with ``tags``), as pyoxigraph writes it: one
        ``s p o [g] .`` line per quad, each term in its N-Triples form."""
        nt = self.nt
        ends = [b" " + form + b" .\n" for form in nt]
        ends[0] = b" .\n"  # the default graph
        buffer = io.BytesIO()  # getvalue() hands its buffer over: the file is not copied at the end
        for chunk in _chunks(self.quads()):
            buffer.write(_recase(b"".join([b" ".join((nt[s], nt[p], nt[o])) + ends[g] for g, s, p, o in chunk]), tags))
        return buffer.getvalue()

    def parsed_triples(self) -> Iterator[ox.Quad]:
        """:meth:`triples` as pyoxigraph statements, written as N-Triples and parsed a chunk at a time
        (the IRIs were checked when the terms were converted: the parser need not check them again)."""
        nt = self.nt
        for chunk in _chunks(self.triples()):
            text = b"".join([b" ".join((nt[s], nt[p], nt[o])) + b" .\n" for s, p, o in chunk])
            yield from ox.parse(text, format=ox.RdfFormat.N_TRIPLES, lenient=True)


def _chunks(items: Iterator, size: int = 4096) -> Iterator[list]:
    """``items`` in lists of ``size`` (the last one shorter)."""
    chunk = list(itertools.islice(items, size))
    while chunk:
        yield chunk
        chunk = list(itertools.islice(items, size))


def _sort_key(term) -> str:
    """IRIs by their text; literals and blank nodes by their N-Triples form."""
    return term.value if isinstance(term, ox.NamedNode) else str(term)


def _prefixes_used(iris: Iterable[str]) -> dict[str, str]:
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
    start: Optional[int] = 0  # where the first line after pyoxigraph's @prefix lines starts
    while text.startswith(b"@prefix ", start):
        end = text.find(b"\n", start)
        if end < 0:  # nothing but @prefix lines
            start = None
            break
        start = end + 1
    head = [f"@prefix {p}: <{ns}> .".encode("utf-8") for p, ns in sorted(prefixes.items())]
    rest = [] if start is None else [memoryview(text)[start:]]  # a view: the body is copied once, by join
    return b"\n".join(head + [b""] + rest)


def serialize(ds: Quads) -> dict[str, bytes]:
    """Bytes of ``kg.ttl``, ``kg.trig``, ``kg.nq`` and ``kg.jsonld`` for ``ds``, written by pyoxigraph.

    rdflib's writers took minutes for a few hundred documents; pyoxigraph writes a
    million triples in about a second. Every file is in sorted order.
    """
    statements = _Statements(ds)
    prefixes = statements.prefixes
    # pyoxigraph writes language tags in lower case (they are case-insensitive); the build's own
    # spelling (zh-Hans, zh-Hant, BCP 47's recommended case) is put back
    tags = {low: orig for low, orig in statements.tags.items() if low != orig}
    out: dict[str, bytes] = {}
    # kg.ttl: every triple once, whichever graphs state it
    out["kg.ttl"] = _recase(_with_sorted_prefixes(_written(statements.parsed_triples(), ox.RdfFormat.TURTLE, prefixes),
                                                  prefixes), tags)
    out["kg.nq"] = nquads = statements.nquads(tags)
    statements.nt.clear()  # what is left to write does not need the N-Triples forms
    # pyoxigraph's TriG writer is given the N-Quads file parsed back (the IRIs were checked when
    # the terms were converted, so the parser need not check them again)
    quads = ox.parse(nquads, format=ox.RdfFormat.N_QUADS, lenient=True)
    out["kg.trig"] = _recase(_with_sorted_prefixes(_written(quads, ox.RdfFormat.TRIG, prefixes), prefixes), tags)
    out["kg.jsonld"] = _jsonld(statements, prefixes, tags)
    return out


def _written(statements: Iterable, rdf_format: ox.RdfFormat, prefixes: dict[str, str]) -> bytes:
    """``statements`` as pyoxigraph writes them in ``rdf_format``.

    Written into a buffer of ours: the bytes pyoxigraph returns itself are copied out of a buffer
    that grew by doubling, up to three times the size of the file at the end.
    """
    buffer = io.BytesIO()
    ox.serialize(statements, buffer, format=rdf_format, prefixes=prefixes)
    return buffer.getvalue()


def _jsonld(statements: _Statements, context: dict[str, str], tags: dict[str, str]) -> bytes:
    """The JSON-LD document, written straight from the sorted quads, one node object per line.

    The same shape as pyoxigraph's expanded JSON-LD (default-graph nodes first, then one
    ``{"@id": graph, "@graph": [...]}`` per named graph, its nodes indented under it; every value
    an array of value objects), with IRIs compacted and language tags spelled as the build spelled
    them. Each line is what ``json.dumps(node, ensure_ascii=False, sort_keys=True)`` writes
    (Python's encoder is fast only without ``indent``; this layout keeps the file readable and
    diff-friendly), put together from the JSON of each term, made once (:class:`_JsonTerms`).
    """
    terms = _JsonTerms(statements.terms, _compactor(context), tags)
    buffer = io.BytesIO()  # getvalue() hands its buffer over: the file is not copied at the end
    buffer.write(b'{"@context": ' + json.dumps(context, ensure_ascii=False, sort_keys=True).encode("utf-8")
                 + b',\n "@graph": [\n')
    graph = subject = None
    node: dict[str, object] = {}  # the node object being collected: "@id" -> its JSON, key -> JSON of each value
    separator = b""  # before the next item of the document's @graph

    def write_node() -> None:
        if subject is not None:
            buffer.write(b"   {" if graph else b"  {")
            buffer.write(b", ".join([key_json[k] + (v if k == "@id" else b"[" + b", ".join(v) + b"]")
                                     for k, v in sorted(node.items())]))  # the keys differ: values are never compared
            buffer.write(b"}")

    keys, key_json, values = terms.predicates, terms.key_json, terms.values
    for g, s, p, o in statements.quads():
        if s != subject or g != graph:
            write_node()
            if g != graph:
                if graph:  # the end of the named graph before
                    buffer.write(b"\n  ]}")
                buffer.write(separator)
                separator = b",\n"
                if g:
                    buffer.write(b'  {"@id": ' + _json_str(terms.compact(g)) + b', "@graph": [\n')
                graph = g
            else:
                buffer.write(b",\n" if graph else separator)
            subject, node = s, {"@id": terms.node_id(s)}
        key = keys.get(p) or terms.predicate(p)
        value = values.get(o) or terms.value(o)
        listed = node.get(key)
        if listed is None:
            node[key] = [value]
        else:
            listed.append(value)
    write_node()
    if graph:
        buffer.write(b"\n  ]}")
    buffer.write(b"\n ]}\n")
    return buffer.getvalue()


class _JsonTerms:
    """The JSON-LD of each term (by rank), made the first time it is asked for."""

    def __init__(self, terms: list, iri: Callable[[str], str], tags: dict[str, str]) -> None:
        self._terms, self._iri, self._tags = terms, iri, tags
        self.predicates: dict[int, str] = {}  #: rank -> the predicate as a key of node objects
        self.key_json: dict[str, bytes] = {"@id": b'"@id": '}  #: key of node objects -> ``"key": `` in JSON
        self.values: dict[int, bytes] = {}  #: rank -> the JSON of the object as a value object

    def compact(self, rank: int) -> str:
        """The IRI (or graph name) of a term, compacted."""
        return self._iri(self._terms[rank].value)

    def predicate(self, rank: int) -> str:
        key = self.predicates[rank] = self.compact(rank)
        self.key_json[key] = _json_str(key) + b": "
        return key

    def node_id(self, rank: int) -> bytes:
        """The JSON of a subject as the ``@id`` of its node object."""
        x = self._terms[rank]
        return _json_str(self.compact(rank) if isinstance(x, ox.NamedNode) else f"_:{x.value}")

    def value(self, rank: int) -> bytes:
        o = self._terms[rank]
        if isinstance(o, ox.NamedNode):
            got = b'{"@id": ' + _json_str(self._iri(o.value)) + b"}"
        elif isinstance(o, ox.BlankNode):
            got = b'{"@id": ' + _json_str(f"_:{o.value}") + b"}"
        elif o.language:
            got = (b'{"@language": ' + _json_str(self._tags.get(o.language, o.language))
                   + b', "@value": ' + _json_str(o.value) + b"}")
        elif o.datatype.value == _XSD_STRING:
            got = b'{"@value": ' + _json_str(o.value) + b"}"
        else:
            got = b'{"@type": ' + _json_str(self._iri(o.datatype.value)) + b', "@value": ' + _json_str(o.value) + b"}"
        self.values[rank] = got
        return got


def _json_str(text: str) -> bytes:
    """A string as JSON writes it with ``ensure_ascii=False``, in UTF-8."""
    return json.encoder.encode_basestring(text).encode("utf-8")


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
