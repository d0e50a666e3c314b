"""Precision and recall of the entity and relation extractor on the hand-written gold corpus.

Runs as ``python bench/entities_eval.py [--corpus PATH] [--errors]``; prints figures, asserts nothing.

Each line of ``tests/data/entities/corpus.jsonl`` becomes a one-sentence document that goes
through the same stages as a build (``kg.structure.analyse`` then
``kg.extract.entities.extract_entities``). Scores, per script and per type:

- entities, strict: a predicted (surface, type) pair equals a gold one;
- entities, relaxed: the surface alone matches (type ignored);
- relations: (type, subject surface, object surface or ISO date) triples; ``alias`` relations are
  read off mentions whose canonical name is another mention of the line;
- negatives: how many of the strings the corpus says must not be entities were extracted.

Gold lists each distinct surface once per line, so predictions are compared as sets of distinct
surfaces per line too.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract.entities import extract_entities, fold  # noqa: E402
from kg.model import SourceFile  # noqa: E402
from kg.structure import analyse  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "entities" / "corpus.jsonl"
SCRIPTS = ("zh-Hans", "zh-Hant", "en")


def document(text: str, name: str = "line.txt"):
    data = text.encode("utf-8")
    src = SourceFile(path=name, name=name, sha256=hashlib.sha256(data).hexdigest(), byte_size=len(data),
                     encoding="utf-8", media_type="text/plain", text=text)
    return analyse(src)


def predict(text: str, use_knowledge: bool = True):
    """(entities {(surface, type)}, relations {(type, subject, object)}) predicted for one line."""
    doc = document(text)
    mentions, relations = extract_entities(doc, use_knowledge=use_knowledge)
    ents = {(m.surface, m.type) for m in mentions}
    rels = set()
    for r in relations:
        obj = r.object.surface if r.object is not None else r.literal
        rels.add((r.predicate, r.subject.surface, obj))
    by_fold = {}
    for m in mentions:
        by_fold.setdefault(fold(m.surface), m.surface)
        by_fold.setdefault(fold(m.text), m.surface)
    for m in mentions:
        if m.canonical and fold(m.canonical) in by_fold and by_fold[fold(m.canonical)] != m.surface:
            if m.rule in ("alias-paren", "alias-paren-rev", "alias-apposition") or fold(m.surface) != fold(m.canonical):
                if m.rule.startswith("alias"):
                    rels.add(("alias", m.surface, by_fold[fold(m.canonical)]))
    return ents, rels, mentions


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate(corpus: Path = CORPUS, use_knowledge: bool = True, show_errors: bool = False) -> dict:
    lines = [json.loads(l) for l in corpus.read_text(encoding="utf-8").splitlines() if l.strip()]
    strict = defaultdict(Counter)  # key -> Counter(tp, fp, fn)
    relaxed = defaultdict(Counter)
    rel_scores = defaultdict(Counter)
    neg = Counter()
    errors = []
    t0 = time.perf_counter()
    for rec in lines:
        script = rec["script"]
        gold_e = {(e["surface"], e["type"]) for e in rec["entities"]}
        gold_r = set()
        for x in rec["relations"]:
            gold_r.add((x["type"], x["subject"], x["object"]))
        pred_e, pred_r, mentions = predict(rec["text"], use_knowledge)
        for key in (("all", "all"), ("script", script)):
            c = strict[key]
            c["tp"] += len(gold_e & pred_e)
            c["fp"] += len(pred_e - gold_e)
            c["fn"] += len(gold_e - pred_e)
            gs, ps = {s for s, _ in gold_e}, {s for s, _ in pred_e}
            c2 = relaxed[key]
            c2["tp"] += len(gs & ps)
            c2["fp"] += len(ps - gs)
            c2["fn"] += len(gs - ps)
            c3 = rel_scores[key]
            c3["tp"] += len(gold_r & pred_r)
            c3["fp"] += len(pred_r - gold_r)
            c3["fn"] += len(gold_r - pred_r)
        for typ in {t for _, t in gold_e | pred_e}:
            g = {x for x in gold_e if x[1] == typ}
            p = {x for x in pred_e if x[1] == typ}
            for key in (("type", typ), ("type-script", f"{typ}/{script}")):
                strict[key]["tp"] += len(g & p)
                strict[key]["fp"] += len(p - g)
                strict[key]["fn"] += len(g - p)
        for typ in {t for t, _, _ in gold_r | pred_r}:
            g = {x for x in gold_r if x[0] == typ}
            p = {x for x in pred_r if x[0] == typ}
            rel_scores[("type", typ)]["tp"] += len(g & p)
            rel_scores[("type", typ)]["fp"] += len(p - g)
            rel_scores[("type", typ)]["fn"] += len(g - p)
        surfaces = {s for s, _ in pred_e}
        for n in rec.get("negatives", []):
            neg["total"] += 1
            if n in surfaces:
                neg["extracted"] += 1
        if show_errors and (gold_e != pred_e or gold_r != pred_r):
            errors.append((rec["id"], rec["text"], sorted(gold_e - pred_e), sorted(pred_e - gold_e),
                           sorted(gold_r - pred_r), sorted(pred_r - gold_r)))
    elapsed = time.perf_counter() - t0
    return {"strict": strict, "relaxed": relaxed, "relations": rel_scores, "negatives": neg, "errors": errors,
            "lines": len(lines), "seconds": elapsed}


def _row(label: str, c: Counter) -> str:
    p, r, f = prf(c["tp"], c["fp"], c["fn"])
    return f"  {label:<28} P {p:6.3f}  R {r:6.3f}  F1 {f:6.3f}   (tp {c['tp']}, fp {c['fp']}, fn {c['fn']})"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--errors", action="store_true", help="print each line's misses and false hits")
    ap.add_argument("--no-knowledge", action="store_true", help="rules only: the curated knowledge file is disabled")
    args = ap.parse_args(argv)
    out = evaluate(args.corpus, use_knowledge=not args.no_knowledge, show_errors=args.errors)
    print(f"{out['lines']} lines, {out['seconds']:.2f} s" + ("  (knowledge file disabled)" if args.no_knowledge else ""))
    print("Entities, strict (span + type):")
    print(_row("all", out["strict"][("all", "all")]))
    for s in SCRIPTS:
        print(_row(s, out["strict"][("script", s)]))
    print("Entities, relaxed (span only):")
    print(_row("all", out["relaxed"][("all", "all")]))
    for s in SCRIPTS:
        print(_row(s, out["relaxed"][("script", s)]))
    print("Entities per type (strict):")
    for key in sorted(k for k in out["strict"] if k[0] == "type"):
        print(_row(key[1], out["strict"][key]))
    print("Relations:")
    print(_row("all", out["relations"][("all", "all")]))
    for s in SCRIPTS:
        print(_row(s, out["relations"][("script", s)]))
    for key in sorted(k for k in out["relations"] if k[0] == "type"):
        print(_row(key[1], out["relations"][key]))
    neg = out["negatives"]
    print(f"Negatives extracted: {neg['extracted']} of {neg['total']}")
    if args.errors:
        for rid, text, miss, extra, rmiss, rextra in out["errors"]:
            print(f"\n{rid}: {text}")
            if miss:
                print("   missed:", miss)
            if extra:
                print("   extra: ", extra)
            if rmiss:
                print("   rel missed:", rmiss)
            if rextra:
                print("   rel extra: ", rextra)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
