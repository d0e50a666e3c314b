"""Stage 6: the graph for readers — a networkx graph derived from the RDF build, drawn as an
offline HTML page (pyvis / vis-network) and exported as GraphML.

Entry functions:

- :func:`to_networkx` — the RDF dataset as a :class:`networkx.MultiDiGraph`. Nothing is
  re-extracted: nodes, labels, figures and evidence are read from the graph.
- :func:`layout` — positions (``x``, ``y`` node attributes) from a multilevel force-directed
  layout written for this module (pure Python, deterministic on every platform).
- :func:`render_html` — one self-contained HTML page (vis-network, data, script and style
  inlined; the page makes no network request).
- :func:`graphml` — GraphML bytes of the same graph (for Gephi, Cytoscape).
- :func:`graph_files` — all of the above for ``kg build``: ``graph.html`` and ``graph.graphml``.

What becomes a node: works, firms, government bodies, organizations, platforms, policies,
reports, regions, persons, events, awards, indicators and source documents. Articles fold into
their document. Observations (figures) are **not** nodes: each figure is listed in the panel of
what it is about (``schema:observationAbout``, ``sdmx-dimension:refArea``), of its indicator and
of the document that states it, and an aggregated ``figure`` edge links each of those to the
indicator. Positions (``kg:Role``) become the ``roles`` of a person and of the ``works for``
edge; relation statements give their evidence to the edge they state.
"""

from __future__ import annotations

import html
import io
import json
import math
import os
import random
import re
import unicodedata
from collections import defaultdict
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any, Collection, Iterable, Mapping, Optional

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import ORG, RDF, RDFS, SKOS, TIME

from .namespaces import KG, OA, PREFIXES, SCHEMA, SDMX_ATTRIBUTE, SDMX_DIMENSION, SDMX_MEASURE
from .normalize import to_simplified, to_traditional

if TYPE_CHECKING:  # networkx is imported where a graph is made, so that `kg --help` stays quick
    import networkx as nx

__all__ = [
    "SCRIPTS", "KINDS", "OVERVIEW_THRESHOLD", "OVERVIEW_SIZE",
    "to_networkx", "layout", "render_html", "graphml", "graph_files", "load_dataset", "synthetic_graph",
]

#: label scripts the page can switch between, in switch order
SCRIPTS = ("zh-Hans", "zh-Hant", "en")

#: above this many nodes the page opens on an overview (the OVERVIEW_SIZE best-connected nodes)
OVERVIEW_THRESHOLD = 1500
#: how many nodes the overview shows
OVERVIEW_SIZE = 600

#: legend entries, in legend order: key, kg: classes it covers (most specific first), vis shape, colour.
#: A node takes the first entry one of its kg: types belongs to (works before platforms: an app
#: that is also a platform is drawn as an app).
KINDS: tuple[tuple[str, tuple[str, ...], str, str], ...] = (
    ("VideoGame", ("VideoGame",), "diamond", "#e6194b"),
    ("Film", ("Film",), "diamond", "#f58231"),
    ("TVSeries", ("TVSeries",), "diamond", "#911eb4"),
    ("MicroDrama", ("MicroDrama",), "diamond", "#f032e6"),
    ("WebNovel", ("WebNovel",), "diamond", "#c9a227"),
    ("VarietyShow", ("VarietyShow",), "diamond", "#fa8fb1"),
    ("AppProduct", ("AppProduct",), "diamond", "#9a6324"),
    ("OtherWork", ("OtherWork", "Work"), "diamond", "#b08d8d"),
    ("Firm", ("Firm",), "square", "#4363d8"),
    ("GovernmentBody", ("GovernmentBody",), "triangle", "#a31f1f"),
    ("Organization", ("Association", "MediaOutlet", "ResearchInstitute", "University", "Organization"),
     "triangleDown", "#2f9c95"),
    ("Platform", ("Platform",), "hexagon", "#3aa6d8"),
    ("Policy", ("Policy",), "star", "#3cb44b"),
    ("Report", ("Report",), "star", "#8fb03a"),
    ("Region", ("City", "Country", "District", "Port", "Province", "RegionGroup", "Zone", "Region"),
     "dot", "#7b8cd6"),
    ("Person", ("Person",), "dot", "#f0953a"),
    ("Event", ("Event",), "hexagon", "#b5651d"),
    ("Award", ("Award",), "star", "#d4af37"),
    ("Indicator", ("Indicator",), "square", "#9e9e9e"),
    ("SourceDocument", ("SourceDocument",), "box", "#4a4a4a"),
)
_KIND_OF = {cls: key for key, classes, _shape, _colour in KINDS for cls in classes}
_KIND_ORDER = {key: i for i, (key, *_rest) in enumerate(KINDS)}

#: labels (en, zh-Hans) of the relations that are not in the ontology file (schema.org, ORG and
#: SKOS terms) and of the ``figure`` edges this module derives; zh-Hant is converted with OpenCC.
_EXTRA_TERMS = {
    str(SCHEMA.publisher): ("publisher", "发行方"),
    str(SCHEMA.productionCompany): ("production company", "出品方"),
    str(SCHEMA.worksFor): ("works for", "任职于"),
    str(SCHEMA.legislationJurisdiction): ("jurisdiction", "适用地区"),
    str(SCHEMA.isBasedOn): ("based on", "改编自"),
    str(SCHEMA.countryOfOrigin): ("country of origin", "出品国"),
    str(SCHEMA.provider): ("operated by", "运营方"),
    str(ORG.subOrganizationOf): ("part of", "隶属于"),
    str(SKOS.related): ("related", "相关"),
    "figure": ("figures", "数据"),
}

_UNITS = {
    "CCY_CNY": "CNY", "CCY_USD": "USD", "CCY_HKD": "HKD", "CCY_TWD": "TWD", "CCY_EUR": "EUR",
    "CCY_JPY": "JPY", "CCY_GBP": "GBP", "CCY_KRW": "KRW", "PERCENT": "%", "NUM": "",
    "KiloBYTE": "KB", "MegaBYTE": "MB", "GigaBYTE": "GB", "TeraBYTE": "TB", "PetaBYTE": "PB", "ExaBYTE": "EB",
    "WK": "weeks", "DAY": "days", "HR": "hours", "MIN": "minutes", "SEC": "seconds",
    "PercentagePoint": "pp", "Times": "×", "TEU": "TEU", "Rank": "#",
}

# --------------------------------------------------------------------------------------------
# RDF -> networkx
# --------------------------------------------------------------------------------------------


_PREFIX_BASES: list[tuple[str, str]] = []  #: (prefix, namespace IRI) of PREFIXES, in its order (made on first use)
#: the namespaces of :data:`_PREFIX_BASES` that end in ``/`` or ``#`` -> their prefix (the first one bound
#: to it); and the others, in order: made with ``_PREFIX_BASES``
_BY_BASE: dict[str, str] = {}
_OTHER_BASES: list[tuple[str, str]] = []


def compact(term: object) -> str:
    """``https://w3id.org/cstkg/id/work/x`` -> ``work:x`` (the longest bound namespace); else the IRI.

    The local part must not hold ``/`` or ``#``. So of the namespaces that end in one of them, only
    the IRI up to its last ``/`` or ``#`` can fit: one look-up instead of a test of every prefix
    (the view compacts hundreds of thousands of IRIs). Namespaces ending otherwise are still tried one
    by one.
    """
    text = str(term)
    if len(_PREFIX_BASES) != len(PREFIXES):
        _PREFIX_BASES[:] = ((prefix, str(ns)) for prefix, ns in PREFIXES.items())
        _BY_BASE.clear()
        _OTHER_BASES.clear()
        for prefix, base in _PREFIX_BASES:
            if base.endswith(("/", "#")):
                _BY_BASE.setdefault(base, prefix)
            else:
                _OTHER_BASES.append((prefix, base))
    best, result = "", text
    cut = max(text.rfind("/"), text.rfind("#")) + 1
    if 0 < cut < len(text):
        prefix = _BY_BASE.get(text[:cut])
        if prefix is not None:
            best, result = text[:cut], f"{prefix}:{text[cut:]}"
    for prefix, base in _OTHER_BASES:
        if text.startswith(base) and len(base) > len(best):
            rest = text[len(base):]
            if rest and "/" not in rest and "#" not in rest:
                best, result = base, f"{prefix}:{rest}"
    return result


def _local(term: object) -> str:
    text = str(term)
    for sep in ("#", "/"):
        if sep in text:
            text = text.rsplit(sep, 1)[1]
    return text


