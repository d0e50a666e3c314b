"""Open a build as a queryable store (pyoxigraph), shared by ``kg query``, ``kg serve`` and ``kg push``.

Entry function: :func:`open_store`. A build's TriG/N-Quads keep one named graph per
document; queries see the union of all graphs as their default graph (pass
``use_default_graph_as_union=True`` to ``Store.query``, see :data:`UNION`).
"""

from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph

from .errors import KgError

#: keyword arguments every query of the build should run with
UNION = {"use_default_graph_as_union": True}

_FORMATS = {
    ".trig": pyoxigraph.RdfFormat.TRIG,
    ".nq": pyoxigraph.RdfFormat.N_QUADS,
    ".ttl": pyoxigraph.RdfFormat.TURTLE,
    ".nt": pyoxigraph.RdfFormat.N_TRIPLES,
    ".jsonld": pyoxigraph.RdfFormat.JSON_LD,
}


def graph_file(path: str | os.PathLike[str]) -> Path:
    """A graph file, or the best file of a build folder (N-Quads loads fastest, then TriG)."""
    p = Path(path)
    if p.is_dir():
        for name in ("kg.nq", "kg.trig", "kg.ttl"):
            if (p / name).is_file():
                return p / name
        raise KgError("no-graph", str(p))
    return p


def rdf_format(path: str | os.PathLike[str]) -> pyoxigraph.RdfFormat:
    """The RDF format of a graph file, from its extension (or the extension itself, e.g. ``".nq"``)."""
    p = Path(path)
    suffix = p.suffix if p.suffix else p.name
    fmt = _FORMATS.get(suffix.lower())
    if fmt is None:
        raise KgError("graph-format", str(p), detail=p.suffix or "(none)")
    return fmt


def open_store(path: str | os.PathLike[str]) -> pyoxigraph.Store:
    """Load a graph file (or a build folder) into an in-memory pyoxigraph store."""
    p = graph_file(path)
    fmt = rdf_format(p)
    store = pyoxigraph.Store()
    try:
        with open(p, "rb") as fh:
            store.bulk_load(fh, fmt)
    except FileNotFoundError:
        raise KgError("missing", str(p)) from None
    except (SyntaxError, ValueError, OSError) as exc:
        raise KgError("graph-unloadable", str(p), detail=str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from None
    return store
