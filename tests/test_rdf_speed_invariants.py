"""What the fast paths of the RDF stage and the exporter must keep: vocabulary terms and literals
made once are ordinary rdflib terms; the caches do not outlive a build; the files written from
N-Quads text are what pyoxigraph's writers make of the sorted quads, also for awkward terms."""

from __future__ import annotations

import json
import pickle
from contextlib import contextmanager

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF as RDFLIB_RDF

from kg.export import _prefixes_used, _recase, _with_sorted_prefixes, serialize
from kg import namespaces
from kg.namespaces import KG, OA, RDF, SCHEMA, Vocabulary, vocabulary_term
from kg.rdf import build_dataset
from kg.rdf.quads import Quads
from kg.rdf.terms import _INTERNED, literal

# not imported by name: pytest probes a test module's names, and rdflib's XSD warns on unknown ones
XSD_INTEGER, XSD_GYEAR = namespaces.XSD.integer, namespaces.XSD.gYear
XSD_STRING, XSD_NNI, XSD_DECIMAL = namespaces.XSD.string, namespaces.XSD.nonNegativeInteger, namespaces.XSD.decimal


# ---------------------------------------------------------------- terms made once

def test_vocabulary_terms_are_made_once_and_are_plain_urirefs():
    assert KG.Build is KG.Build and KG["Build"] is KG.Build
    assert type(KG.Build) is URIRef and KG.Build == URIRef("https://w3id.org/cstkg/def#Build")
    assert RDF.type == RDFLIB_RDF.type and RDF.type is RDF["type"]
    assert str(RDF) == str(RDFLIB_RDF) and isinstance(RDF, rdflib.Namespace)
    assert SCHEMA.title == URIRef("https://schema.org/title")  # rdflib's special case, still a term
    assert KG.Build in KG and SCHEMA.name not in KG


def test_closed_vocabularies_still_check_names():
    with pytest.raises(AttributeError):
        RDF.notAnRdfTerm  # noqa: B018 -- rdflib's RDF is closed
    with pytest.raises(AttributeError):
        KG.__not_a_term__  # noqa: B018 -- special names are never terms


def test_vocabulary_round_trips_and_adopts_equal_terms():
    assert pickle.loads(pickle.dumps(OA)) == OA and pickle.loads(pickle.dumps(OA)).hasBody == OA.hasBody
    fresh = URIRef(str(KG) + "Observation")
    assert fresh is not KG.Observation and vocabulary_term(fresh) is KG.Observation
    other = URIRef("https://example.org/x")
    assert vocabulary_term(other) is other
    assert isinstance(Vocabulary("https://example.org/v#").a, URIRef)


def test_literals_are_shared_but_kept_apart_by_type():
    assert literal("x", lang="zh-Hans") is literal("x", lang="zh-Hans")
    assert literal(7, datatype=XSD_INTEGER) == Literal(7, datatype=XSD_INTEGER)
    assert literal(1) is not literal(True) and literal(1).datatype != literal(True).datatype
    assert literal("2024", datatype=XSD_GYEAR) == Literal("2024", datatype=XSD_GYEAR)


def test_build_dataset_empties_the_caches():
    literal("made before the build")
    assert len(build_dataset([], [])) > 0
    assert all(cached.cache_info().currsize == 0 for cached in _INTERNED)


# ---------------------------------------------------------------- the files, against pyoxigraph's writers

EX = "https://example.org/"


def _awkward_quads() -> Quads:
    """Quads whose terms exercise escaping, language-tag case, duplicates and blank nodes."""
    q = Quads()
    s, p = URIRef(EX + "s"), URIRef(EX + "p")
    texts = ['quote " and back\\slash', "new\nline\ttab\r", "控制\x01字符", "", "emoji 🙂", "x"]
    q.default.add((URIRef(EX + "build"), RDF.type, KG.Build))
    g1 = q.graph(URIRef(EX + "graph/1"))
    g2 = q.graph(URIRef(EX + "graph/2"))
    q.graph(URIRef(EX + "graph/empty"))
    for i, text in enumerate(texts):
        g1.add((s, p, Literal(text)))
        g1.add((s, URIRef(EX + f"q{i}"), Literal(text, lang="zh-Hans")))
    g1.add((s, p, Literal("x", datatype=XSD_STRING)))  # equal to Literal("x") in pyoxigraph: written once
    g1.add((s, p, Literal(3, datatype=XSD_NNI)))
    g1.add((s, p, Literal("7500.0", datatype=XSD_DECIMAL)))
    g1.add((s, p, Literal(True)))
    g1.add((s, SCHEMA.name, Literal("Ne Zha 2", lang="en")))
    g1.add((URIRef(EX + "地点/钱凯港"), RDF.type, SCHEMA.Place))
    g1.add((BNode("b1"), p, BNode("b2")))
    for g in (g1, g2):  # the same triple in two graphs: once in kg.ttl, twice in the quads
        g.add((s, RDF.type, KG.Observation))
    g2.add((URIRef(EX + "a"), URIRef(EX + "period"), URIRef("https://w3id.org/cstkg/id/period/2024-01--2024-10")))
    return q