def _index(dataset: Graph) -> dict[URIRef, dict[URIRef, Collection]]:
    """subject -> predicate -> objects, over every graph of ``dataset`` (or the one graph).

    The objects of a subject and predicate are a tuple while they are few (most pairs have one
    object: a set costs 216 bytes where a one-tuple costs 56, some 300 MB at 1,000 documents), a set
    from :data:`_INDEX_TUPLE_MAX` on; either way each object once, in the order first met."""
    spo: dict = {}
    quads = dataset.quads((None, None, None, None)) if hasattr(dataset, "quads") else (
        (s, p, o, None) for s, p, o in dataset)
    for s, p, o, *_ in quads:
        props = spo.get(s)
        if props is None:
            spo[s] = {p: (o,)}
            continue
        objs = props.get(p)
        if objs is None:
            props[p] = (o,)
        elif type(objs) is tuple:
            if o not in objs:
                props[p] = objs + (o,) if len(objs) < _INDEX_TUPLE_MAX else {*objs, o}
        else:
            objs.add(o)
    return spo


#: objects of one subject and predicate kept in a tuple (more: a set) by :func:`_index`
_INDEX_TUPLE_MAX = 8


def _one(spo, s, p) -> Optional[object]:
    values = spo.get(s, {}).get(p)
    return min(values, key=str) if values else None


def _sorted(values: Iterable) -> list:
    return sorted(values, key=lambda v: (str(v), getattr(v, "language", None) or ""))


def _ontology_terms() -> tuple[dict[str, tuple[str, str, str]], dict[URIRef, set[URIRef]]]:
    """Labels of ontology terms (zh-Hans, zh-Hant, en: the order of :data:`SCRIPTS`), and the
    aligned super-properties of each kg: property."""
    from .resources import ontology_dir

    onto = Graph()
    onto.parse(ontology_dir() / "kg.ttl", format="turtle")
    labels: dict[str, tuple[str, str, str]] = {}
    subjects = set(onto.subjects(RDFS.label, None)) | set(onto.subjects(SKOS.prefLabel, None))
    for s in subjects:
        by_lang: dict[str, str] = {}
        for p in (RDFS.label, SKOS.prefLabel):
            for o in _sorted(onto.objects(s, p)):
                if isinstance(o, Literal) and o.language and o.language not in by_lang:
                    by_lang[o.language] = str(o)
        en = by_lang.get("en", _local(s))
        hans = by_lang.get("zh-Hans") or (to_simplified(by_lang["zh-Hant"]) if "zh-Hant" in by_lang else en)
        hant = by_lang.get("zh-Hant") or to_traditional(hans)
        labels[str(s)] = (hans, hant, en)
    for key, (en, hans) in _EXTRA_TERMS.items():
        labels.setdefault(key, (hans, to_traditional(hans), en))
    from rdflib.namespace import OWL

    supers: dict[URIRef, set[URIRef]] = {}
    for p in set(onto.subjects(RDFS.subPropertyOf, None)) | set(onto.subjects(OWL.equivalentProperty, None)):
        seen: set[URIRef] = set()
        todo = [p]
        while todo:
            t = todo.pop()
            for sup in list(onto.objects(t, RDFS.subPropertyOf)) + list(onto.objects(t, OWL.equivalentProperty)) \
                    + list(onto.subjects(OWL.equivalentProperty, t)):
                if isinstance(sup, URIRef) and sup not in seen and sup != p:
                    seen.add(sup)
                    todo.append(sup)
        supers[p] = seen
    return labels, supers


_TERMS: Optional[tuple] = None


def _terms() -> tuple[dict[str, tuple[str, str, str]], dict[URIRef, set[URIRef]]]:
    global _TERMS
    if _TERMS is None:
        _TERMS = _ontology_terms()
    return _TERMS


def _kind(types: Iterable[URIRef]) -> Optional[str]:
    kg_ns = str(KG)
    keys = [_KIND_OF[str(t)[len(kg_ns):]] for t in types
            if str(t).startswith(kg_ns) and str(t)[len(kg_ns):] in _KIND_OF]
    return min(keys, key=_KIND_ORDER.__getitem__) if keys else None


def _int(value: object) -> int:
    try:
        return int(str(value))
    except ValueError:
        return 0


def _evidence(spo, doc_ids: Mapping[object, str]) -> dict[object, list[dict]]:
    """Body -> its evidence: document, offsets and the quote with its context, sorted by position."""
    by_body: dict[object, list[dict]] = defaultdict(list)
    # namespace terms looked up once (each ``OA.x`` is a method call making a new URIRef)
    rdf_type, annotation, has_target, has_source, has_selector, has_body = (
        RDF.type, OA.Annotation, OA.hasTarget, OA.hasSource, OA.hasSelector, OA.hasBody)
    position, quote, oa_start, oa_end = OA.TextPositionSelector, OA.TextQuoteSelector, OA.start, OA.end
    quote_props = (("prefix", OA.prefix), ("exact", OA.exact), ("suffix", OA.suffix))
    for ann, props in spo.items():
        if annotation not in props.get(rdf_type, ()):
            continue
        for target in _sorted(props.get(has_target, ())):
            t = spo.get(target, {})
            source = _one(spo, target, has_source)
            record: dict[str, Any] = {"doc": doc_ids.get(source, compact(source)) if source is not None else ""}
            for sel in _sorted(t.get(has_selector, ())):
                sp = spo.get(sel, {})
                if position in sp.get(rdf_type, ()):
                    record["start"] = _int(_one(spo, sel, oa_start))
                    record["end"] = _int(_one(spo, sel, oa_end))
                elif quote in sp.get(rdf_type, ()):
                    for key, prop in quote_props:
                        value = _one(spo, sel, prop)
                        record[key] = "" if value is None else str(value)
            if "exact" not in record:
                continue
            record.setdefault("start", -1)
            record.setdefault("end", -1)
            for body in props.get(has_body, ()):
                by_body[body].append(record)
    for body, records in by_body.items():
        uniq = {json.dumps(r, sort_keys=True, ensure_ascii=False): r for r in records}
        by_body[body] = [uniq[k] for k in sorted(uniq, key=lambda k: (uniq[k]["doc"], uniq[k]["start"], uniq[k]["end"], k))]
    return by_body


def _labels(spo, s) -> list[list[str]]:
    """``[text, lang, "pref" | "alt"]`` for every label of ``s`` (prefLabel, altLabel; schema:name for documents)."""
    out: list[list[str]] = []
    seen: set[tuple[str, str]] = set()
    props = spo.get(s, {})
    for pred, role in ((SKOS.prefLabel, "pref"), (SCHEMA.name, "pref"), (SKOS.altLabel, "alt"), (RDFS.label, "alt")):
        for o in _sorted(props.get(pred, ())):
            if not isinstance(o, Literal):
                continue
            key = (str(o), o.language or "")
            if key in seen:
                continue
            seen.add(key)
            out.append([str(o), o.language or "", role])
    return out


def _period(spo, term) -> str:
    """A period as text: a literal as written, an interval by its label (2024-Q1/2024-Q3)."""
    if term is None:
        return ""
    if isinstance(term, Literal):
        return str(term)
    label = _one(spo, term, RDFS.label)
    if label is not None:
        return str(label)
    for p in (TIME.inXSDDate, TIME.inXSDgYearMonth, TIME.inXSDgYear):
        value = _one(spo, term, p)
        if value is not None:
            return str(value)
    return _local(term)


