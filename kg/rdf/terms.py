"""Terms the RDF stage makes: literals written the same way everywhere, each term made once.

A build writes the same terms over and over: the same figures, offsets, labels and dates (three
literals in four are repeats), the same document, indicator, observation and entity IRIs in
triple after triple. rdflib's constructors are slow (``Literal`` parses, checks and normalises its
value: microseconds a literal), and equal terms that are different objects are compared with
rdflib's ``__eq__``, a Python call, whenever a dictionary meets them (the triple sets of the
stage, the exporter's index of terms). So the functions that make terms are :func:`interned`:
the same arguments give the same object, made once.
"""

from __future__ import annotations

import functools
import re
from typing import Callable, TypeVar

from rdflib import Literal

from ..namespaces import XSD

F = TypeVar("F", bound=Callable)
_INTERNED: list = []


def interned(function: F) -> F:
    """``function`` (which makes an RDF term from hashable arguments) with the terms it made kept,
    the most recent 65,536 (``typed``: ``1``, ``1.0`` and ``True`` are kept apart). Terms are
    immutable, so sharing them is safe; :func:`kg.rdf.build_dataset` empties the caches when it is
    done (:func:`forget_interned`), so they do not outlive a build."""
    cached = functools.lru_cache(maxsize=1 << 16, typed=True)(function)
    _INTERNED.append(cached)
    return cached  # type: ignore[return-value]


def forget_interned() -> None:
    """Empty the caches of every :func:`interned` function."""
    for cached in _INTERNED:
        cached.cache_clear()


@interned
def literal(value: object, lang: str | None = None, datatype: str | None = None) -> Literal:
    """``Literal(value, lang=lang, datatype=datatype)``: every literal of the stage is made here."""
    return Literal(value, lang=lang, datatype=datatype)


def iso_literal(iso: str) -> Literal:
    """``2024`` -> xsd:gYear, ``2024-03`` -> xsd:gYearMonth, ``2024-03-08`` -> xsd:date; else a plain string."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        return literal(iso, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-\d{2}", iso):
        return literal(iso, datatype=XSD.gYearMonth)
    if re.fullmatch(r"\d{4}", iso):
        return literal(iso, datatype=XSD.gYear)
    return literal(iso)


def decimal(value: str) -> Literal:
    """An xsd:decimal literal whose lexical form survives a Turtle round trip (``7500`` -> ``7500.0``)."""
    text = value if "." in value else value + ".0"
    return literal(text, datatype=XSD.decimal)