def _reference_quads(q: Quads) -> tuple[list[ox.Quad], set[str], dict[str, str]]:
    """The sorted, distinct quads as pyoxigraph terms, made the plain way."""
    iris, tags = set(), {}

    def term(t):
        if isinstance(t, URIRef):
            iris.add(str(t))
            return ox.NamedNode(str(t))
        if isinstance(t, BNode):
            return ox.BlankNode(str(t))
        if t.language:
            tags[t.language.lower()] = t.language
            return ox.Literal(str(t), language=t.language)
        if t.datatype is not None:
            iris.add(str(t.datatype))
            return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
        return ox.Literal(str(t))

    rows = {}
    for g in q.graphs():
        gname = ox.DefaultGraph() if g.identifier is None else term(g.identifier)
        gkey = "" if g.identifier is None else str(g.identifier)
        for s, p, o in g:
            xs, xp, xo = term(s), term(p), term(o)
            rows.setdefault((gkey, _key(xs), _key(xp), _key(xo)), ox.Quad(xs, xp, xo, gname))
    return [rows[k] for k in sorted(rows)], iris, {low: tag for low, tag in tags.items() if low != tag}


def _key(x) -> str:
    """The exporter's order: IRIs by their text, literals and blank nodes by their N-Triples form."""
    return x.value if isinstance(x, ox.NamedNode) else str(x)


def test_files_are_what_pyoxigraph_writes_of_the_sorted_quads():
    q = _awkward_quads()
    quads, iris, tags = _reference_quads(q)
    prefixes = _prefixes_used(iris)
    distinct = {}  # kg.ttl: each triple once, whichever graphs state it
    for x in quads:
        distinct.setdefault((_key(x.subject), _key(x.predicate), _key(x.object)), x.triple)
    triples = [distinct[k] for k in sorted(distinct)]
    files = serialize(q)
    assert files["kg.nq"] == _recase(ox.serialize(quads, format=ox.RdfFormat.N_QUADS), tags)
    assert files["kg.trig"] == _recase(_with_sorted_prefixes(
        ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=prefixes), prefixes), tags)
    assert files["kg.ttl"] == _recase(_with_sorted_prefixes(
        ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes), prefixes), tags)
    assert b'"x"@zh-Hans' in files["kg.nq"] and files["kg.nq"].count(b'"x" <https://example.org/graph/1>') == 1


def test_jsonld_is_one_sorted_node_per_line_with_the_values_of_the_quads():
    q = _awkward_quads()
    quads, iris, tags = _reference_quads(q)
    text = serialize(q)["kg.jsonld"].decode("utf-8")
    doc = json.loads(text)
    assert doc["@context"] == _prefixes_used(iris)
    lines = text.split("\n")
    assert lines[0] == '{"@context": ' + json.dumps(doc["@context"], ensure_ascii=False, sort_keys=True) + ","
    assert lines[1] == ' "@graph": [' and lines[-2:] == [" ]}", ""]
    # every node line is json.dumps of the node (sorted keys, no ASCII escapes)
    nodes = [n for item in doc["@graph"] for n in (item["@graph"] if "@graph" in item else [item])]
    body = "\n".join(lines[2:-2])
    for node in nodes:
        assert json.dumps(node, ensure_ascii=False, sort_keys=True) in body
    # default graph first, then the named graphs in order, each value as the quads have it
    assert [item.get("@id") for item in doc["@graph"] if "@graph" in item] == [EX + "graph/1", EX + "graph/2"]
    statements = sum(len(values) for n in nodes for k, values in n.items() if k != "@id")
    assert statements == len(quads)
    s1 = next(n for n in doc["@graph"][1]["@graph"] if n["@id"] == EX + "s")
    assert {"@language": "zh-Hans", "@value": 'quote " and back\\slash'} in s1[EX + "q0"]
    assert {"@type": "xsd:nonNegativeInteger", "@value": "3"} in s1[EX + "p"]
    assert {"@id": "_:b2"} in next(n for n in doc["@graph"][1]["@graph"] if n["@id"] == "_:b1")[EX + "p"]


# ---------------------------------------------------------------- files staged one at a time

def test_files_staged_one_at_a_time_are_the_files_of_serialize(tmp_path):
    """``kg build`` hands each file to the staging folder as soon as it is made, and the TriG writer
    reads kg.nq back from there: the bytes are those of :func:`serialize`."""
    from kg.export import StagedOutput, serialize_into

    q = _awkward_quads()
    expected = serialize(q)
    order = []
    out = tmp_path / "out"
    with StagedOutput(out) as staged:
        create_there = staged.create

        @contextmanager
        def create(name):
            order.append(name)
            with create_there(name) as fh:
                yield fh
            assert staged.path(name).read_bytes() == expected[name]

        staged.create = create
        serialize_into(q, staged)
        assert not (out / "kg.ttl").exists()  # nothing is in place before the commit
        written = staged.commit()
    assert order == ["kg.ttl", "kg.nq", "kg.trig", "kg.jsonld"]
    assert sorted(p.name for p in written) == sorted(expected)
    assert {p.name: p.read_bytes() for p in written} == expected
    assert sorted(p.name for p in out.iterdir()) == sorted(expected)  # and no staging folder left


