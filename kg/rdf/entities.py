"""Stage 4b: entities and relations in each document's named graph, with their evidence.

Entry function: :func:`add_entities`. For every entity, in every document graph
that mentions it: ``rdf:type kg:<Type>``, ``skos:prefLabel`` (at most one per
language tag), ``rdfs:label`` mirroring each preferred label, ``skos:altLabel`` for
every other surface form met, ``schema:sameAs`` for verified external ids only,
one evidence annotation per mention (motivation ``oa:identifying``) and
``kg:mentions`` from the article that contains the mention.

For every relation: the direct triple (an IRI object, or a typed date literal)
and a ``kg:RelationStatement`` node (``rdf:subject``, ``rdf:predicate``,
``rdf:object``) that is the body of one annotation per stated occurrence. A
person's position is a ``kg:Role`` node (``org:member``, ``org:organization``,
``schema:roleName``) beside the ``schema:worksFor`` shortcut.

IRIs come from entity keys (``<kind>/<slug>``) and content hashes: no blank
nodes, nothing that depends on run order.
"""

from __future__ import annotations

import re
from typing import Optional

from rdflib import Literal, URIRef

from ..model import Document, Entity, Relation, RelationMention
from ..namespaces import KG, KGR, ORG, RDF, RDFS, ROLE, SCHEMA, SKOS, STMT, XSD
from ..normalize import script_of
from . import article_iri
from .terms import iso_literal, literal
from .evidence import add_evidence, stable_hash
from .iris import entity_iri
from .quads import TripleSet

__all__ = ["add_entities", "entity_iri", "PREDICATES"]

#: relation name (as extracted) -> ontology property, by the subject's or object's type where it matters
PREDICATES = {
    "developer": KG.developer,
    "publisher": SCHEMA.publisher,  # kg:availableOn when the object is a kg:Platform
    "producer": SCHEMA.productionCompany,
    "publishedBy": SCHEMA.publisher,
    "issuedBy": KG.issuedBy,
    "releaseDate": SCHEMA.datePublished,  # schema:legislationDate on a kg:Policy
    "releaseMarket": KG.releaseMarket,
    "award": KG.awardReceived,
    "locatedIn": KG.locatedIn,
    "withinRegion": KG.withinRegion,
    "jurisdiction": KG.locatedIn,  # a body's seat; schema:legislationJurisdiction on a kg:Policy
    "roleAt": SCHEMA.worksFor,  # plus a kg:Role node
}


def _predicate(rel: Relation, types: dict[str, str]) -> Optional[URIRef]:
    p = rel.predicate
    if p == "publisher" and rel.object and types.get(rel.object) == "Platform":
        return KG.availableOn
    if p == "releaseDate" and types.get(rel.subject) == "Policy":
        return SCHEMA.legislationDate
    if p == "jurisdiction" and types.get(rel.subject) == "Policy":
        return SCHEMA.legislationJurisdiction
    return PREDICATES.get(p)


def _date(iso: str) -> Literal:
    return iso_literal(iso)


def add_entities(graphs: dict[str, TripleSet], entities: list[Entity], relations: list[Relation],
                 documents: dict[str, Document]) -> None:
    """Write entities and relations into the named graph of each document that states them."""
    types = {e.key: e.type for e in entities}
    for e in sorted(entities, key=lambda x: x.key):
        node = entity_iri(e.key)
        by_doc: dict[str, list] = {}
        for m in e.mentions:
            by_doc.setdefault(m.doc_id, []).append(m)
        for doc_id in sorted(by_doc):
            g = graphs.get(doc_id)
            doc = documents.get(doc_id)
            if g is None or doc is None:
                continue
            g.add((node, RDF.type, KG[e.type]))
            for text, lang in e.pref_labels:
                g.add((node, SKOS.prefLabel, literal(text, lang=lang)))
                g.add((node, RDFS.label, literal(text, lang=lang)))
            for text, lang in e.alt_labels:
                g.add((node, SKOS.altLabel, literal(text, lang=lang)))
            for iri in e.same_as:
                g.add((node, SCHEMA.sameAs, URIRef(iri)))
            for m in sorted(by_doc[doc_id], key=lambda m: (m.start, m.end)):
                add_evidence(g, node, doc, m.start, m.end)
                if 0 <= m.sentence < len(doc.sentences):
                    art = doc.sentences[m.sentence].article
                    if art > 0:
                        g.add((article_iri(doc_id, art), KG.mentions, node))

    for rel in relations:
        pred = _predicate(rel, types)
        if pred is None:
            continue
        subj = entity_iri(rel.subject)
        if rel.object is not None:
            obj = entity_iri(rel.object)
        elif rel.literal:
            obj = _date(rel.literal)
        else:
            continue
        stmt = STMT[stable_hash(rel.subject, pred, rel.object or rel.literal, rel.role or "")]
        role_node = None
        if rel.predicate == "roleAt" and rel.object is not None and rel.role:
            role_node = ROLE[stable_hash(rel.subject, rel.object, rel.role)]
        for rm in sorted(rel.evidence, key=lambda r: (r.doc_id, r.start, r.end)):
            g = graphs.get(rm.doc_id)
            doc = documents.get(rm.doc_id)
            if g is None or doc is None:
                continue
            g.add((subj, pred, obj))
            g.add((stmt, RDF.type, KG.RelationStatement))
            g.add((stmt, RDF.subject, subj))
            g.add((stmt, RDF.predicate, pred))
            g.add((stmt, RDF.object, obj))
            add_evidence(g, stmt, doc, rm.start, rm.end)
            if role_node is not None:
                g.add((role_node, RDF.type, KG.Role))
                g.add((role_node, ORG.member, subj))
                g.add((role_node, ORG.organization, obj))
                g.add((role_node, SCHEMA.roleName, literal(rel.role, lang=_role_lang(rel.role, rm))))
                add_evidence(g, role_node, doc, rm.start, rm.end)


def _role_lang(role: str, rm: RelationMention) -> str:
    neutral = rm.subject.lang if rm.subject.lang != "en" else "zh-Hans"
    return script_of(role, neutral)
