"""SPARQL over a build: the query library, parameters, two engines, result formats.

Entry function: :func:`query`, exported as ``kg.query``::

    import kg
    result = kg.query("works", params={"type": "kg:VideoGame"})   # a library query, on output/
    result = kg.query("SELECT ?s WHERE { ?s a kg:Film }")            # or any SPARQL text, or a .rq file
    result.variables, result.rows                                     # ('s',), ((Term(...),), ...)
    print(format_result(result, "table"))

The module is ``kg.sparql`` rather than ``kg.query`` on purpose: ``kg.query`` is the function, and
a submodule of the same name would be shadowed by it (``import kg.query as m`` would give the
function, and importing the submodule first would replace the function with the module).

**The library** is the ``.rq`` files in ``kg/queries/`` (:func:`library`). Each starts with a
header of ``# key: value`` comment lines: ``title``, ``title@zh``, ``question``, ``question@zh``
and one ``param`` line per parameter (``# param: NAME KIND default=DEFAULT — description``);
a line ``#   …`` continues the previous key.

**Parameters** are ``VALUES`` blocks: a parameter ``type`` is the block ``VALUES ?type { … }``
in the query text, holding its default (``UNDEF`` = unconstrained). A value given with
``--param type=kg:Film`` (or ``params={"type": ...}``) replaces the block's content with the value
written as one properly escaped RDF term (full IRIs, quoted literals), and a repeated parameter
gives several rows. So every library file runs unchanged, with its defaults, on pyoxigraph,
rdflib or a remote SPARQL endpoint, and substitution is the same text transformation for all.
Kinds: ``iri`` (``<…>``, ``https://…``, or a prefixed name of the project such as ``work:…``,
``place:中国``, ``ind:services.trade``, ``kg:VideoGame``), ``string``, ``integer``, ``decimal``,
``period`` (``2024`` → xsd:gYear, ``2024-08`` → xsd:gYearMonth, ``2024-08-01`` → xsd:date,
``2025-H1`` / ``2025-01/2025-10`` → the build's period IRI).

One parameter is not a ``VALUES`` block: ``limit`` (kind ``integer``) is the number of every
``LIMIT`` clause of the query (outside comments), so a ranking or a long list can have a default
size and still give all its rows with ``--param limit=UNDEF`` (which removes the clauses).

**Engines**: ``oxigraph`` (default; pyoxigraph in memory, see :mod:`kg.store`) and ``rdflib``
(an rdflib :class:`~rdflib.Dataset` with ``default_union=True``). Both query the union of the
build's named graphs as the default graph. That union is a *bag* in pyoxigraph (an entity stated
in three documents has its label three times) and a set in rdflib, so library queries use
``DISTINCT`` and ``COUNT(DISTINCT …)`` and give the same rows on both (tests/test_query.py).
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional, Sequence, Union

from .errors import KgError
from .namespaces import PREFIXES

__all__ = [
    "ENGINES", "FORMATS", "Param", "LibraryQuery", "Term", "QueryResult",
    "query", "library", "get", "load", "bind_params", "param_blocks", "format_result", "display_width",
]

ENGINES = ("oxigraph", "rdflib")
FORMATS = ("table", "csv", "tsv", "json")
DEFAULT_GRAPH = "output"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
PERIOD_NS = "https://w3id.org/cstkg/id/period/"
KINDS = ("iri", "string", "integer", "decimal", "period")

# ------------------------------------------------------------------ results


@dataclass(frozen=True)
class Term:
    """One RDF term of a result, independent of the engine (the SPARQL 1.1 JSON results model).

    ``type`` is ``uri``, ``literal`` or ``bnode``; ``datatype`` is None for plain and
    language-tagged strings; ``lang`` is written in BCP 47 case (``zh-Hans``) whatever the engine.
    """

    type: str
    value: str
    datatype: Optional[str] = None
    lang: Optional[str] = None

    def __str__(self) -> str:
        return self.value

    def n3(self) -> str:
        """The term in SPARQL / Turtle / N-Triples syntax."""
        if self.type == "uri":
            return f"<{self.value}>"
        if self.type == "bnode":
            return f"_:{self.value}"
        text = '"' + _escape_string(self.value) + '"'
        if self.lang:
            return f"{text}@{self.lang}"
        if self.datatype:
            return f"{text}^^<{self.datatype}>"
        return text

    def to_python(self) -> Any:
        """int for xsd:integer and its subtypes, Decimal for xsd:decimal, bool, else the string value."""
        if self.type == "literal" and self.datatype:
            local = self.datatype[len(XSD):] if self.datatype.startswith(XSD) else ""
            try:
                if local in ("integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger",
                             "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong"):
                    return int(self.value)
                if local in ("decimal", "double", "float"):
                    return Decimal(self.value)
                if local == "boolean":
                    return self.value in ("true", "1")
            except (ValueError, InvalidOperation):
                return self.value
        return self.value


Row = tuple[Optional[Term], ...]


@dataclass(frozen=True)
class QueryResult:
    """The answer to one query: variable names and rows (None where a variable is unbound).

    An ASK query has no variables and no rows, and ``boolean`` set; a CONSTRUCT or DESCRIBE
    query gives the rows ``subject``, ``predicate``, ``object``.
    """

    variables: tuple[str, ...]
    rows: tuple[Row, ...]
    boolean: Optional[bool] = None
    engine: str = "oxigraph"
    text: str = field(default="", repr=False)  #: the SPARQL text that ran (parameters substituted)

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)

    def column(self, name: str) -> list[Optional[Term]]:
        i = self.variables.index(name)
        return [r[i] for r in self.rows]

    def to_dicts(self) -> list[dict[str, Any]]:
        """Rows as ``{variable: python value}`` (unbound variables left out)."""
        return [{v: t.to_python() for v, t in zip(self.variables, r) if t is not None} for r in self.rows]


# ------------------------------------------------------------------ the library


@dataclass(frozen=True)
class Param:
    name: str
    kind: str  #: one of :data:`KINDS`
    default: str  #: as written in the query's VALUES block (SPARQL syntax; ``UNDEF`` = unconstrained)
    description: str


@dataclass(frozen=True)
class LibraryQuery:
    name: str  #: the file name without ``.rq``
    title: str
    title_zh: str
    question: str
    question_zh: str
    params: tuple[Param, ...]
    text: str = field(repr=False)
    path: Optional[Path] = field(default=None, repr=False)

    def param(self, name: str) -> Optional[Param]:
        return next((p for p in self.params if p.name == name), None)


_HEADER_KEY = re.compile(r"^#\s?(title|title@zh|question|question@zh|param):\s*(.*)$")
_PARAM = re.compile(r"^(?P<name>[A-Za-z_]\w*)\s+(?P<kind>\w+)\s+default=(?P<default>\"(?:[^\"\\]|\\.)*\"(?:@[\w-]+|\^\^\S+)?|\S+)"
                    r"\s+(?:—|--|-)\s+(?P<desc>.*)$")


def parse_header(text: str, name: str, path: Optional[Path] = None) -> LibraryQuery:
    """The header of a query file (see the module docstring); the body is kept as is."""
    fields: dict[str, str] = {}
    params: list[str] = []
    last: Optional[str] = None
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            last = None
            continue
        m = _HEADER_KEY.match(line)
        if m:
            key, value = m.groups()
            if key == "param":
                params.append(value.strip())
                last = "param"
            else:
                fields[key] = value.strip()
                last = key
        elif last and re.match(r"^#\s{2,}\S", line):
            cont = line[1:].strip()
            if last == "param":
                params[-1] += " " + cont
            else:
                sep = "" if _is_cjk(fields[last][-1:]) and _is_cjk(cont[:1]) else " "
                fields[last] += sep + cont
        else:
            last = None
    parsed = []
    for p in params:
        m = _PARAM.match(p)
        if not m or m.group("kind") not in KINDS:
            raise KgError("query-param", name, detail=f"bad parameter line in the header: '# param: {p}'")
        parsed.append(Param(m.group("name"), m.group("kind"), m.group("default"), m.group("desc").strip()))
    return LibraryQuery(name, fields.get("title", ""), fields.get("title@zh", ""), fields.get("question", ""),
                        fields.get("question@zh", ""), tuple(parsed), text, path)


def _is_cjk(ch: str) -> bool:
    return bool(ch) and unicodedata.east_asian_width(ch) in ("W", "F")


def _library_dir() -> Path:
    try:
        return Path(str(resources.files("kg").joinpath("queries")))
    except (ModuleNotFoundError, TypeError):  # pragma: no cover - running from an odd checkout
        return Path(__file__).resolve().parent / "queries"


_LIBRARY: Optional[dict[str, LibraryQuery]] = None


def library() -> tuple[LibraryQuery, ...]:
    """Every query of the library, sorted by name."""
    global _LIBRARY
    if _LIBRARY is None:
        found = {}
        for path in sorted(_library_dir().glob("*.rq")):
            found[path.stem] = parse_header(path.read_text(encoding="utf-8"), path.stem, path)
        _LIBRARY = found
    return tuple(_LIBRARY.values())


def get(name: str) -> LibraryQuery:
    """A library query by name (``KgError`` if there is none)."""
    library()
    assert _LIBRARY is not None
    if name not in _LIBRARY:
        raise KgError("query-unknown", name, detail=", ".join(sorted(_LIBRARY)))
    return _LIBRARY[name]


def resolve(text_or_name: str) -> LibraryQuery:
    """A library name, a query file (.rq/.sparql or an existing file), or SPARQL text, as a query."""
    s = text_or_name
    if re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_.-]*", s) and not s.endswith((".rq", ".sparql")) and not Path(s).is_file():
        return get(s)
    if not re.search(r"[\s{]", s) or s.endswith((".rq", ".sparql")):
        path = Path(s)
        if not path.is_file():
            raise KgError("missing", s)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise KgError("unreadable", s, detail=type(exc).__name__) from None
        return parse_header(text, path.name, path)
    return LibraryQuery("query", "", "", "", "", (), s)


# ------------------------------------------------------------------ parameters

def _values_re(name: str = r"[A-Za-z_]\w*") -> "re.Pattern[str]":
    """``VALUES ?name { … }`` (one variable; string literals in the block may hold braces)."""
    return re.compile(r"VALUES\s+\?(?P<name>" + name + r")\s*\{(?P<body>(?:[^{}\"']|\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*')*)\}",
                      re.IGNORECASE)


_VALUES = _values_re()
_IRI_BAD = re.compile(r"[\x00-\x20<>\"{}|^`\\]")
_PNAME = re.compile(r"^(?P<prefix>[A-Za-z][\w.-]*)?:(?P<local>.*)$")


def values_blocks(text: str) -> dict[str, list[str]]:
    """``{variable: [content of each VALUES ?variable { … } block]}`` of a query text."""
    out: dict[str, list[str]] = {}
    for m in _VALUES.finditer(text):
        out.setdefault(m.group("name"), []).append(m.group("body").strip())
    return out


#: the parameter bound to the LIMIT clauses of a query (not a VALUES block)
LIMIT_PARAM = "limit"
#: a LIMIT clause on a line, not after a ``#`` (a comment)
_LIMIT = re.compile(r"^(?P<before>[^#\n]*?\b)LIMIT\s+(?P<n>\d+)", re.IGNORECASE | re.MULTILINE)


def param_blocks(text: str) -> dict[str, list[str]]:
    """Where a query's parameters are: its VALUES blocks (:func:`values_blocks`) and, as
    ``"limit"``, the numbers of its LIMIT clauses."""
    out = values_blocks(text)
    limits = [m.group("n") for m in _LIMIT.finditer(text)]
    if limits:
        out[LIMIT_PARAM] = limits
    return out


def _bind_limit(text: str, q: LibraryQuery, values: list[Any]) -> str:
    if len(values) != 1:
        raise KgError("query-param", q.name, detail=f"'{LIMIT_PARAM}' takes one value")
    v = values[0]
    if isinstance(v, Term):
        v = v.value
    s = str(v).strip()
    if s == "UNDEF":
        return _LIMIT.sub(lambda m: m.group("before").rstrip(), text)
    if not re.fullmatch(r"\+?\d+", s) or int(s) < 1:
        raise KgError("query-param", q.name, detail=f"'{v}' is not a row count: '{LIMIT_PARAM}' takes a positive integer "
                                                    "or UNDEF (all rows)")
    return _LIMIT.sub(lambda m: f"{m.group('before')}LIMIT {int(s)}", text)


def _escape_string(s: str) -> str:
    return (s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
            .replace("\t", "\\t").replace("\b", "\\b").replace("\f", "\\f"))


def _iri_term(value: str, name: str) -> str:
    v = value.strip()
    if v.startswith("<") and v.endswith(">"):
        v = v[1:-1]
    elif not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", v) and not v.startswith("urn:"):
        m = _PNAME.match(v)
        if m and (m.group("prefix") or "") in PREFIXES:
            v = str(PREFIXES[m.group("prefix") or ""]) + m.group("local")
        else:
            raise KgError("query-param", name, detail=f"'{value}' is not an IRI: write <…>, a full http(s) IRI or a "
                                                      f"prefixed name such as work:…, place:中国, ind:…, kg:VideoGame "
                                                      f"(prefixes: {', '.join(sorted(PREFIXES))})")
    if not v or _IRI_BAD.search(v):
        raise KgError("query-param", name, detail=f"'{value}' is not a valid IRI (spaces, <>\"{{}}|^`\\ are not allowed)")
    return f"<{v}>"


def _literal_term(value: Any, kind: str, name: str) -> str:
    s = str(value).strip() if kind != "string" else str(value)
    if kind == "string":
        if re.search(r"[\x00-\x08\x0b\x0e-\x1f\x7f]", s):
            raise KgError("query-param", name, detail="control characters are not allowed in a string parameter")
        return '"' + _escape_string(s) + '"'
    if kind == "integer":
        if not re.fullmatch(r"[+-]?\d+", s):
            raise KgError("query-param", name, detail=f"'{value}' is not an integer")
        return f'"{int(s)}"^^<{XSD}integer>'
    if kind == "decimal":
        try:
            d = Decimal(s)
            if not d.is_finite():
                raise InvalidOperation
        except InvalidOperation:
            raise KgError("query-param", name, detail=f"'{value}' is not a number") from None
        return f'"{canonical_decimal(d)}"^^<{XSD}decimal>'
    if kind == "period":
        if re.fullmatch(r"\d{4}", s):
            return f'"{s}"^^<{XSD}gYear>'
        if re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", s):
            return f'"{s}"^^<{XSD}gYearMonth>'
        if re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", s):
            return f'"{s}"^^<{XSD}date>'
        if re.fullmatch(r"\d{4}(-(0[1-9]|1[0-2])|-[HQ]\d)?(/\d{4}(-(0[1-9]|1[0-2])|-[HQ]\d)?)?", s):
            return f"<{PERIOD_NS}{s.replace('/', '--')}>"
        if s.startswith(("<", "period:")) or "://" in s:
            return _iri_term(s, name)
        raise KgError("query-param", name, detail=f"'{value}' is not a period (2024, 2024-08, 2024-08-01, 2025-H1, "
                                                  f"2025-Q1/2025-Q3, 2025-01/2025-10 or a period IRI)")
    raise KgError("query-param", name, detail=f"unknown parameter kind '{kind}'")


def canonical_decimal(d: Decimal) -> str:
    """A decimal in the lexical form the build writes (XSD 1.0 canonical): ``7500000000000.0``, ``39.3``.

    A decimal parameter is matched as an RDF term, so it must be written the way the data is.
    """
    text = format(d.normalize(), "f") if d != 0 else "0"
    return text if "." in text else text + ".0"


def _guess_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "string"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, (float, Decimal)):
        return "decimal"
    s = str(value).strip()
    if s.startswith("<") or re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", s):
        return "iri"
    m = _PNAME.match(s)
    if m and (m.group("prefix") or "") in PREFIXES and " " not in s:
        return "iri"
    if re.fullmatch(r"[+-]?\d+", s):
        return "integer"
    if re.fullmatch(r"[+-]?(\d+\.\d*|\.\d+)", s):
        return "decimal"
    return "string"


def term_for(value: Any, kind: Optional[str], name: str = "param") -> str:
    """One parameter value as a SPARQL term (``UNDEF`` stays ``UNDEF``)."""
    if isinstance(value, Term):
        return value.n3()
    try:  # rdflib terms, if the caller has them
        from rdflib.term import Identifier

        if isinstance(value, Identifier):
            return value.n3()
    except ImportError:  # pragma: no cover
        pass
    if isinstance(value, str) and value.strip() == "UNDEF":
        return "UNDEF"
    kind = kind or _guess_kind(value)
    if kind == "iri":
        return _iri_term(str(value), name)
    return _literal_term(value, kind, name)


def bind_params(q: LibraryQuery, params: Optional[Mapping[str, Any]] = None) -> str:
    """The query text with each given parameter's VALUES block set to the given value(s)."""
    text = q.text
    if not params:
        return text
    blocks = param_blocks(text)
    for name, value in params.items():
        declared = q.param(name)
        if name not in blocks:
            known = ", ".join(p.name for p in q.params) or ", ".join(sorted(blocks)) or "none"
            raise KgError("query-param", q.name, detail=f"unknown parameter '{name}' (parameters: {known})")
        values = list(value) if isinstance(value, (list, tuple, set, frozenset)) else [value]
        if not values:
            raise KgError("query-param", q.name, detail=f"no value given for parameter '{name}'")
        if name == LIMIT_PARAM:
            text = _bind_limit(text, q, values)
            continue
        terms = [term_for(v, declared.kind if declared else None, name) for v in values]
        if "UNDEF" in terms and len(terms) > 1:
            terms = ["UNDEF"]
        body = " " + " ".join(terms) + " "
        text = _values_re(re.escape(name)).sub(lambda m: f"VALUES ?{m.group('name')} {{{body}}}", text)
    return text


