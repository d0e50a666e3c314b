"""SHACL shapes (ontology/shapes.ttl), SPARQL checks (ontology/checks/*.rq) and kg.validate.

Fixtures live in tests/data/shapes/ (see its README.md):

* ``<ShapeName>/valid.ttl`` must conform; each ``<ShapeName>/invalid-*.ttl`` must fail with exactly
  the results listed in its ``# expect: <sh:sourceShape> <sh:sourceConstraintComponent>`` lines.
  Every shape fixture is validated together with ``_base.ttl`` (a conforming document, article,
  build, a few entities and indicators that fixtures refer to).
* ``checks/<check>/valid.*`` returns no rows for that check; ``checks/<check>/invalid.*`` returns
  rows, and its ``# expect: <value>`` lines are values that must appear in the first column.
* ``complete/valid.trig`` is a whole conforming build (two documents, named graphs): it must pass
  every shape and every check, in every serialization ``validate`` reads.
"""

from __future__ import annotations

import dataclasses
import re
import time
from pathlib import Path

import pyshacl
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF, SH

from kg.namespaces import bind
from kg.validate import (
    ValidationInputError,
    ValidationReport,
    format_report,
    load_checks,
    load_ontology,
    load_shapes,
    run_checks,
    validate,
)

DATA = Path(__file__).parent / "data" / "shapes"
BASE = DATA / "_base.ttl"
CHECK_DATA = DATA / "checks"
COMPLETE = DATA / "complete" / "valid.trig"
KGSH = "https://w3id.org/cstkg/shapes#"
SPECIAL = {"checks", "complete"}

SHAPE_VALID = sorted(DATA.glob("*/valid.ttl"))
SHAPE_INVALID = sorted(DATA.glob("*/invalid-*.ttl"))
CHECK_VALID = sorted(CHECK_DATA.glob("*/valid.*"))
CHECK_INVALID = sorted(CHECK_DATA.glob("*/invalid.*"))


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


def _format(path: Path) -> str:
    return {".ttl": "turtle", ".trig": "trig"}[path.suffix]


def _expectations(path: Path) -> list[str]:
    return [m.group(1).strip() for m in re.finditer(r"^# expect: (.+)$", path.read_text(encoding="utf-8"), re.M)]


def _expand(curie: str) -> str:
    """``kgr:obs/e011`` as the N-Triples form checks report: ``<https://w3id.org/cstkg/id/obs/e011>``."""
    assert curie.startswith("kgr:"), curie
    return f"<https://w3id.org/cstkg/id/{curie[len('kgr:'):]}>"


# ----------------------------------------------------------------------------------------------
# Session fixtures: the ontology, shapes and base graph are parsed once.
# ----------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def ontology() -> Graph:
    return load_ontology()


@pytest.fixture(scope="session")
def shapes() -> Graph:
    return load_shapes()


@pytest.fixture(scope="session")
def base() -> Graph:
    return bind(Graph()).parse(BASE, format="turtle")


@pytest.fixture(scope="session")
def shacl(ontology, shapes, base):
    """``shacl(path_or_graph) -> (conforms, results graph, text)`` for a fixture merged with the base."""

    def run(data) -> tuple[bool, Graph, str]:
        graph = bind(Graph())
        graph += base
        if isinstance(data, Path):
            graph.parse(data, format=_format(data))
        else:
            graph += data
        conforms, results, text = pyshacl.validate(
            graph, shacl_graph=shapes, ont_graph=ontology, inference="rdfs", abort_on_first=False
        )
        return bool(conforms), results, text

    return run


def _reasons(results: Graph) -> set[str]:
    """``"kgsh:Shape sh:Component"`` for every result of a pyshacl results graph."""
    reasons = set()
    for result in results.objects(None, SH.result):
        shape = results.value(result, SH.sourceShape)
        component = results.value(result, SH.sourceConstraintComponent)
        shape_name = f"kgsh:{shape[len(KGSH):]}" if isinstance(shape, URIRef) and shape.startswith(KGSH) else f"<{shape}>"
        reasons.add(f"{shape_name} sh:{component.split('#')[-1]}")
    return reasons


# ----------------------------------------------------------------------------------------------
# Shapes
# ----------------------------------------------------------------------------------------------


def test_base_conforms(shacl):
    conforms, results, text = shacl(Graph())
    assert conforms, text


