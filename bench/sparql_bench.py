"""Time every query of the library (``kg queries``) on the seed build and on a generated graph.

Chooses the embedded SPARQL engine by measurement: rdflib's own SPARQL engine against
pyoxigraph, in memory and on disk. The generated graph is shaped like a build: one named graph
per document holding its description, articles, entity mentions (types, labels in three scripts,
schema.org alignment, one ``oa:Annotation`` with position and quote selectors per mention),
relations with their ``kg:RelationStatement`` and evidence, observations (value, unit, period,
subject, qualifier, growth links) with evidence, and the indicators they measure. Popular entities
appear in most documents (Zipf), so the union default graph repeats their triples as a real build
does. It is deterministic (fixed seed) and cached under ``bench/.cache/``.

Prints a table of median milliseconds per query and engine; asserts nothing.

    python bench/sparql_bench.py                      # seed build + 1M triples (oxigraph) + 100k (rdflib)
    python bench/sparql_bench.py --triples 200000 --rdflib-triples 0 --runs 3
"""

from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg import sparql  # noqa: E402
from kg.namespaces import KG, KGR, OA, SCHEMA, SDMX_ATTRIBUTE, SDMX_DIMENSION, SDMX_MEASURE, UNIT  # noqa: E402

CACHE = ROOT / "bench" / ".cache"

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS = "http://www.w3.org/2004/02/skos/core#"
XSD = "http://www.w3.org/2001/XMLSchema#"
PROV = "http://www.w3.org/ns/prov#"
ORG = "http://www.w3.org/ns/org#"
TIME = "http://www.w3.org/2006/time#"

# ------------------------------------------------------------------ the generated graph

_HAN = "中国服务贸易文化出海游戏电影网络文学微短剧数字经济科技创新发展增长企业市场海外平台政策措施区域合作开放试点"
_HANT = "中國服務貿易文化出海遊戲電影網絡文學微短劇數字經濟科技創新發展增長企業市場海外平臺政策措施區域合作開放試點"
_WORK_TYPES = ["VideoGame", "Film", "WebNovel", "MicroDrama", "TVSeries", "AppProduct"]


def _iri(x: str) -> str:
    return f"<{x}>"


def _lit(text: str, lang: str | None = None, dt: str | None = None) -> str:
    esc = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    if lang:
        return f'"{esc}"@{lang}'
    if dt:
        return f'"{esc}"^^<{dt}>'
    return f'"{esc}"'


class _Writer:
    def __init__(self, fh, classes: dict, props: dict) -> None:
        self.fh, self.classes, self.props, self.count = fh, classes, props, 0

    def quad(self, s: str, p: str, o: str, g: str | None) -> None:
        self.fh.write(f"{s} {p} {o} {g} .\n" if g else f"{s} {p} {o} .\n")
        self.count += 1

    def typed(self, s: str, cls: str, g: str) -> None:
        """``s a cls`` plus the aligned super-classes, as :func:`kg.rdf.materialize_alignment` states them."""
        self.quad(s, _iri(RDF_TYPE), _iri(cls), g)
        for sup in self.classes.get(cls, ()):
            self.quad(s, _iri(RDF_TYPE), _iri(sup), g)

    def prop(self, s: str, p: str, o: str, g: str) -> None:
        self.quad(s, _iri(p), o, g)
        for sup in self.props.get(p, ()):
            self.quad(s, _iri(sup), o, g)
        if p == SKOS + "prefLabel":
            self.quad(s, _iri(str(SCHEMA.name)), o, g)
            self.quad(s, _iri(RDFS_LABEL), o, g)
        elif p == SKOS + "altLabel":
            self.quad(s, _iri(str(SCHEMA.alternateName)), o, g)


def _text(rng: random.Random, n: int, alphabet: str = _HAN) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _hash(*parts) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:16]


