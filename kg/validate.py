"""Validate a built graph against the ontology: SHACL shapes plus SPARQL data checks.

One entry function, :func:`validate`, takes an rdflib ``Graph`` / ``Dataset`` or the path of a
serialized graph (``.ttl``, ``.trig``, ``.nq``, ``.nt``, ``.jsonld``) and returns a frozen
:class:`ValidationReport`:

* pyshacl runs the shapes of ``shapes.ttl`` over the union of all graphs, with
  ``ont_graph`` = ``kg.ttl`` + ``units.ttl`` merged into the data (so a shape that targets
  ``kg:Work`` also reaches ``kg:Film`` through ``rdfs:subClassOf``) and, by default,
  ``inference="rdfs"``, reporting every result (``abort_on_first=False``). Because kg.ttl has no
  ``rdfs:domain`` / ``rdfs:range`` (decision D01), ``inference="none"`` gives the same results
  today at about half the cost (the RDFS closure is most of pyshacl's time on a large build);
  callers that need speed may pass it;
* every ``checks/*-violation.rq`` (ODK style: a check fails when it returns rows) runs over the
  same data as an rdflib ``Dataset`` whose default graph is the union of all graphs, so a check
  can also inspect named graphs with ``GRAPH ?g``.

:func:`format_report` renders a report as text. There is no CLI here: ``kg validate`` calls these
functions (exit 0 when ``report.conforms``, 1 when not, 2 on :class:`ValidationInputError`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Union

import pyshacl
from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID, ConjunctiveGraph
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query
from rdflib.term import Node

from kg.namespaces import PREFIXES, bind
from kg.resources import ontology_dir as default_ontology_dir

__all__ = [
    "CheckRow",
    "ValidationInputError",
    "ValidationReport",
    "format_report",
    "load_checks",
    "load_ontology",
    "load_shapes",
    "run_checks",
    "validate",
]

#: File suffix -> rdflib parser name for the files :func:`validate` accepts.
FORMATS: dict[str, str] = {
    ".ttl": "turtle",
    ".trig": "trig",
    ".nq": "nquads",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
}

#: One row of a failed check: ``(variable, value)`` pairs in the query's variable order, each
#: value in N-Triples notation with full IRIs (``<https://w3id.org/cstkg/id/obs/1a2b>``,
#: ``"12"^^<http://www.w3.org/2001/XMLSchema#integer>``); :func:`format_report` shortens them.
CheckRow = tuple[tuple[str, str], ...]

DataInput = Union[Graph, Dataset, ConjunctiveGraph, str, Path, "Quads"]  # Quads: kg.rdf.quads


class ValidationInputError(ValueError):
    """The data or the ontology folder cannot be read (missing file, unknown format, bad syntax)."""


@dataclass(frozen=True)
class ValidationReport:
    """What :func:`validate` found.

    ``conforms`` is true when pyshacl reports no violation **and** no check returned rows.
    ``check_failures`` holds one ``(check name, rows)`` pair per failing check, sorted by name;
    the name is the file name without ``.rq`` (``fact-without-evidence-violation``).
    ``shacl_results`` is pyshacl's results graph (``sh:ValidationReport``), for callers that need
    ``sh:sourceShape`` / ``sh:resultPath``; it takes no part in equality.
    """

    conforms: bool
    shacl_text: str
    check_failures: tuple[tuple[str, tuple[CheckRow, ...]], ...]
    shacl_conforms: bool = True
    shacl_results: Graph | None = field(default=None, compare=False, repr=False)


# --------------------------------------------------------------------------------------------
# Loading the ontology folder (cached per folder and file state)
# --------------------------------------------------------------------------------------------


def _folder(ontology_dir: str | Path | None) -> Path:
    folder = Path(ontology_dir) if ontology_dir is not None else default_ontology_dir()
    for name in ("kg.ttl", "shapes.ttl"):
        if not (folder / name).is_file():
            raise ValidationInputError(f"{folder / name}: ontology file not found")
    return folder


def _stamp(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """Identifies the state of the files read from ``folder``, so edits invalidate the cache."""
    files = [folder / "kg.ttl", folder / "units.ttl", folder / "shapes.ttl"]
    files += sorted((folder / "checks").glob("*.rq"))
    return tuple((str(f), f.stat().st_mtime_ns, f.stat().st_size) for f in files if f.is_file())


def _parse(path: Path, fmt: str) -> Graph:
    graph = Graph()
    try:
        graph.parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many kinds of parser errors
        raise ValidationInputError(f"{path}: cannot parse as {fmt}: {exc}") from exc
    return bind(graph)


@functools.lru_cache(maxsize=8)
def _ontology(folder: str, stamp: tuple) -> Graph:
    graph = _parse(Path(folder) / "kg.ttl", "turtle")
    units = Path(folder) / "units.ttl"
    if units.is_file():
        graph += _parse(units, "turtle")
    return graph


@functools.lru_cache(maxsize=8)
def _shapes(folder: str, stamp: tuple) -> Graph:
    return _parse(Path(folder) / "shapes.ttl", "turtle")


@functools.lru_cache(maxsize=8)
def _checks(folder: str, stamp: tuple) -> tuple[tuple[str, Query], ...]:
    checks = []
    for path in sorted((Path(folder) / "checks").glob("*.rq")):
        try:
            query = prepareQuery(path.read_text(encoding="utf-8"))
        except Exception as exc:
            raise ValidationInputError(f"{path}: invalid SPARQL: {exc}") from exc
        checks.append((path.stem, query))
    return tuple(checks)


def load_ontology(ontology_dir: str | Path | None = None) -> Graph:
    """``kg.ttl`` + ``units.ttl`` as one graph (cached; do not modify the returned graph)."""
    folder = _folder(ontology_dir)
    return _ontology(str(folder), _stamp(folder))


def load_shapes(ontology_dir: str | Path | None = None) -> Graph:
    """``shapes.ttl`` (cached; do not modify the returned graph)."""
    folder = _folder(ontology_dir)
    return _shapes(str(folder), _stamp(folder))


def load_checks(ontology_dir: str | Path | None = None) -> tuple[tuple[str, Query], ...]:
    """Every ``checks/*.rq`` as ``(name, prepared query)``, sorted by name (cached)."""
    folder = _folder(ontology_dir)
    return _checks(str(folder), _stamp(folder))


# --------------------------------------------------------------------------------------------
# Reading the data
# --------------------------------------------------------------------------------------------


def _read(data: DataInput) -> Dataset:
    """The input as a fresh ``Dataset`` whose default graph is the union of its graphs."""
    dataset = bind(Dataset(default_union=True))
    if hasattr(data, "to_dataset"):  # what the RDF stage makes (kg.rdf.quads.Quads)
        data = data.to_dataset()
    if isinstance(data, (str, Path)):
        path = Path(data)
        fmt = FORMATS.get(path.suffix.lower())
        if fmt is None:
            known = ", ".join(sorted(FORMATS))
            raise ValidationInputError(f"{path}: unknown file type (expected one of {known})")
        if not path.is_file():
            raise ValidationInputError(f"{path}: file not found")
        try:
            dataset.parse(path, format=fmt)
        except Exception as exc:
            raise ValidationInputError(f"{path}: cannot parse as {fmt}: {exc}") from exc
        return dataset
    if isinstance(data, (Dataset, ConjunctiveGraph)):
        for s, p, o, ctx in data.quads((None, None, None, None)):
            graph_id = getattr(ctx, "identifier", ctx)
            if graph_id is None or graph_id == DATASET_DEFAULT_GRAPH_ID:
                dataset.add((s, p, o))
            else:
                dataset.graph(graph_id).add((s, p, o))
        return dataset
    if isinstance(data, Graph):
        for triple in data:
            dataset.add(triple)
        return dataset
    raise ValidationInputError(f"cannot validate an object of type {type(data).__name__}")


def _union(dataset: Dataset) -> Graph:
    union = bind(Graph())
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


# --------------------------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------------------------


def _render(term: Node | None) -> str:
    return "" if term is None else term.n3()


_IRI = re.compile(r"<([^<>\s]+)>")


def _shorten(value: str, graph: Graph) -> str:
    """``<full IRI>`` occurrences in ``value`` as prefixed names where a project prefix fits."""
    return _IRI.sub(lambda m: graph.namespace_manager.normalizeUri(URIRef(m.group(1))), value)


def run_checks(dataset: Dataset, checks: tuple[tuple[str, Query], ...]) -> tuple[tuple[str, tuple[CheckRow, ...]], ...]:
    """Run the checks over ``dataset``; return ``(name, rows)`` for each check that returned rows."""
    failures = []
    for name, query in checks:
        result = dataset.query(query)
        names = [str(v) for v in (result.vars or [])]
        rows = {
            tuple((var, _render(row[i])) for i, var in enumerate(names))
            for row in result
        }
        if rows:
            failures.append((name, tuple(sorted(rows))))
    return tuple(failures)


def validate(
    data: DataInput, *, ontology_dir: str | Path | None = None, inference: str = "rdfs"
) -> ValidationReport:
    """Validate ``data`` (a Graph, a Dataset or a file path) with the shapes and checks of
    ``ontology_dir`` (default: the installed ontology folder, see :func:`kg.resources.ontology_dir`).

    ``inference`` is passed to pyshacl (``"rdfs"``, or ``"none"`` for speed, see the module
    docstring). Raises :class:`ValidationInputError` when the data or the ontology folder cannot
    be read.
    """
    ontology = load_ontology(ontology_dir)
    shapes = load_shapes(ontology_dir)
    checks = load_checks(ontology_dir)
    dataset = _read(data)
    shacl_conforms, results, text = pyshacl.validate(
        _union(dataset),
        shacl_graph=shapes,
        ont_graph=ontology,
        inference=inference,
        abort_on_first=False,
        allow_infos=True,
        allow_warnings=True,
        meta_shacl=False,
        advanced=False,
        inplace=False,
    )
    failures = run_checks(dataset, checks)
    bind(results)
    return ValidationReport(
        conforms=bool(shacl_conforms) and not failures,
        shacl_text=text,
        check_failures=failures,
        shacl_conforms=bool(shacl_conforms),
        shacl_results=results,
    )


def format_report(report: ValidationReport) -> str:
    """A readable text rendering of ``report`` (ends with a newline)."""
    names = bind(Graph())
    lines = ["Validation: " + ("conforms" if report.conforms else "DOES NOT CONFORM"), ""]
    if report.shacl_conforms:
        lines.append("SHACL: conforms")
    else:
        lines.append("SHACL: violations")
        lines.extend("  " + line for line in report.shacl_text.strip().splitlines())
    lines.append("")
    if not report.check_failures:
        lines.append("Checks: all passed")
    else:
        lines.append(f"Checks: {len(report.check_failures)} failed")
        for name, rows in report.check_failures:
            lines.append(f"- {name}: {len(rows)} row{'s' if len(rows) != 1 else ''}")
            for row in rows:
                lines.append("    " + "  ".join(f"{var}={_shorten(value, names)}" for var, value in row))
    return "\n".join(lines) + "\n"
