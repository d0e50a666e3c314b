"""Writers for SPARQL SELECT results (JSON, XML, CSV, TSV) from a list of rows.

pyoxigraph serializes a whole ``QuerySolutions`` iterator and cannot write a
part of one, so ``kg serve`` (which stops after a row limit) writes the rows
itself. The output follows the W3C result formats (SPARQL 1.1 Query Results
JSON, XML, CSV and TSV); the tests check that pyoxigraph parses it back to the
same solutions as its own writer.

A row is a sequence of pyoxigraph terms (``NamedNode``, ``BlankNode``,
``Literal``, ``Triple``) or ``None`` for an unbound variable.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Optional, Sequence
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
RDF_DIR_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#dirLangString"

Row = Sequence[Optional[object]]

#: format key -> media type sent in Content-Type
MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
}


def write_select(fmt: str, variables: Sequence[str], rows: Sequence[Row]) -> bytes:
    """Serialize SELECT results in ``fmt`` (``json``, ``xml``, ``csv`` or ``tsv``)."""
    return _WRITERS[fmt](list(variables), rows)


def write_boolean(fmt: str, value: bool) -> bytes:
    """Serialize an ASK result (CSV and TSV, which define no boolean form, get ``true``/``false``)."""
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": value}).encode()
    if fmt == "xml":
        return (b'<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                b"<head></head><boolean>" + (b"true" if value else b"false") + b"</boolean></sparql>\n")
    return b"true" if value else b"false"


# --- JSON -----------------------------------------------------------------

def _json_term(term: object) -> dict:
    if isinstance(term, pyoxigraph.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, pyoxigraph.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, pyoxigraph.Literal):
        out: dict = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
            direction = getattr(term, "direction", None)
            if direction is not None:
                out["its:dir"] = str(direction)
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, pyoxigraph.Triple):
        return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                            "predicate": _json_term(term.predicate),
                                            "object": _json_term(term.object)}}
    raise TypeError(f"not an RDF term: {term!r}")


def _write_json(variables: list[str], rows: Sequence[Row]) -> bytes:
    bindings = [{v: _json_term(t) for v, t in zip(variables, row) if t is not None} for row in rows]
    doc = {"head": {"vars": variables}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# --- XML ------------------------------------------------------------------

def _xml_term(term: object) -> str:
    if isinstance(term, pyoxigraph.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, pyoxigraph.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, pyoxigraph.Literal):
        if term.language:
            attr = f" xml:lang={quoteattr(term.language)}"
        elif term.datatype.value != XSD_STRING:
            attr = f" datatype={quoteattr(term.datatype.value)}"
        else:
            attr = ""
        return f"<literal{attr}>{escape(term.value)}</literal>"
    if isinstance(term, pyoxigraph.Triple):
        return (f"<triple><subject>{_xml_term(term.subject)}</subject>"
                f"<predicate>{_xml_term(term.predicate)}</predicate>"
                f"<object>{_xml_term(term.object)}</object></triple>")
    raise TypeError(f"not an RDF term: {term!r}")


def _write_xml(variables: list[str], rows: Sequence[Row]) -> bytes:
    out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>']
    out.extend(f"<variable name={quoteattr(v)}/>" for v in variables)
    out.append("</head><results>")
    for row in rows:
        out.append("<result>")
        for v, t in zip(variables, row):
            if t is not None:
                out.append(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>")
        out.append("</result>")
    out.append("</results></sparql>\n")
    return "".join(out).encode("utf-8")


# --- CSV and TSV ----------------------------------------------------------

def _csv_term(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, pyoxigraph.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, (pyoxigraph.NamedNode, pyoxigraph.Literal)):
        return term.value
    return str(term)


def _write_csv(variables: list[str], rows: Sequence[Row]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(variables)
    for row in rows:
        w.writerow([_csv_term(t) for t in row])
    return buf.getvalue().encode("utf-8")


def _tsv_term(term: object) -> str:
    # N-Triples syntax (which escapes quotes and line breaks); tabs must be escaped too
    return "" if term is None else str(term).replace("\t", "\\t")


def _write_tsv(variables: list[str], rows: Sequence[Row]) -> bytes:
    lines = ["\t".join("?" + v for v in variables)]
    lines.extend("\t".join(_tsv_term(t) for t in row) for row in rows)
    return ("\n".join(lines) + "\n").encode("utf-8")


_WRITERS = {"json": _write_json, "xml": _write_xml, "csv": _write_csv, "tsv": _write_tsv}