def parse_param_args(items: Sequence[str]) -> dict[str, list[str]]:
    """``["k=v", "k=w", "x=y"]`` (the ``--param`` options) as ``{"k": ["v", "w"], "x": ["y"]}``."""
    out: dict[str, list[str]] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise KgError("query-param", item, detail="expected --param NAME=VALUE")
        out.setdefault(key.strip(), []).append(value)
    return out


# ------------------------------------------------------------------ engines

GraphArg = Union[str, "os.PathLike[str]", Any]


def load(path: Union[str, "os.PathLike[str]"] = DEFAULT_GRAPH, engine: str = "oxigraph") -> Any:
    """Load a build (folder or graph file) for ``engine``: a pyoxigraph Store or an rdflib Dataset."""
    if not Path(path).exists():
        raise KgError("missing", str(path))
    if engine == "oxigraph":
        from .store import open_store

        return open_store(path)
    if engine == "rdflib":
        from .store import graph_file

        p = graph_file(path)
        fmt = {".trig": "trig", ".nq": "nquads", ".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld"}.get(p.suffix.lower())
        if fmt is None:
            raise KgError("graph-format", str(p), detail=p.suffix or "(none)")
        if not p.is_file():
            raise KgError("missing", str(p))
        from rdflib import Dataset

        ds = Dataset(default_union=True)
        try:
            ds.parse(p, format=fmt)
        except Exception as exc:  # rdflib raises many kinds of parser errors
            raise KgError("graph-unloadable", str(p), detail=_first_line(exc)) from None
        return ds
    raise KgError("query-engine", engine, detail=", ".join(ENGINES))


def _engine_of(graph: Any) -> Optional[str]:
    try:
        import pyoxigraph

        if isinstance(graph, pyoxigraph.Store):
            return "oxigraph"
    except ImportError:  # pragma: no cover
        pass
    try:
        from rdflib import Graph

        if isinstance(graph, Graph):
            return "rdflib"
    except ImportError:  # pragma: no cover
        pass
    return None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0].strip() if text else type(exc).__name__


def query(text_or_name: str, graph: GraphArg = DEFAULT_GRAPH, params: Optional[Mapping[str, Any]] = None,
          engine: Optional[str] = None) -> QueryResult:
    """Run a library query (by name), a query file, or SPARQL text on a build.

    ``graph`` is a build folder or graph file (default ``output/``), or an already loaded graph
    (:func:`load`: a pyoxigraph Store or an rdflib Dataset); ``params`` maps parameter names to a
    value or a list of values (strings as on the command line, numbers, rdflib terms or
    :class:`Term`); ``engine`` is ``oxigraph`` (default) or ``rdflib``. Errors are
    :class:`~kg.errors.KgError` with a one-line message.
    """
    q = resolve(text_or_name)
    text = bind_params(q, params)
    loaded_engine = _engine_of(graph)
    if loaded_engine is None:
        engine = engine or "oxigraph"
        if engine not in ENGINES:
            raise KgError("query-engine", engine, detail=", ".join(ENGINES))
        graph = load(graph, engine)
    elif engine is not None and engine != loaded_engine:
        raise KgError("query-engine", engine, detail=f"the graph given is loaded for {loaded_engine}")
    else:
        engine = loaded_engine
    if engine == "oxigraph":
        return _run_oxigraph(graph, text, q.name)
    return _run_rdflib(graph, text, q.name)


