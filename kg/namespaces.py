"""Every namespace the project uses, bound in one place.

Stages import their namespaces from here and call :func:`bind` on every graph
they create, so prefixes are identical in every export.
"""

from __future__ import annotations

from rdflib import Graph, Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, QB, RDF, RDFS, SDO, SKOS, TIME, XSD, ORG

#: Base of everything the project mints.
BASE = "https://w3id.org/cstkg/"

#: The ontology (classes and properties).
KG = Namespace(BASE + "def#")
#: Instance data (documents, entities, observations, annotations...).
KGR = Namespace(BASE + "id/")
#: Indicator concepts (SKOS).
IND = Namespace(BASE + "id/indicator/")

SCHEMA = SDO  # https://schema.org/
OA = Namespace("http://www.w3.org/ns/oa#")
SDMX_MEASURE = Namespace("http://purl.org/linked-data/sdmx/2009/measure#")
SDMX_ATTRIBUTE = Namespace("http://purl.org/linked-data/sdmx/2009/attribute#")
SDMX_DIMENSION = Namespace("http://purl.org/linked-data/sdmx/2009/dimension#")
UNIT = Namespace("http://qudt.org/vocab/unit/")
SH = Namespace("http://www.w3.org/ns/shacl#")

PREFIXES: dict[str, Namespace] = {
    "kg": KG,
    "kgr": KGR,
    "ind": IND,
    "schema": SCHEMA,
    "oa": OA,
    "prov": PROV,
    "skos": SKOS,
    "qb": QB,
    "sdmx-measure": SDMX_MEASURE,
    "sdmx-attribute": SDMX_ATTRIBUTE,
    "sdmx-dimension": SDMX_DIMENSION,
    "unit": UNIT,
    "time": TIME,
    "org": ORG,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "dcterms": DCTERMS,
    "sh": SH,
}


def bind(graph: Graph) -> Graph:
    """Bind the project's prefixes on ``graph`` (replacing rdflib's defaults) and return it."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph
