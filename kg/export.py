"""Stage 5: serialize the dataset and write every output file atomically.

Entry functions: :func:`write_outputs` and :class:`StagedOutput`. :func:`serialize` turns a
dataset into the bytes of each export (:func:`serialize_into` hands them over one file at a time,
so ``kg build`` stages each file as soon as it is made instead of holding all of them);
output is canonical (sorted), so the same triples always give byte-identical files.

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
from typing import BinaryIO, Callable, Iterable, Iterator, Mapping, Optional

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef

from .errors import OutputError
from .signals import fork_child, signals_held
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

    def write_nquads(self, out: BinaryIO, tags: dict[str, str]) -> None:
        """Write the N-Quads file into ``out`` (language tags recased with ``tags``), as pyoxigraph
        writes it: one ``s p o [g] .`` line per quad, each term in its N-Triples form; a few thousand
        lines at a time, so the file is never whole in memory."""
        nt = self.nt
        ends = [b" " + form + b" .\n" for form in nt]
        ends[0] = b" .\n"  # the default graph
        for chunk in _chunks(self.quads()):
            out.write(_recase(b"".join([b" ".join((nt[s], nt[p], nt[o])) + ends[g] for g, s, p, o in chunk]), tags))

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
    files = _InMemory()
    serialize_into(ds, files)
    return files.files


class _InMemory:
    """Where :func:`serialize` has the files written: each into memory, kept in :attr:`files`."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}

    @contextmanager
    def create(self, name: str) -> Iterator[BinaryIO]:
        buffer = io.BytesIO()
        yield buffer
        self.files[name] = buffer.getvalue()  # getvalue() hands its buffer over: the file is not copied


def serialize_into(ds: Quads, out: "StagedOutput | _InMemory", *, fork: bool = False) -> None:
    """:func:`serialize`, each file written as it is made into the binary file ``out.create(name)``
    gives (``kg.ttl``, ``kg.nq``, ``kg.trig``, ``kg.jsonld``; the file is done when the context
    manager exits). Nothing is held whole in memory: ``kg build`` streams every file into its
    :class:`StagedOutput`, where at 1,000 documents the four files held at once took 1 GB.

    With a :class:`StagedOutput`, the TriG writer reads ``kg.nq`` back from the staging folder;
    with ``fork`` too (and ``os.fork``), ``kg.jsonld`` is written by a child process while this one
    writes the other three (the JSON-LD writer is Python, a quarter of the stage); should that
    process fail, the file is written here. The bytes are the same either way.
    """
    staged = out if isinstance(out, StagedOutput) else None
    create = out.create
    statements = _Statements(ds)
    prefixes = statements.prefixes
    # pyoxigraph writes language tags in lower case (they are case-insensitive); the build's own
    # spelling (zh-Hans, zh-Hant, BCP 47's recommended case) is put back
    tags = {low: orig for low, orig in statements.tags.items() if low != orig}

    def jsonld() -> None:
        with create("kg.jsonld") as fh:
            _jsonld(statements, prefixes, tags, fh)

    children: list[int] = []  # the child writing kg.jsonld, once there is one
    try:
        if fork and staged is not None and hasattr(os, "fork"):
            _fork(jsonld, children.append)
        # kg.ttl: every triple once, whichever graphs state it
        with create("kg.ttl") as fh:
            _written(statements.parsed_triples(), ox.RdfFormat.TURTLE, prefixes, tags, fh)
        with create("kg.nq") as fh:
            statements.write_nquads(fh, tags)
            nquads = fh.getvalue() if staged is None else None
        statements.nt.clear()  # what is left to write does not need the N-Triples forms
        # pyoxigraph's TriG writer is given the N-Quads file parsed back (the IRIs were checked when
        # the terms were converted, so the parser need not check them again)
        if nquads is None:
            quads = ox.parse(path=str(staged.path("kg.nq")), format=ox.RdfFormat.N_QUADS, lenient=True)
        else:
            quads = ox.parse(nquads, format=ox.RdfFormat.N_QUADS, lenient=True)
        with create("kg.trig") as fh:
            _written(quads, ox.RdfFormat.TRIG, prefixes, tags, fh)
        del quads, nquads
        # waited for inside the try: an interrupt while waiting stops the child too (it ignores SIGINT)
        child_wrote = bool(children) and _reap(children[0]) == 0
        children.clear()
    except BaseException:
        for pid in children:
            _reap(pid, kill=True)
        raise
    if child_wrote:
        staged.adopt("kg.jsonld")
    else:
        jsonld()


