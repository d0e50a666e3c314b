"""The whole build: read -> structure -> dedup -> RDF -> export.

Entry function: :func:`build`. It never raises for a bad document: each one
that cannot be built becomes a :class:`~kg.model.Problem` and the others go on.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any, Callable, Iterator, Optional, Sequence

from rdflib import Dataset

from . import __version__
from .cache import open_cache
from .dedup import mark_duplicates
from .errors import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, KgError, MESSAGES
from .export import serialize, write_outputs
from .extract import extract, warm_up
from .model import Document, Duplication, Extraction, Problem, Resolution, SourceFile
from .resolve import resolve
from .rdf import BuildInfo, build_dataset, input_hash
from .rdf.quads import Quads
from .read import DEFAULT_MAX_BYTES, discover, read_source
from .structure import analyse

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
    documents (default: one per CPU for 8 documents or more); the output is the same
    whatever their number. ``cache`` is a folder of analysed and extracted documents
    (:mod:`kg.cache`): documents found there are not extracted again, the others are added;
    the output is the same with or without it.
    """
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
        if out_dir is not None:
            # the HTML view and the RDF files are made from the same quads and nothing else:
            # with a second CPU the view is drawn in a forked process while this one serializes
            advance("serialize", 0, 1)
            view = _GraphView(quads, parallel=(jobs is None or jobs > 1))
            files_out = serialize(quads)
            files_out["report.json"] = _json(report)
            lap("serialize")
            advance("graph", 0, 1)
            graph_out, drawn = view.result()
            if view.parallel:  # the wall time of the lap below is only the wait for the other process
                timings[OVERLAPPED_GRAPH] = drawn
            files_out.update(graph_out)  # graph.html, graph.graphml
            lap("graph")
            advance("write", 0, 1)
            written = tuple(write_outputs(files_out, out_dir))
            lap("write")
    return BuildResult(tuple(documents), tuple(problems), tuple(notices), tuple(duplications), quads, report,
                       resolution=resolution, written=written, timings=timings,
                       cached=len(cached))


class _GraphView:
    """``graph.html`` and ``graph.graphml`` of a build, made in a forked process when ``parallel``
    and the machine has a second CPU, else on :meth:`result`. The bytes are the same either way."""

    def __init__(self, quads: Quads, parallel: bool) -> None:
        self._quads = quads
        self._pool = None
        self._future = None
        self.parallel = False
        if parallel and (os.cpu_count() or 1) > 1 and "fork" in multiprocessing.get_all_start_methods():
            from concurrent.futures import ProcessPoolExecutor

            global _VIEW_QUADS
            _VIEW_QUADS = quads  # the forked worker inherits it: nothing is pickled on the way in
            self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
            self._future = self._pool.submit(_draw_inherited)
            self.parallel = True

    def result(self) -> tuple[dict[str, bytes], float]:
        """The files and the seconds spent making them (in whichever process made them)."""
        global _VIEW_QUADS
        if self._future is None:
            return _draw(self._quads)
        try:
            return self._future.result()
        finally:
            self._pool.shutdown()
            _VIEW_QUADS = None


_VIEW_QUADS: Optional[Quads] = None


def _draw(quads: Quads) -> tuple[dict[str, bytes], float]:
    from .visualize import graph_files  # networkx loads only when a build is written

    start = time.perf_counter()
    files = graph_files(quads)
    return files, time.perf_counter() - start


def _draw_inherited() -> tuple[dict[str, bytes], float]:
    assert _VIEW_QUADS is not None
    return _draw(_VIEW_QUADS)


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


#: below this many documents a build stays in one process (starting workers costs more than it saves)
PARALLEL_MIN_DOCUMENTS = 8


def default_jobs(n_documents: int) -> int:
    """Worker processes for ``n_documents``: one per CPU for large builds, one for small ones."""
    if n_documents < PARALLEL_MIN_DOCUMENTS:
        return 1
    return max(1, min(os.cpu_count() or 1, n_documents // 4))


def _analysed(sources: list[SourceFile], jobs: Optional[int]) -> Iterator[tuple]:
    """Analysis and extraction of every source, in input order, by ``jobs`` processes.

    Workers are forked after the extraction resources (jieba, gazetteers, patterns)
    are loaded, so they share them instead of each loading its own. The results do
    not depend on the number of workers: each document is read on its own and the
    results come back in input order.
    """
    jobs = default_jobs(len(sources)) if jobs is None else max(1, jobs)
    if jobs > 1 and len(sources) > 1 and "fork" in multiprocessing.get_all_start_methods():
        from concurrent.futures import ProcessPoolExecutor

        warm_up()
        ctx = multiprocessing.get_context("fork")
        chunk = max(1, min(16, len(sources) // (jobs * 4)))
        with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
            yield from pool.map(_analyse_extract, sources, chunksize=chunk)
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
