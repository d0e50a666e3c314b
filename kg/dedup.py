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
from collections import Counter, defaultdict
from dataclasses import replace
from functools import lru_cache
from itertools import chain
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
    """crc32 of the UTF-8 of each character 5-gram, one in :data:`SAMPLE` kept (else the whole key's)."""
    crc32, n = zlib.crc32, max(1, len(key) - SHINGLE + 1)
    if key.isascii():  # one byte per character: a 5-gram's UTF-8 is a slice of the key's
        data = key.encode("ascii")
        grams = [crc32(data[i:i + SHINGLE]) for i in range(n)]
    else:
        grams = [crc32(key[i:i + SHINGLE].encode("utf-8")) for i in range(n)]
    return frozenset([g for g in grams if g % SAMPLE == 0]) or frozenset([crc32(key.encode("utf-8"))])


def _paragraphs(doc: Document) -> Iterable[tuple[int, int]]:
    """Analysis-text spans of the document's paragraphs (lines of the analysis text)."""
    for m in re.finditer(r"[^\n]+", doc.analysis_text):
        yield m.start(), m.end()


@lru_cache(maxsize=None)
def _needed(size: int) -> int:
    """The fewest shared fingerprints ``s`` with ``s / size >= MIN_CONTAINMENT`` (the very float test of the match)."""
    s = max(1, int(MIN_CONTAINMENT * size))
    while s > 1 and (s - 1) / size >= MIN_CONTAINMENT:
        s -= 1
    while s / size < MIN_CONTAINMENT:
        s += 1
    return s


#: how many fingerprints beyond the pigeonhole minimum :func:`match_paragraphs` reads for a paragraph
#: (and, for a shorter earlier one, lists it under), each demanding one more hit of a candidate: a
#: little more counting in C for far fewer exact comparisons in Python. Any values give the same matches.
EXTRA_READ, EXTRA_LISTED = 2, 1


def match_paragraphs(prints: list[frozenset[int]]) -> list[tuple[int, int, float]]:
    """``(copy, original, similarity)`` for each paragraph (by position in ``prints``) repeating an earlier one.

    The rule: paragraph ``i`` is a copy of the earlier paragraph ``j`` with the largest share of
    shared fingerprints (over the shorter paragraph's count; ties: the first ``j``), when that share
    is at least :data:`MIN_CONTAINMENT`; ``j`` is then replaced by the first occurrence it itself
    repeats. A fingerprint of ``i`` counts as shared only when ``j`` was *filed* under it: a
    paragraph is filed under those of its fingerprints whose list then held fewer than
    :data:`MAX_POSTINGS` paragraphs (boilerplate stops being filed).

    This used to be found by counting ``i``'s votes over all its lists, each up to
    :data:`MAX_POSTINGS` long: a cost per paragraph that grew with the corpus until the lists of the
    genre's stock phrases filled up (25x the time for 10x the documents). Now only the earlier
    paragraphs that *can* reach the threshold are compared, found by prefix filtering (the
    pigeonhole principle). Fingerprints are ranked once for the whole corpus, rarest first (number of
    paragraphs that have it, then value; kept as their ranks, so that sorting a set ranks it), and
    ``need(m)`` is the fewest shared fingerprints that reach the threshold when the shorter paragraph
    has ``m``:

    - ``postings`` (fingerprint -> the paragraphs filed under it): a ``j`` at least as long as ``i``
      must share ``need(len(i))`` of ``i``'s fingerprints; ``i``'s fingerprints after its
      ``len(i) - need(len(i)) + 1 + EXTRA_READ`` rarest ones are too few to make that up, so ``j``
      shares at least ``EXTRA_READ + 1`` of those rarest ones: only their lists are read, and a ``j``
      they name fewer times is not compared;
    - ``prefixes`` (fingerprint -> paragraphs): a ``j`` shorter than ``i`` must have ``need(len(j))``
      of its filed fingerprints in ``i``, so, by the same count, at least ``EXTRA_LISTED + 1`` of
      its ``filed - need(len(j)) + 1 + EXTRA_LISTED`` rarest filed ones; ``j`` is listed under
      those only, and ``i`` counts how often its own fingerprints name it there.

    Every ``j`` that can reach the threshold is compared, and its share computed exactly as before,
    so the matches are the ones of counting every vote (tests/test_dedup_index.py checks this
    against the former code), while the lists read are mostly those of rare fingerprints.
    """
    frequency: Counter = Counter()
    for ps in prints:
        frequency.update(ps)
    rank = {p: r for r, p in enumerate(sorted(frequency, key=lambda p: (frequency[p], p)))}
    ranked = [frozenset(map(rank.__getitem__, ps)) for ps in prints]  # the same sets, renamed
    sizes = [len(ps) for ps in ranked]

    postings: dict[int, list[int]] = defaultdict(list)  # fingerprint -> paragraphs filed under it
    prefixes: dict[int, list[int]] = defaultdict(list)  # fingerprint -> shorter-side candidates, see above
    filed: list[frozenset[int]] = []  # paragraph -> fingerprints it was filed under
    listed_hits: list[int] = []  # paragraph -> hits in ``prefixes`` it needs from a longer paragraph
    matches: list[tuple[int, int, float]] = []
    original_of: dict[int, int] = {}  # copy paragraph id -> the first occurrence it repeats
    for pid, ps in enumerate(ranked):
        size = sizes[pid]
        need = _needed(size)
        read = min(size, size - need + 1 + EXTRA_READ)
        hits = Counter(chain.from_iterable([postings[p] for p in sorted(ps)[:read] if p in postings]))
        at_least = need - (size - read)
        candidates = [o for o, n in hits.items() if n >= at_least and sizes[o] >= size]
        hits = Counter(chain.from_iterable([prefixes[p] for p in ps if p in prefixes]))
        candidates += [o for o, n in hits.items() if sizes[o] < size and n >= listed_hits[o]]
        best, best_sim = None, 0.0
        for other in sorted(candidates):
            sim = len(ps & filed[other]) / min(size, sizes[other])
            if sim > best_sim:
                best, best_sim = other, sim
        if best is not None and best_sim >= MIN_CONTAINMENT:
            best = original_of.get(best, best)  # point at the first occurrence, not at an earlier copy
            original_of[pid] = best
            matches.append((pid, best, round(best_sim, 3)))
        mine = frozenset(p for p in ps if len(postings[p]) < MAX_POSTINGS)
        filed.append(mine)
        for p in mine:
            postings[p].append(pid)
        listed = min(len(mine), len(mine) - need + 1 + EXTRA_LISTED)
        listed_hits.append(need - (len(mine) - listed))
        if len(mine) >= need:  # else it can never reach the threshold as the shorter paragraph
            for p in sorted(mine)[:listed]:
                prefixes[p].append(pid)
    return matches


def mark_duplicates(documents: list[Document]) -> tuple[list[Document], list[Duplication]]:
    """Find repeated passages; return the documents with duplicate links, and the passages."""
    paras: list[tuple[int, int, int, frozenset[int]]] = []  # (doc idx, norm start, norm end, prints)
    for d, doc in enumerate(documents):
        for a, b in _paragraphs(doc):
            key = _key(doc.analysis_text[a:b])
            if len(key) >= MIN_PARAGRAPH:
                paras.append((d, a, b, _prints(key)))
    matches = match_paragraphs([p[3] for p in paras])

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
