"""The ontology (ontology/kg.ttl, units.ttl), its consistency with shapes.ttl and checks/*.rq,
and the generated documentation (ontology/ONTOLOGY.md, kg/ontodoc.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pyshacl
import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from kg.namespaces import KG, PREFIXES, SH
from kg.ontodoc import generate
from kg.resources import ontology_dir

FOLDER = ontology_dir()
QUDT = Namespace("http://qudt.org/schema/qudt/")
UNIT = Namespace("http://qudt.org/vocab/unit/")
KGSH = Namespace("https://w3id.org/cstkg/shapes#")
ONTOLOGY_IRI = URIRef("https://w3id.org/cstkg/def")
SDO = Namespace("https://schema.org/")  # a plain Namespace: pytest probes module attributes
PROPERTY_TYPES = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property)

#: Characters that occur only in Traditional Chinese: none may appear in an @zh-Hans string.
TRADITIONAL_ONLY = set("們這會國與為發業務貿經濟據點數實際標準總額進處電視節劇遊戲應網絡說從對過於關機構區級歲廣場類礎產條門體資讓華灣東義號雙")


@pytest.fixture(scope="module")
def ont() -> Graph:
    return Graph().parse(FOLDER / "kg.ttl", format="turtle")


@pytest.fixture(scope="module")
def units() -> Graph:
    return Graph().parse(FOLDER / "units.ttl", format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(FOLDER / "shapes.ttl", format="turtle")


@pytest.fixture(scope="module")
def both(ont, units) -> Graph:
    graph = Graph()
    graph += ont
    graph += units
    return graph


def _local(graph: Graph, types) -> set[URIRef]:
    return {s for t in types for s in graph.subjects(RDF.type, t) if isinstance(s, URIRef) and s.startswith(KG)}


def _classes(graph: Graph) -> set[URIRef]:
    return _local(graph, [OWL.Class])


def _properties(graph: Graph) -> set[URIRef]:
    return _local(graph, PROPERTY_TYPES)


def _ancestors(graph: Graph, cls: URIRef) -> set[URIRef]:
    return set(graph.transitive_objects(cls, RDFS.subClassOf)) - {cls}


def _descendants(graph: Graph, cls: URIRef) -> set[URIRef]:
    return set(graph.transitive_subjects(RDFS.subClassOf, cls))


# ----------------------------------------------------------------------------------------------
# Parsing and header
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["kg.ttl", "units.ttl", "shapes.ttl"])
def test_files_parse(name):
    assert len(Graph().parse(FOLDER / name, format="turtle")) > 50


def test_ontology_header(ont):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ont
    assert ont.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    for prop in (DCTERMS.title, DCTERMS.description):
        langs = {o.language for o in ont.objects(ONTOLOGY_IRI, prop)}
        assert langs == {"en", "zh-Hans"}, prop
    assert ont.value(ONTOLOGY_IRI, DCTERMS.license) is not None


def test_prefixes_agree_with_namespaces_module():
    """Every prefix a Turtle file declares that kg.namespaces also knows maps to the same IRI."""
    for name in ("kg.ttl", "units.ttl", "shapes.ttl"):
        graph = Graph(bind_namespaces="none").parse(FOLDER / name, format="turtle")
        for prefix, ns in graph.namespace_manager.namespaces():
            if prefix in PREFIXES:
                assert str(ns) == str(PREFIXES[prefix]), f"{name}: {prefix}"


# ----------------------------------------------------------------------------------------------
# Labels and definitions
# ----------------------------------------------------------------------------------------------


def _terms(both: Graph) -> list[URIRef]:
    """Every kg: term: classes, properties and individuals (qualifiers, schemes, local units)."""
    return sorted({s for s in both.subjects(RDF.type, None) if isinstance(s, URIRef) and s.startswith(KG)})


def test_every_term_has_labels_and_definitions_in_both_languages(both):
    missing = []
    for term in _terms(both):
        for prop in (RDFS.label, SKOS.definition):
            for lang in ("en", "zh-Hans"):
                values = [o for o in both.objects(term, prop) if isinstance(o, Literal) and o.language == lang]
                if len(values) != 1:
                    missing.append(f"{term} {prop} @{lang}: {len(values)}")
    assert not missing, "\n".join(missing)


def test_chinese_is_simplified_and_english_is_english(both):
    for s, p, o in both:
        if not isinstance(o, Literal) or p not in (RDFS.label, SKOS.definition, SKOS.prefLabel, SKOS.scopeNote,
                                                   DCTERMS.title, DCTERMS.description):
            continue
        if o.language == "zh-Hans":
            assert re.search(r"[\u4e00-\u9fff]", o), f"{s} {p}: no Chinese in {o!r}"
            assert not TRADITIONAL_ONLY & set(o), f"{s} {p}: traditional characters {TRADITIONAL_ONLY & set(o)}"
        if o.language == "en" and p in (RDFS.label, SKOS.prefLabel, DCTERMS.title):
            # (definitions and notes may quote Chinese wording as examples)
            assert not re.search(r"[\u4e00-\u9fff]", o), f"{s} {p}: Chinese in {o!r}"


def test_definitions_are_sentences(both):
    for term in _terms(both):
        for o in both.objects(term, SKOS.definition):
            if o.language == "en":
                assert o.endswith(".") and len(o.split()) >= 8, f"{term}: {o!r}"
            if o.language == "zh-Hans":
                assert o.endswith("。") and len(o) >= 12, f"{term}: {o!r}"


# ----------------------------------------------------------------------------------------------
# Classes
# ----------------------------------------------------------------------------------------------

REQUIRED_CLASSES = {
    "Work": ["schema:CreativeWork"], "VideoGame": ["kg:Work", "schema:VideoGame"], "Film": ["kg:Work", "schema:Movie"],
    "WebNovel": ["kg:Work", "schema:Book"], "MicroDrama": ["kg:Work", "schema:TVSeries"],
    "TVSeries": ["kg:Work", "schema:TVSeries"], "VarietyShow": ["kg:Work", "schema:TVSeries"],
    "AppProduct": ["kg:Work", "schema:SoftwareApplication"], "OtherWork": ["kg:Work"],
    "Firm": ["schema:Corporation", "org:FormalOrganization"], "GovernmentBody": ["schema:GovernmentOrganization"],
    "Organization": ["schema:Organization"], "Association": ["kg:Organization"],
    "ResearchInstitute": ["kg:Organization"], "University": ["kg:Organization", "schema:CollegeOrUniversity"],
    "MediaOutlet": ["kg:Organization", "schema:NewsMediaOrganization"], "Platform": ["schema:Service"],
    "Policy": ["schema:Legislation"], "Report": ["schema:Report"], "Region": ["schema:Place"],
    "Country": ["kg:Region", "schema:Country"], "Province": ["kg:Region", "schema:State"],
    "City": ["kg:Region", "schema:City"], "District": ["kg:Region", "schema:AdministrativeArea"],
    "Zone": ["kg:Region", "schema:Place"], "Port": ["kg:Region", "schema:Place"],
    "RegionGroup": ["kg:Region", "schema:Place"], "Person": ["schema:Person"], "Event": ["schema:Event"],
    "Award": ["schema:Intangible"], "SourceDocument": ["schema:DigitalDocument", "prov:Entity"],
    "Article": ["schema:Article"], "Indicator": ["skos:Concept"],
    "Observation": ["qb:Observation", "schema:Observation"], "GrowthObservation": ["kg:Observation"],
    "Build": ["prov:Activity"], "TextDuplication": [], "RelationStatement": ["rdf:Statement"],
    "Role": ["org:Membership"], "Qualifier": ["skos:Concept"],
}


def _expand(curie: str) -> URIRef:
    prefix, _, local = curie.partition(":")
    return URIRef(str(PREFIXES[prefix]) + local)


@pytest.mark.parametrize("name", sorted(REQUIRED_CLASSES))
def test_required_class_and_superclasses(ont, name):
    cls = KG[name]
    assert (cls, RDF.type, OWL.Class) in ont
    for parent in REQUIRED_CLASSES[name]:
        assert (cls, RDFS.subClassOf, _expand(parent)) in ont, f"kg:{name} ⊑ {parent}"


def test_every_class_has_a_schema_org_ancestor(ont):
    for cls in _classes(ont):
        assert any(a.startswith(str(SDO)) for a in _ancestors(ont, cls)), cls


def test_no_class_is_only_local(ont):
    """Every class has a superclass outside kg: directly or through its kg: ancestors."""
    for cls in _classes(ont):
        assert any(not a.startswith(KG) for a in _ancestors(ont, cls)), cls


def test_disjoint_kinds(ont):
    members = []
    for node in ont.subjects(RDF.type, OWL.AllDisjointClasses):
        members.append(set(Collection(ont, ont.value(node, OWL.members))))
    assert {KG.Firm, KG.GovernmentBody, KG.Organization, KG.Work, KG.Region, KG.Person} <= members[0] | members[1]
    assert all(KG.Platform not in m for m in members), "kg:Platform is deliberately not disjoint from kg:Work"


def test_no_named_individuals(both):
    """pyshacl deep-copies owl:NamedIndividual nodes of ont_graph without cycle detection (D10)."""
    assert not list(both.subjects(RDF.type, OWL.NamedIndividual))


# ----------------------------------------------------------------------------------------------
# Properties
# ----------------------------------------------------------------------------------------------

REQUIRED_PROPERTIES = {
    "developer": "schema:creator", "locatedIn": "schema:location", "withinRegion": "schema:containedInPlace",
    "issuedBy": "schema:legislationPassedBy", "mentions": "schema:mentions", "measures": "schema:variableMeasured",
    "sha256": "schema:sha256", "growthOfIndicator": "skos:related",
    "qualifier": None, "rangeLow": None, "rangeHigh": None, "unitImplicit": None, "growthOf": None,
    "comparisonPeriod": None, "countOf": None, "characterEncoding": None, "byteSize": None,
    "characterCount": None, "sentenceCount": None, "primaryScript": None, "duplicateOf": None, "original": None,
    "copy": None, "similarity": None, "toolVersion": None, "inputHash": None, "awardReceived": None,
    "availableOn": None, "releaseMarket": None,
}


@pytest.mark.parametrize("name", sorted(REQUIRED_PROPERTIES))
def test_required_property_and_alignment(ont, name):
    prop = KG[name]
    assert any((prop, RDF.type, t) in ont for t in PROPERTY_TYPES), name
    parent = REQUIRED_PROPERTIES[name]
    if parent:
        assert (prop, RDFS.subPropertyOf, _expand(parent)) in ont, f"kg:{name} ⊑ {parent}"


def test_developer_close_match_is_an_annotation(ont):
    assert (KG.developer, SKOS.closeMatch, URIRef("http://www.wikidata.org/entity/P178")) in ont
    assert (KG.developer, OWL.equivalentProperty, None) not in ont


def test_properties_declare_domain_and_range_includes_but_no_rdfs_domain_or_range(ont):
    """D01: RDFS inference during validation would turn an rdfs:range into a typing rule."""
    for prop in _properties(ont):
        assert list(ont.objects(prop, SDO.domainIncludes)), f"{prop}: no schema:domainIncludes"
        assert list(ont.objects(prop, SDO.rangeIncludes)), f"{prop}: no schema:rangeIncludes"
        assert (prop, RDFS.domain, None) not in ont and (prop, RDFS.range, None) not in ont, prop


def test_domain_and_range_includes_are_defined_terms(both):
    for prop in _properties(both):
        for value in list(both.objects(prop, SDO.domainIncludes)) + list(both.objects(prop, SDO.rangeIncludes)):
            if value.startswith(KG):
                assert (value, RDF.type, OWL.Class) in both, f"{prop}: {value}"


# ----------------------------------------------------------------------------------------------
# Closed lists and consistency with shapes.ttl and checks/
# ----------------------------------------------------------------------------------------------


def _sh_in(shapes: Graph, shape: URIRef) -> set:
    return set(Collection(shapes, shapes.value(shape, SH["in"])))


def test_unit_list_in_shapes_equals_units_ttl(shapes, units):
    declared = set(units.subjects(RDF.type, QUDT.Unit))
    assert _sh_in(shapes, KGSH["Observation-unitMeasure"]) == declared
    assert {u for u in declared if u.startswith(KG)} == {KG.PercentagePoint, KG.Times, KG.TEU, KG.Rank}
    required = {UNIT[n] for n in ("CCY_CNY CCY_USD CCY_HKD CCY_TWD CCY_EUR CCY_JPY CCY_GBP CCY_KRW PERCENT NUM "
                                  "GigaBYTE TeraBYTE DAY HR MIN").split()}
    assert required <= declared
    assert all(u.startswith(str(UNIT)) or u.startswith(KG) for u in declared)
    for unit in declared:
        assert {o.language for o in units.objects(unit, RDFS.label)} == {"en", "zh-Hans"}, unit


def test_growth_units_are_listed_units(shapes):
    assert _sh_in(shapes, KGSH["GrowthObservation-unitMeasure"]) <= _sh_in(shapes, KGSH["Observation-unitMeasure"])


def test_qualifier_list_in_shapes_equals_ontology(shapes, ont):
    qualifiers = set(ont.subjects(RDF.type, KG.Qualifier))
    assert qualifiers == {KG[n] for n in ("MoreThan", "AtLeast", "Nearly", "About", "AtMost", "LessThan")}
    assert _sh_in(shapes, KGSH["Observation-qualifier"]) == qualifiers
    assert set(ont.objects(KG.Qualifiers, SKOS.hasTopConcept)) == qualifiers


def _used_kg_terms(text: str) -> set[URIRef]:
    terms = {KG[m] for m in re.findall(r"(?<![\w-])kg:([A-Za-z][\w-]*)", text)}
    terms |= {URIRef(m) for m in re.findall(r"<(https://w3id\.org/cstkg/def#[^>]+)>", text)}
    return terms


def _defined(both: Graph) -> set[URIRef]:
    return {s for s in both.subjects() if isinstance(s, URIRef) and s.startswith(KG)}


def test_shapes_use_only_defined_terms(shapes, both):
    used = {t for triple in shapes for t in triple if isinstance(t, URIRef) and t.startswith(KG)}
    assert used and not used - _defined(both), used - _defined(both)


@pytest.mark.parametrize("path", sorted((FOLDER / "checks").glob("*.rq")), ids=lambda p: p.name)
def test_checks_use_only_defined_terms(path, both):
    used = _used_kg_terms(path.read_text(encoding="utf-8"))
    assert not used - _defined(both), used - _defined(both)


def test_shape_targets_are_defined_classes(shapes, both):
    for target in shapes.objects(None, SH.targetClass):
        if target.startswith(KG):
            assert (target, RDF.type, OWL.Class) in both, target


def test_every_named_property_shape_is_used(shapes):
    named = {s for s in shapes.subjects(RDF.type, SH.PropertyShape) if s.startswith(str(KGSH))}
    used = set(shapes.objects(None, SH.property))
    assert named <= used, named - used


def test_every_node_shape_is_documented(shapes):
    for shape in shapes.subjects(RDF.type, SH.NodeShape):
        if isinstance(shape, URIRef):
            assert shapes.value(shape, RDFS.comment), shape


def _values(text: str, variable: str) -> set[URIRef]:
    """The kg: terms of the first VALUES block over ``variable`` in a query."""
    block = re.search(r"VALUES\s*\(?\?" + variable + r"\b[^{]*\{(.*?)\}", text, re.S)
    assert block, variable
    return _used_kg_terms(block.group(1))


ENTITY_ROOTS = [KG.Work, KG.Firm, KG.GovernmentBody, KG.Organization, KG.Policy, KG.Report, KG.Region,
                KG.Person, KG.Event, KG.Award, KG.Platform]


def test_evidence_check_lists_every_entity_class(ont):
    text = (FOLDER / "checks" / "fact-without-evidence-violation.rq").read_text(encoding="utf-8")
    expected = set().union(*(_descendants(ont, r) for r in ENTITY_ROOTS + [KG.Observation, KG.Role, KG.RelationStatement]))
    assert _values(text, "class") == expected


def test_kind_clash_check_follows_the_disjointness_axiom(ont):
    text = (FOLDER / "checks" / "entity-kind-clash-violation.rq").read_text(encoding="utf-8")
    disjoint = set()
    for node in ont.subjects(RDF.type, OWL.AllDisjointClasses):
        members = set(Collection(ont, ont.value(node, OWL.members)))
        if KG.Firm in members:
            disjoint = members
    expected = set().union(*(_descendants(ont, r) for r in disjoint))
    assert _values(text, "class1") == expected
    assert _values(text, "class2") == expected


def test_entity_shape_targets_every_entity_root(shapes):
    assert set(shapes.objects(KGSH.EntityShape, SH.targetClass)) == set(ENTITY_ROOTS)


# ----------------------------------------------------------------------------------------------
# SHACL meta-validation and pyshacl with the ontology
# ----------------------------------------------------------------------------------------------


def test_shapes_graph_is_valid_shacl(shapes, both):
    """pyshacl's meta-validation (SHACL-SHACL) of shapes.ttl, and a run with the ontology mixed in."""
    conforms, _, text = pyshacl.validate(Graph(), shacl_graph=shapes, ont_graph=both, inference="rdfs",
                                         meta_shacl=True, abort_on_first=False)
    assert conforms, text


# ----------------------------------------------------------------------------------------------
# Generated documentation
# ----------------------------------------------------------------------------------------------


def test_ontology_md_is_up_to_date():
    committed = (FOLDER / "ONTOLOGY.md").read_text(encoding="utf-8")
    assert generate(FOLDER) == committed, "run: python -m kg.ontodoc"


def test_ontology_md_is_deterministic_and_complete(both):
    first, second = generate(FOLDER), generate(Path(str(FOLDER)))
    assert first == second
    for term in _classes(both) | _properties(both):
        assert f"### kg:{term[len(KG):]}" in first, term
    for unit in both.subjects(RDF.type, QUDT.Unit):
        local = unit[len(KG):] if unit.startswith(KG) else unit[len(str(UNIT)):]
        assert f":{local}`" in first, unit
    for path in (FOLDER / "checks").glob("*.rq"):
        assert path.name in first
    assert "## Shapes" in first and "kgsh:ObservationShape" in first


def test_a_checkout_reads_its_own_ontology_folder():
    # even when another checkout is the one installed in editable mode (kg_ontology points there)
    from pathlib import Path

    assert ontology_dir() == Path(__file__).resolve().parent.parent / "ontology"
