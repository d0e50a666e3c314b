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


# ---------------------------------------------------------------- extraction (stage 2)

#: Entity types: the local names of the ontology's classes (``kg:VideoGame`` ...).
WORK_TYPES = ("VideoGame", "Film", "WebNovel", "MicroDrama", "TVSeries", "VarietyShow", "AppProduct", "OtherWork")
ORG_TYPES = ("Firm", "GovernmentBody", "Organization", "Association", "ResearchInstitute", "University",
             "MediaOutlet", "Platform")
REGION_TYPES = ("Country", "Province", "City", "District", "Zone", "Port", "RegionGroup")
ENTITY_TYPES = WORK_TYPES + ORG_TYPES + REGION_TYPES + ("Policy", "Report", "Person", "Event", "Award")


@dataclass(frozen=True)
class Mention:
    """A span of one document that names an entity.

    ``start``/``end`` are original offsets of the name itself (title marks such
    as 《》 excluded); ``surface`` is ``source.text[start:end]``; ``text`` is the
    same span of the analysis text (Simplified, width-folded).
    """

    doc_id: str
    start: int
    end: int
    norm_start: int
    norm_end: int
    surface: str
    text: str
    type: str  #: one of :data:`ENTITY_TYPES`
    sentence: int  #: index of the sentence it occurs in
    rule: str  #: the signal that found it (``title-mark``, ``org-suffix``, ``person-role``, ``gazetteer`` ...)
    canonical: Optional[str] = None  #: canonical name when a curated entry or an alias in the text says so
    lang: str = "zh-Hans"  #: script of the surface: ``zh-Hans``, ``zh-Hant`` or ``en``


@dataclass(frozen=True)
class RelationMention:
    """A relation stated in one sentence, between two mentions (or a mention and a literal)."""

    doc_id: str
    predicate: str  #: ontology property local name: ``developer``, ``issuedBy``, ``roleAt`` ...
    subject: Mention
    object: Optional[Mention]  #: None when the object is a literal
    literal: Optional[str] = None  #: ISO date or text when the object is a literal
    start: int = 0  #: original span of the evidence (usually the sentence or clause)
    end: int = 0
    role: Optional[str] = None  #: job title for ``roleAt``


@dataclass(frozen=True)
class Quantity:
    """A number as stated, with its unit, normalized (found in the analysis text of a sentence)."""

    norm_start: int  #: analysis-text offsets (document-wide) of the whole figure incl. qualifier and unit
    norm_end: int
    value: Optional[str]  #: decimal string, fully expanded ("7500000000000"); None for a range
    unit: str  #: QUDT local name (CCY_CNY, PERCENT, NUM ...) or a local unit (PERCENT_POINT, TIMES, TEU)
    low: Optional[str] = None  #: range ends (decimal strings)
    high: Optional[str] = None
    unit_implicit: bool = False  #: the currency was implied by context, not written
    qualifier: Optional[str] = None  #: more_than, at_least, nearly, about, at_most, less_than
    count_of: Optional[str] = None  #: for NUM: what is counted, English singular ("player", "firm")
    negative: bool = False  #: stated as a fall (下降, decline): the value is already negated
    kind: str = "level"  #: level, growth, growth_difference, share, multiple, rank


@dataclass(frozen=True)
class PeriodRef:
    """A time period as stated, resolved to ISO form."""

    norm_start: int
    norm_end: int
    start: str  #: ISO date, year-month or year of the first day/month/year covered
    end: str  #: ISO form of the last one (== start for a single year/month/day)
    label: str  #: canonical label: "2024", "2024-03", "2024-H1", "2024-Q1/2024-Q3", "2024-01/2024-10", "2024-03-08"
    relative: bool = False  #: resolved from 今年/去年/last year against the document date


# ---------------------------------------------------------------- resolution (stage 3)


