"""kg/visualize.py without a browser: the networkx graph read from a small hand-made RDF
dataset (node types, labels, evidence, figures), the page's data, GraphML, determinism,
the overview above the size threshold, `kg graph`. The browser checks are in test_browser.py."""

from __future__ import annotations

import io
import json
import re

import networkx as nx
import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib import namespace as rns

from kg import visualize as V
from kg.namespaces import (ANN, ART, DOC, GRAPH, IND, KG, OA, OBS, ORGN, PERSON, PLACE, ROLE, SCHEMA,
                           SDMX_ATTRIBUTE, SDMX_DIMENSION, SDMX_MEASURE, STMT, UNIT, WORK, bind)
from tests.conftest import ROOT, run_kg

ORG, RDF, RDFS, SKOS = rns.ORG, rns.RDF, rns.RDFS, rns.SKOS

TEXT = "2024年，游戏科学研发的《黑神话：悟空》海外收入达到7.5万亿元，同比增长14.4%。首席执行官冯骥在深圳表示。"


def _annotate(g, name: str, body: URIRef, doc: URIRef, exact: str) -> None:
    start = TEXT.index(exact)
    end = start + len(exact)
    ann = ANN[name]
    target = ANN[name + "-target"]
    g.add((ann, RDF.type, OA.Annotation))
    g.add((ann, OA.hasBody, body))
    g.add((ann, OA.hasTarget, target))
    g.add((target, RDF.type, OA.SpecificResource))
    g.add((target, OA.hasSource, doc))
    g.add((target, OA.hasSelector, ANN[name + "-pos"]))
    g.add((target, OA.hasSelector, ANN[name + "-quote"]))
    g.add((ANN[name + "-pos"], RDF.type, OA.TextPositionSelector))
    g.add((ANN[name + "-pos"], OA.start, Literal(start, datatype=rns.XSD.nonNegativeInteger)))
    g.add((ANN[name + "-pos"], OA.end, Literal(end, datatype=rns.XSD.nonNegativeInteger)))
    g.add((ANN[name + "-quote"], RDF.type, OA.TextQuoteSelector))
    g.add((ANN[name + "-quote"], OA.exact, Literal(exact)))
    g.add((ANN[name + "-quote"], OA.prefix, Literal(TEXT[:start])))
    g.add((ANN[name + "-quote"], OA.suffix, Literal(TEXT[end:])))