def _run_oxigraph(store: Any, text: str, name: str) -> QueryResult:
    import pyoxigraph

    from .store import UNION

    try:
        res = store.query(text, prefixes=_PREFIX_MAP, **UNION)
    except SyntaxError as exc:
        raise KgError("query-syntax", name, detail=_first_line(exc)) from None
    except (OSError, RuntimeError, ValueError, TypeError) as exc:
        raise KgError("query-failed", name, detail=_first_line(exc)) from None
    conv = _ox_converter()
    try:
        if isinstance(res, pyoxigraph.QueryBoolean):
            return QueryResult((), (), bool(res), "oxigraph", text)
        if isinstance(res, pyoxigraph.QueryTriples):
            rows = tuple((conv(t.subject), conv(t.predicate), conv(t.object)) for t in res)
            return QueryResult(("subject", "predicate", "object"), rows, None, "oxigraph", text)
        variables = tuple(v.value for v in res.variables)
        rows = _tsv_rows(res, variables)
        if rows is None:  # a triple term in the results: read the solutions one by one
            res = store.query(text, prefixes=_PREFIX_MAP, **UNION)
            rows = tuple(tuple(map(conv, sol)) for sol in res)
    except (OSError, RuntimeError, ValueError, TypeError) as exc:
        raise KgError("query-failed", name, detail=_first_line(exc)) from None
    return QueryResult(variables, rows, None, "oxigraph", text)


