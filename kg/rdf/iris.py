"""IRIs of the nodes the build mints: stable keys only (hashes, slugs), never run order."""

from __future__ import annotations

from rdflib import URIRef

from ..namespaces import EVENT, IND, OBS, ORGN, PERIOD, PERSON, PLACE, POLICY, WORK
from .terms import interned

ENTITY_NAMESPACES = {"work": WORK, "orgn": ORGN, "place": PLACE, "person": PERSON, "policy": POLICY, "event": EVENT}


@interned
def entity_iri(key: str) -> URIRef:
    """IRI of an entity from its key ``"<kind>/<slug>"`` (see :class:`kg.model.Entity`)."""
    kind, _, slug = key.partition("/")
    return ENTITY_NAMESPACES[kind][slug]


@interned
def indicator_iri(key: str) -> URIRef:
    return IND[key]


@interned
def observation_iri(key: str) -> URIRef:
    return OBS[key]


@interned
def period_iri(label: str) -> URIRef:
    """An interval such as ``2024-H1`` or ``2024-01/2024-10`` (``/`` becomes ``--``)."""
    return PERIOD[label.replace("/", "--")]
