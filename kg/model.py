"""Records passed between the stages of the pipeline.

Every record is a frozen dataclass. Offsets are Unicode code points:
``start`` inclusive, ``end`` exclusive. Unless a name says ``norm``, an offset
points into the ORIGINAL decoded text of a document (what evidence cites);
``norm_*`` offsets point into the normalized analysis text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

SCRIPTS = ("zh-Hans", "zh-Hant", "en")


@dataclass(frozen=True)
class SourceFile:
    """A document as read from disk and decoded (output of :mod:`kg.read`)."""

    path: str  #: path as given / discovered (for messages)
    name: str  #: file name (what ``schema:identifier`` carries)
    sha256: str  #: hex digest of the bytes on disk
    byte_size: int
    encoding: str  #: codec that decoded it, e.g. ``utf-8``, ``utf-8-sig``, ``gb18030``, ``big5``, ``utf-16``
    media_type: str  #: ``text/plain``, ``text/markdown`` or ``text/html``
    text: str  #: the decoded original text; every evidence offset points into it
    warnings: tuple[str, ...] = ()

    @property
    def doc_id(self) -> str:
        """Stable document id: derived from the content, never from run order."""
        return self.sha256[:16]


@dataclass(frozen=True)
class Sentence:
    index: int  #: 0-based position in the document
    start: int  #: original offsets
    end: int
    norm_start: int  #: analysis-text offsets
    norm_end: int
    text: str  #: normalized (analysis) text of the sentence
    script: str  #: one of :data:`SCRIPTS`
    article: int  #: 1-based article number; 0 for front/back matter outside any article
    duplicate_of: Optional[tuple[str, int]] = None  #: (doc_id, sentence index) of an earlier copy


@dataclass(frozen=True)
class Article:
    index: int  #: 1-based position in the document
    start: int  #: original offsets of the whole article (headline to trailer)
    end: int
    title: Optional[str] = None  #: headline as written (original characters)
    title_span: Optional[tuple[int, int]] = None
    source: Optional[str] = None  #: publication named by the text (original characters)
    source_span: Optional[tuple[int, int]] = None
    date: Optional[str] = None  #: ISO date stated for the article
    duplicate_of: Optional[tuple[str, int]] = None  #: (doc_id, article index) this one repeats
    duplicate_ratio: float = 0.0


@dataclass(frozen=True)
class Document:
    """A read, normalized and segmented document (output of :mod:`kg.structure`)."""

    source: SourceFile
    analysis_text: str  #: normalized text used by the extractors
    norm_starts: tuple[int, ...] = field(repr=False)  #: original start of each analysis char
    norm_ends: tuple[int, ...] = field(repr=False)  #: original end of each analysis char
    title: Optional[str]
    title_span: Optional[tuple[int, int]]
    publisher: Optional[str]
    publisher_span: Optional[tuple[int, int]]
    date: Optional[str]  #: ISO date or date-time
    date_span: Optional[tuple[int, int]]
    scripts: tuple[str, ...]  #: scripts present, most sentences first
    primary_script: str
    articles: tuple[Article, ...]
    sentences: tuple[Sentence, ...]
    warnings: tuple[str, ...] = ()

    @property
    def doc_id(self) -> str:
        return self.source.doc_id

    def to_original(self, norm_start: int, norm_end: int) -> tuple[int, int]:
        """Map an analysis-text span back to the original text."""
        if norm_end <= norm_start:
            pos = self.norm_starts[norm_start] if norm_start < len(self.norm_starts) else len(self.source.text)
            return pos, pos
        return self.norm_starts[norm_start], self.norm_ends[norm_end - 1]


@dataclass(frozen=True)
class Duplication:
    """A passage of one document repeated (nearly verbatim) by a later passage."""

    original_doc: str
    original: tuple[int, int]
    copy_doc: str
    copy: tuple[int, int]
    similarity: float


@dataclass(frozen=True)
class Problem:
    """A document that could not be built: one line for the user."""

    path: str
    reason: str
    code: str  #: stable machine-readable kind, see :mod:`kg.errors`

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"