def small_dataset() -> Dataset:
    """One document, one article; a game, its developer, a person with a position, a city,
    a level and its growth, a relation statement with its evidence."""
    ds = bind(Dataset())
    g = ds.graph(GRAPH["d1"])
    doc, art = DOC["d1"], ART["d1-1"]
    game, firm, person, city = WORK["黑神话悟空"], ORGN["游戏科学"], PERSON["冯骥"], PLACE["深圳市"]
    level, growth = OBS["level"], OBS["growth"]
    ind, ind_growth = IND["overseas.revenue"], IND["overseas.revenue.growth"]
    g.add((doc, RDF.type, KG.SourceDocument))
    g.add((doc, SCHEMA.identifier, Literal("d1.txt")))
    g.add((doc, SCHEMA.name, Literal("游戏出海报道", lang="zh-Hans")))
    g.add((doc, SCHEMA.hasPart, art))
    g.add((art, RDF.type, KG.Article))
    g.add((art, SCHEMA.isPartOf, doc))
    for node, kind, labels in [
        (game, KG.VideoGame, [("黑神话：悟空", "zh-Hans"), ("黑神話:悟空", "zh-Hant"), ("Black Myth: Wukong", "en")]),
        (firm, KG.Firm, [("游戏科学", "zh-Hans")]),
        (person, KG.Person, [("冯骥", "zh-Hans")]),
        (city, KG.City, [("深圳", "zh-Hans"), ("Shenzhen", "en")]),
    ]:
        g.add((node, RDF.type, kind))
        for text, lang in labels:
            g.add((node, SKOS.prefLabel, Literal(text, lang=lang)))
            g.add((node, RDFS.label, Literal(text, lang=lang)))
        g.add((art, KG.mentions, node))
        g.add((art, SCHEMA.mentions, node))  # the aligned term, as the build states it
    g.add((game, SKOS.altLabel, Literal("Wukong", lang="en")))
    _annotate(g, "game", game, doc, "黑神话：悟空")
    _annotate(g, "firm", firm, doc, "游戏科学")
    _annotate(g, "person", person, doc, "冯骥")
    _annotate(g, "city", city, doc, "深圳")
    # a relation, its aligned super-property, and the statement that carries the evidence
    g.add((game, KG.developer, firm))
    g.add((game, SCHEMA.creator, firm))
    stmt = STMT["dev"]
    g.add((stmt, RDF.type, KG.RelationStatement))
    g.add((stmt, RDF.subject, game))
    g.add((stmt, RDF.predicate, KG.developer))
    g.add((stmt, RDF.object, firm))
    _annotate(g, "stmt", stmt, doc, "游戏科学研发的《黑神话：悟空》")
    # a position
    role = ROLE["ceo"]
    g.add((person, SCHEMA.worksFor, firm))
    g.add((role, RDF.type, KG.Role))
    g.add((role, ORG.member, person))
    g.add((role, ORG.organization, firm))
    g.add((role, SCHEMA.roleName, Literal("首席执行官", lang="zh-Hans")))
    _annotate(g, "role", role, doc, "首席执行官冯骥")
    # figures: a level and its growth
    for node, indicator, label in [(ind, None, "海外收入"), (ind_growth, ind, "海外收入增长率")]:
        g.add((node, RDF.type, KG.Indicator))
        g.add((node, SKOS.prefLabel, Literal(label, lang="zh-Hans")))
        if indicator is not None:
            g.add((node, KG.growthOfIndicator, indicator))
    g.add((level, RDF.type, KG.Observation))
    g.add((level, KG.measures, ind))
    g.add((level, SDMX_MEASURE.obsValue, Literal("7500000000000.0", datatype=rns.XSD.decimal)))
    g.add((level, SDMX_ATTRIBUTE.unitMeasure, UNIT.CCY_CNY))
    g.add((level, SDMX_DIMENSION.refPeriod, Literal("2024", datatype=rns.XSD.gYear)))
    g.add((level, SCHEMA.observationAbout, game))
    g.add((level, KG.qualifier, KG.About))
    _annotate(g, "level", level, doc, "7.5万亿元")
    g.add((growth, RDF.type, KG.Observation))
    g.add((growth, RDF.type, KG.GrowthObservation))
    g.add((growth, KG.measures, ind_growth))
    g.add((growth, SDMX_MEASURE.obsValue, Literal("14.4", datatype=rns.XSD.decimal)))
    g.add((growth, SDMX_ATTRIBUTE.unitMeasure, UNIT.PERCENT))
    g.add((growth, SDMX_DIMENSION.refPeriod, Literal("2024", datatype=rns.XSD.gYear)))
    g.add((growth, KG.comparisonPeriod, Literal("2023", datatype=rns.XSD.gYear)))
    g.add((growth, KG.growthOf, level))
    g.add((growth, SCHEMA.observationAbout, game))
    _annotate(g, "growth", growth, doc, "14.4%")
    return ds


@pytest.fixture(scope="module")
def small():
    G = V.to_networkx(small_dataset())
    V.layout(G)
    return G