class _TriplesTerm(Exception):
    pass


_TSV_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.S)
_TSV_ESCAPES = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
_TSV_INTEGER = re.compile(r"[+-]?[0-9]+")
_TSV_DECIMAL = re.compile(r"[+-]?[0-9]*\.[0-9]+")


def _tsv_unescape(m: "re.Match[str]") -> str:
    code = m.group(1) or m.group(2)
    return chr(int(code, 16)) if code else _TSV_ESCAPES.get(m.group(3), m.group(3))


def _term_from_tsv(cell: str) -> Optional[Term]:
    """One cell of SPARQL TSV results as a :class:`Term` (the same one :func:`_ox_converter` makes)."""
    first = cell[:1]
    if first == "<":
        if cell.startswith("<<"):
            raise _TriplesTerm()
        return Term("uri", cell[1:-1])
    if first == '"':
        end = cell.rindex('"')
        value = cell[1:end]
        if "\\" in value:
            value = _TSV_ESCAPE.sub(_tsv_unescape, value)
        rest = cell[end + 1:]
        if not rest:
            return Term("literal", value)
        if rest[0] == "@":
            return literal_term(value, None, rest[1:])
        return literal_term(value, rest[3:-1], None)  # ^^<datatype>
    if cell.startswith("_:"):
        return Term("bnode", cell[2:])
    # a number or boolean written bare (Turtle syntax)
    if cell in ("true", "false"):
        return Term("literal", cell, XSD + "boolean")
    if _TSV_INTEGER.fullmatch(cell):
        return literal_term(cell, XSD + "integer", None)
    if _TSV_DECIMAL.fullmatch(cell):
        return literal_term(cell, XSD + "decimal", None)
    return literal_term(cell, XSD + "double", None)


