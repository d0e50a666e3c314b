"""IRIs of the nodes the build mints: stable keys only (hashes, slugs), never run order."""

from __future__ import annotations

from rdflib import URIRef

from ..namespaces import EVENT, IND, OBS, ORGN, PERIOD, PERSON, PLACE, POLICY, WORK

ENTITY_NAMESPACES = {"work": WORK, "orgn": ORGN, "place": PLACE, "person": PERSON, "policy": POLICY, "event": EVENT}


def entity_iri(key: str) -> URIRef:
    """IRI of an entity from its key ``"<kind>/<slug>"`` (see :class:`kg.model.Entity`)."""
    kind, _, slug = key.partition("/")
    return ENTITY_NAMESPACES[kind][slug]


def indicator_iri(key: str) -> URIRef:
    return IND[key]


def observation_iri(key: str) -> URIRef:
    return OBS[key]


def period_iri(label: str) -> URIRef:
    """An interval such as ``2024-H1`` or ``2024-01/2024-10`` (``/`` becomes ``--``)."""
    return PERIOD[label.replace("/", "--")]
