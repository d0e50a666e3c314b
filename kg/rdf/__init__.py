"""Stage 4: the RDF dataset (package: documents here; evidence, entities, observations beside).

Entry function: :func:`build_dataset`. One named graph per source document
holds everything derived from it (the document's description, its articles,
the publications it names, and the evidence annotations); the default graph
holds the build activity and what each named graph was derived from.

IRIs come from stable keys (content hashes, canonical-name slugs), never from
run order, and no blank nodes are minted, so the same input gives the same
triples.
"""

from __future__ import annotations

import gc
import hashlib
import re
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional

from rdflib import Graph, Literal, URIRef

from .. import __version__
from ..model import Document, Duplication, Resolution
from ..namespaces import (ART, BUILD, DOC, DUP, GRAPH, KG, OA, ORGN, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, XSD,
                          vocabulary_term)
from ..normalize import HAN_CLASS, script_of, to_simplified
from .evidence import add_evidence, doc_iri, stable_hash as _hash
from .quads import Quads, TripleSet
from .terms import forget_interned, interned, literal


@dataclass(frozen=True)
class BuildInfo:
    """What the build activity node says about the run."""

    input_hash: str  #: sha256 over the sorted document hashes and the tool version
    tool_version: str = __version__


@interned
def graph_iri(doc_id: str) -> URIRef:
    return GRAPH[doc_id]


@interned
def article_iri(doc_id: str, n: int) -> URIRef:
    return ART[f"{doc_id}-{n}"]


def slug(name: str) -> str:
    """A stable IRI segment for a canonical name: width- and script-folded, lower case."""
    s = to_simplified(unicodedata.normalize("NFKC", name)).strip().lower()
    s = re.sub(r"[\s_]+", "-", s)
    s = re.sub(rf"[^0-9a-z\-{HAN_CLASS}]", "", s)
    s = re.sub(r"-{2,}", "-", s).strip("-")
    return s or "h-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]


def split_bilingual(text: str) -> list[tuple[str, str]]:
    """A title such as ``中文标题 English Title`` as ``[(中文标题, zh-…), (English Title, en)]``.

    A title in one script comes back whole with its script tag.
    """
    m = re.match(rf"^(.*[{HAN_CLASS}][^A-Za-z]*?)\s+([A-Z][A-Za-z0-9'’:,\-\s&]{{8,}})$", text.strip())
    if m and len(re.findall(r"[A-Za-z]+", m.group(2))) >= 3:
        zh, en = m.group(1).strip(), m.group(2).strip()
        return [(zh, script_of(zh)), (en, "en")]
    return [(text, script_of(text))]


def _lang_literal(text: str) -> Literal:
    return literal(text, lang=script_of(text))


def _date_literal(iso: str) -> Literal:
    return literal(iso, datatype=XSD.dateTime if "T" in iso else XSD.date)


_ORG_HEAD = re.compile(r"(协会|協會|学会|學會|联盟|聯盟|联合会|聯合會|商会|商會|基金会|基金會|秘书处|秘書處|研究院|研究所|中心|委员会|委員會|部|局|厅|廳|大学|大學)$")


def _publication(g: TripleSet, doc: Document, name: str, span: Optional[tuple[int, int]]) -> URIRef:
    """A publication (or publishing body) named by the text, with evidence."""
    node = ORGN[slug(name)]
    cls = KG.Organization if _ORG_HEAD.search(name) else KG.MediaOutlet
    g.add((node, RDF.type, cls))
    lit = _lang_literal(name)
    g.add((node, SKOS.prefLabel, lit))
    g.add((node, RDFS.label, lit))
    if span:
        add_evidence(g, node, doc, *span)
    return node


