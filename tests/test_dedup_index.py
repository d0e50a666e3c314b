"""kg.dedup.match_paragraphs (indexed candidates) gives exactly the matches of counting every vote."""

from __future__ import annotations

import random
from collections import defaultdict

import pytest

from kg import dedup
from kg.dedup import MAX_POSTINGS, MIN_CONTAINMENT, match_paragraphs


def voting_matches(prints: list[frozenset[int]]) -> list[tuple[int, int, float]]:
    """The former loop of mark_duplicates: every earlier paragraph filed under a fingerprint votes."""
    index: dict[int, list[int]] = defaultdict(list)
    matches, original_of = [], {}
    for pid, ps in enumerate(prints):
        votes: dict[int, int] = defaultdict(int)
        for p in ps:
            for other in index[p]:
                votes[other] += 1
        best, best_sim = None, 0.0
        for other, shared in votes.items():
            sim = shared / min(len(ps), len(prints[other]))
            if sim > best_sim or (sim == best_sim and best is not None and other < best):
                best, best_sim = other, sim
        if best is not None and best_sim >= MIN_CONTAINMENT:
            best = original_of.get(best, best)
            original_of[pid] = best
            matches.append((pid, best, round(best_sim, 3)))
        for p in ps:
            if len(index[p]) < MAX_POSTINGS:
                index[p].append(pid)
    return matches


def corpus(rng: random.Random, n: int, vocabulary: int, stock: int) -> list[frozenset[int]]:
    """Paragraphs of random sizes: fresh ones, near-copies of earlier ones (edited, cut, extended)
    and ones mixing stock phrases (a small shared vocabulary, so lists fill up to MAX_POSTINGS)."""
    out: list[frozenset[int]] = []
    for _ in range(n):
        kind = rng.random()
        size = rng.choice([1, 2, 3, 5, 8, 13, 30, 60, 120])
        if out and kind < 0.4:
            base = sorted(rng.choice(out))
            kept = [p for p in base if rng.random() > rng.choice([0.0, 0.1, 0.2, 0.3])]
            extra = [rng.randrange(vocabulary) for _ in range(rng.choice([0, 0, 1, 3, size]))]
            ps = frozenset(kept + extra)
        elif kind < 0.7:
            ps = frozenset(rng.randrange(stock) for _ in range(size))
        else:
            ps = frozenset(rng.randrange(vocabulary) for _ in range(size))
        out.append(ps or frozenset([rng.randrange(vocabulary)]))
    return [frozenset(p * 4 for p in ps) for ps in out]  # fingerprints are multiples of SAMPLE


@pytest.mark.parametrize("seed", range(12))
def test_indexed_matches_equal_counting_every_vote(seed):
    rng = random.Random(seed)
    prints = corpus(rng, rng.choice([50, 300, 1500]), vocabulary=rng.choice([200, 5000]), stock=rng.choice([20, 60]))
    expected = voting_matches(prints)
    assert match_paragraphs(prints) == expected
    assert expected  # the corpus has copies


@pytest.mark.parametrize("extra", [(0, 0), (1, 0), (0, 3), (5, 5), (1000, 1000)])
def test_any_extra_reading_gives_the_same_matches(monkeypatch, extra):
    rng = random.Random(99)
    prints = corpus(rng, 800, vocabulary=3000, stock=40)
    monkeypatch.setattr(dedup, "EXTRA_READ", extra[0])
    monkeypatch.setattr(dedup, "EXTRA_LISTED", extra[1])
    assert match_paragraphs(prints) == voting_matches(prints)


def test_needed_is_the_float_threshold():
    for size in range(1, 2000):
        need = dedup._needed(size)
        assert need / size >= MIN_CONTAINMENT and (need == 1 or (need - 1) / size < MIN_CONTAINMENT)


@pytest.mark.parametrize("key", ["", "a", "abcd", "abcde", "abcdefghij" * 7, "中文", "中文字符串测试", "2024年服务贸易额增长15%",
                                 "x中", "𠀀𠀀𠀀𠀀𠀀𠀀", "éé𠀀𠀀abc", "netease" * 9])
def test_fingerprints_are_the_crc32_of_each_5_gram(key):
    import zlib

    grams = (zlib.crc32(key[i:i + 5].encode("utf-8")) for i in range(max(1, len(key) - 4)))
    expected = frozenset(g for g in grams if g % 4 == 0) or frozenset([zlib.crc32(key.encode("utf-8"))])
    assert dedup._prints(key) == expected