def _fork(work: Callable[[], None], record: Callable[[int], None]) -> None:
    """Run ``work`` in a child process (:func:`kg.signals.fork_child`: it ignores SIGINT, the build
    cleans up after Ctrl-C and stops it; it stops on SIGTERM); ``record`` gets its pid before an
    interrupt can come. Nothing is run, or recorded, when no process can be made.

    The child does not collect garbage (that would touch, and so copy, every object it shares with
    this process), and exits with status 0 when ``work`` returned, 1 when it raised.
    """
    def child() -> int:
        import gc

        gc.disable()
        work()
        return 0

    try:
        fork_child(child, record)
    except OSError:
        pass


def _reap(pid: int, kill: bool = False) -> Optional[int]:
    """Wait for the child ``pid`` (stopped first when ``kill``); its exit code (None for no child)."""
    if not pid:
        return None
    if kill:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    while True:
        try:
            _, status = os.waitpid(pid, 0)
            return os.waitstatus_to_exitcode(status)
        except InterruptedError:
            continue
        except ChildProcessError:
            return None


def _written(statements: Iterable, rdf_format: ox.RdfFormat, prefixes: dict[str, str], tags: dict[str, str],
             out: BinaryIO) -> None:
    """``statements`` as pyoxigraph writes them in ``rdf_format``, with the @prefix block in sorted
    order (:func:`_with_sorted_prefixes`) and language tags recased (:func:`_recase`), into ``out``
    as pyoxigraph writes them (:class:`_Rewriter`): the file is never whole in memory."""
    rewriter = _Rewriter(out, prefixes, tags)
    ox.serialize(statements, rewriter, format=rdf_format, prefixes=prefixes)
    rewriter.close()


class _Rewriter:
    """A binary file for pyoxigraph's writers: what it is given goes to ``out`` whole lines at a time,
    the leading @prefix lines replaced by :func:`_with_sorted_prefixes`, language tags recased by
    :func:`_recase`. Both look no further than a line, so the result is that of the whole text."""

    def __init__(self, out: BinaryIO, prefixes: dict[str, str], tags: dict[str, str]) -> None:
        self._out, self._prefixes, self._tags = out, prefixes, tags
        self._pending: list[bytes] = []  # the start of a line not yet ended
        self._head: Optional[list[bytes]] = []  # whole lines held until the @prefix block ends (then None)

    def write(self, data: bytes) -> int:
        data = bytes(data)
        cut = data.rfind(b"\n") + 1
        if not cut:
            self._pending.append(data)
            return len(data)
        lines = b"".join(self._pending) + data[:cut] if self._pending else data[:cut]
        self._pending = [data[cut:]] if cut < len(data) else []
        if self._head is None:
            self._emit(lines)
            return len(data)
        self._head.append(lines)
        text = b"".join(self._head)
        start = 0  # past the @prefix lines (every line held is whole)
        while text.startswith(b"@prefix ", start):
            start = text.index(b"\n", start) + 1
        if start < len(text):  # a line that is not a @prefix line: the block is over
            self._head = None
            self._emit(_with_sorted_prefixes(text, self._prefixes))
        else:
            self._head = [text]
        return len(data)

    def flush(self) -> None:
        pass

    def _emit(self, text: bytes) -> None:
        self._out.write(_recase(text, self._tags))

    def close(self) -> None:
        """Write what is left (a last line without a line break; the whole text if it was all @prefix lines)."""
        text = b"".join((self._head or []) + self._pending)
        if self._head is not None:
            text = _with_sorted_prefixes(text, self._prefixes)
        self._head, self._pending = None, []
        if text:
            self._emit(text)


def _jsonld(statements: _Statements, context: dict[str, str], tags: dict[str, str], buffer: BinaryIO) -> None:
    """The JSON-LD document, written straight from the sorted quads, one node object per line.

    The same shape as pyoxigraph's expanded JSON-LD (default-graph nodes first, then one
    ``{"@id": graph, "@graph": [...]}`` per named graph, its nodes indented under it; every value
    an array of value objects), with IRIs compacted and language tags spelled as the build spelled
    them. Each line is what ``json.dumps(node, ensure_ascii=False, sort_keys=True)`` writes
    (Python's encoder is fast only without ``indent``; this layout keeps the file readable and
    diff-friendly), put together from the JSON of each term, made once (:class:`_JsonTerms`).
    Written into ``buffer`` (a binary file) as it is made.
    """
    terms = _JsonTerms(statements.terms, _compactor(context), tags)
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
    with StagedOutput(out_dir) as staged:
        for name, data in sorted(files.items()):
            staged.write(name, data)
        return staged.commit()