@pytest.mark.parametrize("path", SHAPE_VALID, ids=_id)
def test_valid_fixture_conforms(shacl, path):
    conforms, results, text = shacl(path)
    assert conforms, f"{_id(path)} should conform:\n{text}"


@pytest.mark.parametrize("path", SHAPE_INVALID, ids=_id)
def test_invalid_fixture_fails_for_the_expected_reason(shacl, path):
    expected = set(_expectations(path))
    assert expected, f"{path} has no '# expect:' line"
    conforms, results, text = shacl(path)
    assert not conforms, f"{_id(path)} should not conform"
    assert _reasons(results) == expected, f"{_id(path)}:\n{text}"


def test_every_named_shape_has_fixtures(shapes):
    """Each named node shape has a folder with a valid fixture and at least one invalid one."""
    named = {str(s)[len(KGSH):] for s in shapes.subjects(RDF.type, SH.NodeShape) if str(s).startswith(KGSH)}
    folders = {p.name for p in DATA.iterdir() if p.is_dir() and p.name not in SPECIAL}
    assert named == folders, f"shapes without fixtures: {named - folders}; folders without shapes: {folders - named}"
    for name in named:
        assert (DATA / name / "valid.ttl").is_file(), f"{name}: no valid.ttl"
        assert list((DATA / name).glob("invalid-*.ttl")), f"{name}: no invalid-*.ttl"


def test_every_targeted_shape_is_triggered_by_its_invalid_fixtures():
    """A shape with targets is named by an expectation in its own folder (not only elsewhere)."""
    for folder in sorted(p for p in DATA.iterdir() if p.is_dir() and p.name not in SPECIAL):
        expectations = {e for f in folder.glob("invalid-*.ttl") for e in _expectations(f)}
        assert expectations, folder.name
        if folder.name.endswith("Shape"):
            prefix = folder.name[: -len("Shape")]
            assert any(e.startswith(f"kgsh:{folder.name} ") or e.startswith(f"kgsh:{prefix}-") or e.startswith("kgsh:Label-")
                       for e in expectations), f"{folder.name}: no invalid fixture fails on this shape"


def test_shape_fixtures_are_fast(shacl):
    """One fixture validates in well under two seconds (regression: see D10 in kg.ttl)."""
    start = time.perf_counter()
    shacl(DATA / "ObservationShape" / "valid.ttl")
    assert time.perf_counter() - start < 2.0


# ----------------------------------------------------------------------------------------------
# Checks
# ----------------------------------------------------------------------------------------------


def _check(name: str):
    for check_name, query in load_checks():
        if check_name == name:
            return check_name, query
    raise AssertionError(f"no check named {name}")


def _dataset(path: Path) -> Dataset:
    dataset = bind(Dataset(default_union=True))
    dataset.parse(path, format=_format(path))
    return dataset


@pytest.mark.parametrize("path", CHECK_VALID, ids=_id)
def test_check_passes_on_valid_fixture(path):
    failures = run_checks(_dataset(path), (_check(path.parent.name),))
    assert failures == (), failures


@pytest.mark.parametrize("path", CHECK_INVALID, ids=_id)
def test_check_fails_on_invalid_fixture(path):
    failures = run_checks(_dataset(path), (_check(path.parent.name),))
    assert len(failures) == 1, f"{path.parent.name} returned no rows"
    name, rows = failures[0]
    first_column = {row[0][1] for row in rows}
    for expected in _expectations(path):
        assert _expand(expected) in first_column, f"{name}: {expected} not among {sorted(first_column)}"


def test_every_check_has_fixtures():
    names = {name for name, _ in load_checks()}
    folders = {p.name for p in CHECK_DATA.iterdir() if p.is_dir()}
    assert names == folders
    for name in names:
        assert list((CHECK_DATA / name).glob("valid.*")), name
        invalid = list((CHECK_DATA / name).glob("invalid.*"))
        assert invalid and _expectations(invalid[0]), name


def test_checks_are_named_violations():
    assert all(name.endswith("-violation") for name, _ in load_checks())


# ----------------------------------------------------------------------------------------------
# The complete example and kg.validate
# ----------------------------------------------------------------------------------------------


def test_complete_example_conforms():
    report = validate(COMPLETE)
    assert report.conforms, format_report(report)
    assert report.shacl_conforms and report.check_failures == ()