def page_data(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert m, "the page carries its data"
    return json.loads(m.group(1))


def test_nodes_are_entities_indicators_and_documents(small):
    kinds = {n: d["kind"] for n, d in small.nodes(data=True)}
    assert kinds == {
        "work:黑神话悟空": "VideoGame", "orgn:游戏科学": "Firm", "person:冯骥": "Person", "place:深圳市": "Region",
        "ind:overseas.revenue": "Indicator", "ind:overseas.revenue.growth": "Indicator", "doc:d1": "SourceDocument",
    }  # no observation, article, annotation, statement or role nodes
    assert small.nodes["place:深圳市"]["types"] == "kg:City"


def test_labels_in_every_script(small):
    game = small.nodes["work:黑神话悟空"]
    assert ["Wukong", "en", "alt"] in game["labels"]
    assert {(t, lang) for t, lang, role in game["labels"] if role == "pref"} == {
        ("黑神话：悟空", "zh-Hans"), ("黑神話:悟空", "zh-Hant"), ("Black Myth: Wukong", "en")}
    firm = small.nodes["orgn:游戏科学"]["labels"]
    assert V.display_label(firm, "zh-Hant") == "遊戲科學"  # converted with OpenCC when not stated
    assert V.display_label(firm, "en") == "游戏科学"  # no English label: the Chinese one
    assert V.display_label(small.nodes["place:深圳市"]["labels"], "en") == "Shenzhen"


def test_evidence_is_the_graphs_quote_with_its_span(small):
    (ev,) = small.nodes["orgn:游戏科学"]["evidence"]
    start = TEXT.index("游戏科学")
    assert ev == {"doc": "doc:d1", "start": start, "end": start + 4, "prefix": TEXT[:start], "exact": "游戏科学",
                  "suffix": TEXT[start + 4:]}
    assert small.nodes["work:黑神话悟空"]["docs"] == ["doc:d1"]


def test_figures_belong_to_their_subject_indicator_and_document(small):
    game = small.nodes["work:黑神话悟空"]
    figs = {f["id"]: f for f in game["figures"]}
    assert set(figs) == {"obs:level", "obs:growth"}
    level, growth = figs["obs:level"], figs["obs:growth"]
    assert (level["value"], level["unit"], level["period"], level["qualifier"]) == ("7500000000000.0", "CCY_CNY", "2024", str(KG.About))
    assert growth["growth"] and growth["growth_of"] == "obs:level" and growth["comparison"] == "2023"
    assert level["evidence"][0]["exact"] == "7.5万亿元"
    assert [f["id"] for f in small.nodes["ind:overseas.revenue"]["figures"]] == ["obs:level"]
    assert {f["id"] for f in small.nodes["doc:d1"]["figures"]} == {"obs:level", "obs:growth"}
    assert V.format_figure(level) == "7.5 trillion CNY"
    assert V.format_figure(growth) == "+14.4%"
    assert V.format_figure({"low": "2000000", "high": "3000000", "unit": "NUM", "count_of": "player"}) == "2 million–3 million (player)"
    # figure edges: from what the figure is about and from the document, to the indicator
    assert small.has_edge("work:黑神话悟空", "ind:overseas.revenue", key="figure")
    assert small.has_edge("doc:d1", "ind:overseas.revenue.growth", key="figure")


def test_edges_are_relations_with_evidence_and_mentions(small):
    keys = sorted((u, v, k) for u, v, k in small.edges(keys=True))
    assert ("work:黑神话悟空", "orgn:游戏科学", "kg:developer") in keys
    assert not any(k == "schema:creator" for _u, _v, k in keys)  # the aligned super-property is not drawn twice
    assert not any(k == "schema:mentions" for _u, _v, k in keys)
    assert ("doc:d1", "work:黑神话悟空", "kg:mentions") in keys  # the article folds into its document
    assert ("ind:overseas.revenue.growth", "ind:overseas.revenue", "kg:growthOfIndicator") in keys
    dev = small.edges["work:黑神话悟空", "orgn:游戏科学", "kg:developer"]
    assert [e["exact"] for e in dev["evidence"]] == ["游戏科学研发的《黑神话：悟空》"]
    works_for = small.edges["person:冯骥", "orgn:游戏科学", "schema:worksFor"]
    assert works_for["roles"] == ["首席执行官"]
    (role,) = small.nodes["person:冯骥"]["roles"]
    assert role["role"] == "首席执行官" and role["organization"] == "orgn:游戏科学"


def test_search_keys_hold_both_chinese_scripts_folded():
    key = V.search_key(["黑神话：悟空", "Black Myth: Wukong"]).split("\n")
    assert "黑神话悟空" in key and "黑神話悟空" in key and "blackmythwukong" in key
    assert V.fold("《黑神話：悟空》 ") == "黑神話悟空"
    assert V.fold("ＡＢＣ") == "abc"  # full width folded


def test_page_is_self_contained_and_carries_the_data(small):
    html = V.render_html(small)
    assert not re.search(r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=", html, re.I), "nothing is fetched"
    for cdn in ("cdn.jsdelivr.net", "cdnjs.cloudflare.com", "bootstrap.min", "unpkg.com"):
        assert cdn not in html
    data = page_data(html)
    assert data["meta"]["total"] == small.number_of_nodes()
    game = data["nodes"]["work:黑神话悟空"]
    assert game["l"] == ["黑神话：悟空", "黑神話:悟空", "Black Myth: Wukong"]  # zh-Hans, zh-Hant, en
    assert "黑神話悟空" in game["s"].split("\n")
    assert data["figures"]["obs:level"]["v"] == "7.5 trillion CNY"
    assert {k["key"] for k in data["kinds"]} == {"VideoGame", "Firm", "Person", "Region", "Indicator", "SourceDocument"}
    nodes = json.loads(re.search(r'id="kg-vis-nodes">(.*?)</script>', html, re.S).group(1))
    assert {n["id"] for n in nodes} == set(small.nodes)
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in nodes)
    options = json.loads(re.search(r'id="kg-vis-options">(.*?)</script>', html, re.S).group(1))
    assert options["physics"]["enabled"] is False  # positions are precomputed


def test_above_the_threshold_the_page_opens_on_the_best_connected(small):
    data = page_data(V.render_html(small, threshold=3, overview_size=2))
    assert data["meta"]["total"] > data["meta"]["threshold"] and data["meta"]["overview"] == 2
    degree = {n: len(set(small.predecessors(n)) | set(small.successors(n))) for n in small}
    assert [degree[n] for n in data["order"]] == sorted(degree.values(), reverse=True)
    assert data["order"][0] == "doc:d1"


def test_graphml_is_readable_by_networkx(small):
    data = V.graphml(small)
    back = nx.read_graphml(io.BytesIO(data))
    assert set(back.nodes) == set(small.nodes)
    assert back.number_of_edges() == small.number_of_edges()
    game = back.nodes["work:黑神话悟空"]
    assert game["label"] == "黑神话：悟空" and game["label_en"] == "Black Myth: Wukong" and game["kind"] == "VideoGame"
    assert isinstance(game["x"], float)
    assert json.loads(game["evidence"])[0]["exact"] == "黑神话：悟空"
    relations = {d["relation_key"] for _u, _v, d in back.edges(data=True)}
    assert {"kg:developer", "kg:mentions", "figure", "schema:worksFor"} <= relations


def test_output_is_deterministic(small):
    again = V.to_networkx(small_dataset())
    V.layout(again)
    assert V.render_html(again) == V.render_html(small)
    assert V.graphml(again) == V.graphml(small)


def test_layout_places_every_node_and_is_repeatable():
    G = V.synthetic_graph(400, seed=3)
    G.add_node("lonely", kind="Person", labels=[["独行", "zh-Hans", "pref"]], evidence=[], figures=[], docs=[])
    first = V.layout(G)
    assert set(first) == set(G.nodes)
    assert all(abs(x) < 1e6 and abs(y) < 1e6 for x, y in first.values())
    assert len(set(first.values())) == len(first)  # no two nodes on the same spot
    assert V.layout(G) == first


def test_kg_graph_renders_a_build_file(tmp_path, seed_build):
    _result, out = seed_build
    page = tmp_path / "page" / "seeds.html"
    proc = run_kg("graph", str(out / "kg.trig"), "-o", str(page))
    assert proc.returncode == 0, proc.stderr
    assert page.read_bytes() == (out / "graph.html").read_bytes()
    assert (tmp_path / "page" / "seeds.graphml").read_bytes() == (out / "graph.graphml").read_bytes()
    assert run_kg("graph", str(tmp_path / "missing.trig")).returncode == 2
    bad = run_kg("graph", str(ROOT / "README.md"))
    assert bad.returncode == 2 and "unsupported graph format" in bad.stderr


def test_same_page_whatever_the_hash_seed(tmp_path):
    pages = []
    for seed in ("1", "777"):
        page = tmp_path / seed / "graph.html"
        proc = run_kg("graph", str(ROOT / "output" / "kg.trig"), "-o", str(page), env={"PYTHONHASHSEED": seed})
        assert proc.returncode == 0, proc.stderr
        pages.append((page.read_bytes(), page.with_suffix(".graphml").read_bytes()))
    assert pages[0] == pages[1]


def test_committed_graph_files_are_current(seed_build):
    """output/graph.html and output/graph.graphml are what `kg build` writes today."""
    _result, out = seed_build
    for name in ("graph.html", "graph.graphml"):
        committed = ROOT / "output" / name
        assert committed.exists(), f"output/{name} is not committed; run `kg build`"
        assert committed.read_bytes() == (out / name).read_bytes(), f"output/{name} is stale; run `kg build`"


def _compact_by_every_prefix(term: object) -> str:
    """What :func:`kg.visualize.compact` returned when it tried every prefix in turn."""
    from kg.namespaces import PREFIXES

    text = str(term)
    best, result = "", text
    for prefix, ns in PREFIXES.items():
        base = str(ns)
        if text.startswith(base) and len(base) > len(best):
            rest = text[len(base):]
            if rest and "/" not in rest and "#" not in rest:
                best, result = base, f"{prefix}:{rest}"
    return result


def test_compact_is_the_longest_prefix_whose_local_part_has_no_slash():
    from kg.namespaces import PREFIXES

    iris = set(re.findall(r"<([^>]+)>", (ROOT / "output" / "kg.nq").read_text(encoding="utf-8")))
    for ns in PREFIXES.values():
        base = str(ns)
        iris |= {base, base + "x", base + "a/b", base + "a#b", base + "a-b", base[:-1], base + "/x"}
    iris |= {"", "x", "/", "#", "http://example.org/", "urn:x:y", "https://w3id.org/cstkg/id/period/2024-01--2024-10"}
    assert len(iris) > 1000
    for iri in sorted(iris):
        assert V.compact(URIRef(iri) if iri else iri) == _compact_by_every_prefix(iri), iri


def test_index_holds_each_object_once_in_the_order_first_met():
    """A few objects of a subject and predicate are a tuple, many a set; a triple stated in two
    graphs, or twice, is there once."""
    from kg.rdf.quads import Quads

    q = Quads()
    s, p, few, many = WORK["s"], SCHEMA.name, SCHEMA.alternateName, SCHEMA.sameAs
    for gid in (GRAPH["a"], GRAPH["b"]):
        g = q.graph(gid)
        g.add((s, p, Literal("x", lang="en")))
        g.add((s, p, Literal("y")))
        for i in range(20):
            g.add((s, many, URIRef(f"https://example.org/{i}")))
    q.default.add((s, p, Literal("x", lang="en")))
    q.default.add((s, few, Literal("x", lang="en")))
    spo = V._index(q)
    assert spo[s][p] == (Literal("x", lang="en"), Literal("y"))
    assert spo[s][few] == (Literal("x", lang="en"),)
    assert spo[s][many] == {URIRef(f"https://example.org/{i}") for i in range(20)}