def to_networkx(dataset: Graph) -> nx.MultiDiGraph:
    """The reader's graph of an RDF build (a ``Dataset`` or a plain ``Graph``).

    Node attributes: ``kind`` (legend entry), ``types`` (kg: classes), ``iri``, ``labels``
    (``[text, lang, pref|alt]``), ``docs`` (the documents it comes from), ``evidence``
    (``{doc, start, end, prefix, exact, suffix}``), ``figures`` (dicts, see below), and for a
    person ``roles``, for any node ``facts`` (relations to a literal such as a release date), for a
    document ``identifier``, ``date``, ``encoding``, ``scripts``. Edge key: the relation
    (``kg:developer``, ``kg:mentions``, ``figure``…); edge attributes ``relation``, ``evidence``,
    ``count`` and for ``figure`` edges the figure ids; ``roles`` on ``schema:worksFor``.

    A figure: ``id``, ``indicator``, ``value`` or ``low``/``high`` (decimal text), ``unit``,
    ``qualifier``, ``period``, ``comparison``, ``growth`` (bool), ``growth_of``, ``about``,
    ``area``, ``count_of``, ``evidence``.
    """
    import networkx as nx

    spo = _index(dataset)
    labels_of, supers = _terms()

    rdf_type = RDF.type  # looked up once: each ``NS.x`` makes a new URIRef
    kinds: dict[object, str] = {}
    for s, props in spo.items():
        if isinstance(s, URIRef):
            k = _kind(props.get(rdf_type, ()))
            if k is not None:
                kinds[s] = k
    node_id = {s: compact(s) for s in kinds}
    doc_ids = {s: node_id[s] for s, k in kinds.items() if k == "SourceDocument"}
    # articles fold into their document
    owner: dict[object, object] = {s: s for s in kinds}
    article = KG.Article
    for s, props in spo.items():
        if article in props.get(rdf_type, ()):
            parent = _one(spo, s, SCHEMA.isPartOf)
            if parent in kinds:
                owner[s] = parent
    evidence = _evidence(spo, doc_ids)

    G = nx.MultiDiGraph()
    kg_ns = str(KG)
    for s in sorted(kinds, key=lambda x: node_id[x]):
        props = spo[s]
        nid = node_id[s]
        labels = _labels(spo, s)
        if not labels:  # a document without a title goes by its file name
            name = _one(spo, s, SCHEMA.identifier) if kinds[s] == "SourceDocument" else None
            labels = [[str(name) if name is not None else _local(s), "", "pref"]]
        ev = evidence.get(s, [])
        attrs: dict[str, Any] = {
            "kind": kinds[s],
            "types": " ".join(sorted("kg:" + str(t)[len(kg_ns):] for t in props.get(RDF.type, ()) if str(t).startswith(kg_ns))),
            "iri": str(s),
            "labels": labels,
            "evidence": ev,
            "figures": [],
            "docs": sorted({e["doc"] for e in ev if e["doc"]}),
        }
        if kinds[s] == "SourceDocument":
            attrs["docs"] = [nid]
            for key, prop in (("identifier", SCHEMA.identifier), ("date", SCHEMA.datePublished),
                              ("encoding", KG.characterEncoding), ("primary_script", KG.primaryScript)):
                value = _one(spo, s, prop)
                if value is not None:
                    attrs[key] = str(value)
            attrs["scripts"] = " ".join(sorted(str(v) for v in props.get(SCHEMA.inLanguage, ())))
        G.add_node(nid, **attrs)

    # ---- figures (observations are not nodes) ----
    figure_edges: dict[tuple[str, str], list[str]] = defaultdict(list)
    observation = KG.Observation
    for s in sorted((s for s, p in spo.items() if observation in p.get(rdf_type, ())), key=str):
        props = spo[s]
        ind = _one(spo, s, KG.measures)
        fig: dict[str, Any] = {
            "id": compact(s),
            "indicator": node_id.get(ind, compact(ind) if ind is not None else ""),
            "growth": KG.GrowthObservation in props.get(RDF.type, ()),
            "unit": _local(_one(spo, s, SDMX_ATTRIBUTE.unitMeasure) or ""),
            "period": _period(spo, _one(spo, s, SDMX_DIMENSION.refPeriod)),
            "comparison": _period(spo, _one(spo, s, KG.comparisonPeriod)),
            "evidence": evidence.get(s, []),
        }
        for key, prop in (("value", SDMX_MEASURE.obsValue), ("low", KG.rangeLow), ("high", KG.rangeHigh),
                          ("count_of", KG.countOf)):
            value = _one(spo, s, prop)
            if value is not None:
                fig[key] = str(value)
        qual = _one(spo, s, KG.qualifier)
        if qual is not None:
            fig["qualifier"] = str(qual)
        level = _one(spo, s, KG.growthOf)
        if level is not None:
            fig["growth_of"] = compact(level)
        about = sorted(node_id[o] for o in props.get(SCHEMA.observationAbout, ()) if o in node_id)
        area = sorted(node_id[o] for o in props.get(SDMX_DIMENSION.refArea, ()) if o in node_id)
        fig["about"] = about
        fig["area"] = area
        fig_docs = sorted({e["doc"] for e in fig["evidence"] if e["doc"] in G})
        targets = list(dict.fromkeys(about + area))
        for t in dict.fromkeys(targets + ([fig["indicator"]] if fig["indicator"] in G else []) + fig_docs):
            G.nodes[t]["figures"].append(fig)
        if fig["indicator"] in G:
            ind_node = G.nodes[fig["indicator"]]
            ind_node["docs"] = sorted(set(ind_node["docs"]) | set(fig_docs))
            for src in targets + fig_docs:
                if src != fig["indicator"]:
                    figure_edges[(src, fig["indicator"])].append(fig["id"])

    # ---- relations between nodes ----
    stated: dict[tuple, list[dict]] = {}
    roles_by_pair: dict[tuple[str, str], set[str]] = defaultdict(set)
    statement, role = KG.RelationStatement, KG.Role
    for s, props in spo.items():
        types = props.get(rdf_type, ())
        if statement in types:
            key = (_one(spo, s, RDF.subject), _one(spo, s, RDF.predicate), _one(spo, s, RDF.object))
            stated.setdefault(key, []).extend(evidence.get(s, []))
        elif role in types:
            member, org = _one(spo, s, ORG.member), _one(spo, s, ORG.organization)
            names = sorted(str(n) for n in props.get(SCHEMA.roleName, ()))
            if member in node_id:
                G.nodes[node_id[member]].setdefault("roles", [])
                for name in names:
                    G.nodes[node_id[member]]["roles"].append(
                        {"role": name, "organization": node_id.get(org, compact(org)), "evidence": evidence.get(s, [])})
            if member in node_id and org in node_id:
                roles_by_pair[(node_id[member], node_id[org])].update(names)

    edges: dict[tuple[str, str], dict[URIRef, list[dict]]] = defaultdict(dict)
    skip = {RDF.type, SCHEMA.isPartOf, SCHEMA.hasPart, SCHEMA.sameAs, RDF.subject, RDF.object}
    for s, props in spo.items():
        src = owner.get(s)
        if src is None:
            continue
        for p, objs in props.items():
            if p in skip:
                continue
            for o in objs:
                if isinstance(o, Literal):
                    if (s, p, o) in stated and s in node_id:
                        G.nodes[node_id[s]].setdefault("facts", []).append(
                            {"relation": str(p), "value": str(o), "evidence": stated[(s, p, o)]})
                    continue
                dst = owner.get(o)
                if dst is None or dst == src:
                    continue
                ev = stated.get((s, p, o), [])
                edges[(node_id[src], node_id[dst])].setdefault(p, []).extend(ev)
    for (u, v), by_pred in sorted(edges.items()):
        preds = set(by_pred)
        shadowed = {q for p in preds for q in supers.get(p, ()) if q in preds}
        for p in sorted(preds - shadowed, key=str):
            ev = by_pred[p]
            uniq = {json.dumps(r, sort_keys=True, ensure_ascii=False): r for r in ev}
            attrs = {"relation": str(p), "evidence": [uniq[k] for k in sorted(uniq)], "count": 1}
            if p == SCHEMA.worksFor and roles_by_pair.get((u, v)):
                attrs["roles"] = sorted(roles_by_pair[(u, v)])
            G.add_edge(u, v, key=compact(p), **attrs)
    for (u, v), fids in sorted(figure_edges.items()):
        ids = sorted(set(fids))
        G.add_edge(u, v, key="figure", relation="figure", evidence=[], count=len(ids), figures=ids)
    for n in G.nodes:
        node = G.nodes[n]
        node["figures"].sort(key=lambda f: (f["indicator"], f["period"], f["id"]))
        for key in ("roles", "facts"):
            if key in node:
                node[key].sort(key=lambda r: json.dumps(r, sort_keys=True, ensure_ascii=False))
    G.graph["terms"] = {k: list(v) for k, v in sorted(labels_of.items())}
    return G


# --------------------------------------------------------------------------------------------
# Layout
# --------------------------------------------------------------------------------------------

#: distance the layout aims for between linked nodes, in vis-network pixels
EDGE_LENGTH = 90.0
# cos and sin of the golden angle (137.5°), written out so that no libm call is needed:
# the layout uses + - * / and sqrt only, which IEEE 754 makes identical on every platform.
_GOLDEN_C = -0.7373688780783197
_GOLDEN_S = 0.6754902942615239


