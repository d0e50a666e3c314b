"""The whole build: read -> structure -> dedup -> RDF -> export.

Entry function: :func:`build`. It never raises for a bad document: each one
that cannot be built becomes a :class:`~kg.model.Problem` and the others go on.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, Optional, Sequence

from rdflib import Literal, URIRef

from . import __version__
from .cache import open_cache
from .dedup import mark_duplicates
from .errors import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, KgError, MESSAGES
from .export import StagedOutput, serialize_into
from .signals import fork_child
from .extract import extract, warm_up
from .model import Document, Duplication, Extraction, Problem, Resolution, SourceFile
from .resolve import resolve
from .rdf import BuildInfo, build_dataset, input_hash
from .rdf.quads import Quads
from .read import DEFAULT_MAX_BYTES, discover, read_source
from .structure import analyse

if TYPE_CHECKING:
    from rdflib import Dataset

DEFAULT_INPUT = "seeds"
DEFAULT_OUTPUT = "output"

#: key of :attr:`BuildResult.timings` for the HTML view drawn in parallel with serialization
OVERLAPPED_GRAPH = "graph_overlapped"

#: ``progress(stage, done, total)``: called as a build advances (a UI draws a bar from it).
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class BuildResult:
    documents: tuple[Document, ...]
    problems: tuple[Problem, ...]  #: documents skipped, one line each
    notices: tuple[str, ...]  #: not errors (e.g. a file with the same content as another)
    duplications: tuple[Duplication, ...]
    quads: Optional[Quads] = field(repr=False)  #: what the RDF stage made (None when nothing was built)
    report: dict[str, Any] = field(repr=False)
    resolution: Optional[Resolution] = field(default=None, repr=False)
    written: tuple[Path, ...] = ()
    #: seconds per stage (read, dedup, extract, resolve, rdf, serialize, graph, write), wall time in this
    #: process; when the HTML view was drawn beside serialization, :data:`OVERLAPPED_GRAPH` is the time
    #: the other process took (not part of the total). Never written to any file.
    timings: dict[str, float] = field(default_factory=dict, repr=False, compare=False)
    #: documents whose analysis and extraction came from the cache
    cached: int = field(default=0, compare=False)

    @cached_property
    def dataset(self) -> Optional[Dataset]:
        """The build as an rdflib Dataset (made on first use: the build itself does not need it)."""
        return self.quads.to_dataset() if self.quads is not None else None

    @property
    def exit_code(self) -> int:
        if not self.documents:
            return EXIT_FAILED
        return EXIT_PARTIAL if self.problems else EXIT_OK


def build(paths: Sequence[str | os.PathLike[str]] = (DEFAULT_INPUT,), out_dir: Optional[str | os.PathLike[str]] = DEFAULT_OUTPUT,
          *, max_bytes: int = DEFAULT_MAX_BYTES, progress: Optional[Progress] = None,
          jobs: Optional[int] = None, cache: Optional[str | os.PathLike[str]] = None) -> BuildResult:
    """Build the knowledge graph from ``paths`` (files or folders) into ``out_dir``.

    With ``out_dir=None`` nothing is written (the graph is still returned).
    Output is written only when at least one document was built, and then
    atomically: a failed build leaves the previous output as it was.
    ``progress`` is told each stage's advance; the seconds each stage took are in
    :attr:`BuildResult.timings`. ``jobs`` worker processes analyse and extract the
    documents (default: one per CPU for 8 documents or more, one per idle CPU for fewer documents of
    20,000 characters or more, see :func:`default_jobs`); the output is the same whatever their number.
    Unless ``jobs`` is 1, the HTML view is drawn in another process when there is a second CPU.
    ``cache`` is a folder of analysed and extracted documents (:mod:`kg.cache`): documents found
    there are not extracted again, the others are added; the output is the same with or without it.
    """
    # the HTML view is drawn from the quads alone: with a second CPU, a process forked now loads what
    # drawing needs while this one reads and extracts, and draws while this one serializes
    view = _GraphView(parallel=(jobs is None or jobs > 1)) if out_dir is not None else None
    try:
        return _build(paths, out_dir, view, max_bytes=max_bytes, progress=progress, jobs=jobs, cache=cache)
    finally:
        if view is not None:
            view.close()


def _build(paths: Sequence[str | os.PathLike[str]], out_dir: Optional[str | os.PathLike[str]],
           view: Optional["_GraphView"], *, max_bytes: int, progress: Optional[Progress], jobs: Optional[int],
           cache: Optional[str | os.PathLike[str]]) -> BuildResult:
    timings: dict[str, float] = {}
    clock = [time.perf_counter()]

    def lap(stage: str) -> None:  # the time since the previous lap goes to ``stage``
        now = time.perf_counter()
        timings[stage] = timings.get(stage, 0.0) + now - clock[0]
        clock[0] = now

    def advance(stage: str, done: int, total: int) -> None:
        if progress is not None:
            progress(stage, done, total)

    files, errors = discover(list(paths))
    problems = [Problem(e.path, e.reason, e.code) for e in errors]
    notices: list[str] = []
    if not files and not errors:
        problems.append(Problem(", ".join(str(p) for p in paths), MESSAGES["no-documents"], "no-documents"))

    sources = []
    by_hash: dict[str, str] = {}
    for n_read, path in enumerate(files):
        advance("read", n_read, len(files))
        try:
            source = read_source(path, max_bytes=max_bytes)
        except KgError as exc:
            problems.append(Problem(exc.path, exc.reason, exc.code))
            continue
        if source.sha256 in by_hash:
            notices.append(f"{source.path}: " + MESSAGES["duplicate-file"].format(detail=by_hash[source.sha256]))
            continue
        by_hash[source.sha256] = source.path
        sources.append(source)
    advance("read", len(files), len(files))
    lap("read")

    # analysis and extraction of each document depend on that document alone: a process pool may do them
    # documents already in the cache (same content, same extractor version) are not analysed again
    store = open_cache(cache)
    cached: dict[str, tuple[Document, Extraction]] = {}
    if store is not None:
        for source in sources:
            hit = store.get(source)
            if hit is not None:
                cached[source.sha256] = hit
    misses = [s for s in sources if s.sha256 not in cached]
    fresh = iter(_analysed(misses, jobs))
    documents: list[Document] = []
    extracted: dict[str, Extraction] = {}
    for i, source in enumerate(sources):
        advance("extract", i, len(sources))
        if source.sha256 in cached:
            doc, extraction = cached[source.sha256]
        else:
            _, doc, extraction, failure, complete = next(fresh)
            if doc is None:
                problems.append(Problem(source.path, failure or "internal error", "internal"))
                continue
            if store is not None and complete:
                store.put(source, doc, extraction)
        documents.append(doc)
        extracted[doc.doc_id] = extraction
    advance("extract", len(sources), len(sources))
    if store is not None and store.problem:
        notices.append(store.problem)
    lap("extract")
    advance("dedup", 0, 1)
    documents, duplications = mark_duplicates(documents)
    extractions = [extracted[d.doc_id] for d in documents]
    lap("dedup")
    advance("resolve", 0, 1)
    resolution = resolve(documents, extractions) if documents else None
    quads = None
    written: tuple[Path, ...] = ()
    info = BuildInfo(input_hash=input_hash(documents))
    report = _report(documents, problems, notices, duplications, info, resolution)
    lap("resolve")
    if documents:
        advance("rdf", 0, 1)
        quads = build_dataset(documents, duplications, info, resolution)
        lap("rdf")
        if out_dir is not None and view is not None:
            # the HTML view and the RDF files are made from the same quads and nothing else; each file
            # goes to the staging folder as soon as it is made (only one is held in memory at a time)
            with StagedOutput(out_dir) as staged:
                advance("serialize", 0, 1)
                view.send(quads)
                serialize_into(quads, staged, fork=view.parallel)
                staged.write("report.json", _json(report))
                lap("serialize")
                advance("graph", 0, 1)
                graph_out, drawn, elsewhere = view.result()
                if elsewhere:  # the wall time of the lap below is only the wait for the other process
                    timings[OVERLAPPED_GRAPH] = drawn
                for name in sorted(graph_out):  # graph.html, graph.graphml
                    staged.write(name, graph_out.pop(name))
                del graph_out
                lap("graph")
                advance("write", 0, 1)
                written = tuple(staged.commit())
                lap("write")
    return BuildResult(tuple(documents), tuple(problems), tuple(notices), tuple(duplications), quads, report,
                       resolution=resolution, written=written, timings=timings,
                       cached=len(cached))


class _GraphView:
    """``graph.html`` and ``graph.graphml`` of a build: drawn in another process when ``parallel``, the
    machine has a second CPU and ``os.fork``, else (or when that process fails) on :meth:`result`.
    The bytes are the same either way.

    The process is forked when the build starts. It loads what drawing needs (networkx, pyvis,
    jinja2, the ontology's labels: about half a second) while this process reads, extracts and makes
    the RDF, then waits. :meth:`send` hands it the quads: pickled (IRIs and literals as their text,
    made again once per distinct term on the other side) into a temporary file both processes opened
    before the fork, with their length on a pipe, so this process never waits for the other to read.
    Quads too many to pickle quickly (:data:`TRANSFER_MAX_QUADS`) go another way: that process is
    stopped and a new one forked, which has them already. The files come back on a second pipe.
    The process ignores SIGINT (this one cleans up after Ctrl-C), stops on SIGTERM, and ends when
    this one closes the pipe, or dies.
    """

    def __init__(self, parallel: bool) -> None:
        self._quads: Any = None
        self._pid = 0
        self._fds: list[int] = []  # this side's ends of the pipes, and the temporary file
        self._sent = False
        if parallel and (os.cpu_count() or 1) > 1 and hasattr(os, "fork"):
            self._start(None)

    def _start(self, quads: Any) -> None:
        """Fork the drawing process (it draws ``quads`` at once when given, else waits for :meth:`send`)."""
        import tempfile

        fds = self._fds = []  # closed by close() should anything fail on the way
        try:
            with tempfile.TemporaryFile() as transfer:
                fds += os.pipe()
                fds += os.pipe()
                fds.append(os.dup(transfer.fileno()))
                quads_r, quads_w, files_r, files_w, file_fd = fds

                def child() -> int:  # the drawing process
                    os.close(quads_w)
                    os.close(files_r)
                    return _view_process(quads_r, file_fd, files_w, quads)

                def record(pid: int) -> None:  # this process: the pid first, so close() stops it
                    self._pid = pid

                fork_child(child, record)
        except OSError:  # no process, pipe or temporary file to be had: drawn here
            self.close()
            return
        os.close(quads_r)
        os.close(files_w)
        self._fds = [quads_w, files_r, file_fd]

    @property
    def parallel(self) -> bool:
        """Whether another process is drawing (or ready to)."""
        return self._pid != 0

    def send(self, quads: Any) -> None:
        """The quads to draw (nothing else is read)."""
        self._quads = quads
        if not self._pid:
            return
        try:
            size = len(quads)
        except TypeError:
            size = TRANSFER_MAX_QUADS + 1
        if size > TRANSFER_MAX_QUADS:
            self.close()
            self._start(quads)
            self._sent = True
            return
        quads_w, _files_r, file_fd = self._fds
        try:
            data = _pickle_quads(quads)
            view = memoryview(data)
            offset = 0
            while offset < len(data):
                offset += os.pwrite(file_fd, view[offset:], offset)
            os.write(quads_w, len(data).to_bytes(8, "little"))
            self._sent = True
        except Exception:  # a term that cannot be pickled, a full disk...: drawn here
            self.close()

    def result(self) -> tuple[dict[str, bytes], float, bool]:
        """The files, the seconds spent drawing them, and whether another process drew them."""
        if self._pid and self._sent:
            import pickle

            _quads_w, files_r, _file_fd = self._fds
            try:  # unpickled as it is read: the files are not held twice (at 1,000 documents, 190 MB)
                with os.fdopen(os.dup(files_r), "rb") as pipe:
                    files, seconds = pickle.load(pipe)
            except Exception:  # the process died or failed: the same drawing here gives its result, or its error
                files = None
            self.close()
            if isinstance(files, dict):
                return files, seconds, True
        self.close()
        files, seconds = _draw(self._quads)
        return files, seconds, False

    def close(self) -> None:
        """Stop the process (when it is still running) and wait for it; close this side's files."""
        pid, self._pid = self._pid, 0
        fds, self._fds = self._fds, []
        if pid:
            import signal

            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        for fd in fds:
            try:
                os.close(fd)
            except OSError:
                pass
        if pid:
            while True:
                try:
                    os.waitpid(pid, 0)
                    break
                except InterruptedError:
                    continue
                except ChildProcessError:
                    break


#: above this many quads the drawing process gets them by being forked after the RDF stage (pickling
#: them, about 10 µs a quad both ways, would then cost more than loading networkx and pyvis there)
TRANSFER_MAX_QUADS = 50_000


def _view_process(quads_r: int, file_fd: int, files_w: int, quads: Any) -> int:
    """The drawing process of :class:`_GraphView`: load, wait for the quads (unless given), draw,
    send the files back. Returns the exit status."""
    import pickle

    start = time.perf_counter()
    if quads is None:
        try:
            from .visualize import warm_up

            warm_up()
        except Exception:
            pass  # drawing fails the same way below, and the build then draws (and fails) in its own process
        header = b""
        while len(header) < 8:
            chunk = os.read(quads_r, 8 - len(header))
            if not chunk:  # the build has nothing to draw, or is gone
                return 0
            header += chunk
        size = int.from_bytes(header, "little")
        parts = []
        offset = 0
        while offset < size:
            part = os.pread(file_fd, size - offset, offset)
            if not part:
                return 1
            parts.append(part)
            offset += len(part)
        start = time.perf_counter()
    try:
        if quads is None:
            quads = _unpickle_quads(b"".join(parts))
        files, _ = _draw(quads)
    except Exception:
        return 1  # the build draws again in its own process, where the error is raised
    del quads
    # pickled straight into the pipe: large files are written as they are, not copied into a pickle first
    with os.fdopen(files_w, "wb") as pipe:
        pickle.dump((files, time.perf_counter() - start), pipe, protocol=pickle.HIGHEST_PROTOCOL)
    return 0


def _pickle_quads(quads: Any) -> bytes:
    """``quads`` pickled for :class:`_GraphView`: IRIs and literals as their text (:func:`_iri`,
    :func:`_literal`); rdflib pickles each use of a term as a new object, made again on loading."""
    import copyreg
    import io
    import pickle

    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {**copyreg.dispatch_table, URIRef: _reduce_iri, Literal: _reduce_literal}
    pickler.dump(quads)
    return buffer.getvalue()


def _unpickle_quads(data: bytes) -> Any:
    """What :func:`_pickle_quads` pickled: each distinct IRI and literal made once."""
    import io
    import pickle

    terms = {"_iri": lru_cache(maxsize=None)(_iri)}
    terms["_literal"] = lru_cache(maxsize=None)(partial(_literal, iri=terms["_iri"]))

    class Unpickler(pickle.Unpickler):
        def find_class(self, module: str, name: str) -> Any:
            if module == __name__ and name in terms:
                return terms[name]
            return super().find_class(module, name)

    return Unpickler(io.BytesIO(data)).load()


def _reduce_iri(term: URIRef) -> tuple:
    return _iri, (str(term),)


def _reduce_literal(term: Literal) -> tuple:
    datatype = term.datatype
    return _literal, (str(term), term.language, None if datatype is None else str(datatype))


def _iri(value: str) -> URIRef:
    return URIRef(value)


def _literal(lexical: str, language: Optional[str], datatype: Optional[str], iri: Callable[[str], URIRef] = _iri) -> Literal:
    """A literal with its text as it was (``normalize=False``)."""
    return Literal(lexical, lang=language, datatype=None if datatype is None else iri(datatype), normalize=False)


def _draw(quads: Any) -> tuple[dict[str, bytes], float]:
    from .visualize import graph_files  # networkx loads only when a build is written

    start = time.perf_counter()
    files = graph_files(quads)
    return files, time.perf_counter() - start


def _analyse_extract(source: SourceFile) -> tuple[SourceFile, Optional[Document], Optional[Extraction], Optional[str], bool]:
    """One document through analysis and extraction; a bug costs that document (or its extraction) only.

    Returns the source, the document, its extraction, what failed, and whether both stages
    completed (only then may the result be cached).
    """
    try:
        doc = analyse(source)
    except Exception as exc:
        return source, None, None, f"internal error while analysing ({type(exc).__name__}: {exc})", False
    try:
        return source, doc, extract(doc), None, True
    except Exception as exc:  # keep the document's text layer; say what failed
        doc = replace(doc, warnings=doc.warnings + (f"extraction failed ({type(exc).__name__}: {exc})",))
        return source, doc, Extraction(doc.doc_id, (), (), ()), None, False


#: from this many documents on, a build has one worker process per CPU (at most one per 4 documents)
PARALLEL_MIN_DOCUMENTS = 8
#: fewer documents get one process each (up to one per idle CPU) when they hold this many characters in
#: all: a process then takes the largest document while another does the rest (starting them costs
#: ~0.05 s, which a busy machine does not give back)
PARALLEL_MIN_CHARACTERS = 20_000


def default_jobs(n_documents: int, n_characters: int = 0) -> int:
    """Worker processes for ``n_documents`` of ``n_characters`` in all: one per CPU for large builds;
    for small ones, one per CPU that is idle (by the load average) when the text is long enough, else one."""
    cpus = os.cpu_count() or 1
    if n_documents >= PARALLEL_MIN_DOCUMENTS:
        return max(1, min(cpus, n_documents // 4))
    if n_documents > 1 and n_characters >= PARALLEL_MIN_CHARACTERS:
        try:
            idle = int(cpus - os.getloadavg()[0] + 0.5)
        except OSError:  # no load average to be had
            idle = 0
        return max(1, min(idle, n_documents))
    return 1


def _analysed(sources: list[SourceFile], jobs: Optional[int]) -> Iterator[tuple]:
    """Analysis and extraction of every source, in input order, by ``jobs`` processes.

    Workers are forked after the extraction resources (jieba, gazetteers, patterns)
    are loaded, so they share them instead of each loading its own. The results do
    not depend on the number of workers: each document is read on its own and the
    results come back in input order. A few documents are handed out largest first,
    so that the largest is not the last one started.
    """
    if jobs is None:
        jobs = default_jobs(len(sources), sum(len(s.text) for s in sources))
    jobs = max(1, jobs)
    if jobs > 1 and len(sources) > 1 and hasattr(os, "fork"):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        warm_up()
        ctx = multiprocessing.get_context("fork")
        chunk = max(1, min(16, len(sources) // (jobs * 4)))
        with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
            if len(sources) >= PARALLEL_MIN_DOCUMENTS:
                yield from pool.map(_analyse_extract, sources, chunksize=chunk)
                return
            largest_first = sorted(range(len(sources)), key=lambda i: -len(sources[i].text))
            futures = {i: pool.submit(_analyse_extract, sources[i]) for i in largest_first}
            for i in range(len(sources)):
                yield futures[i].result()
        return
    for source in sources:
        yield _analyse_extract(source)


def display_path(path: str) -> str:
    """A path as the report shows it: relative to the working folder when inside it, POSIX style.

    Builds of the same files from the same place then report the same paths,
    however they were named on the command line.
    """
    p = Path(path)
    try:
        return p.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except (ValueError, OSError):
        return p.as_posix()


def _json(obj: Any) -> bytes:
    import json

    return (json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode("utf-8")


def _report(documents: list[Document], problems: list[Problem], notices: list[str],
            duplications: list[Duplication], info: BuildInfo, resolution: Optional[Resolution] = None) -> dict[str, Any]:
    docs = []
    entities_in: Counter = Counter()
    observations_in: Counter = Counter()
    if resolution is not None:
        for ent in resolution.entities:
            for doc_id in {m.doc_id for m in ent.mentions}:
                entities_in[doc_id] += 1
        for obs in resolution.observations:
            observations_in[obs.doc_id] += 1
    for d in documents:
        src = d.source
        docs.append({
            "id": d.doc_id,
            "path": display_path(src.path),
            "name": src.name,
            "bytes": src.byte_size,
            "characters": len(src.text),
            "sha256": src.sha256,
            "encoding": src.encoding,
            "media_type": src.media_type,
            "title": d.title,
            "publisher": d.publisher,
            "date": d.date,
            "primary_script": d.primary_script,
            "scripts": list(d.scripts),
            "sentences": len(d.sentences),
            "sentences_by_script": dict(sorted(Counter(s.script for s in d.sentences).items())),
            "duplicate_sentences": sum(1 for s in d.sentences if s.duplicate_of),
            "entities": entities_in[d.doc_id],
            "observations": observations_in[d.doc_id],
            "articles": [
                {
                    "index": a.index, "title": a.title, "source": a.source, "date": a.date,
                    "start": a.start, "end": a.end,
                    "duplicate_of": f"{a.duplicate_of[0]}#article-{a.duplicate_of[1]}" if a.duplicate_of else None,
                    "duplicate_ratio": a.duplicate_ratio if a.duplicate_of else None,
                }
                for a in d.articles
            ],
            "warnings": list(d.warnings),
        })
    return {
        "tool": {"name": "kg", "version": __version__},
        "input_hash": info.input_hash,
        "totals": {
            "documents_built": len(documents),
            "documents_skipped": len(problems),
            "articles": sum(len(d.articles) for d in documents),
            "sentences": sum(len(d.sentences) for d in documents),
            "duplicate_passages": len(duplications),
            "entities": len(resolution.entities) if resolution else 0,
            "relations": len(resolution.relations) if resolution else 0,
            "indicators": len(resolution.indicators) if resolution else 0,
            "observations": len(resolution.observations) if resolution else 0,
        },
        "documents": docs,
        "skipped": [{"path": display_path(p.path), "code": p.code, "reason": p.reason} for p in problems],
        "notices": notices,
        "duplicate_passages": [
            {
                "original": {"doc": x.original_doc, "start": x.original[0], "end": x.original[1]},
                "copy": {"doc": x.copy_doc, "start": x.copy[0], "end": x.copy[1]},
                "similarity": x.similarity,
            }
            for x in duplications
        ],
        "checks": list(resolution.checks) if resolution else [],
    }