def test_staged_files_are_discarded_when_the_block_fails(tmp_path):
    from kg.export import StagedOutput, write_outputs

    out = tmp_path / "out"
    write_outputs({"kg.ttl": b"old\n"}, out)
    with pytest.raises(RuntimeError):
        with StagedOutput(out) as staged:
            staged.write("kg.ttl", b"new\n")
            staged.write("kg.nq", b"new\n")
            raise RuntimeError("the build failed after staging two files")
    assert sorted(p.name for p in out.iterdir()) == ["kg.ttl"]  # no staging folder left, no new file
    assert (out / "kg.ttl").read_bytes() == b"old\n"


@pytest.mark.parametrize("text", [
    b'@prefix b: <https://b/> .\n@prefix a: <https://a/> .\n\na:x b:p "x"@zh-hans, "y"@zh-hant ;\n  b:q "z"@en .\n',
    b'@prefix b: <https://b/> .\n@prefix a: <https://a/> .\n',
    b'@prefix b: <https://b/> .\n@prefix a: <https://a/>',
    b'<https://a/x> <https://b/p> "x"@zh-hans .\n<https://a/y> <https://b/p> "y"@zh-hant',
    b"",
], ids=["prefixes-and-body", "only-prefixes", "unended-prefix", "no-prefixes", "empty"])
def test_rewriter_gives_the_rewrite_of_the_whole_text_however_it_is_cut(text):
    """pyoxigraph hands its writer pieces of any size: the @prefix block may end in a later piece,
    a language tag may be cut in two; the file is the same as rewriting the whole text at once."""
    import io

    from kg.export import _Rewriter

    prefixes = {"a": "https://a/", "b": "https://b/", "c": "https://c/"}
    tags = {"zh-hans": "zh-Hans", "zh-hant": "zh-Hant"}
    expected = _recase(_with_sorted_prefixes(text, prefixes), tags)
    cuts = [[], [len(text) // 2]] + [[i] for i in range(len(text) + 1)] + [list(range(0, len(text), 3))]
    for points in cuts:
        out = io.BytesIO()
        rewriter = _Rewriter(out, prefixes, tags)
        previous = 0
        for point in points + [len(text)]:
            rewriter.write(text[previous:point])
            previous = point
        rewriter.close()
        assert out.getvalue() == expected, points


@pytest.mark.parametrize("child", ["writes", "fails"])
def test_jsonld_written_by_a_child_process_is_the_same(tmp_path, monkeypatch, child):
    """With ``fork``, kg.jsonld is written by another process; when that process fails, by this one."""
    import kg.export as export
    from kg.export import StagedOutput, serialize_into

    if child == "fails":
        real_fork = export._fork

        def failing_fork(work, record):
            def fail():
                raise RuntimeError("the child fails")
            real_fork(fail, record)

        monkeypatch.setattr(export, "_fork", failing_fork)
    q = _awkward_quads()
    expected = serialize(q)
    with StagedOutput(tmp_path / "out") as staged:
        serialize_into(q, staged, fork=True)
        written = staged.commit()
    assert {p.name: p.read_bytes() for p in written} == expected


def test_an_interrupt_while_waiting_for_the_jsonld_child_stops_it(tmp_path, monkeypatch):
    """The child ignores SIGINT (the build cleans up after Ctrl-C): an interrupt that reaches the
    build while it waits for the child must stop and reap it, not leave it writing into a staging
    folder that is being removed."""
    import os
    import signal
    import time

    import kg.export as export
    from kg.export import StagedOutput, serialize_into

    pids = []
    real_fork = export._fork

    def slow_fork(work, record):
        def slow():
            time.sleep(60)
            work()

        def both(pid):
            pids.append(pid)
            record(pid)
        real_fork(slow, both)

    class Stop(Exception):
        pass

    def stop(_signum, _frame):
        raise Stop

    monkeypatch.setattr(export, "_fork", slow_fork)
    previous = signal.signal(signal.SIGALRM, stop)
    out = tmp_path / "out"
    start = time.monotonic()
    try:
        with pytest.raises(Stop):
            with StagedOutput(out) as staged:
                signal.setitimer(signal.ITIMER_REAL, 1.0)
                serialize_into(_awkward_quads(), staged, fork=True)
                time.sleep(30)  # not reached: the alarm comes while the build waits for the child
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        for pid in pids:
            try:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            except OSError:
                continue
            pytest.fail("the child was left running")
    assert time.monotonic() - start < 20
    assert pids and pids[0] > 0
    assert not out.exists() or not list(out.iterdir())  # no staging folder, no file
