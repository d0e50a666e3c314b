"""Stage 1a: find documents and decode them faithfully.

Entry function: :func:`read_source`. :func:`discover` expands the paths given
on the command line into the list of document files, in a stable order.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import stat
from pathlib import Path

from .errors import ReadError
from .model import SourceFile

MEDIA_TYPES = {
    ".txt": "text/plain",
    ".text": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
}

#: Default upper bound on one document's size (bytes); ``--max-bytes`` changes it.
DEFAULT_MAX_BYTES = 32 * 1024 * 1024

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"\x7fELF", "executable"),
)


def is_document_name(name: str) -> bool:
    """Whether folder discovery picks up a file of this name.

    Hidden files and README files (a corpus folder's own description) are skipped.
    """
    if name.startswith((".", "_", "~")) or name.upper().startswith("README"):
        return False
    return Path(name).suffix.lower() in MEDIA_TYPES


def discover(paths: list[str | os.PathLike[str]]) -> tuple[list[Path], list[ReadError]]:
    """Expand files and folders into document files.

    Folders are walked recursively and their documents sorted by relative path;
    explicit files keep the order given. Returns the files and the errors for
    paths that do not exist or are of an unsupported type.
    """
    files: list[Path] = []
    errors: list[ReadError] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = []
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")))
                for name in names:
                    if is_document_name(name):
                        found.append(Path(root) / name)
            found.sort(key=lambda p: p.relative_to(path).as_posix())
            for f in found:
                if f.resolve() not in seen:
                    seen.add(f.resolve())
                    files.append(f)
        elif path.is_file():
            if path.suffix.lower() not in MEDIA_TYPES:
                errors.append(ReadError("unsupported", str(path), detail=path.suffix or "no extension"))
            elif path.resolve() not in seen:
                seen.add(path.resolve())
                files.append(path)
        elif path.exists() or path.is_symlink():
            errors.append(ReadError("unreadable", str(path), detail="not a regular file"))
        else:
            errors.append(ReadError("missing", str(path)))
    return files, errors


def read_source(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceFile:
    """Read and decode one document; raise :class:`ReadError` with a one-line reason."""
    p = Path(path)
    shown = str(path)
    media_type = MEDIA_TYPES.get(p.suffix.lower())
    if media_type is None:
        raise ReadError("unsupported", shown, detail=p.suffix or "no extension")
    try:
        st = p.stat()
        if not stat.S_ISREG(st.st_mode):  # a FIFO or device would block or never end
            raise ReadError("unreadable", shown, detail="is a folder" if stat.S_ISDIR(st.st_mode) else "not a regular file")
        size = st.st_size
        if size > max_bytes:
            raise ReadError("too-large", shown, size=size, limit=max_bytes)
        with open(p, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise ReadError("vanished", shown) from None
    except IsADirectoryError:
        raise ReadError("unreadable", shown, detail="is a folder") from None
    except PermissionError:
        raise ReadError("unreadable", shown, detail="permission denied") from None
    except OSError as exc:
        raise ReadError("unreadable", shown, detail=exc.strerror or type(exc).__name__) from None
    if len(data) > max_bytes:
        raise ReadError("too-large", shown, size=len(data), limit=max_bytes)
    if not data:
        raise ReadError("empty", shown)
    text, encoding, warnings = decode(data, shown)
    if not text.strip():
        raise ReadError("blank", shown)
    return SourceFile(
        path=shown,
        name=p.name,
        sha256=hashlib.sha256(data).hexdigest(),
        byte_size=len(data),
        encoding=encoding,
        media_type=media_type,
        text=text,
        warnings=tuple(warnings),
    )


def decode(data: bytes, shown: str = "<bytes>") -> tuple[str, str, list[str]]:
    """Detect the encoding of ``data`` and decode it.

    Order: byte-order marks; UTF-16 without BOM (NUL-byte pattern); binary
    signatures; strict UTF-8 (a sequence cut off at the very end is dropped with
    a warning); then GB18030 or Big5, told apart by their byte structure.
    Returns ``(text, encoding, warnings)``.
    """
    warnings: list[str] = []
    for bom, enc in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return _check_text(data.decode(enc), shown), enc, warnings
            except UnicodeDecodeError as exc:
                raise ReadError("undecodable", shown, detail=f"invalid {enc} at byte {exc.start}") from None
    for sig, kind in _MAGIC:
        if data.startswith(sig):
            raise ReadError("binary", shown, detail=kind)
    if b"\x00" in data:
        guess = _utf16_without_bom(data)
        if guess is None:
            raise ReadError("binary", shown, detail="contains NUL bytes")
        return _check_text(data.decode(guess), shown), guess, warnings
    try:
        return _check_text(data.decode("utf-8"), shown), "utf-8", warnings
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.end == len(data):
            cut = len(data) - exc.start
            warnings.append(f"truncated UTF-8 sequence at the end: {cut} byte(s) dropped")
            return _check_text(data[: exc.start].decode("utf-8"), shown), "utf-8", warnings
        utf8_error = f"invalid UTF-8 at byte {exc.start}"
    for enc in _legacy_candidates(data):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        return _check_text(text, shown), ("big5" if enc == "cp950" else enc), warnings
    # Mostly valid UTF-8 with a few corrupt bytes: keep the document, say so.
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    if 0 < bad <= max(8, len(data) // 1000):
        warnings.append(f"{bad} invalid UTF-8 byte sequence(s) replaced by U+FFFD (first at byte {utf8_error.rsplit(' ', 1)[-1]})")
        return _check_text(text, shown), "utf-8", warnings
    raise ReadError("undecodable", shown, detail=utf8_error)


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when NUL bytes sit at one parity (ASCII-heavy UTF-16)."""
    if len(data) % 2:
        return None
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    half = len(data) // 2
    for enc, nuls, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if nuls > 0.3 * half and other < 0.05 * half:
            try:
                data.decode(enc)
            except UnicodeDecodeError:
                return None
            return enc
    return None


def _legacy_candidates(data: bytes) -> list[str]:
    """GB18030 or Big5 first, judged by how the double-byte pairs are built.

    Common GB2312/GBK characters use trail bytes 0xA1-0xFE, while about 40% of
    Big5 characters have a trail byte in 0x40-0x7E; a lead byte in 0x81-0xA0
    does not exist in Big5 at all.
    """
    low_trail = pairs = 0
    non_big5_lead = False
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if b < 0x80:
            i += 1
            continue
        if i + 1 >= n:
            break
        t = data[i + 1]
        pairs += 1
        if b < 0xA1:
            non_big5_lead = True
        if 0x40 <= t <= 0x7E:
            low_trail += 1
        i += 2
    big5_first = not non_big5_lead and pairs and low_trail / pairs > 0.15
    return ["cp950", "gb18030"] if big5_first else ["gb18030", "cp950"]


def _check_text(text: str, shown: str) -> str:
    """Reject decoded text that is mostly control characters (binary data that happened to decode)."""
    sample = text[:65536]
    if not sample:
        return text
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f\v")
    if controls / len(sample) > 0.01:
        raise ReadError("binary", shown, detail=f"{controls} control characters in the first {len(sample):,}")
    return text
