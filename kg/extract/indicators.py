"""What a figure measures: an indicator phrase becomes a key shared across scripts.

An indicator phrase ("服务进出口总额", "total import and export of services") is
split into concepts with the curated vocabulary in
``kg/data/glossary/indicator_terms.tsv`` (longest form first). Its key is the
sorted set of concepts, so the same measure stated in Simplified, Traditional
(already converted for analysis) and English gets one key; words the vocabulary
does not know stay in the key as they are (so two phrases only merge when they
really say the same thing). Fillers (总额, value, total...) are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..resources import package_data_dir

FILLER = "-"
#: short forms the press uses, expanded before matching (服贸 = 服务贸易)
_ZH_SHORT = {"服贸": "服务贸易", "货贸": "货物贸易", "外贸": "对外贸易", "文贸": "文化贸易", "数贸": "数字贸易"}
_ZH_FUNCTION = set("的之和与及在了对") | set("“”「」『』\"'‘’")  # (quotation marks left by a quote around the figure)
_EN_STOP = {
    "the", "a", "an", "of", "in", "for", "and", "its", "their", "his", "her", "this", "that", "these",
    "those", "on", "by", "from", "to", "with", "at", "as", "record", "high", "new", "against",
    # pronouns and auxiliaries a quote leaves in the phrase ("Our licensing income this year will be")
    "our", "we", "us", "my", "your", "it", "be", "been", "is", "are", "was", "were", "will", "would", "which", "already",
    # headline adjectives that describe a trend, not what is measured
    "booming", "thriving", "surging", "soaring", "robust", "strong", "rapid", "steady", "stable", "fast-growing",
    "flourishing", "buoyant", "sluggish", "resilient",
}


@dataclass(frozen=True)
class Concept:
    name: str
    english: str


@dataclass(frozen=True)
class IndicatorKey:
    key: str  #: "concept+concept+..." (sorted), raw words for unknown parts
    concepts: tuple[str, ...]  #: in the order the phrase states them (fillers dropped)
    english: str | None  #: English label composed from the concepts, None if a part is unknown
    known: int = 0  #: how many of the concepts the vocabulary knows
    named: tuple[str, ...] = ()  #: the concepts the vocabulary knows, in order (the rest are words of the text)


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[dict[str, Concept], dict[str, Concept], re.Pattern[str], re.Pattern[str]]:
    zh: dict[str, Concept] = {}
    en: dict[str, Concept] = {}
    path = package_data_dir() / "glossary" / "indicator_terms.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, english, zh_forms, en_forms = (line.split("\t") + ["", "", ""])[:4]
        concept = Concept(name, english)
        for form in filter(None, zh_forms.split("|")):
            zh.setdefault(form, concept)
        for form in filter(None, en_forms.split("|")):
            en.setdefault(form.lower(), concept)
    zh_re = re.compile("|".join(re.escape(f) for f in sorted(zh, key=lambda f: (-len(f), f))))
    en_re = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in sorted(en, key=lambda f: (-len(f), f))) + r")\b")
    return zh, en, zh_re, en_re


def _compose(parts: list[tuple[str, Concept | None]]) -> IndicatorKey:
    concepts: list[str] = []
    english: list[str] = []
    named: list[str] = []
    known = True
    n_known = 0
    for raw, concept in parts:
        if concept is None:
            known = False
            concepts.append(raw)
        elif concept.name != FILLER:
            n_known += 1
            if concept.name not in concepts:
                concepts.append(concept.name)
                named.append(concept.name)
                english.append(concept.english)
    key = "+".join(sorted(set(concepts)))
    return IndicatorKey(key=key, concepts=tuple(concepts), english=" ".join(english) if known and english else None,
                        known=n_known, named=tuple(named))


def _singular(word: str) -> str:
    """An English word of a measure without its plural ``s`` (users -> user); ``gross``, ``bonus``, ``analysis``
    kept whole."""
    if len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    return word.rstrip("s")


def key_of(phrase: str, lang: str) -> IndicatorKey:
    """The indicator key of a phrase in the analysis text (``lang`` ``en`` or a Chinese script)."""
    zh, en, zh_re, en_re = _vocabulary()
    parts: list[tuple[str, Concept | None]] = []
    if lang == "en":
        # IT written in capitals is information technology, not the pronoun the stop words drop
        text = re.sub(r"[’']s\b", "", re.sub(r"\bIT\b", "information technology", phrase).lower())
        pos = 0
        for m in en_re.finditer(text):
            for word in re.findall(r"[a-z][a-z\-]*", text[pos:m.start()]):
                if word not in _EN_STOP:
                    parts.append((_singular(word), None))
            parts.append((m.group(0), en[m.group(0)]))
            pos = m.end()
        for word in re.findall(r"[a-z][a-z\-]*", text[pos:]):
            if word not in _EN_STOP:
                parts.append((_singular(word), None))
    else:
        for short, full in _ZH_SHORT.items():
            phrase = phrase.replace(short, full)
        pos = 0
        for m in zh_re.finditer(phrase):
            gap = "".join(c for c in phrase[pos:m.start()] if c not in _ZH_FUNCTION and not c.isspace())
            if gap:
                parts.append((gap, None))
            parts.append((m.group(0), zh[m.group(0)]))
            pos = m.end()
        gap = "".join(c for c in phrase[pos:] if c not in _ZH_FUNCTION and not c.isspace())
        if gap:
            parts.append((gap, None))
    return _compose(parts)


def is_known_head(phrase: str, lang: str) -> bool:
    """Whether the phrase contains at least one concept that names a measure (not only fillers)."""
    k = key_of(phrase, lang)
    return bool(k.concepts)
