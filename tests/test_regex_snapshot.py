"""The snapshot of compiled regular expressions (kg.cache.compiled_patterns): patterns made from it are
the ones ``re`` compiles (same flags, groups and codes), a damaged snapshot is ignored and written
again, and ``re`` is left as it was after the block."""

from __future__ import annotations

import re
from re import _compiler

import pytest

from kg import cache as kgcache

PATTERNS = [
    (r"(?P<year>\d{4})年(?:(?P<month>\d{1,2})月)?", 0),
    (r"[\u4e00-\u9fff]+(?:市|省|区)", 0),
    (r"\b(?:exports?|imports?)\s+(?:rose|fell)\b", re.IGNORECASE),
    (r"^\s*#+\s*(.+?)\s*$", re.MULTILINE),
    (r"(同比|环比)(增长|下降)(\d+(?:\.\d+)?)%", 0),
    (rb"\xef\xbb\xbf|\x00", 0),
    (r"(?x) a  b # comment\n", 0),
]


@pytest.fixture
def snapshots(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("KG_SNAPSHOTS", raising=False)
    return tmp_path / "snapshots"


def _compile_all() -> list:
    re.purge()  # re's own cache would answer before the compiler is asked
    return [re.compile(p, f) for p, f in PATTERNS]


def test_patterns_from_the_snapshot_are_the_ones_re_compiles(snapshots):
    real = _compiler.compile
    plain = _compile_all()
    with kgcache.compiled_patterns() as first:
        assert first is not None and _compiler.compile == first.compile
        made = _compile_all()
    assert _compiler.compile is real
    assert made == plain and first.new >= len(PATTERNS)
    [path] = snapshots.glob("re-*.pickle")
    with kgcache.compiled_patterns() as second:
        from_snapshot = _compile_all()
    assert second.new == 0  # every pattern came from the snapshot
    assert from_snapshot == plain
    for pattern, fresh in zip(from_snapshot, plain):
        assert (pattern.pattern, pattern.flags, pattern.groups, dict(pattern.groupindex)) == \
               (fresh.pattern, fresh.flags, fresh.groups, dict(fresh.groupindex))
    m = from_snapshot[0].search("截至2024年3月底")
    assert m and m.group("year", "month") == ("2024", "3")
    assert from_snapshot[2].search("Exports ROSE") and not from_snapshot[5].search(b"abc")
    re.purge()


def test_a_damaged_snapshot_is_ignored_and_written_again(snapshots):
    with kgcache.compiled_patterns():
        _compile_all()
    [path] = snapshots.glob("re-*.pickle")
    data = bytearray(path.read_bytes())
    data[-10] ^= 0xFF
    path.write_bytes(bytes(data))
    with kgcache.compiled_patterns() as patterns:
        assert patterns is not None and patterns.table == {}
        assert _compile_all() == [re.compile(p, f) for p, f in PATTERNS]
    with kgcache.compiled_patterns() as patterns:
        _compile_all()
        assert patterns.new == 0
    # entries of another shape behind a good checksum: compiled again, never an error
    import hashlib
    import pickle

    junk = pickle.dumps({(False, p, f): ("not", "an", "entry") for p, f in PATTERNS if isinstance(p, str)})
    path.write_bytes(hashlib.sha256(junk).digest() + junk)
    with kgcache.compiled_patterns() as patterns:
        assert _compile_all() == [re.compile(p, f) for p, f in PATTERNS]
        assert patterns.new >= len(PATTERNS)
    re.purge()


def test_off_when_snapshots_are_off_and_nothing_saved_after_an_error(snapshots, monkeypatch):
    real = _compiler.compile
    monkeypatch.setenv("KG_SNAPSHOTS", "off")
    with kgcache.compiled_patterns() as patterns:
        assert patterns is None and _compiler.compile is real
    monkeypatch.delenv("KG_SNAPSHOTS")
    with pytest.raises(RuntimeError):
        with kgcache.compiled_patterns():
            _compile_all()
            raise RuntimeError("the build failed")
    assert _compiler.compile is real
    assert not list(snapshots.glob("re-*.pickle"))
    re.purge()


def test_kg_build_writes_the_snapshot_and_builds_the_same_with_it(tmp_path):
    from tests.conftest import run_kg

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("2023年，青川市数字服务出口额达到42.6亿元，同比增长11.3%。", encoding="utf-8")
    env = {"KG_CACHE_DIR": str(tmp_path / "cache")}
    first = run_kg("build", str(src), "--out", str(tmp_path / "o1"), "-q", "--no-cache", env=env)
    assert first.returncode == 0, first.stderr
    assert list((tmp_path / "cache" / "snapshots").glob("re-*.pickle"))
    second = run_kg("build", str(src), "--out", str(tmp_path / "o2"), "-q", "--no-cache", env=env)
    off = run_kg("build", str(src), "--out", str(tmp_path / "o3"), "-q", "--no-cache", env={**env, "KG_SNAPSHOTS": "off"})
    assert second.returncode == off.returncode == 0, second.stderr + off.stderr
    for name in ("kg.nq", "kg.ttl", "graph.html", "report.json"):
        assert (tmp_path / "o1" / name).read_bytes() == (tmp_path / "o2" / name).read_bytes() == \
               (tmp_path / "o3" / name).read_bytes(), name
