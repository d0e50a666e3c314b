"""Interrupts (SIGINT, SIGTERM) held while a build does what must not be cut in two.

:func:`signals_held` holds them while the output files move into place (:mod:`kg.export`).

Helper processes are forked by :func:`fork_child`, without a moment where an interrupt reaches
the wrong process.

A build forks two helpers (the JSON-LD writer in :mod:`kg.export`, the drawing process in
:mod:`kg.pipeline`). Each ignores SIGINT (the build cleans up after Ctrl-C and stops them) and
stops on SIGTERM. Setting those handlers in the child after ``os.fork()`` would leave a window:
an interrupt arriving first would raise ``KeyboardInterrupt`` in the child, which would then run
the build's own clean-up code (removing the staging folder the build is still writing). And an
interrupt arriving in the build just after the fork, before it has recorded the child's pid,
would leave the child running unseen. :func:`fork_child` closes both windows: SIGINT and SIGTERM
are blocked in the forking thread (and so in the child until its handlers are set), and held by
:func:`signals_held` should another thread of the build take one, until the pid is recorded.
"""

from __future__ import annotations

import os
import signal
import threading
from contextlib import contextmanager
from typing import Callable, Iterator

_SIGNALS = {signal.SIGINT, signal.SIGTERM}


def fork_child(child: Callable[[], int], record: Callable[[int], None]) -> None:
    """Run ``child`` in a forked process, which exits with the status it returns (1 if it raises).

    ``record`` is called in this process with the child's pid before SIGINT and SIGTERM can be
    delivered again, so whoever cleans up after an interrupt knows the child. In the child, SIGINT
    is ignored and SIGTERM stops it. Raises :class:`OSError` when no process can be made (nothing
    is recorded then).
    """
    with signals_held():  # an interrupt another thread takes waits for the pid to be recorded
        _fork_blocked(child, record)


def _fork_blocked(child: Callable[[], int], record: Callable[[int], None]) -> None:
    """:func:`fork_child` with SIGINT and SIGTERM blocked in this thread (and so in the child, until
    its handlers are set)."""
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
    try:
        pid = os.fork()
        if pid == 0:  # the child: never returns
            status = 1
            try:
                signal.signal(signal.SIGINT, signal.SIG_IGN)
                signal.signal(signal.SIGTERM, signal.SIG_DFL)
                signal.pthread_sigmask(signal.SIG_SETMASK, previous)
                status = child()
            finally:
                os._exit(status)
        record(pid)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


@contextmanager
def signals_held(committing: bool = False) -> Iterator[None]:
    """Hold SIGINT and SIGTERM until the block is done, then deliver them to the previous handlers.

    With ``committing`` (the block moves the output files into place), an interrupt delivered this
    way carries ``committed = True``: the block finished, the new output is in place.
    Outside the main thread signals cannot be trapped, and the block just runs.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []
    previous = {sig: signal.signal(sig, lambda signum, _frame: held.append(signum))
                for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler if handler is not None else signal.SIG_DFL)
        if held:
            try:
                signal.raise_signal(held[0])
            except KeyboardInterrupt as exc:
                if committing:
                    exc.committed = True  # type: ignore[attr-defined]
                raise