def _hash_unit(text: str) -> float:
    """A number in [0, 1) from ``text``, the same on every platform and run."""
    import hashlib

    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:6], "big") / float(1 << 48)


def _spiral(order: list[int], n: int, spacing: float) -> tuple[list[float], list[float]]:
    xs = [0.0] * n
    ys = [0.0] * n
    cx, cy = 1.0, 0.0
    for rank, u in enumerate(order):
        r = math.sqrt(rank + 0.5) * spacing
        xs[u] = cx * r
        ys[u] = cy * r
        cx, cy = cx * _GOLDEN_C - cy * _GOLDEN_S, cx * _GOLDEN_S + cy * _GOLDEN_C
        norm = math.sqrt(cx * cx + cy * cy)
        cx /= norm
        cy /= norm
    return xs, ys


def _coarsen(adj: list[list[int]], mass: list[float]) -> tuple[list[int], int]:
    """Group nodes for the next coarser level: node -> group, number of groups.

    Best-connected first, a node takes its ungrouped neighbours into its group (up to four times
    the average mass); the nodes left alone (leaves of a crowded hub) are grouped with the other
    leaves hanging off the same group. A star of 300 leaves becomes a handful of groups, not one.
    """
    n = len(adj)
    cap = 4.0 * sum(mass) / n
    group = [-1] * n
    count = 0
    for u in sorted(range(n), key=lambda i: (-len(adj[i]), i)):
        if group[u] != -1:
            continue
        free = [v for v in adj[u] if group[v] == -1]
        if not free and adj[u]:
            continue
        group[u] = count
        total = mass[u]
        for v in free:
            if total + mass[v] <= cap:
                group[v] = count
                total += mass[v]
        count += 1
    by_anchor: dict[int, list[int]] = {}
    for u in range(n):
        if group[u] == -1:
            anchor = min((group[v] for v in adj[u] if group[v] != -1), default=-1)
            by_anchor.setdefault(anchor, []).append(u)
    for anchor in sorted(by_anchor):
        total = cap
        for u in by_anchor[anchor]:
            if total + mass[u] > cap:
                count += 1
                total = 0.0
            group[u] = count - 1
            total += mass[u]
    return group, count


def _root(ratio: float, n: int) -> float:
    """The number r in (0, 1] with rⁿ = ratio, by bisection with multiplications only.

    ``ratio ** (1 / n)`` calls the C library's pow(), whose last bit is not the same everywhere;
    the layout must be (its positions are committed), so the cooling schedule is built from + and ×.
    """
    if n <= 0 or ratio >= 1.0:
        return 1.0
    lo, hi = 0.0, 1.0
    for _ in range(60):
        mid = (lo + hi) / 2.0
        power = 1.0
        for _ in range(n):
            power *= mid
        if power < ratio:
            lo = mid
        else:
            hi = mid
    return hi


