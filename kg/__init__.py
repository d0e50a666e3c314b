"""kg: a knowledge-graph builder for news and reports on China's services trade and cultural exports.

Pipeline (one module per stage, each with one entry function):

- :func:`kg.read.read_source` — find and decode documents;
- :func:`kg.structure.analyse` — normalize (:mod:`kg.normalize`), segment, read metadata;
- :func:`kg.extract.extract` — entities, relations and figures of one document (cached by
  :mod:`kg.cache` across builds);
- :func:`kg.dedup.mark_duplicates` — repeated passages within and across documents;
- :func:`kg.resolve.resolve` — one entity, indicator and observation per thing stated;
- :func:`kg.rdf.build_dataset` — the RDF quads, one named graph per document;
- :func:`kg.export.serialize` — Turtle, TriG, N-Quads and JSON-LD (pyoxigraph's writers);
- :func:`kg.visualize.graph_files` — the graph for readers: networkx, an offline HTML page, GraphML;
- :func:`kg.export.write_outputs` — atomic writes of every output file.

:func:`kg.build` runs them all; the ``kg`` command is a thin layer over it.
:func:`kg.query` runs SPARQL (a query of the library ``kg/queries/*.rq``, a file or text) on a
build; it lives in :mod:`kg.sparql` (a submodule named ``kg.query`` would clash with the function).
"""

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["__version__", "build", "BuildResult", "query", "QueryResult"]

if TYPE_CHECKING:
    from .pipeline import BuildResult, build
    from .sparql import QueryResult, query  # the module is kg.sparql: kg.query is this function

#: the package's functions and the module each comes from, imported on first use (``import kg``
#: stays quick, and ``kg build`` imports only what building needs)
_LAZY = {"build": "pipeline", "BuildResult": "pipeline", "query": "sparql", "QueryResult": "sparql"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
