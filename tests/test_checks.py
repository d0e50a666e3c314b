"""Cross-document checks in the graph (kg/rdf/checks.py) and the `conflicts` query that reads them.

Small builds of invented documents: every name and number here is made up for these tests.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib.namespace import RDF

from kg import build, sparql
from kg.namespaces import KG
from kg.validate import validate

KGR = "https://w3id.org/cstkg/id/"


def _build(tmp_path, texts: dict[str, str]):
    """Build ``texts`` (file name -> text), the files given in the order of the dict."""
    src = tmp_path / "in"
    src.mkdir(parents=True)
    for name, text in texts.items():
        (src / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    return build([str(src / name) for name in texts], str(out)), out


def _rows(result) -> list[dict]:
    return [{v: (t.value if t is not None else None) for v, t in zip(result.variables, row)} for row in result.rows]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("checks")
    return _build(tmp, {
        # the same figure, stated three ways: about 40, 41 (compatible), and 48 (conflicts with both)
        "a.txt": "2024年，青石县动漫出口额约为40亿元。\n",
        "b.txt": "2024年，青石县动漫出口额为41亿元。\n",
        "c.txt": "2024年，青石县动漫出口额为48亿元。\n",
        # a level and its growth imply the previous level, which another document states
        "d.txt": "2024年，白河市游戏出口额为33亿元，同比增长10%。\n",
        "e.txt": "2023年，白河市游戏出口额为30亿元。\n",
        # the qualifier reconciles them: about 40 allows 41.5
        "g.txt": "2024年，红岩市影视出口额约为40亿元。\n",
        "h.txt": "2024年，红岩市影视出口额为41.5亿元。\n",
        # an implausible magnitude for one sector
        "f.txt": "In 2024 the animation sector of Lanshan earned $9.2 trillion in revenue.\n",
    })


def test_every_check_is_a_node_in_the_default_graph(built):
    result, _ = built
    checks = result.resolution.checks
    default = set(result.quads.default)
    nodes = {s for s, p, o in default if p == RDF.type and o == KG.CrossCheck}
    kinds = {o for s, p, o in default if p == RDF.type and s in nodes and o != KG.CrossCheck and str(o).startswith(str(KG))}
    assert {KG.SameFigureCheck, KG.ImpliedLevelCheck, KG.MagnitudeCheck} <= kinds
    assert len(nodes) == len(checks)
    for node in nodes:
        assert str(node).startswith(KGR + "check/")
        assert len([o for s, p, o in default if s == node and p == KG.checkStatus]) == 1
        assert [o for s, p, o in default if s == node and p == KG.arithmetic]


def test_conflicting_statements_are_one_conflict_with_every_value_and_source(built):
    _, out = built
    rows = _rows(sparql.query("conflicts", graph=out))
    assert rows, "the 48 conflicts with 40 and 41"
    assert {r["status"] for r in rows} == {str(KG.Conflict)}
    assert len({r["check"] for r in rows}) == 1
    assert sorted((r["document"].split("_", 1)[-1], Decimal(r["value"])) for r in rows) == [
        ("a.txt", Decimal("4000000000")), ("b.txt", Decimal("4100000000")), ("c.txt", Decimal("4800000000"))]
    assert {r["period"] for r in rows} == {"2024"}
    assert {r["unit"] for r in rows} == {"http://qudt.org/vocab/unit/CCY_CNY"}
    about = {r["qualifier"] for r in rows if r["document"].endswith("a.txt")}
    assert about == {str(KG.About)}
    assert all("4000000000" in r["arithmetic"] and "4800000000" in r["arithmetic"] for r in rows)


def test_status_parameter_lists_agreements_implied_levels_and_flags(built):
    _, out = built
    rows = _rows(sparql.query("conflicts", graph=out, params={"status": "UNDEF"}))
    by_status = {}
    for r in rows:
        by_status.setdefault(r["status"], []).append(r)
    implied = [r for r in by_status.get(str(KG.Agree), []) if "/ (1 + 10%)" in r["arithmetic"]]
    assert implied and implied[0]["period"] == "2023" and Decimal(implied[0]["value"]) == Decimal("3000000000")
    assert implied[0]["document"].endswith("e.txt")
    flags = by_status.get(str(KG.Implausible), [])
    assert flags and Decimal(flags[0]["value"]) == Decimal("9200000000000")
    hongyan = [r for r in rows if "41" in r["arithmetic"] and "4150000000" in r["arithmetic"]]
    assert len(hongyan) == 2 and {r["status"] for r in hongyan} == {str(KG.Agree)}
    only_agree = _rows(sparql.query("conflicts", graph=out, params={"status": "kg:Agree"}))
    assert only_agree and {r["status"] for r in only_agree} == {str(KG.Agree)}


def test_both_engines_give_the_same_rows(built):
    _, out = built
    for params in ({}, {"status": "UNDEF"}):
        a = sparql.query("conflicts", graph=out, params=params)
        b = sparql.query("conflicts", graph=out, params=params, engine="rdflib")
        assert a.rows == b.rows


def test_checks_pass_the_shapes(built):
    _, out = built
    report = validate(out / "kg.trig")
    assert report.conforms, (report.shacl_text, report.check_failures)


def test_figures_of_unknown_measures_are_not_compared(tmp_path):
    result, out = _build(tmp_path, {
        "a.txt": "2024年，远洋国该领域的增速为1.7%。\n",
        "b.txt": "2024年，远洋国该领域的增速均超过5%。\n",
    })
    growth = [o for o in result.resolution.observations if o.quantity.kind == "growth"]
    assert len(growth) == 2 and {o.indicator for o in growth} == {"unspecified.growth"}
    assert not [t for t in result.quads.default if t[1] == RDF.type and t[2] == KG.SameFigureCheck]
    assert not sparql.query("conflicts", graph=out, params={"status": "UNDEF"}).rows


def test_check_iris_do_not_depend_on_the_order_of_the_inputs(tmp_path):
    texts = {"x1.txt": "2024年，青石县动漫出口额为40亿元。\n", "x2.txt": "2024年，青石县动漫出口额为52亿元。\n"}
    r1, _ = _build(tmp_path / "one", texts)
    r2, _ = _build(tmp_path / "two", dict(reversed(list(texts.items()))))
    nodes = lambda r: sorted(s for s, p, o in r.quads.default if p == RDF.type and o == KG.CrossCheck)
    assert nodes(r1) and nodes(r1) == nodes(r2)
    arith = lambda r: sorted(str(o) for s, p, o in r.quads.default if p == KG.arithmetic)
    assert arith(r1) == arith(r2) == ["4000000000 vs 5200000000"]


def test_document_count_of_each_entity(built):
    """kg:documentCount: in how many documents an article mentions the entity (top-entities reads it)."""
    result, out = built
    counts = {s: int(o) for s, p, o in result.quads.default if p == KG.documentCount}
    mentioned: dict = {}
    for g in result.quads.graphs():
        if g.identifier is None:
            continue
        for entity in {o for _, p, o in g if p == KG.mentions}:
            mentioned[entity] = mentioned.get(entity, 0) + 1
    assert counts and counts == mentioned
    top = _rows(sparql.query("top-entities", graph=out, params={"limit": 3}))
    assert [int(r["documents"]) for r in top] == sorted(counts.values(), reverse=True)[:3]


def test_figures_with_another_counterpart_are_not_compared(tmp_path):
    result, out = _build(tmp_path, {
        "i.txt": "2024年，我国承接日本离岸服务外包执行额为52亿美元。\n",
        "j.txt": "2024年，我国离岸服务外包执行额为1620亿美元。\n",
        "k.txt": "2024年，我国承接日本离岸服务外包执行额约为52亿美元。\n",
    })
    obs = {o.doc_id: o for o in result.resolution.observations}
    docs = {d.source.name: d.doc_id for d in result.documents}
    japan = obs[docs["i.txt"]].counterpart
    assert japan is not None and japan == obs[docs["k.txt"]].counterpart and obs[docs["j.txt"]].counterpart is None
    same = [c for c in result.resolution.checks if c["check"] == "same-figure"]
    compared = [{s["doc"] for s in c["statements"]} for c in same]
    assert {docs["i.txt"], docs["k.txt"]} in compared  # the two Japan figures agree
    assert not any(docs["j.txt"] in c for c in compared)  # the total is not the Japan figure
    assert all(c["status"] == "agree" for c in same)
    assert all(c.get("counterpart") == japan for c in same)
    # in the graph: the observation names its counterpart, and the build conforms
    from kg.rdf.iris import entity_iri, observation_iri

    quads = set(result.quads.quads())
    japan_obs = observation_iri(obs[docs["i.txt"]].key)
    assert any(s == japan_obs and p == KG.counterpart and o == entity_iri(japan) for s, p, o, _ in quads)
    report = validate(out / "kg.trig")
    assert report.conforms, (report.shacl_text, report.check_failures)
