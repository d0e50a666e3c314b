"""Decoding and discovery (kg.read): every supported encoding, and every kind of bad input."""

from __future__ import annotations

import codecs

import pytest

from kg.errors import ReadError
from kg.read import decode, discover, read_source

SIMPLIFIED = "去年，星河互娱的手游海外收入达到三十二亿元，同比增长百分之十八。"
TRADITIONAL = "去年，星河互娛的手遊海外營收達到三十二億元，較前年增長百分之十八。"


@pytest.mark.parametrize(
    "data, text, encoding",
    [
        (SIMPLIFIED.encode("utf-8"), SIMPLIFIED, "utf-8"),
        (codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), SIMPLIFIED, "utf-8-sig"),
        (SIMPLIFIED.encode("utf-16"), SIMPLIFIED, "utf-16"),
        (codecs.BOM_UTF16_BE + TRADITIONAL.encode("utf-16-be"), TRADITIONAL, "utf-16"),
        (SIMPLIFIED.encode("gbk"), SIMPLIFIED, "gb18030"),
        (SIMPLIFIED.encode("gb18030"), SIMPLIFIED, "gb18030"),
        (TRADITIONAL.encode("big5"), TRADITIONAL, "big5"),
        ("Exports of games rose 12 percent in 2023.".encode("utf-16-le"), "Exports of games rose 12 percent in 2023.", "utf-16-le"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16be-bom", "gbk", "gb18030", "big5", "utf16le-no-bom"],
)
def test_decodes_each_encoding(data, text, encoding):
    decoded, enc, warnings = decode(data)
    assert decoded == text
    assert enc == encoding
    assert warnings == []


def test_big5_and_gbk_told_apart_on_longer_text():
    simplified = "据国家统计局数据，前三季度全国规模以上文化企业实现营业收入九万亿元，其中数字出版、动漫游戏等新业态增长较快。" * 3
    traditional = "根據文化部統計，前三季全國文創產業營業額達到九千億新台幣，其中數位出版與動畫遊戲等新興業態成長最快。" * 3
    assert decode(simplified.encode("gbk"))[1] == "gb18030"
    assert decode(traditional.encode("big5"))[1] == "big5"


def test_truncated_utf8_keeps_the_text_and_warns():
    data = SIMPLIFIED.encode("utf-8")[:-2]
    text, enc, warnings = decode(data)
    assert enc == "utf-8"
    assert text == SIMPLIFIED[:-1]
    assert warnings and "truncated" in warnings[0]


def test_a_few_corrupt_bytes_are_replaced_not_fatal():
    data = ("第一段正文。" * 200).encode("utf-8") + b"\xff" + ("第二段正文。" * 200).encode("utf-8")
    text, enc, warnings = decode(data)
    assert enc == "utf-8" and "\ufffd" in text
    assert "invalid UTF-8" in warnings[0]


@pytest.mark.parametrize(
    "data, fragment",
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG image"),
        (b"%PDF-1.7\n" + bytes(range(256)), "PDF document"),
        (bytes(range(256)) * 16, "NUL"),
        (bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 300, "control characters"),
    ],
    ids=["png", "pdf", "nul-bytes", "control-chars"],
)
def test_binary_is_refused(data, fragment):
    with pytest.raises(ReadError) as err:
        decode(data, "x.txt")
    assert err.value.code == "binary"
    assert fragment in str(err.value)
    assert str(err.value).startswith("x.txt: ")


def test_undecodable_names_the_reason():
    data = b"ok " + bytes([0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1]) * 400
    with pytest.raises(ReadError) as err:
        decode(data, "bad.txt")
    assert err.value.code in ("undecodable", "binary")
    assert "bad.txt" in str(err.value)


def test_read_source_records_hash_encoding_and_type(tmp_path):
    p = tmp_path / "新闻 稿.md"
    p.write_bytes(codecs.BOM_UTF8 + "# 标题\n\n正文。".encode("utf-8"))
    src = read_source(p)
    assert src.encoding == "utf-8-sig" and src.media_type == "text/markdown"
    assert src.name == "新闻 稿.md" and len(src.sha256) == 64 and src.doc_id == src.sha256[:16]
    assert src.text == "# 标题\n\n正文。"


@pytest.mark.parametrize(
    "content, code",
    [(b"", "empty"), (b" \n\t\r\n\xe3\x80\x80\n", "blank")],
    ids=["empty", "whitespace"],
)
def test_empty_and_blank(tmp_path, content, code):
    p = tmp_path / "a.txt"
    p.write_bytes(content)
    with pytest.raises(ReadError) as err:
        read_source(p)
    assert err.value.code == code


def test_too_large(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"a" * 2000)
    with pytest.raises(ReadError) as err:
        read_source(p, max_bytes=1000)
    assert err.value.code == "too-large" and "2,000 bytes" in str(err.value)


def test_unreadable(tmp_path, monkeypatch):
    p = tmp_path / "locked.txt"
    p.write_text("正文。", encoding="utf-8")

    def deny(*a, **k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("builtins.open", deny)
    with pytest.raises(ReadError) as err:
        read_source(p)
    assert err.value.code == "unreadable" and "permission denied" in str(err.value)


def test_vanished_file(tmp_path):
    with pytest.raises(ReadError) as err:
        read_source(tmp_path / "gone.txt")
    assert err.value.code == "vanished"


def test_discover_recurses_sorts_and_skips(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ["b/2.html", "b/1.md", "a.txt", "README.md", ".x.txt", "notes.docx", ".hidden/h.txt"]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    files, errors = discover([tmp_path])
    assert [f.relative_to(tmp_path).as_posix() for f in files] == ["a.txt", "b/1.md", "b/2.html"]
    assert errors == []


def test_discover_reports_missing_and_unsupported(tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    files, errors = discover([tmp_path / "nope", tmp_path / "x.pdf"])
    assert files == []
    assert [e.code for e in errors] == ["missing", "unsupported"]
