"""jieba's cuts from the lexicon snapshot (kg/extract/lexicon.py) are jieba's own, window for window."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from kg.extract import entities as E
from kg.extract import lexicon

ROOT = Path(__file__).resolve().parent.parent

#: written for this test: mixed scripts, ASCII runs, digits, spaces, line breaks, punctuation, place names
OWN = [
    "中国服务贸易发展报告显示上海市自由贸易试验区临港新片区的数字贸易规模持续扩大",
    "腾讯游戏与网易在2024年发布了新作品，深圳南山区的科技园区聚集了大量软件企业。",
    "海南自贸港管委会主任表示，Q3营收达到12.5亿元，同比增长8%；App Store排名第1。",
    "北京市商务局副局长王某某在第十届中国国际服务贸易交易会上说：“数字服务出口加快。”",
    "AI大模型 DeepSeek-R1 在GitHub上开源，C++与C#开发者、.NET社区都很关注 a b c 1 2 3",
    "新疆维吾尔自治区乌鲁木齐市\r\n内蒙古自治区呼和浩特市\n\t广西壮族自治区南宁市 香港特别行政区",
    "x", "", " ", "\r\n", "中", "ABC", "a1b2c3", "50%", "3.14", "#&_%-+", "—…《》「」", "①②③", "한국어テスト",
]


def _texts() -> list[str]:
    texts = list(OWN)
    for folder in (ROOT / "seeds", ROOT / "tests" / "data" / "entities", ROOT / "tests" / "data" / "metrics"):
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix in (".txt", ".md", ".html", ".json", ".tsv"):
                try:
                    texts.append(path.read_text(encoding="utf-8"))
                except (UnicodeDecodeError, OSError):
                    pass
    return texts


def _windows(n: int = 6000) -> list[str]:
    rng = random.Random(8)
    out = list(OWN)
    big = "\n".join(_texts())
    for _ in range(n):
        a = rng.randrange(len(big))
        out.append(big[a:a + rng.choice((2, 3, 5, 8, 10, 12, 16, 24, 40))])
    return out


def _jieba_cuts(tok, window: str) -> tuple[int, ...]:
    out, pos = [0], 0
    for w in tok.cut(window, HMM=False):
        pos += len(w)
        out.append(pos)
    return tuple(out)


@pytest.fixture(scope="module")
def lex():
    found = lexicon.open_lexicon(E._user_words())
    assert found is not None, "the snapshot could not be made"
    return found


def test_cuts_are_jiebas_on_many_windows(lex):
    tok = E._jieba()
    windows = _windows()
    differ = [w for w in windows if lex.cuts(w) != _jieba_cuts(tok, w)]
    assert not differ, differ[:10]
    assert lex.total == tok.total


def test_entities_cuts_use_the_lexicon():
    assert E._lexicon() is not None
    window = "上海市自由贸易试验区"
    assert E._cuts(window) == _jieba_cuts(E._jieba(), window)


def test_the_snapshot_is_reused_then_made_again_when_damaged(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    words = [("青川市", 2000), ("星河互娱", 2000)]
    first = lexicon.open_lexicon(words)
    assert first is not None
    [path] = (tmp_path / "snapshots").glob("jieba-*.sqlite")
    stamp = path.stat().st_mtime_ns
    assert first.cuts("青川市星河互娱") == (0, 3, 7)
    again = lexicon.open_lexicon(words)
    assert again is not None and path.stat().st_mtime_ns == stamp  # read, not made again
    path.write_bytes(b"not a database")
    mended = lexicon.open_lexicon(words)
    assert mended is not None and mended.cuts("青川市星河互娱") == (0, 3, 7)
    assert not [p for p in (tmp_path / "snapshots").iterdir() if p.name.startswith(".snapshot-")]


def test_no_snapshot_when_the_folder_cannot_be_written(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocker))  # a file: its snapshots/ folder cannot be made
    assert lexicon.open_lexicon([]) is None
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("KG_SNAPSHOTS", "off")
    assert lexicon.open_lexicon([]) is None and not (tmp_path / "cache").exists()


def test_a_forked_worker_opens_its_own_connection(lex, monkeypatch):
    con = lex._connection()
    monkeypatch.setattr(lexicon.os, "getpid", lambda: -5)
    assert lex._connection() is not con
    assert isinstance(lex._connection(), sqlite3.Connection)
