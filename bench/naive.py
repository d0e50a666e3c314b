"""The naive reference pipeline that ``bench/run`` times ``kg build`` against.

    python bench/naive.py INDIR OUTFILE.ttl [--no-hmm]

What a first attempt at the task looks like: read every .txt/.md/.html file as
UTF-8, tag Chinese with jieba's part-of-speech tagger (``nr`` person, ``ns``
place, ``nt`` organization), take capitalised word runs as English names, find
numbers and percentages with a few regular expressions, put it all in one
rdflib Graph and write Turtle. No offsets map, no normalization, no resolution,
no provenance: it is a yardstick for throughput, not a competitor.

jieba's tagger runs its HMM (Viterbi over every run of characters its
dictionary does not know) by default, as a first attempt would; it dominates
the time. ``--no-hmm`` turns it off (dictionary words only, several times faster).
"""

from __future__ import annotations

import hashlib
import re
import sys
import time
from pathlib import Path

import jieba
import jieba.posseg as pseg
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, XSD

EX = Namespace("https://example.org/naive/")
TYPES = {"nr": EX.Person, "ns": EX.Place, "nt": EX.Organization}
EN_NAME = re.compile(r"\b(?:[A-Z][a-z]+(?:\s+(?:of|and|the)\s+|\s+)){1,4}[A-Z][a-z]+\b")
PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|percent|个百分点)")
AMOUNT_ZH = re.compile(r"(\d+(?:\.\d+)?)\s*(万亿|亿|万)?(元|美元|人民币)")
AMOUNT_EN = re.compile(r"(?:US)?\$?(\d+(?:\.\d+)?)\s*(trillion|billion|million)?\s*(yuan|dollars)?", re.I)
YEAR = re.compile(r"(20\d\d)\s*年?")
SCALE = {"万亿": 10**12, "亿": 10**8, "万": 10**4, "trillion": 10**12, "billion": 10**9, "million": 10**6}
HAN = re.compile(r"[\u4e00-\u9fff]")


def iri(kind: str, name: str) -> URIRef:
    return EX[f"{kind}/{hashlib.sha1(name.encode('utf-8')).hexdigest()[:16]}"]


def add_entity(g: Graph, doc: URIRef, cls: URIRef, name: str) -> None:
    node = iri(cls.split("/")[-1].lower(), name)
    g.add((node, RDF.type, cls))
    g.add((node, RDFS.label, Literal(name)))
    g.add((doc, EX.mentions, node))


def add_figure(g: Graph, doc: URIRef, n: int, value: float, unit: str, surface: str) -> None:
    node = EX[f"{doc.split('/')[-1]}/fig{n}"]
    g.add((node, RDF.type, EX.Figure))
    g.add((node, EX.value, Literal(repr(value), datatype=XSD.decimal)))
    g.add((node, EX.unit, Literal(unit)))
    g.add((node, EX.surface, Literal(surface)))
    g.add((doc, EX.states, node))


def process(g: Graph, path: Path, hmm: bool = True) -> None:
    text = path.read_bytes().decode("utf-8", errors="replace")
    doc = iri("doc", path.name)
    g.add((doc, RDF.type, EX.Document))
    g.add((doc, RDFS.label, Literal(path.name)))
    if HAN.search(text):
        for word, flag in pseg.cut(text, HMM=hmm):
            if flag in TYPES and len(word) > 1:
                add_entity(g, doc, TYPES[flag], word)
    for m in EN_NAME.finditer(text):
        add_entity(g, doc, EX.Name, m.group(0))
    n = 0
    for m in PERCENT.finditer(text):
        add_figure(g, doc, n, float(m.group(1)), "percent", m.group(0))
        n += 1
    for m in AMOUNT_ZH.finditer(text):
        add_figure(g, doc, n, float(m.group(1)) * SCALE.get(m.group(2) or "", 1), m.group(3), m.group(0))
        n += 1
    for m in AMOUNT_EN.finditer(text):
        if m.group(2) or m.group(3):
            add_figure(g, doc, n, float(m.group(1)) * SCALE.get((m.group(2) or "").lower(), 1),
                       m.group(3) or "dollars", m.group(0))
            n += 1
    for m in YEAR.finditer(text):
        g.add((doc, EX.year, Literal(m.group(1), datatype=XSD.gYear)))


def run(indir: Path, outfile: Path, hmm: bool = True) -> dict:
    files = sorted(p for p in indir.rglob("*") if p.suffix in (".txt", ".md", ".html")
                   and not p.name.startswith((".", "README")))
    jieba.setLogLevel(60)
    jieba.initialize()
    g = Graph()
    g.bind("ex", EX)
    for path in files:
        process(g, path, hmm)
    outfile.write_bytes(g.serialize(format="turtle").encode("utf-8"))
    return {"documents": len(files), "bytes": sum(p.stat().st_size for p in files), "triples": len(g)}


def main(argv: list[str]) -> int:
    hmm = "--no-hmm" not in argv
    argv = [a for a in argv if a != "--no-hmm"]
    if len(argv) != 2:
        print("usage: python bench/naive.py INDIR OUTFILE [--no-hmm]", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    stats = run(Path(argv[0]), Path(argv[1]), hmm)
    print(f"naive: {stats['documents']} documents, {stats['bytes']:,} bytes, {stats['triples']:,} triples "
          f"in {time.perf_counter() - t0:.2f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
