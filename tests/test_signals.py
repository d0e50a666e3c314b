"""kg.signals: helper processes forked without a moment where an interrupt reaches the wrong one."""

import os
import signal

import pytest

from kg.signals import fork_child

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="helpers are forked")


def _status(pid):
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def test_the_child_ignores_sigint_stops_on_sigterm_and_has_signals_unblocked():
    def child():
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, [])
        ok = (signal.getsignal(signal.SIGINT) == signal.SIG_IGN
              and signal.getsignal(signal.SIGTERM) == signal.SIG_DFL
              and signal.SIGINT not in blocked and signal.SIGTERM not in blocked)
        return 0 if ok else 3

    pids = []
    fork_child(child, pids.append)
    assert len(pids) == 1 and _status(pids[0]) == 0
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, [])  # this side's mask is back


def test_the_child_exits_with_what_it_returns_or_1_when_it_raises():
    pids = []
    fork_child(lambda: 7, pids.append)

    def fails():
        raise RuntimeError("no")
    fork_child(fails, pids.append)
    assert [_status(p) for p in pids] == [7, 1]


@pytest.mark.parametrize("threads", [0, 3])
def test_an_interrupt_at_the_fork_comes_after_the_pid_is_recorded_and_spares_the_child(tmp_path, threads):
    """SIGINT arriving while the build forks is held until the child's pid is recorded (so the
    clean-up after Ctrl-C knows the child), and is not delivered in the child (pending signals are
    not inherited; the child ignores SIGINT anyway). With other threads running, the kernel may
    hand the signal to one of them, where blocking it in the forking thread does not hold it."""
    import threading

    stop = threading.Event()
    others = [threading.Thread(target=stop.wait, daemon=True) for _ in range(threads)]
    for t in others:
        t.start()
    done = tmp_path / "child-done"
    pids = []

    def child():
        done.write_text("yes", encoding="utf-8")
        return 0

    def record(pid):
        # arrives now, while SIGINT is blocked here: sent to this thread alone, or, with other threads
        # running, to the process (the kernel may hand it to any thread that does not block it)
        if threads:
            os.kill(os.getpid(), signal.SIGINT)
        else:
            signal.pthread_kill(threading.main_thread().ident, signal.SIGINT)
        assert signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, [])
        pids.append(pid)

    previous = signal.signal(signal.SIGINT, signal.default_int_handler)  # as in a terminal, whatever the runner set
    try:
        with pytest.raises(KeyboardInterrupt) as caught:
            fork_child(child, record)
    finally:
        signal.signal(signal.SIGINT, previous)
        stop.set()
    assert not getattr(caught.value, "committed", False)  # no output was moved into place
    assert len(pids) == 1
    assert _status(pids[0]) == 0 and done.read_text(encoding="utf-8") == "yes"


def test_no_process_records_nothing(monkeypatch):
    def no_fork():
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", no_fork)
    pids = []
    with pytest.raises(OSError):
        fork_child(lambda: 0, pids.append)
    assert pids == []
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, [])
