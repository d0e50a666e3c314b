"""Stage 1d: passages repeated within and across documents.

Entry function: :func:`mark_duplicates`. Documents are compared paragraph by
paragraph on the analysis text (spaces and punctuation ignored) with sampled
character 5-gram fingerprints, so small edits (a changed word, a dropped
particle) still match and the cost stays linear in the corpus size. The first
occurrence in build order is the original; later ones are copies.

Results: :class:`~kg.model.Duplication` records (passage pairs), and the
documents again with ``Sentence.duplicate_of`` and ``Article.duplicate_of``
filled in, so later stages can count a repeated fact once.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from dataclasses import replace
from typing import Iterable

from .model import Document, Duplication

#: paragraphs shorter than this (after dropping spaces and punctuation) are not compared
MIN_PARAGRAPH = 30
#: share of the shorter paragraph's fingerprints that must match
MIN_CONTAINMENT = 0.8
#: share of an article's text that must repeat one earlier article for the article to be a copy
ARTICLE_COPY_RATIO = 0.6
SHINGLE = 5
SAMPLE = 4  # keep one fingerprint in SAMPLE (deterministic: crc32-based)
#: paragraphs remembered per fingerprint. A fingerprint met more often is boilerplate (a dateline,
#: a stock phrase of the genre): later paragraphs still vote with it for the first ones, but are not
#: added to its list, so a template-like corpus does not make every paragraph compare with every other
#: one. Real copies share many rarer fingerprints as well.
MAX_POSTINGS = 64

_STRIP = re.compile(r"[\s\W_]+", re.UNICODE)


def _key(text: str) -> str:
    return _STRIP.sub("", text).lower()


def _prints(key: str) -> frozenset[int]:
    grams = (zlib.crc32(key[i:i + SHINGLE].encode("utf-8")) for i in range(max(1, len(key) - SHINGLE + 1)))
    return frozenset(g for g in grams if g % SAMPLE == 0) or frozenset([zlib.crc32(key.encode("utf-8"))])


def _paragraphs(doc: Document) -> Iterable[tuple[int, int]]:
    """Analysis-text spans of the document's paragraphs (lines of the analysis text)."""
    for m in re.finditer(r"[^\n]+", doc.analysis_text):
        yield m.start(), m.end()


def mark_duplicates(documents: list[Document]) -> tuple[list[Document], list[Duplication]]:
    """Find repeated passages; return the documents with duplicate links, and the passages."""
    index: dict[int, list[int]] = defaultdict(list)  # fingerprint -> paragraph ids
    paras: list[tuple[int, int, int, frozenset[int]]] = []  # (doc idx, norm start, norm end, prints)
    matches: list[tuple[int, int, float]] = []  # (copy paragraph id, original paragraph id, similarity)
    original_of: dict[int, int] = {}  # copy paragraph id -> the first occurrence it repeats
    for d, doc in enumerate(documents):
        for a, b in _paragraphs(doc):
            key = _key(doc.analysis_text[a:b])
            if len(key) < MIN_PARAGRAPH:
                continue
            prints = _prints(key)
            pid = len(paras)
            votes: dict[int, int] = defaultdict(int)
            for p in prints:
                for other in index[p]:
                    votes[other] += 1
            best, best_sim = None, 0.0
            for other, shared in votes.items():
                sim = shared / min(len(prints), len(paras[other][3]))
                if sim > best_sim or (sim == best_sim and best is not None and other < best):
                    best, best_sim = other, sim
            if best is not None and best_sim >= MIN_CONTAINMENT:
                best = original_of.get(best, best)  # point at the first occurrence, not at an earlier copy
                original_of[pid] = best
                matches.append((pid, best, round(best_sim, 3)))
            paras.append((d, a, b, prints))
            for p in prints:
                postings = index[p]
                if len(postings) < MAX_POSTINGS:
                    postings.append(pid)

    duplications: list[Duplication] = []
    sentence_links: dict[tuple[int, int], tuple[str, int]] = {}
    article_votes: dict[tuple[int, int], dict[tuple[int, int], int]] = defaultdict(lambda: defaultdict(int))
    for copy_pid, orig_pid, sim in matches:
        cd, ca, cb, _ = paras[copy_pid]
        od, oa, ob, _ = paras[orig_pid]
        cdoc, odoc = documents[cd], documents[od]
        duplications.append(Duplication(
            original_doc=odoc.doc_id, original=odoc.to_original(oa, ob),
            copy_doc=cdoc.doc_id, copy=cdoc.to_original(ca, cb), similarity=sim,
        ))
        _link_sentences(cdoc, cd, (ca, cb), odoc, (oa, ob), sentence_links)
        c_art = _article_at(cdoc, cdoc.to_original(ca, cb)[0])
        o_art = _article_at(odoc, odoc.to_original(oa, ob)[0])
        if c_art and o_art and (cd, c_art) != (od, o_art):
            article_votes[(cd, c_art)][(od, o_art)] += cb - ca

    out = []
    for d, doc in enumerate(documents):
        sentences = tuple(
            replace(s, duplicate_of=sentence_links[(d, s.index)]) if (d, s.index) in sentence_links else s
            for s in doc.sentences
        )
        articles = []
        for art in doc.articles:
            votes = article_votes.get((d, art.index))
            if votes:
                (od, o_art), chars = max(votes.items(), key=lambda kv: (kv[1], -kv[0][0], -kv[0][1]))
                length = _article_norm_length(doc, art)
                ratio = round(min(1.0, chars / length), 3) if length else 0.0
                if ratio >= ARTICLE_COPY_RATIO:
                    art = replace(art, duplicate_of=(documents[od].doc_id, o_art), duplicate_ratio=ratio)
            articles.append(art)
        out.append(replace(doc, sentences=sentences, articles=tuple(articles)))
    return out, duplications


def _article_at(doc: Document, pos: int) -> int:
    for art in doc.articles:
        if art.start <= pos < art.end:
            return art.index
    return 0


def _article_norm_length(doc: Document, art) -> int:
    return sum(len(_key(s.text)) for s in doc.sentences if art.start <= s.start < art.end) or 1


def _link_sentences(cdoc: Document, cd: int, cspan: tuple[int, int], odoc: Document, ospan: tuple[int, int],
                    links: dict[tuple[int, int], tuple[str, int]]) -> None:
    """Pair each sentence of the copied paragraph with the most similar sentence of the original."""
    originals = [s for s in odoc.sentences if ospan[0] <= s.norm_start < ospan[1]]
    if not originals:
        return
    oprints = [(s, _prints(_key(s.text))) for s in originals]
    for s in cdoc.sentences:
        if not (cspan[0] <= s.norm_start < cspan[1]):
            continue
        sp = _prints(_key(s.text))
        best, best_sim = None, 0.0
        for o, op in oprints:
            sim = len(sp & op) / max(1, min(len(sp), len(op)))
            if sim > best_sim:
                best, best_sim = o, sim
        if best is not None and best_sim >= 0.6:
            links[(cd, s.index)] = (odoc.doc_id, best.index)
