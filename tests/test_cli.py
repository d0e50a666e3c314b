"""The command line as a user meets it: help, exit codes, one-line messages, bad input."""

from __future__ import annotations

import codecs
import json

from tests.conftest import run_kg

GOOD = "2023年，星河互娱的手游海外收入达到三十二亿元，同比增长18%。\n"


def test_build_help_explains_every_option():
    proc = run_kg("build", "--help")
    assert proc.returncode == 0
    for word in ("PATH", "--out", "--max-bytes", "--quiet", "kg.ttl", "kg.trig", "report.json", "exit codes"):
        assert word in proc.stdout


def test_usage_error_exits_2():
    assert run_kg("build", "--max-bytes", "lots").returncode == 2
    assert run_kg("frobnicate").returncode == 2
    assert run_kg().returncode == 2


def make_bad_corpus(folder):
    """Every kind of bad input beside good documents; returns the good file names."""
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "繁體 文件.txt").write_bytes("2022年，該公司遊戲出口額達到五億元。".encode("big5"))
    (folder / "gbk.txt").write_bytes("去年动漫出口增长了百分之九。".encode("gbk"))
    (folder / "bom.md").write_bytes(codecs.BOM_UTF8 + "# 标题\n\n正文里有**12%**的增长。".encode("utf-8"))
    (folder / "utf16.txt").write_bytes("Exports of films grew 7 percent.".encode("utf-16"))
    (folder / "truncated.txt").write_bytes(GOOD.encode("utf-8") + "增长".encode("utf-8")[:-1])
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("  \n\n\t ", encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    with open(folder / "huge.txt", "wb") as fh:  # 50 MB, over the default limit
        fh.truncate(50 * 1024 * 1024)
    return {"good.txt", "繁體 文件.txt", "gbk.txt", "bom.md", "utf16.txt", "truncated.txt"}


def test_bad_input_is_skipped_with_one_line_each_and_the_rest_builds(tmp_path):
    good = make_bad_corpus(tmp_path / "in")
    out = tmp_path / "out"
    proc = run_kg("build", str(tmp_path / "in"), "--out", str(out))
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    skipped = [ln for ln in proc.stderr.splitlines() if ln.startswith("kg: skipped")]
    assert len(skipped) == 4
    for name, reason in [("empty.txt", "empty file"), ("blank.txt", "only white space"),
                         ("image.txt", "PNG image"), ("huge.txt", "too large")]:
        assert any(name in ln and reason in ln for ln in skipped), (name, skipped)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert {d["name"] for d in report["documents"]} == good
    encodings = {d["name"]: d["encoding"] for d in report["documents"]}
    assert encodings == {"good.txt": "utf-8", "繁體 文件.txt": "big5", "gbk.txt": "gb18030",
                         "bom.md": "utf-8-sig", "utf16.txt": "utf-16", "truncated.txt": "utf-8"}
    assert {s["code"] for s in report["skipped"]} == {"empty", "blank", "binary", "too-large"}


def test_nothing_to_build_exits_2_and_keeps_previous_output(tmp_path):
    out = tmp_path / "out"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD, encoding="utf-8")
    assert run_kg("build", str(tmp_path / "in"), "--out", str(out), "-q").returncode == 0
    before = (out / "kg.ttl").read_bytes()
    (tmp_path / "none").mkdir()
    proc = run_kg("build", str(tmp_path / "none"), "--out", str(out))
    assert proc.returncode == 2 and "no documents found" in proc.stderr
    proc = run_kg("build", str(tmp_path / "missing"), "--out", str(out))
    assert proc.returncode == 2 and "no such file or folder" in proc.stderr
    assert (out / "kg.ttl").read_bytes() == before


def test_missing_path_beside_a_good_one_exits_1(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    proc = run_kg("build", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--out", str(tmp_path / "o"))
    assert proc.returncode == 1
    assert f"kg: skipped {tmp_path / 'b.txt'}: no such file or folder" in proc.stderr


def test_same_content_twice_is_built_once(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(GOOD, encoding="utf-8")
    proc = run_kg("build", str(tmp_path), "--out", str(tmp_path / "o"))
    assert proc.returncode == 0
    assert "same content as" in proc.stderr
    report = json.loads((tmp_path / "o" / "report.json").read_text(encoding="utf-8"))
    assert len(report["documents"]) == 1


def test_unwritable_output_is_a_clear_error(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x", encoding="utf-8")
    proc = run_kg("build", str(tmp_path / "a.txt"), "--out", str(blocker / "out"))
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "cannot write" in proc.stderr


def test_a_reader_that_stops_early_gets_no_traceback(monkeypatch, capsys):
    """kg validate | head: the closed pipe ends the command quietly with 128 + SIGPIPE."""
    import io
    import sys

    from kg import cli

    class ClosedBuffer(io.BytesIO):
        def write(self, data):
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(ClosedBuffer(), encoding="utf-8"))
    monkeypatch.setattr(cli.os, "dup2", lambda *a: None)  # leave pytest's own descriptors alone
    assert cli.main(["queries"]) == cli.EXIT_PIPE_CLOSED