class _TsvTerms(dict):
    """Cell text -> Term, parsing each distinct cell once (results repeat many terms)."""

    def __missing__(self, cell: str) -> Optional[Term]:
        term = self[cell] = _term_from_tsv(cell)
        return term


def _tsv_rows(res: Any, variables: tuple[str, ...]) -> Optional[tuple[Row, ...]]:
    """The rows of a pyoxigraph SELECT result, read from its TSV serialization, or None if they
    hold a triple term. Serializing in Rust and parsing the text is about twice as fast as
    converting the solutions term by term, which counts on results of thousands of rows."""
    import pyoxigraph

    data = res.serialize(format=pyoxigraph.QueryResultsFormat.TSV).decode("utf-8")
    lines = data.split("\n")[1:-1]  # the header, then one line per solution, each ending with \n
    if not variables:
        return tuple(() for _ in lines)
    terms = _TsvTerms({"": None})
    get = terms.__getitem__
    try:
        return tuple([tuple(map(get, line.split("\t"))) for line in lines])
    except _TriplesTerm:
        return None


def _ox_converter():
    """A function from pyoxigraph terms to :class:`Term`, caching repeated terms (results repeat many)."""
    import pyoxigraph

    named, blank, literal = pyoxigraph.NamedNode, pyoxigraph.BlankNode, pyoxigraph.Literal
    cache: dict[Any, Term] = {}

    def conv(t: Any) -> Optional[Term]:
        if t is None:
            return None
        hit = cache.get(t)
        if hit is not None:
            return hit
        cls = type(t)
        if cls is named:
            out = Term("uri", t.value)
        elif cls is literal:
            out = literal_term(t.value, t.datatype.value, t.language)
        elif cls is blank:
            out = Term("bnode", t.value)
        else:  # RDF-star triples and the like: shown as text
            out = Term("literal", str(t))
        cache[t] = out
        return out

    return conv