def _forces(adj: list[list[tuple[int, float]]], mass: list[float], xs: list[float], ys: list[float],
            iterations: int, step: float, k: float) -> None:
    """Fruchterman–Reingold, in place: every pair of nodes repels (k²·mᵢ·mⱼ/d), linked nodes
    attract (w·d²/k), moves are capped by a temperature that cools from ``step`` to 2% of k.

    Repulsion is exact between nodes of neighbouring grid cells (cells 2k wide); farther away it
    acts between cells, over a pyramid of grids (each level's cells twice as wide), where each
    cell feels the cells in its parent's neighbourhood that are not its own neighbours (the
    interaction lists of the fast multipole method), at its centre of mass. An iteration costs
    about O(n) instead of O(n²), and a crowd pushes as a crowd.
    """
    n = len(xs)
    if n < 2 or iterations <= 0:
        return
    edges = [(u, v, w) for u in range(n) for v, w in adj[u] if u < v]
    size = 2.0 * k
    k2 = k * k
    cool = _root(min(1.0, 0.02 * k / step), iterations - 1)
    t = step
    around = [(ox, oy) for ox in (-1, 0, 1) for oy in (-1, 0, 1)]
    for _ in range(iterations):
        dx = [0.0] * n
        dy = [0.0] * n
        keys: list[tuple[int, int]] = [(0, 0)] * n
        buckets: dict[tuple[int, int], list[int]] = {}
        for i in range(n):
            key = (int(xs[i] // size), int(ys[i] // size))
            keys[i] = key
            b = buckets.get(key)
            if b is None:
                buckets[key] = [i]
            else:
                b.append(i)
        # near field: exact, between nodes of the same or adjacent cells
        cells: dict[tuple[int, int], tuple[float, float, float]] = {}
        for (gx, gy), members in buckets.items():
            near: list[int] = []
            for ox, oy in around:
                b = buckets.get((gx + ox, gy + oy))
                if b:
                    near.extend(b)
            m = sx = sy = 0.0
            for i in members:
                xi = xs[i]
                yi = ys[i]
                fx = fy = 0.0
                for j in near:
                    if j != i:
                        ddx = xi - xs[j]
                        ddy = yi - ys[j]
                        d2 = ddx * ddx + ddy * ddy
                        if d2 < 1e-6:
                            ddx = 0.001 * ((i * 7 + j) % 5 - 2) + 0.0005
                            ddy = 0.001 * ((i + j * 3) % 5 - 2) + 0.0005
                            d2 = ddx * ddx + ddy * ddy
                        f = mass[j] / d2
                        fx += ddx * f
                        fy += ddy * f
                w = mass[i]
                dx[i] += fx * k2 * w
                dy[i] += fy * k2 * w
                m += w
                sx += xi * w
                sy += yi * w
            cells[(gx, gy)] = (m, sx / m, sy / m)
        # far field: cell to cell, level by level up the pyramid
        levels: list[dict[tuple[int, int], list[float]]] = []
        level = cells
        while len(level) > 1:
            accel: dict[tuple[int, int], list[float]] = {}
            parents: dict[tuple[int, int], list] = {}
            for key, c in level.items():
                pk = (key[0] >> 1, key[1] >> 1)
                p = parents.get(pk)
                if p is None:
                    parents[pk] = [c[0], c[1] * c[0], c[2] * c[0], [key]]
                else:
                    p[0] += c[0]
                    p[1] += c[1] * c[0]
                    p[2] += c[2] * c[0]
                    p[3].append(key)
            top = len(level) <= 40
            for (qx, qy), p in parents.items():
                if top:
                    candidates = list(level)
                else:
                    candidates = []
                    for ox, oy in around:
                        q = parents.get((qx + ox, qy + oy))
                        if q is not None:
                            candidates.extend(q[3])
                for key in p[3]:
                    gx, gy = key
                    _m, cx, cy = level[key]
                    ax = ay = 0.0
                    for other in candidates:
                        hx, hy = other
                        if -1 <= hx - gx <= 1 and -1 <= hy - gy <= 1:
                            continue
                        hm, hxc, hyc = level[other]
                        ddx = cx - hxc
                        ddy = cy - hyc
                        f = hm / (ddx * ddx + ddy * ddy)
                        ax += ddx * f
                        ay += ddy * f
                    accel[key] = [ax, ay]
            levels.append(accel)
            if top:
                break
            level = {pk: (p[0], p[1] / p[0], p[2] / p[0]) for pk, p in parents.items()}
        # push the accelerations down the pyramid, then onto the nodes
        for depth in range(len(levels) - 1, 0, -1):
            upper = levels[depth]
            for key, a in levels[depth - 1].items():
                b = upper.get((key[0] >> 1, key[1] >> 1))
                if b is not None:
                    a[0] += b[0]
                    a[1] += b[1]
        if levels:
            base = levels[0]
            for i in range(n):
                a = base.get(keys[i])
                if a is not None:
                    w = k2 * mass[i]
                    dx[i] += a[0] * w
                    dy[i] += a[1] * w
        # attraction along edges
        for u, v, w in edges:
            ddx = xs[u] - xs[v]
            ddy = ys[u] - ys[v]
            f = w * math.sqrt(ddx * ddx + ddy * ddy) / k
            dx[u] -= ddx * f
            dy[u] -= ddy * f
            dx[v] += ddx * f
            dy[v] += ddy * f
        for i in range(n):
            ddx = dx[i]
            ddy = dy[i]
            d = math.sqrt(ddx * ddx + ddy * ddy)
            if d > 0.0:
                s = (t if d > t else d) / d
                xs[i] += ddx * s
                ys[i] += ddy * s
        t *= cool


#: area the layout gives each node, in units of k² (k: the distance linked nodes aim for)
AREA_PER_NODE = 2.0
#: force iterations on each refined level: fewer on big levels, which start from a good coarse layout
REFINE_ITERATIONS = ((2000, 25), (float("inf"), 10))


def _inflate(xs: list[float], ys: list[float], mass: list[float], area: float) -> None:
    """Scale positions about their centre of mass so that they cover at least ``area``.

    A coarse level's layout is tighter than its nodes' content needs; spreading it before the
    next level starts saves that level the iterations it would spend expanding (and the cost of
    crowded grid cells). The area covered is estimated as 2π·(mean squared distance from the
    centre), exact for a uniform disc."""
    total = sum(mass)
    cx = sum(x * m for x, m in zip(xs, mass)) / total
    cy = sum(y * m for y, m in zip(ys, mass)) / total
    spread = sum(((x - cx) * (x - cx) + (y - cy) * (y - cy)) * m for x, y, m in zip(xs, ys, mass)) / total
    covered = 2.0 * math.pi * spread
    if covered <= 0.0 or covered >= area:
        return
    scale = math.sqrt(area / covered)
    for i in range(len(xs)):
        xs[i] = cx + (xs[i] - cx) * scale
        ys[i] = cy + (ys[i] - cy) * scale


def _layout_component(adj: list[list[int]]) -> tuple[list[float], list[float]]:
    """Multilevel: coarsen by neighbourhoods until small, lay out the coarsest graph, then
    refine level by level (each node starting near its group's place)."""
    n = len(adj)
    if n == 1:
        return [0.0], [0.0]
    k = 1.0
    levels: list[tuple[list[list[tuple[int, float]]], list[float], list[int]]] = []
    cur_adj = [[(v, 1.0) for v in nbrs] for nbrs in adj]
    cur_mass = [1.0] * n
    while len(cur_adj) > 50:
        group, m = _coarsen([[v for v, _w in nbrs] for nbrs in cur_adj], cur_mass)
        if m > 0.8 * len(cur_adj):
            break
        weights: list[dict[int, float]] = [dict() for _ in range(m)]
        coarse_mass = [0.0] * m
        for u, nbrs in enumerate(cur_adj):
            gu = group[u]
            coarse_mass[gu] += cur_mass[u]
            for v, w in nbrs:
                gv = group[v]
                if gu != gv:
                    weights[gu][gv] = weights[gu].get(gv, 0.0) + w
        levels.append((cur_adj, cur_mass, group))
        cur_adj = [sorted(d.items()) for d in weights]
        cur_mass = coarse_mass
    m = len(cur_adj)
    # coarsest level: a spiral in breadth-first order from the best-connected node, then forces
    start = max(range(m), key=lambda i: (len(cur_adj[i]), -i))
    order = [start]
    seen = [False] * m
    seen[start] = True
    head = 0
    while head < len(order):
        u = order[head]
        head += 1
        for v, _w in sorted(cur_adj[u], key=lambda vw: (-len(cur_adj[vw[0]]), vw[0])):
            if not seen[v]:
                seen[v] = True
                order.append(v)
    order.extend(i for i in range(m) if not seen[i])
    total = sum(cur_mass)
    xs, ys = _spiral(order, m, k * math.sqrt(total / m))
    _forces(cur_adj, cur_mass, xs, ys, 60, k * math.sqrt(total) * 0.5, k)
    pos_mass = cur_mass
    for depth, (fine_adj, fine_mass, group) in enumerate(reversed(levels)):
        _inflate(xs, ys, pos_mass, AREA_PER_NODE * k * k * total)
        nf = len(fine_adj)
        group_mass = [0.0] * len(xs)
        for u in range(nf):
            group_mass[group[u]] += fine_mass[u]
        fx = [0.0] * nf
        fy = [0.0] * nf
        for u in range(nf):
            g = group[u]
            r = 0.5 * k * math.sqrt(group_mass[g]) * math.sqrt(_hash_unit(f"{depth}r{u}"))
            a = _hash_unit(f"{depth}a{u}") * 2.0 - 1.0
            b = _hash_unit(f"{depth}b{u}") * 2.0 - 1.0
            norm = math.sqrt(a * a + b * b) or 1.0
            fx[u] = xs[g] + r * a / norm
            fy[u] = ys[g] + r * b / norm
        xs, ys, pos_mass = fx, fy, fine_mass
        iterations = next(it for limit, it in REFINE_ITERATIONS if nf < limit)
        _forces(fine_adj, fine_mass, xs, ys, iterations, k * 2.0, k)
    return xs, ys


def layout(graph: nx.Graph, *, edge_length: float = EDGE_LENGTH) -> dict[str, tuple[float, float]]:
    """Positions for every node, also stored as its ``x`` and ``y`` attributes (rounded to 0.1 px).

    Each connected component is laid out by :func:`_layout_component` and the components are
    packed in rows, largest first. Deterministic: node order, the starting spiral and the jitter
    come from the node ids, and only IEEE-exact arithmetic is used.
    """
    names = sorted(graph.nodes, key=str)
    index = {n: i for i, n in enumerate(names)}
    adj_sets: list[set[int]] = [set() for _ in names]
    for u, v in graph.edges():
        if u != v:
            adj_sets[index[u]].add(index[v])
            adj_sets[index[v]].add(index[u])
    seen = [False] * len(names)
    components: list[list[int]] = []
    for i in range(len(names)):
        if seen[i]:
            continue
        comp = [i]
        seen[i] = True
        head = 0
        while head < len(comp):
            for v in adj_sets[comp[head]]:
                if not seen[v]:
                    seen[v] = True
                    comp.append(v)
            head += 1
        components.append(sorted(comp))
    components.sort(key=lambda c: (-len(c), c[0]))
    placed: list[tuple[list[int], list[float], list[float], float, float]] = []
    for comp in components:
        local = {g: j for j, g in enumerate(comp)}
        adj = [sorted(local[v] for v in adj_sets[g]) for g in comp]
        xs, ys = _layout_component(adj)
        x0, y0 = min(xs), min(ys)
        xs = [(x - x0) * edge_length for x in xs]
        ys = [(y - y0) * edge_length for y in ys]
        placed.append((comp, xs, ys, max(xs), max(ys)))
    # shelf packing: rows about as wide as the largest component (or sqrt of the total area)
    total_area = sum((w + edge_length) * (h + edge_length) for _c, _x, _y, w, h in placed)
    row_width = max([placed[0][3] if placed else 0.0, math.sqrt(total_area)])
    positions: dict[str, tuple[float, float]] = {}
    cx = cy = row_h = 0.0
    for comp, xs, ys, w, h in placed:
        if cx > 0.0 and cx + w > row_width:
            cx = 0.0
            cy += row_h + edge_length
            row_h = 0.0
        for g, x, y in zip(comp, xs, ys):
            positions[names[g]] = (round(cx + x, 1), round(cy + y, 1))
        cx += w + edge_length
        row_h = max(row_h, h)
    if positions:  # centre on the origin, where vis-network looks first
        mx = round((max(p[0] for p in positions.values()) + min(p[0] for p in positions.values())) / 2.0, 1)
        my = round((max(p[1] for p in positions.values()) + min(p[1] for p in positions.values())) / 2.0, 1)
        positions = {n: (round(x - mx, 1), round(y - my, 1)) for n, (x, y) in positions.items()}
    for n, (x, y) in positions.items():
        graph.nodes[n]["x"] = x
        graph.nodes[n]["y"] = y
    return positions


# --------------------------------------------------------------------------------------------
# HTML (pyvis) and GraphML
# --------------------------------------------------------------------------------------------

#: characters of a document's title shown on its node (the whole title is in the panel)
DOC_LABEL_LENGTH = 20
_FONT = "system-ui, 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'Microsoft YaHei', 'PingFang SC', sans-serif"


class _FoldTable(dict):
    """``str.translate`` table that keeps letters, marks and numbers and drops the rest (filled lazily)."""

    def __missing__(self, code: int) -> Optional[int]:
        value = code if unicodedata.category(chr(code))[0] in "LMN" else None
        self[code] = value
        return value


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Search form of a label: NFKC, lower case, without punctuation, symbols, spaces or controls.

    The page folds what is typed the same way (``normalize('NFKC')``, ``toLowerCase()``, and
    dropping ``\\p{P}\\p{S}\\p{Z}\\p{C}``), so 黑神话：悟空 is found by 黑神话悟空 or "black myth".
    """
    return unicodedata.normalize("NFKC", text).lower().translate(_FOLD)


def search_key(labels: Iterable[str]) -> str:
    """Every label folded, in its Simplified and its Traditional form, one per line.

    JavaScript has no OpenCC: indexing both forms lets a substring match on the typed text
    find a node whichever script either side is written in."""
    keys: dict[str, None] = {}
    for label in labels:
        folded = fold(label)
        for form in (folded, fold(to_simplified(label)), fold(to_traditional(label))):
            if form:
                keys[form] = None
    return "\n".join(keys)


def display_label(labels: list[list[str]], script: str) -> str:
    """The label shown in ``script``: the preferred label in that script, else one converted with
    OpenCC from the other Chinese script, else English (for zh scripts) or Chinese (for en)."""
    pref = {lang: text for text, lang, role in labels if role == "pref" and lang}
    alt = {}
    for text, lang, role in labels:
        if lang:
            alt.setdefault(lang, text)
    for table in (pref, alt):
        if script in table:
            return table[script]
        if script == "zh-Hant" and "zh-Hans" in table:
            return to_traditional(table["zh-Hans"])
        if script == "zh-Hans" and "zh-Hant" in table:
            return to_simplified(table["zh-Hant"])
    for table in (pref, alt):
        for lang in (("zh-Hans", "zh-Hant", "en") if script == "en" else ("en", "zh-Hans", "zh-Hant")):
            if lang in table:
                return table[lang]
    return labels[0][0] if labels else ""


def _scaled(value: Decimal) -> str:
    def plain(d: Decimal) -> str:
        text = format(d.normalize(), "f")
        if "." in text:
            whole, frac = text.split(".")
            frac = frac[:4].rstrip("0")
        else:
            whole, frac = text, ""
        sign = "-" if whole.startswith("-") else ""
        whole = f"{int(whole.lstrip('-') or '0'):,}"
        return sign + whole + ("." + frac if frac else "")

    for power, word in ((12, "trillion"), (9, "billion"), (6, "million")):
        if abs(value) >= Decimal(10) ** power:
            return f"{plain(value / Decimal(10) ** power)} {word}"
    return plain(value)


def format_figure(fig: Mapping[str, Any]) -> str:
    """``7.5 trillion CNY``, ``+14.4%``, ``2–3 million``, ``1 million (work)``: value and unit as text."""
    unit = fig.get("unit", "")
    symbol = _UNITS.get(unit, unit[4:] if unit.startswith("CCY_") else unit)  # CCY_SGD -> SGD
    try:
        if "value" in fig:
            number = Decimal(fig["value"])
            text = _scaled(number)
            if fig.get("growth") and number > 0:
                text = "+" + text
        else:
            text = f"{_scaled(Decimal(fig['low']))}–{_scaled(Decimal(fig['high']))}"
    except (InvalidOperation, KeyError):
        text = str(fig.get("value", "?"))
    if symbol == "%":
        text += "%"
    elif symbol == "×":
        text += "×"
    elif symbol:
        text += " " + symbol
    if fig.get("count_of"):
        text += f" ({fig['count_of']})"
    return text


def _ev_row(e: Mapping[str, Any]) -> list:
    return [e.get("doc", ""), e.get("start", -1), e.get("end", -1), e.get("prefix", ""), e.get("exact", ""), e.get("suffix", "")]


def _term_labels(key: str, terms: Mapping[str, Any]) -> list[str]:
    if key in terms:
        return list(terms[key])
    if key in _EXTRA_TERMS:
        en, hans = _EXTRA_TERMS[key]
        return [hans, to_traditional(hans), en]
    local = _local(key)
    words = "".join(" " + c.lower() if c.isupper() else c for c in local).strip()
    return [words, words, words]


def _darker(colour: str) -> str:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#%02x%02x%02x" % (r * 3 // 5, g * 3 // 5, b * 3 // 5)


def _page_data(G: nx.MultiDiGraph, script: str, threshold: int, overview_size: int, title: str) -> tuple[dict, list, list]:
    """What the page needs: the vis-network nodes and edges (drawn) and the details (panel, search)."""
    terms = G.graph.get("terms") or _terms()[0]
    terms = {k: list(v) for k, v in terms.items()}
    kind_info = {key: (shape, colour) for key, _classes, shape, colour in KINDS}
    degree = {n: len(set(G.predecessors(n)) | set(G.successors(n))) for n in G.nodes}
    order = sorted(G.nodes, key=lambda n: (-degree[n], n))
    max_degree = max(list(degree.values()) + [1])
    used_terms: dict[str, list[str]] = {}

    def term(key: str) -> str:
        if key not in used_terms:
            used_terms[key] = _term_labels(key, terms)
        return key

    nodes: dict[str, dict] = {}
    figures: dict[str, dict] = {}
    vis_nodes: list[dict] = []
    _load_pyvis()
    from pyvis.node import Node
    from pyvis.edge import Edge

    for n in sorted(G.nodes):
        a = G.nodes[n]
        kind = a.get("kind", "OtherWork")
        labels = a.get("labels") or [[str(n), "", "pref"]]
        shown = {sc: display_label(labels, sc) for sc in SCRIPTS}
        all_labels = [t for t, _l, _r in labels] + list(shown.values())
        if a.get("identifier"):
            all_labels.append(a["identifier"])
        entry: dict[str, Any] = {
            "k": kind, "l": [shown[sc] for sc in SCRIPTS], "L": labels, "s": search_key(dict.fromkeys(all_labels)),
            "d": list(a.get("docs", [])), "g": degree[n], "t": a.get("types", ""), "i": a.get("iri", str(n)),
            "e": [_ev_row(e) for e in a.get("evidence", [])],
            "f": [f["id"] for f in a.get("figures", [])],
        }
        for f in a.get("figures", []):
            if f["id"] not in figures:
                figures[f["id"]] = {
                    "i": f.get("indicator", ""), "v": format_figure(f), "q": term(f["qualifier"]) if f.get("qualifier") else "",
                    "p": f.get("period", ""), "c": f.get("comparison", ""), "gr": bool(f.get("growth")),
                    "go": f.get("growth_of", ""), "a": list(f.get("about", [])) + list(f.get("area", [])),
                    "e": [_ev_row(e) for e in f.get("evidence", [])],
                }
        if a.get("roles"):
            entry["r"] = [[r["role"], r["organization"], [_ev_row(e) for e in r.get("evidence", [])]] for r in a["roles"]]
        if a.get("facts"):
            entry["x"] = [[term(x["relation"]), x["value"], [_ev_row(e) for e in x.get("evidence", [])]] for x in a["facts"]]
        if kind == "SourceDocument":
            entry["m"] = {k: a[k] for k in ("identifier", "date", "encoding", "scripts") if a.get(k)}
        if "kind:" + kind not in used_terms:
            used_terms["kind:" + kind] = _term_labels(str(KG[kind]), terms)
        nodes[n] = entry
        shape, colour = kind_info.get(kind, ("dot", "#999999"))
        label = shown[script]
        if kind == "SourceDocument" and len(label) > DOC_LABEL_LENGTH:
            label = label[:DOC_LABEL_LENGTH - 1] + "…"
        # node and label grow with the square root of the degree: zoomed out, hubs keep legible labels
        # (vis-network skips labels smaller than drawThreshold pixels on screen)
        weight = math.sqrt(degree[n] / max_degree)
        node = Node(n, shape, label=label, color={
            "background": colour, "border": _darker(colour),
            "highlight": {"background": colour, "border": "#111111"},
            "hover": {"background": colour, "border": "#111111"}}, size=round(7 + 23 * weight, 1),
            font={"size": round(12 + 26 * weight, 1)}, x=a.get("x", 0.0), y=a.get("y", 0.0))
        if kind == "SourceDocument":
            node.options["font"].update({"color": "#ffffff", "strokeWidth": 0})
        vis_nodes.append(node.options)

    edges: dict[str, dict] = {}
    vis_edges: list[dict] = []
    for i, (u, v, key, a) in enumerate(sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))):
        rel = a.get("relation", key)
        term(rel)
        eid = f"e{i}"
        detail: dict[str, Any] = {"r": rel, "e": [_ev_row(e) for e in a.get("evidence", [])], "n": a.get("count", 1)}
        if a.get("figures"):
            detail["f"] = list(a["figures"])
        if a.get("roles"):
            detail["ro"] = list(a["roles"])
        edges[eid] = detail
        style: dict[str, Any] = {}
        if key == "figure":
            style = {"dashes": True, "color": {"color": "#c9c9c9", "highlight": "#333333", "hover": "#777777"}}
        elif rel in (str(KG.mentions), str(SCHEMA.mentions)):
            style = {"color": {"color": "#dddddd", "highlight": "#333333", "hover": "#777777"}}
        else:
            style = {"width": 1.5, "color": {"color": "#8a8a8a", "highlight": "#222222", "hover": "#444444"}}
        label = used_terms[rel][SCRIPTS.index(script)]
        vis_edges.append(Edge(u, v, directed=True, id=eid, label=label, **style).options)

    counts: dict[str, int] = defaultdict(int)
    for entry in nodes.values():
        counts[entry["k"]] += 1
    kinds = [{"key": key, "shape": shape, "color": colour, "n": counts[key]}
             for key, _classes, shape, colour in KINDS if counts.get(key)]
    docs = sorted((n for n, e in nodes.items() if e["k"] == "SourceDocument"),
                  key=lambda n: (nodes[n].get("m", {}).get("identifier", ""), n))
    data = {
        "meta": {"title": title, "script": script, "scripts": list(SCRIPTS), "total": len(nodes), "edges": len(edges),
                 "threshold": threshold, "overview": overview_size, "docLabel": DOC_LABEL_LENGTH},
        "kinds": kinds, "terms": dict(sorted(used_terms.items())), "docs": docs, "order": order,
        "nodes": nodes, "edges": edges, "figures": dict(sorted(figures.items())),
    }
    return data, vis_nodes, vis_edges


def _load_pyvis() -> None:
    """Import pyvis without IPython (~0.2 s) when IPython is not loaded yet.

    pyvis imports ``IPython.display.IFrame`` at import time, only for ``Network.show`` in a notebook.
    For its import it is given a stand-in ``IFrame`` that imports the real one when called; the
    stand-in modules are then taken out of ``sys.modules``, so a later ``import IPython`` is the real one.
    """
    import sys

    if "pyvis.network" in sys.modules or "IPython" in sys.modules:
        return
    import types

    def IFrame(*args: Any, **kwargs: Any) -> Any:  # noqa: N802 (IPython's name)
        from IPython.display import IFrame as real

        return real(*args, **kwargs)

    ipython, display = types.ModuleType("IPython"), types.ModuleType("IPython.display")
    display.IFrame = IFrame  # type: ignore[attr-defined]
    ipython.display = display  # type: ignore[attr-defined]
    sys.modules["IPython"], sys.modules["IPython.display"] = ipython, display
    try:
        import pyvis.network  # noqa: F401
    finally:
        for name, module in (("IPython.display", display), ("IPython", ipython)):
            if sys.modules.get(name) is module:
                del sys.modules[name]


def _script_json(obj: object) -> str:
    """JSON safe inside ``<script type="application/json">``: ``<``, ``>`` and ``&`` escaped."""
    text = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _vis_assets() -> tuple[str, str]:
    """vis-network's script and style as shipped inside pyvis (the newest version it has)."""
    _load_pyvis()
    import pyvis

    lib = Path(pyvis.__file__).resolve().parent / "templates" / "lib"
    found = sorted((p for p in lib.glob("vis-*") if (p / "vis-network.min.js").is_file()),
                   key=lambda p: tuple(int(x) for x in p.name[4:].split(".") if x.isdigit()))
    if not found:
        raise RuntimeError(f"vis-network not found in {lib}; is pyvis installed completely?")
    folder = found[-1]
    return (folder / "vis-network.min.js").read_text(encoding="utf-8"), (folder / "vis-network.css").read_text(encoding="utf-8")


def render_html(graph: nx.MultiDiGraph, *, script: str = "zh-Hans", title: str = "kg — knowledge graph",
                threshold: int = OVERVIEW_THRESHOLD, overview_size: int = OVERVIEW_SIZE) -> str:
    """One self-contained HTML page for ``graph`` (with positions from :func:`layout`).

    The page is pyvis's network (``cdn_resources="in_line"``) in this module's template: vis-network,
    the data, the script and the style are all inlined; nothing is fetched. Physics is off (the
    positions are precomputed). Above ``threshold`` nodes the page opens on the ``overview_size``
    best-connected nodes, and says so.
    """
    if script not in SCRIPTS:
        raise ValueError(f"script must be one of {', '.join(SCRIPTS)}")
    if any("x" not in graph.nodes[n] for n in graph.nodes):
        layout(graph)
    from jinja2 import ChoiceLoader, Environment, FileSystemLoader

    _load_pyvis()
    from pyvis.network import Network

    data, vis_nodes, vis_edges = _page_data(graph, script, threshold, overview_size, title)
    net = Network(height="100%", width="100%", directed=True, heading="", cdn_resources="in_line")
    # nodes and edges are appended directly: Network.add_node/add_edge check membership in lists (O(n²))
    net.nodes = vis_nodes
    net.edges = vis_edges
    net.node_ids = [n["id"] for n in vis_nodes]
    net.node_map = {n["id"]: n for n in vis_nodes}
    big = len(vis_nodes) > 1000
    net.options = {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
                        "navigationButtons": False, "keyboard": False, "multiselect": False},
        "nodes": {"borderWidth": 1, "font": {"size": 14, "face": _FONT, "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "scaling": {"label": {"drawThreshold": 6}}},
        "edges": {"smooth": False, "width": 1, "selectionWidth": 2, "hoverWidth": 0.5,
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.45}},
                  "font": {"size": 10, "face": _FONT, "color": "#555555", "strokeWidth": 3, "align": "middle"},
                  "scaling": {"label": {"drawThreshold": 8}}},  # relation names once zoomed in
    }
    here = Path(__file__).resolve().parent / "data" / "html"
    net.path = "graph.html"
    net.templateEnv = Environment(loader=ChoiceLoader([FileSystemLoader(str(here)), net.templateEnv.loader]),
                                  autoescape=False, keep_trailing_newline=True)
    net.templateEnv.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False, "separators": (",", ":")}
    vis_js, vis_css = _vis_assets()
    net.templateEnv.globals.update(
        kg_title=html.escape(title), kg_data=_script_json(data), kg_lang=script,
        vis_js=vis_js, vis_css=vis_css,
        kg_js=(here / "graph.js").read_text(encoding="utf-8"), kg_css=(here / "graph.css").read_text(encoding="utf-8"),
    )
    return net.generate_html(notebook=False)


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _graphml_value(value: object) -> object:
    if isinstance(value, (str, int, float, bool)):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _xml(text: str) -> str:
    return _XML_INVALID.sub("", text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _graphml_kind(kinds: set[type]) -> str:
    """The GraphML type of an attribute whose values are of the types ``kinds``."""
    if kinds <= {bool}:
        return "boolean"
    if kinds <= {int}:
        return "long"
    if kinds <= {int, float}:
        return "double"
    return "string"


def _graphml_text(value: object, kind: str) -> str:
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "double":
        return repr(float(value))  # type: ignore[arg-type]
    return _xml(str(value))


def graphml(graph: nx.MultiDiGraph) -> bytes:
    """GraphML of ``graph`` (for Gephi, Cytoscape; ``networkx.read_graphml`` reads it back).

    Scalar attributes are written as they are, lists and dicts as JSON text; every node also gets
    ``label`` (the Simplified Chinese label, or the best there is) and ``label_zh_Hans``,
    ``label_zh_Hant``, ``label_en``; every edge ``relation_key`` (its key in the graph) and a
    unique ``id``. Written directly (networkx's writer takes seconds for a few thousand nodes);
    the order is sorted, so the bytes are the same for the same graph.
    """
    # the attributes of every node and edge, as they are: lists and dicts become JSON only when their
    # line is written (held all at once, their JSON took hundreds of MB at 1,000 documents)
    nodes: list[tuple[str, dict[str, object]]] = []
    for n in sorted(graph.nodes, key=str):
        a = graph.nodes[n]
        labels = a.get("labels") or [[str(n), "", "pref"]]
        attrs: dict[str, object] = {"label": display_label(labels, "zh-Hans")}
        for sc in SCRIPTS:
            attrs["label_" + sc.replace("-", "_")] = display_label(labels, sc)
        attrs.update({k: v for k, v in a.items() if v is not None})
        nodes.append((str(n), attrs))
    edges: list[tuple[str, str, dict[str, object]]] = []
    for u, v, key, a in sorted(graph.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2]))):
        attrs = {"relation_key": str(key)}
        attrs.update({k: x for k, x in a.items() if x is not None})
        edges.append((str(u), str(v), attrs))
    keys: list[tuple[str, str, str, str]] = []  # (id, for, name, type)
    key_of: dict[tuple[str, str], tuple[str, str]] = {}
    for scope, rows in (("node", [r[-1] for r in nodes]), ("edge", [r[-1] for r in edges])):
        names = sorted({name for attrs in rows for name in attrs})
        for name in names:
            kind = _graphml_kind({_graphml_value_type(attrs[name]) for attrs in rows if name in attrs})
            kid = f"d{len(keys)}"
            keys.append((kid, scope, name, kind))
            key_of[(scope, name)] = (kid, kind)
    out = io.BytesIO()  # each node or edge written as it is made; getvalue() does not copy the file

    def put(lines: list[str]) -> None:
        out.write(("\n".join(lines) + "\n").encode("utf-8"))

    head = ['<?xml version="1.0" encoding="utf-8"?>',
            '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
            'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">']
    for kid, scope, name, kind in keys:
        head.append(f'  <key id="{kid}" for="{scope}" attr.name="{_xml(name)}" attr.type="{kind}"/>')
    head.append('  <graph id="kg" edgedefault="directed">')
    put(head)
    for nid, attrs in nodes:
        lines = [f'    <node id="{_xml(nid)}">']
        for name in sorted(attrs):
            kid, kind = key_of[("node", name)]
            lines.append(f'      <data key="{kid}">{_graphml_text(_graphml_value(attrs[name]), kind)}</data>')
        lines.append("    </node>")
        put(lines)
    for i, (u, v, attrs) in enumerate(edges):
        lines = [f'    <edge id="e{i}" source="{_xml(u)}" target="{_xml(v)}">']
        for name in sorted(attrs):
            kid, kind = key_of[("edge", name)]
            lines.append(f'      <data key="{kid}">{_graphml_text(_graphml_value(attrs[name]), kind)}</data>')
        lines.append("    </edge>")
        put(lines)
    put(["  </graph>", "</graphml>"])
    return out.getvalue()


