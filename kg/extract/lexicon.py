"""jieba's word segmentation without loading jieba's dictionary: the same cuts, looked up lazily.

Entity extraction asks jieba for the word boundaries of short windows only (``_cuts`` in
:mod:`.entities`, ``cut(window, HMM=False)``). jieba's unigram model needs, for a window, the
dictionary frequency of each of its substrings, yet ``jieba.Tokenizer.initialize`` loads all
~500,000 of them (1.5 s). :class:`Lexicon` instead reads jieba's frequencies from a *snapshot*: an
SQLite file (``<cache>/snapshots/jieba-….sqlite``, see :func:`kg.cache.snapshot_path`) holding them
in buckets keyed by a word's first two characters, and fetches the buckets a window needs on first
use (a window of n characters needs at most 2n buckets; they stay in memory). The user words
(``Tokenizer.add_word(word, freq)``) are laid over the snapshot in memory exactly as ``add_word``
lays them over jieba's dictionary.

The snapshot is made from jieba itself (``Tokenizer().initialize()``) the first time, atomically,
and named after jieba's version and its dictionary file, so another jieba never reads it. The
segmentation (``get_DAG``, ``calc`` and ``__cut_DAG_NO_HMM`` with the block splitting of ``cut``)
is jieba 0.42's, step by step; ``tests/test_lexicon.py`` checks the cuts against jieba's on many
windows. :func:`open_lexicon` returns None when no snapshot can be read or made (no sqlite3, a
cache folder that cannot be written, jieba missing): the caller then uses jieba as before.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import threading
from math import log
from pathlib import Path
from typing import Iterable, Optional

#: bump when the snapshot's layout changes
FORMAT = 1

# jieba 0.42's patterns (jieba/__init__.py: re_han_default, re_skip_default, re_eng)
_RE_HAN = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+)")
_RE_SKIP = re.compile(r"(\r\n|\s)")
_RE_ENG = re.compile(r"[a-zA-Z0-9]")


def _jieba_identity() -> Optional[str]:
    """jieba's version and the size and time of its dictionary file, without importing jieba."""
    import importlib.util
    from importlib import metadata

    try:
        spec = importlib.util.find_spec("jieba")
        if spec is None or not spec.submodule_search_locations:
            return None
        st = os.stat(os.path.join(list(spec.submodule_search_locations)[0], "dict.txt"))
        return f"{metadata.version('jieba')} {st.st_size} {st.st_mtime_ns}"
    except (ImportError, OSError, metadata.PackageNotFoundError):
        return None


def snapshot_name() -> Optional[str]:
    """The file name of the snapshot of this install's jieba (None when jieba is not there)."""
    ident = _jieba_identity()
    if ident is None:
        return None
    return f"jieba-{hashlib.sha256(f'{FORMAT} {ident}'.encode()).hexdigest()[:16]}.sqlite"


