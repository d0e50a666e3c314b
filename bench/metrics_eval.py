"""Precision and recall of the figure and period parsers on the hand-written metric corpus.

Run from the repository root::

    python bench/metrics_eval.py            # tables
    python bench/metrics_eval.py --errors   # also every miss and every wrong figure

It reads ``tests/data/metrics/corpus.jsonl`` (one sentence per line, with the
figures it states: ``surface``, ``value``, ``unit``, ``range``, ``period`` …),
normalizes each line with :func:`kg.normalize.normalize`, runs
:func:`kg.extract.quantities.find_quantities` and
:func:`kg.extract.periods.find_periods` on the analysis text, maps every
predicted span back to the original text and pairs predictions with gold
figures by overlapping span (one to one, largest overlap first).

Scores (printed per script and per family, no assertion):

- **value+unit**: a prediction is correct when it overlaps a gold figure and
  has its value (or, for a range, its low and high) and its unit. Precision =
  correct / predictions, recall = correct / gold figures.
- **span**: the same without looking at value and unit (what was found at all).
- **attributes** (on pairs with the right value and unit): qualifier,
  count_of, kind, unit_implicit, negative-sign agreement.
- **period**: the period attached to each paired figure against the gold
  ``period``. Attaching a period to a figure is the observation assembly's job,
  not the parsers'; this script uses a stand-in rule so the period parser can
  be scored: a period introduced by 较/比/是/than/from/its is a comparison, not
  the figure's period; figures after 分别/respectively take coordinated periods
  in order; otherwise English takes the first period after the figure in its
  clause, Chinese the nearest period before it; a growth rate or a multiple
  over a span of years (2014年至2024年间 … 成长3.2倍) takes the last year.
  Precision = correct / figures given a period, recall = correct / gold figures
  that have one.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract.periods import find_periods  # noqa: E402
from kg.extract.quantities import find_quantities  # noqa: E402
from kg.normalize import normalize  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "metrics" / "corpus.jsonl"
ATTRIBUTES = ("qualifier", "count_of", "kind", "unit_implicit")

_COMPARISON_BEFORE = re.compile(
    r"(?:较|比|与|相比|相较|同|是|(?i:than|compared\s+(?:with|to)|from|over|versus|vs\.?|its))\s*(?:(?i:in|the)\s+)?$"
)
_CLAUSE = re.compile(r"[,;:!?。;，；：]|\bwhile\b|\bbut\b")
_RESPECTIVELY = re.compile(r"分别|respectively", re.I)
_LIST_GAP = re.compile(r"\s*(?:和|与|、|,|及|and)\s*")


def _original_span(view, q) -> tuple[int, int]:
    return view.to_original(q.norm_start, q.norm_end)


def _gold_spans(text: str, expected: list[dict]) -> list[tuple[int, int]]:
    spans = []
    cursor = 0
    for e in expected:
        surface = e["surface"]
        pos = text.find(surface, cursor)
        if pos < 0:
            pos = text.find(surface)
        if pos < 0:
            spans.append((-1, -1))
            continue
        spans.append((pos, pos + len(surface)))
        cursor = pos + len(surface)
    return spans


def _pair(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> dict[int, int]:
    """gold index -> prediction index, one to one, largest overlap first."""
    candidates = []
    for gi, (ga, gb) in enumerate(gold):
        for pi, (pa, pb) in enumerate(pred):
            overlap = min(gb, pb) - max(ga, pa)
            if overlap > 0:
                candidates.append((-overlap, gi, pi))
    candidates.sort()
    used_g, used_p, out = set(), set(), {}
    for _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out[gi] = pi
    return out


def _value_unit_ok(g: dict, q) -> bool:
    if q.unit != g["unit"]:
        return False
    if g.get("range"):
        return q.value is None and [q.low, q.high] == list(g["range"])
    return q.value == g["value"]


def _attach_periods(text: str, quantities, periods) -> list:
    """The stand-in period of each figure (see the module docstring)."""
    english = len(re.findall(r"[A-Za-z]", text)) > len(re.findall(r"[\u4e00-\u9fff]", text))
    stated = [p for p in periods if not _COMPARISON_BEFORE.search(text[max(0, p.norm_start - 16):p.norm_start])]
    out = [None] * len(quantities)
    # 分别 / respectively: coordinated periods go to the figures in order
    if _RESPECTIVELY.search(text) and len(stated) >= 2:
        run = [stated[0]]
        for p in stated[1:]:
            if _LIST_GAP.fullmatch(text[run[-1].norm_end:p.norm_start]):
                run.append(p)
            elif len(run) < 2:
                run = [p]
        after = [i for i, q in enumerate(quantities) if q.norm_start >= run[-1].norm_end]
        if len(run) >= 2 and len(after) >= len(run):
            for i, p in zip(after, run):
                out[i] = p
    for i, q in enumerate(quantities):
        if out[i] is not None:
            continue
        before = [p for p in stated if p.norm_end <= q.norm_start]
        after = [p for p in stated if p.norm_start >= q.norm_end and not _CLAUSE.search(text[q.norm_end:p.norm_start])]
        if english and after:
            out[i] = after[0]
        elif before:
            out[i] = before[-1]
        elif after:
            out[i] = after[0]
        elif stated:
            out[i] = stated[0]
    return out


def _period_label(p, q) -> str | None:
    if p is None:
        return None
    label = p.label
    if q.kind in ("growth", "multiple") and re.fullmatch(r"\d{4}/\d{4}", label):
        return label[5:]
    return label


class Tally:
    def __init__(self) -> None:
        self.n = defaultdict(lambda: defaultdict(int))

    def add(self, keys, field, amount=1) -> None:
        for k in keys:
            self.n[k][field] += amount

    def row(self, key, num: str, den_p: str, den_r: str) -> tuple[float, float, int, int]:
        c = self.n[key]
        p = c[num] / c[den_p] if c[den_p] else 1.0
        r = c[num] / c[den_r] if c[den_r] else 1.0
        return p, r, c[den_p], c[den_r]


def evaluate(path: Path, show_errors: bool) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    t = Tally()
    attrs = Tally()
    errors: list[str] = []
    started = time.perf_counter()
    for row in rows:
        text = row["text"]
        view = normalize(text)
        analysis = view.text
        quantities = find_quantities(analysis, 0)
        periods = find_periods(analysis, 0, doc_date=row.get("doc_date"))
        expected = row["expected"]
        gold = _gold_spans(text, expected)
        pred = [_original_span(view, q) for q in quantities]
        pairs = _pair(gold, pred)
        attached = _attach_periods(analysis, quantities, periods)
        keys = ("all", "script:" + row["script"], "family:" + row["family"])
        t.add(keys, "pred", len(quantities))
        t.add(keys, "gold", len(expected))
        paired_preds = set(pairs.values())
        for gi, g in enumerate(expected):
            pi = pairs.get(gi)
            if g.get("period"):
                t.add(keys, "gold_period")
            if pi is None:
                errors.append(f"{row['id']} MISSED {g['surface']!r} ({g['value'] or g['range']} {g['unit']})")
                continue
            q = quantities[pi]
            t.add(keys, "span")
            if _value_unit_ok(g, q):
                t.add(keys, "ok")
                for a in ATTRIBUTES:
                    attrs.add((a,), "seen")
                    if getattr(q, a) == g.get(a):
                        attrs.add((a,), "ok")
                    else:
                        errors.append(f"{row['id']} ATTR {a} {g['surface']!r}: got {getattr(q, a)!r}, gold {g.get(a)!r}")
            else:
                got = q.value if q.value is not None else [q.low, q.high]
                errors.append(f"{row['id']} WRONG {g['surface']!r}: got {got} {q.unit} "
                              f"{analysis[q.norm_start:q.norm_end]!r}, gold {g['value'] or g['range']} {g['unit']}")
            label = _period_label(attached[pi], q)
            if label is not None:
                t.add(keys, "pred_period")
                if label == g.get("period"):
                    t.add(keys, "ok_period")
            if g.get("period") and label != g.get("period"):
                errors.append(f"{row['id']} PERIOD {g['surface']!r}: got {label}, gold {g.get('period')}")
        for pi, q in enumerate(quantities):
            if pi not in paired_preds:
                errors.append(f"{row['id']} EXTRA {analysis[q.norm_start:q.norm_end]!r} "
                              f"({q.value or [q.low, q.high]} {q.unit})")
    elapsed = time.perf_counter() - started

    print(f"metric corpus: {path.relative_to(ROOT)} — {len(rows)} sentences, "
          f"{t.n['all']['gold']} gold figures, {t.n['all']['pred']} predicted ({elapsed:.2f} s)\n")

    def table(title: str, prefix: str, num: str, den_p: str, den_r: str) -> None:
        print(title)
        print(f"  {'':28} {'precision':>9} {'recall':>7} {'pred':>5} {'gold':>5}")
        keys = ["all"] + sorted(k for k in t.n if k.startswith(prefix))
        for k in keys:
            p, r, np_, nr = t.row(k, num, den_p, den_r)
            print(f"  {k.split(':', 1)[-1]:28} {p:9.3f} {r:7.3f} {np_:5d} {nr:5d}")
        print()

    table("value+unit, per script", "script:", "ok", "pred", "gold")
    table("value+unit, per family", "family:", "ok", "pred", "gold")
    table("span found (any value), per script", "script:", "span", "pred", "gold")
    table("period of the figure (stand-in attachment), per script", "script:", "ok_period", "pred_period",
          "gold_period")
    table("period of the figure (stand-in attachment), per family", "family:", "ok_period", "pred_period",
          "gold_period")
    print("attributes on figures with the right value and unit (share that agree with the gold)")
    for a in ATTRIBUTES:
        ok, seen = attrs.n[a]["ok"], attrs.n[a]["seen"]
        print(f"  {a:28} {ok / seen if seen else 1.0:9.3f} {'':7} {seen:5d}")
    if show_errors:
        print("\nerrors")
        for e in errors:
            print("  " + e)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--errors", action="store_true", help="list every miss, extra and wrong figure")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    evaluate(args.corpus, args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