def _entities(rng: random.Random, n: int) -> list[dict]:
    """A pool of entities; the first ones are the IRIs the library's default parameters name."""
    named = [
        ("work/黑神话悟空", "VideoGame", ("黑神话：悟空", "黑神話：悟空", "Black Myth: Wukong")),
        ("place/中国", "Country", ("中国", "中國", "China")),
        ("orgn/商务部", "GovernmentBody", ("商务部", "商務部", "Ministry of Commerce")),
        ("orgn/游戏科学", "Firm", ("游戏科学", "遊戲科學", "Game Science")),
    ]
    pool = [{"key": k, "type": t, "labels": l} for k, t, l in named]
    kinds = ([("work", t) for t in _WORK_TYPES] + [("orgn", "Firm")] * 4 + [("orgn", "GovernmentBody"), ("orgn", "Organization")]
             + [("person", "Person")] * 3 + [("place", "City"), ("place", "Country"), ("policy", "Policy")])
    for i in range(len(pool), n):
        kind, typ = rng.choice(kinds)
        n_chars = rng.randint(2, 6)
        hans = _text(rng, n_chars)
        hant = "".join(_HANT[_HAN.index(c)] for c in hans)
        en = " ".join(rng.choice(["Digital", "Trade", "Game", "Silk", "Road", "Cloud", "Dragon", "Star", "Ocean"])
                      for _ in range(rng.randint(1, 3)))
        labels = (hans, hant if rng.random() < 0.5 else None, f"{en} {i}" if rng.random() < 0.5 else None)
        pool.append({"key": f"{kind}/e{i}-{hans}", "type": typ, "labels": labels})
    return pool