def _fill(tmp: str) -> None:
    """Write jieba's frequencies into the (empty) SQLite file ``tmp``."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    buckets: dict[str, list[str]] = {}
    for word, freq in tok.FREQ.items():
        buckets.setdefault(word[:2], []).append(f"{word}\t{freq}")
    con = sqlite3.connect(tmp)
    try:
        con.execute("PRAGMA journal_mode=OFF")
        con.execute("PRAGMA synchronous=OFF")
        con.execute("CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL)")
        con.execute("CREATE TABLE bucket (k TEXT PRIMARY KEY, v TEXT NOT NULL) WITHOUT ROWID")
        con.executemany("INSERT INTO bucket VALUES (?, ?)", sorted((k, "\n".join(v)) for k, v in buckets.items()))
        con.executemany("INSERT INTO meta VALUES (?, ?)", [("format", str(FORMAT)), ("total", str(tok.total)),
                                                             ("words", str(len(tok.FREQ)))])
        con.commit()
    finally:
        con.close()


class Lexicon:
    """jieba's frequencies plus user words, and ``cut(window, HMM=False)``'s word boundaries."""

    def __init__(self, path: Path, user_words: Iterable[tuple[str, int]] = ()) -> None:
        self.path = path
        self._lock = threading.RLock()
        self._con: Optional[sqlite3.Connection] = None
        self._pid = -1
        meta = dict(self._connection().execute("SELECT k, v FROM meta").fetchall())
        if meta.get("format") != str(FORMAT):
            raise ValueError("not a lexicon snapshot of this format")
        self.total = int(meta["total"])
        #: loaded buckets; ``freq`` holds every word (and jieba's zero-frequency prefix) of those buckets
        self._loaded: set[str] = set()
        self.freq: dict[str, int] = {}
        # add_word(word, freq): FREQ[word] = freq; total += freq; every prefix not yet a word gets 0
        self._user: dict[str, list[tuple[str, Optional[int]]]] = {}
        words: dict[str, int] = {}
        for word, freq in user_words:
            words[word] = freq
            self.total += freq
        prefixes = {word[:i] for word in words for i in range(1, len(word))} - set(words)
        for word, freq in words.items():
            self._user.setdefault(word[:2], []).append((word, freq))
        for p in prefixes:
            self._user.setdefault(p[:2], []).append((p, None))
        self._logtotal = log(self.total)

    def _connection(self) -> sqlite3.Connection:
        if self._con is None or self._pid != os.getpid():  # a forked worker opens its own
            self._con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._con

    def _load(self, keys: set[str]) -> None:
        need = sorted(keys - self._loaded)
        if not need:
            return
        freq = self.freq
        con = self._connection()
        for i in range(0, len(need), 500):
            part = need[i:i + 500]
            rows = con.execute(f"SELECT v FROM bucket WHERE k IN ({','.join('?' * len(part))})", part).fetchall()
            for (text,) in rows:
                for line in text.split("\n"):
                    word, _, n = line.rpartition("\t")
                    freq[word] = int(n)
        for k in need:
            for word, n in self._user.get(k, ()):
                if n is not None:
                    freq[word] = n
                elif word not in freq:
                    freq[word] = 0
        self._loaded.update(need)

    def _block_bounds(self, sentence: str, offset: int, out: list[int]) -> None:
        """jieba's ``__cut_DAG_NO_HMM`` on one block: appends the end offset of each word it yields."""
        N = len(sentence)
        FREQ = self.freq
        DAG = {}
        for k in range(N):  # get_DAG
            tmplist = []
            i = k
            frag = sentence[k]
            while i < N and frag in FREQ:
                if FREQ[frag]:
                    tmplist.append(i)
                i += 1
                frag = sentence[k:i + 1]
            if not tmplist:
                tmplist.append(k)
            DAG[k] = tmplist
        route = {N: (0, 0)}  # calc
        logtotal = self._logtotal
        for idx in range(N - 1, -1, -1):
            route[idx] = max((log(FREQ.get(sentence[idx:x + 1]) or 1) - logtotal + route[x + 1][0], x) for x in DAG[idx])
        x = 0
        buf = False  # single ASCII letters and digits in a row are one word
        while x < N:
            y = route[x][1] + 1
            if y - x == 1 and _RE_ENG.match(sentence[x]):
                buf = True
            else:
                if buf:
                    out.append(offset + x)
                    buf = False
                out.append(offset + y)
            x = y
        if buf:
            out.append(offset + N)

    def cuts(self, window: str) -> tuple[int, ...]:
        """The word boundaries of ``jieba.cut(window, HMM=False)``: offsets, 0 and ``len(window)`` included."""
        with self._lock:
            blocks = _RE_HAN.split(window)
            keys = set()
            for blk in blocks:
                if blk and _RE_HAN.match(blk):
                    keys.update(blk[i:i + 2] for i in range(len(blk)))
                    keys.update(blk)
            self._load(keys)
            out = [0]
            pos = 0
            for blk in blocks:
                if not blk:
                    continue
                if _RE_HAN.match(blk):
                    self._block_bounds(blk, pos, out)
                else:
                    for x in _RE_SKIP.split(blk):
                        if _RE_SKIP.match(x):
                            out.append(pos + len(x))
                        else:  # each character is a word
                            out.extend(range(pos + 1, pos + len(x) + 1))
                        pos += len(x)
                    continue
                pos += len(blk)
            return tuple(out)


def open_lexicon(user_words: Iterable[tuple[str, int]] = ()) -> Optional[Lexicon]:
    """The lexicon of this install's jieba with ``user_words`` (``(word, freq)`` in ``add_word`` order),
    from its snapshot, made now when missing or unreadable; None when that is impossible."""
    from ..cache import snapshot_path, snapshots_enabled, write_snapshot

    name = snapshot_name() if snapshots_enabled() else None
    if name is None:
        return None
    path = snapshot_path(name)
    words = list(user_words)
    for attempt in (0, 1):
        if path.is_file():
            try:
                return Lexicon(path, words)
            except (sqlite3.Error, ValueError, KeyError, OSError):
                pass  # damaged or foreign: made again below
        if attempt == 0 and not write_snapshot(path, _fill, replaces="jieba-"):
            return None
    return None
