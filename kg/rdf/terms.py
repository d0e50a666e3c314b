"""Literals the RDF stage writes the same way everywhere."""

from __future__ import annotations

import re

from rdflib import Literal
from rdflib.namespace import XSD


def iso_literal(iso: str) -> Literal:
    """``2024`` -> xsd:gYear, ``2024-03`` -> xsd:gYearMonth, ``2024-03-08`` -> xsd:date; else a plain string."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        return Literal(iso, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-\d{2}", iso):
        return Literal(iso, datatype=XSD.gYearMonth)
    if re.fullmatch(r"\d{4}", iso):
        return Literal(iso, datatype=XSD.gYear)
    return Literal(iso)


def decimal(value: str) -> Literal:
    """An xsd:decimal literal whose lexical form survives a Turtle round trip (``7500`` -> ``7500.0``)."""
    text = value if "." in value else value + ".0"
    return Literal(text, datatype=XSD.decimal)
