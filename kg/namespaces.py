"""Every namespace the project uses, bound in one place.

Stages import their namespaces from here and call :func:`bind` on every graph
they create, so prefixes are identical in every export. The vocabularies (ours,
schema.org, rdflib's RDF, XSD...) are :class:`Vocabulary` namespaces, which make
each term once; the namespaces of minted instances (``DOC``, ``ANN``...) are
rdflib's plain ``Namespace``.
"""

from __future__ import annotations

from typing import Optional

from rdflib import Graph, Namespace, URIRef
from rdflib import namespace as _rdflib


class Vocabulary(Namespace):
    """A :class:`~rdflib.Namespace` of vocabulary terms (classes, properties, concepts) that makes
    each term once: ``KG.Build`` is the same URIRef object every time it is written.

    rdflib's ``Namespace`` makes a new URIRef on every ``KG.Build``, and its closed namespaces
    (``RDF.type``) check the name on every lookup; the RDF stage looks terms up hundreds of
    thousands of times. A term made once is an attribute of the namespace from then on (a plain
    attribute read), and being the same object everywhere, dictionaries keyed by terms find it by
    identity instead of comparing strings with rdflib's ``__eq__`` (a Python call).

    The terms are ordinary URIRefs; ``defined`` (one of rdflib's closed namespaces, such as
    ``rdflib.namespace.RDF``) makes the first lookup of each name go through it, so unknown names
    fail or warn as they do there. Only vocabularies belong here: the terms are kept for the life
    of the process, which is right for a vocabulary and wrong for minted instance IRIs.
    """

    def __new__(cls, value: str, defined: Optional[type] = None) -> "Vocabulary":
        ns = super().__new__(cls, value)
        ns.__terms = {}  # name -> term, for ``NS[name]``
        ns.__defined = defined
        return ns

    def term(self, name: str) -> URIRef:
        got = self.__terms.get(name)
        if got is None:
            got = self.__defined[name] if self.__defined is not None else super().term(name)
            self.__terms[name] = got
        return got

    def __getattr__(self, name: str) -> URIRef:
        # only called for a name met the first time: the term then becomes an attribute
        if name.startswith("__"):  # ignore any special Python names, as rdflib does
            raise AttributeError(name)
        got = self.term(name)
        setattr(self, name, got)
        return got

    def adopt(self, iri: URIRef) -> URIRef:
        """The term for ``iri`` (an IRI in this namespace): the one made before, else ``iri``
        itself, which the namespace keeps from now on."""
        return self.__terms.setdefault(iri[len(self):], iri)

    def __reduce__(self):
        return type(self), (str(self), self.__defined)


def vocabulary(defined: type) -> Vocabulary:
    """One of rdflib's closed namespaces (``rdflib.namespace.RDF``...) as a :class:`Vocabulary`."""
    return Vocabulary(str(defined), defined)


def vocabulary_term(iri: URIRef) -> URIRef:
    """The vocabularies' own object for ``iri`` (``KG.Work`` for kg:Work, whichever object
    ``iri`` is), or ``iri`` itself when it is in none of the vocabularies of :data:`PREFIXES`.

    For terms read from elsewhere (the ontology file) that the build then writes or looks up.
    """
    for ns in _VOCABULARIES:
        if iri.startswith(ns):
            return ns.adopt(iri)
    return iri


DCTERMS = vocabulary(_rdflib.DCTERMS)
ORG = vocabulary(_rdflib.ORG)
OWL = vocabulary(_rdflib.OWL)
PROV = vocabulary(_rdflib.PROV)
QB = vocabulary(_rdflib.QB)
RDF = vocabulary(_rdflib.RDF)
RDFS = vocabulary(_rdflib.RDFS)
SKOS = vocabulary(_rdflib.SKOS)
TIME = vocabulary(_rdflib.TIME)
XSD = vocabulary(_rdflib.XSD)

#: Base of everything the project mints.
BASE = "https://w3id.org/cstkg/"

#: The ontology (classes and properties).
KG = Vocabulary(BASE + "def#")
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
SCHEMA = Vocabulary("https://schema.org/")
OA = Vocabulary("http://www.w3.org/ns/oa#")
SDMX_MEASURE = Vocabulary("http://purl.org/linked-data/sdmx/2009/measure#")
SDMX_ATTRIBUTE = Vocabulary("http://purl.org/linked-data/sdmx/2009/attribute#")
SDMX_DIMENSION = Vocabulary("http://purl.org/linked-data/sdmx/2009/dimension#")
UNIT = Vocabulary("http://qudt.org/vocab/unit/")
SH = Vocabulary("http://www.w3.org/ns/shacl#")

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

#: the vocabularies of PREFIXES, longest namespace first (the first that starts an IRI is the longest)
_VOCABULARIES = sorted((ns for ns in PREFIXES.values() if isinstance(ns, Vocabulary)), key=len, reverse=True)


def bind(graph: Graph) -> Graph:
    """Bind the project's prefixes on ``graph`` (replacing rdflib's defaults) and return it."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph
