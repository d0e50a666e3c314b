"""The RDF stage's output: named graphs as plain sets of rdflib triples.

Building into an rdflib :class:`~rdflib.Dataset` cost most of the stage: its memory store
keeps several indexes and context maps per triple, and the build never looks anything up
while writing. A :class:`TripleSet` only collects; :class:`Quads` holds one per named graph
plus the default graph, and gives them back as quads (what the exporter and the HTML view
read) or, when a caller wants to query, as an rdflib Dataset (:meth:`Quads.to_dataset`).
"""

from __future__ import annotations

from typing import Iterable, Iterator, Optional

from rdflib import Dataset, URIRef
from rdflib.term import Node

Triple = tuple[Node, Node, Node]


class TripleSet:
    """A graph being built: ``add`` and iteration, as much of rdflib's ``Graph`` as the stage uses."""

    __slots__ = ("identifier", "_triples")

    def __init__(self, identifier: Optional[URIRef] = None) -> None:
        self.identifier = identifier  #: the graph's name; ``None`` for the default graph
        # a dict, not a set: it keeps the order triples were added in, which does not depend on
        # string hashing, so whatever reads the graph in order sees the same order every run
        self._triples: dict[Triple, None] = {}

    def add(self, triple: Triple) -> "TripleSet":
        self._triples[triple] = None
        return self

    def __iter__(self) -> Iterator[Triple]:
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)

    def __contains__(self, triple: object) -> bool:
        return triple in self._triples


class Quads:
    """A whole build: the default graph and one named graph per document."""

    def __init__(self) -> None:
        self.default = TripleSet()
        self._named: dict[URIRef, TripleSet] = {}

    def graph(self, identifier: URIRef) -> TripleSet:
        """The named graph ``identifier``, created empty the first time it is asked for."""
        g = self._named.get(identifier)
        if g is None:
            g = self._named[identifier] = TripleSet(identifier)
        return g

    def graphs(self) -> Iterator[TripleSet]:
        """The default graph, then the named graphs in the order they were made."""
        yield self.default
        yield from self._named.values()

    def quads(self, pattern: Optional[tuple] = None) -> Iterator[tuple[Node, Node, Node, Optional[URIRef]]]:
        """Every ``(s, p, o, graph)``; ``graph`` is ``None`` in the default graph. Only the
        all-wildcard pattern rdflib callers pass, ``(None, None, None, None)``, is accepted."""
        if pattern is not None and any(x is not None for x in pattern):
            raise ValueError("Quads.quads() takes no pattern; use to_dataset() to query")
        for g in self.graphs():
            gid = g.identifier
            for s, p, o in g:
                yield s, p, o, gid

    def __len__(self) -> int:
        return sum(len(g) for g in self.graphs())

    def to_dataset(self) -> Dataset:
        """The same quads in an rdflib Dataset (with the project's prefixes), for querying."""
        from ..namespaces import bind

        ds = bind(Dataset())
        default = ds.default_graph if hasattr(type(ds), "default_graph") else ds.default_context
        _add_all(default, self.default)
        for gid, g in self._named.items():
            _add_all(ds.graph(gid), g)
        return ds


def _add_all(target, triples: Iterable[Triple]) -> None:
    target.addN((s, p, o, target) for s, p, o in triples)