def _describe_document(g: TripleSet, doc: Document) -> None:
    src = doc.source
    d = doc_iri(doc.doc_id)
    g.add((d, RDF.type, KG.SourceDocument))
    g.add((d, SCHEMA.identifier, literal(src.name)))
    g.add((d, KG.sha256, literal(src.sha256)))
    g.add((d, KG.characterEncoding, literal(src.encoding)))
    g.add((d, SCHEMA.encodingFormat, literal(src.media_type)))
    g.add((d, KG.byteSize, literal(src.byte_size, datatype=XSD.nonNegativeInteger)))
    g.add((d, KG.characterCount, literal(len(src.text), datatype=XSD.nonNegativeInteger)))
    g.add((d, KG.sentenceCount, literal(len(doc.sentences), datatype=XSD.nonNegativeInteger)))
    g.add((d, KG.primaryScript, literal(doc.primary_script)))
    for s in doc.scripts:
        g.add((d, SCHEMA.inLanguage, literal(s)))
    if doc.title:
        for text, lang in split_bilingual(doc.title):
            g.add((d, SCHEMA.name, literal(text, lang=lang)))
    publisher = _publication(g, doc, doc.publisher, doc.publisher_span) if doc.publisher else None
    if publisher is not None:
        g.add((d, SCHEMA.publisher, publisher))
    if doc.date:
        g.add((d, SCHEMA.datePublished, _date_literal(doc.date)))

    for art in doc.articles:
        a = article_iri(doc.doc_id, art.index)
        g.add((d, SCHEMA.hasPart, a))
        g.add((a, RDF.type, KG.Article))
        g.add((a, SCHEMA.isPartOf, d))
        g.add((a, SCHEMA.position, literal(art.index, datatype=XSD.integer)))
        if art.title:
            for text, lang in split_bilingual(art.title):
                g.add((a, SCHEMA.name, literal(text, lang=lang)))
        if art.source:
            g.add((a, SCHEMA.publisher, _publication(g, doc, art.source, art.source_span)))
        elif publisher is not None and len(doc.articles) == 1:
            g.add((a, SCHEMA.publisher, publisher))
        if art.date or (doc.date and len(doc.articles) == 1):
            g.add((a, SCHEMA.datePublished, _date_literal(art.date or doc.date)))
        if art.duplicate_of:
            g.add((a, KG.duplicateOf, article_iri(*art.duplicate_of)))
        add_evidence(g, a, doc, art.start, art.end, OA.describing, whole_span=True)


def _describe_duplication(g: TripleSet, dup: Duplication) -> None:
    key = _hash(dup.original_doc, dup.original, dup.copy_doc, dup.copy)
    node = DUP[key]
    g.add((node, RDF.type, KG.TextDuplication))
    g.add((node, KG.similarity, literal(f"{dup.similarity:.3f}", datatype=XSD.decimal)))
    for role, doc_id, (start, end) in ((KG.original, dup.original_doc, dup.original),
                                       (KG.copy, dup.copy_doc, dup.copy)):
        name = "original" if role == KG.original else "copy"
        target, pos = DUP[f"{key}-{name}"], DUP[f"{key}-{name}-pos"]
        g.add((node, role, target))
        g.add((target, RDF.type, OA.SpecificResource))
        g.add((target, OA.hasSource, doc_iri(doc_id)))
        g.add((target, OA.hasSelector, pos))
        g.add((pos, RDF.type, OA.TextPositionSelector))
        g.add((pos, OA.start, literal(start, datatype=XSD.nonNegativeInteger)))
        g.add((pos, OA.end, literal(end, datatype=XSD.nonNegativeInteger)))


def input_hash(documents: Iterable[Document]) -> str:
    h = hashlib.sha256(__version__.encode("utf-8"))
    for sha in sorted(d.source.sha256 for d in documents):
        h.update(sha.encode("ascii"))
    return h.hexdigest()


def build_dataset(documents: list[Document], duplications: list[Duplication],
                  info: Optional[BuildInfo] = None, resolution: Optional[Resolution] = None) -> Quads:
    """The whole build as :class:`~kg.rdf.quads.Quads` (one named graph per document);
    ``.to_dataset()`` gives it as an rdflib Dataset."""
    try:
        with _cycle_collection_paused():
            return _build_dataset(documents, duplications, info, resolution)
    finally:
        forget_interned()  # the graphs hold the terms they use: the caches need not outlive the build


@contextmanager
def _cycle_collection_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the block (if it was running).

    The stage makes millions of tuples and terms, none in a reference cycle (reference counting
    frees what it drops), and every full collection walks all of them again: at 1,000 documents a
    third of the stage went to collections that found nothing.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _build_dataset(documents: list[Document], duplications: list[Duplication],
                   info: Optional[BuildInfo], resolution: Optional[Resolution]) -> Quads:
    info = info or BuildInfo(input_hash=input_hash(documents))
    ds = Quads()
    build = BUILD[info.input_hash[:16]]
    default = ds.default
    default.add((build, RDF.type, KG.Build))
    default.add((build, KG.toolVersion, literal(info.tool_version)))
    default.add((build, KG.inputHash, literal(info.input_hash)))
    graphs: dict[str, TripleSet] = {}
    for doc in documents:
        gid = graph_iri(doc.doc_id)
        g = ds.graph(gid)
        graphs[doc.doc_id] = g
        default.add((gid, PROV.wasDerivedFrom, doc_iri(doc.doc_id)))
        default.add((gid, PROV.wasGeneratedBy, build))
        default.add((build, PROV.used, doc_iri(doc.doc_id)))
        _describe_document(g, doc)
    for dup in duplications:
        _describe_duplication(graphs[dup.copy_doc], dup)
    if resolution is not None:
        from .entities import add_entities
        from .iris import entity_iri
        from .observations import add_observations

        by_id = {d.doc_id: d for d in documents}
        add_entities(graphs, list(resolution.entities), list(resolution.relations), by_id)
        add_observations(graphs, default, list(resolution.indicators), list(resolution.observations), by_id, entity_iri)
        _count_documents(default, graphs.values())
        if resolution.checks:
            from .checks import add_checks

            checks = TripleSet()
            add_checks(checks, list(resolution.checks), {o.key: o for o in resolution.observations}, build, entity_iri)
            materialize_alignment(checks)
            for t in checks:
                default.add(t)
    for g in graphs.values():
        materialize_alignment(g)
    return ds