@pytest.mark.parametrize("fmt,suffix", [("nquads", ".nq"), ("json-ld", ".jsonld"), ("trig", ".trig")])
def test_complete_example_conforms_in_every_format(tmp_path, fmt, suffix):
    dataset = Dataset()
    dataset.parse(COMPLETE, format="trig")
    path = tmp_path / f"kg{suffix}"
    dataset.serialize(path, format=fmt)
    report = validate(path)
    assert report.conforms, format_report(report)


def test_validate_accepts_dataset_and_graph():
    dataset = Dataset()
    dataset.parse(COMPLETE, format="trig")
    assert validate(dataset).conforms
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    size = len(union)
    assert validate(union).conforms
    assert len(union) == size  # the caller's graph is left untouched


def test_validate_reports_shape_and_check_failures(tmp_path):
    """A broken build: an entity without evidence (check) and an observation without unit (shape)."""
    broken = tmp_path / "broken.trig"
    text = COMPLETE.read_text(encoding="utf-8")
    text = text.replace("    sdmx-attribute:unitMeasure unit:PERCENT .", "    .")
    text = text.replace("oa:hasBody <https://w3id.org/cstkg/id/person/lin-mubai>", "oa:hasBody <https://w3id.org/cstkg/id/role/4b7f1e20>")
    broken.write_text(text, encoding="utf-8")
    report = validate(broken)
    assert not report.conforms and not report.shacl_conforms
    assert "Observation-unitMeasure" in report.shacl_text
    names = [name for name, _ in report.check_failures]
    assert names == ["fact-without-evidence-violation"]
    rows = report.check_failures[0][1]
    assert rows == ((("node", _expand("kgr:person/lin-mubai")), ("class", "<https://w3id.org/cstkg/def#Person>")),)
    text = format_report(report)
    assert "DOES NOT CONFORM" in text and "fact-without-evidence-violation: 1 row" in text
    assert "class=kg:Person" in text and "lin-mubai" in text and "<https://w3id.org/cstkg/def#" not in text


def test_graph_provenance_needs_named_graphs(tmp_path):
    """A named graph without provenance is caught only when the named graphs are kept (TriG)."""
    text = COMPLETE.read_text(encoding="utf-8")
    text = re.sub(r"<https://w3id.org/cstkg/id/graph/8c1d4e2f6a0b9735> prov:wasDerivedFrom [^\n]+\n", "", text)
    path = tmp_path / "orphan.trig"
    path.write_text(text, encoding="utf-8")
    report = validate(path)
    assert [name for name, _ in report.check_failures] == ["graph-provenance-violation"]


def test_report_is_frozen():
    report = ValidationReport(conforms=True, shacl_text="", check_failures=())
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.conforms = False  # type: ignore[misc]
    assert format_report(report).startswith("Validation: conforms")


@pytest.mark.parametrize("name,content,message", [
    ("missing.ttl", None, "file not found"),
    ("graph.xml", "<rdf/>", "unknown file type"),
    ("bad.ttl", "this is not turtle .", "cannot parse as turtle"),
])
def test_validate_input_errors(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ValidationInputError, match=message) as info:
        validate(path)
    assert str(path) in str(info.value)


def test_validate_rejects_missing_ontology_folder(tmp_path):
    with pytest.raises(ValidationInputError, match="ontology file not found"):
        validate(Graph(), ontology_dir=tmp_path)


def test_inference_none_gives_the_same_results(tmp_path):
    """kg.ttl has no rdfs:domain / rdfs:range (D01), so RDFS inference adds nothing the shapes use:
    ``inference="none"`` (faster) must report exactly what ``"rdfs"`` (the default) reports."""
    broken = tmp_path / "broken.trig"
    text = COMPLETE.read_text(encoding="utf-8").replace("    sdmx-attribute:unitMeasure unit:PERCENT .", "    .")
    text = text.replace("kg:qualifier kg:About", "kg:qualifier kg:About , kg:Nearly")
    broken.write_text(text, encoding="utf-8")

    def results(report):
        graph = report.shacl_results
        return {(graph.value(r, SH.focusNode), graph.value(r, SH.sourceShape)) for r in graph.objects(None, SH.result)}

    with_rdfs, without = validate(broken), validate(broken, inference="none")
    assert results(with_rdfs) == results(without) and len(results(with_rdfs)) == 2
    assert with_rdfs.check_failures == without.check_failures