@dataclass(frozen=True)
class Entity:
    """One real thing, resolved across mentions, scripts and documents."""

    key: str  #: stable, unique: "<kind>/<slug of the canonical name>", e.g. "work/原神", "orgn/商务部"
    type: str  #: one of :data:`ENTITY_TYPES`
    canonical: str  #: canonical name (what the slug is made from)
    pref_labels: tuple[tuple[str, str], ...]  #: (text, lang), at most one per lang (zh-Hans, zh-Hant, en)
    alt_labels: tuple[tuple[str, str], ...]  #: every other surface form met, with its lang
    mentions: tuple[Mention, ...]
    same_as: tuple[str, ...] = ()  #: verified external IRIs (e.g. Wikidata), else empty


@dataclass(frozen=True)
class Relation:
    """A relation between resolved entities (or an entity and a literal), with all its evidence."""

    subject: str  #: Entity.key
    predicate: str  #: ontology property local name
    object: Optional[str]  #: Entity.key, or None for a literal
    literal: Optional[str] = None  #: ISO date / text when the object is a literal
    evidence: tuple[RelationMention, ...] = ()
    role: Optional[str] = None


@dataclass(frozen=True)
class ObservationMention:
    """One stated figure in one sentence, with what it measures, when, and what about."""

    doc_id: str
    sentence: int  #: sentence index
    start: int  #: original span of the figure (qualifier, number, scale, unit)
    end: int
    quantity: Quantity
    indicator: str  #: indicator key (stable across scripts and documents)
    indicator_labels: tuple[tuple[str, str], ...]  #: (label, lang) for zh-Hans / zh-Hant / en, where known
    indicator_surface: str  #: the phrase of the text that names what is measured ("" if implied)
    period: Optional[PeriodRef] = None
    comparison_period: Optional[str] = None  #: label of the period a growth rate compares with
    subject: Optional[Mention] = None  #: the entity the figure is about, when named in the text
    subject_default: Optional[str] = None  #: canonical name when implied ("中国" for 我国/全国)
    growth_of: Optional[int] = None  #: for a growth rate: index (in the document's list) of the level it qualifies
    window: Optional[str] = None  #: a time window that qualifies the measure ("上线1小时")
    #: the market, client or partner the figure is with (承接美国离岸外包: 美国; exports to ASEAN: ASEAN)
    counterpart: Optional[Mention] = None


@dataclass(frozen=True)
class Indicator:
    """What figures measure: a SKOS concept shared across documents and scripts."""

    key: str  #: IRI-safe key ("services.trade", "services.trade.growth")
    pref_labels: tuple[tuple[str, str], ...]  #: (label, lang), at most one per lang
    alt_labels: tuple[tuple[str, str], ...] = ()
    growth_of: Optional[str] = None  #: for a growth-rate indicator: the key of the level indicator
    kind: str = "level"  #: level, growth, growth_difference, share, multiple, rank


@dataclass(frozen=True)
class Observation:
    """One stated figure of one document (all its evidence merged), ready for RDF."""

    key: str  #: stable hash
    doc_id: str
    indicator: str  #: Indicator.key
    quantity: Quantity
    period: Optional[PeriodRef]
    comparison_period: Optional[str]
    about: Optional[str]  #: Entity.key
    growth_of: Optional[str]  #: Observation.key of the level a growth rate qualifies
    mentions: tuple[ObservationMention, ...]  #: every place the figure is stated (≥ 1)
    counterpart: Optional[str] = None  #: Entity.key of the market or partner the figure is with


@dataclass(frozen=True)
class Extraction:
    """Everything stage 2 found in one document."""

    doc_id: str
    mentions: tuple[Mention, ...]
    relations: tuple[RelationMention, ...]
    observations: tuple[ObservationMention, ...]


@dataclass(frozen=True)
class Resolution:
    """Stage 3's result for the whole build."""

    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...]
    indicators: tuple[Indicator, ...]
    observations: tuple[Observation, ...]
    checks: tuple[dict, ...] = ()  #: cross-document agreements, conflicts and plausibility flags