def _run_rdflib(ds: Any, text: str, name: str) -> QueryResult:
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        parseQuery(text)
    except Exception as exc:
        raise KgError("query-syntax", name, detail=_first_line(exc)) from None
    try:
        res = ds.query(text, initNs=_PREFIX_MAP)
        if res.type == "ASK":
            return QueryResult((), (), bool(res.askAnswer), "rdflib", text)
        if res.type in ("CONSTRUCT", "DESCRIBE"):
            rows = tuple((_from_rdflib(s), _from_rdflib(p), _from_rdflib(o)) for s, p, o in res.graph)
            return QueryResult(("subject", "predicate", "object"), rows, None, "rdflib", text)
        variables = tuple(str(v) for v in res.vars)
        rows = tuple(tuple(_from_rdflib(row[i]) for i in range(len(variables))) for row in res)
    except KgError:
        raise
    except Exception as exc:
        raise KgError("query-failed", name, detail=_first_line(exc)) from None
    return QueryResult(variables, rows, None, "rdflib", text)


def _from_rdflib(t: Any) -> Optional[Term]:
    if t is None:
        return None
    from rdflib import BNode, Literal, URIRef

    if isinstance(t, URIRef):
        return Term("uri", str(t))
    if isinstance(t, BNode):
        return Term("bnode", str(t))
    if isinstance(t, Literal):
        return literal_term(str(t), str(t.datatype) if t.datatype is not None else None, t.language)
    return Term("literal", str(t))