def _graphml_value_type(value: object) -> type:
    """The type of ``_graphml_value(value)``, without making it (lists and dicts become JSON text)."""
    return type(value) if isinstance(value, (str, int, float, bool)) else str


def warm_up() -> None:
    """Load what drawing needs (networkx, pyvis, jinja2, the ontology's labels) now, not on first use.

    ``kg build`` calls it in the process that draws the page while the build is still extracting.
    """
    import networkx  # noqa: F401
    import jinja2  # noqa: F401

    _load_pyvis()
    _terms()


def graph_files(dataset: Graph, *, script: str = "zh-Hans") -> dict[str, bytes]:
    """``graph.html`` and ``graph.graphml`` for a build (what ``kg build`` writes beside kg.ttl)."""
    G = to_networkx(dataset)
    layout(G)
    return {"graph.html": render_html(G, script=script).encode("utf-8"), "graph.graphml": graphml(G)}


#: rdflib format of each graph file extension
_FORMATS = {".trig": "trig", ".nq": "nquads", ".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld"}


def load_dataset(path: str | os.PathLike[str]) -> Graph:
    """A graph file of a build (or a build folder: kg.trig, kg.nq or kg.ttl) as an rdflib Dataset."""
    from rdflib import Dataset

    from .errors import KgError

    p = Path(path)
    if p.is_dir():
        for name in ("kg.trig", "kg.nq", "kg.ttl"):
            if (p / name).is_file():
                p = p / name
                break
        else:
            raise KgError("no-graph", str(p))
    fmt = _FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise KgError("graph-format", str(p), detail=p.suffix or "(none)")
    if not p.is_file():
        raise KgError("missing", str(p))
    ds = Dataset()
    try:
        ds.parse(p, format=fmt)
    except Exception as exc:  # rdflib raises many kinds of errors for bad syntax
        raise KgError("graph-unloadable", str(p), detail=f"{type(exc).__name__}: {exc}") from None
    return ds


