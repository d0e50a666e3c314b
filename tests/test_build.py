"""End to end on seeds/ (the default input) and the guarantees of a build:
committed output is current, output is deterministic and atomic, exports agree."""

from __future__ import annotations

import json
import re

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg import build
from kg.export import union_graph
from kg.normalize import normalize
from tests.conftest import ROOT, SEEDS, run_kg

OUTPUT = ROOT / "output"
EXPORTS = ["kg.ttl", "kg.trig", "kg.nq", "kg.jsonld", "report.json"]


def by_name(result, prefix):
    return next(d for d in result.documents if d.source.name.startswith(prefix))


def test_seed_build_succeeds(seed_build):
    result, out = seed_build
    assert result.exit_code == 0 and not result.problems
    assert len(result.documents) == 5
    for name in EXPORTS:
        assert (out / name).stat().st_size > 0


def test_committed_output_is_current(seed_build):
    """output/ in the repository is exactly what `kg build` writes today."""
    _, out = seed_build
    for name in EXPORTS:
        committed = OUTPUT / name
        assert committed.exists(), f"output/{name} is not committed; run `kg build`"
        assert committed.read_bytes() == (out / name).read_bytes(), f"output/{name} is stale; run `kg build`"


def test_newsletter_articles_sources_and_duplicate(seed_build):
    result, _ = seed_build
    doc = by_name(result, "002")
    assert len(doc.articles) == 8
    assert all(a.source for a in doc.articles)
    assert doc.date == "2025-12-30"
    dup = [a for a in doc.articles if a.duplicate_of]
    assert [(a.index, a.duplicate_of[1]) for a in dup] == [(8, 7)]
    # a sentence cut by a page break inside a policy title reads whole again
    assert re.search(r"《促进服务外包高质量发展行动计划》", doc.analysis_text)


def test_gloss_document_has_clean_analysis_text_and_exact_spans(seed_build):
    result, _ = seed_build
    doc = by_name(result, "003")
    assert not re.search(r"\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)", doc.analysis_text)
    assert doc.primary_script == "zh-Hant"
    original = doc.source.text
    for s in doc.sentences:
        assert doc.analysis_text[s.norm_start:s.norm_end] == s.text
        assert normalize(original[s.start:s.end]).text == s.text
    # a glossed word maps back to the characters with their gloss
    i = doc.analysis_text.index("新业态")
    a, b = doc.to_original(i, i + 3)
    assert original[a:b].startswith("新業") and "(yè)" in original[a:b] and original[a:b].endswith("態")


def test_bilingual_document_alternates_scripts(seed_build):
    result, _ = seed_build
    doc = by_name(result, "000")
    scripts = [s.script for s in doc.sentences]
    assert {"zh-Hant", "en"} <= set(scripts)
    assert "zh-Hans" not in scripts


def test_exports_parse_and_agree(seed_build):
    result, out = seed_build
    ds = result.dataset
    trig = Dataset()
    trig.parse(out / "kg.trig", format="trig")
    nq = Dataset()
    nq.parse(out / "kg.nq", format="nquads")
    for parsed in (trig, nq):
        assert {str(g.identifier) for g in parsed.graphs() if len(g)} == {str(g.identifier) for g in ds.graphs() if len(g)}
        for g in ds.graphs():
            if len(g):
                assert isomorphic(g, parsed.graph(g.identifier)), g.identifier
    ttl = Graph().parse(out / "kg.ttl", format="turtle")
    jsonld = Dataset()
    jsonld.parse(out / "kg.jsonld", format="json-ld")
    assert isomorphic(ttl, union_graph(ds))
    assert isomorphic(union_graph(jsonld), union_graph(ds))


def test_report_describes_every_document(seed_build):
    _, out = seed_build
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["totals"]["documents_built"] == 5
    for entry in report["documents"]:
        for key in ("bytes", "encoding", "scripts", "articles", "sentences", "warnings", "sha256"):
            assert key in entry
    glossed = next(e for e in report["documents"] if e["name"].startswith("003"))
    assert any("pinyin" in w for w in glossed["warnings"])


