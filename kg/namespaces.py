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
#: Instance namespaces, one per kind of node, so Turtle can write them as
#: readable prefixed names (``doc:4ec4db255a748463``, ``orgn:国际商报``).
DOC = Namespace(BASE + "id/doc/")
ART = Namespace(BASE + "id/article/")
GRAPH = Namespace(BASE + "id/graph/")
ANN = Namespace(BASE + "id/ann/")
DUP = Namespace(BASE + "id/dup/")
BUILD = Namespace(BASE + "id/build/")
ORGN = Namespace(BASE + "id/org/")
WORK = Namespace(BASE + "id/work/")
PLACE = Namespace(BASE + "id/place/")
PERSON = Namespace(BASE + "id/person/")
POLICY = Namespace(BASE + "id/policy/")
EVENT = Namespace(BASE + "id/event/")
OBS = Namespace(BASE + "id/obs/")
PERIOD = Namespace(BASE + "id/period/")
STMT = Namespace(BASE + "id/stmt/")
ROLE = Namespace(BASE + "id/role/")
#: Cross-document checks (agreements, conflicts, implied levels, magnitude flags).
CHECK = Namespace(BASE + "id/check/")
#: Indicator concepts (SKOS).
IND = Namespace(BASE + "id/indicator/")

#: schema.org as an open namespace (rdflib's SDO warns on newer terms such as observationAbout)
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
SDMX_MEASURE = Namespace("http://purl.org/linked-data/sdmx/2009/measure#")
SDMX_ATTRIBUTE = Namespace("http://purl.org/linked-data/sdmx/2009/attribute#")
SDMX_DIMENSION = Namespace("http://purl.org/linked-data/sdmx/2009/dimension#")
UNIT = Namespace("http://qudt.org/vocab/unit/")
SH = Namespace("http://www.w3.org/ns/shacl#")

PREFIXES: dict[str, Namespace] = {
    "kg": KG,
    "kgr": KGR,
    "doc": DOC,
    "art": ART,
    "graph": GRAPH,
    "ann": ANN,
    "dup": DUP,
    "build": BUILD,
    "orgn": ORGN,
    "work": WORK,
    "place": PLACE,
    "person": PERSON,
    "policy": POLICY,
    "event": EVENT,
    "obs": OBS,
    "period": PERIOD,
    "stmt": STMT,
    "role": ROLE,
    "check": CHECK,
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
