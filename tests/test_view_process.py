"""The process that draws graph.html and graph.graphml while the build goes on (kg.pipeline._GraphView):
the same files as drawing in the build's own process, and a process that fails or dies costs nothing
but time (the build draws the page itself, and raises the error drawing raises)."""

from __future__ import annotations

import os

import pytest
from rdflib import Literal, URIRef

import kg.pipeline
from kg import build
from kg.pipeline import _draw, _GraphView, _pickle_quads, _unpickle_quads

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the view process is forked")

DOCS = {
    "a.txt": "2023年，青川市数字服务出口额达到42.6亿元，同比增长11.3%。星河互娱有限公司发布了新游戏《云海行舟》。",
    "b.txt": "據統計，2024年上半年澄湖區軟件外包合同金額為8.75億美元，較去年同期增長6.2%。",
    "c.txt": "Lantern Forge Studios said overseas revenue of its game Paper Kites reached $312 million in 2024, up 18 percent.",
}


@pytest.fixture(scope="module")
def quads(tmp_path_factory):
    src = tmp_path_factory.mktemp("view-in")
    for name, text in DOCS.items():
        (src / name).write_text(text, encoding="utf-8")
    result = build([src], None, jobs=1)
    assert result.quads is not None
    return result.quads


@pytest.fixture
def two_cpus(monkeypatch):
    """The view process is only started with a second CPU: pretend there is one."""
    monkeypatch.setattr(os, "cpu_count", lambda: 2)


def _gone(pid: int) -> bool:
    """Whether ``pid`` is no longer a process of ours (it was waited for)."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def test_quads_survive_the_way_to_the_view_process(quads):
    again = _unpickle_quads(_pickle_quads(quads))
    before, after = list(quads.quads()), list(again.quads())
    assert before == after
    for q1, q2 in zip(before, after):
        for t1, t2 in zip(q1, q2):
            assert type(t1) is type(t2)
            if isinstance(t1, Literal):
                assert (str(t1), t1.language, t1.datatype) == (str(t2), t2.language, t2.datatype)
    assert any(isinstance(t, Literal) and t.language for q in after for t in q)
    assert any(isinstance(t, Literal) and t.datatype is not None for q in after for t in q)
    assert all(isinstance(q[3], URIRef) or q[3] is None for q in after)


def test_the_view_process_draws_the_same_files(quads, two_cpus):
    here, _ = _draw(quads)
    view = _GraphView(parallel=True)
    pid = view._pid
    assert view.parallel and pid
    view.send(quads)
    files, seconds, elsewhere = view.result()
    assert elsewhere and seconds > 0
    assert files == here
    assert set(files) == {"graph.html", "graph.graphml"}
    assert _gone(pid) and not view.parallel


def test_many_quads_go_to_a_process_forked_after_the_rdf_stage(quads, two_cpus, monkeypatch):
    monkeypatch.setattr(kg.pipeline, "TRANSFER_MAX_QUADS", 10)
    view = _GraphView(parallel=True)
    first = view._pid
    view.send(quads)
    second = view._pid
    assert first and second and second != first and _gone(first)
    files, _, elsewhere = view.result()
    assert elsewhere and files == _draw(quads)[0]
    assert _gone(second)


def test_no_view_process_without_a_second_cpu_or_when_not_parallel(quads, monkeypatch):
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    assert not _GraphView(parallel=True).parallel
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    view = _GraphView(parallel=False)
    assert not view.parallel
    view.send(quads)
    files, _, elsewhere = view.result()
    assert not elsewhere and files == _draw(quads)[0]


def test_no_process_to_be_had_means_drawing_here(quads, two_cpus, monkeypatch):
    def no_fork():
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", no_fork)
    view = _GraphView(parallel=True)
    assert not view.parallel and view._fds == []
    view.send(quads)
    files, _, elsewhere = view.result()
    assert not elsewhere and files == _draw(quads)[0]


@pytest.mark.parametrize("how", ["dies", "killed"])
def test_a_view_process_that_dies_is_replaced_by_drawing_here(quads, two_cpus, monkeypatch, how):
    parent = os.getpid()
    real = kg.pipeline._draw

    def dying_draw(q):
        if os.getpid() != parent:
            os._exit(3)  # in the view process only
        return real(q)

    if how == "dies":
        monkeypatch.setattr(kg.pipeline, "_draw", dying_draw)
    view = _GraphView(parallel=True)
    pid = view._pid
    if how == "killed":
        import signal

        os.kill(pid, signal.SIGKILL)
    view.send(quads)
    files, _, elsewhere = view.result()
    assert not elsewhere and files == real(quads)[0]
    assert _gone(pid)


def test_an_error_while_drawing_is_raised_by_the_build_and_changes_nothing(tmp_path, two_cpus, monkeypatch):
    import kg.visualize

    src = tmp_path / "in"
    src.mkdir()
    for name, text in DOCS.items():
        (src / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    build([src], out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    views: list[_GraphView] = []
    real_init = _GraphView.__init__

    def recording_init(self, parallel):
        real_init(self, parallel)
        views.append((self, self._pid))

    def broken(dataset, **kw):
        raise ValueError("drawing failed")

    monkeypatch.setattr(_GraphView, "__init__", recording_init)
    monkeypatch.setattr(kg.visualize, "graph_files", broken)
    with pytest.raises(ValueError, match="drawing failed"):
        build([src], out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    [(view, pid)] = views
    assert pid and _gone(pid)


def test_a_build_with_nothing_to_draw_stops_the_view_process(tmp_path, two_cpus, monkeypatch):
    pids: list[int] = []
    real_init = _GraphView.__init__

    def recording_init(self, parallel):
        real_init(self, parallel)
        pids.append(self._pid)

    monkeypatch.setattr(_GraphView, "__init__", recording_init)
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = build([tmp_path / "empty.txt"], tmp_path / "out")
    assert result.exit_code == 2 and not (tmp_path / "out").exists()
    assert pids and pids[0] and _gone(pids[0])
    pids.clear()
    build([tmp_path / "empty.txt"], None)  # nothing is written: no view process at all
    assert pids == []