def test_two_builds_are_byte_identical_whatever_the_hash_seed(tmp_path):
    outs = []
    for seed in ("1", "4242"):
        out = tmp_path / f"out{seed}"
        proc = run_kg("build", str(SEEDS), "--out", str(out), "--quiet", env={"PYTHONHASHSEED": seed})
        assert proc.returncode == 0, proc.stderr
        outs.append(out)
    for name in EXPORTS:
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name


def test_failed_write_leaves_previous_output_intact(tmp_path, monkeypatch):
    out = tmp_path / "out"
    build([SEEDS], out)
    before = {n: (out / n).read_bytes() for n in EXPORTS}

    import kg.export as export

    real_open = open
    calls = {"n": 0}

    def failing_open(path, mode="r", *a, **k):
        if "w" in mode and ".kg-staging-" in str(path):
            calls["n"] += 1
            if calls["n"] == 3:
                raise OSError(28, "No space left on device")
        return real_open(path, mode, *a, **k)

    monkeypatch.setattr(export, "open", failing_open, raising=False)
    from kg.errors import OutputError

    with pytest.raises(OutputError) as err:
        build([SEEDS / "004_aa4927f8c0322e1e.txt"], out)
    assert "No space left" in str(err.value)
    assert {n: (out / n).read_bytes() for n in EXPORTS} == before
    assert not [p for p in out.iterdir() if p.name.startswith(".kg-staging-")]


def test_output_is_the_same_whatever_the_number_of_workers(tmp_path):
    """Analysis and extraction may run in a process pool; the files must not depend on it."""
    corpus = tmp_path / "in"
    corpus.mkdir()
    cities = ["临川市", "云州市", "江城市", "北原市", "海宁市", "西陵市", "青州市", "南浦市", "东岚市", "石渠市"]
    for i, city in enumerate(cities):
        (corpus / f"{i:02d}.txt").write_text(
            f"{city}文化贸易快报\n\n2024年，{city}服务进出口总额达到{120 + i}.5亿元，同比增长{5 + i}.2%。"
            f"星河{i}号互娱科技有限公司研发的手游《云海{i}记》在东南亚上线，首月流水{3 + i}亿元。\n\n"
            f"In 2024, {['Lumen', 'Nova', 'Orbit'][i % 3]} Games Ltd. said exports grew {10 + i}.5 percent.\n",
            encoding="utf-8")
    one = build([corpus], tmp_path / "one", jobs=1)
    two = build([corpus], tmp_path / "two", jobs=2)
    assert one.exit_code == two.exit_code == 0
    names = sorted(p.name for p in (tmp_path / "one").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "two").iterdir())
    for name in names:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name
    assert one.resolution is not None and len(one.resolution.observations) >= 20


def test_a_few_long_documents_use_an_idle_cpu_and_many_documents_every_cpu(monkeypatch):
    import os

    from kg.pipeline import default_jobs

    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(os, "getloadavg", lambda: (0.3, 0.5, 0.5))
    assert default_jobs(5, 60_000) == 2
    assert default_jobs(5, 1_000) == default_jobs(1, 10**6) == 1
    monkeypatch.setattr(os, "getloadavg", lambda: (2.6, 2.0, 2.0))  # the other CPU is busy
    assert default_jobs(5, 60_000) == 1
    assert default_jobs(40) == 2 and default_jobs(7) == 1


def test_a_killed_build_leaves_nothing_behind_for_long(tmp_path):
    """SIGKILL cannot be caught: the staging folder of a killed build stays until the next build
    into the same folder, which removes it once its process is gone, and leaves a running build's
    staging folder (and anything not named like one) alone."""
    import subprocess
    import sys

    out = tmp_path / "out"
    out.mkdir()
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    dead_pid = int(gone.stdout)
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        abandoned = out / f".kg-staging-{dead_pid}-k1ll3d"
        abandoned.mkdir()
        (abandoned / "kg.ttl").write_text("@prefix half: <http://example.org/> .\nhalf:", encoding="utf-8")
        live = out / f".kg-staging-{running.pid}-busy"
        live.mkdir()
        other = out / ".kg-staging-notapid"
        other.mkdir()
        build([SEEDS / "004_aa4927f8c0322e1e.txt"], out)
        names = sorted(p.name for p in out.iterdir() if p.name.startswith(".kg-staging-"))
        assert names == sorted([live.name, other.name])
        assert (out / "kg.ttl").read_bytes().startswith(b"@prefix")
    finally:
        running.kill()
        running.wait()
