"""The SPARQL query library (kg/queries/*.rq), kg.query, its formats and the `kg query` / `kg queries` commands.

- every library query has its expected rows on the seed build, kept as SPARQL JSON results in
  tests/data/queries/NAME.json (rewrite them after a deliberate change of the build with
  ``KG_UPDATE_GOLDEN=1 pytest tests/test_query.py`` and read the diff before committing);
- each query also has assertions about what it must say, which stay true while extraction improves;
- parity: pyoxigraph and rdflib give the same rows, in the same order, for every library query;
- parameters, formats (CJK-aligned table, CSV, TSV, JSON) and the command line.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from decimal import Decimal
from pathlib import Path

import pytest

import kg
from kg import sparql
from kg.cli import main
from kg.errors import KgError
from kg.sparql import QueryResult, Term, display_width, format_result, library
from tests.conftest import ROOT

GOLDEN = ROOT / "tests" / "data" / "queries"
NAMES = [q.name for q in library()]
XSD = "http://www.w3.org/2001/XMLSchema#"
KG = "https://w3id.org/cstkg/def#"
KGR = "https://w3id.org/cstkg/id/"
#: columns made with GROUP_CONCAT: their items come in no defined order
LIST_COLUMNS = {"works": {"developers": "; "}}


# ------------------------------------------------------------------ fixtures


@pytest.fixture(scope="module")
def build_dir(seed_build):
    return seed_build[1]


@pytest.fixture(scope="module")
def texts(seed_build):
    """Document file name -> original text (what the evidence offsets point into)."""
    return {d.source.name: d.source.text for d in seed_build[0].documents}


@pytest.fixture(scope="module")
def store(build_dir):
    return sparql.load(build_dir)


@pytest.fixture(scope="module")
def results(store):
    """Every library query with its default parameters, on pyoxigraph."""
    return {name: sparql.query(name, graph=store) for name in NAMES}


def rows(result: QueryResult) -> list[dict]:
    """Rows as {variable: Term} (unbound variables left out)."""
    return [{v: t for v, t in zip(result.variables, r) if t is not None} for r in result.rows]


def value(row: dict, var: str):
    t = row.get(var)
    return None if t is None else t.value


def normalized(name: str, result: QueryResult) -> list[tuple]:
    """Rows as tuples of (type, value, datatype, lang), list columns sorted; numbers by value."""
    lists = LIST_COLUMNS.get(name, {})
    out = []
    for r in result.rows:
        cells = []
        for var, t in zip(result.variables, r):
            if t is None:
                cells.append(None)
            elif var in lists:
                cells.append((t.type, tuple(sorted(t.value.split(lists[var])))))
            elif t.type == "literal" and t.datatype in (XSD + "decimal", XSD + "integer"):
                cells.append(("number", Decimal(t.value)))
            else:
                cells.append((t.type, t.value, t.datatype, t.lang))
        out.append(tuple(cells))
    return out


# ------------------------------------------------------------------ the library itself


def test_library_has_at_least_twelve_queries():
    assert len(NAMES) >= 12
    assert {"works", "indicator-series", "services-trade", "policies", "firms-by-region", "figure-sources",
            "conflicts", "top-entities", "growth-ranked", "entity", "evidence"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_header_states_questions_and_parameters(name):
    q = sparql.get(name)
    assert q.title and q.question.endswith("?"), "an English title and question"
    assert re.search(r"[\u4e00-\u9fff]", q.title_zh) and re.search(r"[\u4e00-\u9fff]", q.question_zh), \
        "a Chinese title and question"
    blocks = sparql.param_blocks(q.text)
    declared = {p.name for p in q.params}
    assert declared == set(blocks), f"every VALUES block (and LIMIT: 'limit') is a declared parameter and back ({blocks})"
    for p in q.params:
        assert all(b == p.default for b in blocks[p.name]), f"{p.name}: the header's default is the VALUES content"
        assert p.description
    assert re.search(r"^ORDER BY ", q.text, re.M), "rows come in a defined order"


def test_package_data_ships_the_queries():
    assert "queries/*.rq" in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert all(q.path is not None and q.path.parent.name == "queries" for q in library())


def test_kg_query_is_the_function_and_kg_sparql_the_module():
    import importlib

    assert callable(kg.query) and kg.query is sparql.query
    assert importlib.import_module("kg.sparql") is sparql
    assert kg.QueryResult is QueryResult


# ------------------------------------------------------------------ expected rows on the seed build


@pytest.mark.parametrize("name", NAMES)
def test_golden_rows(name, results):
    path = GOLDEN / f"{name}.json"
    got = sparql.to_json(results[name])
    if os.environ.get("KG_UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_golden_text(got), encoding="utf-8")
    assert path.is_file(), f"{path.name} is missing: write it with KG_UPDATE_GOLDEN=1"
    expected = json.loads(path.read_text(encoding="utf-8"))
    want = QueryResult(tuple(expected["head"]["vars"]), tuple(
        tuple(_term(b.get(v)) for v in expected["head"]["vars"]) for b in expected["results"]["bindings"]))
    assert results[name].variables == want.variables
    assert normalized(name, results[name]) == normalized(name, want), (
        f"{name}: rows differ from {path.relative_to(ROOT)}; after a deliberate change of the build, "
        "rewrite with KG_UPDATE_GOLDEN=1 and read the diff")


def _golden_text(obj: dict) -> str:
    """SPARQL JSON results with one binding per line (readable diffs)."""
    bindings = obj["results"]["bindings"]
    head = json.dumps(obj["head"], ensure_ascii=False)
    lines = [json.dumps(b, ensure_ascii=False, sort_keys=True) for b in bindings]
    return '{"head": ' + head + ', "results": {"bindings": [\n' + ",\n".join(lines) + "\n]}}\n"


def _term(b):
    if b is None:
        return None
    return Term(b["type"], b["value"], b.get("datatype"), b.get("xml:lang"))


# ------------------------------------------------------------------ what each query must say


def test_works_names_black_myth_in_three_scripts(results):
    rs = rows(results["works"])
    wukong = [r for r in rs if value(r, "work") == KGR + "work/黑神话悟空"]
    assert wukong, "Black Myth: Wukong is a work of the seed build"
    r = wukong[0]
    assert value(r, "type") == KG + "VideoGame"
    assert value(r, "name_zh_hans") == "黑神话：悟空" and r["name_zh_hans"].lang == "zh-Hans"
    assert value(r, "name_zh_hant").startswith("黑神話") and r["name_zh_hant"].lang == "zh-Hant"
    assert value(r, "name_en") == "Black Myth: Wukong" and r["name_en"].lang == "en"
    assert any(value(x, "value") for x in wukong), "figures about the game are listed"
    assert all(value(x, "type").startswith(KG) for x in rs)
    assert all(value(x, "unit") for x in rs if value(x, "indicator"))


def test_works_type_parameter(store):
    games = sparql.query("works", graph=store, params={"type": "kg:VideoGame"})
    assert games.rows and {value(r, "type") for r in rows(games)} == {KG + "VideoGame"}
    both = sparql.query("works", graph=store, params={"type": ["kg:VideoGame", "kg:Film"]})
    assert {value(r, "type") for r in rows(both)} == {KG + "VideoGame", KG + "Film"}


def test_indicator_series_is_sorted_by_period(results):
    rs = rows(results["indicator-series"])
    assert rs
    periods = [value(r, "period") for r in rs]
    assert periods == sorted(periods)
    assert all(value(r, "unit") and value(r, "document") for r in rs)
    assert any(value(r, "period") == "2024" and value(r, "value") == "7500000000000" for r in rs)


def test_services_trade_totals_and_growth_by_year(results):
    rs = rows(results["services-trade"])
    assert all(re.fullmatch(r"\d{4}", value(r, "year")) for r in rs)
    assert [value(r, "year") for r in rs] == sorted(value(r, "year") for r in rs)
    assert {value(r, "measure") for r in rs} <= {"total", "growth"}
    totals = [r for r in rs if value(r, "measure") == "total" and value(r, "year") == "2024"]
    assert any(value(r, "unit").endswith("CCY_CNY") and value(r, "value") == "7500000000000" for r in totals)
    assert any(value(r, "measure") == "growth" and value(r, "unit").endswith("PERCENT") for r in rs)
    assert all(int(value(r, "documents")) >= 1 for r in rs)


def test_policies_with_issuers(results, store):
    rs = rows(results["policies"])
    assert rs and all(value(r, "name") for r in rs)
    assert any(value(r, "issued_by") == KGR + "org/商务部" for r in rs)
    only = sparql.query("policies", graph=store, params={"issuer": "orgn:商务部"})
    assert only.rows and {value(r, "issued_by") for r in rows(only)} == {KGR + "org/商务部"}


def test_firms_by_region(results, store):
    rs = rows(results["firms-by-region"])
    for r in rs:
        assert value(r, "firm_name") and value(r, "region_name")
        assert sparql.query(f"ASK {{ <{value(r, 'firm')}> a <{KG}Firm> }}", graph=store).boolean
    inside = sparql.query("firms-by-region", graph=store, params={"within": "place:中国"})
    for r in rows(inside):
        assert sparql.query(f"ASK {{ <{value(r, 'region')}> <{KG}withinRegion>* <{KGR}place/中国> }}",
                            graph=store).boolean


def test_figure_sources_quote_the_sentence(results, texts):
    rs = rows(results["figure-sources"])
    assert len({value(r, "document") for r in rs}) >= 2, "two seed documents state 7.5 trillion yuan"
    for r in rs:
        assert Decimal(value(r, "value")) == Decimal("7500000000000")
        start, end, quote = int(value(r, "start")), int(value(r, "end")), value(r, "quote")
        assert len(quote) == end - start
        assert texts[value(r, "document")][start:end] == quote
        assert f"【{quote}】" in value(r, "sentence")


def test_figure_sources_value_written_any_way(store):
    a = sparql.query("figure-sources", graph=store, params={"value": "7.5e12"})
    b = sparql.query("figure-sources", graph=store, params={"value": 7500000000000})
    assert a.rows and a.rows == b.rows


def test_conflicts_read_the_checks_the_build_made(results, store):
    """The seed documents agree where they state the same figure, so by default nothing conflicts;
    every check is listed with status=UNDEF, with its arithmetic."""
    for r in rows(results["conflicts"]):
        assert value(r, "status") == KG + "Conflict"
    every = rows(sparql.query("conflicts", graph=store, params={"status": "UNDEF"}))
    statuses = {value(r, "status") for r in every}
    assert {KG + "Agree", KG + "NotStated"} <= statuses
    assert all(value(r, "arithmetic") for r in every)
    # "more than 1 trillion" (USD) and "about 1.05 trillion" agree, both statements listed
    usd = [r for r in every if value(r, "indicator") == KGR + "indicator/services.trade"
           and value(r, "unit").endswith("USD") and value(r, "period") == "2024"]
    # (the headline "Exceeds $1 Trillion" is a third statement, dated by its article: it agrees too)
    assert len(usd) >= 2 and {value(r, "status") for r in usd} == {KG + "Agree"}
    assert len({value(r, "document") for r in usd}) == 2
    assert {Decimal(value(r, "value")) for r in usd} == {Decimal("1000000000000"), Decimal("1050000000000")}
    # a figure whose measure is unknown is never compared
    assert not [r for r in every if "unspecified" in value(r, "indicator")
                and value(r, "status") in (KG + "Agree", KG + "Conflict")]


def test_top_entities_ranked_by_documents(results):
    rs = rows(results["top-entities"])
    assert 0 < len({value(r, "entity") for r in rs}) <= 50
    counts = [int(value(r, "documents")) for r in rs]
    assert counts == sorted(counts, reverse=True)
    assert any(value(r, "entity") == KGR + "place/中国" for r in rs)
    assert all(value(r, "kind").startswith(KG) for r in rs)


def test_growth_rates_ranked(results):
    rs = rows(results["growth-ranked"])
    values = [Decimal(value(r, "value")) for r in rs]
    assert values and values == sorted(values, reverse=True)
    assert all(value(r, "unit") == "http://qudt.org/vocab/unit/PERCENT" for r in rs)
    assert Decimal("14.4") in values, "services trade grew 14.4% in 2024"


def test_entity_describes_black_myth(results):
    rs = rows(results["entity"])
    facts = {(value(r, "direction"), value(r, "property"), value(r, "value")) for r in rs}
    assert ("out", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", KG + "VideoGame") in facts
    assert ("out", "http://www.w3.org/2004/02/skos/core#prefLabel", "Black Myth: Wukong") in facts
    assert all(int(value(r, "documents")) >= 1 for r in rs)
    assert all(value(r, "unit") for r in rs if value(r, "direction") == "figure")


def test_evidence_quotes_match_offsets(results, texts):
    rs = rows(results["evidence"])
    assert rs
    for r in rs:
        start, end, quote = int(value(r, "start")), int(value(r, "end")), value(r, "quote")
        assert len(quote) == end - start
        assert texts[value(r, "document")][start:end] == quote
        assert f"【{quote}】" in value(r, "sentence")
    assert any("悟空" in value(r, "quote") or "Wukong" in value(r, "quote") for r in rs)


def test_evidence_of_a_relation_cites_its_statement(store, texts):
    found = sparql.query("""PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT ?s ?p ?o WHERE { ?st a <https://w3id.org/cstkg/def#RelationStatement> ;
        rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o FILTER(isIRI(?o)) } ORDER BY ?s ?p ?o LIMIT 1""", graph=store)
    assert found.rows, "the seed build states relations"
    s, p, o = found.rows[0]
    ev = sparql.query("evidence", graph=store, params={"subject": s, "predicate": p, "object": o})
    assert ev.rows and {value(r, "via") for r in rows(ev)} == {"statement"}
    for r in rows(ev):
        assert texts[value(r, "document")][int(value(r, "start")):int(value(r, "end"))] == value(r, "quote")


def test_documents_lists_every_seed_document(results, seed_build):
    rs = rows(results["documents"])
    assert {value(r, "document") for r in rs} == {d.source.name for d in seed_build[0].documents}
    assert all(int(value(r, "figures") or 0) >= 0 and int(value(r, "entities") or 0) >= 0 for r in rs)


def test_find_by_name_in_any_script_and_case(results, store):
    assert any(value(r, "entity") == KGR + "work/黑神话悟空" for r in rows(results["find"]))
    latin = sparql.query("find", graph=store, params={"text": "wUKONG"})
    assert any(value(r, "entity") == KGR + "work/黑神话悟空" for r in rows(latin))


def test_indicators_catalogue(results):
    rs = rows(results["indicators"])
    trade = [r for r in rs if value(r, "indicator") == KGR + "indicator/services.trade"]
    assert trade and int(value(trade[0], "documents")) >= 2
    assert [int(value(r, "documents")) for r in rs] == sorted((int(value(r, "documents")) for r in rs), reverse=True)


def test_people_and_positions(results):
    rs = rows(results["people"])
    assert rs and all(value(r, "person") and value(r, "organization") and value(r, "role") for r in rs)


# ------------------------------------------------------------------ parity between the engines


@pytest.fixture(scope="module")
def rdflib_dataset(build_dir):
    return sparql.load(build_dir, engine="rdflib")


@pytest.mark.parametrize("name", NAMES)
def test_rdflib_gives_the_same_rows(name, results, rdflib_dataset):
    other = sparql.query(name, graph=rdflib_dataset)
    assert other.engine == "rdflib" and results[name].engine == "oxigraph"
    assert other.variables == results[name].variables
    a, b = normalized(name, results[name]), normalized(name, other)
    assert sorted(a, key=repr) == sorted(b, key=repr), f"{name}: different rows"
    assert a == b, f"{name}: same rows in a different order"


def test_literals_come_back_the_same_from_both_engines():
    lit = sparql.literal_term
    assert lit("7500000000000.0", XSD + "decimal", None) == Term("literal", "7500000000000", XSD + "decimal")
    assert lit("362", XSD + "nonNegativeInteger", None) == Term("literal", "362", XSD + "integer")
    assert lit("x", None, "zh-hans").lang == "zh-Hans"
    assert lit("1", XSD + "boolean", None).value == "true"


# ------------------------------------------------------------------ parameters


def test_params_are_escaped_terms(store):
    q = sparql.get("find")
    text = sparql.bind_params(q, {"text": 'a"b\\c\nd'})
    assert 'VALUES ?text { "a\\"b\\\\c\\nd" }' in text
    assert sparql.query("find", graph=store, params={"text": 'a"b\\c}'}).rows == ()
    iri = sparql.bind_params(sparql.get("entity"), {"entity": "place:中国"})
    assert f"VALUES ?entity {{ <{KGR}place/中国> }}" in iri
    assert "VALUES ?type { UNDEF }" in sparql.bind_params(sparql.get("works"), {"type": "UNDEF"})
    period = sparql.bind_params(sparql.get("growth-ranked"), {"period": "2025-01/2025-10"})
    assert f"<{KGR}period/2025-01--2025-10>" in period
    assert f'"2024"^^<{XSD}gYear>' in sparql.bind_params(sparql.get("growth-ranked"), {"period": "2024"})


def test_limit_parameter_sets_every_limit_clause(store):
    q = sparql.get("growth-ranked")
    assert q.param("limit").default == "100" and sparql.param_blocks(q.text)["limit"] == ["100", "100"]
    text = sparql.bind_params(q, {"limit": 7})
    assert "LIMIT 100" not in text and text.count("LIMIT 7") == 2
    everything = sparql.bind_params(q, {"limit": "UNDEF"})
    assert not re.search(r"^[^#]*LIMIT", everything, re.M), "UNDEF removes the LIMIT clauses"
    assert sparql.query(everything, graph=store).rows == sparql.query("growth-ranked", graph=store).rows
    top = sparql.query("growth-ranked", graph=store, params={"limit": 3}).rows
    assert len(top) == 3 and top == sparql.query("growth-ranked", graph=store).rows[:3]
    for bad in ("0", "-1", "ten", ["1", "2"]):
        with pytest.raises(KgError, match="limit"):
            sparql.bind_params(q, {"limit": bad})


@pytest.mark.parametrize("name, size", [("works", "work"), ("top-entities", "entity"), ("growth-ranked", "observation")])
def test_limited_queries_give_the_first_rows_of_the_full_list(store, name, size):
    """A default limit cuts the ranking or the list (growth rates tied at the cut: by observation IRI),
    it never changes the rows it keeps."""
    full = sparql.query(name, graph=store, params={"limit": "UNDEF"})
    i = full.variables.index(size)
    for n in (1, 4):
        part = sparql.query(name, graph=store, params={"limit": n})
        kept = list(dict.fromkeys(r[i] for r in part.rows))
        assert len(kept) == n
        assert part.rows == tuple(r for r in full.rows if r[i] in kept)
        if name != "growth-ranked":
            assert kept == list(dict.fromkeys(r[i] for r in full.rows))[:n]


def test_names_fall_back_in_order(tmp_path):
    """Names read in one pass over an entity's names (top-entities, firms-by-region): the preferred
    script, else the next, else the IRI, on both engines."""
    g, d = f"<{KGR}graph/g>", f"<{KGR}doc/d>"
    lines = [f"{g} <http://www.w3.org/ns/prov#wasDerivedFrom> {d} .", f'{d} <https://schema.org/identifier> "d.txt" {g} .']
    labels = {"a": [("甲", "zh-Hant"), ("A", "en")], "b": [("B", "en")], "c": [("シ", "ja")], "e": []}
    for key, names in labels.items():
        e = f"<{KGR}org/{key}>"
        lines += [f"<{KGR}article/x> <{KG}mentions> {e} {g} .", f"{e} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{KG}Firm> {g} .",
                  f"{e} <{KG}locatedIn> <{KGR}place/p> {g} .",
                  f'{e} <{KG}documentCount> "1"^^<{XSD}nonNegativeInteger> .']  # the build's count (default graph)
        lines += [f'{e} <http://www.w3.org/2004/02/skos/core#prefLabel> "{t}"@{lang} {g} .' for t, lang in names]
    ds = tmp_path / "kg.nq"
    ds.write_text("\n".join(lines) + "\n", encoding="utf-8")
    want = {"a": "甲", "b": "B", "c": KGR + "org/c", "e": KGR + "org/e"}
    for engine in ("oxigraph", "rdflib"):
        top = sparql.query("top-entities", graph=ds, engine=engine)
        assert {value(r, "entity").rsplit("/", 1)[1]: value(r, "name") for r in rows(top)} == want, engine
        firms = sparql.query("firms-by-region", graph=ds, engine=engine)
        assert {value(r, "firm").rsplit("/", 1)[1]: value(r, "firm_name") for r in rows(firms)} == {
            **want, "a": "A"}, engine
        assert {value(r, "region_name") for r in rows(firms)} == {KGR + "place/p"}


def test_results_read_from_tsv_keep_every_term(tmp_path):
    """Oxigraph results are read from their TSV serialization: escapes, languages, numbers and
    blank nodes come back as the solutions give them."""
    import pyoxigraph as ox

    store = ox.Store()
    s, p = ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p")
    for o in (ox.Literal('a\tb\nc"d\\e\r f\u0001 é 😀'), ox.Literal("x", language="zh-hans"), ox.BlankNode("b1"),
              ox.Literal("1.50", datatype=ox.NamedNode(XSD + "decimal")), ox.Literal("-7", datatype=ox.NamedNode(XSD + "integer")),
              ox.Literal("1e3", datatype=ox.NamedNode(XSD + "double")), ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean")),
              ox.Literal("2024", datatype=ox.NamedNode(XSD + "gYear")), ox.NamedNode("http://e/中国")):
        store.add(ox.Quad(s, p, o))
    text = "SELECT ?o ?none WHERE { ?s ?p ?o OPTIONAL { ?s <http://e/q> ?none } } ORDER BY STR(?o)"
    got = sparql.query(text, graph=store)
    conv = sparql._ox_converter()
    want = tuple(tuple(map(conv, sol)) for sol in store.query(text))
    assert got.rows == want and len(want) == 9 and all(r[1] is None for r in got.rows)
    assert sparql.query("SELECT * WHERE { }", graph=store).rows == ((),)


@pytest.mark.parametrize("params, fragment", [
    ({"nope": "x"}, "unknown parameter 'nope'"),
    ({"entity": "not an iri"}, "is not an IRI"),
    ({"entity": "<http://x/a b>"}, "not a valid IRI"),
    ({"entity": "unknownprefix:x"}, "is not an IRI"),
])
def test_bad_params_are_one_line_errors(store, params, fragment):
    with pytest.raises(KgError) as exc:
        sparql.query("entity", graph=store, params=params)
    assert fragment in str(exc.value) and "\n" not in str(exc.value)


def test_bad_numbers_and_periods(store):
    with pytest.raises(KgError, match="not a number"):
        sparql.query("figure-sources", graph=store, params={"value": "seven"})
    with pytest.raises(KgError, match="not a period"):
        sparql.query("growth-ranked", graph=store, params={"period": "last year"})


def test_text_file_and_errors(store, tmp_path):
    f = tmp_path / "mine.rq"
    f.write_text("# title: mine\nSELECT ?d WHERE { VALUES ?d { 1 } }\n", encoding="utf-8")
    assert sparql.query(str(f), graph=store, params={"d": 2}).rows[0][0].value == "2"
    assert sparql.query("ASK { ?s ?p ?o }", graph=store).boolean is True
    with pytest.raises(KgError) as exc:
        sparql.query("SELECT * WHERE { ?s ?p }", graph=store)
    assert exc.value.code == "query-syntax"
    with pytest.raises(KgError) as exc:
        sparql.query("no-such-query", graph=store)
    assert exc.value.code == "query-unknown"
    with pytest.raises(KgError) as exc:
        sparql.query("works", graph=tmp_path)
    assert exc.value.code == "no-graph"


# ------------------------------------------------------------------ formats


CJK = QueryResult(("name", "n"), ((Term("literal", "黑神话：悟空", None, "zh-Hans"), Term("literal", "1", XSD + "integer")),
                                  (Term("literal", "Black Myth"), Term("literal", "22", XSD + "integer")),
                                  (Term("uri", KGR + "place/中国"), None)))


def test_table_aligns_wide_characters():
    lines = format_result(CJK, "table").splitlines()
    assert lines[0].startswith("name") and set(lines[1].replace(" ", "")) == {"-"}
    assert display_width("黑神话：悟空") == 12
    cells = ["1", "22"]
    starts = {display_width(line[:line.rindex(c)]) for line, c in zip(lines[2:4], cells)}
    starts.add(display_width(lines[0][:lines[0].index(" n")]) + 1)
    assert len(starts) == 1, lines
    assert "place:中国" in lines[4], "IRIs are shown with the project's prefixes"


def test_table_cuts_long_cells():
    long = QueryResult(("x",), ((Term("literal", "中" * 100),),))
    cut = format_result(long, "table", max_width=20).splitlines()[2]
    assert display_width(cut) <= 20 and cut.endswith("…")
    assert "…" not in format_result(long, "table", max_width=0)


def test_csv_tsv_json_follow_the_sparql_results_formats():
    c = list(csv.reader(io.StringIO(format_result(CJK, "csv"), newline="")))
    assert c[0] == ["name", "n"] and c[1] == ["黑神话：悟空", "1"] and c[3] == [KGR + "place/中国", ""]
    assert format_result(CJK, "csv").endswith("\r\n")
    t = format_result(CJK, "tsv").splitlines()
    assert t[0] == "?name\t?n" and t[1] == '"黑神话：悟空"@zh-Hans\t1' and t[3] == f"<{KGR}place/中国>\t"
    j = json.loads(format_result(CJK, "json"))
    assert j["head"]["vars"] == ["name", "n"]
    assert j["results"]["bindings"][0]["name"] == {"type": "literal", "value": "黑神话：悟空", "xml:lang": "zh-Hans"}
    assert j["results"]["bindings"][0]["n"]["datatype"] == XSD + "integer"
    assert "n" not in j["results"]["bindings"][2]
    assert json.loads(format_result(QueryResult((), (), True), "json")) == {"head": {}, "boolean": True}


# ------------------------------------------------------------------ the command line


def run(capfd, *args):
    code = main(list(args))
    out, err = capfd.readouterr()
    return code, out, err


def test_cli_queries_lists_the_library(capfd):
    code, out, _ = run(capfd, "queries")
    assert code == 0
    for name in NAMES:
        assert re.search(rf"^{re.escape(name)}\s", out, re.M)
    assert "--param entity=… (iri, default work:黑神话悟空)" in out


def test_cli_query_formats_and_params(capfd, build_dir):
    code, out, err = run(capfd, "query", "works", "--graph", str(build_dir), "--format", "csv", "--param", "type=kg:VideoGame")
    assert code == 0
    table = list(csv.DictReader(io.StringIO(out)))
    assert table and {r["type"] for r in table} == {KG + "VideoGame"}
    assert any(r["name_en"] == "Black Myth: Wukong" for r in table)
    code, out, _ = run(capfd, "query", "find", "-g", str(build_dir), "-f", "json", "-p", "text=Wukong")
    assert code == 0 and json.loads(out)["results"]["bindings"]
    code, out, _ = run(capfd, "query", "documents", "-g", str(build_dir), "-f", "tsv")
    assert code == 0 and out.startswith("?document\t")


def test_cli_table_is_aligned_for_cjk(capfd, build_dir):
    code, out, err = run(capfd, "query", "works", "--graph", str(build_dir), "--param", "type=kg:VideoGame")
    assert code == 0 and re.search(r"\(\d+ rows?\)", err)
    lines = out.splitlines()
    col = display_width(lines[0][:lines[0].index("type")])
    for line in lines[2:]:
        assert display_width(line[:line.index("kg:VideoGame")]) == col, line


@pytest.mark.parametrize("args, fragment", [
    (["query", "no-such-query"], "no such query in the library"),
    (["query", "SELECT * WHERE { ?s ?p }"], "not valid SPARQL"),
    (["query", "works", "--param", "nope=1"], "unknown parameter 'nope'"),
    (["query", "works", "--param", "novalue"], "expected --param NAME=VALUE"),
    (["query", "works", "--graph", "/nonexistent/folder"], "no such file"),
])
def test_cli_errors_are_one_line_exit_2(capfd, build_dir, args, fragment):
    if "--graph" not in args:
        args = args + ["--graph", str(build_dir)]
    code, out, err = run(capfd, *args)
    assert code == 2 and out == ""
    assert err.startswith("kg: error: ") and fragment in err and err.count("\n") == 1, err


def test_cli_rdflib_engine(capfd, build_dir):
    code, out, _ = run(capfd, "query", "services-trade", "-g", str(build_dir), "-f", "json", "--engine", "rdflib")
    assert code == 0
    ox = sparql.to_json(sparql.query("services-trade", graph=build_dir))
    assert json.loads(out) == ox