def _count_documents(default: TripleSet, graphs: Iterable[TripleSet]) -> None:
    """``entity kg:documentCount N``: in how many document graphs an article mentions the entity."""
    counts: dict[URIRef, int] = {}
    mentions = {KG.mentions}  # a set: other predicates differ by hash, without a call to rdflib's __eq__
    for g in graphs:
        for entity in {o for _, p, o in g if p in mentions}:
            counts[entity] = counts.get(entity, 0) + 1
    for entity in sorted(counts):
        default.add((entity, KG.documentCount, literal(counts[entity], datatype=XSD.nonNegativeInteger)))


def materialize_alignment(g: TripleSet) -> None:
    """State the aligned vocabulary's terms next to ours, so tools that know schema.org, Data Cube,
    PROV or Web Annotation but not ``kg:`` read the graph unaided.

    For every ``x a kg:C``, add ``x a S`` for each superclass S of C outside ``kg:`` (from
    ``ontology/kg.ttl``); for every ``x kg:p y``, add ``x q y`` for each super-property or
    equivalent property q outside ``kg:``; ``skos:prefLabel`` is also ``schema:name`` and
    ``skos:altLabel`` ``schema:alternateName``.
    """
    classes, props = _alignment()
    rdf_type = RDF.type
    added = []
    for s_, p_, o_ in g:
        sups = props.get(p_)  # one look-up per triple, where terms are mostly found by identity
        if sups is None:
            continue
        if sups is _BY_CLASS:
            sups = classes.get(o_)
            if sups is not None:
                added.extend((s_, rdf_type, sup) for sup in sups)
        else:
            added.extend((s_, sup, o_) for sup in sups)
    for t in added:
        g.add(t)


#: what :func:`_alignment` maps ``rdf:type`` to: the terms added depend on the class
_BY_CLASS: list = []


def _alignment() -> tuple[dict, dict]:
    """``(classes, properties)``: each ``kg:`` class with its superclasses outside ``kg:``; each
    predicate with the properties it also states (``kg:`` properties with their super- and equivalent
    properties outside ``kg:``, ``skos:prefLabel`` and ``skos:altLabel`` with schema.org's), and
    ``rdf:type`` with :data:`_BY_CLASS`. Terms are the vocabularies' own objects
    (:func:`~kg.namespaces.vocabulary_term`), as the rest of the stage writes them."""
    global _ALIGNMENT
    try:
        return _ALIGNMENT
    except NameError:
        pass
    from ..resources import ontology_dir

    onto = Graph().parse(ontology_dir() / "kg.ttl", format="turtle")
    kg_ns = str(KG)

    def ancestors(term, rel, eq):
        seen, todo = set(), [term]
        while todo:
            t = todo.pop()
            for sup in list(onto.objects(t, rel)) + list(onto.objects(t, eq)) + list(onto.subjects(eq, t)):
                if isinstance(sup, URIRef) and sup not in seen:
                    seen.add(sup)
                    todo.append(sup)
        return [vocabulary_term(x) for x in sorted(x for x in seen if not str(x).startswith(kg_ns) and x != term)]

    classes = {vocabulary_term(c): ancestors(c, RDFS.subClassOf, OWL.equivalentClass)
               for c in onto.subjects(RDF.type, OWL.Class) if str(c).startswith(kg_ns)}
    props = {}
    for kind in (OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property):
        for p_ in onto.subjects(RDF.type, kind):
            if str(p_).startswith(kg_ns):
                props[vocabulary_term(p_)] = ancestors(p_, RDFS.subPropertyOf, OWL.equivalentProperty)
    props = {k: v for k, v in props.items() if v}
    props[SKOS.prefLabel] = [SCHEMA.name]
    props[SKOS.altLabel] = [SCHEMA.alternateName]
    props[RDF.type] = _BY_CLASS
    _ALIGNMENT = ({k: v for k, v in classes.items() if v}, props)
    return _ALIGNMENT