def _indicators(rng: random.Random, n: int) -> list[dict]:
    inds = [{"key": "services.trade", "labels": ("服务进出口总额", "total import and export of services"), "growth_of": None},
            {"key": "services.trade.growth", "labels": ("服务进出口总额增速", "total import and export of services, growth rate"),
             "growth_of": "services.trade"}]
    for i in range(n // 2):
        zh = _text(rng, rng.randint(3, 8))
        inds.append({"key": f"i{i}", "labels": (zh, f"indicator {i}"), "growth_of": None})
        inds.append({"key": f"i{i}.growth", "labels": (zh + "增速", f"indicator {i}, growth rate"), "growth_of": f"i{i}"})
    return inds


def generate(target: int, path: Path, seed: int = 6) -> int:
    """Write a build-shaped N-Quads file of about ``target`` triples to ``path``; return the count."""
    from kg.rdf import _alignment

    classes_ref, props_ref = _alignment()
    classes = {str(k): [str(x) for x in v] for k, v in classes_ref.items()}
    props = {str(k): [str(x) for x in v] for k, v in props_ref.items()}
    rng = random.Random(seed)
    n_docs = max(3, target // 3500)
    entities = _entities(rng, max(50, n_docs * 12))
    weights = [1.0 / (i + 1) ** 0.9 for i in range(len(entities))]
    indicators = _indicators(rng, max(20, n_docs))
    ind_weights = [1.0 / (i + 1) ** 0.8 for i in range(len(indicators))]
    by_type: dict[str, list[dict]] = {}
    for e in entities:
        by_type.setdefault(e["type"], []).append(e)
    build = _iri(str(KGR) + "build/bench")
    figures: list[dict] = []  # every point figure with a year, for the cross-document checks
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        w = _Writer(fh, classes, props)
        w.quad(build, _iri(RDF_TYPE), _iri(str(KG.Build)), None)
        w.quad(_iri(str(KGR) + "indicators"), _iri(RDF_TYPE), _iri(SKOS + "ConceptScheme"), None)
        for d in range(n_docs):
            doc_id = _hash("doc", seed, d)
            doc, g = _iri(f"{KGR}doc/{doc_id}"), _iri(f"{KGR}graph/{doc_id}")
            w.quad(g, _iri(PROV + "wasDerivedFrom"), doc, None)
            w.quad(g, _iri(PROV + "wasGeneratedBy"), build, None)
            w.quad(build, _iri(PROV + "used"), doc, None)
            w.typed(doc, str(KG.SourceDocument), g)
            w.quad(doc, _iri(str(SCHEMA.identifier)), _lit(f"{d:05d}_{doc_id}.txt"), g)
            w.prop(doc, str(KG.sha256), _lit(doc_id * 4), g)
            w.quad(doc, _iri(str(SCHEMA.name)), _lit(_text(rng, 14), "zh-Hans"), g)
            w.quad(doc, _iri(str(SCHEMA.datePublished)), _lit(f"20{rng.randint(15, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", dt=XSD + "date"), g)
            for p_, v in (("characterCount", 20000), ("sentenceCount", 300), ("byteSize", 50000)):
                w.prop(doc, str(KG[p_]), _lit(str(rng.randint(v // 10, v)), dt=XSD + "nonNegativeInteger"), g)
            text_len = 20000
            n_art = rng.randint(1, 6)
            arts = []
            for a in range(1, n_art + 1):
                art = _iri(f"{KGR}article/{doc_id}-{a}")
                arts.append(art)
                w.quad(doc, _iri(str(SCHEMA.hasPart)), art, g)
                w.typed(art, str(KG.Article), g)
                w.quad(art, _iri(str(SCHEMA.isPartOf)), doc, g)
                w.quad(art, _iri(str(SCHEMA.position)), _lit(str(a), dt=XSD + "integer"), g)
                _evidence(w, rng, art, doc, doc_id, g, text_len, motivation="describing")
            # entity mentions
            mentioned = {e["key"]: e for e in rng.choices(entities, weights, k=70)}
            for e in mentioned.values():
                e["documents"] = e.get("documents", 0) + 1
            for e in mentioned.values():
                node = _iri(f"{KGR}{e['key'].replace('orgn/', 'org/')}")
                e["iri"] = node
                w.typed(node, str(KG[e["type"]]), g)
                for label, lang in zip(e["labels"], ("zh-Hans", "zh-Hant", "en")):
                    if label:
                        w.prop(node, SKOS + "prefLabel", _lit(label, lang), g)
                if e["labels"][2]:
                    w.prop(node, SKOS + "altLabel", _lit(e["labels"][2].split()[0], "en"), g)
                for _ in range(rng.randint(1, 3)):
                    _evidence(w, rng, node, doc, doc_id, g, text_len, exact=e["labels"][0])
                w.prop(rng.choice(arts), str(KG.mentions), node, g)
            # relations, each with its statement node and evidence
            ments = list(mentioned.values())
            for _ in range(10):
                s_ = rng.choice(ments)
                rel = _relation(rng, s_, by_type, ments)
                if rel is None:
                    continue
                pred, obj, obj_iri = rel
                w.prop(s_["iri"], pred, obj_iri, g)
                stmt = _iri(f"{KGR}stmt/{_hash(s_['key'], pred, obj)}")
                w.typed(stmt, str(KG.RelationStatement), g)
                w.quad(stmt, _iri(RDF + "subject"), s_["iri"], g)
                w.quad(stmt, _iri(RDF + "predicate"), _iri(pred), g)
                w.quad(stmt, _iri(RDF + "object"), obj_iri, g)
                _evidence(w, rng, stmt, doc, doc_id, g, text_len)
                if pred == str(SCHEMA.worksFor):
                    role = _iri(f"{KGR}role/{_hash(s_['key'], obj)}")
                    w.typed(role, str(KG.Role), g)
                    w.quad(role, _iri(ORG + "member"), s_["iri"], g)
                    w.quad(role, _iri(ORG + "organization"), obj_iri, g)
                    w.quad(role, _iri(str(SCHEMA.roleName)), _lit(rng.choice(["董事长", "总经理", "研究员", "CEO"]), "zh-Hans"), g)
                    _evidence(w, rng, role, doc, doc_id, g, text_len)
            # observations
            for o in range(30):
                ind = rng.choices(indicators, ind_weights)[0]
                stated = _observation(w, rng, ind, indicators, doc, doc_id, g, o, text_len, rng.choice(ments)["iri"])
                if stated:
                    figures.append(stated)
        _checks(w, figures, build)
        for e in sorted((e for e in entities if e.get("documents")), key=lambda e: e["key"]):
            w.quad(e["iri"], _iri(str(KG.documentCount)), _lit(str(e["documents"]), dt=XSD + "nonNegativeInteger"), None)
    tmp.replace(path)
    return w.count


def _relation(rng, s_, by_type, ments):
    t = s_["type"]
    if t in _WORK_TYPES:
        if rng.random() < 0.5:
            firm = rng.choice(by_type["Firm"])
            firm.setdefault("iri", _iri(f"{KGR}{firm['key'].replace('orgn/', 'org/')}"))
            return str(KG.developer), firm["key"], firm["iri"]
        date = f"20{rng.randint(15, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        return str(SCHEMA.datePublished), date, _lit(date, dt=XSD + "date")
    if t == "Policy":
        gov = rng.choice(by_type["GovernmentBody"])
        gov.setdefault("iri", _iri(f"{KGR}{gov['key'].replace('orgn/', 'org/')}"))
        return str(KG.issuedBy), gov["key"], gov["iri"]
    if t in ("Firm", "GovernmentBody", "Organization"):
        place = rng.choice(by_type["City"] + by_type["Country"])
        place.setdefault("iri", _iri(f"{KGR}{place['key']}"))
        return str(KG.locatedIn), place["key"], place["iri"]
    if t == "City":
        country = rng.choice(by_type["Country"])
        country.setdefault("iri", _iri(f"{KGR}{country['key']}"))
        return str(KG.withinRegion), country["key"], country["iri"]
    if t == "Person":
        firm = rng.choice(by_type["Firm"])
        firm.setdefault("iri", _iri(f"{KGR}{firm['key'].replace('orgn/', 'org/')}"))
        return str(SCHEMA.worksFor), firm["key"], firm["iri"]
    return None


def _observation(w: _Writer, rng, ind, indicators, doc, doc_id, g, o, text_len, about) -> dict | None:
    node = _iri(f"{KGR}obs/{_hash(doc_id, o)}")
    ind_iri = _iri(f"{KGR}indicator/{ind['key']}")
    w.typed(ind_iri, str(KG.Indicator), g)
    w.quad(ind_iri, _iri(SKOS + "inScheme"), _iri(str(KGR) + "indicators"), g)
    w.prop(ind_iri, SKOS + "prefLabel", _lit(ind["labels"][0], "zh-Hans"), g)
    w.prop(ind_iri, SKOS + "prefLabel", _lit(ind["labels"][1], "en"), g)
    growth = ind["growth_of"] is not None
    if growth:
        w.prop(ind_iri, str(KG.growthOfIndicator), _iri(f"{KGR}indicator/{ind['growth_of']}"), g)
        w.typed(node, str(KG.GrowthObservation), g)
    w.typed(node, str(KG.Observation), g)
    w.prop(node, str(KG.measures), ind_iri, g)
    year = rng.randint(2015, 2025)
    # documents mostly agree: each (indicator, year) has one true figure, stated exactly 85% of the time
    truth = random.Random(f"{ind['key']}|{year}")
    if growth:
        value, unit = f"{truth.uniform(-20, 60):.1f}", str(UNIT.PERCENT)
    else:
        value = str(truth.choice([1, 2, 5, 7.5, 10, 18.56, 43.5]) * 10 ** truth.randint(6, 12))
        unit = str(truth.choice([UNIT.CCY_CNY, UNIT.CCY_USD, UNIT.NUM]))
    if rng.random() < 0.15:
        value = f"{float(value) * rng.choice([1.02, 1.1, 1.5]):.1f}"
    point = rng.random() < 0.95
    if point:
        w.quad(node, _iri(str(SDMX_MEASURE.obsValue)), _lit(value if "." in value else value + ".0", dt=XSD + "decimal"), g)
    else:
        w.quad(node, _iri(str(KG.rangeLow)), _lit("1.0", dt=XSD + "decimal"), g)
        w.quad(node, _iri(str(KG.rangeHigh)), _lit("2.0", dt=XSD + "decimal"), g)
    w.quad(node, _iri(str(SDMX_ATTRIBUTE.unitMeasure)), _iri(unit), g)
    in_year = rng.random() < 0.8
    if in_year:
        w.quad(node, _iri(str(SDMX_DIMENSION.refPeriod)), _lit(str(year), dt=XSD + "gYear"), g)
        if growth:
            w.prop(node, str(KG.comparisonPeriod), _lit(str(year - 1), dt=XSD + "gYear"), g)
    else:
        period = _iri(f"{KGR}period/{year}-01--{year}-10")
        w.quad(period, _iri(RDF_TYPE), _iri(TIME + "Interval"), g)
        w.quad(period, _iri(RDFS_LABEL), _lit(f"{year}-01/{year}-10"), g)
        w.quad(node, _iri(str(SDMX_DIMENSION.refPeriod)), period, g)
    subject = None
    if rng.random() < 0.7:
        subject = about if rng.random() < 0.6 else _iri(f"{KGR}place/中国")
        w.quad(node, _iri(str(SCHEMA.observationAbout)), subject, g)
    qualifier = None
    if rng.random() < 0.2:
        qualifier = rng.choice([KG.MoreThan, KG.About, KG.Nearly])
        w.prop(node, str(KG.qualifier), _iri(str(qualifier)), g)
    _evidence(w, rng, node, doc, doc_id, g, text_len, exact=value)
    if point and in_year:
        return {"doc": doc_id, "node": node, "indicator": ind_iri, "year": year, "unit": unit, "value": float(value),
                "about": subject, "qualifier": qualifier}
    return None


def _interval(f: dict) -> tuple[float, float]:
    """The values a figure allows, as kg/resolve/observations.py judges them."""
    v, q = f["value"], f["qualifier"]
    if q == KG.MoreThan:
        return v, float("inf")
    if q == KG.About:
        return sorted((v * 0.95, v * 1.05))
    if q == KG.Nearly:
        return sorted((v * 0.9, v))
    return sorted((v * 0.995, v * 1.005))


def _checks(w: _Writer, figures: list[dict], build: str) -> None:
    """Same-figure checks in the default graph, grouped as kg.resolve.observations.cross_check does."""
    slots: dict[tuple, list[dict]] = {}
    for f in figures:
        slots.setdefault((f["indicator"], f["year"], f["unit"]), []).append(f)
    for (ind, year, unit), group in sorted(slots.items()):
        for about in sorted({f["about"] for f in group if f["about"]}) or [None]:
            members = [f for f in group if f["about"] in (about, None)]
            if len({f["doc"] for f in members}) < 2:
                continue
            lows, highs = zip(*(_interval(f) for f in members))
            status = KG.Agree if max(lows) <= min(highs) else KG.Conflict
            node = _iri(f"{KGR}check/{_hash(ind, year, unit, about, *(f['node'] for f in members))}")
            w.typed(node, str(KG.SameFigureCheck), None)
            w.typed(node, str(KG.CrossCheck), None)
            w.quad(node, _iri(PROV + "wasGeneratedBy"), build, None)
            w.quad(node, _iri(str(KG.checkStatus)), _iri(str(status)), None)
            w.quad(node, _iri(str(KG.checkedIndicator)), ind, None)
            w.quad(node, _iri(str(KG.checkedUnit)), _iri(unit), None)
            w.quad(node, _iri(str(KG.checkedPeriod)), _lit(str(year), dt=XSD + "gYear"), None)
            if about:
                w.quad(node, _iri(str(KG.checkedSubject)), about, None)
            values = sorted({f"{f['value']:.1f}" for f in members}, key=float)
            w.quad(node, _iri(str(KG.arithmetic)), _lit(" vs ".join(values)), None)
            for f in members:
                w.quad(node, _iri(str(KG.comparedObservation)), f["node"], None)


def _evidence(w: _Writer, rng, body, doc, doc_id, g, text_len, *, exact=None, motivation="identifying") -> None:
    exact = exact or _text(rng, rng.randint(4, 12))
    start = rng.randint(0, text_len - 200)
    end = start + len(exact)
    key = _hash(doc_id, start, end, body)
    ann, target, pos, quote = (_iri(f"{KGR}ann/{key}{x}") for x in ("", "-target", "-pos", "-quote"))
    w.quad(ann, _iri(RDF_TYPE), _iri(str(OA.Annotation)), g)
    w.quad(ann, _iri(str(OA.hasBody)), body, g)
    w.quad(ann, _iri(str(OA.hasTarget)), target, g)
    w.quad(ann, _iri(str(OA.motivatedBy)), _iri(str(OA[motivation])), g)
    w.quad(target, _iri(RDF_TYPE), _iri(str(OA.SpecificResource)), g)
    w.quad(target, _iri(str(OA.hasSource)), doc, g)
    w.quad(target, _iri(str(OA.hasSelector)), pos, g)
    w.quad(target, _iri(str(OA.hasSelector)), quote, g)
    w.quad(pos, _iri(RDF_TYPE), _iri(str(OA.TextPositionSelector)), g)
    w.quad(pos, _iri(str(OA.start)), _lit(str(start), dt=XSD + "nonNegativeInteger"), g)
    w.quad(pos, _iri(str(OA.end)), _lit(str(end), dt=XSD + "nonNegativeInteger"), g)
    w.quad(quote, _iri(RDF_TYPE), _iri(str(OA.TextQuoteSelector)), g)
    w.quad(quote, _iri(str(OA.exact)), _lit(exact), g)
    w.quad(quote, _iri(str(OA.prefix)), _lit(_text(rng, rng.randint(5, 40))), g)
    w.quad(quote, _iri(str(OA.suffix)), _lit(_text(rng, rng.randint(5, 40))), g)


def generated(target: int) -> Path:
    """The cached generated graph of about ``target`` triples (written on first use)."""
    path = CACHE / f"generated-v3-{target}.nq"  # v3: with cross-document checks and document counts
    if not path.is_file():
        t0 = time.perf_counter()
        n = generate(target, path)
        print(f"generated {path.relative_to(ROOT)}: {n:,} quads in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return path


# ------------------------------------------------------------------ timing


def _time(fn, runs: int, warm_up: bool = True) -> float:
    """Median CPU milliseconds of ``runs`` calls (CPU time: the figures hold on a busy machine)."""
    if warm_up:
        fn()
    times = []
    for _ in range(runs):
        t0 = time.process_time()
        fn()
        times.append((time.process_time() - t0) * 1000)
    return statistics.median(times)


def _load(label: str, fn):
    t0 = time.perf_counter()
    obj = fn()
    print(f"loaded {label} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return obj


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed-build", default=None, metavar="DIR",
                    help="a build of seeds/ (default: build seeds/ into a temporary folder)")
    ap.add_argument("--triples", type=int, default=1_000_000, help="size of the generated graph (default 1,000,000)")
    ap.add_argument("--rdflib-triples", type=int, default=100_000,
                    help="size of the generated graph rdflib is timed on (0: seed build only; default 100,000)")
    ap.add_argument("--runs", type=int, default=5, help="timed runs per query (median; default 5)")
    ap.add_argument("--no-disk", action="store_true", help="skip pyoxigraph on disk")
    args = ap.parse_args(argv)

    import pyoxigraph

    if args.seed_build:
        seed_dir = Path(args.seed_build)
    else:
        from kg import build

        seed_dir = Path(tempfile.mkdtemp(prefix="kg-bench-seed-"))
        _load("seed build (kg build)", lambda: build([ROOT / "seeds"], seed_dir))
    seed_nq = seed_dir / "kg.nq"
    n_seed = sum(1 for _ in open(seed_nq, encoding="utf-8"))

    columns: list[tuple[str, object]] = []
    columns.append((f"seed {n_seed // 1000}k rdflib", _load("seed into rdflib", lambda: sparql.load(seed_nq, engine="rdflib"))))
    columns.append((f"seed {n_seed // 1000}k oxigraph", _load("seed into oxigraph", lambda: sparql.load(seed_nq))))
    if args.rdflib_triples:
        small = generated(args.rdflib_triples)
        columns.append((f"{args.rdflib_triples // 1000}k rdflib", _load(f"{small.name} into rdflib", lambda: sparql.load(small, engine="rdflib"))))
        columns.append((f"{args.rdflib_triples // 1000}k oxigraph", _load(f"{small.name} into oxigraph", lambda: sparql.load(small))))
    big = generated(args.triples)
    sizes = [f"{sum(1 for _ in open(p, encoding='utf-8')):,} quads ({p.name})"
             for p in ([generated(args.rdflib_triples)] if args.rdflib_triples else []) + [big]]
    label = f"{args.triples / 1e6:g}M" if args.triples >= 1_000_000 else f"{args.triples // 1000}k"
    columns.append((f"{label} oxigraph mem", _load(f"{big.name} into oxigraph (memory)", lambda: sparql.load(big))))
    if not args.no_disk:
        disk_dir = tempfile.mkdtemp(prefix="kg-bench-oxigraph-")

        def on_disk():
            store = pyoxigraph.Store(disk_dir)
            with open(big, "rb") as fh:
                store.bulk_load(fh, pyoxigraph.RdfFormat.N_QUADS)
            store.optimize()
            return store

        columns.append((f"{label} oxigraph disk", _load(f"{big.name} into oxigraph (disk)", on_disk)))

    names = [q.name for q in sparql.library()]
    table = []
    worst = {c: 0.0 for c, _ in columns}
    for name in names:
        row = [name]
        for col, graph in columns:
            slow = "rdflib" in col  # one run each: rdflib takes seconds per query
            result = None

            def run():
                nonlocal result
                result = sparql.query(name, graph=graph)

            ms = _time(run, 1 if slow else args.runs, warm_up=not slow)
            worst[col] = max(worst[col], ms)
            row.append(f"{ms:,.1f} ({len(result.rows)})")
        table.append(row)
        print(f"  {name}: " + ", ".join(row[1:]), file=sys.stderr)
    header = ["query: CPU ms (rows)"] + [c for c, _ in columns]
    table.append(["slowest"] + [f"{worst[c]:,.1f}" for c, _ in columns])
    widths = [max(len(r[i]) for r in [header] + table) for i in range(len(header))]
    for r in [header, ["-" * w for w in widths]] + table:
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
    print(f"\nseed build: {n_seed:,} quads; generated graphs: {', '.join(sizes)}. CPU milliseconds, median of "
          f"{args.runs} runs after a warm-up (rdflib: one run); rows in parentheses, with each query's default "
          f"parameters. rdflib is not timed on the {label} graph: at seconds per query on {args.rdflib_triples // 1000 or n_seed // 1000}k "
          f"triples it is hopeless there.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
