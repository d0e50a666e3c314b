"""Bad input, interrupted builds, unwritable output: each has a documented outcome (README, "Bad input").

The bad-input corpus is generated here, in ``tmp_path``: every kind of file a
real corpus folder ends up holding beside clean documents. Each bad file gets
one line naming it and the reason, nothing prints a traceback, and the other
documents are built.
"""

from __future__ import annotations

import codecs
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import main
from tests.conftest import ROOT

GOOD_ZH = "2023年，星河互娱的手游海外收入达到三十二亿元，同比增长18%。\n"
GOOD_EN = "Exports of films grew 7 percent in 2024, the ministry said.\n"
BIG5 = "2022年，該公司遊戲出口額達到五億元，較前年增長百分之九。\n"
GBK = "去年动漫出口增长了百分之九，网络文学海外收入达到四十亿元。\n"

#: file -> what happens to it: None = built, else a fragment of its one-line reason
BAD_INPUT = {
    "empty.txt": "empty file (0 bytes)",
    "blank.txt": "contains only white space",
    "image.txt": "looks like binary data, not text (PNG image)",
    "nul.md": "looks like binary data, not text (contains NUL bytes)",
    "huge.txt": "too large (104,857,600 bytes; the limit is 33,554,432 bytes, see --max-bytes)",
    "fifo.txt": "cannot be read (not a regular file)",
    "garbage.txt": None,  # undecodable or binary: checked below
}
BUILT = {
    "good.txt": "utf-8",
    "新闻 稿件/报道 一.txt": "utf-8",  # spaces and CJK characters in folder and file names
    "gbk.txt": "gb18030",
    "big5.txt": "big5",
    "utf16.txt": "utf-16",
    "utf16le-no-bom.txt": "utf-16-le",
    "bom.md": "utf-8-sig",
    "truncated.txt": "utf-8",
    "nested.html": "utf-8",
}


def make_bad_corpus(folder: Path) -> None:
    """The bad-input corpus of issue 8, beside documents that must still build."""
    (folder / "新闻 稿件").mkdir(parents=True)
    (folder / "good.txt").write_text(GOOD_ZH, encoding="utf-8")
    (folder / "新闻 稿件" / "报道 一.txt").write_text(GOOD_EN, encoding="utf-8")
    (folder / "gbk.txt").write_bytes(GBK.encode("gbk"))
    (folder / "big5.txt").write_bytes(BIG5.encode("big5"))
    (folder / "utf16.txt").write_bytes(GOOD_ZH.replace("2023", "2021").encode("utf-16"))
    (folder / "utf16le-no-bom.txt").write_bytes("Exports of games rose 12 percent in 2023.".encode("utf-16-le"))
    (folder / "bom.md").write_bytes(codecs.BOM_UTF8 + "# 标题\n\n动画电影海外票房增长**12%**。".encode("utf-8"))
    (folder / "truncated.txt").write_bytes(GOOD_ZH.replace("2023", "2020").encode("utf-8") + "增".encode("utf-8")[:-1])
    # 10,000 nested elements: the HTML reader must not recurse
    (folder / "nested.html").write_text("<html><body>" + "<div>" * 10_000 + "<p>" + GOOD_ZH.replace("2023", "2019")
                                        + "</p>" + "</div>" * 10_000 + "</body></html>", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text(" \n\t\r\n\u3000\n", encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (folder / "nul.md").write_bytes(b"text\x00\x00\x00 with NUL bytes \x00\x01\x02" * 50)
    (folder / "garbage.txt").write_bytes(b"ok " + bytes([0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1]) * 400)
    chunk = ("服务贸易稳步增长，数字服务出口持续扩大。" * 2000 + "\n").encode("utf-8")
    with open(folder / "huge.txt", "wb") as fh:  # 100 MiB of text, over the default --max-bytes
        for _ in range(100 * 1024 * 1024 // len(chunk)):
            fh.write(chunk)
        fh.write(b"x" * (100 * 1024 * 1024 - fh.tell()))
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "fifo.txt")  # reading it would block forever


def skipped_lines(stderr: str) -> list[str]:
    return [ln for ln in stderr.splitlines() if ln.startswith("kg: skipped ")]


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (hidden ones too: a staging folder left behind shows up)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_bad_input_corpus_one_line_each_and_the_rest_builds(tmp_path, capsys):
    corpus, out = tmp_path / "in put", tmp_path / "out 输出"
    make_bad_corpus(corpus)
    code = main(["build", str(corpus), "--out", str(out)])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert code == 1, err
    skipped = skipped_lines(err)
    expected = {k: v for k, v in BAD_INPUT.items() if k != "fifo.txt" or hasattr(os, "mkfifo")}
    assert len(skipped) == len(expected), skipped
    for name, reason in expected.items():
        line = next((ln for ln in skipped if ln[len("kg: skipped "):].split(": ", 1)[0].endswith(name)), None)
        assert line is not None, (name, skipped)
        assert line.startswith(f"kg: skipped {corpus / name}: ")
        if reason:
            assert line.endswith(reason), line
        else:
            assert "not valid text" in line or "binary data" in line, line
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    built = {d["path"].split("in put/", 1)[1]: d for d in report["documents"]}
    assert {k: v["encoding"] for k, v in built.items()} == BUILT
    assert any("truncated UTF-8" in w for w in built["truncated.txt"]["warnings"])
    assert built["nested.html"]["sentences"] == 1
    assert len(report["skipped"]) == len(expected)
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no staging folder left


def test_nothing_buildable_exits_2_and_keeps_the_previous_output(tmp_path, capsys):
    out = tmp_path / "out"
    (tmp_path / "good").mkdir()
    (tmp_path / "good" / "a.txt").write_text(GOOD_ZH, encoding="utf-8")
    assert main(["build", str(tmp_path / "good"), "--out", str(out), "-q"]) == 0
    before = snapshot(out)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "image.txt").write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    capsys.readouterr()
    assert main(["build", str(bad), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert len(skipped_lines(err)) == 2 and "Traceback" not in err
    assert "nothing was built; the output folder was not changed" in err
    assert snapshot(out) == before


def test_a_single_5_mb_line_builds(tmp_path, capsys):
    """A minified page: one 5 MB line, a script and a short article (prose of 5 MB builds too, slowly: README)."""
    corpus = tmp_path / "in"
    corpus.mkdir()
    script = "var f=function(b){return b*2};" * 150_000
    page = ("<!DOCTYPE html><html><head><title>Minified</title><script>" + script + "</script></head><body><p>"
            + GOOD_ZH.strip() + "</p></body></html>")
    page += "<!--" + "x" * (5_000_000 - len(page.encode("utf-8")) - 7) + "-->"
    (corpus / "page.html").write_text(page, encoding="utf-8")
    assert (corpus / "page.html").stat().st_size == 5_000_000 and "\n" not in page
    out = tmp_path / "out"
    assert main(["build", str(corpus), "--out", str(out), "-q"]) == 0
    assert capsys.readouterr().err == ""
    doc = json.loads((out / "report.json").read_text(encoding="utf-8"))["documents"][0]
    assert doc["bytes"] == 5_000_000 and doc["sentences"] == 2 and doc["observations"] >= 1  # the title and the article
    # under a lower limit the same file is one clear line, and nothing else was there to build
    assert main(["build", str(corpus), "--out", str(tmp_path / "out2"), "--max-bytes", "1000000"]) == 2
    err = capsys.readouterr().err
    assert "kg: skipped" in err and "too large (5,000,000 bytes; the limit is 1,000,000 bytes, see --max-bytes)" in err


def test_a_file_deleted_mid_build_is_one_line_and_the_rest_builds(tmp_path, capsys, monkeypatch):
    import kg.pipeline

    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD_ZH, encoding="utf-8")
    (corpus / "doomed.txt").write_text(GOOD_EN, encoding="utf-8")
    real = kg.pipeline.read_source

    def read_source(path, **kw):  # the file goes between discovery and reading
        if Path(path).name == "doomed.txt":
            Path(path).unlink()
        return real(path, **kw)

    monkeypatch.setattr(kg.pipeline, "read_source", read_source)
    out = tmp_path / "out"
    assert main(["build", str(corpus), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert skipped_lines(err) == [f"kg: skipped {corpus / 'doomed.txt'}: disappeared while the build was reading it"]
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [d["name"] for d in report["documents"]] == ["a.txt"]
    assert report["skipped"][0]["code"] == "vanished"


@pytest.mark.parametrize("how", ["simulated", "chmod"])
def test_read_only_output_folder_is_one_line_exit_2_and_nothing_changes(tmp_path, capsys, monkeypatch, how):
    import kg.export

    (tmp_path / "a.txt").write_text(GOOD_ZH, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "a.txt"), "--out", str(out), "-q"]) == 0
    before = snapshot(out)
    (tmp_path / "b.txt").write_text(GOOD_EN, encoding="utf-8")
    if how == "chmod":
        if os.geteuid() == 0:
            pytest.skip("root ignores folder permissions (the simulated case covers it)")
        out.chmod(0o555)
    else:  # what a read-only folder or file system answers
        def refuse(*a, **k):
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(kg.export.tempfile, "mkdtemp", refuse)
    capsys.readouterr()
    try:
        code = main(["build", str(tmp_path / "b.txt"), "--out", str(out), "-q"])
    finally:
        out.chmod(0o755)
    err = capsys.readouterr().err
    assert code == 2
    assert err.splitlines() == [f"kg: error: {out}: cannot write the output here (Permission denied)"]
    assert snapshot(out) == before


def test_timings_go_to_stderr_never_into_the_output(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(GOOD_ZH, encoding="utf-8")
    assert main(["build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o1"), "-q"]) == 0
    assert main(["build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o2"), "-q", "--timings"]) == 0
    err = capsys.readouterr().err
    line = err.strip()
    assert line.startswith("kg: timings (s): read=") and " extract=" in line and " serialize=" in line and " total=" in line
    assert snapshot(tmp_path / "o1") == snapshot(tmp_path / "o2")


class _Terminal:
    """A stand-in for a terminal's stderr."""

    def __init__(self, tty: bool) -> None:
        self.tty, self.parts = tty, []

    def isatty(self) -> bool:
        return self.tty

    def write(self, s: str) -> int:
        self.parts.append(s)
        return len(s)

    def flush(self) -> None:
        pass

    @property
    def text(self) -> str:
        return "".join(self.parts)


@pytest.mark.parametrize("tty, quiet, drawn", [(True, False, True), (True, True, False), (False, False, False)])
def test_progress_bar_only_on_a_terminal_and_never_with_quiet(tmp_path, monkeypatch, tty, quiet, drawn):
    from kg import cli

    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(GOOD_ZH.replace("2023", "2020" if name == "a.txt" else "2021"), encoding="utf-8")
    monkeypatch.setattr(cli._ProgressBar, "DELAY", 0)  # draw at once (a real build waits a second)
    term = _Terminal(tty)
    monkeypatch.setattr(sys, "stderr", term)
    assert main(["build", str(tmp_path), "--out", str(tmp_path / "out")] + (["-q"] if quiet else [])) == 0
    assert ("reading" in term.text and "extracting" in term.text and "/2" in term.text) == drawn
    assert ("\r" in term.text) == drawn


# ---------------------------------------------------------------- interrupting a build

#: runs ``kg`` like the console script, with a pause at one point of the build
DRIVER = r"""
import os, signal, sys, time
import kg.export, kg.pipeline
from kg.cli import main

signal.signal(signal.SIGINT, signal.default_int_handler)  # as in a terminal, even if the test runner ignores it
at = os.environ["KG_TEST_PAUSE_AT"]

def pause():
    print("paused", flush=True)  # the test sends its signal once it reads this
    while True:
        time.sleep(0.05)

if at == "read":  # while documents are being read
    real_read = kg.pipeline.read_source
    def read_source(path, **kw):
        if os.path.basename(path) == "pause.txt":
            pause()
        return real_read(path, **kw)
    kg.pipeline.read_source = read_source
elif at == "staging":  # after two output files were written to the staging folder
    real_fsync, calls = os.fsync, []
    def fsync(fd):
        real_fsync(fd)
        calls.append(fd)
        if len(calls) == 2:
            pause()
    os.fsync = fsync
elif at == "commit":  # between two renames into place: the signal is held until all are done
    real_replace, calls = os.replace, []
    def replace(a, b):
        real_replace(a, b)
        calls.append(b)
        if len(calls) == 1:
            os.kill(os.getpid(), int(os.environ["KG_TEST_SIGNAL"]))
    os.replace = replace
sys.exit(main(sys.argv[1:]))
"""


def _interrupted_build(corpus: Path, out: Path, sig: int, at: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, KG_TEST_PAUSE_AT=at, KG_TEST_SIGNAL=str(int(sig)))
    proc = subprocess.Popen([sys.executable, "-c", DRIVER, "build", str(corpus), "--out", str(out), "-q"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        if at != "commit":
            line = proc.stdout.readline()  # blocks until the build reaches the pause
            assert line == "paused\n", proc.communicate(timeout=60)
            proc.send_signal(sig)
        out_s, err_s = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out_s, err_s)


@pytest.fixture(scope="module")
def previous_build(tmp_path_factory):
    """An output folder from an earlier build, and a new corpus to build over it."""
    from kg import build

    root = tmp_path_factory.mktemp("interrupt")
    old, new = root / "old", root / "new"
    old.mkdir()
    new.mkdir()
    (old / "a.txt").write_text(GOOD_ZH, encoding="utf-8")
    (new / "b.txt").write_text(GOOD_EN, encoding="utf-8")
    (new / "pause.txt").write_text(GBK, encoding="utf-8")
    reference = root / "reference"  # what an uninterrupted build of the new corpus writes
    build([new], reference)
    return old, new, reference


@pytest.mark.parametrize("sig, at", [(signal.SIGINT, "read"), (signal.SIGTERM, "read"), (signal.SIGTERM, "staging")],
                         ids=["sigint-reading", "sigterm-reading", "sigterm-writing"])
def test_interrupt_leaves_the_previous_output_byte_identical(tmp_path, previous_build, sig, at):
    from kg import build

    old, new, _ = previous_build
    out = tmp_path / "out"
    build([old], out)
    before = snapshot(out)
    proc = _interrupted_build(new, out, sig, at)
    code, word = (130, "interrupted") if sig == signal.SIGINT else (143, "terminated")
    assert proc.returncode == code, proc.stderr
    assert proc.stderr.splitlines() == [f"kg: {word}; the previous output is unchanged"]
    assert snapshot(out) == before  # byte-identical, and no staging folder left behind


def test_a_signal_during_the_final_renames_waits_for_them(tmp_path, previous_build):
    """Old and new files are never mixed: the renames finish, then the interrupt is reported."""
    from kg import build

    old, new, reference = previous_build
    out = tmp_path / "out"
    build([old], out)
    proc = _interrupted_build(new, out, signal.SIGINT, "commit")
    assert proc.returncode == 130, proc.stderr
    assert proc.stderr.splitlines() == ["kg: interrupted; the output was already being replaced and holds the complete new build"]
    assert snapshot(out) == snapshot(reference)