#: staging folders are named ``.kg-staging-<pid>-<random>``: the process that writes into it
_STAGING = ".kg-staging-"


def _remove_abandoned_staging(out: Path) -> None:
    """Remove the staging folders in ``out`` left by builds that no longer run.

    A build removes its own staging folder however it ends, except when it is killed outright
    (SIGKILL, a power cut). Such a folder is named after a process that no longer exists; a folder
    of a build still running (another ``kg build`` into the same folder) is left alone, and so is
    any folder not named the way this module names them.
    """
    try:
        entries = list(out.iterdir())
    except OSError:
        return
    for entry in entries:
        pid_text, sep, _rest = entry.name[len(_STAGING):].partition("-")
        if not (entry.name.startswith(_STAGING) and sep and pid_text.isdigit()):
            continue
        pid = int(pid_text)
        if pid == os.getpid() or _process_exists(pid) or not entry.is_dir() or entry.is_symlink():
            continue
        shutil.rmtree(entry, ignore_errors=True)


def _process_exists(pid: int) -> bool:
    """Whether a process ``pid`` runs on this machine (one we may not signal counts as running)."""
    if pid <= 0 or os.name != "posix":
        return True  # not a real process id, or no signal 0 to probe with: leave the folder alone
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


class StagedOutput:
    """The files of one build, written one at a time into a staging folder inside ``out_dir`` and
    moved into place together by :meth:`commit` (see the module's docstring).

    Use it as a context manager: leaving the block without :meth:`commit` (an error, Ctrl-C,
    SIGTERM raised as an exception) removes the staging folder and leaves ``out_dir`` as it was.
    Each file is flushed to disk when written, so the caller need not keep its bytes.
    Raises :class:`~kg.errors.OutputError` when the folder or a file cannot be written.
    """

    def __init__(self, out_dir: str | os.PathLike[str]) -> None:
        self.out = Path(out_dir)
        try:
            self.out.mkdir(parents=True, exist_ok=True)
            _remove_abandoned_staging(self.out)
            self.staging = Path(tempfile.mkdtemp(prefix=f"{_STAGING}{os.getpid()}-", dir=self.out))
        except OSError as exc:
            raise OutputError("unwritable", str(self.out), detail=exc.strerror or exc) from None
        self.names: list[str] = []

    def __enter__(self) -> "StagedOutput":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.discard()

    def path(self, name: str) -> Path:
        """Where ``name`` is staged."""
        return self.staging / name

    def write(self, name: str, data: bytes) -> None:
        """Stage ``name`` with ``data``, flushed to disk."""
        with self.create(name) as fh:
            fh.write(data)

    @contextmanager
    def create(self, name: str) -> Iterator[BinaryIO]:
        """Stage ``name``: a binary file to write it into, flushed to disk when the block ends."""
        tmp = self.staging / name
        try:
            tmp.parent.mkdir(parents=True, exist_ok=True)
            with open(tmp, "wb") as fh:
                yield fh
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            raise OutputError("unwritable", str(self.out), detail=exc.strerror or exc) from None
        if name not in self.names:
            self.names.append(name)

    def adopt(self, name: str) -> None:
        """Count ``name``, written to :meth:`path` by another process (and flushed by it), as staged."""
        if name not in self.names:
            self.names.append(name)

    def commit(self) -> list[Path]:
        """Move every staged file into place (in name order, SIGINT and SIGTERM held meanwhile);
        return the final paths."""
        written: list[Path] = []
        try:
            with signals_held(committing=True):
                for name in sorted(self.names):
                    final = self.out / name
                    final.parent.mkdir(parents=True, exist_ok=True)
                    os.replace(self.staging / name, final)
                    written.append(final)
        except OSError as exc:
            raise OutputError("unwritable", str(self.out), detail=exc.strerror or exc) from None
        finally:
            self.discard()
        return written

    def discard(self) -> None:
        """Remove the staging folder and whatever is still in it."""
        shutil.rmtree(self.staging, ignore_errors=True)