# --------------------------------------------------------------------------------------------
# A generated graph (benchmarks and tests)
# --------------------------------------------------------------------------------------------


def synthetic_graph(n_nodes: int, seed: int = 0) -> nx.MultiDiGraph:
    """A graph shaped like a large build, for benchmarks and tests: documents on a few topics
    mention mostly entities of their topic (and a few entities mentioned everywhere), entities
    relate to entities of their topic, indicators carry figures about entities. Same attributes
    as :func:`to_networkx`."""
    import networkx as nx

    rnd = random.Random(seed)
    G = nx.MultiDiGraph()
    n_docs = max(2, n_nodes // 40)
    n_ind = max(1, n_nodes // 5)
    n_ent = max(1, n_nodes - n_docs - n_ind)
    n_topics = max(2, n_nodes // 250)
    entity_kinds = [k for k, *_ in KINDS if k not in ("Indicator", "SourceDocument")]
    weights = [6 if k in ("Region", "Firm", "Person", "Organization") else 2 for k in entity_kinds]
    han = "中国服务贸易文化出海游戏电影网络文学短剧数字平台企业部门政策地区人物指标进出口总额增长"
    docs = [f"doc:{i:06d}" for i in range(n_docs)]
    docs_of: dict[int, list[str]] = defaultdict(list)
    for i, d in enumerate(docs):
        docs_of[i % n_topics].append(d)
        G.add_node(d, kind="SourceDocument", types="kg:SourceDocument", iri=d, labels=[[f"Document {i}", "en", "pref"]],
                   evidence=[], figures=[], docs=[d], identifier=f"{i:06d}.txt")
    ents: list[str] = []
    ents_of: dict[int, list[str]] = defaultdict(list)
    hubs = max(1, n_ent // 200)
    for i in range(n_ent):
        topic = rnd.randrange(n_topics)
        kind = rnd.choices(entity_kinds, weights)[0]
        word = "".join(rnd.choice(han) for _ in range(rnd.randint(2, 5)))
        nid = f"ent:{i:06d}"
        if i < hubs:  # mentioned everywhere
            ev_docs = sorted(rnd.sample(docs, min(len(docs), max(2, n_docs // 3))))
        else:
            pool = docs_of[topic] if rnd.random() < 0.9 else docs
            ev_docs = sorted({rnd.choice(pool) for _ in range(rnd.choice((1, 1, 1, 2, 3)))})
        evidence = [{"doc": d, "start": 10 * i, "end": 10 * i + len(word), "prefix": "据报道，",
                     "exact": word, "suffix": f"在{2020 + i % 6}年表现突出。"} for d in ev_docs]
        G.add_node(nid, kind=kind, types=f"kg:{kind}", iri=nid,
                   labels=[[word, "zh-Hans", "pref"], [to_traditional(word), "zh-Hant", "pref"], [f"Entity {i}", "en", "pref"]],
                   evidence=evidence, figures=[], docs=ev_docs)
        for d in ev_docs:
            G.add_edge(d, nid, key="kg:mentions", relation=str(KG.mentions), evidence=[], count=1)
        pool = ents_of[topic] if rnd.random() < 0.85 else ents
        if pool and rnd.random() < 0.5:
            other = pool[int(rnd.random() ** 2 * len(pool))]
            G.add_edge(nid, other, key="kg:locatedIn", relation=str(KG.locatedIn), evidence=evidence[:1], count=1)
        ents.append(nid)
        ents_of[topic].append(nid)
    for i in range(n_ind):
        nid = f"ind:{i:06d}"
        about = ents[rnd.randrange(len(ents))]
        doc = rnd.choice(G.nodes[about]["docs"])
        fig = {"id": f"obs:{i:06d}", "indicator": nid, "growth": False, "unit": "CCY_CNY",
               "value": f"{rnd.randint(1, 999)}00000000.0", "period": str(2020 + i % 6), "comparison": "",
               "about": [about], "area": [],
               "evidence": [{"doc": doc, "start": i, "end": i + 6, "prefix": "全年", "exact": "1000亿元", "suffix": "。"}]}
        G.add_node(nid, kind="Indicator", types="kg:Indicator", iri=nid, labels=[[f"指标{i}", "zh-Hans", "pref"]],
                   evidence=[], figures=[fig], docs=[doc])
        G.nodes[about]["figures"].append(fig)
        G.add_edge(about, nid, key="figure", relation="figure", evidence=[], count=1, figures=[fig["id"]])
        G.add_edge(doc, nid, key="figure", relation="figure", evidence=[], count=1, figures=[fig["id"]])
    G.graph["terms"] = {}
    return G