_INTEGER_TYPES = frozenset(XSD + t for t in (
    "integer", "nonNegativeInteger", "positiveInteger", "negativeInteger", "nonPositiveInteger",
    "long", "int", "short", "byte", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte"))


def literal_term(value: str, datatype: Optional[str], lang: Optional[str]) -> Term:
    """A literal in the canonical form both engines agree on.

    pyoxigraph stores literals by value: ``"7500.0"^^xsd:decimal`` comes back as ``"7500"``, every
    integer type (``xsd:nonNegativeInteger``…) as ``xsd:integer``, ``"1"^^xsd:boolean`` as ``"true"``,
    language tags in lower case. Results from rdflib are put in the same form, so a query gives
    the same terms whichever engine answers.
    """
    if lang:
        return Term("literal", value, None, canonical_lang(lang))
    if datatype in (None, XSD + "string", RDF_LANGSTRING):
        return Term("literal", value)
    try:
        if datatype == XSD + "decimal":
            d = Decimal(value.strip())
            if d.is_finite():
                text = "0" if d == 0 else format(d.normalize(), "f")
                return Term("literal", text, datatype)
        elif datatype in _INTEGER_TYPES:
            return Term("literal", str(int(value.strip())), XSD + "integer")
        elif datatype == XSD + "boolean" and value.strip() in ("1", "0", "true", "false"):
            return Term("literal", "true" if value.strip() in ("1", "true") else "false", datatype)
    except (InvalidOperation, ValueError):
        pass
    return Term("literal", value, datatype)


@functools.lru_cache(maxsize=256)
def canonical_lang(tag: str) -> str:
    """A language tag in BCP 47 case: ``zh-hans`` → ``zh-Hans``, ``en-us`` → ``en-US``."""
    parts = tag.split("-")
    out = [parts[0].lower()]
    for p in parts[1:]:
        if len(p) == 4 and p.isalpha():
            out.append(p.title())
        elif len(p) == 2 and p.isalpha():
            out.append(p.upper())
        else:
            out.append(p.lower())
    return "-".join(out)


# ------------------------------------------------------------------ formats


def _prefixed(iri: str) -> str:
    best = ""
    for prefix, ns in _PREFIX_ORDER:
        if iri.startswith(ns) and len(iri) > len(ns):
            best = f"{prefix}:{iri[len(ns):]}"
            break
    return best or f"<{iri}>"


#: the project's prefixes (kg/namespaces.py), declared for every query: a query may use kg:, work:,
#: place:, ind:, schema:… without PREFIX lines (its own PREFIX lines take precedence)
_PREFIX_MAP = {p: str(ns) for p, ns in PREFIXES.items()}
_PREFIX_ORDER = sorted(((p, str(ns)) for p, ns in PREFIXES.items()), key=lambda x: -len(x[1]))


def display(term: Optional[Term]) -> str:
    """How the table format shows a term: prefixed IRIs, literal values without quotes."""
    if term is None:
        return ""
    if term.type == "uri":
        return _prefixed(term.value)
    if term.type == "bnode":
        return f"_:{term.value}"
    return term.value


def char_width(ch: str) -> int:
    """Terminal columns of one character: 2 for East Asian wide and full-width, 0 for combining marks."""
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def display_width(text: str) -> int:
    return sum(char_width(c) for c in text)


def _clip(text: str, width: int) -> str:
    text = re.sub(r"[\r\n\t]+", " ", text)
    if width <= 0 or display_width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = char_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def format_table(result: QueryResult, max_width: int = 60) -> str:
    """An aligned text table (wide CJK characters count two columns); cells longer than
    ``max_width`` columns are cut with ``…`` (0: never)."""
    if result.boolean is not None:
        return ("true" if result.boolean else "false") + "\n"
    header = list(result.variables)
    cells = [[_clip(display(t), max_width) for t in row] for row in result.rows]
    widths = [max([display_width(h)] + [display_width(r[i]) for r in cells]) for i, h in enumerate(header)]

    def line(values: list[str]) -> str:
        parts = [v + " " * (w - display_width(v)) for v, w in zip(values, widths)]
        return "  ".join(parts).rstrip()

    out = [line(header), line(["-" * w for w in widths])]
    out.extend(line(r) for r in cells)
    return "\n".join(out) + "\n"


def format_csv(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results CSV: IRIs and literal values as plain strings, CRLF line ends."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    if result.boolean is not None:
        w.writerow(["boolean"])
        w.writerow(["true" if result.boolean else "false"])
        return buf.getvalue()
    w.writerow(result.variables)
    for row in result.rows:
        w.writerow(["" if t is None else (f"_:{t.value}" if t.type == "bnode" else t.value) for t in row])
    return buf.getvalue()


def format_tsv(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results TSV: ``?var`` header, terms in Turtle syntax, LF line ends."""
    if result.boolean is not None:
        return "?boolean\n" + ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join("?" + v for v in result.variables)]
    for row in result.rows:
        lines.append("\t".join("" if t is None else _tsv_term(t) for t in row))
    return "\n".join(lines) + "\n"


def _tsv_term(t: Term) -> str:
    if t.type == "literal" and t.datatype == XSD + "integer" and re.fullmatch(r"[+-]?\d+", t.value):
        return t.value
    if t.type == "literal" and t.datatype == XSD + "decimal" and re.fullmatch(r"[+-]?\d*\.\d+", t.value):
        return t.value
    return t.n3()


def to_json(result: QueryResult) -> dict[str, Any]:
    """The SPARQL 1.1 Query Results JSON object."""
    if result.boolean is not None:
        return {"head": {}, "boolean": result.boolean}
    bindings = []
    for row in result.rows:
        b = {}
        for v, t in zip(result.variables, row):
            if t is None:
                continue
            d: dict[str, str] = {"type": t.type, "value": t.value}
            if t.lang:
                d["xml:lang"] = t.lang
            elif t.datatype:
                d["datatype"] = t.datatype
            b[v] = d
        bindings.append(b)
    return {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}


def format_json(result: QueryResult) -> str:
    return json.dumps(to_json(result), ensure_ascii=False, indent=2) + "\n"


def format_result(result: QueryResult, fmt: str = "table", *, max_width: int = 60) -> str:
    """The result as text in one of :data:`FORMATS`."""
    if fmt == "table":
        return format_table(result, max_width)
    if fmt == "csv":
        return format_csv(result)
    if fmt == "tsv":
        return format_tsv(result)
    if fmt == "json":
        return format_json(result)
    raise KgError("query-format", fmt, detail=", ".join(FORMATS))


def format_library(queries: Iterable[LibraryQuery] = ()) -> str:
    """The library as ``kg queries`` prints it: name, titles in English and Chinese, parameters."""
    qs = list(queries) or list(library())
    width = max(len(q.name) for q in qs) + 2
    out = []
    for q in qs:
        out.append(q.name.ljust(width) + q.title)
        if q.title_zh:
            out.append(" " * width + q.title_zh)
        for p in q.params:
            default = re.sub(r"<([^<>\s]+)>", lambda m: _prefixed(m.group(1)), p.default)
            out.append(" " * width + f"--param {p.name}=… ({p.kind}, default {default}): {p.description}")
    return "\n".join(out) + "\n"
