"""The extraction cache (kg.cache): a rebuild re-extracts only the documents that changed, and the
output is byte-for-byte what a build without the cache writes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import kg.pipeline
from kg import cache as kgcache
from kg.pipeline import build

DOCS = {
    "a.txt": "2023年，青川市数字服务出口额达到42.6亿元，同比增长11.3%。星河互娱有限公司发布了新游戏《云海行舟》。",
    "b.txt": "據統計，2024年上半年澄湖區軟件外包合同金額為8.75億美元，較去年同期增長6.2%。",
    "c.txt": "Lantern Forge Studios said overseas revenue of its game Paper Kites reached $312 million in 2024, up 18 percent.",
}


def _corpus(folder: Path, docs: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in docs.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


def test_second_build_takes_every_document_from_the_cache_and_writes_the_same_bytes(tmp_path):
    src = _corpus(tmp_path / "in", DOCS)
    plain = build([src], tmp_path / "plain", jobs=1)
    first = build([src], tmp_path / "first", jobs=1, cache=tmp_path / "cache")
    second = build([src], tmp_path / "second", jobs=1, cache=tmp_path / "cache")
    assert (plain.cached, first.cached, second.cached) == (0, 0, 3)
    assert _files(tmp_path / "first") == _files(tmp_path / "plain") == _files(tmp_path / "second")


def test_a_changed_document_is_the_only_one_extracted_again(tmp_path, monkeypatch):
    src = _corpus(tmp_path / "in", DOCS)
    build([src], tmp_path / "first", jobs=1, cache=tmp_path / "cache")
    (src / "b.txt").write_text(DOCS["b.txt"].replace("8.75億", "9.1億"), encoding="utf-8")
    extracted = []
    real = kg.pipeline.extract
    monkeypatch.setattr(kg.pipeline, "extract", lambda doc: extracted.append(doc.source.name) or real(doc))
    again = build([src], tmp_path / "again", jobs=1, cache=tmp_path / "cache")
    assert extracted == ["b.txt"] and again.cached == 2
    monkeypatch.setattr(kg.pipeline, "extract", real)
    fresh = build([src], tmp_path / "fresh", jobs=1)
    assert _files(tmp_path / "again") == _files(tmp_path / "fresh")
    values = {o.quantity.value for o in again.resolution.observations}
    assert "910000000" in values and "875000000" not in values


def test_a_renamed_file_is_a_hit_and_reports_its_new_path(tmp_path):
    src = _corpus(tmp_path / "in", DOCS)
    build([src], None, jobs=1, cache=tmp_path / "cache")
    (src / "a.txt").rename(src / "renamed.txt")
    result = build([src], tmp_path / "out", jobs=1, cache=tmp_path / "cache")
    assert result.cached == 3
    assert sorted(d.source.name for d in result.documents) == ["b.txt", "c.txt", "renamed.txt"]
    assert any(e["path"].endswith("renamed.txt") for e in result.report["documents"])
    plain = build([src], tmp_path / "plain", jobs=1)
    assert _files(tmp_path / "out") == _files(tmp_path / "plain")
    assert plain.cached == 0


def test_a_damaged_entry_is_a_miss(tmp_path):
    src = _corpus(tmp_path / "in", DOCS)
    build([src], None, jobs=1, cache=tmp_path / "cache")
    entries = sorted((tmp_path / "cache").rglob("*.pickle"))
    assert len(entries) == 3
    entries[0].write_bytes(b"not a pickle")
    entries[1].write_bytes(entries[2].read_bytes())  # another document's entry under this key
    result = build([src], tmp_path / "out", jobs=1, cache=tmp_path / "cache")
    assert result.cached == 1 and len(result.documents) == 3
    build([src], tmp_path / "plain", jobs=1)
    assert _files(tmp_path / "out") == _files(tmp_path / "plain")


def test_an_unwritable_cache_is_a_notice_not_a_failure(tmp_path):
    src = _corpus(tmp_path / "in", DOCS)
    blocker = tmp_path / "cache-is-a-file"
    blocker.write_text("x")
    result = build([src], tmp_path / "out", jobs=1, cache=blocker)
    assert result.exit_code == 0 and len(result.documents) == 3
    assert any("cache not written" in n and str(blocker) in n for n in result.notices)


def test_a_failed_extraction_is_not_cached(tmp_path, monkeypatch):
    src = _corpus(tmp_path / "in", {"a.txt": DOCS["a.txt"]})

    def broken(doc):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(kg.pipeline, "extract", broken)
    failed = build([src], None, jobs=1, cache=tmp_path / "cache")
    assert any("extraction failed" in w for w in failed.documents[0].warnings)
    monkeypatch.undo()
    again = build([src], None, jobs=1, cache=tmp_path / "cache")
    assert again.cached == 0 and not any("extraction failed" in w for w in again.documents[0].warnings)
    assert again.resolution.observations


def test_the_extractor_version_follows_the_libraries_and_the_code(monkeypatch, tmp_path):
    kgcache.extractor_version.cache_clear()
    base = kgcache.extractor_version()
    real = kgcache.metadata.version
    monkeypatch.setattr(kgcache.metadata, "version", lambda name: "99.0" if name == "jieba" else real(name))
    kgcache.extractor_version.cache_clear()
    assert kgcache.extractor_version() != base
    monkeypatch.undo()
    # a copy of the package whose extraction code differs by one comment has another version
    import shutil

    copy = tmp_path / "kgcopy"
    shutil.copytree(Path(kgcache.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__", "html", "queries"))
    monkeypatch.setattr(kgcache, "__file__", str(copy / "cache.py"))
    kgcache.extractor_version.cache_clear()
    same = kgcache.extractor_version()
    with open(copy / "extract" / "periods.py", "a", encoding="utf-8") as fh:
        fh.write("\n# changed\n")
    kgcache.extractor_version.cache_clear()
    changed = kgcache.extractor_version()
    monkeypatch.undo()
    kgcache.extractor_version.cache_clear()
    assert same == base and changed != base


def test_the_cli_uses_the_cache_by_default_and_not_with_no_cache(tmp_path):
    from tests.conftest import run_kg

    src = _corpus(tmp_path / "in", DOCS)
    env = {"KG_CACHE_DIR": str(tmp_path / "cli-cache")}
    first = run_kg("build", str(src), "--out", str(tmp_path / "o1"), "-q", "--timings", env=env)
    second = run_kg("build", str(src), "--out", str(tmp_path / "o2"), "-q", "--timings", env=env)
    off = run_kg("build", str(src), "--out", str(tmp_path / "o3"), "-q", "--timings", "--no-cache", env=env)
    assert first.returncode == second.returncode == off.returncode == 0, first.stderr + second.stderr + off.stderr
    assert "(0 of 3 documents from the cache)" in first.stderr
    assert "(3 of 3 documents from the cache)" in second.stderr
    assert "from the cache" not in off.stderr
    assert _files(tmp_path / "o1") == _files(tmp_path / "o2") == _files(tmp_path / "o3")
    assert any((tmp_path / "cli-cache").rglob("*.pickle"))
